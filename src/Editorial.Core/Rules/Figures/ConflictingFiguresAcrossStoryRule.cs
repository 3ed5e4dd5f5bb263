using System.Collections.Generic;
using Editorial.Diagnostics;

namespace Editorial.Rules.Figures;

/// <summary>ED2002: two articles of one story give figures for the same quantity that cannot both be true ("third round" / "fourth round").</summary>
public sealed class ConflictingFiguresAcrossStoryRule : CorpusRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "ED2002",
        "Conflicting figures across the articles of a story",
        "Conflicting figures for {0} in the same story: “{1}” here and “{2}” in {3}({4},{5}) cannot both be true ({6} vs {7})",
        RuleCategory.Figures,
        Severity.Warning,
        "Two articles of the same story, from any outlets, give figures for the same quantity whose values cannot both be true. " +
        "Styles may differ between outlets; facts must agree. The finding is reported in both articles, each pointing to the other. " +
        "A story is named by front matter 'story:' or the editorial.story key; articles with none are grouped by the names they share.",
        isCrossArticle: true);

    public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [Descriptor];

    public override void Analyze(CorpusContext context)
    {
        foreach (var conflict in FigurePairs.AcrossStories(context.Articles))
        {
            if (conflict.FromDifferentSources) continue;
            Report(context, conflict.FirstArticle, conflict.First, conflict.SecondArticle, conflict.Second);
            Report(context, conflict.SecondArticle, conflict.Second, conflict.FirstArticle, conflict.First);
        }
    }

    private static void Report(CorpusContext context, AnalyzedArticle article, Editorial.Figures.CountedFigure figure,
        AnalyzedArticle otherArticle, Editorial.Figures.CountedFigure other)
    {
        var otherLocation = otherArticle.Article.GetLocation(other.Phrase);
        context.Report(article, Descriptor, figure.Phrase,
            [figure.Key.Description, figure.PhraseText, other.PhraseText, otherLocation.Path, otherLocation.LineSpan.StartLine,
                otherLocation.LineSpan.StartColumn, figure.Figure.Text, other.Figure.Text],
            [otherLocation], quotationSensitive: true);
    }
}
