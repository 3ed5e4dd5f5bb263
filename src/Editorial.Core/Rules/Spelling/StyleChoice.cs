using System;
using System.Collections.Generic;
using System.Linq;

namespace Editorial.Rules.Spelling;

/// <summary>A place where the article makes a style choice (a spelling region, "U.S." or "US", "Mr" or "Mr.").</summary>
internal interface IStyleOccurrence
{
    string Style { get; }
    /// <summary>Inside a direct quotation: the speaker's choice, which does not decide the article's own.</summary>
    bool InQuotation { get; }
}

/// <summary>
/// Which style an article follows for one choice: the profile's when it states one; otherwise the style of most
/// occurrences outside quotations, and on a tie the one the article used first. Null when there is nothing to compare.
/// </summary>
internal static class StyleChoice
{
    public static string? Expected<T>(IReadOnlyList<T> occurrences, string? profileStyle) where T : IStyleOccurrence
    {
        if (profileStyle is not null) return profileStyle;
        var own = occurrences.Where(o => !o.InQuotation).ToList();
        if (own.Count == 0) own = occurrences.ToList();
        // The styles the article's own text uses, in order of first use, and how often.
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var styles = new List<string>();
        foreach (var occurrence in own)
        {
            if (counts.TryGetValue(occurrence.Style, out var count))
            {
                counts[occurrence.Style] = count + 1;
                continue;
            }
            counts[occurrence.Style] = 1;
            styles.Add(occurrence.Style);
        }
        if (styles.Count < 2 && !occurrences.Any(o => o.Style != occurrences[0].Style)) return null;
        var expected = styles[0];
        foreach (var style in styles)
        {
            if (counts[style] > counts[expected]) expected = style;
        }
        return expected;
    }
}
