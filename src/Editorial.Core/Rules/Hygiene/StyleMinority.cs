using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Editorial.Diagnostics;
using Editorial.Text;

namespace Editorial.Rules.Hygiene;

/// <summary>One place where an article departs from the style it uses elsewhere, and the text that would put it right
/// (null when the right form is not certain).</summary>
internal sealed record StyleDeparture(TextSpan Span, TextSpan Reported, string? Replacement);

/// <summary>
/// Reports one style decision once per article: a single finding at the first place that departs from the article's
/// style, the count in its message, the next places as related locations, and one fix that rewrites every departure
/// (a single edit over the stretch they span, with the text between them kept as it is). An editor makes one decision
/// for the article, not sixty.
/// </summary>
internal static class StyleMinority
{
    /// <summary>Related locations beyond the first place; the count in the message gives the rest.</summary>
    public const int MaximumRelated = 10;

    public static void Report(ArticleContext context, DiagnosticDescriptor descriptor, IReadOnlyList<StyleDeparture> departures,
        Func<int, object?[]> arguments, string fixTitle, bool quotationSensitive = false)
    {
        if (departures.Count == 0) return;
        var ordered = departures.OrderBy(d => d.Span.Start).ToList();
        var first = ordered[0];
        var related = ordered.Skip(1).Take(MaximumRelated).Select(d => context.Article.GetLocation(d.Reported)).ToList();
        context.Report(descriptor, first.Reported, arguments(ordered.Count), related, FixAll(context.Article.Text, ordered, fixTitle), quotationSensitive);
    }

    private static Fix? FixAll(string text, List<StyleDeparture> ordered, string title)
    {
        if (ordered.Any(d => d.Replacement is null)) return null;
        for (var i = 1; i < ordered.Count; i++)
        {
            // Two departures that overlap cannot both be rewritten in one edit.
            if (ordered[i].Span.Start < ordered[i - 1].Span.End) return null;
        }
        var start = ordered[0].Span.Start;
        var end = ordered[ordered.Count - 1].Span.End;
        var replacement = new StringBuilder(end - start);
        var position = start;
        foreach (var departure in ordered)
        {
            replacement.Append(text, position, departure.Span.Start - position).Append(departure.Replacement);
            position = departure.Span.End;
        }
        return new Fix(title, new TextEdit(TextSpan.FromBounds(start, end), replacement.ToString()));
    }

    /// <summary>"once", "3 times": how often the article's own style is used.</summary>
    public static string Times(int count) => count == 1 ? "once" : $"{count} times";

    /// <summary>"", " in 3 places": how often the article departs from it; a single departure needs no count.</summary>
    public static string Places(int count) => count == 1 ? "" : $" in {count} places";
}
