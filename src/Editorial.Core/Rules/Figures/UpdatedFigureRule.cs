using System.Collections.Generic;
using System.Linq;
using Editorial.Diagnostics;
using Editorial.Figures;

namespace Editorial.Rules.Figures;

/// <summary>
/// ED2005: a figure replaces an earlier one for the same quantity ("12 dead" at 09:00, "the toll rose to 15" that evening,
/// or a later article). Tolls change as an event unfolds: not an error, but the editor should see that the copy carries
/// both, and that the earlier one is still right for its time.
/// </summary>
public sealed class UpdatedFigureRule : CorpusRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        RuleIds.UpdatedFigure,
        "Figure updated",
        "Figure updated for {0}: “{1}” here is later than “{2}” {3} ({4}, then {5})",
        RuleCategory.Figures,
        Severity.Suggestion,
        "Two figures for the same quantity cannot both be true, and one of them is said to be later: a revision (\"rose to\", " +
        "\"climbed to\", \"revised\"), a later time stamp, or an article dated later. That is an update, not a conflict. " +
        "The finding is on the later figure and names both values; check that the copy says which is current.");

    public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [Descriptor];

    public override void Summarize(AnalyzedArticle article) => FigurePairs.Summarize(article);

    public override string PartOf(AnalyzedArticle article) => Stories.PartOf(article);

    public override void Analyze(CorpusContext context)
    {
        foreach (var article in context.Articles)
        {
            foreach (var update in FigurePairs.WithinArticle(article).Where(pair => pair.Kind == PairKind.Update))
            {
                var earlier = article.Article.GetLocation(update.First.Phrase);
                context.Report(article, Descriptor, update.Second.Phrase,
                    [update.Quantity, update.Second.PhraseText, update.First.PhraseText, "at line " + earlier.LineSpan.StartLine,
                        update.First.Text, update.Second.Text],
                    [earlier], quotationSensitive: true);
            }
        }
        var updates = FigurePairs.AcrossStories(context).Where(pair => pair.Kind == PairKind.Update);
        foreach (var side in FigurePairs.BySide(updates, laterSideOnly: true))
        {
            var earlier = side.Others[0];
            context.Report(side.Article, Descriptor, side.Figure.Phrase,
                [side.FirstPair.Quantity, side.Figure.PhraseText, earlier.Figure.PhraseText, "in " + FigurePairs.Place(context, earlier) + FigurePairs.More(side),
                    earlier.Figure.Text, side.Figure.Text],
                FigurePairs.RelatedLocations(side), quotationSensitive: true, story: side.FirstPair.Story?.Id);
        }
    }
}
