using System.Collections.Generic;
using Editorial.Attribution;
using Editorial.Diagnostics;

namespace Editorial.Rules.Attribution;

/// <summary>ED3002: a contested figure (a toll, injuries, a crowd, damages, an estimate, a poll) stated with no source.</summary>
public sealed class UnsourcedFigureRule : ArticleRule
{
    // Off unless a folder turns it on: its precision on published news (docs/rules/ED3002.md, from the evaluation) is far
    // from what even a suggestion needs. Most figures it reports have a source it does not read (a named poll, a source
    // earlier in the article) or tell of a settled past event.
    public static readonly DiagnosticDescriptor Descriptor = new(
        RuleIds.UnsourcedFigure, "Contested figure has no source", "Figure '{0}' ({1}) has no source: say who gives it", RuleCategory.Attribution, Severity.None,
        "A sentence states a contested figure (a toll, injuries, a crowd size, damages, an estimate, a poll number) but no sentence " +
        "of its paragraph, nor the article's first paragraph, says who gives it (\"officials said\", \"according to the UN\"), and " +
        "the same figure is not given with a source elsewhere in the article. Ages, scores, ranks, dates, durations, members of " +
        "a named group, career counts and list numbers are not contested.");

    public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [Descriptor];

    public override void Analyze(ArticleContext context)
    {
        foreach (var claim in AttributionAnalysis.Of(context.Analyzed).Claims)
        {
            if (claim.IsSourced) continue;
            // One finding per sentence: the source a sentence lacks is the same for all its figures.
            var figure = claim.Figures[0];
            context.Report(Descriptor, figure.Span, [figure.Text, figure.Event], properties: new Dictionary<string, string>
            {
                [AttributionProperties.Figure] = figure.Text,
                [AttributionProperties.Event] = figure.Event,
                [AttributionProperties.Attribution] = AttributionProperties.NameOf(claim.Kind),
            });
        }
    }
}
