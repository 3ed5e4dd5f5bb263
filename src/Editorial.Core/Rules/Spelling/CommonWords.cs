using System;
using System.IO;
using System.IO.Compression;
using System.Text;
using Editorial.Text;

namespace Editorial.Rules.Spelling;

/// <summary>
/// The ordinary English words of SCOWL size 50 (American and British), all lower case, derived by
/// tools/wordlists/derive.py into Data/common-words.txt.gz. A lower-case word in this list is never taken for a
/// lower-cased proper noun: "may" beside "May", "defence" beside "Ministry of Defence", "white" beside "White House".
/// </summary>
internal static class CommonWords
{
    private static readonly Lazy<WordSet> Words = new(() => WordSet.Load("common-words.txt.gz"));

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
    private static readonly Lazy<WordSet> Names = new(() => WordSet.Load("proper-names.txt.gz", NameVariants.Letters));

    /// <summary>True when the list spells <paramref name="name"/> so, case and diacritics aside.</summary>
    public static bool Contains(string name) => ContainsLetters(NameVariants.Letters(name));

    /// <summary>True when the list has a name whose <see cref="NameVariants.Letters"/> are <paramref name="letters"/>.</summary>
    public static bool ContainsLetters(string letters) => Names.Value.Contains(letters);
}

/// <summary>
/// The words of one of the embedded gzipped word lists (a word a line), as a read-only set held in two objects: the list's
/// text and an open-addressing table of where each word starts. A set of 65,000 strings cost a one-article check a third of
/// its start-up, mostly in allocating them and in the collection that then compacted them.
/// </summary>
internal sealed class WordSet
{
    /// <summary>Every word once, each followed by a line feed.</summary>
    private readonly string _words;

    /// <summary>Slots by hash: 1 + the offset of a word in <see cref="_words"/>, 0 for an empty slot. At most half are full.</summary>
    private readonly int[] _slots;

    private WordSet(string words, int[] slots) => (_words, _slots) = (words, slots);

    /// <summary>The list <paramref name="resource"/>, each word taken as <paramref name="key"/> gives it when there is one.</summary>
    public static WordSet Load(string resource, Func<string, string>? key = null)
    {
        string text;
        using (var stream = new GZipStream(EmbeddedData.Open(resource), CompressionMode.Decompress))
        using (var reader = new StreamReader(stream))
        {
            text = reader.ReadToEnd();
        }
        if (key is not null) text = KeyedLines(text, key);
        if (text.Length > 0 && text[text.Length - 1] != '\n') text += "\n";

        var lines = 0;
        foreach (var c in text)
        {
            if (c == '\n') lines++;
        }
        var slots = new int[TableSize(lines)];
        var set = new WordSet(text, slots);
        for (var start = 0; start < text.Length;)
        {
            var end = text.IndexOf('\n', start);
            if (end > start && set.Find(text, start, end - start) is var slot and < 0) slots[~slot] = start + 1;
            start = end + 1;
        }
        return set;
    }

    /// <summary>True when the list holds <paramref name="word"/>; a line feed in it could match two listed words together.</summary>
    public bool Contains(string word) => word.IndexOf('\n') < 0 && Find(word, 0, word.Length) >= 0;

    /// <summary>The slot that holds the word <paramref name="source"/> has at <paramref name="start"/>, or the complement of the
    /// empty slot where it would go.</summary>
    private int Find(string source, int start, int length)
    {
        var mask = _slots.Length - 1;
        for (var slot = Hash(source, start, length) & mask; ; slot = (slot + 1) & mask)
        {
            var entry = _slots[slot];
            if (entry == 0) return ~slot;
            var wordStart = entry - 1;
            if (wordStart + length < _words.Length && _words[wordStart + length] == '\n'
                && string.CompareOrdinal(_words, wordStart, source, start, length) == 0) return slot;
        }
    }

    /// <summary>FNV-1a over the UTF-16 code units of a part of a string, which <see cref="string.GetHashCode()"/> cannot
    /// hash without making a string of it.</summary>
    private static int Hash(string source, int start, int length)
    {
        var hash = 2166136261u;
        for (var i = start; i < start + length; i++) hash = (hash ^ source[i]) * 16777619u;
        return (int)(hash ^ (hash >> 15));
    }

    private static int TableSize(int words)
    {
        var size = 16;
        while (size < words * 2) size *= 2;
        return size;
    }

    private static string KeyedLines(string text, Func<string, string> key)
    {
        var keyed = new StringBuilder(text.Length);
        foreach (var line in text.Split('\n'))
        {
            if (line.Length > 0) keyed.Append(key(line)).Append('\n');
        }
        return keyed.ToString();
    }
}
