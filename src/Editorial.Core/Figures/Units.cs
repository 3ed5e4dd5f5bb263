using System;
using System.Collections.Generic;
using System.Linq;

namespace Editorial.Figures;

/// <summary>A unit of measure: its symbol, what it measures, and how to turn it into that dimension's base unit
/// (<c>base = value * Factor + Offset</c>; the offset is for temperatures).</summary>
public sealed record Unit(string Symbol, string Dimension, double Factor, double Offset = 0)
{
    public double ToBase(double value) => value * Factor + Offset;
    public double FromBase(double value) => (value - Offset) / Factor;
}

/// <summary>The units the extractor knows, by every spelling an article may use, and the currencies: the data of
/// Data/figure-words.yml, embedded in the engine.</summary>
public static class Units
{
    public const string Length = "length";
    public const string Mass = "mass";
    public const string Temperature = "temperature";
    public const string Area = "area";
    public const string Volume = "volume";
    public const string Speed = "speed";
    /// <summary>A length of time ("a three-hour siege"), in minutes: no unit of <c>units:</c>, for "three hours" is read as a
    /// count by the extractor and keyed as a duration only where a noun of the profile's duration nouns says what lasted.</summary>
    public const string Duration = "duration";
    /// <summary>The moment of the day a clock time names, in minutes after midnight.</summary>
    public const string ClockTime = "clock time";

    /// <summary>Unit words as they follow a number (Data/figure-words.yml). "pounds" is also a currency; the context decides.</summary>
    private static readonly IReadOnlyDictionary<string, Unit> ByWord = FigureWords.Instance.UnitsByWord;

    /// <summary>Currency symbols written before the amount.</summary>
    public static IReadOnlyDictionary<string, string> CurrencySymbols => FigureWords.Instance.CurrencySymbols;

    /// <summary>Currency words written after the amount.</summary>
    public static IReadOnlyDictionary<string, string> CurrencyWords => FigureWords.Instance.CurrencyWords;

    /// <summary>Letters written against a "$" that name another dollar than the US one.</summary>
    public static IReadOnlyDictionary<string, string> DollarPrefixes => FigureWords.Instance.DollarPrefixes;

    /// <summary>True for a word that may stand between a number and its unit of length and says no more than the unit
    /// ("998 horizontal miles"); "vertical" and "additional" make it another length and are none.</summary>
    public static bool IsLengthModifier(string word) => FigureWords.Instance.LengthModifiers.Contains(word);

    public static bool TryGet(string word, out Unit unit) => ByWord.TryGetValue(word, out unit!);

    public static Unit? BySymbol(string symbol) => ByWord.Values.FirstOrDefault(u => u.Symbol == symbol);

    /// <summary>How <paramref name="word"/>, a unit written as an adjective ("a 31-mile border"), is written after
    /// <paramref name="value"/> when the unit follows the number: "31 miles", "120 km", "1 mile", "8 feet". An abbreviation
    /// has no plural; a word's plural is the spelling of the same unit that adds "s" or "es" to it, or turns its "oo" to "ee".</summary>
    public static string AfterNumber(string word, double value)
    {
        if (value == 1 || !TryGet(word, out var unit) || word.Equals(unit.Symbol, StringComparison.OrdinalIgnoreCase)) return word;
        foreach (var plural in new[] { word + "s", word + "es", word.Replace("oo", "ee") })
        {
            if (plural != word && TryGet(plural, out var same) && ReferenceEquals(same, unit)) return plural;
        }
        return word;
    }

    /// <summary>The longest unit spelling among <paramref name="words"/>' first one or two words; returns how many words it took.</summary>
    public static int Match(IReadOnlyList<string> words, out Unit? unit)
    {
        unit = null;
        if (words.Count >= 2 && ByWord.TryGetValue(words[0] + " " + words[1], out var twoWords))
        {
            unit = twoWords;
            return 2;
        }
        if (words.Count >= 1 && ByWord.TryGetValue(words[0], out var oneWord))
        {
            unit = oneWord;
            return 1;
        }
        return 0;
    }
}
