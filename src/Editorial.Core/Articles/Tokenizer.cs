using System.Collections.Generic;
using Editorial.Text;

namespace Editorial.Articles;

/// <summary>
/// Splits a block of the prose view into words, numbers and punctuation. It reads each character once and never
/// backtracks. URLs become one punctuation-kind token so that no rule reads their parts as words.
/// </summary>
internal static class Tokenizer
{
    public static void Tokenize(char[] text, TextSpan block, List<Token> tokens)
    {
        var i = block.Start;
        var end = block.End;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }
            int next;
            TokenKind kind;
            if ((next = UrlEnd(text, i, end)) > i) kind = TokenKind.Punctuation;
            else if (char.IsLetter(c)) { next = WordEnd(text, i, end); kind = TokenKind.Word; }
            else if (char.IsDigit(c)) { next = NumberEnd(text, i, end); kind = TokenKind.Number; }
            else if (IsPossessive(text, i, end)) { next = i + 2; kind = TokenKind.Word; }
            else { next = i + 1; kind = TokenKind.Punctuation; }
            tokens.Add(new Token(TextSpan.FromBounds(i, next), new string(text, i, next - i), kind, -1, TokenFlags.None));
            i = next;
        }
    }

    private static int UrlEnd(char[] text, int i, int end)
    {
        if (!StartsWith(text, i, end, "http://") && !StartsWith(text, i, end, "https://") && !StartsWith(text, i, end, "www."))
        {
            return i;
        }
        var j = i;
        while (j < end && !char.IsWhiteSpace(text[j])) j++;
        // A URL does not end in the sentence's punctuation.
        while (j > i && text[j - 1] is '.' or ',' or ')' or ';' or ':' or '”' or '"') j--;
        return j;
    }

    private static bool StartsWith(char[] text, int i, int end, string prefix)
    {
        if (end - i < prefix.Length) return false;
        for (var k = 0; k < prefix.Length; k++)
        {
            if (char.ToLowerInvariant(text[i + k]) != prefix[k]) return false;
        }
        return true;
    }

    private static int WordEnd(char[] text, int start, int end)
    {
        var dotted = DottedAbbreviationEnd(text, start, end);
        if (dotted > start) return dotted;
        var j = start + 1;
        while (j < end)
        {
            var c = text[j];
            if (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                j++;
            }
            else if (c is '\'' or '’' && j + 1 < end && char.IsLetter(text[j + 1]) && !IsPossessive(text, j, end))
            {
                j += 2;
            }
            else if (c is '-' or '\u2010' && j + 1 < end && char.IsLetterOrDigit(text[j + 1]))
            {
                j += 2;
            }
            else
            {
                break;
            }
        }
        return j;
    }

    /// <summary>"U.S.", "a.m.", "D.C.": single letters each followed by a dot, at least two of them.</summary>
    private static int DottedAbbreviationEnd(char[] text, int start, int end)
    {
        var j = start;
        var letters = 0;
        while (j + 1 < end && char.IsLetter(text[j]) && text[j + 1] == '.' && (j + 2 >= end || !char.IsLetter(text[j + 2]) || (j + 3 < end && text[j + 3] == '.')))
        {
            j += 2;
            letters++;
            if (j >= end || !char.IsLetter(text[j])) break;
        }
        return letters >= 2 ? j : start;
    }

    /// <summary>The possessive "'s" (or "’s") at the end of a word is a token of its own, so "Kyiv’s" is checked as "Kyiv".</summary>
    private static bool IsPossessive(char[] text, int i, int end) =>
        i + 1 < end && text[i] is '\'' or '’' && text[i + 1] is 's' or 'S' && i > 0 && char.IsLetterOrDigit(text[i - 1])
        && (i + 2 >= end || !char.IsLetterOrDigit(text[i + 2]));

    private static int NumberEnd(char[] text, int start, int end)
    {
        var j = start + 1;
        while (j < end)
        {
            var c = text[j];
            if (char.IsDigit(c)) j++;
            else if (c is ',' or '.' or ':' && j + 1 < end && char.IsDigit(text[j + 1])) j += 2;
            else break;
        }
        // Attached suffixes: "4th", "1990s", "2.8m", "15km".
        while (j < end && char.IsLetter(text[j])) j++;
        return j;
    }
}
