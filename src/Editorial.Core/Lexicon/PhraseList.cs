using System;
using System.Collections.Generic;
using System.Linq;
using Editorial.Articles;

namespace Editorial.Lexicon;

/// <summary>
/// A profile list of phrases ("according to", "officials told media") matched against an article's word tokens:
/// whole words, in any case, one after the other with nothing but spaces between them.
/// </summary>
public sealed class PhraseList
{
    /// <summary>The phrases by their first word (in any case), longest first: a token is only tried against the phrases
    /// that can start with it, since every token of an article is tried.</summary>
    private readonly Dictionary<string, string[][]> _phrasesByFirstWord;

    public PhraseList(IEnumerable<string> entries)
    {
        _phrasesByFirstWord = entries
            .Select(entry => entry.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries))
            .Where(words => words.Length > 0)
            .OrderByDescending(words => words.Length)
            .GroupBy(words => words[0], StringComparer.OrdinalIgnoreCase)
            .ToDictionary(group => group.Key, group => group.ToArray(), StringComparer.OrdinalIgnoreCase);
        foreach (var first in _phrasesByFirstWord.Keys)
        {
            _firstWordLengths |= LengthBit(first.Length);
            _firstWordInitials |= InitialBit(first[0]);
        }
    }

    /// <summary>The lengths of the phrases' first words and their initials, case ignored, as bits (<see cref="LengthBit"/>,
    /// <see cref="InitialBit"/>): every word of an article is tried against several lists, and a word of another length or
    /// initial than every first word is passed over without the case-insensitive hash of a look-up.</summary>
    private readonly ulong _firstWordLengths;
    private readonly ulong _firstWordInitials;

    /// <summary>A length's bit; lengths of 63 or more share the last. Words equal but for case are as long as each other.</summary>
    private static ulong LengthBit(int length) => 1UL << Math.Min(length, 63);

    /// <summary>An initial's bit: an ASCII character's by its upper case, as a case-insensitive comparison compares it (several
    /// share one bit); any other character, which such a comparison may take for an ASCII letter ("ſ" for "S"), has every bit.</summary>
    private static ulong InitialBit(char initial) => initial < 128 ? 1UL << ((initial is >= 'a' and <= 'z' ? initial - 32 : initial) & 63) : ulong.MaxValue;

    /// <summary>True when <paramref name="word"/> may be the first word of a phrase: of a first word's length and initial.</summary>
    private bool MayStartPhrase(string word) =>
        (_firstWordLengths & LengthBit(word.Length)) != 0 && word.Length > 0 && (_firstWordInitials & InitialBit(word[0])) != 0;

    /// <summary>The number of tokens of the longest phrase that starts at <paramref name="start"/> and ends before
    /// <paramref name="end"/>; 0 when none does.</summary>
    public int MatchAt(TokenList tokens, int start, int end)
    {
        if (start >= end || !tokens[start].IsWord || !MayStartPhrase(tokens[start].Text) || !_phrasesByFirstWord.TryGetValue(tokens[start].Text, out var phrases)) return 0;
        foreach (var phrase in phrases)
        {
            if (start + phrase.Length > end) continue;
            var matches = true;
            for (var w = 1; w < phrase.Length && matches; w++)
            {
                var token = tokens[start + w];
                matches = token.IsWord && string.Equals(token.Text, phrase[w], StringComparison.OrdinalIgnoreCase)
                          && tokens[start + w - 1].Span.End < token.Span.Start;
            }
            if (matches) return phrase.Length;
        }
        return 0;
    }
}
