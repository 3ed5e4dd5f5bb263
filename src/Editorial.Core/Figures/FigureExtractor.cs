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

    /// <summary>Every figure of the article's prose, in text order; hedges are the <paramref name="lexicon"/>'s. A sentence
    /// read as before by the same lexicon (an IDE's next keystroke, a sentence newsroom articles share) takes the figures
    /// kept for it (<see cref="FigureLexicon.ReadSentences"/>), placed where it stands.</summary>
    public static IReadOnlyList<Figure> Extract(Article article, FigureLexicon lexicon)
    {
        var figures = new List<Figure>();
        System.Func<Article, Sentence, Figure[]> read = (a, s) => ReadFromSentenceStart(a, s, lexicon);
        foreach (var sentence in article.Sentences)
        {
            if (sentence.TokenCount == 0) continue;
            var start = article.Tokens[sentence.FirstToken].Span.Start;
            foreach (var kept in lexicon.ReadSentences.GetOrRead(article, sentence, read))
            {
                figures.Add(kept.MovedBy(start, sentence.FirstToken, sentence.Index));
            }
        }
        return figures;
    }

    /// <summary>The figures of <paramref name="sentence"/> with spans from its start, token indexes from its first token and
    /// sentence index 0, as <see cref="SentenceCache{T}"/> keeps them.</summary>
    private static Figure[] ReadFromSentenceStart(Article article, Sentence sentence, FigureLexicon lexicon)
    {
        var figures = new List<Figure>();
        var reader = new SentenceReader(article, sentence, lexicon);
        var start = article.Tokens[sentence.FirstToken].Span.Start;
        var i = sentence.FirstToken;
        while (i < sentence.EndToken)
        {
            var figure = reader.ReadAt(i);
            if (figure is null)
            {
                i++;
                continue;
            }
            figures.Add(figure.MovedBy(-start, -sentence.FirstToken, 0));
            i = figure.LastToken + 1;
        }
        return figures.ToArray();
    }

    /// <summary>Reads the figures of one sentence, never past its ends: <see cref="NumberReader"/> reads each number as it is
    /// written, and this classifier what it is (a hedged count, a range, money, a measure, a date, a time, an age, part of a name).</summary>
    private sealed class SentenceReader
    {
        private readonly Article _article;
        private readonly Sentence _sentence;
        private readonly SentenceWindow _window;

        private readonly FigureLexicon _lexicon;

        public SentenceReader(Article article, Sentence sentence, FigureLexicon lexicon)
        {
            _lexicon = lexicon;
            _article = article;
            _sentence = sentence;
            _window = new SentenceWindow(article, sentence);
            _isTitleCase = IsTitleCase();
        }

        /// <summary>A headline in title case ("Ukraine Says 9 Killed, 57 Wounded"): its capitals say nothing about names.</summary>
        private readonly bool _isTitleCase;

        private bool IsTitleCase()
        {
            var words = 0;
            var capitalised = 0;
            for (var i = _window.Start; i < _window.End; i++)
            {
                if (_window.Tokens[i].Kind != TokenKind.Word || _window.Tokens[i].Text.Length < 4) continue;
                words++;
                if (_window.Tokens[i].StartsUpper) capitalised++;
            }
            return words >= 3 && capitalised >= words * 0.8;
        }

        public Figure? ReadAt(int i)
        {
            if (_window.Tokens[i].Kind == TokenKind.Word && !_lexicon.MayStartFigure(_window.Tokens[i].Text)) return null;
            if (ReadNobody(i) is { } nobody) return nobody;
            var hedge = Hedge.None;
            var numberStart = i;
            var hedges = _window.Has(i) && _window.Tokens[i].Kind == TokenKind.Word && _lexicon.HedgesByFirstWord.TryGetValue(_window.Tokens[i].Text, out var startingHere)
                ? startingHere
                : [];
            foreach (var (words, kind) in hedges)
            {
                if (MatchesWords(i, words) && NumberReader.StartsNumber(_window, i + words.Length))
                {
                    hedge = kind;
                    numberStart = i + words.Length;
                    break;
                }
            }
            if (!NumberReader.StartsNumber(_window, numberStart)) return null;
            if (!NumberReader.TryRead(_window, numberStart, out var number)) return null;
            // "vast [5]": a note's mark in brackets, which counts nothing.
            if (number.End == number.Start + 1 && _window.IsPunctuation(number.Start - 1, '[') && _window.IsPunctuation(number.End, ']')) return null;
            return Classify(i, numberStart, hedge, number);
        }

        /// <summary>"no one was injured", "nobody was killed", "no-one died": a count of none (Data/figure-words.yml), when an
        /// auxiliary or an event word follows it, so that the quantity reader can tell what none of were hurt. "No one else
        /// was hurt" is no such count: the others are a part.</summary>
        private Figure? ReadNobody(int i)
        {
            // Asked at every token: an index loop, since a foreach over the list's interface makes an enumerator object each time.
            var nobodyWords = FigureWords.Instance.NobodyWords;
            for (var n = 0; n < nobodyWords.Count; n++)
            {
                var words = nobodyWords[n];
                if (!MatchesWords(i, words)) continue;
                var last = i + words.Length - 1;
                var next = _window.Word(last + 1);
                if (!QuantityKeyReader.Auxiliaries.Contains(next) && !FigureWords.Instance.EventWords.ContainsKey(next)) return null;
                var span = TextSpan.FromBounds(_window.Tokens[i].Span.Start, _window.Tokens[last].Span.End);
                return new Figure(FigureKind.Count, span, _article.GetText(span), 0, Interval.Exactly(0), Hedge.None, null, i, last, i, last, _sentence.Index);
            }
            return null;
        }

        private bool MatchesWords(int i, string[] words)
        {
            for (var k = 0; k < words.Length; k++)
            {
                if (!_window.IsWord(i + k, words[k])) return false;
            }
            return true;
        }

        private Figure Classify(int first, int numberStart, Hedge hedge, WrittenNumber number)
        {
            var last = number.End - 1;
            var kind = number.Kind ?? (number.IsOrdinal ? FigureKind.Ordinal : FigureKind.Count);
            string? unit = number.Unit;
            var upper = number;
            var hasCurrencySymbol = _window.Tokens[numberStart].Kind == TokenKind.Punctuation;

            if (kind is FigureKind.Count && number.IsDigits && number.HasCommaOrScale == false && number.Currency is null && IsDateOrYear(numberStart, ref last, number))
            {
                var monthBefore = IsMonth(numberStart - 1) ? numberStart - 1 : _window.IsPunctuation(numberStart - 1, '.') && IsMonth(numberStart - 2) ? numberStart - 2 : -1;
                kind = monthBefore >= 0 || IsMonth(numberStart + 1) || CalendarWords.DayNames.Contains(_window.Word(numberStart - 1)) || _window.IsPunctuation(numberStart + 1, '-') || _window.IsPunctuation(numberStart + 1, '/')
                    ? FigureKind.Date
                    : FigureKind.Year;
                hedge = Hedge.None;
                if (monthBefore >= 0) numberStart = monthBefore;
            }
            // A currency sign opens an amount, whatever name stands before it: "fined Acme €2 million" (not "Boeing 737").
            else if (kind is FigureKind.Count or FigureKind.Ordinal && !hasCurrencySymbol && IsNamePart(numberStart, number))
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
                if (_window.IsPunctuation(last + 1, '/') && _window.Adjacent(last) && _window.Adjacent(last + 1) && _window.Has(last + 2) && _window.Tokens[last + 2].Kind == TokenKind.Number)
                {
                    return SlashPair(last, numberStart); // "24/7", "9/11"
                }
                // Ranges: "10 to 20", "10-20", "between 10 and 20".
                var connector = last + 1;
                var isConnector = _window.IsWord(connector, "to") || (hedge == Hedge.Range && _window.IsWord(connector, "and"))
                                  || ((_window.IsPunctuation(connector, '-') || _window.IsPunctuation(connector, '–')) && _window.Adjacent(last) && _window.Adjacent(connector));
                if (isConnector && NumberReader.StartsNumber(_window, connector + 1) && NumberReader.TryRead(_window, connector + 1, out var second)
                    && second.Kind is null && !second.IsOrdinal && second.Magnitude is null)
                {
                    if (second.Value < number.Value) return Tally(numberStart, second.End - 1, number.Value, second.Value);
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
                else if (_window.IsWord(last + 1, "or") && (_window.IsWord(last + 2, "more") || _window.IsWord(last + 2, "so")))
                {
                    hedge = _window.IsWord(last + 2, "more") ? Hedge.AtLeast : Hedge.About;
                    last += 2;
                }
                // Percentages, money and units after the number.
                if (_window.IsPunctuation(last + 1, '%'))
                {
                    kind = FigureKind.Percentage;
                    unit = "%";
                    last++;
                }
                else if (_window.IsWord(last + 1, "percent") || _window.IsWord(last + 1, "pc"))
                {
                    kind = FigureKind.Percentage;
                    unit = "%";
                    last++;
                }
                else if (_window.IsWord(last + 1, "per") && _window.IsWord(last + 2, "cent"))
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
                else if (kind == FigureKind.Count && hedge == Hedge.None && TallyWordAfter(last) is { } loser)
                {
                    return Tally(numberStart, last + 2, number.Value, loser);
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
                number.HalfStep = Math.Max(number.HalfStep, NumberReader.LastDigitHalfStep(number.Value));
                upper.HalfStep = Math.Max(upper.HalfStep, NumberReader.LastDigitHalfStep(upper.Value));
            }
            var interval = IsQuantityKind(kind) ? ToInterval(hedge, number, upper) : Interval.Exactly(number.Value);
            var span = TextSpan.FromBounds(_window.Tokens[first].Span.Start, _window.Tokens[last].Span.End);
            return new Figure(kind, span, _article.GetText(span), number.Value, interval, hedge, unit, first, last, number.Start, number.End - 1, _sentence.Index);
        }

        private static bool IsQuantityKind(FigureKind kind) =>
            kind is FigureKind.Count or FigureKind.Ordinal or FigureKind.Percentage or FigureKind.Money or FigureKind.Measure;

        /// <summary>"134 to 63", "won 3-1": a first number followed by a smaller one is the two sides of a tally, never a range.</summary>
        private Figure Tally(int numberStart, int last, double first, double second)
        {
            var span = TextSpan.FromBounds(_window.Tokens[numberStart].Span.Start, _window.Tokens[last].Span.End);
            return new Figure(FigureKind.Tally, span, _article.GetText(span), first, new Interval(second, first), Hedge.None, null, numberStart, last, numberStart, last, _sentence.Index);
        }

        /// <summary>The smaller side of "a 134-to-63 vote", whose "to-63" is one word after the hyphen; null for any other word.</summary>
        private double? TallyWordAfter(int last)
        {
            if (!IsAdjectival(last)) return null;
            var word = _window.Word(last + 2);
            return word.StartsWith("to-", StringComparison.OrdinalIgnoreCase)
                   && double.TryParse(word.Substring(3), NumberStyles.None, CultureInfo.InvariantCulture, out var second) && second > 0
                ? second
                : null;
        }

        /// <summary>A pair such as "24/7" and "9/11": two numbers that are no range, returned as a name so that nothing counts them.</summary>
        private Figure SlashPair(int last, int numberStart)
        {
            var end = last + 2 < _window.End ? last + 2 : last;
            var span = TextSpan.FromBounds(_window.Tokens[numberStart].Span.Start, _window.Tokens[end].Span.End);
            return new Figure(FigureKind.Name, span, _article.GetText(span), 0, Interval.Exactly(0), Hedge.None, null, numberStart, end, numberStart, end, _sentence.Index);
        }

        private static Interval ToInterval(Hedge hedge, WrittenNumber number, WrittenNumber upper)
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

        private bool IsMonth(int i) => _window.Has(i) && _window.Tokens[i].Kind == TokenKind.Word && CalendarWords.Months.Contains(_window.Tokens[i].Text.TrimEnd('.'));

        /// <summary>"February 24", "Feb. 24", "24 February", "Tuesday 15", "March 14, 2022", "2022-03-14", "14/03/2022", or a year on its own.</summary>
        private bool IsDateOrYear(int i, ref int last, WrittenNumber number)
        {
            // "Tuesday 15": a day of the month after the day's name.
            if (CalendarWords.DayNames.Contains(_window.Word(i - 1)) && number.Value >= 1 && number.Value <= 31) return true;
            if (IsMonth(i - 1) || (_window.IsPunctuation(i - 1, '.') && IsMonth(i - 2)) || IsMonth(i + 1))
            {
                if (IsMonth(i + 1)) last = i + 1;
                // "March 14, 2022" and "14 March 2022": the year belongs to the date.
                var after = last + 1;
                if (_window.IsPunctuation(after, ',')) after++;
                if (_window.Has(after) && _window.Tokens[after].Kind == TokenKind.Number && _window.Tokens[after].Text.Length == 4) last = after;
                return number.Value >= 1 && number.Value <= 31 || number.Value >= 1000;
            }
            foreach (var separator in new[] { '-', '/' })
            {
                if (_window.IsPunctuation(i + 1, separator) && _window.Adjacent(i) && _window.Adjacent(i + 1) && _window.Has(i + 2) && _window.Tokens[i + 2].Kind == TokenKind.Number
                    && _window.IsPunctuation(i + 3, separator) && _window.Adjacent(i + 2) && _window.Adjacent(i + 3) && _window.Has(i + 4) && _window.Tokens[i + 4].Kind == TokenKind.Number)
                {
                    last = i + 4;
                    return true;
                }
            }
            // A year: four digits without a thousands separator, unless a plural noun follows ("2000 troops").
            var text = _window.Tokens[i].Text;
            if (text.Length == 4 && number.Value >= 1800 && number.Value <= 2100)
            {
                var next = _window.Word(i + 1);
                return !(next.Length > 3 && next.EndsWith("s", StringComparison.Ordinal) && char.IsLower(next[0]));
            }
            return false;
        }

        /// <summary>"World War 2", "Boeing 737", "Second World War", "4th Brigade": a number inside a capitalised name.</summary>
        private bool IsNamePart(int i, WrittenNumber number)
        {
            var token = _window.Tokens[i];
            if (token.IsInHeading || _isTitleCase) return false;
            var previous = i - 1;
            if (number.IsDigits && !number.IsOrdinal && _window.Has(previous) && _window.Tokens[previous].Kind == TokenKind.Word && _window.Adjacent(previous) == false
                && _window.Tokens[previous].StartsUpper && !_window.Tokens[previous].IsSentenceStart && !IsMonth(previous))
            {
                return !CalendarWords.DayNames.Contains(_window.Tokens[previous].Text);
            }
            if (number.IsOrdinal)
            {
                var capitalised = token.Kind == TokenKind.Word && token.StartsUpper && !token.IsSentenceStart;
                var nextIsName = _window.Has(i + 1) && _window.Tokens[i + 1].Kind == TokenKind.Word && _window.Tokens[i + 1].StartsUpper;
                return capitalised || (nextIsName && !IsMonth(i + 1) && !QualifiesNounAfterNames(number.End));
            }
            return token.Kind == TokenKind.Word && token.StartsUpper && !token.IsSentenceStart && _window.Has(i + 1) && _window.Tokens[i + 1].Kind == TokenKind.Word && _window.Tokens[i + 1].StartsUpper;
        }

        /// <summary>True when the capitalised words from <paramref name="start"/> end in an adjective of a people and a lower-case
        /// noun follows them: "the 15th North Korean missile test" counts tests, where "the 4th Armoured Brigade" is a name.</summary>
        private bool QualifiesNounAfterNames(int start)
        {
            var k = start;
            while (_window.Has(k + 1) && _window.Tokens[k + 1].Kind == TokenKind.Word && _window.Tokens[k + 1].StartsUpper) k++;
            return QuantityKeyReader.IsDemonym(_window.Word(k)) && _window.Word(k + 1) is { Length: > 0 } noun && char.IsLower(noun[0]);
        }

        /// <summary>"33-year-old", "33 years old", "aged 33", ", 33," after a name.</summary>
        private bool IsAge(int i, ref int last, ref int first)
        {
            if (_window.IsPunctuation(i + 1, '-') && _window.Adjacent(i) && _window.Has(i + 2) && _window.Word(i + 2).StartsWith("year", StringComparison.OrdinalIgnoreCase)
                && _window.Word(i + 2).EndsWith("old", StringComparison.OrdinalIgnoreCase))
            {
                last = i + 2;
                return true;
            }
            if ((_window.IsWord(i + 1, "years") || _window.IsWord(i + 1, "year")) && _window.IsWord(i + 2, "old"))
            {
                last = i + 2;
                return true;
            }
            if (_window.IsWord(i - 1, "aged"))
            {
                first = i;
                return true;
            }
            // "Brent Renaud, 51, was killed": a number set off by commas right after a name.
            return _window.IsPunctuation(i - 1, ',') && _window.IsPunctuation(i + 1, ',') && _window.Has(i - 2) && _window.Tokens[i - 2].Kind == TokenKind.Word
                   && _window.Tokens[i - 2].StartsUpper && !IsMonth(i - 2) && _window.Tokens[i].Kind == TokenKind.Number && _window.Tokens[i].Text.Length <= 3;
        }

        /// <summary>"0820 GMT", "8 a.m.", "8pm", and four digits with a leading zero.</summary>
        private bool IsTime(int i, ref int last, WrittenNumber number)
        {
            if (_window.Has(i + 1) && NumberReader.TimeZones.Contains(_window.Word(i + 1)) && !_window.IsWord(i + 1, "hours") && number.Value < 2400)
            {
                last = i + 1;
                return true;
            }
            var text = _window.Tokens[i].Text;
            return text.Length == 4 && text[0] == '0' && number.IsDigits;
        }

        /// <summary>"a nine-story building", "a 15-kilometer convoy": a number joined by a hyphen to the word it qualifies.</summary>
        private bool IsAdjectival(int last) =>
            _window.IsPunctuation(last + 1, '-') && _window.Adjacent(last) && _window.Adjacent(last + 1) && _window.Has(last + 2) && _window.Tokens[last + 2].Kind == TokenKind.Word;

        private bool CurrencyAfter(int i, out string currency, out int end)
        {
            currency = "";
            end = i;
            if (_window.IsWord(i, "pounds") && _window.IsWord(i + 1, "sterling"))
            {
                currency = "GBP";
                end = i + 1;
                return true;
            }
            if (_window.Has(i) && _window.Tokens[i].Kind == TokenKind.Word && Units.CurrencyWords.TryGetValue(_window.Tokens[i].Text, out var code))
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
            if (!_window.Has(i)) return false;
            if (_window.IsWord(i, "km") && _window.IsPunctuation(i + 1, '/') && _window.IsWord(i + 2, "h") && _window.Adjacent(i) && _window.Adjacent(i + 1) && Units.TryGet("km/h", out var speed))
            {
                (unit, end) = (speed, i + 2);
                return true;
            }
            if (_window.IsWord(i, "degrees") && _window.Has(i + 1) && Units.TryGet(_window.Word(i + 1), out var degrees) && degrees.Dimension == Units.Temperature)
            {
                (unit, end) = (degrees, i + 1);
                return true;
            }
            if (_window.IsPunctuation(i, '°') && _window.Has(i + 1) && Units.TryGet(_window.Word(i + 1), out var symbol) && symbol.Dimension == Units.Temperature)
            {
                (unit, end) = (symbol, i + 1);
                return true;
            }
            // "998 horizontal miles": a word that says no more than a unit of length may stand before it.
            var modified = _window.Has(i + 1) && Units.IsLengthModifier(_window.Word(i));
            var start = modified ? i + 1 : i;
            var words = new List<string>();
            for (var k = start; k < start + 2 && _window.Has(k) && _window.Tokens[k].Kind == TokenKind.Word; k++) words.Add(_window.Tokens[k].Text);
            var taken = Units.Match(words, out var matched);
            if (taken == 0 || matched is null || (modified && matched.Dimension != Units.Length)) return false;
            // A one-letter unit ("C", "F", "g") only when written against the number or in capitals for temperatures.
            if (words[0].Length == 1 && (modified || !(_window.Adjacent(i - 1) || (matched.Dimension == Units.Temperature && char.IsUpper(words[0][0]))))) return false;
            if (matched.Dimension == Units.Temperature && words[0].Length == 1 && !_window.Adjacent(i - 1)) return false;
            (unit, end) = (matched, start + taken - 1);
            return true;
        }
    }
}
