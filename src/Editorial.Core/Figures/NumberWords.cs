using System;
using System.Collections.Generic;

namespace Editorial.Figures;

/// <summary>Numbers written as words: cardinals ("nine", "twenty-five"), scales ("hundred", "million"), ordinals ("third")
/// and the words that name an order of magnitude ("dozens").</summary>
internal static class NumberWords
{
    // The words and their values are data (Data/figure-words.yml): this class reads numbers out of them.
    public static readonly IReadOnlyDictionary<string, int> Cardinals = FigureWords.Instance.Cardinals;
    public static readonly IReadOnlyDictionary<string, double> Scales = FigureWords.Instance.Scales;
    public static readonly IReadOnlyDictionary<string, int> Ordinals = FigureWords.Instance.Ordinals;
    /// <summary>Plural magnitude words and the values they allow: "dozens" is two dozen or more, well short of a hundred.</summary>
    public static readonly IReadOnlyDictionary<string, Interval> Magnitudes = FigureWords.Instance.Magnitudes;

    /// <summary>The value of a cardinal word, including hyphenated compounds ("twenty-five").</summary>
    public static bool TryCardinal(string word, out int value)
    {
        if (Cardinals.TryGetValue(word, out value)) return true;
        var hyphen = word.IndexOf('-');
        if (hyphen > 0 && Cardinals.TryGetValue(word.Substring(0, hyphen), out var tens) && tens % 10 == 0 && tens >= 20
            && Cardinals.TryGetValue(word.Substring(hyphen + 1), out var units) && units < 10)
        {
            value = tens + units;
            return true;
        }
        value = 0;
        return false;
    }

    /// <summary>The value of an ordinal word ("third", "twenty-first") or an ordinal in digits ("4th", "21st").</summary>
    public static bool TryOrdinal(string word, out int value)
    {
        if (Ordinals.TryGetValue(word, out value)) return true;
        var hyphen = word.IndexOf('-');
        if (hyphen > 0 && Cardinals.TryGetValue(word.Substring(0, hyphen), out var tens) && tens % 10 == 0 && tens >= 20
            && Ordinals.TryGetValue(word.Substring(hyphen + 1), out var units) && units < 10)
        {
            value = tens + units;
            return true;
        }
        if (word.Length > 2 && char.IsDigit(word[0]))
        {
            var suffix = word.Substring(word.Length - 2).ToLowerInvariant();
            if (suffix is "st" or "nd" or "rd" or "th" && int.TryParse(word.Substring(0, word.Length - 2), out value)) return true;
        }
        value = 0;
        return false;
    }

    /// <summary>An age written in one word: "five-year-old", "twenty-five-year-old"; <paramref name="age"/> is the years.</summary>
    public static bool IsWrittenAge(string word, out int age)
    {
        const string years = "-year-old";
        age = 0;
        return word.Length > years.Length && word.EndsWith(years, StringComparison.OrdinalIgnoreCase) && TryCardinal(word.Substring(0, word.Length - years.Length), out age);
    }

    /// <summary>A hyphenated word whose first part is a number: "nine-story", "five-day", "two-hour".</summary>
    public static bool IsNumberModifier(string word)
    {
        var hyphen = word.IndexOf('-');
        if (hyphen <= 0 || hyphen == word.Length - 1) return false;
        return TryCardinal(word.Substring(0, hyphen), out _) && !TryCardinal(word, out _) && !TryOrdinal(word, out _);
    }
}
