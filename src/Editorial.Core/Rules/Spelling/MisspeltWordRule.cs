using System;
using System.Collections.Generic;
using System.Linq;
using Editorial.Articles;
using Editorial.Diagnostics;
using Editorial.Lexicon;
using Editorial.Text;

namespace Editorial.Rules.Spelling;

/// <summary>
/// ED1009: a lone misspelling, a word typed once that no word list knows and that is one typing slip from exactly one common
/// word ("posession" for "possession", "beseiged" for "besieged"), where the article never writes the word right (that is
/// ED1001's, <see cref="WordSlips"/>). Without another form in the article to compare with, only the lists speak, so the
/// rule asks for much before it reports: a word of seven letters or more (shorter ones are one slip from too many words),
/// unless it writes a letter three times running, which no English word does ("appparent"),
/// written once, standing as a word of its own (not "[T]echnology"), never capitalised elsewhere (a name lower-cased),
/// outside others' words (quotations and reproduced documents, as for every spelling rule under <c>quoted-spelling: keep</c>),
/// not opening a list item in lower case (a handle or a command: "- hustcer created …"),
/// and no real word the lists know in another way: a rarer word of the public-domain ENABLE2K list or of computing (<see cref="RareWords"/>:
/// "uncrewed", "structs"), a common word with a prefix, an inflection or a coining ending ("unprojected", "payrolled", "tappable",
/// "memoization"), the outlet's own spelling (a profile's <c>- preferred: tradies</c>), two common words closed up
/// ("rightwing"), or the other region's spelling of a word the lists know ("diametre", "electrolyse", "hypoglycaemia"); nor a package's name
/// before its version ("ostruct 0.6.1", "Bump pygments from 2.19.2").
/// </summary>
public sealed class MisspeltWordRule : ArticleRule
{
    // A suggestion: a list cannot know every word a newsroom writes (coinages, jargon, slang), and the rule has not been
    // measured right in 0.9 of its findings on published news (docs/rules/ED1009.md).
    public static readonly DiagnosticDescriptor Descriptor = new(
        RuleIds.MisspeltWord, "Possible misspelling", "'{0}' looks like a misspelling of '{1}'",
        RuleCategory.Spelling, Severity.Suggestion,
        "A word that no word list knows is one typing slip (a letter left out, added or replaced, or two swapped) from exactly one " +
        "common English word, and the article does not write it again.", offersFix: true, fix: "the common word");

    public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [Descriptor];

    private const int MinimumLetters = 7;

    /// <summary>True when <paramref name="word"/> opens a list item ("- hustcer created …", "* clatour"): written in
    /// lower case where English capitalises, it is a name kept in its own case (a contributor's handle in a changelog's or a
    /// release's list, a command), not a slip of a common word, which a writer would have capitalised there. Only a list's
    /// marker says so: a line of running text may open in lower case where a hard wrap broke a sentence, or where the
    /// splitter took an abbreviation's point for its end ("resale to the U.S." over "governement.").</summary>
    private static bool OpensListItem(string text, TextSpan word)
    {
        var lineStart = text.LastIndexOf('\n', Math.Max(0, word.Start - 1)) + 1;
        var i = lineStart;
        while (i < word.Start && text[i] is ' ' or '\t') i++;
        if (i < word.Start && text[i] is '-' or '*' or '+') i++;
        else
        {
            var digits = i;
            while (i < word.Start && char.IsDigit(text[i])) i++;
            if (i == digits || i >= word.Start || text[i] is not ('.' or ')')) return false;
            i++;
        }
        if (i >= word.Start || text[i] != ' ') return false;
        while (i < word.Start && text[i] is ' ' or '\t') i++;
        return i == word.Start;
    }

    public override void Analyze(ArticleContext context)
    {
        var article = context.Article;
        var tokens = article.Tokens;
        var counter = new WordSlips.WordCounter(tokens, ignoreCase: true);
        foreach (var i in WordSlips.UnknownIn(context.Analyzed).Tokens)
        {
            var token = tokens[i];
            var word = token.Text;
            // One slip from a common word is at most one letter longer than it. A longer word (a run of letters pasted from a
            // code or a URL) is none, and the search for one would make edits in number and length growing with its length:
            // a word of 3,000 letters took seconds.
            if (word.Length > CommonWords.LongestLength + 1) continue;
            var tripled = WithoutTripledLetter(word);
            if (word.Length < MinimumLetters && tripled is null || !SpellingGates.IsWritersOwn(context.Analyzed, token.Span) || !StandsAlone(article.Text, token.Span)) continue;
            // A word written twice alike, in any case, is the writer's spelling (a coinage, a term, a name), not a slip of the keys;
            // so is the plural of one the article writes ("structs" beside "struct").
            if (counter.Count(word) > 1 || word.Length > 1 && word[word.Length - 1] is 's' or 'S' && counter.Count(word.Substring(0, word.Length - 1)) > 0
                || RareWords.Contains(word) || SpellingGates.IsOutletsSpelling(context, word.ToLowerInvariant())) continue;
            if (tripled is null && (WordFormation.IsFormedFromCommonWords(word) || NamesAPackageRelease(article.Text, token.Span.End))) continue;
            if (tripled is null && (OpensListItem(article.Text, token.Span) || IsGlossed(article.Text, token.Span.End) || IsSpeciesEpithet(article, i)
                                    || DropsItsG(article.Text, token.Span, word))) continue;
            if ((tripled ?? OnlyCommonWordOneSlipFrom(word)) is not { } meant || counter.Count(meant) > 0) continue;
            if (tripled is null && (HasPrefixedReading(word, meant) || WordSlips.LostItsFirstLetter(word, meant))) continue;
            context.Report(Descriptor, token.Span, [word, meant], fix: SpellingText.Use(meant, token.Span, "the common word"), quotationSensitive: true);
        }
    }

    /// <summary>
    /// "appparent": no English word, compound or inflection writes one letter three times running, so a word that does,
    /// and that is a common word with one of the three left out, is that word misspelt, however short it is and whatever
    /// else its letters could be split into ("app" and "parent"). Returns that common word, or null. An interjection drawn
    /// out ("sooo", "hmmm") leaves no common word.
    /// </summary>
    private static string? WithoutTripledLetter(string word)
    {
        for (var i = 2; i < word.Length; i++)
        {
            if (word[i] != word[i - 1] || word[i] != word[i - 2]) continue;
            var meant = word.Remove(i, 1);
            return IsCommon(meant) ? meant : null;
        }
        return null;
    }

    /// <summary>"throwin'", "shakin’": an apostrophe after a word in "-in" where its "-ing" is a common word marks the "g" the
    /// speaker drops, as dialogue and dialect are written; no typing slip of another word.</summary>
    private static bool DropsItsG(string text, TextSpan word, string written) =>
        word.End < text.Length && text[word.End] is '\'' or '’' && written.EndsWith("in", StringComparison.OrdinalIgnoreCase)
        && IsCommon(written.ToLowerInvariant() + "g");

    /// <summary>
    /// True when a version number follows the word, at once or after "from": "ostruct 0.6.1" in a release's list of bundled
    /// libraries, "Bump pygments from 2.19.2 to 2.20.0" in a change log. The word is a package's name, spelt as its authors do.
    /// </summary>
    private static bool NamesAPackageRelease(string text, int end)
    {
        var i = SkipSpaces(text, end);
        if (i == end) return false;
        if (string.CompareOrdinal(text, i, "from ", 0, 5) == 0) i = SkipSpaces(text, i + 5);
        if (i < text.Length && text[i] is 'v' or 'V') i++;
        var digits = i;
        while (i < text.Length && char.IsDigit(text[i])) i++;
        return i > digits && i + 1 < text.Length && text[i] == '.' && char.IsDigit(text[i + 1]);

        static int SkipSpaces(string text, int i)
        {
            while (i < text.Length && text[i] == ' ') i++;
            return i;
        }
    }

    /// <summary>True when <paramref name="word"/> also reads as a prefix on a slip of another common word than
    /// <paramref name="meant"/>: "unadressed" is one slip from "undressed", and "un" on a slip of "addressed". Which word the
    /// writer meant, nothing says.</summary>
    private static bool HasPrefixedReading(string word, string meant)
    {
        foreach (var (prefix, remainder) in WordFormation.PrefixSplits(word))
        {
            if (OnlyCommonWordOneSlipFrom(remainder) is { } remainderMeant && prefix + remainderMeant != meant) return true;
        }
        return false;
    }

    /// <summary>Spaces or an opening mark before the word: not glued to a bracket or a letter that a reader sees as part of it.</summary>
    private static bool StandsAlone(string text, TextSpan span) =>
        span.Start == 0 || char.IsWhiteSpace(text[span.Start - 1]) || text[span.Start - 1] is '(' or '"' or '“' or '‘' or '\'' or '—' or '–';

    private static bool IsCommon(string word) => CommonWords.Contains(word);

    /// <summary>
    /// True when the word is the second part of a species' Latin name: a Latin ending ("-a", "-us", "-um", "-is", "-ae", "-i",
    /// "-ans", "-ens") right after a genus, a capitalised word that no list knows or its initial ("Gonyaulax polyedra",
    /// "C. elegans"). A slip after a name the lists know ("Ukraine recieved") is still one.
    /// </summary>
    private static bool IsSpeciesEpithet(Articles.Article article, int index)
    {
        var word = article.Tokens[index].Text;
        if (!LatinEndings.Any(ending => word.EndsWith(ending, StringComparison.Ordinal)) || index == 0) return false;
        var tokens = article.Tokens;
        var genus = index - 1;
        // "C. elegans": the genus's initial and its point.
        if (tokens[genus].IsPunctuation('.') && genus > 0 && tokens[genus - 1].Text.Length == 1 && char.IsUpper(tokens[genus - 1].Text[0])) return true;
        var before = tokens[genus];
        return before.IsWord && !before.IsSentenceStart && SpellingText.IsCapitalized(before.Text) && SpellingText.OnlySpacesBetween(article.Text, before.Span, tokens[index].Span)
               && !CommonWords.ContainsLowered(before.Text) && !ProperNames.Contains(NameVariants.Letters(before.Text));
    }

    private static readonly string[] LatinEndings = ["a", "us", "um", "is", "ae", "i", "ans", "ens"];

    /// <summary>True when a gloss in quotation marks follows the word in parentheses or brackets: the word is another language's,
    /// cited and translated ("the Greek herpein (“to creep”)", "personne (“person”)", "le personnel [“the staff”]").</summary>
    private static bool IsGlossed(string text, int end)
    {
        var i = end;
        while (i < text.Length && text[i] == ' ') i++;
        return i + 1 < text.Length && text[i] is '(' or '[' && text[i + 1] is '"' or '“' or '‘' or '\'';
    }

    /// <summary>The one common word that <paramref name="word"/> is a typing slip of (<see cref="NameVariants.IsOneSlip"/>), or
    /// null when there is none or more than one: each edit that keeps the first letter is spelled in one buffer and looked up
    /// in the list where it lies; only a listed edit is made a string, for IsOneSlip to decide.</summary>
    private static string? OnlyCommonWordOneSlipFrom(string word)
    {
        string? found = null;
        var ambiguous = false;
        var buffer = new char[word.Length + 1];
        void Consider(int length)
        {
            if (ambiguous || !CommonWords.Contains(buffer, length)) return;
            var candidate = new string(buffer, 0, length);
            if (candidate == found || !NameVariants.IsOneSlip(word, candidate)) return;
            if (found is null) found = candidate;
            else ambiguous = true;
        }
        for (var i = 1; i < word.Length && !ambiguous; i++)
        {
            // The letter at i left out.
            word.CopyTo(0, buffer, 0, i);
            word.CopyTo(i + 1, buffer, i, word.Length - i - 1);
            Consider(word.Length - 1);
            // Swapped with the next.
            if (i + 1 < word.Length)
            {
                word.CopyTo(0, buffer, 0, word.Length);
                (buffer[i], buffer[i + 1]) = (word[i + 1], word[i]);
                Consider(word.Length);
            }
            for (var letter = 'a'; letter <= 'z'; letter++)
            {
                // Replaced, by a letter a slip of the finger or of the ear puts there.
                word.CopyTo(0, buffer, 0, word.Length);
                if (letter != word[i] && WordSlips.IsLikelyReplacementAt(word, i, letter))
                {
                    buffer[i] = letter;
                    Consider(word.Length);
                }
                // Added before it.
                word.CopyTo(0, buffer, 0, i);
                buffer[i] = letter;
                word.CopyTo(i, buffer, i + 1, word.Length - i);
                Consider(word.Length + 1);
            }
        }
        return ambiguous ? null : found;
    }
}
