using System;
using System.Collections.Generic;
using System.Linq;
using Editorial.Diagnostics;

namespace Editorial.Rules.Spelling;

/// <summary>
/// ED1001: one article spells the same name or word two ways (Zelensky / Zelenskyy, videoconference / video conference).
/// The variants come from the profile's spelling entries and from what the article itself shows: names whose
/// transliterated ending differs, compounds written closed and open. The form most of the article uses is canonical.
/// </summary>
public sealed class InconsistentSpellingRule : ArticleRule
{
    // A suggestion, not a warning: on published news it was right in 0.75 (20 judged) of its warnings on the
    // evaluation's dev split (eval/README.md), short of the 0.9 a build-breaking warning needs.
    public static readonly DiagnosticDescriptor Descriptor = new(
        RuleIds.InconsistentSpelling, "Same name spelled two ways in one article", "'{0}' is spelled '{1}' elsewhere in this article",
        RuleCategory.Spelling, Severity.Suggestion,
        "An article spells one name or word in two ways: a transliteration (Zelensky / Zelenskyy), a variant from the outlet profile's " +
        "spelling lists (Kiev / Kyiv), or a compound written closed and open (videoconference / video conference). The form most of " +
        "the article uses, outside quotations, is taken as canonical.", offersFix: true, fix: "the form the rest of the article uses");

    public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [Descriptor];

    public override void Analyze(ArticleContext context)
    {
        var analyzed = context.Analyzed;
        foreach (var occurrences in RepeatedKeys(VariantIndex.Of(analyzed).Occurrences))
        {
            if (occurrences.Any(o => VariantIndex.IsDecidedByOutlet(o.Entry, analyzed))) continue;
            // A compound only varies when one of its forms is closed: "face to face" and "face-to-face" are grammar, not spelling.
            if (occurrences[0].Kind == VariantKind.Compound && occurrences.All(o => o.Form == VariantIndex.Open)) continue;
            var expected = StyleChoice.Expected(occurrences, null);
            if (expected is null) continue;
            // "nightclub" is the dictionary's word: a majority of "night club" does not make it a misspelling.
            if (expected == VariantIndex.Open && occurrences.Any(o => o.Form == VariantIndex.Closed && IsDictionaryWord(o.Text))) continue;
            var model = occurrences.FirstOrDefault(o => o.Form == expected && !o.InQuotation) ?? occurrences.First(o => o.Form == expected);
            foreach (var occurrence in StyleChoice.Departures(context.Article, occurrences, expected, false))
            {
                var replacement = occurrence.RewriteAs(model);
                context.Report(Descriptor, occurrence.Span, [occurrence.Text, replacement],
                    SpellingText.Related(context.Article, occurrences.Where(o => o.Form == expected).Select(o => o.Span)),
                    SpellingText.Use(replacement, occurrence.Span, "as elsewhere in this article"), quotationSensitive: true);
            }
        }
    }

    private static bool IsDictionaryWord(string closed)
    {
        var lower = closed.ToLowerInvariant();
        return CommonWords.Contains(lower) || lower.Length > 3 && lower[lower.Length - 1] == 's' && CommonWords.Contains(lower.Substring(0, lower.Length - 1));
    }

    /// <summary>
    /// The occurrences of each key found more than once, keys in order of first occurrence. Most keys occur once (every long
    /// word is a candidate closed compound), so keys are counted first and only repeated ones grouped.
    /// </summary>
    private static List<List<VariantOccurrence>> RepeatedKeys(IReadOnlyList<VariantOccurrence> occurrences)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var occurrence in occurrences) counts[occurrence.Key] = counts.TryGetValue(occurrence.Key, out var count) ? count + 1 : 1;
        var groups = new Dictionary<string, List<VariantOccurrence>>(StringComparer.Ordinal);
        var repeated = new List<List<VariantOccurrence>>();
        foreach (var occurrence in occurrences)
        {
            if (counts[occurrence.Key] < 2) continue;
            if (!groups.TryGetValue(occurrence.Key, out var group))
            {
                groups[occurrence.Key] = group = new List<VariantOccurrence>(counts[occurrence.Key]);
                repeated.Add(group);
            }
            group.Add(occurrence);
        }
        return repeated;
    }
}
