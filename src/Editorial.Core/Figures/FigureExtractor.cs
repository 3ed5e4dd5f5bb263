using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Editorial.Articles;
using Editorial.Text;

namespace Editorial.Figures;

/// <summary>
/// Finds the figures of an article in its tokens: digits ("2,187", "2.8 million", "15km"), number words ("nine",
/// "two hundred", "dozens"), ordinals ("third", "4th"), hedges ("at least 35", "nearly 2,200", "up to 180"), ranges
/// ("10 to 20", "10-20"), percentages, money and measures. Dates, years, clock times, ages, numbers in names and numbers
/// used as adjectives are recognised as such, so that no rule compares them as counts.
/// </summary>
public static class FigureExtractor
{
    /// <summary>The hedges by their first word (any case), longest first: every token of the prose is tried as a hedge's start.</summary>
    private static readonly Dictionary<string, (string[] Words, Hedge Hedge)[]> HedgesByFirstWord = new (string, Hedge)[]
    {
        ("at least", Hedge.AtLeast), ("no fewer than", Hedge.AtLeast), ("no less than", Hedge.AtLeast), ("a minimum of", Hedge.AtLeast),
        ("more than", Hedge.MoreThan), ("just over", Hedge.MoreThan), ("well over", Hedge.MoreThan), ("over", Hedge.MoreThan),
        ("upwards of", Hedge.MoreThan), ("in excess of", Hedge.MoreThan), ("above", Hedge.MoreThan),
        ("nearly", Hedge.Nearly), ("almost", Hedge.Nearly), ("just under", Hedge.Nearly), ("close to", Hedge.Nearly),
        ("just shy of", Hedge.Nearly), ("just below", Hedge.Nearly),
        ("about", Hedge.About), ("around", Hedge.About), ("approximately", Hedge.About), ("roughly", Hedge.About),
        ("an estimated", Hedge.About), ("some", Hedge.About), ("circa", Hedge.About), ("an approximate", Hedge.About),
        ("up to", Hedge.UpTo), ("as many as", Hedge.UpTo), ("at most", Hedge.UpTo), ("no more than", Hedge.UpTo), ("a maximum of", Hedge.UpTo),
        ("fewer than", Hedge.FewerThan), ("less than", Hedge.FewerThan), ("under", Hedge.FewerThan), ("below", Hedge.FewerThan),
        ("between", Hedge.Range), ("from", Hedge.Range),
    }.Select(h => (Words: h.Item1.Split(' '), Hedge: h.Item2)).OrderByDescending(h => h.Words.Length)
        .GroupBy(h => h.Words[0], StringComparer.OrdinalIgnoreCase)
        .ToDictionary(group => group.Key, group => group.ToArray(), StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> TimeZones = new(StringComparer.OrdinalIgnoreCase)
    {
        "GMT", "UTC", "BST", "CET", "CEST", "EET", "EEST", "EST", "EDT", "PST", "PDT", "MSK", "a.m.", "p.m.", "am", "pm", "hrs", "hours", "o'clock",
    };

    /// <summary>The words after "one" that show it is a pronoun or an idiom, not a count ("one of them", "one day").</summary>
    private static readonly HashSet<string> NotAfterOne = new(StringComparer.OrdinalIgnoreCase)
    {
        "of", "another", "who", "which", "that", "and", "or", "the", "a", "day", "time", "way", "side", "hand", "thing", "another's",
    };

    /// <summary>Every figure of the article's prose, in text order.</summary>
    public static IReadOnlyList<Figure> Extract(Article article)
    {
        var figures = new List<Figure>();
        foreach (var sentence in article.Sentences)
        {
            var reader = new SentenceReader(article, sentence);
            var i = sentence.FirstToken;
            var end = sentence.FirstToken + sentence.TokenCount;
            while (i < end)
            {
                var figure = reader.ReadAt(i);
                if (figure is null)
                {
                    i++;
                    continue;
                }
                figures.Add(figure);
                i = figure.LastToken + 1;
            }
        }
        return figures;
    }

    /// <summary>Reads figures inside one sentence; never looks past its ends.</summary>
    private sealed class SentenceReader
    {
        private readonly Article _article;
        private readonly Sentence _sentence;
        private readonly int _start;
        private readonly int _end;

        public SentenceReader(Article article, Sentence sentence)
        {
            _article = article;
            _sentence = sentence;
            _start = sentence.FirstToken;
            _end = sentence.FirstToken + sentence.TokenCount;
            _isTitleCase = IsTitleCase();
        }

        /// <summary>A headline in title case ("Ukraine Says 9 Killed, 57 Wounded"): its capitals say nothing about names.</summary>
        private readonly bool _isTitleCase;

        private bool IsTitleCase()
        {
            var words = 0;
            var capitalised = 0;
            for (var i = _start; i < _end; i++)
            {
                if (Tokens[i].Kind != TokenKind.Word || Tokens[i].Text.Length < 4) continue;
                words++;
                if (Tokens[i].StartsUpper) capitalised++;
            }
            return words >= 3 && capitalised >= words * 0.8;
        }

        private TokenList Tokens => _article.Tokens;

        private bool Has(int i) => i >= _start && i < _end;

        private string Word(int i) => Has(i) && Tokens[i].Kind != TokenKind.Punctuation ? Tokens[i].Text : "";

        private bool IsWord(int i, string word) => Has(i) && Tokens[i].Kind == TokenKind.Word && string.Equals(Tokens[i].Text, word, StringComparison.OrdinalIgnoreCase);

        private bool IsPunctuation(int i, char c) => Has(i) && Tokens[i].IsPunctuation(c);

        /// <summary>True when tokens <paramref name="i"/> and <paramref name="i"/>+1 touch, with no space between.</summary>
        private bool Adjacent(int i) => Has(i) && Has(i + 1) && Tokens[i].Span.End == Tokens[i + 1].Span.Start;

        public Figure? ReadAt(int i)
        {
            var hedge = Hedge.None;
            var numberStart = i;
            var hedges = Has(i) && Tokens[i].Kind == TokenKind.Word && HedgesByFirstWord.TryGetValue(Tokens[i].Text, out var startingHere)
                ? startingHere
                : [];
            foreach (var (words, kind) in hedges)
            {
                if (MatchesWords(i, words) && StartsNumber(i + words.Length))
                {
                    hedge = kind;
                    numberStart = i + words.Length;
                    break;
                }
            }
            if (!StartsNumber(numberStart)) return null;
            if (!TryReadNumber(numberStart, out var number)) return null;
            return Classify(i, numberStart, hedge, number);
        }

        private bool MatchesWords(int i, string[] words)
        {
            for (var k = 0; k < words.Length; k++)
            {
                if (!IsWord(i + k, words[k])) return false;
            }
            return true;
        }

        private bool StartsNumber(int i)
        {
            if (!Has(i)) return false;
            var token = Tokens[i];
            if (token.Kind == TokenKind.Number) return true;
            if (token.Kind == TokenKind.Punctuation) return Units.CurrencySymbols.ContainsKey(token.Text) && Has(i + 1) && Tokens[i + 1].Kind == TokenKind.Number;
            var word = token.Text;
            if (NumberWords.TryCardinal(word, out _) || NumberWords.TryOrdinal(word, out _) || NumberWords.Magnitudes.ContainsKey(word)
                || NumberWords.IsNumberModifier(word)) return true;
            if (string.Equals(word, "tens", StringComparison.OrdinalIgnoreCase) && IsWord(i + 1, "of")) return true;
            return (word is "a" or "A" or "an" or "An") && Has(i + 1) && NumberWords.Scales.ContainsKey(Word(i + 1)) && Word(i + 1).Length > 2
                || (word is "a" or "A") && IsWord(i + 1, "dozen");
        }

        /// <summary>A number as written, before its context is read.</summary>
        private struct Number
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

        private bool TryReadNumber(int i, out Number number)
        {
            number = default;
            number.Scale = 1;
            var currency = (string?)null;
            if (Tokens[i].Kind == TokenKind.Punctuation)
            {
                currency = Units.CurrencySymbols[Tokens[i].Text];
                i++;
            }
            else if (Tokens[i].Kind == TokenKind.Word && Has(i - 1) && Tokens[i - 1].Kind == TokenKind.Punctuation
                     && Units.CurrencySymbols.TryGetValue(Tokens[i - 1].Text, out var before) && Adjacent(i - 1))
            {
                currency = before;
            }
            number.Start = i;
            var token = Tokens[i];
            if (token.Kind == TokenKind.Number)
            {
                if (!ReadDigits(i, ref number)) return false;
            }
            else if (!ReadWords(i, ref number))
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

        private bool ReadDigits(int i, ref Number number)
        {
            var text = Tokens[i].Text;
            number.End = i + 1;
            number.IsDigits = true;
            if (text.IndexOf(':') >= 0)
            {
                number.Kind = FigureKind.Time;
                int.TryParse(text.Substring(0, text.IndexOf(':')), NumberStyles.None, CultureInfo.InvariantCulture, out var hour);
                number.Value = hour;
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
                if (NumberWords.Scales.TryGetValue(suffix, out var attachedScale))
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
            // "2.8 million", "1.5 billion".
            if (Has(i + 1) && NumberWords.Scales.TryGetValue(Word(i + 1), out var scale) && Word(i + 1).Length > 2)
            {
                ApplyScale(ref number, scale, decimals);
                number.End = i + 2;
            }
            return true;
        }

        private static void ApplyScale(ref Number number, double scale, int decimals)
        {
            number.Value *= scale;
            number.Scale = scale;
            number.HalfStep = 0.5 * Math.Pow(10, -decimals) * scale;
            number.HasCommaOrScale = true;
        }

        private bool ReadWords(int i, ref Number number)
        {
            var word = Tokens[i].Text;
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
                if (IsWord(i + 1, "of") && NumberWords.Magnitudes.TryGetValue(Word(i + 2), out var of) && of.Low > magnitude.Low)
                {
                    number.Magnitude = new Interval(magnitude.Low * of.Low / 2, magnitude.High * of.Low / 2, true, false);
                    number.End = i + 3;
                }
                number.Value = number.Magnitude.Value.Low;
                return true;
            }
            if (string.Equals(word, "tens", StringComparison.OrdinalIgnoreCase))
            {
                if (!NumberWords.Magnitudes.TryGetValue(Word(i + 2), out var of)) return false;
                number.Magnitude = new Interval(10 * of.Low, 100 * of.Low / 2, true, false);
                number.Value = number.Magnitude.Value.Low;
                number.End = i + 3;
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
                if (cardinal == 1 && (!Has(i + 1) || Tokens[i + 1].Kind != TokenKind.Word || NotAfterOne.Contains(Word(i + 1)))) return false;
                value = cardinal;
            }
            else
            {
                return false;
            }
            var next = i + 1;
            if (string.Equals(Word(next), "dozen", StringComparison.OrdinalIgnoreCase) && value < 12)
            {
                value *= 12;
                next++;
            }
            // "two hundred", "three hundred thousand", "nine million".
            var halfStep = 0.0;
            while (Has(next) && NumberWords.Scales.TryGetValue(Word(next), out var scale) && Word(next).Length > 2)
            {
                value *= scale;
                number.Scale *= scale;
                halfStep = RoundingHalfStep(value);
                next++;
                number.HasCommaOrScale = true;
                // "two hundred and fifty": the tail is exact to the unit.
                if (IsWord(next, "and") && NumberWords.TryCardinal(Word(next + 1), out var tail) && tail < scale)
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
        private static double LastDigitHalfStep(double value) => value == Math.Floor(value) ? Math.Max(0.5, RoundingHalfStep(value)) : 0;

        /// <summary>
        /// Round hundreds and thousands are often rounded counts: "2,200" stands for 2,150 to 2,250. The step is capped at
        /// 5% of the value, so that "1,000" is not read as anything from 500 to 1,500. Small numbers are exact.
        /// </summary>
        private static double RoundingHalfStep(double value) => Rounding.HalfStep(value, 100, 0.05);

        private Figure Classify(int first, int numberStart, Hedge hedge, Number number)
        {
            var last = number.End - 1;
            var kind = number.Kind ?? (number.IsOrdinal ? FigureKind.Ordinal : FigureKind.Count);
            string? unit = number.Unit;
            var upper = number;
            var hasCurrencySymbol = Tokens[numberStart].Kind == TokenKind.Punctuation;

            if (kind is FigureKind.Count && number.IsDigits && number.HasCommaOrScale == false && number.Currency is null && IsDateOrYear(numberStart, ref last, number))
            {
                var monthBefore = IsMonth(numberStart - 1) ? numberStart - 1 : IsPunctuation(numberStart - 1, '.') && IsMonth(numberStart - 2) ? numberStart - 2 : -1;
                kind = monthBefore >= 0 || IsMonth(numberStart + 1) || CalendarWords.DayNames.Contains(Word(numberStart - 1)) || IsPunctuation(numberStart + 1, '-') || IsPunctuation(numberStart + 1, '/')
                    ? FigureKind.Date
                    : FigureKind.Year;
                hedge = Hedge.None;
                if (monthBefore >= 0) numberStart = monthBefore;
            }
            else if (kind is FigureKind.Count or FigureKind.Ordinal && IsNamePart(numberStart, number))
            {
                kind = FigureKind.Name;
                hedge = Hedge.None;
            }
            else if (kind == FigureKind.Count && IsAge(numberStart, ref last, ref first))
            {
                kind = FigureKind.Age;
                hedge = Hedge.None;
            }
            else if (kind == FigureKind.Count && IsTime(numberStart, ref last, number))
            {
                kind = FigureKind.Time;
                hedge = Hedge.None;
            }
            else if (kind is FigureKind.Count or FigureKind.Measure)
            {
                if (IsPunctuation(last + 1, '/') && Adjacent(last) && Adjacent(last + 1) && Has(last + 2) && Tokens[last + 2].Kind == TokenKind.Number)
                {
                    return Score(last, numberStart); // "24/7", "9/11"
                }
                // Ranges: "10 to 20", "10-20", "between 10 and 20".
                var connector = last + 1;
                var isConnector = IsWord(connector, "to") || (hedge == Hedge.Range && IsWord(connector, "and"))
                                  || ((IsPunctuation(connector, '-') || IsPunctuation(connector, '–')) && Adjacent(last) && Adjacent(connector));
                if (isConnector && StartsNumber(connector + 1) && TryReadNumber(connector + 1, out var second)
                    && second.Kind is null && !second.IsOrdinal && second.Magnitude is null)
                {
                    if (second.Value < number.Value) return Score(last, numberStart);
                    upper = second;
                    if (number.Scale == 1 && second.Scale > 1 && number.Value < 1000)
                    {
                        // "two to three million": the scale of the second applies to the first.
                        number.Value *= second.Scale;
                        number.HalfStep = second.HalfStep;
                    }
                    hedge = Hedge.Range;
                    last = second.End - 1;
                    unit ??= second.Unit;
                }
                else if (hedge == Hedge.Range)
                {
                    hedge = Hedge.None; // "from 35 people" is no range
                    first = numberStart;
                }
                else if (IsWord(last + 1, "or") && (IsWord(last + 2, "more") || IsWord(last + 2, "so")))
                {
                    hedge = IsWord(last + 2, "more") ? Hedge.AtLeast : Hedge.About;
                    last += 2;
                }
                // Percentages, money and units after the number.
                if (IsPunctuation(last + 1, '%'))
                {
                    kind = FigureKind.Percentage;
                    unit = "%";
                    last++;
                }
                else if (IsWord(last + 1, "percent") || IsWord(last + 1, "pc"))
                {
                    kind = FigureKind.Percentage;
                    unit = "%";
                    last++;
                }
                else if (IsWord(last + 1, "per") && IsWord(last + 2, "cent"))
                {
                    kind = FigureKind.Percentage;
                    unit = "%";
                    last += 2;
                }
                else if (number.Currency is not null || hasCurrencySymbol)
                {
                    kind = FigureKind.Money;
                    unit = number.Currency;
                }
                else if (CurrencyAfter(last + 1, out var currency, out var currencyEnd))
                {
                    kind = FigureKind.Money;
                    unit = currency;
                    last = currencyEnd;
                }
                else if (unit is null && UnitAfter(last + 1, out var measured, out var unitEnd))
                {
                    kind = FigureKind.Measure;
                    unit = measured.Symbol;
                    last = unitEnd;
                }
                else if (kind == FigureKind.Count && IsAdjectival(last))
                {
                    kind = FigureKind.Modifier;
                    hedge = Hedge.None;
                }
            }
            if (kind == FigureKind.Modifier) hedge = Hedge.None;
            if (number.Magnitude is not null && hedge == Hedge.None) hedge = Hedge.Vague;
            if (!IsQuantityKind(kind)) first = numberStart;
            if (kind == FigureKind.Measure)
            {
                number.HalfStep = Math.Max(number.HalfStep, LastDigitHalfStep(number.Value));
                upper.HalfStep = Math.Max(upper.HalfStep, LastDigitHalfStep(upper.Value));
            }
            var interval = IsQuantityKind(kind) ? ToInterval(hedge, number, upper) : Interval.Exactly(number.Value);
            var span = TextSpan.FromBounds(Tokens[first].Span.Start, Tokens[last].Span.End);
            return new Figure(kind, span, _article.GetText(span), number.Value, interval, hedge, unit, first, last, number.Start, number.End - 1, _sentence.Index);
        }

        private static bool IsQuantityKind(FigureKind kind) =>
            kind is FigureKind.Count or FigureKind.Ordinal or FigureKind.Percentage or FigureKind.Money or FigureKind.Measure;

        /// <summary>A score ("won 3-1") or a pair such as "24/7" and "9/11": two numbers that are no range, returned as a name so that nothing counts them.</summary>
        private Figure Score(int last, int numberStart)
        {
            var end = last + 2 < _end ? last + 2 : last;
            var span = TextSpan.FromBounds(Tokens[numberStart].Span.Start, Tokens[end].Span.End);
            return new Figure(FigureKind.Name, span, _article.GetText(span), 0, Interval.Exactly(0), Hedge.None, null, numberStart, end, numberStart, end, _sentence.Index);
        }

        private static Interval ToInterval(Hedge hedge, Number number, Number upper)
        {
            if (number.Magnitude is { } magnitude) return magnitude;
            var value = number.Value;
            var step = number.HalfStep;
            return hedge switch
            {
                Hedge.AtLeast => new Interval(value - step, double.PositiveInfinity),
                Hedge.MoreThan => new Interval(value - step, double.PositiveInfinity, false, false),
                Hedge.Nearly => new Interval(value * 0.9 - step, value + step, true, step > 0),
                Hedge.About => new Interval(value * 0.85 - step, value * 1.15 + step),
                Hedge.UpTo => new Interval(0, value + step),
                Hedge.FewerThan => new Interval(0, value + step, true, step > 0),
                Hedge.Range => new Interval(value - step, upper.Value + upper.HalfStep),
                // A rounded figure covers up to, not including, the next one's half-way point: "$3.5 billion" is below 3.55, the
                // least "$3.6 billion" may be.
                _ => new Interval(value - step, value + step, true, step == 0),
            };
        }

        private bool IsMonth(int i) => Has(i) && Tokens[i].Kind == TokenKind.Word && CalendarWords.Months.Contains(Tokens[i].Text.TrimEnd('.'));

        /// <summary>"February 24", "Feb. 24", "24 February", "Tuesday 15", "March 14, 2022", "2022-03-14", "14/03/2022", or a year on its own.</summary>
        private bool IsDateOrYear(int i, ref int last, Number number)
        {
            // "Tuesday 15": a day of the month after the day's name.
            if (CalendarWords.DayNames.Contains(Word(i - 1)) && number.Value >= 1 && number.Value <= 31) return true;
            if (IsMonth(i - 1) || (IsPunctuation(i - 1, '.') && IsMonth(i - 2)) || IsMonth(i + 1))
            {
                if (IsMonth(i + 1)) last = i + 1;
                // "March 14, 2022" and "14 March 2022": the year belongs to the date.
                var after = last + 1;
                if (IsPunctuation(after, ',')) after++;
                if (Has(after) && Tokens[after].Kind == TokenKind.Number && Tokens[after].Text.Length == 4) last = after;
                return number.Value >= 1 && number.Value <= 31 || number.Value >= 1000;
            }
            foreach (var separator in new[] { '-', '/' })
            {
                if (IsPunctuation(i + 1, separator) && Adjacent(i) && Adjacent(i + 1) && Has(i + 2) && Tokens[i + 2].Kind == TokenKind.Number
                    && IsPunctuation(i + 3, separator) && Adjacent(i + 2) && Adjacent(i + 3) && Has(i + 4) && Tokens[i + 4].Kind == TokenKind.Number)
                {
                    last = i + 4;
                    return true;
                }
            }
            // A year: four digits without a thousands separator, unless a plural noun follows ("2000 troops").
            var text = Tokens[i].Text;
            if (text.Length == 4 && number.Value >= 1800 && number.Value <= 2100)
            {
                var next = Word(i + 1);
                return !(next.Length > 3 && next.EndsWith("s", StringComparison.Ordinal) && char.IsLower(next[0]));
            }
            return false;
        }

        /// <summary>"World War 2", "Boeing 737", "Second World War", "4th Brigade": a number inside a capitalised name.</summary>
        private bool IsNamePart(int i, Number number)
        {
            var token = Tokens[i];
            if (token.IsInHeading || _isTitleCase) return false;
            var previous = i - 1;
            if (number.IsDigits && !number.IsOrdinal && Has(previous) && Tokens[previous].Kind == TokenKind.Word && Adjacent(previous) == false
                && Tokens[previous].StartsUpper && !Tokens[previous].IsSentenceStart && !IsMonth(previous))
            {
                return !CalendarWords.DayNames.Contains(Tokens[previous].Text);
            }
            if (number.IsOrdinal)
            {
                var capitalised = token.Kind == TokenKind.Word && token.StartsUpper && !token.IsSentenceStart;
                var nextIsName = Has(i + 1) && Tokens[i + 1].Kind == TokenKind.Word && Tokens[i + 1].StartsUpper;
                return capitalised || (nextIsName && !IsMonth(i + 1));
            }
            return token.Kind == TokenKind.Word && token.StartsUpper && !token.IsSentenceStart && Has(i + 1) && Tokens[i + 1].Kind == TokenKind.Word && Tokens[i + 1].StartsUpper;
        }

        /// <summary>"33-year-old", "33 years old", "aged 33", ", 33," after a name.</summary>
        private bool IsAge(int i, ref int last, ref int first)
        {
            if (IsPunctuation(i + 1, '-') && Adjacent(i) && Has(i + 2) && Word(i + 2).StartsWith("year", StringComparison.OrdinalIgnoreCase)
                && Word(i + 2).EndsWith("old", StringComparison.OrdinalIgnoreCase))
            {
                last = i + 2;
                return true;
            }
            if ((IsWord(i + 1, "years") || IsWord(i + 1, "year")) && IsWord(i + 2, "old"))
            {
                last = i + 2;
                return true;
            }
            if (IsWord(i - 1, "aged"))
            {
                first = i;
                return true;
            }
            // "Brent Renaud, 51, was killed": a number set off by commas right after a name.
            return IsPunctuation(i - 1, ',') && IsPunctuation(i + 1, ',') && Has(i - 2) && Tokens[i - 2].Kind == TokenKind.Word
                   && Tokens[i - 2].StartsUpper && !IsMonth(i - 2) && Tokens[i].Kind == TokenKind.Number && Tokens[i].Text.Length <= 3;
        }

        /// <summary>"0820 GMT", "8 a.m.", "8pm", and four digits with a leading zero.</summary>
        private bool IsTime(int i, ref int last, Number number)
        {
            if (Has(i + 1) && TimeZones.Contains(Word(i + 1)) && !IsWord(i + 1, "hours") && number.Value < 2400)
            {
                last = i + 1;
                return true;
            }
            var text = Tokens[i].Text;
            return text.Length == 4 && text[0] == '0' && number.IsDigits;
        }

        /// <summary>"a nine-story building", "a 15-kilometer convoy": a number joined by a hyphen to the word it qualifies.</summary>
        private bool IsAdjectival(int last) =>
            IsPunctuation(last + 1, '-') && Adjacent(last) && Adjacent(last + 1) && Has(last + 2) && Tokens[last + 2].Kind == TokenKind.Word;

        private bool CurrencyAfter(int i, out string currency, out int end)
        {
            currency = "";
            end = i;
            if (IsWord(i, "pounds") && IsWord(i + 1, "sterling"))
            {
                currency = "GBP";
                end = i + 1;
                return true;
            }
            if (Has(i) && Tokens[i].Kind == TokenKind.Word && Units.CurrencyWords.TryGetValue(Tokens[i].Text, out var code))
            {
                currency = code;
                return true;
            }
            return false;
        }

        /// <summary>A unit after the number: "15 kilometers", "30 degrees Celsius", "30°C", "12 sq km".</summary>
        private bool UnitAfter(int i, out Unit unit, out int end)
        {
            unit = null!;
            end = i;
            if (!Has(i)) return false;
            if (IsWord(i, "km") && IsPunctuation(i + 1, '/') && IsWord(i + 2, "h") && Adjacent(i) && Adjacent(i + 1) && Units.TryGet("km/h", out var speed))
            {
                (unit, end) = (speed, i + 2);
                return true;
            }
            if (IsWord(i, "degrees") && Has(i + 1) && Units.TryGet(Word(i + 1), out var degrees) && degrees.Dimension == Units.Temperature)
            {
                (unit, end) = (degrees, i + 1);
                return true;
            }
            if (IsPunctuation(i, '°') && Has(i + 1) && Units.TryGet(Word(i + 1), out var symbol) && symbol.Dimension == Units.Temperature)
            {
                (unit, end) = (symbol, i + 1);
                return true;
            }
            var words = new List<string>();
            for (var k = i; k < i + 2 && Has(k) && Tokens[k].Kind == TokenKind.Word; k++) words.Add(Tokens[k].Text);
            var taken = Units.Match(words, out var matched);
            if (taken == 0 || matched is null) return false;
            // A one-letter unit ("C", "F", "g") only when written against the number or in capitals for temperatures.
            if (words[0].Length == 1 && !(Adjacent(i - 1) || (matched.Dimension == Units.Temperature && char.IsUpper(words[0][0])))) return false;
            if (matched.Dimension == Units.Temperature && words[0].Length == 1 && !Adjacent(i - 1)) return false;
            (unit, end) = (matched, i + taken - 1);
            return true;
        }
    }
}
