using System;
using System.Globalization;
using Editorial.Text;

namespace Editorial.Figures;

/// <summary>What a number in the text stands for. Only counts, ordinals and measured amounts are ever compared;
/// the other kinds are recognised so that no rule mistakes them for counts.</summary>
public enum FigureKind
{
    /// <summary>A number of things: "35 people", "nine", "dozens", "2.8 million".</summary>
    Count,
    /// <summary>A place in a series: "third round", "4th".</summary>
    Ordinal,
    /// <summary>"40%", "40 percent", "40 per cent".</summary>
    Percentage,
    /// <summary>An amount of a currency: "$5 million", "€3bn", "200 euros". <see cref="Figure.Unit"/> is the currency code.</summary>
    Money,
    /// <summary>A quantity with a unit: "15 kilometers", "30C", "12 kg". <see cref="Figure.Unit"/> names the unit.</summary>
    Measure,
    /// <summary>A day of a month or a full date: "February 24", "14 March 2022", "2022-03-14".</summary>
    Date,
    /// <summary>A year or a decade: "2022", "the 1990s".</summary>
    Year,
    /// <summary>A clock time: "08:20", "0820 GMT", "8 a.m.".</summary>
    Time,
    /// <summary>An age: "33-year-old", "aged 33", "33 years old".</summary>
    Age,
    /// <summary>A number that is part of a name: "World War 2", "Boeing 737", "Second World War", "4th Brigade".</summary>
    Name,
    /// <summary>A number used as an adjective: "nine-story building", "a five-day visit".</summary>
    Modifier,
    /// <summary>The two sides of a vote or a score: "134 to 63", "won 3-1", "a 134-to-63 vote". <see cref="Figure.Value"/> is the
    /// first number, <see cref="Figure.Interval"/> spans both. No rule counts it; story grouping compares it.</summary>
    Tally,
}

/// <summary>How the text qualifies a figure; the hedge turns the stated number into an <see cref="Interval"/>.</summary>
public enum Hedge
{
    None,
    /// <summary>"at least", "no fewer than", "or more".</summary>
    AtLeast,
    /// <summary>"more than", "over", "upwards of".</summary>
    MoreThan,
    /// <summary>"nearly", "almost", "just under": a little below the number.</summary>
    Nearly,
    /// <summary>"about", "around", "roughly", "some", "an estimated".</summary>
    About,
    /// <summary>"up to", "as many as", "at most".</summary>
    UpTo,
    /// <summary>"fewer than", "less than", "under".</summary>
    FewerThan,
    /// <summary>"10 to 20", "10-20", "between 10 and 20".</summary>
    Range,
    /// <summary>A number word that names an order of magnitude: "dozens", "hundreds", "thousands".</summary>
    Vague,
}

/// <summary>The values a figure allows, with open or closed ends; infinite ends are open.</summary>
public readonly struct Interval : IEquatable<Interval>
{
    public Interval(double low, double high, bool lowInclusive = true, bool highInclusive = true)
    {
        Low = low;
        High = high;
        LowInclusive = lowInclusive && !double.IsInfinity(low);
        HighInclusive = highInclusive && !double.IsInfinity(high);
    }

    public double Low { get; }
    public double High { get; }
    public bool LowInclusive { get; }
    public bool HighInclusive { get; }

    public static Interval Exactly(double value) => new(value, value);

    public bool Contains(double value) =>
        (value > Low || (LowInclusive && value == Low)) && (value < High || (HighInclusive && value == High));

    /// <summary>True when some value satisfies both intervals: the two figures can both be true.</summary>
    public bool Intersects(Interval other)
    {
        var low = Math.Max(Low, other.Low);
        var high = Math.Min(High, other.High);
        if (low < high) return true;
        if (low > high) return false;
        return Contains(low) && other.Contains(low);
    }

    public bool Equals(Interval other) =>
        Low.Equals(other.Low) && High.Equals(other.High) && LowInclusive == other.LowInclusive && HighInclusive == other.HighInclusive;

    public override bool Equals(object? obj) => obj is Interval other && Equals(other);
    public override int GetHashCode() => Low.GetHashCode() ^ (High.GetHashCode() * 31);

    public override string ToString() =>
        (LowInclusive ? "[" : "(") + Format(Low) + ", " + Format(High) + (HighInclusive ? "]" : ")");

    private static string Format(double value) =>
        double.IsPositiveInfinity(value) ? "inf" : double.IsNegativeInfinity(value) ? "-inf" : value.ToString("0.####", CultureInfo.InvariantCulture);
}

/// <summary>
/// A number found in an article, read for what it is: its kind, the number as written, the hedge around it and the
/// interval of values it allows (taking the rounding the text shows into account: "2,200" stands for 2,150 to 2,250).
/// </summary>
public sealed class Figure
{
    public Figure(FigureKind kind, TextSpan span, string text, double value, Interval interval, Hedge hedge, string? unit,
        int firstToken, int lastToken, int numberFirstToken, int numberLastToken, int sentenceIndex)
    {
        Kind = kind;
        Span = span;
        Text = text;
        Value = value;
        Interval = interval;
        Hedge = hedge;
        Unit = unit;
        FirstToken = firstToken;
        LastToken = lastToken;
        NumberFirstToken = numberFirstToken;
        NumberLastToken = numberLastToken;
        SentenceIndex = sentenceIndex;
    }

    /// <summary>The same figure <paramref name="characters"/> further on in the text and <paramref name="tokens"/> further on
    /// in the tokens, in sentence <paramref name="sentenceIndex"/>: a figure kept by sentence, placed where its sentence
    /// stands (or, with negative distances, taken back to its sentence's start).</summary>
    internal Figure MovedBy(int characters, int tokens, int sentenceIndex) =>
        new(Kind, new TextSpan(Span.Start + characters, Span.Length), Text, Value, Interval, Hedge, Unit, FirstToken + tokens, LastToken + tokens,
            NumberFirstToken + tokens, NumberLastToken + tokens, sentenceIndex);

    public FigureKind Kind { get; }
    /// <summary>The figure with its hedge and unit: "at least 35", "15 kilometers", "$5 million".</summary>
    public TextSpan Span { get; }
    public string Text { get; }
    /// <summary>The number as stated: the lower end of a range, the year of a year, the first number of a date or a time.</summary>
    public double Value { get; }
    /// <summary>The values the figure allows, in <see cref="Unit"/> when there is one.</summary>
    public Interval Interval { get; }
    public Hedge Hedge { get; }
    /// <summary>"%" for percentages, an ISO currency code for money, a unit symbol ("km", "mi", "kg", "C") for measures.</summary>
    public string? Unit { get; }
    /// <summary>The first and last of the article's tokens the figure covers, hedge and unit included.</summary>
    public int FirstToken { get; }
    public int LastToken { get; }
    /// <summary>The first and last tokens of the number itself as written, without hedge, currency sign or unit: "35" in
    /// "at least 35 people", "2.8m" in "$2.8m", "two hundred" in "about two hundred"; the first number of a range.</summary>
    public int NumberFirstToken { get; }
    public int NumberLastToken { get; }
    public int SentenceIndex { get; }

    /// <summary>True for a count of none: "no one was injured", "nobody died".</summary>
    public bool IsNone => Kind == FigureKind.Count && Value == 0;

    /// <summary>True for the figures that state an amount (counts, ordinals, percentages, money, measures).</summary>
    public bool IsQuantity => Kind is FigureKind.Count or FigureKind.Ordinal or FigureKind.Percentage or FigureKind.Money or FigureKind.Measure;

    public override string ToString() => $"{Kind} '{Text}' {Interval}{(Unit is null ? "" : " " + Unit)}";
}
