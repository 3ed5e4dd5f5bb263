using System;
using System.Collections.Generic;
using Editorial.Articles;

namespace Editorial.Rules.Spelling;

/// <summary>
/// A lower-case word misspelt beside the same word written right in the same article: "adminstration" where the article
/// also writes "administration", "superdelegtes" beside "superdelegates" three times. Both spellings become occurrences of
/// one key, the misspelling marked as a slip (<see cref="VariantOccurrence.IsSlip"/>), for ED1001 to compare as it compares a
/// name with its typo.
/// </summary>
/// <remarks>
/// The misspelling is a word of ASCII letters that no list knows (neither the common words, nor the proper names, nor the
/// rarer real words one slip from a common word: <see cref="RareWords"/>, "mater" beside "matter"), one typing slip from the model
/// (<see cref="NameVariants.IsOneSlip"/>: a letter replaced, left out or added, or two swapped, never the last letter, which
/// is an ending). The model is a word the list knows, or one the article writes at least twice and twice as often as the
/// slip; and only one word of the article may be such a model, or the slip says nothing of which word was meant. A lone
/// misspelling with no model in the article ("unitl" in an article that never writes "until") is not this rule's: no
/// other form of the word is there to compare it with.
/// </remarks>
internal static class WordSlips
{
    private const string KeyPrefix = "word:";

    // Shorter words are one slip from too many others to tell which was meant ("form" / "from", "trail" / "trial").
    private const int MinimumLetters = 5;

    public static void Find(Article article, List<VariantOccurrence> occurrences)
    {
        var tokens = article.Tokens;
        Dictionary<string, List<int>>? unknown = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!IsLowerCaseWord(tokens[i], out var text) || text.Length < MinimumLetters || !IsAscii(text)) continue;
            if (CommonWords.ContainsLowered(text) || ProperNames.Contains(text)) continue;
            AddPlace(unknown ??= new Dictionary<string, List<int>>(StringComparer.Ordinal), text, i);
        }
        if (unknown is null) return;

        // The lower-case words of the article with where each stands: the slips' models. Read only when some word is unknown,
        // which most articles have (a name lower-cased in a handle's text, a rare word).
        var written = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (IsLowerCaseWord(tokens[i], out var text) && text.Length >= MinimumLetters - 1 && IsAscii(text)) AddPlace(written, text, i);
        }
        foreach (var slip in unknown)
        {
            string? model = null;
            var models = 0;
            foreach (var candidate in written)
            {
                if (candidate.Key == slip.Key || !NameVariants.IsOneSlip(slip.Key, candidate.Key)
                    || !IsModel(candidate.Key, candidate.Value.Count, slip.Value.Count)) continue;
                model = candidate.Key;
                models++;
            }
            if (models != 1 || RareWords.Contains(slip.Key)) continue;
            var key = KeyPrefix + model;
            foreach (var place in written[model!]) occurrences.Add(Occurrence(key, tokens[place], isSlip: false));
            foreach (var place in slip.Value) occurrences.Add(Occurrence(key, tokens[place], isSlip: true));
        }
    }

    private static bool IsModel(string word, int written, int slipWritten) =>
        CommonWords.ContainsLowered(word) || written >= 2 && written >= 2 * slipWritten && !ProperNames.Contains(word);

    /// <summary>A word of letters only, the first in lower case: a word as running text writes it. Capitalised words are
    /// names or sentence starts, which <see cref="NameVariants"/> reads.</summary>
    private static bool IsLowerCaseWord(Token token, out string text)
    {
        text = token.Text;
        return token.IsWord && char.IsLower(text[0]) && SpellingText.IsLetters(text);
    }

    /// <summary>A typing slip of an English word is typed on an English keyboard: a word with other letters is a foreign word,
    /// or letters of a garbled character ("narrativeâ" where a closing quotation mark was decoded as three characters); and a
    /// plain letter for an accented one ("fiancee" beside "fiancée") is a choice of diacritics, not a slip of the keys.</summary>
    private static bool IsAscii(string word)
    {
        foreach (var c in word)
        {
            if (c >= 0x80) return false;
        }
        return true;
    }

    private static void AddPlace(Dictionary<string, List<int>> places, string word, int index)
    {
        if (!places.TryGetValue(word, out var list)) places[word] = list = new List<int>();
        list.Add(index);
    }

    private static VariantOccurrence Occurrence(string key, Token token, bool isSlip) =>
        new(key, token.Text, token.Span, token.Text, VariantKind.Name, token.IsTranscribed, token.IsInHeading, null) { IsSlip = isSlip };
}
