using System.Collections.Generic;
using System.Linq;
using Editorial.Articles;
using Editorial.Diagnostics;
using Editorial.Text;

namespace Editorial.Rules.Spelling;

/// <summary>
/// ED1003: American and British spelling mixed in one article (defence / defense, kilometres / kilometers), or a spelling
/// of the other region than the profile's <c>locale:</c>. The word list is VarCon's (see <see cref="RegionalLexicon"/>).
/// Capitalised words inside a sentence are names ("Ministry of Defence", "Pearl Harbor") and are left alone.
/// </summary>
public sealed class MixedRegionalSpellingRule : ArticleRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "ED1003", "American and British spelling mixed", "'{0}' is {1} spelling; {2} uses {3} spelling: '{4}'",
        RuleCategory.Spelling, Severity.Warning,
        "An article mixes American and British spellings, or uses the spelling of the other region than its outlet's locale. " +
        "Without a locale, the region most of the article's words follow is taken as canonical. Words VarCon marks as " +
        "restricted to one sense (story / storey, a level of a building) only count after a count, as in 'nine-story'.");

    public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [Descriptor];

    private sealed record Occurrence(TextSpan Span, string Text, RegionalSpelling Spelling, string Replacement, bool InQuotation) : IStyleOccurrence
    {
        public string Style => Spelling.Region.ToString();
    }

    public override void Analyze(ArticleContext context)
    {
        var article = context.Article;
        var occurrences = Find(article);
        if (occurrences.Count == 0) return;
        var locale = context.Profile.Locale switch
        {
            "en-US" => SpellingRegion.American.ToString(),
            "en-GB" => SpellingRegion.British.ToString(),
            _ => null,
        };
        var expected = StyleChoice.Expected(occurrences, locale);
        if (expected is null) return;
        var who = locale is null ? "this article" : SpellingText.StyleName(context.Profile);
        foreach (var occurrence in occurrences.Where(o => o.Style != expected))
        {
            var sameWordFirst = occurrences.Where(o => o.Style == expected)
                .OrderBy(o => o.Spelling.Pair == occurrence.Spelling.Pair ? 0 : 1).Select(o => o.Span);
            context.Report(Descriptor, occurrence.Span,
                [occurrence.Text, RegionName(occurrence.Style), who, RegionName(expected), occurrence.Replacement],
                SpellingText.Related(article, sameWordFirst),
                SpellingText.Use(occurrence.Replacement, occurrence.Span, locale is null ? "as in the rest of this article" : who),
                quotationSensitive: true);
        }
    }

    // "nine-story", "4-storey", "multi-storey": a count before the word fixes the sense VarCon restricts it to.
    private static readonly HashSet<string> Counts = new(System.StringComparer.OrdinalIgnoreCase)
    {
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen",
        "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "hundred", "multi", "single",
        "double", "triple", "many",
    };

    private static bool IsCountedCompound(string text, int hyphen)
    {
        if (hyphen <= 0) return false;
        var first = text.Substring(0, text.IndexOf('-'));
        return Counts.Contains(first) || first.All(char.IsDigit);
    }

    private static string RegionName(string style) => style == nameof(SpellingRegion.American) ? "American" : "British";

    private static List<Occurrence> Find(Article article)
    {
        var occurrences = new List<Occurrence>();
        foreach (var token in article.Tokens)
        {
            if (!token.IsWord) continue;
            var text = token.Text;
            // A capital inside a sentence marks a name, whose spelling is its own.
            if (char.IsUpper(text[0]) && !(token.IsSentenceStart && SpellingText.IsCapitalized(text))) continue;
            if (!char.IsUpper(text[0]) && !SpellingText.IsAllLower(text)) continue;
            var hyphen = text.LastIndexOf('-');
            var last = hyphen < 0 ? text : text.Substring(hyphen + 1);
            if (!RegionalLexicon.TryGet(last.ToLowerInvariant(), out var spelling)) continue;
            if (spelling.Pair.SenseRestricted && !IsCountedCompound(text, hyphen)) continue;
            var replacement = text.Substring(0, hyphen + 1) + SpellingText.MatchCase(spelling.Counterpart, last);
            occurrences.Add(new Occurrence(token.Span, text, spelling, replacement, token.IsInQuotation));
        }
        return occurrences;
    }
}
