using System;
using System.Collections.Generic;

namespace Editorial.Text;

/// <summary>Where a word's capitals stand.</summary>
internal static class Capitals
{
    /// <summary>True for a word of a name or a post written in title case: capitalised, or one of the small words titles keep
    /// in lower case ("Member of Parliament for Hull North", "The Times Higher Education Supplement").</summary>
    public static bool IsTitleCaseWord(string word) => word.Length > 0 && (char.IsUpper(word[0]) || TitleSmallWords.Contains(word));

    private static readonly HashSet<string> TitleSmallWords = new(StringComparer.Ordinal) { "of", "the", "and", "for", "on" };

    /// <summary>A capital after a lower-case letter: "InputObject", "McDonald", "iPhone"; not "Kyiv" or "KYIV".</summary>
    public static bool HasInnerCapital(string word) => HasInnerCapital(word, 0, word.Length);

    /// <summary><see cref="HasInnerCapital(string)"/> of the characters of <paramref name="text"/> from <paramref name="start"/>
    /// to <paramref name="end"/>, read in place (the last label of "java.lang.NullPointerException").</summary>
    public static bool HasInnerCapital(string text, int start, int end)
    {
        for (var i = start + 1; i < end; i++)
        {
            if (char.IsUpper(text[i]) && char.IsLower(text[i - 1])) return true;
        }
        return false;
    }
}
