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
        if (own.Select(o => o.Style).Distinct().Count() < 2 && occurrences.Select(o => o.Style).Distinct().Count() < 2) return null;
        return own
            .Select((o, order) => (o.Style, order))
            .GroupBy(o => o.Style)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Min(o => o.order))
            .First().Key;
    }
}
