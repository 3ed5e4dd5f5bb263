using System.Collections.Generic;
using System.Linq;
using Editorial.Articles;
using Editorial.Diagnostics;
using Editorial.Lexicon;
using Editorial.Profiles;
using Editorial.Text;

namespace Editorial.Rules.Spelling;

/// <summary>
/// ED1006: "U.S." and "US" (likewise U.K. / UK, U.N. / UN) mixed in one article, or against the profile's
/// <c>abbreviations:</c> setting (<c>points</c> or <c>no-points</c>; <c>abbreviations-uk:</c> and the like for one
/// abbreviation; <c>abbreviations-headline:</c> for headlines, where AP writes "US" but "U.S." in text). Headlines are
/// compared only with each other: many outlets drop the points there to save room; a subheading that an export ran into the
/// text counts as one (<see cref="IsInRunInHeadline"/>). Letters that are part of a longer name keep
/// the name's form. "U.S" without its last point is reported on its own (<see cref="ReportClipped"/>).
/// </summary>
public sealed class AbbreviationStyleRule : ArticleRule
{
    public static readonly ProfileSetting BodySetting = new("abbreviations", [Points, NoPoints], null,
        "whether U.S., U.K. and U.N. take points in body text (ED1006)");
    public static readonly ProfileSetting HeadlineSetting = new("abbreviations-headline", [Points, NoPoints, AnyStyle], null,
        "the same for headlines (by default the body's choice); any leaves headlines to consistency alone");

    /// <summary>abbreviations-us, abbreviations-uk...: the body style of one abbreviation, over <see cref="BodySetting"/>.</summary>
    public static IEnumerable<ProfileSetting> OneAbbreviationSettings => OneAbbreviation.Values;

    private const string AnyStyle = "any";
    private const string Points = "points";
    private const string NoPoints = "no-points";

    // A suggestion, not a warning: its precision on published news (docs/rules/ED1006.md, from the evaluation) is short
    // of the 0.9 a build-breaking warning needs.
    public static readonly DiagnosticDescriptor Descriptor = new(
        RuleIds.AbbreviationStyle, "Abbreviation written two ways", "'{0}' should be '{1}' ({2})",
        RuleCategory.Spelling, Severity.Suggestion,
        "Country abbreviations are written with points (U.S., U.K., U.N.) or without (US, UK, UN). An article should use one " +
        "style, and the outlet's if its profile states one. Headlines may follow their own style.", offersFix: true, fix: "the outlet's style, else the article's majority");

    public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [Descriptor];

    /// <summary>The letters the rule checks; each has its own body setting, <c>abbreviations-us</c> and so on.</summary>
    internal static readonly string[] Abbreviations = ["US", "UK", "UN"];

    // After Abbreviations: static fields are set in the order they are written.
    private static readonly Dictionary<string, ProfileSetting> OneAbbreviation = Abbreviations.ToDictionary(letters => letters, letters =>
        new ProfileSetting(BodySetting.Key + "-" + letters.ToLowerInvariant(), [Points, NoPoints], null, $"the body style of {letters} alone, over abbreviations"));

    /// <param name="Quoted">Inside a quotation or a reproduced document.</param>
    /// <param name="InName">Part of a longer name ("U.S. Air Force Yokota Air Base"), which keeps its own spelling: never
    /// reported, and it shows the article's style only where nothing else does.</param>
    /// <param name="RunIn">In a subheading that an export ran into the text (<see cref="IsInRunInHeadline"/>), which
    /// <paramref name="InHeading"/> then counts among the headlines.</param>
    private sealed record Occurrence(TextSpan Span, string Text, string Letters, string Style, bool Quoted, bool InHeading, bool InName, bool EndsSentence,
        bool RunIn)
        : IStyleOccurrence
    {
        /// <summary>True when better evidence of the article's style exists elsewhere (see <see cref="Evidence"/>).</summary>
        public bool Outweighed { get; init; }

        public bool InQuotation => Outweighed;

        /// <summary>
        /// How well the occurrence shows the article's own choice, best first: its running text; a name in it; a quotation.
        /// Only the best kind present decides.
        /// </summary>
        public int Evidence => Quoted ? 2 : InName ? 1 : 0;
    }

    public override void Analyze(ArticleContext context)
    {
        var article = context.Article;
        var profile = context.Profile;
        // Headlines keep a style of their own: AP and many US outlets write "US" in headlines and "U.S." in text. Compared
        // with the body, headline abbreviations were right in 4 of 20 judged findings on the evaluation's dev split.
        var found = Find(article);
        foreach (var group in found.GroupBy(o => (o.Letters, o.InHeading)))
        {
            var best = group.Min(o => o.Evidence);
            var occurrences = group.Select(o => o with { Outweighed = o.Evidence > best }).ToList();
            var profileStyle = ProfileStyle(profile, group.Key.Letters, group.Key.InHeading);
            // A caption printed under each photo of a gallery votes once (StyleChoice.Votes).
            var votes = StyleChoice.Votes(article, occurrences);
            var expected = StyleChoice.Expected(votes, profileStyle);
            if (expected is null || profileStyle is null && !IsRealMajority(votes, expected)) continue;
            var why = profileStyle is null ? "as in the rest of this article"
                : SpellingText.StyleName(profile) + (group.Key.InHeading ? " in headlines" : " in text");
            // A tie is decided by the best evidence alone; it says nothing against a quotation's or a headline's form.
            var tie = profileStyle is null && StyleChoice.IsTie(votes, expected);
            // British copy writes abbreviations without points, as every British style guide says: "a U.S. estimate" beside "the
            // US is said" in a British article is the agency copy's form, not the writer's. Only a later "U.S." contradicts.
            if (tie && RegionalLexicon.RegionOf(profile) == SpellingRegion.British) expected = NoPoints;
            var departures = StyleChoice.WritersOwn(context, StyleChoice.Departures(article, occurrences, expected, profileStyle is not null));
            // A subheading run into the text is kept apart from the body's style, but the profile's headline style is for
            // headlines: AP writes "US" in headlines and "U.S." in the subheads of its stories ("WHAT DID THE U.S. OFFER?").
            foreach (var occurrence in departures.Where(o => !o.InName && !(tie && o.Outweighed) && !(o.RunIn && profileStyle is not null)))
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
        ReportClipped(context, found);
    }

    /// <summary>
    /// "U.S" without its last point: no style writes it. It takes the outlet's style where the profile states one, else the
    /// points the article writes in full elsewhere ("U.S."); an article that writes the letters only so, or without points,
    /// shows nothing of which was meant, and stays quiet.
    /// </summary>
    private static void ReportClipped(ArticleContext context, List<Occurrence> found)
    {
        var article = context.Article;
        // Gathered once, not once for each clipped form: an article of many would gather them in the square of its length.
        var fullByLetters = found.Where(o => o.Style == Points).GroupBy(o => o.Letters).ToDictionary(g => g.Key, g => g.Select(o => o.Span).ToList());
        foreach (var clipped in FindClipped(article))
        {
            if (!SpellingGates.IsWritersOwn(context.Analyzed, clipped.Span)) continue;
            var profileStyle = ProfileStyle(context.Profile, clipped.Letters, clipped.InHeading);
            var full = fullByLetters.TryGetValue(clipped.Letters, out var spans) ? spans : [];
            var expected = profileStyle ?? (full.Count > 0 ? Points : null);
            if (expected is null) continue;
            var replacement = expected == Points ? string.Join(".", clipped.Letters.ToCharArray()) + "." : clipped.Letters;
            var why = profileStyle is null ? "as in the rest of this article"
                : SpellingText.StyleName(context.Profile) + (clipped.InHeading ? " in headlines" : " in text");
            context.Report(Descriptor, clipped.Span, [clipped.Text, replacement, why], SpellingText.Related(article, full),
                new Fix($"Use '{replacement}' ({why})", new TextEdit(clipped.Span, replacement)), quotationSensitive: true);
        }
    }

    /// <summary>"U.S" and the like: a capital, a point and a capital, with nothing between and no point or letter after. The
    /// tokenizer reads no abbreviation there, only the two letters around a point.</summary>
    private static IEnumerable<(TextSpan Span, string Text, string Letters, bool InHeading)> FindClipped(Article article)
    {
        var tokens = article.Tokens;
        for (var i = 0; i + 2 < tokens.Count; i++)
        {
            var (first, point, second) = (tokens[i], tokens[i + 1], tokens[i + 2]);
            if (!first.IsWord || first.Text.Length != 1 || !point.IsPunctuation('.') || !second.IsWord || second.Text.Length != 1
                || point.Span.Start != first.Span.End || second.Span.Start != point.Span.End) continue;
            var letters = first.Text + second.Text;
            if (System.Array.IndexOf(Abbreviations, letters) < 0 || IsWrittenOntoAnotherWord(article, first)) continue;
            var end = second.Span.End;
            if (end < article.Text.Length && (char.IsLetterOrDigit(article.Text[end]) || article.Text[end] is '.' or '-' or '/')) continue;
            var span = TextSpan.FromBounds(first.Span.Start, end);
            yield return (span, article.GetText(span), letters, first.IsInHeading);
        }
    }

    /// <summary>
    /// False when the majority of the article's running text is no style of the article's: its forms inside names, counted
    /// with the running text, tie with or outnumber it ("US Secretary of State" and "US National Security Advisor" beside one
    /// "jailed US star", against two "the U.S."). The letters in such a name are the writer's choice as much as anywhere;
    /// they only do not decide where the running text has a majority they do not contest. A tie in the running text is
    /// <see cref="StyleChoice.Departures"/>' to settle.
    /// </summary>
    private static bool IsRealMajority(IReadOnlyList<Occurrence> votes, string expected)
    {
        int expectedInText = 0, otherInText = 0, expectedWritten = 0, otherWritten = 0;
        foreach (var vote in votes)
        {
            if (vote.Quoted) continue;
            var isExpected = vote.Style == expected;
            if (!vote.InName)
            {
                if (isExpected) expectedInText++;
                else otherInText++;
            }
            if (isExpected) expectedWritten++;
            else otherWritten++;
        }
        return expectedInText <= otherInText || otherWritten < expectedWritten;
    }

    /// <summary>The profile's style for one abbreviation: <c>abbreviations-uk:</c> overrides <c>abbreviations:</c> (Reuters writes
    /// U.S. and U.N. but UK); in headlines <c>abbreviations-headline:</c> does, and <c>any</c> there leaves headlines to
    /// consistency alone.</summary>
    private static string? ProfileStyle(OutletProfile profile, string letters, bool inHeading)
    {
        var body = OneAbbreviation[letters].ValueIn(profile) ?? BodySetting.ValueIn(profile);
        var style = inHeading ? HeadlineSetting.ValueIn(profile) ?? body : body;
        return style == AnyStyle ? null : style;
    }

    /// <summary>"Binance.US", "site/US", "US/NATO": letters written onto another word are no abbreviation of the article's. A
    /// slash joins them to the next word as much as to the one before: "US/NATO" is a pair's shorthand, as a post writes it.</summary>
    private static bool IsWrittenOntoAnotherWord(Article article, Token token)
    {
        var (start, end) = (token.Span.Start, token.Span.End);
        return start > 0 && (char.IsLetterOrDigit(article.Text[start - 1]) || article.Text[start - 1] is '.' or '/' or '@' or '#')
               || end + 1 < article.Text.Length && article.Text[end] == '/' && char.IsLetterOrDigit(article.Text[end + 1]);
    }

    /// <summary>"US$600 billion": the letters before a currency's sign are part of the sign, the dollar's of the United States
    /// beside "AU$" and "HK$", written so in copy that writes "U.S." for the country.</summary>
    private static bool IsCurrencySign(Article article, Token token) =>
        token.Span.End < article.Text.Length && article.Text[token.Span.End] is '$' or '£' or '€';

    /// <summary>
    /// "The Conversation US", "U.S. Air Force Yokota Air Base": letters beside a capitalised word inside a sentence belong to
    /// that name, which keeps its own spelling. In a headline every word is capitalised, so there a neighbour says nothing.
    /// </summary>
    private static bool IsPartOfName(Article article, int index)
    {
        var token = article.Tokens[index];
        if (IsHeadOfHyphenatedName(article, token) || IsHeadOfSpacedName(article, index)) return true;
        if (token.IsInHeading) return false;
        return IsCapitalisedNeighbour(SpellingText.PreviousWord(article, index), before: true)
               || token.Text.IndexOf('-') < 0 && IsCapitalisedNeighbour(SpellingText.NextWord(article, index), before: false);

        bool IsCapitalisedNeighbour(int neighbour, bool before)
        {
            if (neighbour < 0) return false;
            var near = article.Tokens[neighbour];
            var (first, second) = before ? (near, token) : (token, near);
            if (near.IsInHeading || !SpellingText.IsCapitalized(near.Text) || SentenceOpeners.Words.Contains(near.Text)
                || !SpellingText.OnlySpacesBetween(article.Text, first.Span, second.Span)) return false;
            // After "U.S." a sentence may end or a name go on: "in the U.K. The phone sold out" is no name, "the U.S.
            // Department of Justice" is, whichever way the sentence splitter read the point.
            // Opening the sentence, a capital is the sentence's, unless the word is no ordinary English word ("Tirus US sells
            // titanium": a company's name).
            return !before || near.SentenceIndex == token.SentenceIndex && (!near.IsSentenceStart || !CommonWords.ContainsLowered(near.Text));
        }
    }

    /// <summary>
    /// "US-VISIT", "US-CERT": the letters without points, a hyphen and a word of capitals that the article never writes alone.
    /// The whole is a programme's or a body's name, which no style writes with points; a second country or body after the
    /// hyphen ("US-NATO talks" where the article writes "NATO" too, "US-EU") is the abbreviation's style like any other. So
    /// is a chain of capitals after it ("US-DR-CAFTA"): an agreement's name, which its parties write so.
    /// </summary>
    private static bool IsHeadOfHyphenatedName(Article article, Token token)
    {
        var hyphen = token.Text.IndexOf('-');
        if (hyphen != 2) return false;
        var rest = token.Text.Substring(hyphen + 1);
        return rest.IndexOf('-') > 0 ? rest.Split('-').All(part => part.Length >= 2 && SpellingText.IsLetters(part) && SpellingText.IsAllCaps(part))
                                     : IsNamePartAfterAbbreviation(article, rest);
    }

    /// <summary>"the US VISIT program": the letters without points before a word of capitals, with a space between, that the
    /// article writes only after the letters; the name spaced as <see cref="IsHeadOfHyphenatedName"/> reads it hyphenated.</summary>
    private static bool IsHeadOfSpacedName(Article article, int index)
    {
        var token = article.Tokens[index];
        if (token.Text.Length != 2 || SpellingText.NextWord(article, index) is not (>= 0 and var next)) return false;
        var rest = article.Tokens[next];
        return rest.Text.Length >= MinimumSpacedNamePartLetters && SpellingText.OnlySpacesBetween(article.Text, token.Span, rest.Span)
               && IsNamePartAfterAbbreviation(article, rest.Text);
    }

    /// <summary>The fewest capitals after a space that make a name of the whole: four are mostly another body's acronym beside the
    /// country ("the US NATO allies"), "VISIT" a programme's name.</summary>
    private const int MinimumSpacedNamePartLetters = 5;

    /// <summary>True when <paramref name="rest"/> is a word of capitals, long enough for a name's part, that the article writes
    /// only after the abbreviation: after a hyphen ("US-VISIT", "U.S.-VISIT" in a headline) or after the letters and a space.</summary>
    private static bool IsNamePartAfterAbbreviation(Article article, string rest)
    {
        if (rest.Length < MinimumNamePartLetters || !SpellingText.IsLetters(rest) || !SpellingText.IsAllCaps(rest)) return false;
        var (text, tokens) = (article.Text, article.Tokens);
        for (var k = 0; k < tokens.Count; k++)
        {
            var other = tokens[k];
            if (!other.IsWord || !string.Equals(other.Text, rest, System.StringComparison.Ordinal)) continue;
            if (other.Span.Start > 0 && text[other.Span.Start - 1] == '-') continue;
            var before = SpellingText.PreviousWord(article, k);
            if (before >= 0 && System.Array.IndexOf(Abbreviations, tokens[before].Text.Replace(".", "")) >= 0
                && SpellingText.OnlySpacesBetween(text, tokens[before].Span, other.Span)) continue;
            return false;
        }
        return true;
    }

    /// <summary>The fewest capitals after the hyphen that make a name of the whole: "EU", "UK" are places, "VISIT" a name.</summary>
    private const int MinimumNamePartLetters = 4;

    /// <summary>
    /// A subheading that a page export ran into the text, without the line break or the full stop that ended it: it keeps
    /// the headline style. Two marks give one away, both headline grammar that running prose does not write. A new sentence
    /// starts inside the sentence, with no punctuation before it ("… in the US A small number of troops …", "… but US not
    /// sure why The official said …"): a capitalised article before a lower-case word, within a headline's length of the
    /// sentence start (after "U.K." the point may be the sentence's own: "in the U.K. The talks ended"). Or the country is
    /// a noun without its article ("US sending missiles to Kyiv", "but US not sure why"), which prose writes "the U.S. is
    /// sending": no determiner before it, and a bare participle, an infinitive's "to", "not" or "will" after it.
    /// </summary>
    private static bool IsInRunInHeadline(Article article, int index)
    {
        var tokens = article.Tokens;
        var sentence = article.Sentences[tokens[index].SentenceIndex];
        var sentenceEnd = sentence.EndToken;
        if (IsShortQuestion(article, sentence)) return true;
        var words = 0;
        for (var k = sentence.FirstToken; k < sentenceEnd && words <= MaximumHeadlineWords; k++)
        {
            if (!tokens[k].IsWord) continue;
            words++;
            if (k > index && k > sentence.FirstToken && k + 1 < sentenceEnd && ArticlesOpeningASentence.Contains(tokens[k].Text)
                && tokens[k - 1].Kind != TokenKind.Punctuation && !tokens[k - 1].Text.EndsWith(".", System.StringComparison.Ordinal)
                && SpellingText.OnlySpacesBetween(article.Text, tokens[k - 1].Span, tokens[k].Span)
                && tokens[k + 1].IsWord && char.IsLower(tokens[k + 1].Text[0])) return true;
        }
        if (index > 0 && tokens[index - 1].IsWord && Determiners.Contains(tokens[index - 1].Text)) return false;
        var next = index + 1;
        if (next >= sentenceEnd || !tokens[next].IsWord || !SpellingText.OnlySpacesBetween(article.Text, tokens[index].Span, tokens[next].Span)) return false;
        var word = tokens[next].Text;
        return char.IsLower(word[0]) && (word.Length > 4 && word.EndsWith("ing", System.StringComparison.Ordinal) || HeadlineVerbWords.Contains(word));
    }

    /// <summary>
    /// A question of a headline's length outside quotation marks ("What sanctions did the US impose?", "Should the US do
    /// more?"): the subheading an explainer asks and its next paragraph answers, which an export ran into the text with its
    /// question mark. A news writer's own prose states; a question it asks is a heading's, or a speaker's in marks. A rare
    /// rhetorical question read so is only compared with the headlines.
    /// </summary>
    private static bool IsShortQuestion(Article article, Sentence sentence)
    {
        var tokens = article.Tokens;
        if (!tokens[sentence.LastToken].IsPunctuation('?')) return false;
        var words = 0;
        for (var k = sentence.FirstToken; k <= sentence.LastToken; k++)
        {
            if (tokens[k].IsTranscribed) return false;
            if (tokens[k].IsWord && ++words > MaximumHeadlineWords) return false;
        }
        return true;
    }

    /// <summary>How many words a subheading runs to, at most.</summary>
    private const int MaximumHeadlineWords = 12;

    private static readonly HashSet<string> ArticlesOpeningASentence = new(System.StringComparer.Ordinal) { "The", "A", "An" };

    // Words before a noun that make "U.S." in "a U.S. fact-finding mission" an adjective, not a bare noun.
    private static readonly HashSet<string> Determiners = new(System.StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "this", "that", "its", "their", "his", "her", "our", "your", "any", "every", "each", "no",
    };

    // After a bare noun, the words that make a headline's predicate: an infinitive's "to", "not", "will".
    private static readonly HashSet<string> HeadlineVerbWords = new(System.StringComparer.Ordinal) { "to", "not", "will" };

    private static List<Occurrence> Find(Article article)
    {
        var occurrences = new List<Occurrence>();
        var tokens = article.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            // Two letters, or two letters with their points: "US", "U.S.", also before a hyphen ("US-Israel", "U.S.-led").
            // The abbreviations are in capitals: a word that opens with a lower-case letter is none, and is not read further.
            if (!token.IsWord || char.IsLower(token.Text[0])) continue;
            var hyphen = token.Text.IndexOf('-');
            var text = hyphen < 0 ? token.Text : token.Text.Substring(0, hyphen);
            if (text.Length is not (2 or 4)) continue;
            var letters = text.Replace(".", "");
            if (System.Array.IndexOf(Abbreviations, letters) < 0) continue;
            var pointed = text.Length == 2 * letters.Length;
            if (!pointed && text.Length != letters.Length) continue;
            // "HELP US": a word in a line of capitals is a shouted word, not the abbreviation.
            if (!pointed && SpellingText.IsInShoutedText(article, i)) continue;
            if (IsWrittenOntoAnotherWord(article, token) || IsCurrencySign(article, token)) continue;
            var next = i + 1 < tokens.Count ? tokens[i + 1] : default;
            var endsSentence = hyphen < 0 && (pointed
                ? i + 1 >= tokens.Count || next.SentenceIndex != token.SentenceIndex
                : next.Text is "." && next.Span.Start == token.Span.End && (i + 2 >= tokens.Count || tokens[i + 2].SentenceIndex != token.SentenceIndex));
            var runIn = !token.IsInHeading && hyphen < 0 && IsInRunInHeadline(article, i);
            occurrences.Add(new Occurrence(new TextSpan(token.Span.Start, text.Length), text, letters, pointed ? Points : NoPoints,
                token.IsTranscribed, token.IsInHeading || runIn, IsPartOfName(article, i), endsSentence, runIn));
        }
        return occurrences;
    }
}
