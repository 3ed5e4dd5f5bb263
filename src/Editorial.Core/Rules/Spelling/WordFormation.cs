using System;
using Editorial.Lexicon;

namespace Editorial.Rules.Spelling;

/// <summary>
/// Words English forms from the common words (<see cref="CommonWords"/>) that SCOWL does not list: a common word with a
/// prefix ("unprojected", "reposted"), an inflection or an agent's ending ("payrolled", "funder"), a coining ending
/// ("tappable", "memoization"), two common words closed up ("rightwing"), or the other region's spelling of a listed word
/// ("diametre", "electrolyse"). The spelling rules ask it before they take a word the lists lack for a typing slip.
/// </summary>
internal static class WordFormation
{
    private static readonly string[] Prefixes = ["un", "re", "non", "pre", "co", "de", "dis", "mis", "over", "under", "out", "anti", "sub", "inter", "post", "multi"];

    /// <summary>The endings of inflections and of agent nouns: "payrolled", "hoping", "funder".</summary>
    private static readonly string[] Inflections = ["s", "es", "ed", "d", "ing", "er", "ers", "ly"];

    /// <summary>The endings that make nouns and adjectives of words: "tappable", "payment".</summary>
    private static readonly string[] Derivations = ["ness", "ment", "ments", "able", "ably", "ability"];

    /// <summary>The endings of "-ize" (and "-ise"), with which English coins verbs from any noun, a field's jargon among them
    /// ("memo" → "memoize", "memoization"): after the word as it is, never one that drops a letter ("stablize").</summary>
    private static readonly string[] CoiningEndings =
        ["ize", "izes", "ized", "izing", "izer", "izers", "ization", "izations", "ise", "ises", "ised", "ising", "iser", "isers", "isation", "isations"];

    /// <summary>The other region's spelling of an ending, both ways: "diametre" is British for the common "diameter".</summary>
    private static readonly (string, string)[] RegionalEndings = [("tre", "ter"), ("ter", "tre"), ("yse", "yze"), ("yze", "yse"), ("ise", "ize"), ("ize", "ise"), ("our", "or"), ("or", "our"),
        ("ising", "izing"), ("izing", "ising"), ("ised", "ized"), ("ized", "ised"), ("ysed", "yzed"), ("yzed", "ysed")];

    /// <summary>True when <paramref name="word"/>, in lower case, is formed so from common words.</summary>
    public static bool IsFormedFromCommonWords(string word)
    {
        if (IsInflectedOrPrefixed(word, IsFormedFromCommonWords)) return true;
        foreach (var ending in Derivations)
        {
            if (word.Length > ending.Length + 3 && word.EndsWith(ending, StringComparison.Ordinal) && IsStem(word.Substring(0, word.Length - ending.Length))) return true;
        }
        foreach (var ending in CoiningEndings)
        {
            if (word.Length > ending.Length + 3 && word.EndsWith(ending, StringComparison.Ordinal) && IsCommon(word.Substring(0, word.Length - ending.Length))) return true;
        }
        for (var split = 3; split <= word.Length - 3; split++)
        {
            if (IsCommon(word.Substring(0, split)) && IsCommon(word.Substring(split))) return true;
        }
        foreach (var (from, to) in RegionalEndings)
        {
            if (!word.EndsWith(from, StringComparison.Ordinal)) continue;
            var otherRegion = word.Substring(0, word.Length - from.Length) + to;
            if (IsCommon(otherRegion) || RareWords.Contains(otherRegion)) return true;
        }
        return false;
    }

    /// <summary>
    /// True when <paramref name="word"/>, in lower case, is a common word inflected ("targetting", "leastly"), made an agent
    /// ("funder") or given a prefix ("reposted"): the forms a hand types on purpose, which a typing slip of another word rarely
    /// makes. Closed compounds and derivations are left out: a slip often splits into two short words or a stem and an ending
    /// ("newpaper", "statment").
    /// </summary>
    public static bool IsInflectedOrPrefixed(string word) => IsInflectedOrPrefixed(word, IsInflectedOrPrefixed);

    /// <summary>An inflection of a common word, or a prefix before a common word or before a word <paramref name="afterPrefix"/>
    /// accepts.</summary>
    private static bool IsInflectedOrPrefixed(string word, Func<string, bool> afterPrefix)
    {
        foreach (var ending in Inflections)
        {
            if (word.Length > ending.Length + 3 && word.EndsWith(ending, StringComparison.Ordinal) && IsStem(word.Substring(0, word.Length - ending.Length))) return true;
        }
        foreach (var prefix in Prefixes)
        {
            if (word.Length > prefix.Length + 3 && word.StartsWith(prefix, StringComparison.Ordinal)
                && (IsCommon(word.Substring(prefix.Length)) || afterPrefix(word.Substring(prefix.Length)))) return true;
        }
        return false;
    }

    /// <summary>A common word as an inflection leaves it: as it is, with a doubled last consonant ("payroll" of "payrolled"), or
    /// with its silent e ("hope" of "hoping").</summary>
    private static bool IsStem(string stem) =>
        IsCommon(stem) || stem.Length > 3 && stem[stem.Length - 1] == stem[stem.Length - 2] && IsCommon(stem.Substring(0, stem.Length - 1))
        || IsCommon(stem + "e");

    private static bool IsCommon(string word) => CommonWords.Contains(word);
}
