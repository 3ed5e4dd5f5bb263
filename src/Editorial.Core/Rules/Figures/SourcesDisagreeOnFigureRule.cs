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
        "ED2004",
        "Sources disagree on a figure",
        "Sources disagree on {0}: “{1}” ({2}) here and “{3}” ({4}) {5}",
        RuleCategory.Figures,
        Severity.Suggestion,
        "Two figures for the same quantity cannot both be true, and the text attributes them to different sources. " +
        "This is a discrepancy between sources, not an error of the copy; make sure the copy presents both as claims. " +
        "It is checked inside each article and across the articles of a story, so it runs with the whole set (a build).",
        isCrossArticle: true);

    public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [Descriptor];

    public override void Analyze(CorpusContext context)
    {
        foreach (var article in context.Articles)
        {
            foreach (var conflict in FigurePairs.WithinArticle(article))
            {
                if (!conflict.FromDifferentSources) continue;
                var earlier = article.Article.GetLocation(conflict.First.Phrase);
                Report(context, article, conflict.Second, conflict.First, [earlier], "at line " + earlier.LineSpan.StartLine);
            }
        }
        var acrossStories = FigurePairs.AcrossStories(context.Articles).Where(conflict => conflict.FromDifferentSources);
        foreach (var side in FigurePairs.BySide(acrossStories))
        {
            var (otherArticle, other) = side.Others[0];
            var location = otherArticle.Article.GetLocation(other.Phrase);
            var more = side.Others.Count == 1 ? "" : $"; {side.Others.Count - 1} more in this story disagree too";
            var where = $"in {location.Path}({location.LineSpan.StartLine},{location.LineSpan.StartColumn}){more}";
            Report(context, side.Article, side.Figure, other, FigurePairs.RelatedLocations(side), where);
        }
    }

    private static void Report(CorpusContext context, AnalyzedArticle article, CountedFigure figure, CountedFigure other,
        IReadOnlyList<Location> related, string where) =>
        context.Report(article, Descriptor, figure.Phrase,
            [figure.Key.Description, figure.PhraseText, figure.Source, other.PhraseText, other.Source, where],
            related, quotationSensitive: true);
}
