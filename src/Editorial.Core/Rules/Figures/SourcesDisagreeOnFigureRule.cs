using System.Collections.Generic;
using System.Linq;
using Editorial.Diagnostics;
using Editorial.Figures;

namespace Editorial.Rules.Figures;

/// <summary>
/// ED2004: two figures for the same quantity cannot both be true, and each is attributed to a different source
/// ("Ukrainian officials said" / "Russia's defence ministry said"). That is news, not an error of the copy: the editor
/// should see the discrepancy, and may want the copy to say that the sources disagree.
/// </summary>
public sealed class SourcesDisagreeOnFigureRule : CorpusRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        RuleIds.SourcesDisagreeOnFigure,
        "Sources disagree on a figure",
        "Sources disagree on {0}: “{1}” ({2}) here and “{3}” ({4}) {5}",
        RuleCategory.Figures,
        Severity.Suggestion,
        "Two figures for the same quantity cannot both be true, and the text attributes them to different sources. " +
        "This is a discrepancy between sources, not an error of the copy; make sure the copy presents both as claims. " +
        "It is checked inside each article and across the articles of a story, so it runs with the whole set (a build).");

    public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [Descriptor];

    public override void Summarize(AnalyzedArticle article) => FigurePairs.Summarize(article);

    public override string PartOf(AnalyzedArticle article) => Stories.PartOf(article);

    public override void Analyze(CorpusContext context)
    {
        foreach (var article in context.Articles)
        {
            foreach (var conflict in FigurePairs.WithinArticle(article))
            {
                if (conflict.Kind != PairKind.SourcesDisagree) continue;
                var earlier = article.Article.GetLocation(conflict.First.Phrase);
                Report(context, article, conflict.Quantity, conflict.Second, conflict.First, [earlier], "at line " + earlier.LineSpan.StartLine, null);
            }
        }
        var acrossStories = FigurePairs.AcrossStories(context).Where(pair => pair.Kind == PairKind.SourcesDisagree);
        foreach (var side in FigurePairs.BySide(acrossStories))
        {
            var other = side.Others[0];
            var where = "in " + FigurePairs.Place(context, other) + FigurePairs.More(side);
            Report(context, side.Article, side.FirstPair.Quantity, side.Figure, other.Figure, FigurePairs.RelatedLocations(side), where, side.FirstPair.Story?.Id);
        }
    }

    /// <summary>Each figure with the body the text says gave it ("officials", "the ministry"): never another actor of its sentence.</summary>
    private static void Report(CorpusContext context, AnalyzedArticle article, string quantity, CountedFigure figure, CountedFigure other,
        IReadOnlyList<Location> related, string where, string? story) =>
        context.Report(article, Descriptor, figure.Phrase,
            [quantity, figure.PhraseText, figure.Source, other.PhraseText, other.Source, where],
            related, quotationSensitive: true, story: story);
}
