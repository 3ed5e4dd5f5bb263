using System;
using System.IO;
using System.IO.Compression;
using System.Text;
using Editorial.Text;

namespace Editorial.Lexicon;

/// <summary>
/// The ordinary English words of SCOWL size 50 (American and British), all lower case, derived by
/// tools/wordlists/derive.py into Data/common-words.txt.gz. A lower-case word in this list is never taken for a
/// lower-cased proper noun: "may" beside "May", "defence" beside "Ministry of Defence", "white" beside "White House".
/// </summary>
internal static class CommonWords
{
    private static readonly Lazy<WordSet> Words = new(() => WordSet.Load("common-words.txt.gz"));

    public static bool Contains(string lowerCaseWord) => Words.Value.Contains(lowerCaseWord);

    /// <summary><see cref="Contains(string)"/>, or a plural in "s" of a listed word: SCOWL lists most plurals but not all
    /// ("customizations", "integrations"), and a plural the list lacks is as ordinary as its singular.</summary>
    public static bool ContainsOrPluralOf(string lowerCaseWord) => Words.Value.ContainsOrPluralOf(lowerCaseWord);

    /// <summary><see cref="Contains(string)"/> of <paramref name="word"/> in lower case (<see cref="string.ToLowerInvariant"/>), with no
    /// lower-case copy made of a word of ASCII letters: the spelling rules ask it of most capitalised words of an article.</summary>
    public static bool ContainsLowered(string word) => Words.Value.ContainsLowered(word);

    /// <summary><see cref="Contains(string)"/> of the first <paramref name="length"/> characters of <paramref name="asciiLetters"/>, lower-case
    /// ASCII letters, with no string made of them: a spelling rule looks up hundreds of edits of one word.</summary>
    public static bool Contains(char[] asciiLetters, int length) => Words.Value.Contains(asciiLetters, length);

    /// <summary>The length of the longest word in the list: a longer word is none of them, nor one slip from one if it is
    /// longer by two or more.</summary>
    public static int LongestLength => Words.Value.LongestLength;
}

/// <summary>
/// The words of one of the embedded gzipped word lists (a word a line), as a read-only set held in two arrays: the list's
/// UTF-8 bytes and an open-addressing table of where each word starts. A set of 65,000 strings cost a one-article check a
/// third of its start-up, mostly in allocating them and in the collection that then compacted them; the list's bytes are
/// half the memory of its text as a string, and the lists are ASCII, so a word is compared with them as it is.
/// </summary>
internal sealed class WordSet
{
    /// <summary>Every word once in UTF-8, each followed by a line feed.</summary>
    private readonly byte[] _words;

    /// <summary>Slots by hash: 1 + the offset of a word in <see cref="_words"/>, 0 for an empty slot. At most half are full.</summary>
    private readonly int[] _slots;

    private WordSet(byte[] words, int[] slots) => (_words, _slots) = (words, slots);

    /// <summary>The most UTF-8 bytes of a listed word: its characters, in a list of ASCII words.</summary>
    public int LongestLength { get; private set; }

    /// <summary>The list <paramref name="resource"/>.</summary>
    public static WordSet Load(string resource)
    {
        var bytes = Decompressed(resource);
        if (bytes.Length > 0 && bytes[bytes.Length - 1] != (byte)'\n') bytes = [.. bytes, (byte)'\n'];

        var lines = 0;
        foreach (var b in bytes)
        {
            if (b == '\n') lines++;
        }
        var set = new WordSet(bytes, new int[TableSize(lines)]);
        for (var start = 0; start < bytes.Length;)
        {
            var end = Array.IndexOf(bytes, (byte)'\n', start);
            if (end > start && set.Find(new ListedBytes(bytes, start, end - start)) is var slot and < 0) set._slots[~slot] = start + 1;
            set.LongestLength = Math.Max(set.LongestLength, end - start);
            start = end + 1;
        }
        return set;
    }

    /// <summary>True when the list holds <paramref name="word"/>; a line feed in it could match two listed words together.</summary>
    public bool Contains(string word) => Holds(word, lowered: false);

    /// <summary><see cref="Contains(string)"/>, or a plural in "s" of a listed word, which a list may lack though it is as much a
    /// word as its singular.</summary>
    public bool ContainsOrPluralOf(string lowerCaseWord) =>
        Contains(lowerCaseWord) || lowerCaseWord.Length > MinimumPluralLetters && lowerCaseWord[lowerCaseWord.Length - 1] == 's'
        && Contains(lowerCaseWord.Substring(0, lowerCaseWord.Length - 1));

    // "gas" and "bus" are no plurals of "ga" and "bu".
    private const int MinimumPluralLetters = 3;

    /// <summary><see cref="Contains(string)"/> of <paramref name="word"/>.ToLowerInvariant(), which for ASCII lowers A to Z alone: such a word
    /// is looked up lowered as it is read.</summary>
    public bool ContainsLowered(string word) => Holds(word, lowered: true);

    /// <summary><see cref="Contains(string)"/> of the first <paramref name="length"/> characters of <paramref name="asciiLetters"/>, each of which
    /// is an ASCII character other than a line feed.</summary>
    public bool Contains(char[] asciiLetters, int length) => Find(new AsciiWord(asciiLetters.AsMemory(0, length), lowered: false)) >= 0;

    private bool Holds(string word, bool lowered)
    {
        foreach (var c in word)
        {
            if (c == '\n') return false;
            if (c >= 0x80)
            {
                var encoded = Encoding.UTF8.GetBytes(lowered ? word.ToLowerInvariant() : word);
                return Find(new ListedBytes(encoded, 0, encoded.Length)) >= 0;
            }
        }
        return Find(new AsciiWord(word.AsMemory(), lowered)) >= 0;
    }

    /// <summary>The slot that holds <paramref name="key"/>'s word, or the complement of the empty slot where it would go. The
    /// key is a struct type argument, so each kind of key gets a probe loop of its own with its hash and comparison inlined.</summary>
    private int Find<TKey>(TKey key) where TKey : struct, IProbeKey
    {
        var mask = _slots.Length - 1;
        for (var slot = key.Hash() & mask; ; slot = (slot + 1) & mask)
        {
            var entry = _slots[slot];
            if (entry == 0) return ~slot;
            if (IsWordAt(entry - 1, key.Length) && key.IsAt(_words, entry - 1)) return slot;
        }
    }

    /// <summary>A word looked up in the table: its length in UTF-8 bytes, its hash, and whether the list's bytes at an offset
    /// spell it.</summary>
    private interface IProbeKey
    {
        int Length { get; }

        int Hash();

        bool IsAt(byte[] words, int start);
    }

    /// <summary>A word's UTF-8 bytes where they lie in an array (a listed word while loading, or a word encoded to look up).</summary>
    private readonly struct ListedBytes(byte[] source, int start, int length) : IProbeKey
    {
        public int Length => length;

        public int Hash()
        {
            var hash = Fnv1a.Basis32;
            for (var i = start; i < start + length; i++) hash = Fnv1a.Add32(hash, source[i]);
            return Finish(hash);
        }

        public bool IsAt(byte[] words, int at)
        {
            for (var i = 0; i < length; i++)
            {
                if (words[at + i] != source[start + i]) return false;
            }
            return true;
        }
    }

    /// <summary>A word of ASCII characters (a string, or the start of a buffer), each of which is its own UTF-8 byte, so it
    /// hashes and compares as its bytes would without being encoded; <paramref name="lowered"/>, the word with A to Z in lower
    /// case.</summary>
    private readonly struct AsciiWord(ReadOnlyMemory<char> word, bool lowered) : IProbeKey
    {
        public int Length => word.Length;

        public int Hash()
        {
            var hash = Fnv1a.Basis32;
            foreach (var c in word.Span) hash = Fnv1a.Add32(hash, lowered ? Lower(c) : c);
            return Finish(hash);
        }

        public bool IsAt(byte[] words, int at)
        {
            var span = word.Span;
            for (var i = 0; i < span.Length; i++)
            {
                if (words[at + i] != (lowered ? Lower(span[i]) : span[i])) return false;
            }
            return true;
        }
    }

    private static char Lower(char ascii) => ascii is >= 'A' and <= 'Z' ? (char)(ascii + ('a' - 'A')) : ascii;

    /// <summary>True when a listed word of <paramref name="length"/> bytes can start at <paramref name="start"/>.</summary>
    private bool IsWordAt(int start, int length) => start + length < _words.Length && _words[start + length] == '\n';

    private static int Finish(uint hash) => (int)(hash ^ (hash >> 15));

    private static int TableSize(int words)
    {
        var size = 16;
        while (size < words * 2) size *= 2;
        return size;
    }

    /// <summary>The list's bytes, read into one array of the size the gzip trailer gives (its last four bytes, little-endian),
    /// not grown as they come.</summary>
    private static byte[] Decompressed(string resource)
    {
        using var compressed = EmbeddedData.Open(resource);
        compressed.Seek(-4, SeekOrigin.End);
        var trailer = ReadFully(compressed, new byte[4]);
        compressed.Position = 0;
        using var gzip = new GZipStream(compressed, CompressionMode.Decompress);
        return ReadFully(gzip, new byte[trailer[0] | trailer[1] << 8 | trailer[2] << 16 | trailer[3] << 24]);
    }

    private static byte[] ReadFully(Stream stream, byte[] buffer)
    {
        for (int read = 0, chunk; read < buffer.Length; read += chunk)
        {
            chunk = stream.Read(buffer, read, buffer.Length - read);
            if (chunk == 0) throw new InvalidDataException("An embedded word list ends before its stated length.");
        }
        return buffer;
    }
}
