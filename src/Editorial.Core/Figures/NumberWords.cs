using System;
using System.Collections.Generic;

namespace Editorial.Figures;

/// <summary>Numbers written as words: cardinals ("nine", "twenty-five"), scales ("hundred", "million"), ordinals ("third")
/// and the words that name an order of magnitude ("dozens").</summary>
internal static class NumberWords
{
    public static readonly IReadOnlyDictionary<string, int> Cardinals = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8,
        ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15,
        ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30,
        ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
        ["dozen"] = 12,
    };

    public static readonly IReadOnlyDictionary<string, double> Scales = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase)
    {
        ["hundred"] = 1e2, ["thousand"] = 1e3, ["million"] = 1e6, ["billion"] = 1e9, ["trillion"] = 1e12,
        ["m"] = 1e6, ["mn"] = 1e6, ["bn"] = 1e9, ["k"] = 1e3, ["tn"] = 1e12,
    };

    public static readonly IReadOnlyDictionary<string, int> Ordinals = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5, ["sixth"] = 6, ["seventh"] = 7,
        ["eighth"] = 8, ["ninth"] = 9, ["tenth"] = 10, ["eleventh"] = 11, ["twelfth"] = 12, ["thirteenth"] = 13,
        ["fourteenth"] = 14, ["fifteenth"] = 15, ["sixteenth"] = 16, ["seventeenth"] = 17, ["eighteenth"] = 18,
        ["nineteenth"] = 19, ["twentieth"] = 20, ["thirtieth"] = 30, ["fortieth"] = 40, ["fiftieth"] = 50, ["hundredth"] = 100,
    };

    /// <summary>Plural magnitude words and the values they allow: "dozens" is two dozen or more, well short of a hundred.</summary>
    public static readonly IReadOnlyDictionary<string, Interval> Magnitudes = new Dictionary<string, Interval>(StringComparer.OrdinalIgnoreCase)
    {
        ["dozens"] = new(20, 150, true, false),
        ["scores"] = new(40, 200, true, false),
        ["hundreds"] = new(200, 2_000, true, false),
        ["thousands"] = new(2_000, 2_000_000, true, false),
        ["millions"] = new(2e6, 2e9, true, false),
    };

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

    /// <summary>A hyphenated word whose first part is a number: "nine-story", "five-day", "two-hour".</summary>
    public static bool IsNumberModifier(string word)
    {
        var hyphen = word.IndexOf('-');
        if (hyphen <= 0 || hyphen == word.Length - 1) return false;
        return TryCardinal(word.Substring(0, hyphen), out _) && !TryCardinal(word, out _) && !TryOrdinal(word, out _);
    }
}
