using System.Collections.Generic;
using System.Linq;
using Editorial.Articles;
using Editorial.Diagnostics;
using Editorial.Lexicon;
using Editorial.Profiles;
using Editorial.Text;

namespace Editorial.Rules.Spelling;

/// <summary>
/// ED1003: American and British spelling mixed in one article (defence / defense, kilometres / kilometers), or a spelling
/// of the other region than the profile's <c>locale:</c>. The word list is VarCon's (see <see cref="RegionalLexicon"/>).
/// Capitalised words inside a sentence are names ("Ministry of Defence", "Pearl Harbor") and are left alone, unless the
/// article writes the same name both ways ("Russian Defence minister", "Russian Defense Ministry"). With the
/// profile setting <c>ise-spelling: true</c> the -ize spellings Oxford British shares with American are reported too; in
/// copy that is wholly American, the doubled l that American spelling only accepts ("cancelled") is.
/// </summary>
public sealed class MixedRegionalSpellingRule : ArticleRule
{
    // A suggestion, not a warning: its precision on published news (docs/rules/ED1003.md, from the evaluation) clears 0.9
    // but not the 0.95 the spelling rules are held to.
    public static readonly DiagnosticDescriptor Descriptor = new(
        RuleIds.MixedRegionalSpelling, "American and British spelling mixed", "'{0}' is {1} spelling; {2} uses {3} spelling: '{4}'",
        RuleCategory.Spelling, Severity.Suggestion,
        "An article mixes American and British spellings, or uses the spelling of the other region than its outlet's locale. " +
        "Without a locale, the region most of the article's words follow is taken as canonical. Words VarCon marks as " +
        "restricted to one sense (story / storey, a level of a building) only count after a count, as in 'nine-story'.", offersFix: true, fix: "the spelling of the article's (or outlet's) region");

    public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [Descriptor];

    private sealed record Occurrence(TextSpan Span, string Text, RegionalSpelling Spelling, string Replacement, bool InQuotation) : IStyleOccurrence
    {
        public string Style => Spelling.Region.ToString();
    }

    public static readonly ProfileSetting IseSetting = new("ise-spelling", ["true", "false"], "false",
        "true: British copy writes -ise, and -ize is reported where Oxford spelling also allows it (ED1003)");

    /// <summary>The profile list of regional spellings that are also names of their own ("Labor", the Australian party;
    /// "Labour", the British one): capitalised at a sentence's start, where the capital tells nothing, such a word is the
    /// name, never a spelling of the other region's.</summary>
    public const string RegionalNamesList = "regional-names";

    private sealed record RegionalNames(HashSet<string> Words);

    public override void Analyze(ArticleContext context)
    {
        var article = context.Article;
        var locale = RegionalLexicon.RegionOf(context.Profile)?.ToString();
        var occurrences = Occurrences(context.Analyzed);
        var expected = occurrences.Count == 0 ? locale : StyleChoice.Expected(occurrences, locale);
        if (IseSetting.ValueIn(context.Profile) == "true") ReportIzeSpellings(context, byArticle: false);
        else if (IsBritishCopy(occurrences, locale, expected)) ReportIzeSpellings(context, byArticle: true);
        if (IsWhollyCopyOf(SpellingRegion.American, occurrences, locale)) ReportDoubledL(context, occurrences);
        if (occurrences.Count == 0) return;
        if (expected is null || locale is null && !IsClearMajority(occurrences, expected)) return;
        var who = locale is null ? "this article" : SpellingText.StyleName(context.Profile);
        // The locale decides the writer's own words only: a quotation keeps its speaker's or source's spelling (the labelling
        // guide's "a quotation ... that keeps its original spelling"), unless the outlet respells what it quotes.
        var departures = StyleChoice.Departures(article, occurrences, expected, locale is not null);
        // The places a finding names, in the expected spelling: the same word's first, then the others, each in text order.
        // Gathered once, not sorted again for each finding: the first few of each word, and the first few of all, which hold
        // the first others whenever the same word has fewer than a finding names.
        var expectedOfWord = new Dictionary<RegionalPair, List<TextSpan>>();
        var firstExpected = new List<Occurrence>();
        foreach (var written in occurrences)
        {
            if (written.Style != expected) continue;
            if (firstExpected.Count < 2 * SpellingText.MaxRelated - 1) firstExpected.Add(written);
            if (!expectedOfWord.TryGetValue(written.Spelling.Pair, out var spans)) expectedOfWord[written.Spelling.Pair] = spans = [];
            if (spans.Count < SpellingText.MaxRelated) spans.Add(written.Span);
        }
        foreach (var occurrence in StyleChoice.WritersOwn(context, departures))
        {
            var pair = occurrence.Spelling.Pair;
            var sameWordFirst = (expectedOfWord.TryGetValue(pair, out var sameWord) ? sameWord : [])
                .Concat(firstExpected.Where(o => o.Spelling.Pair != pair).Select(o => o.Span));
            context.Report(Descriptor, occurrence.Span,
                [occurrence.Text, RegionName(occurrence.Style), who, RegionName(expected), occurrence.Replacement],
                SpellingText.Related(article, sameWordFirst),
                SpellingText.Use(occurrence.Replacement, occurrence.Span, locale is null ? "as in the rest of this article" : who),
                quotationSensitive: true);
        }
    }

    /// <summary>True when the copy spells British: by its outlet's locale or, without one, by a clear majority of its regional
    /// spellings, -ise words among them ("emphasised", "programme"). For the rules whose style British copy decides (ED1007's
    /// courtesy titles); ED1003's own -ize findings ask more (<see cref="IsBritishCopy(List{Occurrence}, string?, string?)"/>).</summary>
    internal static bool SpellsBritish(AnalyzedArticle analyzed, Profiles.OutletProfile profile)
    {
        const string british = nameof(SpellingRegion.British);
        if (RegionalLexicon.RegionOf(profile) is { } locale) return locale.ToString() == british;
        var occurrences = Occurrences(analyzed);
        return occurrences.Count > 0 && StyleChoice.Expected(occurrences, null) is var expected
               && (expected ?? occurrences[0].Style) == british && IsClearMajority(occurrences, british);
    }

    /// <summary>
    /// True when the copy is British by its outlet's locale or, without one, by a British majority that rests on more than
    /// -ise words: two -ise words alone (in a pasted post, say) do not make an article British, and -ise is British only,
    /// so copy that is not British has no -ise choice to keep.
    /// </summary>
    private static bool IsBritishCopy(List<Occurrence> occurrences, string? locale, string? expected)
    {
        if (locale is not null) return locale == nameof(SpellingRegion.British);
        const string british = nameof(SpellingRegion.British);
        // Expected is null where the article writes one region only: then that region is the article's.
        var region = expected ?? (occurrences.Count > 0 && occurrences.All(o => o.Style == occurrences[0].Style) ? occurrences[0].Style : null);
        return region == british && IsClearMajority(occurrences, british)
            && occurrences.Any(o => o.Style == british && !RegionalLexicon.IsIseSpelling(o.Text.Substring(o.Text.LastIndexOf('-') + 1).ToLowerInvariant()));
    }

    /// <summary>
    /// False when the article writes several words of each region and not twice as many of the expected one, quotations
    /// included (the writer spelled those too). Copy that mixes them so evenly (an agency story with a paper's captions, a
    /// live blog by several writers) has no house spelling to depart from: only the outlet's locale can decide there. One
    /// word of each is a tie, which <see cref="StyleChoice.Departures"/> settles.
    /// </summary>
    private static bool IsClearMajority(List<Occurrence> occurrences, string expected)
    {
        var expectedCount = occurrences.Count(o => o.Style == expected);
        var otherCount = occurrences.Count - expectedCount;
        return otherCount < 2 || expectedCount >= 2 * otherCount;
    }

    /// <summary>
    /// True when the copy is of <paramref name="region"/> by its outlet's locale or, without one, by at least two of that
    /// region's spellings of the writer's own and none of the other's: copy that has taken a side. From American copy a
    /// doubled "l" that American spelling merely accepts departs (<see cref="RegionalLexicon.TryGetDoubledL"/>).
    /// </summary>
    private static bool IsWhollyCopyOf(SpellingRegion region, List<Occurrence> occurrences, string? locale)
    {
        if (locale is not null) return locale == region.ToString();
        var own = occurrences.Where(o => !o.InQuotation).ToList();
        return own.Count >= 2 && own.All(o => o.Style == region.ToString());
    }

    /// <summary>True when the article's copy is British by its outlet's locale or wholly by its own spelling
    /// (<see cref="IsWhollyCopyOf"/>): ED4004 keeps a British fragment's logical punctuation.</summary>
    internal static bool IsWhollyBritishCopy(ArticleContext context) =>
        IsWhollyCopyOf(SpellingRegion.British, Occurrences(context.Analyzed), RegionalLexicon.RegionOf(context.Profile)?.ToString());

    /// <summary>True when the article's copy is American by its outlet's locale or, without one, by most of its own regional
    /// spellings: ED4004 takes a stop inside a fragment's marks for a style only there, where the book puts it.</summary>
    internal static bool IsAmericanCopy(ArticleContext context)
    {
        if (RegionalLexicon.RegionOf(context.Profile) is { } locale) return locale == SpellingRegion.American;
        var (american, british) = (0, 0);
        foreach (var own in Occurrences(context.Analyzed))
        {
            if (own.InQuotation) continue;
            if (own.Spelling.Region == SpellingRegion.American) american++;
            else british++;
        }
        return american > british;
    }

    /// <summary>The article's regional spellings (<see cref="Find"/>), found once for this rule and for ED4004, which asks
    /// whether the copy is British (<see cref="IsWhollyBritishCopy"/>).</summary>
    private static List<Occurrence> Occurrences(AnalyzedArticle analyzed) => analyzed.GetShared(Find);

    /// <summary>"cancelled" in American copy: the British doubled "l" where the copy writes American spelling otherwise.</summary>
    private static void ReportDoubledL(ArticleContext context, List<Occurrence> occurrences)
    {
        var article = context.Article;
        var byLocale = RegionalLexicon.RegionOf(context.Profile) is not null;
        var who = byLocale ? SpellingText.StyleName(context.Profile) : "this article";
        foreach (var (token, hyphen, last) in CandidateWords(context.Analyzed))
        {
            if (!RegionalLexicon.TryGetDoubledL(last.ToLowerInvariant(), out var american)) continue;
            if (!SpellingGates.IsWritersOwn(context.Analyzed, token)) continue;
            var replacement = token.Text.Substring(0, hyphen + 1) + SpellingText.MatchCase(american, last);
            context.Report(Descriptor, token.Span, [token.Text, "British", who, "American", replacement],
                SpellingText.Related(article, occurrences.Where(o => !o.InQuotation).Select(o => o.Span)),
                SpellingText.Use(replacement, token.Span, byLocale ? who : "as in the rest of this article"), quotationSensitive: true);
        }
    }

    // "nine-story", "4-storey", "multi-storey": a count before the word fixes the sense VarCon restricts it to. Not the
    // multipliers "double" and "triple", which come before verbs as readily ("double-check your registration").
    private static readonly HashSet<string> Counts = new(System.StringComparer.OrdinalIgnoreCase)
    {
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen",
        "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "hundred", "multi", "single",
        "many",
    };

    private static bool IsCountedCompound(string text, int hyphen)
    {
        if (hyphen <= 0) return false;
        var first = text.Substring(0, text.IndexOf('-'));
        return Counts.Contains(first) || first.All(char.IsDigit);
    }

    private static string RegionName(string style) => style == nameof(SpellingRegion.American) ? "American" : "British";

    private static List<Occurrence> Find(AnalyzedArticle analyzed)
    {
        var occurrences = new List<Occurrence>();
        foreach (var (token, hyphen, last) in CandidateWords(analyzed))
        {
            if (!RegionalLexicon.TryGet(last.ToLowerInvariant(), out var spelling)) continue;
            if (spelling.Pair.SenseRestricted && !IsCountedCompound(token.Text, hyphen)) continue;
            var replacement = token.Text.Substring(0, hyphen + 1) + SpellingText.MatchCase(spelling.Counterpart, last);
            occurrences.Add(new Occurrence(token.Span, token.Text, spelling, replacement, token.IsTranscribed));
        }
        occurrences.AddRange(NamesSpelledBothWays(analyzed.Article));
        occurrences.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return occurrences;
    }

    /// <summary>
    /// A name keeps its own spelling ("Pearl Harbor" in British copy), but not two: the same name written with both regions'
    /// forms ("the Russian Defence minister" and "the Russian Defense Ministry") departs from itself. The same name is the
    /// capitalised word inside a sentence after the same capitalised word; each of its forms is an occurrence like any other
    /// word's.
    /// </summary>
    private static IEnumerable<Occurrence> NamesSpelledBothWays(Article article)
    {
        var tokens = article.Tokens;
        var byName = new Dictionary<string, List<Occurrence>>(System.StringComparer.Ordinal);
        for (var i = 1; i < tokens.Count; i++)
        {
            var token = tokens[i];
            var before = tokens[i - 1];
            // The word before is the name's own, capitalised ("Russian Defence"): after "the" or "Russia's" the same words
            // name other owners' ministries ("Britain's Defence Ministry", "Russia's Defense Ministry").
            if (!token.IsWord || token.IsSentenceStart || token.IsInHeading || !SpellingText.IsCapitalized(token.Text) || !before.IsWord
                || !SpellingText.IsCapitalized(before.Text) || before.SentenceIndex != token.SentenceIndex
                || !SpellingText.OnlySpacesBetween(article.Text, before.Span, token.Span)) continue;
            var lower = token.Text.ToLowerInvariant();
            if (!RegionalLexicon.TryGet(lower, out var spelling) || spelling.Pair.SenseRestricted) continue;
            var counterpart = spelling.Counterpart.ToLowerInvariant();
            var key = NameHeadBefore(article, i) + " " + (string.CompareOrdinal(lower, counterpart) < 0 ? lower + "/" + counterpart : counterpart + "/" + lower);
            if (!byName.TryGetValue(key, out var forms)) byName[key] = forms = [];
            forms.Add(new Occurrence(token.Span, token.Text, spelling, SpellingText.MatchCase(spelling.Counterpart, token.Text), token.IsTranscribed));
        }
        return byName.Values.Where(forms => forms.Any(f => f.Style != forms[0].Style)).SelectMany(forms => forms);
    }

    /// <summary>The capitalised words of the name before the word at <paramref name="index"/>, joined by "of" where a name joins
    /// its words so ("West of Scotland Cancer" before "Centre"), without a word that opens sentences at its start: the same head
    /// is the same name ("Russian" of "Russian Defence minister" and "the Russian Defense Ministry"), another head another
    /// name, whose spelling is its own ("West of Scotland Cancer Centre" beside "MD Anderson Cancer Center").</summary>
    private static string NameHeadBefore(Article article, int index)
    {
        var tokens = article.Tokens;
        var first = index;
        for (var j = index - 1; j >= 0; j--)
        {
            var word = tokens[j];
            if (!word.IsWord || word.SentenceIndex != tokens[index].SentenceIndex || !SpellingText.OnlySpacesBetween(article.Text, word.Span, tokens[j + 1].Span)) break;
            if (SpellingText.IsCapitalized(word.Text)) first = j;
            else if (word.Text != "of" || j == 0 || !tokens[j - 1].IsWord || !SpellingText.IsCapitalized(tokens[j - 1].Text)) break;
        }
        while (first < index - 1 && SentenceOpeners.Words.Contains(tokens[first].Text)) first++;
        return article.Text.Substring(tokens[first].Span.Start, tokens[index - 1].Span.End - tokens[first].Span.Start);
    }

    private static HashSet<string> CapitalisedInsideSentences(Article article)
    {
        var names = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var token in article.Tokens)
        {
            if (token.IsWord && !token.IsSentenceStart && !token.IsInHeading && SpellingText.IsCapitalized(token.Text)) names.Add(token.Text);
        }
        return names;
    }

    /// <summary>
    /// -ize words where -ise is the style: the outlet's (<c>ise-spelling: true</c>; BBC: "recognise, not recognize"), or,
    /// with <paramref name="byArticle"/>, the article's own. Oxford British spelling allows either, so an article takes no
    /// side by writing one; but one that writes -ise in its own words at least twice, and at least twice as often as -ize,
    /// has chosen -ise, and its -ize words ("emphasised ... prioritise ... fertilizer") depart from that choice.
    /// </summary>
    private static void ReportIzeSpellings(ArticleContext context, bool byArticle)
    {
        var article = context.Article;
        var izeWords = new List<(Token Token, string Replacement)>();
        var iseWords = new List<TextSpan>();
        foreach (var (token, hyphen, last) in CandidateWords(context.Analyzed))
        {
            var lower = last.ToLowerInvariant();
            if (RegionalLexicon.TryGetIseSpelling(lower, out var ise))
            {
                if (SpellingGates.IsWritersOwn(context.Analyzed, token)) izeWords.Add((token, token.Text.Substring(0, hyphen + 1) + SpellingText.MatchCase(ise, last)));
            }
            else if (byArticle && RegionalLexicon.IsIseSpelling(lower) && !SpellingGates.IsTranscribed(article, token))
            {
                iseWords.Add(token.Span);
            }
        }
        if (byArticle && (iseWords.Count < 2 || iseWords.Count < 2 * izeWords.Count)) return;
        var who = byArticle ? "this article" : SpellingText.StyleName(context.Profile);
        foreach (var (token, replacement) in izeWords)
        {
            context.Report(Descriptor, token.Span, [token.Text, "-ize", who, "-ise", replacement],
                byArticle ? SpellingText.Related(article, iseWords) : null,
                SpellingText.Use(replacement, token.Span, byArticle ? "as in the rest of this article" : who), quotationSensitive: true);
        }
    }

    /// <summary>Words whose spelling is the writer's and that <see cref="RegionalLexicon"/> knows: lower case, or capitalised
    /// only because they start a sentence. A capital inside a sentence marks a name, whose spelling is its own; so does a
    /// capital at a sentence start when the article capitalises the same word inside a sentence too ("Grey said ... Mr Grey"),
    /// when a capitalised word follows it ("Labor Party officials"), at once or after "for" or "of" ("Center for Reproductive
    /// Rights"), or when the profile's <see cref="RegionalNamesList"/> names it ("Labor welcomes the plan"). Hyphenated words
    /// are read by their last part. Each sentence's are read once and kept (<see cref="WordsBySentence"/>); the article's other
    /// capitals are read here.</summary>
    private static IEnumerable<(Token Token, int Hyphen, string Last)> CandidateWords(AnalyzedArticle analyzed)
    {
        var article = analyzed.Article;
        var regionalNames = analyzed.Profile.GetDerived(p => new RegionalNames(new HashSet<string>(p.GetList(RegionalNamesList), System.StringComparer.Ordinal))).Words;
        HashSet<string>? names = null;
        var tokens = article.Tokens;
        foreach (var sentence in article.Sentences)
        {
            var words = WordsBySentence.GetOrRead(article, sentence, RegionalWordsIn);
            foreach (var word in words)
            {
                var token = tokens[word.Token + sentence.FirstToken];
                if (word.StartsSentence && (regionalNames.Contains(token.Text) || (names ??= CapitalisedInsideSentences(article)).Contains(token.Text))) continue;
                yield return (token, word.Hyphen, word.Last);
            }
        }
    }

    /// <summary>True when the capitalised word at <paramref name="index"/> opens a name whose next words join it by "for" or
    /// "of" ("Center for Reproductive Rights", "Centre of Excellence"): an organisation's name, spelt its own way, as a list
    /// of signatories writes each at the start of its line.</summary>
    private static bool OpensNameJoinedByPreposition(Article article, int index)
    {
        var tokens = article.Tokens;
        var joiner = index + 1;
        return joiner < tokens.Count && (tokens[joiner].Text is "for" or "of") && SpellingText.OnlySpacesBetween(article.Text, tokens[index].Span, tokens[joiner].Span)
               && SpellingText.CapitalisedWordAfter(article, joiner) >= 0;
    }

    /// <summary>A word of a sentence <see cref="RegionalWordsIn"/> keeps: its token counted from the sentence's first, where its
    /// last hyphen is, its last part, and whether it is capitalised at the start of the sentence.</summary>
    private readonly struct RegionalWord(int token, int hyphen, string last, bool startsSentence)
    {
        public int Token { get; } = token;
        public int Hyphen { get; } = hyphen;
        public string Last { get; } = last;
        public bool StartsSentence { get; } = startsSentence;
    }

    /// <summary>The words of recently read sentences (<see cref="RegionalWordsIn"/>): they depend on the sentence alone.</summary>
    private static readonly SentenceCache<RegionalWord> WordsBySentence = new(bits: 12);

    /// <summary>The words of <paramref name="sentence"/> in lower case, or capitalised at its start and starting no longer
    /// name, whose last part <see cref="RegionalLexicon"/> knows.</summary>
    private static RegionalWord[] RegionalWordsIn(Article article, Sentence sentence)
    {
        var tokens = article.Tokens;
        List<RegionalWord>? words = null;
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            var token = tokens[i];
            if (!token.IsWord) continue;
            var text = token.Text;
            var upper = char.IsUpper(text[0]);
            if (upper ? !(token.IsSentenceStart && SpellingText.IsCapitalized(text)) : !SpellingText.IsAllLower(text)) continue;
            if (upper && (SpellingText.CapitalisedWordAfter(article, i) >= 0 || OpensNameJoinedByPreposition(article, i))) continue;
            var hyphen = text.LastIndexOf('-');
            var last = hyphen < 0 ? text : text.Substring(hyphen + 1);
            if (RegionalLexicon.Knows(last.ToLowerInvariant())) (words ??= new List<RegionalWord>()).Add(new RegionalWord(i - sentence.FirstToken, hyphen, last, upper));
        }
        return words?.ToArray() ?? [];
    }
}
