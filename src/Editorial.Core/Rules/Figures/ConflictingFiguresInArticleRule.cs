using System.Collections.Generic;
using Editorial.Diagnostics;
using Editorial.Figures;

namespace Editorial.Rules.Figures;

/// <summary>ED2001: one article gives two figures for the same quantity that cannot both be true ("35 dead" in paragraph 2, "36" in paragraph 9).</summary>
public sealed class ConflictingFiguresInArticleRule : ArticleRule
{
    // A suggestion, not a warning: its precision on published news (docs/rules/ED2001.md, from the evaluation) is short
    // of the 0.9 a build-breaking warning needs.
    public static readonly DiagnosticDescriptor Descriptor = new(
        RuleIds.ConflictingFiguresInArticle,
        "Conflicting figures in the article",
        "Conflicting figures for {0}: “{1}” here and “{2}” at line {3} cannot both be true ({4} vs {5})",
        RuleCategory.Figures,
        Severity.Suggestion,
        "The article gives two figures for the same quantity (the same thing counted, the same event, the same place or site) " +
        "whose values cannot both be true, once hedges (\"at least\", \"nearly\", \"up to\") and rounding are taken into account. " +
        "The message names the quantity both figures count (what, of which event, where). When the two figures are attributed to " +
        "different sources, ED2004 reports them instead; when one is said to be later (\"rose to\", a later time), ED2005.");

    public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [Descriptor];

    public override void Analyze(ArticleContext context)
    {
        // The figure rules' one notice that they stopped reading: this rule reads every counted figure of the article.
        if (ArticleFigures.Of(context.Analyzed) is { FirstUnread: { } unread } figures)
        {
            context.Report(ConfigurationDescriptors.FiguresNotAllRead, unread.Span, [figures.Figures.Count, ArticleFigures.MaximumFiguresRead]);
        }
        foreach (var conflict in FigurePairs.WithinArticle(context.Analyzed))
        {
            if (conflict.Kind != PairKind.Conflict) continue;
            var (earlier, later) = (conflict.First, conflict.Second);
            var earlierLocation = context.Article.GetLocation(earlier.Phrase);
            context.Report(Descriptor, later.Phrase,
                [conflict.Quantity, later.PhraseText, earlier.PhraseText, earlierLocation.LineSpan.StartLine, later.Text, earlier.Text],
                [earlierLocation], quotationSensitive: true);
        }
    }
}
