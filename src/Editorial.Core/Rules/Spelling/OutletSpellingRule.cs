using System.Collections.Generic;
using Editorial.Diagnostics;
using Editorial.Profiles;

namespace Editorial.Rules.Spelling;

/// <summary>
/// ED1002: a spelling that differs from the outlet's preferred form (ap: Zelenskyy, not Zelensky), or writes it in another
/// case ("Javascript" for "JavaScript"; a capital at a sentence start or in a headline is allowed). An entry holds from its
/// <c>since:</c> date (the article's <c>date</c> decides), in its scope (headline or body), and not inside its exception
/// phrases ("chicken Kiev") or a longer name ("the Kiev Ballet"). The neutral default profile only groups variants and prefers none.
/// A direct quotation or a reproduced document keeps its own spelling unless the profile says the house respells them
/// (<see cref="QuotedSpellingSetting"/>).
/// </summary>
public sealed class OutletSpellingRule : ArticleRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        RuleIds.OutletSpelling, "Spelling differs from the outlet's preferred form", "'{0}' is spelled '{1}' in {2}",
        RuleCategory.Spelling, Severity.Warning,
        "The outlet's profile (rules/<outlet>.yml) prefers another spelling of this name or word. Entries can hold from a date, " +
        "apply to headlines or body text only, and keep exceptions such as 'chicken Kiev'.", offersFix: true, fix: "the outlet's preferred form");

    /// <summary>Profile setting: <c>keep</c> (default) leaves the spelling inside direct quotations and reproduced documents
    /// to their speakers and authors, for every spelling rule, the outlet's own locale and abbreviation style included;
    /// <c>house</c> applies the outlet's spelling there too (for outlets that respell the words they transcribe: "Kyiv" in a
    /// spokesman's spoken sentence), capped like any finding in a quotation.</summary>
    public static readonly ProfileSetting QuotedSpellingSetting = new("quoted-spelling", ["keep", "house"], "keep",
        "house: the spelling rules (ED1001-ED1008) apply the outlet's and the article's style inside quotations and reproduced documents too");

    public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [Descriptor];

    public override void Analyze(ArticleContext context)
    {
        var analyzed = context.Analyzed;
        var style = SpellingText.StyleName(context.Profile);
        var respellQuoted = SpellingText.RespellsQuotations(context.Profile);
        foreach (var occurrence in VariantIndex.Of(analyzed).Occurrences)
        {
            var entry = occurrence.Entry;
            if (entry is null || !VariantIndex.IsDecidedByOutlet(entry, analyzed) || !InScope(entry.Scope, occurrence.InHeading)
                || (!respellQuoted && occurrence.InQuotation && analyzed.Article.IsInOthersWords(occurrence.Span))) continue;
            if (occurrence.Form == entry.Preferred && !occurrence.CaseVariant) continue;
            // A case the place does not allow ("Javascript", "kyiv" for the outlet's "Kyiv", "KIEV" in running text) takes
            // the preferred form's case exactly: the outlet's profile states it, so it is this rule's, not ED1004's guess at a
            // proper noun. Copying a disallowed case onto the new form ("KYIV") would only make the next pass's finding.
            var replacement = (occurrence.CaseVariant ? entry.Preferred : SpellingText.MatchCase(entry.Preferred, occurrence.Text)) + occurrence.Suffix;
            context.Report(Descriptor, occurrence.Span, [occurrence.Text, replacement, style], null,
                SpellingText.Use(replacement, occurrence.Span, style), quotationSensitive: true);
        }
    }

    private static bool InScope(SpellingScope scope, bool inHeading) => scope switch
    {
        SpellingScope.Headline => inHeading,
        SpellingScope.Body => !inHeading,
        _ => true,
    };
}
