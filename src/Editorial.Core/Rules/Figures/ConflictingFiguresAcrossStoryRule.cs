using System.Collections.Generic;
using System.Linq;
using Editorial.Diagnostics;
using Editorial.Figures;

namespace Editorial.Rules.Figures;

/// <summary>ED2002: two articles of one story give figures for the same quantity that cannot both be true ("third round" / "fourth round").</summary>
public sealed class ConflictingFiguresAcrossStoryRule : CorpusRule
{
    // A suggestion, not a warning: its precision on published news (docs/rules/ED2002.md, from the evaluation) is short
    // of the 0.9 a build-breaking warning needs.
    public static readonly DiagnosticDescriptor Descriptor = new(
        RuleIds.ConflictingFiguresAcrossStory,
        "Conflicting figures across the articles of a story",
        "Conflicting figures for {0} in the same story: “{1}” here and “{2}” in {3} cannot both be true ({4} vs {5}){6}",
        RuleCategory.Figures,
        Severity.Suggestion,
        "Two articles of the same story, from any outlets, give figures for the same quantity whose values cannot both be true. " +
        "Styles may differ between outlets; facts must agree. The finding is reported in both articles, each pointing to the other; " +
        "where several articles disagree with one figure, that figure is reported once, naming the first and counting the rest. " +
        "A story is named by front matter 'story:' or the editorial.story key; articles with none are grouped by the names they share " +
        "(editorial stories lists the groups). The message names the quantity both figures count, and the other article by its path " +
        "relative to the folder of the checked articles.");

    public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [Descriptor];

    public override void Summarize(AnalyzedArticle article) => FigurePairs.Summarize(article);

    public override string PartOf(AnalyzedArticle article) => Stories.PartOf(article);

    public override void Analyze(CorpusContext context)
    {
        var conflicts = FigurePairs.AcrossStories(context).Where(pair => pair.Kind == PairKind.Conflict);
        foreach (var side in FigurePairs.BySide(conflicts))
        {
            var other = side.Others[0];
            context.Report(side.Article, Descriptor, side.Figure.Phrase,
                [side.FirstPair.Quantity, side.Figure.PhraseText, other.Figure.PhraseText, FigurePairs.Place(context, other),
                    side.Figure.Text, other.Figure.Text, FigurePairs.More(side)],
                FigurePairs.RelatedLocations(side), quotationSensitive: true, story: side.FirstPair.Story?.Id);
        }
    }
}
