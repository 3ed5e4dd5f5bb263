using System;
using System.Collections.Generic;
using System.Globalization;
using Editorial.Diagnostics;
using Editorial.Figures;
using Editorial.Text;

namespace Editorial.Rules.Figures;

/// <summary>ED2003: a measure and its conversion in parentheses disagree: "15 kilometers (12 miles)".</summary>
public sealed class MismatchedUnitConversionRule : ArticleRule
{
    /// <summary>Slack on top of the rounding the text shows, for outlets that convert an already rounded figure.</summary>
    public const double Tolerance = 0.03;

    // A suggestion, not a warning: on published news it was right in 0 of 1 judged of its warnings on the
    // evaluation's dev split (eval/README.md), short of the 0.9 a build-breaking warning needs.
    public static readonly DiagnosticDescriptor Descriptor = new(
        RuleIds.MismatchedUnitConversion,
        "Unit conversion does not match",
        "“{0}”: {1} is about {2}, not {3}",
        RuleCategory.Figures,
        Severity.Suggestion,
        "A measure is followed by its conversion in parentheses, and the two do not agree, even allowing for the rounding each shows " +
        "(\"15 kilometers (9 miles)\" is fine: 14.5 to 15.5 km is 9.0 to 9.6 miles). Lengths, masses, temperatures, areas, volumes and speeds are checked.", offersFix: true, fix: "replaces the converted number");

    public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [Descriptor];

    public override void Analyze(ArticleContext context)
    {
        var figures = ArticleFigures.Of(context.Analyzed).Figures;
        var tokens = context.Article.Tokens;
        for (var i = 0; i + 1 < figures.Count; i++)
        {
            var (original, converted) = (figures[i], figures[i + 1]);
            if (original.Kind != FigureKind.Measure || converted.Kind != FigureKind.Measure) continue;
            if (converted.FirstToken != original.LastToken + 2 || !tokens[original.LastToken + 1].IsPunctuation('(')) continue;
            if (converted.LastToken + 1 >= tokens.Count || !tokens[converted.LastToken + 1].IsPunctuation(')')) continue;
            var from = Units.BySymbol(original.Unit!);
            var to = Units.BySymbol(converted.Unit!);
            if (from is null || to is null || from.Dimension != to.Dimension || from == to) continue;
            var low = to.FromBase(from.ToBase(original.Interval.Low));
            var high = to.FromBase(from.ToBase(original.Interval.High));
            var slack = Math.Abs(high + low) / 2 * Tolerance;
            var expected = new Interval(Math.Min(low, high) - slack, Math.Max(low, high) + slack);
            if (expected.Intersects(converted.Interval)) continue;
            var value = to.FromBase(from.ToBase(original.Value));
            var shown = Shown(value);
            var number = NumberSpan(context, converted);
            // The measure without its hedge: "15 kilometers" in "about 15 kilometers".
            var measured = TextSpan.FromBounds(NumberSpan(context, original).Start, original.Span.End);
            var phrase = TextSpan.FromBounds(original.Span.Start, tokens[converted.LastToken + 1].Span.End);
            // "12 miles" becomes "9.3 miles": the writer's own unit word, with the converted number.
            var correct = context.Article.Text.Substring(converted.Span.Start, number.Start - converted.Span.Start) + shown
                + context.Article.Text.Substring(number.End, converted.Span.End - number.End);
            var fix = new Fix($"Change the conversion to {correct}", new TextEdit(number, shown));
            context.Report(Descriptor, converted.Span,
                [context.Article.GetText(phrase), context.Article.GetText(measured), correct, converted.Text],
                [context.Article.GetLocation(original.Span)], fix, quotationSensitive: true);
        }
    }

    /// <summary>The converted value as a writer would round it: one decimal below 10, whole numbers above.</summary>
    private static string Shown(double value) =>
        Math.Abs(value) < 10 ? value.ToString("0.#", CultureInfo.InvariantCulture) : Math.Round(value).ToString("#,0", CultureInfo.InvariantCulture);

    /// <summary>The digits of the converted figure ("12" in "12 miles", in "12mi").</summary>
    private static TextSpan NumberSpan(ArticleContext context, Figure figure)
    {
        for (var k = figure.FirstToken; k <= figure.LastToken; k++)
        {
            var token = context.Article.Tokens[k];
            if (token.Kind != Articles.TokenKind.Number) continue;
            var digits = 0;
            while (digits < token.Text.Length && (char.IsDigit(token.Text[digits]) || token.Text[digits] is ',' or '.')) digits++;
            return new TextSpan(token.Span.Start, digits);
        }
        return figure.Span;
    }
}
