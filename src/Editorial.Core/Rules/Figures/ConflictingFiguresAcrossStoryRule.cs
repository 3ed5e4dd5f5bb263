using System.Collections.Generic;
using System.Linq;
using Editorial.Diagnostics;

namespace Editorial.Rules.Figures;

/// <summary>ED2002: two articles of one story give figures for the same quantity that cannot both be true ("third round" / "fourth round").</summary>
public sealed class ConflictingFiguresAcrossStoryRule : CorpusRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "ED2002",
        "Conflicting figures across the articles of a story",
        "Conflicting figures for {0} in the same story: “{1}” here and “{2}” in {3}({4},{5}) cannot both be true ({6} vs {7}){8}",
        RuleCategory.Figures,
        Severity.Warning,
        "Two articles of the same story, from any outlets, give figures for the same quantity whose values cannot both be true. " +
        "Styles may differ between outlets; facts must agree. The finding is reported in both articles, each pointing to the other; " +
        "where several articles disagree with one figure, that figure is reported once, naming the first and counting the rest. " +
        "A story is named by front matter 'story:' or the editorial.story key; articles with none are grouped by the names they share.",
        isCrossArticle: true);

    public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [Descriptor];

    public override void Analyze(CorpusContext context)
    {
        var conflicts = FigurePairs.AcrossStories(context.Articles).Where(conflict => !conflict.FromDifferentSources);
        foreach (var side in FigurePairs.BySide(conflicts))
        {
            var (otherArticle, other) = side.Others[0];
            var otherLocation = otherArticle.Article.GetLocation(other.Phrase);
            var more = side.Others.Count == 1 ? "" : $"; {side.Others.Count - 1} more in this story disagree too";
            context.Report(side.Article, Descriptor, side.Figure.Phrase,
                [side.Figure.Key.Description, side.Figure.PhraseText, other.PhraseText, otherLocation.Path, otherLocation.LineSpan.StartLine,
                    otherLocation.LineSpan.StartColumn, side.Figure.Figure.Text, other.Figure.Text, more],
                FigurePairs.RelatedLocations(side), quotationSensitive: true);
        }
    }
}
