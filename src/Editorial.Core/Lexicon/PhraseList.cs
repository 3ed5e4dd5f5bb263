using System;
using System.Collections.Generic;
using System.Linq;
using Editorial.Articles;
using Editorial.Text;

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
        _firstWords = WordShapes.Of(_phrasesByFirstWord.Keys, ignoreCase: true);
    }

    /// <summary>The shapes of the phrases' first words: every word of an article is tried against several lists, and a word no
    /// first word's length and initial has is passed over without the case-insensitive hash of a look-up.</summary>
    private readonly WordShapes _firstWords;

    /// <summary>The number of tokens of the longest phrase that starts at <paramref name="start"/> and ends before
    /// <paramref name="end"/>; 0 when none does.</summary>
    public int MatchAt(TokenList tokens, int start, int end)
    {
        if (start >= end || !tokens[start].IsWord || !_firstWords.MayHold(tokens[start].Text) || !_phrasesByFirstWord.TryGetValue(tokens[start].Text, out var phrases)) return 0;
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
