using System;
using System.Collections.Generic;
using System.Globalization;
using Editorial.Articles;
using Editorial.Diagnostics;
using Editorial.Figures;
using Editorial.Text;

namespace Editorial.Rules.Figures;

/// <summary>ED2003: a measure and its conversion in parentheses disagree: "15 kilometers (12 miles)".</summary>
public sealed class MismatchedUnitConversionRule : ArticleRule
{
    /// <summary>Slack on top of the rounding the text shows, for outlets that convert an already rounded figure.</summary>
    public const double Tolerance = 0.03;

    // A suggestion, not a warning: its precision on published news (docs/rules/ED2003.md, from the evaluation) is short
    // of the 0.9 a build-breaking warning needs.
    public static readonly DiagnosticDescriptor Descriptor = new(
        RuleIds.MismatchedUnitConversion,
        "Unit conversion does not match",
        "“{0}”: {1} is about {2}, not {3}",
        RuleCategory.Figures,
        Severity.Suggestion,
        "A measure is followed by its conversion in parentheses, and the two do not agree, even allowing for the rounding each shows " +
        "(\"15 kilometers (9 miles)\" is fine: 14.5 to 15.5 km is 9.0 to 9.6 miles). Lengths, masses, temperatures, areas, volumes and speeds are checked.", offersFix: true, fix: "replaces the converted number, or both ends of a range");

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
            // "-11 degrees Celsius": the figure reader takes the hyphen for a dash, so the sign is read here.
            var sign = IsNegative(context, original) ? -1 : 1;
            var writtenAs = Widened(converted);
            if (Converts(from, to, original.Interval, sign, writtenAs)) continue;
            // "two meters and four centimeters (about 6.69 feet)", "6 feet 2 inches (1.88 meters)": the conversion is of the
            // whole height, and a compound measure is left to the writer.
            if (i > 0 && CompletesCompoundMeasure(tokens, figures[i - 1], original, from)) continue;
            // "a rise of 2 degrees Celsius (3.6 degrees Fahrenheit)": a temperature difference converts by scale alone (to
            // the rounding written, no rounder: "30C (50F)" is no difference of 54F).
            if (from.Offset != 0 || to.Offset != 0)
            {
                var difference = original.Value * from.Factor / to.Factor;
                if (new Interval(difference * (1 - Tolerance), difference * (1 + Tolerance)).Intersects(converted.Interval)) continue;
            }
            var text = context.Article.Text;
            var number = NumberSpan(context, converted);
            var shown = Shown(to.FromBase(from.ToBase(sign * original.Value)));
            // A range converts end for end: "900 to 1,200 miles (1,448 to 1,931 km)", the writer's words between the numbers kept.
            if (original.Hedge == Hedge.Range && converted.Hedge == Hedge.Range && LastNumberSpan(context, converted) is { } high && high.Start > number.End
                && LastNumberSpan(context, original) is { } originalHigh
                && double.TryParse(text.Substring(originalHigh.Start, originalHigh.Length).Replace(",", ""), NumberStyles.Float, CultureInfo.InvariantCulture, out var upper))
            {
                shown += text.Substring(number.End, high.Start - number.End) + Shown(to.FromBase(from.ToBase(sign * upper)));
                number = TextSpan.FromBounds(number.Start, high.End);
            }
            // The measure without its hedge: "15 kilometers" in "about 15 kilometers".
            var measured = TextSpan.FromBounds(NumberSpan(context, original).Start, original.Span.End);
            var phrase = TextSpan.FromBounds(original.Span.Start, tokens[converted.LastToken + 1].Span.End);
            // "12 miles" becomes "9.3 miles": the writer's own unit word, with the converted number.
            // The message says "about" itself: the writer's hedge ("about 6.69 feet") is left out of the value it gives.
            var about = shown + text.Substring(number.End, converted.Span.End - number.End);
            var correct = text.Substring(converted.Span.Start, number.Start - converted.Span.Start) + about;
            var fix = new Fix($"Change the conversion to {correct}", new TextEdit(number, shown));
            context.Report(Descriptor, converted.Span,
                [context.Article.GetText(phrase), context.Article.GetText(measured), about, converted.Text],
                [context.Article.GetLocation(original.Span)], fix, quotationSensitive: true);
        }
    }

    /// <summary>True when <paramref name="measure"/> is the smaller part of a compound measure whose larger part,
    /// <paramref name="before"/>, is of the same dimension and stands right before it, or before "and" ("two meters and four
    /// centimeters", "6 feet 2 inches").</summary>
    private static bool CompletesCompoundMeasure(TokenList tokens, Figure before, Figure measure, Unit unit)
    {
        if (before.Kind != FigureKind.Measure || Units.BySymbol(before.Unit!) is not { } larger || larger.Dimension != unit.Dimension || larger == unit) return false;
        var gap = measure.FirstToken - before.LastToken;
        return gap == 1 || gap == 2 && tokens[before.LastToken + 1].Text.Equals("and", StringComparison.OrdinalIgnoreCase);
    }

    private static bool Converts(Unit from, Unit to, Interval original, int sign, Interval converted)
    {
        var low = to.FromBase(from.ToBase(sign * original.Low));
        var high = to.FromBase(from.ToBase(sign * original.High));
        var slack = Math.Abs(high + low) / 2 * Tolerance;
        return new Interval(Math.Min(low, high) - slack, Math.Max(low, high) + slack).Intersects(converted);
    }

    /// <summary>
    /// A conversion written as a round number stands for what rounds to it: "60 km (40 miles)" converts 37 miles to the nearest
    /// ten. Its half step is half its last non-zero digit's place, at most an eighth of the value, so that "100 pounds"
    /// never passes for 220.
    /// </summary>
    private static Interval Widened(Figure converted)
    {
        var half = Rounding.HalfStep(Math.Abs(converted.Value), 10, 1.0 / 8);
        return half == 0 ? converted.Interval : new Interval(converted.Interval.Low - half, converted.Interval.High + half);
    }

    /// <summary>A minus sign right before the number, after a space or an opening bracket: "-11", "−11", not "10-11".</summary>
    private static bool IsNegative(ArticleContext context, Figure figure)
    {
        var start = NumberSpan(context, figure).Start;
        var text = context.Article.Text;
        return start > 0 && text[start - 1] is '-' or '−' && (start == 1 || char.IsWhiteSpace(text[start - 2]) || text[start - 2] == '(');
    }

    /// <summary>The converted value as a writer would round it: one decimal below 10, whole numbers above.</summary>
    private static string Shown(double value) =>
        Math.Abs(value) < 10 ? value.ToString("0.#", CultureInfo.InvariantCulture) : Math.Round(value).ToString("#,0", CultureInfo.InvariantCulture);

    /// <summary>The digits of the figure's first number ("12" in "12 miles", in "12mi").</summary>
    private static TextSpan NumberSpan(ArticleContext context, Figure figure)
    {
        for (var k = figure.FirstToken; k <= figure.LastToken; k++)
        {
            if (DigitsOf(context.Article.Tokens[k]) is { } digits) return digits;
        }
        return figure.Span;
    }

    /// <summary>The digits of the figure's last number: a range's upper end ("1,200" in "900 to 1,200 miles").</summary>
    private static TextSpan? LastNumberSpan(ArticleContext context, Figure figure)
    {
        for (var k = figure.LastToken; k >= figure.FirstToken; k--)
        {
            if (DigitsOf(context.Article.Tokens[k]) is { } digits) return digits;
        }
        return null;
    }

    private static TextSpan? DigitsOf(Articles.Token token)
    {
        if (token.Kind != Articles.TokenKind.Number) return null;
        var digits = 0;
        while (digits < token.Text.Length && (char.IsDigit(token.Text[digits]) || token.Text[digits] is ',' or '.')) digits++;
        return new TextSpan(token.Span.Start, digits);
    }
}
