using System;
using System.Collections.Generic;
using System.Linq;
using Editorial.Articles;
using Editorial.Diagnostics;
using Editorial.Lexicon;
using Editorial.Text;

namespace Editorial.Rules.Spelling;

/// <summary>
/// ED1001 for titles that stand alone: "the President's picks" or "runs for President" in an article that writes "the
/// president said" and "ran for president". Every style capitalises a title before a name ("President Obama", "Secretary
/// of State John Kerry"), so those say nothing and are left out; standing alone, most styles lower-case it, and an article
/// that mostly does has chosen so. Only that direction is reported: a lower-case title is never wrong, since a style that
/// capitalises "the President" for the incumbent still writes "a president" for any, and such a title for any holder ("an
/// American president", "his deputy president") is therefore no vote for the article's lower case.
/// </summary>
internal static class StandaloneTitles
{
    private const string Capitalised = "capitalised";
    private const string Lower = "lower";

    /// <summary>The profile list of the titles: an outlet adds its country's ("home secretary", "chancellor"). The built-in
    /// profile leaves out the titles some styles capitalise alone for one holder ("the Queen", "the Pope"), and words with an
    /// everyday sense ("speaker", "minister").</summary>
    public const string ListName = "standalone-titles";

    /// <summary>The profile list of the titles the outlet capitalises standing alone for their one holder, which are therefore
    /// no slip: a British paper's "the Prime Minister" for the premier beside "the Polish prime minister".</summary>
    public const string CapitalisedListName = "capitalised-titles";

    private static PhraseList TitlesOf(Profiles.OutletProfile profile) => profile.GetDerived(p =>
    {
        var capitalised = new HashSet<string>(p.GetList(CapitalisedListName), StringComparer.OrdinalIgnoreCase);
        return new TitleList(new PhraseList(p.GetList(ListName).Where(title => !capitalised.Contains(title))));
    }).Phrases;

    /// <summary>The profile's titles, read once per profile (a type of its own, as <see cref="Profiles.OutletProfile.GetDerived{T}"/> keys by type).</summary>
    private sealed record TitleList(PhraseList Phrases);

    /// <param name="Key">The title in lower case.</param>
    /// <param name="IsGeneric">A title for any holder ("a president", "an American president"), or a deputy's title of its
    /// own ("his deputy president"): a style that capitalises the title for its one holder writes these in lower case too,
    /// so they say nothing of the article's choice, and one capitalised departs from every style.</param>
    private sealed record Occurrence(string Key, TextSpan Span, string Text, string Style, bool InQuotation, bool IsGeneric = false) : IStyleOccurrence;

    /// <summary>True for a word that is a title of one word in either of the profile's title lists: its case is decided here.</summary>
    public static bool IsTitle(Profiles.OutletProfile profile, string lower) => TitleWordsOf(profile).Contains(lower);

    private static HashSet<string> TitleWordsOf(Profiles.OutletProfile profile) => profile.GetDerived(p => new TitleWords(
        new HashSet<string>(p.GetList(ListName).Concat(p.GetList(CapitalisedListName)).Where(title => title.IndexOf(' ') < 0),
            StringComparer.OrdinalIgnoreCase))).Words;

    /// <summary>The one-word titles of both lists, read once per profile.</summary>
    private sealed record TitleWords(HashSet<string> Words);

    /// <summary>Reports the capitalised titles that depart from the article's lower case; adds their spans to <paramref name="reported"/>.</summary>
    public static void Report(ArticleContext context, DiagnosticDescriptor descriptor, List<TextSpan> reported)
    {
        var article = context.Article;
        foreach (var group in Find(article, TitlesOf(context.Profile)).GroupBy(o => o.Key, StringComparer.Ordinal))
        {
            var occurrences = group.ToList();
            if (occurrences.All(o => o.Style == Lower)) continue;
            // A caption printed under each photo of a gallery votes once (StyleChoice.Votes); quotations keep their speaker's capitals.
            var related = SpellingText.Related(article, occurrences.Where(o => o.Style == Lower && !o.InQuotation).Select(o => o.Span));
            // A title for any holder capitalised ("a President's picks") departs from the styles that capitalise it for its one
            // holder, where the article writes the title in lower case at all, however it votes. A government's own style
            // capitalises it for any holder too ("a Senator who places a hold", "each Senator's right"): an article that does
            // so more often than not has that style, and its lone "no senator" is the slip, which is never reported.
            var departing = LowerCaseChosen(article, occurrences) ? occurrences.Where(o => o.Style == Capitalised)
                : occurrences.Any(o => o.Style == Lower) && !CapitalisesForAnyHolder(article, occurrences)
                    ? occurrences.Where(o => o.Style == Capitalised && o.IsGeneric) : [];
            foreach (var occurrence in StyleChoice.WritersOwn(context, departing))
            {
                var replacement = occurrence.Text.ToLowerInvariant();
                context.Report(descriptor, occurrence.Span, [occurrence.Text, replacement], related,
                    SpellingText.Use(replacement, occurrence.Span, "as elsewhere in this article"), quotationSensitive: true);
                reported.Add(occurrence.Span);
            }
        }
    }

    /// <summary>True when the article's own text writes the title for its one holder in lower case at least as often as
    /// capitalised: a title for any holder votes for neither (<see cref="Occurrence.IsGeneric"/>), and a caption printed
    /// under each photo of a gallery votes once (<see cref="StyleChoice.Votes{T}"/>). Quotations keep their speaker's capitals;
    /// a tie in the writer's own text is settled by the quoted titles, which the writer typed too, as ED1001 settles a name's
    /// tie (a quoted statement's "the prime minister's instruction" beside the writer's one of each).</summary>
    private static bool LowerCaseChosen(Article article, List<Occurrence> occurrences)
    {
        var own = StyleChoice.Votes(article, occurrences).Where(o => !o.InQuotation && !o.IsGeneric).ToList();
        var lower = own.Count(o => o.Style == Lower);
        if (lower != own.Count - lower) return lower > own.Count - lower;
        var all = StyleChoice.Votes(article, occurrences).Where(o => !o.IsGeneric).ToList();
        var lowerAll = all.Count(o => o.Style == Lower);
        return lowerAll > all.Count - lowerAll;
    }

    /// <summary>True when the article's own text capitalises the title for any holder more often than it writes it so in
    /// lower case (<see cref="Occurrence.IsGeneric"/>).</summary>
    private static bool CapitalisesForAnyHolder(Article article, List<Occurrence> occurrences)
    {
        var generic = StyleChoice.Votes(article, occurrences).Where(o => !o.InQuotation && o.IsGeneric).ToList();
        var capitalised = generic.Count(o => o.Style == Capitalised);
        return capitalised > generic.Count - capitalised;
    }

    /// <summary>The titles of the article's running text that stand alone, capitalised or in lower case: not in a headline or
    /// a line in title case, not first in a sentence (whose capital says nothing), and not part of a name.</summary>
    private static List<Occurrence> Find(Article article, PhraseList titles)
    {
        var occurrences = new List<Occurrence>();
        var tokens = article.Tokens;
        var titleCaseLines = new TitleCaseLines(article);
        for (var i = 0; i < tokens.Count; i++)
        {
            var length = tokens[i].IsWord && !tokens[i].IsInHeading ? TitleLength(article, titles, i) : 0;
            if (length == 0) continue;
            var last = i + length - 1;
            var words = Enumerable.Range(i, length).Select(k => tokens[k].Text.ToLowerInvariant()).ToArray();
            var span = TextSpan.FromBounds(tokens[i].Span.Start, tokens[last].Span.End);
            var text = article.GetText(span);
            var style = StyleOf(article, i, words);
            if (style is not null && !tokens[i].IsSentenceStart && StandsAlone(article, titles, i, last, style == Capitalised)
                && !titleCaseLines.Contains(tokens[i].SentenceIndex, i, last))
            {
                occurrences.Add(new Occurrence(string.Join(" ", words), span, text, style, SpellingGates.IsTranscribed(article, tokens[i]),
                    IsGeneric(tokens, i)));
            }
            i = last;
        }
        return occurrences;
    }

    /// <summary>True when the title at <paramref name="first"/> is any holder's, not the one's: an indefinite word
    /// opens its phrase ("a president", "an American president", "any new governor", not "a candidate for President"), or a
    /// deputy's title before it makes another ("the deputy president").</summary>
    private static bool IsGeneric(TokenList tokens, int first)
    {
        for (var k = first - 1; k >= 0 && k >= first - MaximumWordsBeforeTitle && tokens[k].IsWord && tokens[k].SentenceIndex == tokens[first].SentenceIndex; k--)
        {
            var word = tokens[k].Text.ToLowerInvariant();
            if (k == first - 1 && word is "deputy" or "vice") return true;
            // "a candidate for President": the indefinite word before a preposition is another noun's.
            if (Prepositions.Contains(word)) return false;
            if (IndefiniteWords.Contains(word)) return true;
            if (DefiniteWords.Contains(word) || tokens[k].IsPossessive) return false;
        }
        return false;
    }

    /// <summary>How many words of a noun phrase may stand before its title: "an outgoing American president".</summary>
    private const int MaximumWordsBeforeTitle = 4;

    private static readonly HashSet<string> IndefiniteWords = new(StringComparer.Ordinal) { "a", "an", "any", "every", "each", "another", "no", "one" };

    private static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal) { "for", "of", "to", "as", "with", "by", "from", "against" };

    private static readonly HashSet<string> DefiniteWords = new(StringComparer.Ordinal) { "the", "this", "that", "his", "her", "its", "their", "our", "your", "my" };

    /// <summary>The number of words of the title written from token <paramref name="first"/> on, case ignored, with only spaces
    /// between them; 0 for none.</summary>
    private static int TitleLength(Article article, PhraseList titles, int first)
    {
        var tokens = article.Tokens;
        var length = titles.MatchAt(tokens, first, tokens.Count);
        for (var k = first + 1; k < first + length; k++)
        {
            if (!SpellingText.OnlySpacesBetween(article.Text, tokens[k - 1].Span, tokens[k].Span)) return 0;
        }
        return length;
    }

    /// <summary>Capitalised ("Secretary of State": its connectors in lower case) or lower case; null for any other case ("PRESIDENT",
    /// "Secretary of state").</summary>
    private static string? StyleOf(Article article, int first, string[] words)
    {
        var tokens = article.Tokens;
        bool capitalised = true, lower = true;
        for (var k = 0; k < words.Length; k++)
        {
            var text = tokens[first + k].Text;
            lower &= text == words[k];
            capitalised &= LowercaseProperNounRule.NameConnectors.Contains(words[k]) ? text == words[k] : SpellingText.IsCapitalized(text);
        }
        return capitalised ? Capitalised : lower ? Lower : null;
    }

    /// <summary>
    /// False for a title that is part of a name: before a name ("President Obama", "President's Day" across a possessive, though
    /// "the President's Secretary of State" is one title beside another), with a name in apposition ("France's President,
    /// Emmanuel Macron") or beside another title of the name ("Prime Minister and President Dmitry Medvedev"), or after a
    /// capitalised word ("Vice President", "Mr. President", "AFL-CIO President") unless that word only starts the sentence, or
    /// after "of the" and a capitalised word, ending a body's name ("the Executive Office of the President"), or
    /// before a slash and another title of its holder ("Deputy Prime Minister/Foreign Minister Ishaq Dar"). In
    /// lower case after a capitalised word or before a comma ("a Republican president", "ran for president, Trump said") it
    /// is no part of a name. A title that addresses its holder ("Thank you, Governor.") is capitalised as a name is. A title with its office ("Mayor of Skadovsk
    /// Oleksandr Yakovlyev", "President of the European Parliament") is a formal title, which styles capitalise before a name
    /// and often without one.
    /// </summary>
    private static bool StandsAlone(Article article, PhraseList titles, int first, int last, bool capitalised)
    {
        var tokens = article.Tokens;
        var next = last + 1;
        if (next < tokens.Count && tokens[next].IsWord && tokens[next].Text == "of") return false;
        if (next < tokens.Count && tokens[next].IsPossessive && tokens[next].Span.Start == tokens[last].Span.End) next++;
        if (IsCapitalisedWordAt(next) && (next == last + 1 || TitleLength(article, titles, next) == 0)) return false;
        // "France's President, Emmanuel Macron": a name in apposition; "Prime Minister and President Dmitry Medvedev": two
        // titles of one name.
        if (capitalised && next == last + 1 && next + 1 < tokens.Count && (tokens[next].IsPunctuation(',') || tokens[next].Text == "and") && IsCapitalisedWordAt(next + 1)) return false;
        // "Deputy Prime Minister/Foreign Minister Ishaq Dar": titles of one holder joined by a slash, the last before the name.
        if (capitalised && next == last + 1 && next + 1 < tokens.Count && tokens[next].IsPunctuation('/') && IsCapitalisedWordAt(next + 1)) return false;
        // "Thank you, Governor.", "Isn't that, Governor, the kind of thing": a title the speaker addresses its holder by, set off
        // by a comma before it and a mark after it, is capitalised as a name is.
        if (capitalised && first > 0 && tokens[first - 1].IsPunctuation(',') && next == last + 1 && next < tokens.Count
            && tokens[next].Text is "," or "." or "?" or "!") return false;
        var previous = SpellingText.PreviousWord(article, first);
        // "Jo Jorgensen for President", "Pawlenty for President": a campaign's name.
        if (capitalised && previous > 0 && tokens[previous].Text == "for" && SpellingText.PreviousWord(article, previous) is var named and >= 0
            && tokens[named].SentenceIndex == tokens[first].SentenceIndex && !tokens[named].IsSentenceStart && char.IsUpper(tokens[named].Text[0])) return false;
        if (capitalised && EndsNameOfOffice(previous)) return false;
        if (!capitalised || previous < 0 || tokens[previous].SentenceIndex != tokens[first].SentenceIndex || !char.IsUpper(tokens[previous].Text[0])) return true;
        if (tokens[previous].IsSentenceStart && CommonWords.ContainsLowered(tokens[previous].Text)) return true;
        // Only spaces, or an abbreviation's point ("Mr. President"), between the two.
        for (var c = tokens[previous].Span.End; c < tokens[first].Span.Start; c++)
        {
            if (article.Text[c] is not (' ' or '\u00A0' or '.')) return true;
        }
        return false;

        // "the Executive Office of the President": the title ends the name of a body after "of the" and a capitalised word.
        bool EndsNameOfOffice(int before)
        {
            if (before < 0 || tokens[before].Text != "the") return false;
            var of = SpellingText.PreviousWord(article, before);
            if (of < 0 || tokens[of].Text != "of") return false;
            var body = SpellingText.PreviousWord(article, of);
            return body >= 0 && tokens[body].SentenceIndex == tokens[first].SentenceIndex && char.IsUpper(tokens[body].Text[0])
                   && !(tokens[body].IsSentenceStart && CommonWords.ContainsLowered(tokens[body].Text));
        }

        // A capitalised word of the title's sentence at token k, with only spaces before it in the prose (a page's link tag
        // around a name is markup: "President <a href=…>Donald Trump</a>").
        bool IsCapitalisedWordAt(int k) => k < tokens.Count && tokens[k].IsWord && tokens[k].SentenceIndex == tokens[last].SentenceIndex
            && char.IsUpper(tokens[k].Text[0]) && SpellingText.OnlySpacesOrMarkupBetween(article, tokens[k - 1].Span, tokens[k].Span);
    }
}
