using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;

namespace Editorial.Rules.Spelling;

/// <summary>
/// The ordinary English words of SCOWL size 50 (American and British), all lower case, derived by
/// tools/wordlists/derive.py into Data/common-words.txt.gz. A lower-case word in this list is never taken for a
/// lower-cased proper noun: "may" beside "May", "defence" beside "Ministry of Defence", "white" beside "White House".
/// </summary>
internal static class CommonWords
{
    private static readonly Lazy<HashSet<string>> Words = new(Load);

    public static bool Contains(string lowerCaseWord) => Words.Value.Contains(lowerCaseWord);

    private static HashSet<string> Load()
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        using var stream = new GZipStream(RegionalLexicon.OpenResource("common-words.txt.gz"), CompressionMode.Decompress);
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0) words.Add(line);
        }
        return words;
    }
}
