using System;
using System.Collections.Generic;
using System.IO;
using Editorial.Text;

namespace Editorial.Rules.Spelling;

public enum SpellingRegion
{
    American,
    British,
}

/// <summary>One word with a clearly American and a clearly British spelling, from VarCon.</summary>
/// <param name="SenseRestricted">VarCon limits the pair to one usage ("story / storey | level of building"): the word
/// has other senses spelled alike everywhere, so it is only evidence inside a compound ("nine-story").</param>
internal sealed record RegionalPair(string American, string British, bool AmericanOnly, bool BritishOnly, bool SenseRestricted)
{
    public string SpellingIn(SpellingRegion region) => region == SpellingRegion.American ? American : British;
}

/// <summary>A word written in one region's spelling only, and its spelling in the other region.</summary>
internal readonly record struct RegionalSpelling(RegionalPair Pair, SpellingRegion Region)
{
    public string Counterpart => Pair.SpellingIn(Region == SpellingRegion.American ? SpellingRegion.British : SpellingRegion.American);
}

/// <summary>
/// American and British spellings of common words (VarCon 2020.12.07, SCOWL level 50 and below), derived by
/// tools/wordlists/derive.py into Data/varcon-us-gb.txt and embedded with its notice (Data/WORDLISTS-NOTICE.txt).
/// A form accepted in both regions ("realize", accepted in Oxford British spelling) is evidence of neither.
/// </summary>
internal static class RegionalLexicon
{
    /// <summary>The regional spelling the profile's locale follows (<see cref="Profiles.OutletProfile.SpellingLocale"/>); null
    /// when the profile takes no side.</summary>
    public static SpellingRegion? RegionOf(Profiles.OutletProfile profile) => profile.SpellingLocale switch
    {
        "en-US" => SpellingRegion.American,
        "en-GB" => SpellingRegion.British,
        _ => null,
    };

    private static readonly Lazy<(Dictionary<string, RegionalSpelling> Words, Dictionary<string, string> IzeForms, HashSet<string> IseForms,
        Dictionary<string, string> DoubledL)> Lists = new(Load);

    /// <summary>True when any of the lists knows the lower-case word (<see cref="TryGet"/>, <see cref="TryGetIseSpelling"/>,
    /// <see cref="IsIseSpelling"/>, <see cref="TryGetDoubledL"/>): most words of an article are in none.</summary>
    public static bool Knows(string lowerCaseWord)
    {
        var lists = Lists.Value;
        return lists.Words.ContainsKey(lowerCaseWord) || lists.IzeForms.ContainsKey(lowerCaseWord) || lists.IseForms.Contains(lowerCaseWord)
               || lists.DoubledL.ContainsKey(lowerCaseWord);
    }

    /// <summary>The region a lower-case word's spelling belongs to, when it belongs to one only.</summary>
    public static bool TryGet(string lowerCaseWord, out RegionalSpelling spelling) => Lists.Value.Words.TryGetValue(lowerCaseWord, out spelling);

    /// <summary>The -ise spelling of an -ize word that American and Oxford British spelling share ("recognize": "recognise").</summary>
    public static bool TryGetIseSpelling(string lowerCaseWord, out string iseSpelling) => Lists.Value.IzeForms.TryGetValue(lowerCaseWord, out iseSpelling!);

    /// <summary>True for the -ise spelling of such a word ("recognise"): British only, where the -ize one is shared.</summary>
    public static bool IsIseSpelling(string lowerCaseWord) => Lists.Value.IseForms.Contains(lowerCaseWord);

    /// <summary>
    /// The American spelling of a British "-ll-" form that American spelling accepts as a variant ("cancelled": "canceled"),
    /// where the single "l" is American only. British spelling doubles a final "l" before an ending, American mostly does not
    /// ("travelled" / "traveled" are each one region's); for these few words American dictionaries allow both, so the
    /// doubled form is evidence of no region, but American house styles write the single "l".
    /// </summary>
    public static bool TryGetDoubledL(string lowerCaseWord, out string american) => Lists.Value.DoubledL.TryGetValue(lowerCaseWord, out american!);

    private static (Dictionary<string, RegionalSpelling>, Dictionary<string, string>, HashSet<string>, Dictionary<string, string>) Load()
    {
        var words = new Dictionary<string, RegionalSpelling>(StringComparer.Ordinal);
        var doubledL = new Dictionary<string, string>(StringComparer.Ordinal);
        var izeForms = new Dictionary<string, string>(StringComparer.Ordinal);
        var iseForms = new HashSet<string>(StringComparer.Ordinal);
        using var reader = new StreamReader(EmbeddedData.Open("varcon-us-gb.txt"));
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var fields = line.Split('\t');
            var flags = fields[2];
            if (IsNoEvidence(fields[0], fields[1])) continue;
            var pair = new RegionalPair(fields[0], fields[1], flags.IndexOf('a') >= 0, flags.IndexOf('b') >= 0, flags.IndexOf('s') >= 0);
            if (pair.AmericanOnly) words[pair.American] = new RegionalSpelling(pair, SpellingRegion.American);
            if (pair.BritishOnly) words[pair.British] = new RegionalSpelling(pair, SpellingRegion.British);
            if (pair.AmericanOnly && !pair.BritishOnly && pair.British.Replace("ll", "l") == pair.American) doubledL[pair.British] = pair.American;
            if (!pair.AmericanOnly && IsIzeIse(pair.American, pair.British))
            {
                izeForms[pair.American] = pair.British;
                iseForms.Add(pair.British);
            }
        }
        return (words, izeForms, iseForms, doubledL);
    }

    /// <summary>
    /// Pairs whose spelling says nothing about the writer's region: a British "-lyses" verb form is also the plural of the
    /// "-lysis" noun, spelled so everywhere ("some analyses suggest", "paralyses"); and "tsar" / "czar" are both written on
    /// both sides (American copy writes "tsar" for the Russian emperors, British copy "czar" for a government's
    /// troubleshooter), though VarCon gives "tsar" to British spelling only. "Reprised" is how both write a role or a song
    /// done again ("reprised her role"); VarCon's American "reprized" is a rare form that news copy does not use.
    /// </summary>
    private static bool IsNoEvidence(string american, string british) =>
        british.EndsWith("lyses", StringComparison.Ordinal) || american.StartsWith("czar", StringComparison.Ordinal)
        || american == "reprized";

    /// <summary>True when the two spellings differ only by one z where the other has s ("organized", "organised").</summary>
    private static bool IsIzeIse(string ize, string ise)
    {
        if (ize.Length != ise.Length) return false;
        var differences = 0;
        for (var i = 0; i < ize.Length; i++)
        {
            if (ize[i] == ise[i]) continue;
            if (ize[i] != 'z' || ise[i] != 's') return false;
            differences++;
        }
        return differences == 1;
    }
}
