using System;
using Editorial.Lexicon;

namespace Editorial.Rules.Spelling;

/// <summary>
/// The capitalised words of SCOWL size 50 (American and British): names of places, people and organisations
/// ("Minnesota", "Pyongyang", "Middletown"), derived by tools/wordlists/derive.py into Data/proper-names.txt.gz. A name
/// in this list is spelled right, so it is no typo of another ("Middleton" beside "Middletown"), and a name one slip
/// from it is the typo ("Minnetota"). The list holds each name as its <see cref="NameVariants.Letters"/> ("minnesota"),
/// the form it is looked up by, so loading it is reading it.
/// </summary>
internal static class ProperNames
{
    private static readonly Lazy<WordSet> Names = new(() => WordSet.Load("proper-names.txt.gz"));

    /// <summary>True when the list spells <paramref name="name"/> so, case and diacritics aside.</summary>
    public static bool Contains(string name) => ContainsLetters(NameVariants.Letters(name));

    /// <summary>True when the list has a name whose <see cref="NameVariants.Letters"/> are <paramref name="letters"/>.</summary>
    public static bool ContainsLetters(string letters) => Names.Value.Contains(letters);
}

/// <summary>
/// Real words that SCOWL size 50 lacks and that are one typing slip from one of its words ("mater" beside "matter",
/// "therm" beside "them", "iodide" beside "iodine"): the words of the public-domain ENABLE2K list that are so, and the words
/// of computing of cspell-dicts' software terms ("backend" beside "backed", "semver" beside "server", "structs" beside
/// "struts"), which pages written as code use as ordinary words; derived by tools/wordlists/derive.py into
/// Data/rare-words.txt.gz. Such a word is no misspelling of the common word an article
/// writes elsewhere (<see cref="WordSlips"/>). Loaded the first time a slip is suspected, which most articles never need.
/// </summary>
internal static class RareWords
{
    private static readonly Lazy<WordSet> Words = new(() => WordSet.Load("rare-words.txt.gz"));

    public static bool Contains(string lowerCaseWord) => Words.Value.Contains(lowerCaseWord);

    /// <summary>True for a word of the list or its plural in "-s" ("tweens" of "tween", beside "teens"): the list keeps the
    /// words that are one slip from a common word, and a plural may be so when its singular is not in the source list.</summary>
    public static bool ContainsOrPluralOf(string lowerCaseWord) => Words.Value.ContainsOrPluralOf(lowerCaseWord);
}
