using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using Editorial.Text;

namespace Editorial.Rules.Spelling;

/// <summary>
/// The ordinary English words of SCOWL size 50 (American and British), all lower case, derived by
/// tools/wordlists/derive.py into Data/common-words.txt.gz. A lower-case word in this list is never taken for a
/// lower-cased proper noun: "may" beside "May", "defence" beside "Ministry of Defence", "white" beside "White House".
/// </summary>
internal static class CommonWords
{
    private static readonly Lazy<HashSet<string>> Words = new(() => WordList.Load("common-words.txt.gz", word => word));

    public static bool Contains(string lowerCaseWord) => Words.Value.Contains(lowerCaseWord);
}

/// <summary>
/// The capitalised words of SCOWL size 50 (American and British): names of places, people and organisations
/// ("Minnesota", "Pyongyang", "Middletown"), derived by tools/wordlists/derive.py into Data/proper-names.txt.gz. A name
/// in this list is spelled right, so it is no typo of another ("Middleton" beside "Middletown"), and a name one slip
/// from it is the typo ("Minnetota").
/// </summary>
internal static class ProperNames
{
    private static readonly Lazy<HashSet<string>> Names = new(() => WordList.Load("proper-names.txt.gz", NameVariants.Letters));

    /// <summary>True when the list spells <paramref name="name"/> so, case and diacritics aside.</summary>
    public static bool Contains(string name) => ContainsLetters(NameVariants.Letters(name));

    /// <summary>True when the list has a name whose <see cref="NameVariants.Letters"/> are <paramref name="letters"/>.</summary>
    public static bool ContainsLetters(string letters) => Names.Value.Contains(letters);
}

/// <summary>Reads one of the embedded gzipped word lists, a word a line.</summary>
internal static class WordList
{
    public static HashSet<string> Load(string resource, Func<string, string> key)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        using var stream = new GZipStream(EmbeddedData.Open(resource), CompressionMode.Decompress);
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0) words.Add(key(line));
        }
        return words;
    }
}
