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

/// <summary>The units the extractor knows, by every spelling an article may use, and the currencies.</summary>
public static class Units
{
    public const string Length = "length";
    public const string Mass = "mass";
    public const string Temperature = "temperature";
    public const string Area = "area";
    public const string Volume = "volume";
    public const string Speed = "speed";

    private static readonly Unit Kilometer = new("km", Length, 1000);
    private static readonly Unit Meter = new("m", Length, 1);
    private static readonly Unit Centimeter = new("cm", Length, 0.01);
    private static readonly Unit Mile = new("mi", Length, 1609.344);
    private static readonly Unit Foot = new("ft", Length, 0.3048);
    private static readonly Unit Inch = new("in", Length, 0.0254);
    private static readonly Unit Yard = new("yd", Length, 0.9144);
    private static readonly Unit Kilogram = new("kg", Mass, 1);
    private static readonly Unit Gram = new("g", Mass, 0.001);
    private static readonly Unit Tonne = new("t", Mass, 1000);
    private static readonly Unit Pound = new("lb", Mass, 0.45359237);
    private static readonly Unit Ounce = new("oz", Mass, 0.028349523125);
    private static readonly Unit Celsius = new("C", Temperature, 1);
    private static readonly Unit Fahrenheit = new("F", Temperature, 5.0 / 9, -32 * 5.0 / 9);
    private static readonly Unit Hectare = new("ha", Area, 10_000);
    private static readonly Unit Acre = new("acre", Area, 4046.8564224);
    private static readonly Unit SquareKilometer = new("km2", Area, 1e6);
    private static readonly Unit SquareMile = new("sq mi", Area, 2_589_988.110336);
    private static readonly Unit Liter = new("l", Volume, 1);
    private static readonly Unit Gallon = new("gal", Volume, 3.785411784);
    private static readonly Unit KilometersPerHour = new("km/h", Speed, 1 / 3.6);
    private static readonly Unit MilesPerHour = new("mph", Speed, 0.44704);

    /// <summary>Unit words, lower case, as they follow a number. "pounds" is also a currency; the context decides.</summary>
    private static readonly Dictionary<string, Unit> ByWord = new(StringComparer.OrdinalIgnoreCase)
    {
        ["km"] = Kilometer, ["kms"] = Kilometer, ["kilometer"] = Kilometer, ["kilometers"] = Kilometer, ["kilometre"] = Kilometer, ["kilometres"] = Kilometer,
        ["meter"] = Meter, ["meters"] = Meter, ["metre"] = Meter, ["metres"] = Meter,
        ["cm"] = Centimeter, ["centimeter"] = Centimeter, ["centimeters"] = Centimeter, ["centimetre"] = Centimeter, ["centimetres"] = Centimeter,
        ["mile"] = Mile, ["miles"] = Mile, ["mi"] = Mile,
        ["foot"] = Foot, ["feet"] = Foot, ["ft"] = Foot,
        ["inch"] = Inch, ["inches"] = Inch,
        ["yard"] = Yard, ["yards"] = Yard,
        ["kg"] = Kilogram, ["kgs"] = Kilogram, ["kilogram"] = Kilogram, ["kilograms"] = Kilogram, ["kilo"] = Kilogram, ["kilos"] = Kilogram,
        ["gram"] = Gram, ["grams"] = Gram, ["g"] = Gram,
        ["tonne"] = Tonne, ["tonnes"] = Tonne, ["metric tons"] = Tonne,
        ["lb"] = Pound, ["lbs"] = Pound, ["pound"] = Pound, ["pounds"] = Pound,
        ["oz"] = Ounce, ["ounce"] = Ounce, ["ounces"] = Ounce,
        ["c"] = Celsius, ["°c"] = Celsius, ["celsius"] = Celsius, ["centigrade"] = Celsius,
        ["f"] = Fahrenheit, ["°f"] = Fahrenheit, ["fahrenheit"] = Fahrenheit,
        ["hectare"] = Hectare, ["hectares"] = Hectare, ["ha"] = Hectare,
        ["acre"] = Acre, ["acres"] = Acre,
        ["km2"] = SquareKilometer, ["sq km"] = SquareKilometer, ["square kilometers"] = SquareKilometer, ["square kilometres"] = SquareKilometer,
        ["sq mi"] = SquareMile, ["square miles"] = SquareMile,
        ["liter"] = Liter, ["liters"] = Liter, ["litre"] = Liter, ["litres"] = Liter,
        ["gallon"] = Gallon, ["gallons"] = Gallon,
        ["km/h"] = KilometersPerHour, ["kph"] = KilometersPerHour, ["kmh"] = KilometersPerHour, ["mph"] = MilesPerHour,
    };

    /// <summary>Currency symbols written before the amount.</summary>
    public static readonly IReadOnlyDictionary<string, string> CurrencySymbols = new Dictionary<string, string>
    {
        ["$"] = "USD", ["€"] = "EUR", ["£"] = "GBP", ["¥"] = "JPY", ["₴"] = "UAH", ["₽"] = "RUB",
    };

    /// <summary>Currency words written after the amount.</summary>
    public static readonly IReadOnlyDictionary<string, string> CurrencyWords = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["dollar"] = "USD", ["dollars"] = "USD", ["euro"] = "EUR", ["euros"] = "EUR", ["pounds sterling"] = "GBP",
        ["rouble"] = "RUB", ["roubles"] = "RUB", ["ruble"] = "RUB", ["rubles"] = "RUB", ["hryvnia"] = "UAH", ["hryvnias"] = "UAH",
        ["yen"] = "JPY", ["yuan"] = "CNY", ["usd"] = "USD", ["eur"] = "EUR", ["gbp"] = "GBP",
    };

    public static bool TryGet(string word, out Unit unit) => ByWord.TryGetValue(word, out unit!);

    public static Unit? BySymbol(string symbol) => ByWord.Values.FirstOrDefault(u => u.Symbol == symbol);

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
