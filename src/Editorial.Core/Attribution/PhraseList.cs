using System;
using System.Collections.Generic;
using System.Linq;
using Editorial.Articles;

namespace Editorial.Attribution;

/// <summary>
/// A profile list of phrases ("according to", "officials told media") matched against an article's word tokens:
/// whole words, in any case, one after the other with nothing but spaces between them.
/// </summary>
public sealed class PhraseList
{
    private readonly string[][] _phrases;

    public PhraseList(IEnumerable<string> entries)
    {
        _phrases = entries
            .Select(entry => entry.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries))
            .Where(words => words.Length > 0)
            .OrderByDescending(words => words.Length)
            .ToArray();
    }

    /// <summary>The number of tokens of the longest phrase that starts at <paramref name="start"/> and ends before
    /// <paramref name="end"/>; 0 when none does.</summary>
    public int MatchAt(IReadOnlyList<Token> tokens, int start, int end)
    {
        foreach (var phrase in _phrases)
        {
            if (start + phrase.Length > end) continue;
            var matches = true;
            for (var w = 0; w < phrase.Length && matches; w++)
            {
                var token = tokens[start + w];
                matches = token.IsWord && string.Equals(token.Text, phrase[w], StringComparison.OrdinalIgnoreCase)
                          && (w == 0 || tokens[start + w - 1].Span.End < token.Span.Start);
            }
            if (matches) return phrase.Length;
        }
        return 0;
    }
}
