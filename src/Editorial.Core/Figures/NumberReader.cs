using System;
using System.Collections.Generic;
using System.Globalization;
using Editorial.Articles;
using Editorial.Text;

namespace Editorial.Figures;

/// <summary>
/// The first step of <see cref="FigureExtractor"/>: a number as it is written, in digits ("2,187", "2.8 million", "15km",
/// "$2.8m"), in words ("nine", "two hundred and fifty", "dozens", "tens of thousands"), as an ordinal or a modifier
/// ("nine-story"), with the rounding its writing shows. What the number counts is the classifier's to read.
/// </summary>
internal static class NumberReader
{
    /// <summary>Words after a number that make it a clock time ("14:00 GMT", "9 a.m.").</summary>
    public static readonly HashSet<string> TimeZones = new(StringComparer.OrdinalIgnoreCase)
    {
        "GMT", "UTC", "BST", "CET", "CEST", "EET", "EEST", "EST", "EDT", "PST", "PDT", "MSK", "a.m.", "p.m.", "am", "pm", "hrs", "hours", "o'clock",
    };

    /// <summary>The words after "one" that show it is a pronoun or an idiom, not a count ("one of them", "one day").</summary>
    private static readonly HashSet<string> NotAfterOne = new(StringComparer.OrdinalIgnoreCase)
    {
        "of", "another", "who", "which", "that", "and", "or", "the", "a", "day", "time", "way", "side", "hand", "thing", "another's",
    };

    /// <summary>The words of no hyphen that <see cref="StartsNumber"/> can take for a number's start: the number words, and the
    /// words that start one only before another ("tens of", "a dozen", "an estimated million"). Any other word of no hyphen
    /// starts no number, which one look-up tells (<see cref="FigureLexicon.MayStartFigure"/>).</summary>
    public static readonly HashSet<string> StartWords = new(
        [.. NumberWords.Cardinals.Keys, .. NumberWords.Ordinals.Keys, .. NumberWords.Magnitudes.Keys, "tens", "a", "an"],
        StringComparer.OrdinalIgnoreCase);

    public static bool StartsNumber(in SentenceWindow w, int i)
    {
        if (!w.Has(i)) return false;
        var token = w.Tokens[i];
        if (token.Kind == TokenKind.Number) return true;
        if (token.Kind == TokenKind.Punctuation) return Units.CurrencySymbols.ContainsKey(token.Text) && w.Has(i + 1) && w.Tokens[i + 1].Kind == TokenKind.Number;
        var word = token.Text;
        if (NumberWords.TryCardinal(word, out _) || NumberWords.TryOrdinal(word, out _) || NumberWords.Magnitudes.ContainsKey(word)
            || NumberWords.IsNumberModifier(word)) return true;
        if (string.Equals(word, "tens", StringComparison.OrdinalIgnoreCase) && w.IsWord(i + 1, "of")) return true;
        return (word is "a" or "A" or "an" or "An") && w.Has(i + 1) && NumberWords.Scales.ContainsKey(w.Word(i + 1)) && w.Word(i + 1).Length > 2
            || (word is "a" or "A") && w.IsWord(i + 1, "dozen");
    }

    public static bool TryRead(in SentenceWindow w, int i, out WrittenNumber number)
    {
        number = default;
        number.Scale = 1;
        var currency = (string?)null;
        if (w.Tokens[i].Kind == TokenKind.Punctuation)
        {
            currency = Units.CurrencySymbols[w.Tokens[i].Text];
            // "S$4,500", "A$2 billion": letters against the dollar sign say whose dollar.
            if (w.Tokens[i].Text == "$" && w.Has(i - 1) && w.Tokens[i - 1].Kind == TokenKind.Word && w.Adjacent(i - 1)
                && Units.DollarPrefixes.TryGetValue(w.Tokens[i - 1].Text, out var dollar)) currency = dollar;
            i++;
        }
        else if (w.Tokens[i].Kind == TokenKind.Word && w.Has(i - 1) && w.Tokens[i - 1].Kind == TokenKind.Punctuation
                 && Units.CurrencySymbols.TryGetValue(w.Tokens[i - 1].Text, out var before) && w.Adjacent(i - 1))
        {
            currency = before;
        }
        number.Start = i;
        var token = w.Tokens[i];
        if (token.Kind == TokenKind.Number)
        {
            if (!ReadDigits(w, i, currency is not null, ref number)) return false;
        }
        else if (!ReadWords(w, i, ref number))
        {
            return false;
        }
        if (currency is not null)
        {
            if (number.IsOrdinal || number.Kind is not null) return false;
            number.Currency = currency;
        }
        return true;
    }

    private static bool ReadDigits(in SentenceWindow w, int i, bool isMoney, ref WrittenNumber number)
    {
        var text = w.Tokens[i].Text;
        // "000" of "40 000" or "12, 000": a group of thousands set apart from its number, which reads it (SplitGroupsEnd). Left
        // alone (after a year), it is still no number: none of its own starts with a nought.
        if (IsThreeDigits(text) && text[0] == '0') return false;
        number.End = i + 1;
        number.IsDigits = true;
        if (text.IndexOf(':') >= 0)
        {
            number.Kind = FigureKind.Time;
            int.TryParse(text.Substring(0, text.IndexOf(':')), NumberStyles.None, CultureInfo.InvariantCulture, out var hour);
            number.Value = hour;
            // "10:15 p.m.", "14:00 GMT": the half of the day or the zone is part of the time, as in "8 a.m.".
            if (TimeZones.Contains(w.Word(i + 1)) && !w.IsWord(i + 1, "hours")) number.End = i + 2;
            return true;
        }
        var digitsEnd = 0;
        while (digitsEnd < text.Length && (char.IsDigit(text[digitsEnd]) || text[digitsEnd] is ',' or '.')) digitsEnd++;
        var digits = text.Substring(0, digitsEnd);
        var suffix = text.Substring(digitsEnd);
        if (NumberWords.TryOrdinal(text, out var ordinal))
        {
            number.Value = ordinal;
            number.IsOrdinal = true;
            return true;
        }
        // "40.000", "1.500.000": dots that group thousands, as newsrooms of continental Europe write them.
        if (suffix.Length == 0 && IsDotGrouped(digits)) digits = digits.Replace('.', ',');
        if (suffix.Length == 0 && Digits.Only(digits) && digits.Length <= 3) number.End = SplitGroupsEnd(w, i, ref digits);
        if (!TryParseDigits(digits, out var value, out var decimals)) return false;
        number.Value = value;
        number.HasCommaOrScale = digits.IndexOf(',') >= 0;
        number.HalfStep = decimals > 0 ? 0.5 * Math.Pow(10, -decimals) : RoundingHalfStep(value);
        if (suffix.Length > 0)
        {
            if (suffix is "s" or "S")
            {
                number.Kind = FigureKind.Year;
                return true;
            }
            if (!isMoney && Units.BySymbol(suffix) is { Dimension: Units.Length } length && IsDimensionAfter(w, i))
            {
                // "an 80m-deep well", "a 5m high wall": before the adjective of a dimension "m" is the metre, not a million.
                number.Kind = FigureKind.Measure;
                number.Unit = length.Symbol;
            }
            else if (NumberWords.Scales.TryGetValue(suffix, out var attachedScale))
            {
                ApplyScale(ref number, attachedScale, decimals);
            }
            else if (TimeZones.Contains(suffix) || suffix.Equals("h", StringComparison.OrdinalIgnoreCase))
            {
                number.Kind = FigureKind.Time;
            }
            else if (Units.TryGet(suffix, out var attachedUnit))
            {
                number.Kind = FigureKind.Measure;
                number.Unit = attachedUnit.Symbol;
            }
            else
            {
                return false;
            }
            return true;
        }
        // "2.8 million", "1.5 billion"; and "$5.6” billion", where a quotation closed on the number and its scale was left
        // outside: the mark, written against the number, is no part of what it says.
        var lastDigits = number.End - 1;
        var scaleAt = IsClosingMarkOnNumber(w, lastDigits) ? lastDigits + 2 : lastDigits + 1;
        if (w.Has(scaleAt) && NumberWords.Scales.TryGetValue(w.Word(scaleAt), out var scale) && w.Word(scaleAt).Length > 2)
        {
            ApplyScale(ref number, scale, decimals);
            number.End = scaleAt + 1;
        }
        return true;
    }

    /// <summary>"deep" of "80m-deep" or "80m deep": the adjective of a dimension after the number.</summary>
    private static bool IsDimensionAfter(in SentenceWindow w, int i) =>
        FigureWords.Instance.DimensionAdjectives.Contains(w.Word(i + 1))
        || (w.IsPunctuation(i + 1, '-') && w.Adjacent(i) && w.Adjacent(i + 1) && FigureWords.Instance.DimensionAdjectives.Contains(w.Word(i + 2)));

    /// <summary>
    /// The end of a number whose groups of thousands stand apart from it: "40 000" with a no-break or thin space, "40 000"
    /// and "12, 000" (a slip of the keyboard after the comma) with a plain one; <paramref name="digits"/> becomes the number
    /// with commas ("40,000"). After a plain space or a comma only a group that starts with a nought is joined, which no
    /// number of its own does: "March 12, 200 people" is a date and a count, "5 100-metre races" five races.
    /// </summary>
    private static int SplitGroupsEnd(in SentenceWindow w, int i, ref string digits)
    {
        var last = i;
        while (true)
        {
            var group = last + 1;
            var afterComma = w.IsPunctuation(group, ',') && w.Adjacent(last);
            if (afterComma) group++;
            var space = w.OneCharacterAfter(group - 1);
            if (!w.Has(group) || w.Tokens[group].Kind != TokenKind.Number || !IsThreeDigits(w.Tokens[group].Text) || !char.IsWhiteSpace(space)) break;
            var isGroupingSpace = !afterComma && space is '\u00A0' or '\u202F' or '\u2009';
            if (!isGroupingSpace && w.Tokens[group].Text[0] != '0') break;
            digits += "," + w.Tokens[group].Text;
            last = group;
        }
        return last + 1;
    }

    /// <summary>"40.000", "1.500.000": groups of three digits after a first of one to three, joined by dots. One group is
    /// a decimal unless it ends in noughts, which a decimal written as such would not show ("1.5" is not written "1.500").</summary>
    private static bool IsDotGrouped(string digits)
    {
        var groups = digits.Split('.');
        if (groups.Length < 2 || groups[0].Length is 0 or > 3 || groups[0][0] == '0' || !Digits.Only(groups[0])) return false;
        for (var k = 1; k < groups.Length; k++)
        {
            if (!IsThreeDigits(groups[k])) return false;
        }
        return groups.Length > 2 || groups[1].EndsWith("00", StringComparison.Ordinal);
    }

    private static bool IsThreeDigits(string text) => text.Length == 3 && Digits.Only(text);

    private static bool IsClosingMarkOnNumber(in SentenceWindow w, int i) =>
        w.Adjacent(i) && w.Tokens[i + 1].Kind == TokenKind.Punctuation && w.Tokens[i + 1].Text.Length == 1 && QuotationMarks.IsClosing(w.Tokens[i + 1].Text[0]);

    /// <summary>Multiplies the number by its scale word ("2.8 million"). Its rounding is that of the digits before the scale, in
    /// the scale's units: "2.8 million" is ±50,000, and "400 million" as round as "400" is (±20 million), not exact to the million.</summary>
    private static void ApplyScale(ref WrittenNumber number, double scale, int decimals)
    {
        var digitsHalfStep = decimals > 0 ? 0.5 * Math.Pow(10, -decimals) : Math.Max(0.5, RoundingHalfStep(number.Value));
        number.Value *= scale;
        number.Scale = scale;
        number.HalfStep = digitsHalfStep * scale;
        number.HasCommaOrScale = true;
    }

    private static bool ReadWords(in SentenceWindow w, int i, ref WrittenNumber number)
    {
        var word = w.Tokens[i].Text;
        number.End = i + 1;
        if (NumberWords.TryOrdinal(word, out var ordinal))
        {
            number.Value = ordinal;
            number.IsOrdinal = true;
            return true;
        }
        if (NumberWords.Magnitudes.TryGetValue(word, out var magnitude))
        {
            number.Magnitude = magnitude;
            // "hundreds of thousands", "tens of thousands".
            if (w.IsWord(i + 1, "of") && NumberWords.Magnitudes.TryGetValue(w.Word(i + 2), out var of) && of.Low > magnitude.Low)
            {
                number.Magnitude = new Interval(magnitude.Low * of.Low / 2, magnitude.High * of.Low / 2, true, false);
                number.End = i + 3;
            }
            number.Value = number.Magnitude.Value.Low;
            return true;
        }
        if (string.Equals(word, "tens", StringComparison.OrdinalIgnoreCase))
        {
            if (!NumberWords.Magnitudes.TryGetValue(w.Word(i + 2), out var of)) return false;
            number.Magnitude = new Interval(10 * of.Low, 100 * of.Low / 2, true, false);
            number.Value = number.Magnitude.Value.Low;
            number.End = i + 3;
            return true;
        }
        if (NumberWords.IsWrittenAge(word, out var age))
        {
            // "a five-year-old boy", "the twenty-five-year-old": an age written in words, as it is written in digits.
            number.Value = age;
            number.Kind = FigureKind.Age;
            return true;
        }
        if (NumberWords.IsNumberModifier(word))
        {
            // "nine-story", "five-day": the number qualifies the word it is joined to.
            NumberWords.TryCardinal(word.Substring(0, word.IndexOf('-')), out var modifier);
            number.Value = modifier;
            number.Kind = FigureKind.Modifier;
            return true;
        }
        double value;
        if (word is "a" or "A" or "an" or "An")
        {
            value = 1;
        }
        else if (NumberWords.TryCardinal(word, out var cardinal))
        {
            if (cardinal == 1 && (!w.Has(i + 1) || w.Tokens[i + 1].Kind != TokenKind.Word || NotAfterOne.Contains(w.Word(i + 1)))) return false;
            value = cardinal;
        }
        else
        {
            return false;
        }
        var next = i + 1;
        if (string.Equals(w.Word(next), "dozen", StringComparison.OrdinalIgnoreCase) && value < 12)
        {
            value *= 12;
            next++;
        }
        // "two hundred", "three hundred thousand", "nine million".
        var halfStep = 0.0;
        while (w.Has(next) && NumberWords.Scales.TryGetValue(w.Word(next), out var scale) && w.Word(next).Length > 2)
        {
            value *= scale;
            number.Scale *= scale;
            halfStep = RoundingHalfStep(value);
            next++;
            number.HasCommaOrScale = true;
            // "two hundred and fifty": the tail is exact to the unit.
            if (w.IsWord(next, "and") && NumberWords.TryCardinal(w.Word(next + 1), out var tail) && tail < scale)
            {
                value += tail;
                halfStep = 0;
                next += 2;
            }
        }
        if (word is "a" or "A" or "an" or "An" && next == i + 1) return false;
        number.Value = value;
        number.HalfStep = halfStep;
        number.End = next;
        return true;
    }

    private static bool TryParseDigits(string digits, out double value, out int decimals)
    {
        decimals = 0;
        var point = digits.LastIndexOf('.');
        if (point >= 0) decimals = digits.Length - point - 1;
        return double.TryParse(digits.Replace(",", ""), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>A measure in whole units is rounded at least to the unit: "15 kilometers" is 14.5 to 15.5.</summary>
    public static double LastDigitHalfStep(double value) => value == Math.Floor(value) ? Math.Max(0.5, RoundingHalfStep(value)) : 0;

    /// <summary>
    /// Round hundreds and thousands are often rounded counts: "2,200" stands for 2,150 to 2,250. The step is capped at
    /// 5% of the value, so that "1,000" is not read as anything from 500 to 1,500. Small numbers are exact.
    /// </summary>
    public static double RoundingHalfStep(double value) => Rounding.HalfStep(value, 100, 0.05);
}

    /// <summary>A number as written, before its context is read (<see cref="NumberReader"/>).</summary>
    internal struct WrittenNumber
    {
        public double Value;
        /// <summary>The first token of the number as written, after a currency sign: "2.8m" in "$2.8m".</summary>
        public int Start;
        /// <summary>Half the rounding step the text shows: "2,200" is ±50, "2.8 million" ±50,000, "35" exact.</summary>
        public double HalfStep;
        public int End;
        public bool IsOrdinal;
        public Interval? Magnitude;
        public FigureKind? Kind;
        public string? Unit;
        public string? Currency;
        public bool HasCommaOrScale;
        /// <summary>The scale word or suffix applied ("million": 1e6); 1 when there is none.</summary>
        public double Scale;
        public bool IsDigits;
    }
