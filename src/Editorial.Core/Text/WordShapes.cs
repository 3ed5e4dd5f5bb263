using System;
using System.Collections.Generic;

namespace Editorial.Text;

/// <summary>
/// The lengths and initials of a set of words, as bits: a rule that tries every word of an article against a set passes over
/// a word of another length or initial than every word of the set without hashing it. Several lengths and initials share a
/// bit, so a word that may be in the set is then looked up; one that may not is certainly not in it.
/// </summary>
internal struct WordShapes
{
    private readonly bool _ignoreCase;
    private ulong _lengths;
    private ulong _initials;

    private WordShapes(bool ignoreCase) => _ignoreCase = ignoreCase;

    /// <param name="ignoreCase">The set is looked up ignoring case (<see cref="StringComparer.OrdinalIgnoreCase"/>), not ordinally.</param>
    public static WordShapes Of(IEnumerable<string> words, bool ignoreCase)
    {
        var shapes = new WordShapes(ignoreCase);
        foreach (var word in words) shapes.Add(word);
        return shapes;
    }

    private void Add(string word)
    {
        _lengths |= LengthBit(word.Length);
        if (word.Length > 0) _initials |= InitialBit(word[0]);
    }

    /// <summary>False when <paramref name="word"/> is certainly none of the words added.</summary>
    public readonly bool MayHold(string word) =>
        (_lengths & LengthBit(word.Length)) != 0 && (word.Length == 0 || (_initials & InitialBit(word[0])) != 0);

    /// <summary>A length's bit; lengths of 63 or more share the last. Words equal but for case are as long as each other.</summary>
    private static ulong LengthBit(int length) => 1UL << Math.Min(length, 63);

    /// <summary>An initial's bit. Ignoring case, an ASCII character's is its upper case's, and any other character, which such a
    /// comparison may take for an ASCII letter ("ſ" for "S"), has every bit.</summary>
    private readonly ulong InitialBit(char initial)
    {
        if (!_ignoreCase) return 1UL << (initial & 63);
        return initial < 128 ? 1UL << ((initial is >= 'a' and <= 'z' ? initial - 32 : initial) & 63) : ulong.MaxValue;
    }
}
