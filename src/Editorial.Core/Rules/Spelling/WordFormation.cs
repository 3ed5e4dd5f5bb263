using System;
using System.Collections.Generic;
using Editorial.Lexicon;

namespace Editorial.Rules.Spelling;

/// <summary>
/// Words English forms from the common words (<see cref="CommonWords"/>) that SCOWL does not list: a common word with a
/// prefix ("unprojected", "reposted"), an inflection or an agent's ending ("payrolled", "funder"), a coining ending
/// ("tappable", "memoization"), two common words closed up ("rightwing"), or the other region's spelling of a listed word
/// ("diametre", "electrolyse", "hypoglycaemia"). The spelling rules ask it before they take a word the lists lack for a typing slip.
/// </summary>
internal static class WordFormation
{
    private static readonly string[] Prefixes = ["un", "re", "non", "pre", "co", "de", "dis", "mis", "over", "under", "out", "anti", "sub", "inter", "post", "multi"];

    /// <summary>The ways <paramref name="word"/>, in lower case, splits into a prefix and the remainder of four letters or more
    /// ("unadressed": "un" and "adressed"). Not at "re", "de" or "co", which open so many words that the split is mostly
    /// chance ("defintions" is no "de" on "fintions").</summary>
    public static IEnumerable<(string Prefix, string Remainder)> PrefixSplits(string word)
    {
        foreach (var prefix in Prefixes)
        {
            if (prefix is "re" or "de" or "co") continue;
            if (word.Length > prefix.Length + 3 && word.StartsWith(prefix, StringComparison.Ordinal)) yield return (prefix, word.Substring(prefix.Length));
        }
    }

    /// <summary>Endings of inflections, agents and derivations: "payrolled", "hoping", "funder", "tappable", "shirtlessness",
    /// "spaciness" (of "spacy").</summary>
    private static readonly string[] Endings = ["s", "es", "ed", "d", "ing", "er", "ers", "ly", "ness", "ment", "ments", "able", "ably", "ability", "less", "lessly", "lessness"];

    /// <summary>The endings of the adjective in "-able" and its adverb and noun, which a verb in "-ate" takes in its ending's place.</summary>
    private static readonly string[] AbleEndings = ["able", "ably", "ability"];

    /// <summary>The endings of "-ize" (and "-ise"), with which English coins verbs from any noun, a field's jargon among them
    /// ("memo" → "memoize", "memoization"; <see cref="IsCoinedVerb"/>).</summary>
    private static readonly string[] CoiningEndings =
        ["ize", "izes", "ized", "izing", "izer", "izers", "ization", "izations", "ise", "ises", "ised", "ising", "iser", "isers", "isation", "isations"];

    /// <summary>The other region's spelling of an ending, both ways: "diametre" is British for the common "diameter".</summary>
    private static readonly (string, string)[] RegionalEndings = [("tre", "ter"), ("ter", "tre"), ("yse", "yze"), ("yze", "yse"), ("ise", "ize"), ("ize", "ise"), ("our", "or"), ("or", "our"),
        ("ising", "izing"), ("izing", "ising"), ("ised", "ized"), ("ized", "ised"), ("ysed", "yzed"), ("yzed", "ysed")];

    /// <summary>True when <paramref name="word"/>, in lower case, is two common words run together, three letters each at least
    /// ("brownfields", "taskforce"): a compound of the language. A derivation ("sailer" of "sail") may be a coined name.</summary>
    public static bool IsCompoundOfCommonWords(string word)
    {
        for (var split = 3; split <= word.Length - 3; split++)
        {
            if (IsCommon(word.Substring(0, split)) && IsCommon(word.Substring(split))) return true;
        }
        return false;
    }

    /// <summary>True when <paramref name="word"/>, in lower case, is formed so from common words.</summary>
    public static bool IsFormedFromCommonWords(string word)
    {
        foreach (var ending in Endings)
        {
            if (word.Length <= ending.Length + 3 || !word.EndsWith(ending, StringComparison.Ordinal)) continue;
            var stem = word.Substring(0, word.Length - ending.Length);
            // "irrigable" of "irrigate", as "navigable" of "navigate": a verb in "-ate" makes its adjective in "-able" without it.
            if (IsStem(stem) || Array.IndexOf(AbleEndings, ending) >= 0 && IsCommon(stem + "ate")) return true;
        }
        if (IsCoinedVerb(word)) return true;
        foreach (var prefix in Prefixes)
        {
            if (word.Length > prefix.Length + 3 && word.StartsWith(prefix, StringComparison.Ordinal)
                && (IsCommon(word.Substring(prefix.Length)) || IsFormedFromCommonWords(word.Substring(prefix.Length)))) return true;
        }
        if (IsCompoundOfCommonWords(word)) return true;
        foreach (var (from, to) in RegionalEndings)
        {
            if (!word.EndsWith(from, StringComparison.Ordinal)) continue;
            var otherRegion = word.Substring(0, word.Length - from.Length) + to;
            if (IsCommon(otherRegion) || RareWords.Contains(otherRegion)) return true;
        }
        return IsBritishDigraphSpelling(word) || IsFamiliarFormInIe(word);
    }

    /// <summary>
    /// True when <paramref name="word"/>, in lower case, is a verb or its noun coined with "-ize" or "-ise" from a common word
    /// as it is ("memoize", "memoization") or from a noun in "-y" without it ("strategise" of "strategy", as "apologise" of
    /// "apology"): English coins them freely, and the lists know few. A stem that drops another letter is a slip's
    /// ("stablize"), and so is an adverb's ("stably"); a noun that is a verb already needs none ("prophesized" is a slip of
    /// "prophesied").
    /// </summary>
    public static bool IsCoinedVerb(string word)
    {
        foreach (var ending in CoiningEndings)
        {
            if (word.Length <= ending.Length + 3 || !word.EndsWith(ending, StringComparison.Ordinal)) continue;
            var stem = word.Substring(0, word.Length - ending.Length);
            if (IsCommon(stem) || !stem.EndsWith("l", StringComparison.Ordinal) && IsCommon(stem + "y") && !IsCommon(stem + "ied")) return true;
        }
        return false;
    }

    /// <summary>
    /// True when <paramref name="word"/>, in lower case, is the familiar form in "-ie" of a common word of one syllable, or its
    /// plural: "tradie" of "trade", "sickie" of "sick", "footies". Australian and New Zealand English coin them from any such
    /// word, and the lists know few. A word of more syllables is left out, where "-ie" is a slip's ("recipie" for "recipe").
    /// </summary>
    public static bool IsFamiliarFormInIe(string word)
    {
        var stem = word.EndsWith("ies", StringComparison.Ordinal) ? word.Substring(0, word.Length - 3)
            : word.EndsWith("ie", StringComparison.Ordinal) ? word.Substring(0, word.Length - 2) : null;
        if (stem is null || stem.Length < MinimumFamiliarStemLetters || VowelGroups(stem) != 1) return false;
        return IsCommon(stem) || IsCommon(stem + "e");

        static int VowelGroups(string letters)
        {
            var groups = 0;
            for (var i = 0; i < letters.Length; i++)
            {
                if ("aeiouy".IndexOf(letters[i]) >= 0 && (i == 0 || "aeiouy".IndexOf(letters[i - 1]) < 0)) groups++;
            }
            return groups;
        }
    }

    /// <summary>The fewest letters before a familiar form's "-ie": "lad" + "ie" is no word of its own.</summary>
    private const int MinimumFamiliarStemLetters = 4;

    /// <summary>
    /// True when <paramref name="word"/> writes "ae" or "oe" where the lists know the word with "e" alone: the British spelling
    /// of a word from Greek or Latin that American spelling simplifies ("hypoglycaemia", "paediatric", "oesophagus",
    /// "diarrhoea"), one digraph or every one ("haemorrhaging").
    /// </summary>
    private static bool IsBritishDigraphSpelling(string word)
    {
        if (word.IndexOf("ae", StringComparison.Ordinal) < 0 && word.IndexOf("oe", StringComparison.Ordinal) < 0) return false;
        var simplified = word.Replace("ae", "e").Replace("oe", "e");
        if (IsKnown(simplified)) return true;
        for (var at = word.IndexOf('e', 1); at > 0; at = word.IndexOf('e', at + 1))
        {
            if (word[at - 1] is 'a' or 'o' && IsKnown(word.Remove(at - 1, 1))) return true;
        }
        return false;

        static bool IsKnown(string candidate) => IsCommon(candidate) || RareWords.Contains(candidate);
    }

    /// <summary>
    /// True when <paramref name="word"/>, in lower case, is a common word given a prefix ("reposted") or made an agent or an
    /// adverb ("funder", "funders", "leastly"), each as it is: forms a hand types on purpose, which a typing slip of another
    /// word rarely makes. Inflections are left out, because a slip often misses a stem's doubled letter or doubles a single
    /// one ("commited", "developped", "prefered"); so are short stems ("retuns" is no "re" + "tuns"), and closed compounds
    /// and derivations, into whose parts a slip often splits ("newpaper", "statment").
    /// </summary>
    public static bool IsPrefixedOrAgent(string word)
    {
        foreach (var prefix in Prefixes)
        {
            if (word.Length - prefix.Length >= MinimumPrefixedLetters && word.StartsWith(prefix, StringComparison.Ordinal)
                && CommonWords.ContainsOrPluralOf(word.Substring(prefix.Length))) return true;
        }
        foreach (var ending in AgentAndAdverbEndings)
        {
            if (word.Length - ending.Length >= MinimumStemLetters && word.EndsWith(ending, StringComparison.Ordinal)
                && IsCommon(word.Substring(0, word.Length - ending.Length))) return true;
        }
        return false;
    }

    private static readonly string[] AgentAndAdverbEndings = ["er", "ers", "ly"];

    /// <summary>
    /// True when the two words are one stem after two prefixes of opposite meaning, one letter apart ("micropolitics" /
    /// "macropolitics", "proactive" / "preactive", "antebellum" / "antibellum"): two words, which a slip's one letter does not
    /// make one.
    /// </summary>
    public static bool HaveOppositePrefixes(string a, string b)
    {
        foreach (var (first, second) in OppositePrefixes)
        {
            if (OneStemAfter(a, first, b, second) || OneStemAfter(b, first, a, second)) return true;
        }
        return false;

        static bool OneStemAfter(string word, string prefix, string other, string otherPrefix) =>
            word.Length > prefix.Length + 3 && word.StartsWith(prefix, StringComparison.Ordinal) && other.StartsWith(otherPrefix, StringComparison.Ordinal)
            && word.Length - prefix.Length == other.Length - otherPrefix.Length
            && string.CompareOrdinal(word, prefix.Length, other, otherPrefix.Length, word.Length - prefix.Length) == 0;
    }

    private static readonly (string, string)[] OppositePrefixes = [("micro", "macro"), ("pro", "pre"), ("anti", "ante")];

    /// <summary>True when one word is a compound in "-man" and the other the same compound's plural in "-men" ("ferryman" /
    /// "ferrymen", "strawman" / "strawmen"): one letter apart, as a slip is, but one word in two numbers.</summary>
    public static bool AreSingularAndPluralInMan(string a, string b) =>
        a.Length == b.Length && a.Length > 3 && string.CompareOrdinal(a, 0, b, 0, a.Length - 3) == 0
        && (a.EndsWith("man", StringComparison.Ordinal) && b.EndsWith("men", StringComparison.Ordinal)
            || a.EndsWith("men", StringComparison.Ordinal) && b.EndsWith("man", StringComparison.Ordinal));

    /// <summary>True when the two words are one compound of a verb whose past a letter away is irregular, in its two tenses
    /// ("breastfeed" / "breastfed", "misled" / "mislead", "outshoot" / "outshot"): one slip apart, but two words.</summary>
    public static bool AreTensesOfOneVerb(string a, string b)
    {
        foreach (var (present, past) in IrregularPasts)
        {
            if (OneStemBefore(a, present, b, past) || OneStemBefore(b, present, a, past)) return true;
        }
        return false;

        static bool OneStemBefore(string word, string ending, string other, string otherEnding) =>
            word.Length > ending.Length && word.EndsWith(ending, StringComparison.Ordinal) && other.EndsWith(otherEnding, StringComparison.Ordinal)
            && word.Length - ending.Length == other.Length - otherEnding.Length
            && string.CompareOrdinal(word, 0, other, 0, word.Length - ending.Length) == 0;
    }

    /// <summary>Verbs whose past is one letter from their present.</summary>
    private static readonly (string Present, string Past)[] IrregularPasts =
    [
        ("feed", "fed"), ("breed", "bred"), ("bleed", "bled"), ("speed", "sped"), ("lead", "led"), ("plead", "pled"), ("meet", "met"),
        ("shoot", "shot"), ("choose", "chose"), ("ride", "rode"), ("drive", "drove"), ("write", "wrote"), ("rise", "rose"),
    ];

    /// <summary>The fewest letters of a common word before an agent's or an adverb's ending ("fund" of "funder").</summary>
    private const int MinimumStemLetters = 4;

    /// <summary>The fewest letters of a common word after a prefix: "tuns" after "re" is a slip's letters ("retuns").</summary>
    private const int MinimumPrefixedLetters = 5;

    /// <summary>A common word as an inflection leaves it: as it is, with a doubled last consonant ("payroll" of "payrolled"), or
    /// with its silent e ("hope" of "hoping").</summary>
    private static bool IsStem(string stem) =>
        IsCommon(stem) || stem.Length > 3 && stem[stem.Length - 1] == stem[stem.Length - 2] && IsCommon(stem.Substring(0, stem.Length - 1))
        || IsCommon(stem + "e") || stem[stem.Length - 1] == 'i' && IsCommon(stem.Substring(0, stem.Length - 1) + "y");

    private static bool IsCommon(string word) => CommonWords.Contains(word);
}
