using System.Collections.Generic;
using System.Linq;
using Editorial.Articles;
using Editorial.Diagnostics;
using Editorial.Text;

namespace Editorial.Rules.Spelling;

/// <summary>
/// ED1006: "U.S." and "US" (likewise U.K. / UK, U.N. / UN) mixed in one article, or against the profile's
/// <c>abbreviations:</c> setting (<c>points</c> or <c>no-points</c>; <c>abbreviations-uk:</c> and the like for one
/// abbreviation; <c>abbreviations-headline:</c> for headlines, where AP writes "US" but "U.S." in text). Headlines and
/// body text are compared separately.
/// </summary>
public sealed class AbbreviationStyleRule : ArticleRule
{
    public const string BodySetting = "abbreviations";
    public const string HeadlineSetting = "abbreviations-headline";
    private const string Points = "points";
    private const string NoPoints = "no-points";

    // A suggestion, not a warning: on published news it was right in 0.22 (9 judged) of its warnings on the
    // evaluation's dev split (eval/README.md), short of the 0.9 a build-breaking warning needs.
    public static readonly DiagnosticDescriptor Descriptor = new(
        RuleIds.AbbreviationStyle, "Abbreviation written two ways", "'{0}' should be '{1}' ({2})",
        RuleCategory.Spelling, Severity.Suggestion,
        "Country abbreviations are written with points (U.S., U.K., U.N.) or without (US, UK, UN). An article should use one " +
        "style, and the outlet's if its profile states one. Headlines may follow their own style.", offersFix: true, fix: "the outlet's style, else the article's majority");

    public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [Descriptor];

    /// <summary>The letters the rule checks; each has its own body setting, <c>abbreviations-us</c> and so on.</summary>
    internal static readonly string[] Abbreviations = ["US", "UK", "UN"];

    private sealed record Occurrence(TextSpan Span, string Text, string Letters, string Style, bool InQuotation, bool InHeading, bool EndsSentence)
        : IStyleOccurrence;

    public override void Analyze(ArticleContext context)
    {
        var article = context.Article;
        var profile = context.Profile;
        foreach (var group in Find(article).GroupBy(o => (o.Letters, o.InHeading)))
        {
            var occurrences = group.ToList();
            var profileStyle = ProfileStyle(profile, group.Key.Letters, group.Key.InHeading);
            var expected = StyleChoice.Expected(occurrences, profileStyle);
            if (expected is null) continue;
            var why = profileStyle is null ? "as in the rest of this article"
                : SpellingText.StyleName(profile) + (group.Key.InHeading ? " in headlines" : " in text");
            foreach (var occurrence in StyleChoice.Departures(article, occurrences, expected, profileStyle is not null))
            {
                var replacement = expected == Points ? string.Join(".", occurrence.Letters.ToCharArray()) + "." : occurrence.Letters;
                // "in the U.S." ends a sentence with its own point: "US" there needs the sentence's full stop back, and
                // "US." becomes "U.S." with one point, not two.
                var edit = new TextEdit(occurrence.Span, replacement);
                if (expected == NoPoints && occurrence.EndsSentence) edit = new TextEdit(occurrence.Span, replacement + ".");
                if (expected == Points && occurrence.EndsSentence) edit = new TextEdit(new TextSpan(occurrence.Span.Start, occurrence.Span.Length + 1), replacement);
                context.Report(Descriptor, occurrence.Span, [occurrence.Text, replacement, why],
                    SpellingText.Related(article, occurrences.Where(o => o.Style == expected).Select(o => o.Span)),
                    new Fix($"Use '{replacement}' ({why})", edit), quotationSensitive: true);
            }
        }
    }

    /// <summary>The profile's style for one abbreviation: <c>abbreviations-uk:</c> overrides <c>abbreviations:</c> (Reuters writes
    /// U.S. and U.N. but UK); in headlines <c>abbreviations-headline:</c> does, and <c>any</c> there leaves headlines to
    /// consistency alone.</summary>
    private static string? ProfileStyle(Profiles.OutletProfile profile, string letters, bool inHeading)
    {
        var body = profile.GetSetting(BodySetting + "-" + letters.ToLowerInvariant()) ?? profile.GetSetting(BodySetting);
        if (!inHeading) return Normalize(body);
        return Normalize(profile.GetSetting(HeadlineSetting) ?? body);
    }

    private static string? Normalize(string? setting) => setting?.Trim().ToLowerInvariant() switch
    {
        Points => Points,
        NoPoints => NoPoints,
        _ => null,
    };

    /// <summary>
    /// "Binance.US", "The Conversation US": letters written onto another word, or after a capitalised word inside a sentence,
    /// belong to that name, which keeps its own spelling.
    /// </summary>
    private static bool IsPartOfName(Article article, int index)
    {
        var token = article.Tokens[index];
        var start = token.Span.Start;
        if (start > 0 && (char.IsLetterOrDigit(article.Text[start - 1]) || article.Text[start - 1] is '.' or '/' or '@' or '#')) return true;
        var previous = SpellingText.PreviousWord(article, index);
        if (previous < 0) return false;
        var before = article.Tokens[previous];
        return before.SentenceIndex == token.SentenceIndex && !before.IsSentenceStart && !before.IsInHeading && SpellingText.IsCapitalized(before.Text)
               && SpellingText.OnlySpacesBetween(article.Text, before.Span, token.Span);
    }

    private static List<Occurrence> Find(Article article)
    {
        var occurrences = new List<Occurrence>();
        var tokens = article.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            // Two letters, or two letters with their points: "US", "U.S.".
            if (!token.IsWord || token.Text.Length is not (2 or 4)) continue;
            var letters = token.Text.Replace(".", "");
            if (System.Array.IndexOf(Abbreviations, letters) < 0) continue;
            var pointed = token.Text.Length == 2 * letters.Length;
            if (!pointed && token.Text.Length != letters.Length) continue;
            // "HELP US": a word in a line of capitals is a shouted word, not the abbreviation.
            if (!pointed && SpellingText.IsInShoutedText(article, i)) continue;
            if (IsPartOfName(article, i)) continue;
            var next = i + 1 < tokens.Count ? tokens[i + 1] : default;
            var endsSentence = pointed
                ? i + 1 >= tokens.Count || next.SentenceIndex != token.SentenceIndex
                : next.Text is "." && next.Span.Start == token.Span.End && (i + 2 >= tokens.Count || tokens[i + 2].SentenceIndex != token.SentenceIndex);
            occurrences.Add(new Occurrence(token.Span, token.Text, letters, pointed ? Points : NoPoints, token.IsInQuotation || token.IsInReproducedText, token.IsInHeading, endsSentence));
        }
        return occurrences;
    }
}
