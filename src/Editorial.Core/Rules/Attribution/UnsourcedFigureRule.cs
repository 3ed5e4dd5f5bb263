using System.Collections.Generic;
using Editorial.Attribution;
using Editorial.Diagnostics;

namespace Editorial.Rules.Attribution;

/// <summary>ED3002: a contested figure (deaths, injuries, arrests, displaced people, missiles) stated with no source.</summary>
public sealed class UnsourcedFigureRule : ArticleRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "ED3002", "Contested figure has no source", "Figure '{0}' ({1}) has no source: say who gives it", RuleCategory.Attribution, Severity.Warning,
        "A sentence counts something the sides dispute (killed, wounded, missing, arrested, fled, missiles launched, damage claimed) " +
        "but neither it nor the sentence before or after it in its paragraph says who gives the figure (\"officials said\", \"according to the UN\").");

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
