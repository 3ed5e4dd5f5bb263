using System;
using System.Collections.Generic;
using System.Linq;
using Editorial.Articles;
using Editorial.Diagnostics;
using Editorial.Profiles;
using Editorial.Text;

namespace Editorial.Rules.Spelling;

/// <summary>Small text helpers the spelling rules share.</summary>
internal static class SpellingText
{
    /// <summary>True for a word with at least two letters, all capitals ("NATO", "US"): an acronym or a shouted headline word.</summary>
    public static bool IsAllCaps(string word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            if (!char.IsLetter(c)) continue;
            if (!char.IsUpper(c)) return false;
            letters++;
        }
        return letters >= 2;
    }

    /// <summary>True for a name set in capitals, a Scottish or Irish prefix aside ("McFADDEN", "MacLEOD"), as transcripts
    /// label their speakers: the name's letters in the typography of capitals. A plain word in capitals
    /// (<see cref="IsAllCaps"/>) is one too.</summary>
    public static bool IsInCapitals(string word)
    {
        foreach (var prefix in CapitalisedNamePrefixes)
        {
            if (word.Length >= prefix.Length + 3 && word.StartsWith(prefix, StringComparison.Ordinal) && IsAllCaps(word.Substring(prefix.Length))) return true;
        }
        return IsAllCaps(word);
    }

    /// <summary>Prefixes that keep their lower-case letters when the rest of the name is set in capitals.</summary>
    private static readonly string[] CapitalisedNamePrefixes = ["Mc", "Mac"];

    public static bool IsLetters(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsLetter(c)) return false;
        }
        return text.Length > 0;
    }

    public static bool IsAllLower(string word) => IsAllLowerBetween(word, 0, word.Length);

    /// <summary>A capital followed by lower-case letters only: "Kyiv", not "KYIV" or "McDonald".</summary>
    public static bool IsCapitalized(string word) => IsCapitalized(word, 0, word.Length);

    /// <summary><see cref="IsCapitalized(string)"/> of the characters of <paramref name="text"/> from <paramref name="start"/> to
    /// <paramref name="end"/>, read in place (a part of a closed-up name, "Bowl" of "SuperBowl").</summary>
    public static bool IsCapitalized(string text, int start, int end) =>
        end - start > 1 && char.IsUpper(text[start]) && IsAllLowerBetween(text, start + 1, end);

    public static bool IsAllLowerBetween(string word, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (char.IsLetter(word[i]) && !char.IsLower(word[i])) return false;
        }
        return true;
    }

    /// <summary><paramref name="replacement"/> in the case the writer used for <paramref name="original"/>: all capitals stay
    /// capitals, a capital first letter stays capital.</summary>
    public static string MatchCase(string replacement, string original)
    {
        if (IsAllCaps(original) && original.Length > 1) return replacement.ToUpperInvariant();
        if (original.Length > 0 && char.IsUpper(original[0]) && replacement.Length > 0 && char.IsLower(replacement[0]))
        {
            return char.ToUpperInvariant(replacement[0]) + replacement.Substring(1);
        }
        return replacement;
    }

    /// <summary>Every word beside <paramref name="index"/> in its sentence is in capitals ("HELP US NOW"): a shouted line,
    /// whose capitals say nothing. One acronym beside it ("the US, NATO") is not enough.</summary>
    public static bool IsInShoutedText(Article article, int index)
    {
        var sentence = article.Tokens[index].SentenceIndex;
        // "McCAIN'S CALL": the possessive's letter is the word's, and the next word is the one after it.
        var next = NextWord(article, index);
        if (next >= 0 && article.Tokens[next].Text is "S" or "'S" or "’S") next = NextWord(article, next);
        var neighbours = new[] { PreviousWord(article, index), next }
            .Where(i => i >= 0 && article.Tokens[i].SentenceIndex == sentence).ToList();
        return neighbours.Count > 0 && neighbours.All(i => IsAllCaps(article.Tokens[i].Text));
    }

    public static int PreviousWord(Article article, int index)
    {
        for (var i = index - 1; i >= 0; i--) if (article.Tokens[i].IsWord) return i;
        return -1;
    }

    public static int NextWord(Article article, int index)
    {
        for (var i = index + 1; i < article.Tokens.Count; i++) if (article.Tokens[i].IsWord) return i;
        return -1;
    }

    /// <summary>The index of the capitalised word right after the token at <paramref name="index"/>, in its sentence with only
    /// spaces between ("Labor Party", "SriLankan Airlines"); -1 when there is none.</summary>
    public static int CapitalisedWordAfter(Article article, int index)
    {
        var tokens = article.Tokens;
        var next = index + 1;
        return next < tokens.Count && tokens[next].IsWord && char.IsUpper(tokens[next].Text[0]) && tokens[next].SentenceIndex == tokens[index].SentenceIndex
               && OnlySpacesBetween(article.Text, tokens[index].Span, tokens[next].Span) ? next : -1;
    }

    /// <summary>True when only spaces or tabs separate the two spans (no line break, no punctuation).</summary>
    public static bool OnlySpacesBetween(string text, TextSpan first, TextSpan second)
    {
        if (second.Start <= first.End) return second.Start == first.End;
        for (var i = first.End; i < second.Start; i++)
        {
            if (text[i] is not (' ' or '\u00A0')) return false;
        }
        return true;
    }

    /// <summary>True when only spaces separate the two spans, and at most one line break among them: a paragraph wrapped in its
    /// source ("the Cybersecurity and⏎Infrastructure Security Agency") reads as one line there. No punctuation, and no break
    /// that ends a Markdown line on purpose (two spaces before it). For reading a name across a wrapped line, not for forms
    /// that are compared as written.</summary>
    public static bool OnlySpacesOrWrapBetween(string text, TextSpan first, TextSpan second)
    {
        if (second.Start <= first.End) return second.Start == first.End;
        var lineBreak = false;
        for (var i = first.End; i < second.Start; i++)
        {
            if (text[i] is ' ' or '\u00A0') continue;
            if (text[i] == '\r' && i + 1 < second.Start && text[i + 1] == '\n') continue;
            if (text[i] != '\n' || lineBreak || i - first.End >= 2 && text[i - 1] == ' ' && text[i - 2] == ' ') return false;
            lineBreak = true;
        }
        return true;
    }

    /// <summary>True when only spaces, or markup that renders as nothing (a page's inline tags: "President &lt;a href=…&gt;Donald
    /// Trump"), stand between the two spans in the article's prose view.</summary>
    public static bool OnlySpacesOrMarkupBetween(Article article, TextSpan first, TextSpan second)
    {
        if (second.Start <= first.End) return second.Start == first.End;
        var prose = article.ProseText;
        for (var i = first.End; i < second.Start; i++)
        {
            if (prose[i] is not (' ' or '\u00A0') && !ArticleLayout.IsHidden(prose[i])) return false;
        }
        return true;
    }

    /// <summary>"Associated Press style": how messages and fix titles name a profile's house style, by the profile's title (its
    /// name, "ap", is for configuration files); a title that already ends in "style" ("House style") is used as it is.</summary>
    public static string StyleName(OutletProfile profile) =>
        profile.Title.EndsWith(" style", StringComparison.OrdinalIgnoreCase) ? profile.Title : profile.Title + " style";

    /// <summary>True when the profile sets <c>quoted-spelling: house</c>: the outlet respells the words it transcribes, so
    /// quotations and reproduced documents are checked like its own words (capped like any finding in a quotation).</summary>
    public static bool RespellsQuotations(OutletProfile profile) =>
        OutletSpellingRule.QuotedSpellingSetting.ValueIn(profile) == "house";

    public static Fix Use(string replacement, TextSpan span, string why) => new($"Use '{replacement}' ({why})", new TextEdit(span, replacement));

    /// <summary>How many other places a finding names (<see cref="Related"/>).</summary>
    public const int MaxRelated = 3;

    /// <summary>The locations of the first few <paramref name="spans"/>, for a finding's related locations.</summary>
    public static IReadOnlyList<Location> Related(Article article, IEnumerable<TextSpan> spans, int max = MaxRelated) =>
        spans.Take(max).Select(article.GetLocation).ToList();
}
