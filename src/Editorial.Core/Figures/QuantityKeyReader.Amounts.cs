using System;
using System.Collections.Generic;
using System.Linq;
using Editorial.Articles;
using Editorial.Lexicon;
using Editorial.Text;

namespace Editorial.Figures;

/// <summary>
/// Amounts of money and measures, keyed by the noun they are the amount of: "a ransom of $2 million", "$31 billion in
/// earnings", "a $5 billion charge", "the 40-km border", "the distance was 1,000 kilometres". The noun comes from the
/// profile's lists (<see cref="FigureLexicon.MoneyNounsList"/>, <see cref="FigureLexicon.MeasureNounsList"/>); the key
/// also holds the unit family (a currency, or length, mass, area, volume, speed), the qualifiers of the noun, the times
/// the clause names and the names of the clause, which say whose amount it is. Measures are compared in their dimension's
/// base unit, so "1,000 kilometres" and "621 miles" agree; amounts of different currencies are never compared.
/// </summary>
internal static partial class QuantityKeyReader
{
    /// <summary>Words that end the run of a noun and its qualifiers after an amount: "$40 million in taxes for the year", "a $5
    /// billion charge against profit", "a $2 million ransom was paid".</summary>
    private static readonly HashSet<string> NounRunEnds = new(StringComparer.OrdinalIgnoreCase)
    {
        "of", "for", "from", "to", "in", "on", "at", "by", "with", "and", "or", "but", "that", "which", "who", "as", "than", "this", "last", "next",
        "a", "an", "the", "per", "each", "against", "over", "after", "before", "since", "into", "under", "because", "due", "is", "was", "were",
        "are", "be", "will", "would", "could", "can", "may", "might", "has", "have", "had", "it", "its",
    };

    /// <summary>The amount's key, or null when the figure is no money or measure, or the words around it do not name what it is
    /// the amount of, or say that it is a part ("including $2 million"), a change ("from $40 million"), or of another occasion.</summary>
    private static CountedFigure? ReadAmount(ArticleReading reading, Figure figure)
    {
        if (AmountUnit(reading, figure) is not { } unit) return null;
        var nouns = unit.IsMoney ? reading.Lexicon.MoneyNouns : unit.Family == Units.Duration ? reading.Lexicon.DurationNouns : reading.Lexicon.MeasureNouns;
        var article = reading.Article;
        var sentence = article.Sentences[figure.SentenceIndex];
        var clause = Clause.Around(reading, sentence, figure);
        var segment = clause.SegmentAround(figure.FirstToken);
        // "up from $40 million", "from 12 km to 15 km": the amount before a change is not the amount the story gives.
        if (segment.IsWord(figure.FirstToken - 1, "from") || IsWholeOfAPart(segment, figure)) return null;
        // The unit a rate is given for is part of the amount's phrase: "a $82-a-share bid" is a bid.
        var rate = Rate(segment, unit.End);
        if (rate is not null) unit = unit with { End = rate.Value.End };
        var isHolders = false;
        var isClock = unit.Family == Units.ClockTime;
        if ((isClock ? ClockEvent(segment, figure, unit.End) : AmountNoun(segment, nouns, reading.Lexicon.AmountVerbs, figure.FirstToken, unit.End)
             ?? (unit.IsMoney ? NamedByAct(segment, figure.FirstToken, unit.End) : null) ?? DistanceTravelled(reading, segment, unit, figure.FirstToken)) is not { } noun)
        {
            if ((unit.IsMoney ? CostOfHolder(reading, segment, unit, figure.FirstToken) : MeasureOfHolder(reading, segment, unit, figure.FirstToken)) is not { } held) return null;
            (noun, isHolders) = (held, true);
        }
        // "the missile travelled a distance of 1,000 km" is the distance it flew: "flew 998 miles" is the same quantity.
        if (unit.Measure is { Dimension: Units.Length } && Travels(reading, segment, noun.First)) noun = noun with { Head = DistanceTravelledHead };
        // "a bid of $82 a share" is the bid's price for each share, never its total ("a $103bn bid"): a rate is a quantity of its own.
        if (rate is not null) noun = noun with { Head = noun.Head + " " + rate.Value.Per };
        if (segment.IsPartCue(figure, noun.PhraseEnd) || segment.SaysOtherOccasion() || segment.HasBackgroundWord() || segment.NamesAnotherMonth(reading)
            || IsMeasuredAgainst(segment, Math.Min(figure.FirstToken, noun.First)) || IsDifference(segment, unit.End))
        {
            return null;
        }
        // "On August 29, North Korea launched a missile. It is believed to have flown 1,700 miles": the sentence before, in the
        // same paragraph, dates the amount when it names another month than the article's.
        if (reading.SentenceBefore(sentence) is { SameParagraph: true } previous && Clause.Of(reading, previous.Sentence).NamesAnotherMonth(reading))
        {
            return null;
        }
        var sourceTokens = new HashSet<int>();
        var source = clause.Source(figure, sourceTokens);
        var phraseTokens = new HashSet<int>();
        for (var k = Math.Min(figure.FirstToken, noun.First); k <= Math.Max(unit.End, noun.PhraseEnd); k++) phraseTokens.Add(k);
        var excluded = new HashSet<int>(sourceTokens.Concat(phraseTokens));
        var (times, days) = Times(reading, segment, excluded);
        // "08:20 GMT" and "09:20 local time" may be one moment: a clock time is compared only with one of the same zone.
        if (isClock && ClockZone(segment, unit.End) is { } zone) times.Add(zone);
        // Whose amount it is: the names of the clause but its source's, or, when the source is all it names, the source's own
        // ("Harlow Mining reported a net profit of …": a company reports its own figures).
        // The measure of a holder names whose it is in its key ("weight of the module"): the clause's other names need not meet.
        // A noun before the amount keeps the names between them: "the siege at a bank in Lyon lasted three hours" is Lyon's.
        var nameless = noun.First < figure.FirstToken
            ? new HashSet<int>(sourceTokens.Concat(phraseTokens.Where(k => k == noun.First || k >= figure.FirstToken)))
            : excluded;
        var names = isHolders ? [] : ProperNames(reading, segment, figure, nameless);
        if (names.Count == 0 && !isHolders) names = ProperNames(reading, segment, figure, phraseTokens);
        var key = new QuantityKey(noun.Head, $"({unit.Family})", false, [], [], days, names,
            // "lasted three hours" names its hours as the length, not as the stretch a daily toll is counted over.
            period: unit.Family is Units.Duration or Units.ClockTime ? null : segment.Period(), setting: times.Count == 0 ? null : "in " + string.Join(", ", times.OrderBy(t => t, StringComparer.Ordinal)),
            sharedNamesNeeded: isHolders ? 0 : 1, isSpecific: true,
            amount: new AmountAnchors(noun.Qualifiers, times,
                OpensIndefinitely(segment, Math.Min(figure.FirstToken, noun.First)) || IsBareSumIn(segment, figure.FirstToken, unit.End, noun.First),
                IsExpected(reading, segment)));
        var phraseEnd = Math.Max(unit.End, noun.PhraseEnd);
        var phrase = TextSpan.FromBounds(Math.Min(figure.Span.Start, article.Tokens[noun.First].Span.Start), article.Tokens[phraseEnd].Span.End);
        // A clock time is the moment it names, no stamp of when it was given.
        var timing = isClock ? FigureTiming.Unstated : segment.Timing(figure, reading.Figures);
        return new CountedFigure(figure, key, phrase, article.GetText(phrase), source, timing)
        {
            // "two hours", not "two": a length of time shows its unit, which the extractor leaves out of a count.
            Text = unit.Adjective is { } adjective ? figure.Text + " " + Units.AfterNumber(adjective, figure.Value)
                : unit.Family == Units.Duration ? article.GetText(TextSpan.FromBounds(figure.Span.Start, article.Tokens[unit.End].Span.End)) : figure.Text,
            Interval = unit.Measure is { } measure ? new Interval(measure.ToBase(unit.Interval.Low), measure.ToBase(unit.Interval.High),
                unit.Interval.LowInclusive, unit.Interval.HighInclusive) : unit.Interval,
        };
    }

    /// <summary>
    /// True when the amount's phrase, which opens at <paramref name="start"/>, is what another amount is measured against:
    /// "$3.6 billion lower than the Budget profile deficit of $107.6 billion", "a deficit of $104.9 billion against the
    /// 2020-21 Budget profile deficit of $106.4 billion". A baseline is another value of the thing by the sentence's own
    /// word, as the amount before a change is ("up from $40 million"). "More than $40 million" is the figure's own hedge,
    /// inside its phrase.
    /// </summary>
    private static bool IsMeasuredAgainst(Clause clause, int start)
    {
        var k = start - 1;
        // Back over the baseline's determiner and qualifiers: "the 2020-21 Budget profile".
        while (k > start - 7 && clause.Has(k) && (Determiners.Contains(clause.Word(k)) || clause.IsNumber(k) || clause.Text(k) == "-" || IsHolderNounWord(clause, k))) k--;
        return clause.IsWord(k, "than") || clause.IsWord(k, "against");
    }

    /// <summary>Words that, after an amount, make it the difference between two values: "$0.6 million lower than the
    /// forecast", "$3 billion below the budget".</summary>
    private static readonly HashSet<string> ComparativesBeforeThan = new(StringComparer.OrdinalIgnoreCase)
    {
        "lower", "higher", "more", "less", "fewer", "greater", "smaller", "larger", "bigger", "longer", "shorter", "heavier", "lighter",
    };

    /// <summary>True when the amount that ends at <paramref name="end"/> is a difference between two values ("the deficit was
    /// $0.6 million lower than the forecast", "$3 billion below budget"), not the value of its noun.</summary>
    private static bool IsDifference(Clause clause, int end) =>
        (ComparativesBeforeThan.Contains(clause.Word(end + 1)) && clause.IsWord(end + 2, "than")) || clause.IsWord(end + 1, "below") || clause.IsWord(end + 1, "above");

    /// <summary>The unit of an amount: the currency of money, or the unit of a measure other than a temperature (the weather's
    /// degrees are no one thing's); <paramref name="End"/> is the last token of the figure with its unit, and
    /// <paramref name="Interval"/> the values it allows, in that unit; <paramref name="Adjective"/> the unit as written when the
    /// text makes it an adjective of the noun ("mile" of "a 31-mile border"); <paramref name="QualifiesNoun"/> is true when the
    /// measure qualifies the noun after it, so written or with its unit against the number ("an 80m-deep well").</summary>
    private readonly record struct AmountUnitReading(string Family, bool IsMoney, Unit? Measure, int End, Interval Interval, string? Adjective = null,
        bool QualifiesNoun = false);

    private static AmountUnitReading? AmountUnit(ArticleReading reading, Figure figure)
    {
        if (figure.Kind == FigureKind.Money && figure.Unit is { } currency) return new AmountUnitReading(currency, true, null, figure.LastToken, figure.Interval);
        if (figure.Kind == FigureKind.Time) return ClockUnit(figure);
        if (DurationUnit(reading, figure) is { } duration) return duration;
        var tokens = reading.Article.Tokens;
        var hyphen = figure.LastToken + 1;
        if (figure.Kind == FigureKind.Measure && figure.Unit is not null && Units.BySymbol(figure.Unit) is { Dimension: not Units.Temperature } unit)
        {
            // "an 80m-deep well", "a 10km-long trench": the unit written against the number, and the dimension joined to it.
            var isAdjective = reading.Sees(hyphen) && hyphen < tokens.Count && tokens[hyphen].Text == "-" && tokens[figure.LastToken].Span.End == tokens[hyphen].Span.Start
                              && reading.Sees(hyphen + 1) && hyphen + 1 < tokens.Count && DimensionAdjectives.Contains(tokens[hyphen + 1].Text);
            return new AmountUnitReading(unit.Dimension, false, unit, isAdjective ? hyphen + 1 : figure.LastToken, figure.Interval, QualifiesNoun: isAdjective);
        }
        // "the 40-km border", "a 1,200-mile pipeline", "a 31-mile-long border" (the dimension a word of its own or one with the unit).
        if (figure.Kind != FigureKind.Modifier || !reading.Sees(hyphen) || hyphen >= tokens.Count || tokens[hyphen].Text != "-" || !reading.Sees(hyphen + 1)
            || hyphen + 1 >= tokens.Count)
        {
            return null;
        }
        var written = tokens[hyphen + 1].Text;
        var dimension = written.IndexOf('-');
        if (dimension > 0 && DimensionAdjectives.Contains(written.Substring(dimension + 1))) written = written.Substring(0, dimension);
        if (written.Length == 1 || !Units.TryGet(written, out var adjective) || adjective.Dimension == Units.Temperature) return null;
        var end = reading.Sees(hyphen + 2) && hyphen + 2 < tokens.Count && tokens[hyphen + 2].Text == "-" && reading.Sees(hyphen + 3) && hyphen + 3 < tokens.Count
                  && DimensionAdjectives.Contains(tokens[hyphen + 3].Text) ? hyphen + 3 : hyphen + 1;
        var step = NumberReader.LastDigitHalfStep(figure.Value);
        return new AmountUnitReading(adjective.Dimension, false, adjective, end, new Interval(figure.Value - step, figure.Value + step, true, step == 0), written,
            QualifiesNoun: true);
    }

    /// <summary>A length of time: a count or an adjective with a unit of <see cref="DurationUnits"/> after it ("three hours",
    /// "a 17-minute delay") or in it ("a three-hour siege"), in minutes.</summary>
    private static AmountUnitReading? DurationUnit(ArticleReading reading, Figure figure)
    {
        if (figure.Kind is not (FigureKind.Count or FigureKind.Modifier)) return null;
        var tokens = reading.Article.Tokens;
        var end = figure.LastToken;
        var written = LastPart(tokens[end].Text);
        if (!DurationUnits.ContainsKey(written) || !tokens[end].Text.Contains('-'))
        {
            end = figure.LastToken + 1;
            if (reading.Sees(end) && end < tokens.Count && tokens[end].Text == "-" && tokens[end].Span.Start == tokens[figure.LastToken].Span.End) end++;
            if (!reading.Sees(end) || end >= tokens.Count) return null;
            written = tokens[end].Text;
        }
        if (!DurationUnits.TryGetValue(written, out var name) || !DurationMinutes.TryGetValue(name, out var unit)) return null;
        return new AmountUnitReading(Units.Duration, false, unit, end, figure.Interval);
    }

    private static readonly Unit MinutesAfterMidnight = new("min", Units.ClockTime, 1);

    /// <summary>A clock time that names one moment of the day, in minutes after midnight: with "a.m." or "p.m.", or on a 24-hour
    /// clock ("08:20", "17:45"). "At 8:20" may be morning or evening and is none. A whole hour ("at 8 a.m.") stands for the
    /// half hour around it, as newsrooms round.</summary>
    private static AmountUnitReading? ClockUnit(Figure figure)
    {
        if (!Clock.TryReadDefinite(figure.Text, out var time, out var wholeHour)) return null;
        var minutes = time.TotalMinutes;
        var interval = wholeHour ? new Interval(minutes - 30, minutes + 30) : Interval.Exactly(minutes);
        return new AmountUnitReading(Units.ClockTime, false, MinutesAfterMidnight, figure.LastToken, interval);
    }

    /// <summary>What happened at a clock time given after "at": the event of <see cref="ClockEvents"/> the clause names, before
    /// the time ("the blast hit Lyon at 8.20am", "it landed in Honolulu at 10:15 a.m.") or, when none stands before, after it
    /// ("At 08:20, an explosion shook Lyon"). A clause that names two events ("the polls opened at 7 a.m., an hour before the
    /// blast") does not say whose time it gives.</summary>
    private static AmountNounReading? ClockEvent(Clause clause, Figure figure, int end)
    {
        if (!clause.IsWord(figure.FirstToken - 1, "at")) return null;
        string? @event = null;
        var token = -1;
        foreach (var k in clause.WordIndexes())
        {
            if (k >= figure.FirstToken && k <= end || !ClockEvents.TryGetValue(clause.Word(k), out var named) || IsInClockEventIdiom(clause, k)) continue;
            if (@event is not null && @event != named) return null;
            // The nearest word of the event before the time, else the first after it.
            if (@event is null || k < figure.FirstToken) token = k;
            @event = named;
        }
        return @event is null ? null : new AmountNounReading(@event, [], Math.Min(token, figure.FirstToken), Math.Max(token, end));
    }

    /// <summary>The event word at <paramref name="k"/> is one of two words of <see cref="ClockEventIdioms"/> ("blasts off", "opened
    /// fire"), where it names no event of the story.</summary>
    private static bool IsInClockEventIdiom(Clause clause, int k) =>
        ClockEventIdioms.Contains(clause.Word(k - 1) + " " + clause.Word(k)) || ClockEventIdioms.Contains(clause.Word(k) + " " + clause.Word(k + 1));

    /// <summary>The zone a clock time is given in, from its last word ("0820 GMT") or the word after it: "GMT", "UTC", "ET", or
    /// "local time".</summary>
    private static string? ClockZone(Clause clause, int end)
    {
        if (clause.IsWord(end + 1, "local") && clause.IsWord(end + 2, "time")) return "local time";
        return IsZone(clause.Word(end)) ? clause.Word(end) : IsZone(clause.Word(end + 1)) ? clause.Word(end + 1) : null;
    }

    /// <summary>A word of capitals that names a zone: "GMT", "EDT"; not "AM" or "PM", a half of the day written in capitals.</summary>
    private static bool IsZone(string word) =>
        word.Length is >= 2 and <= 4 && word.All(char.IsUpper) && !word.Equals("AM", StringComparison.Ordinal) && !word.Equals("PM", StringComparison.Ordinal);

    /// <summary>What an amount is of: its <paramref name="Head"/> noun from the profile list, as written in lower case, the
    /// qualifiers before it, the first token of the noun's phrase when it stands before the amount, and the last token of
    /// the amount's phrase.</summary>
    private readonly record struct AmountNounReading(string Head, IReadOnlyCollection<string> Qualifiers, int First, int PhraseEnd);

    /// <summary>"a ransom of $2 million", "the ransom was $2 million", "$2 million in ransom", "a $2 million ransom".</summary>
    private static AmountNounReading? AmountNoun(Clause clause, PhraseList nouns, PhraseList verbs, int first, int last)
    {
        // After the amount: "$31 billion in undistributed foreign earnings", "a $5 billion one-time charge", "$2 billion worth of damage".
        var afterIn = clause.IsWord(last + 1, "in");
        var after = afterIn ? last + 2 : clause.IsWord(last + 1, "worth") && clause.IsWord(last + 2, "of") ? last + 3 : last + 1;
        if (NounAfter(clause, nouns, after, afterIn) is { } following) return following;
        // Before it: "a ransom of", "the ransom was", "the bill stood at", "the border stretches", "a contract worth", "the deal,
        // worth", and a
        // length with its dimension after it: "a fence eight feet tall".
        var end = first - 1;
        if (clause.IsWord(end, "of")) end--;
        else if (DimensionAdjectives.Contains(clause.Word(last + 1)) && PhraseEndingAt(clause, nouns, end) > 0) last++;
        else if (PhraseEndingAt(clause, verbs, end) is > 0 and var verb)
        {
            end -= verb;
            // "the deal, worth $2.4 billion,": the amount in an aside after its noun.
            if (clause.Text(end) == ",") end--;
        }
        else return null;
        // "The siege at a bank in Lyon lasted": the noun before the complements of place that follow it.
        if (PhraseEndingAt(clause, nouns, end) == 0) end = BeforePlaceComplements(clause, end);
        if (PhraseEndingAt(clause, nouns, end) is not (> 0 and var length)) return null;
        var noun = end - length + 1;
        return new AmountNounReading(Head(clause, noun, end), QualifiersBefore(clause, noun), noun, last);
    }

    /// <summary>The last token before up to two complements of place that end at <paramref name="end"/> ("at a bank in Lyon"):
    /// a preposition of place and a noun phrase of up to three words after it. <paramref name="end"/> itself when none ends there.</summary>
    private static int BeforePlaceComplements(Clause clause, int end)
    {
        var before = end;
        for (var complements = 0; complements < 2; complements++)
        {
            var k = before;
            while (k > before - 4 && clause.Has(k) && (IsHolderNounWord(clause, k) || Determiners.Contains(clause.Word(k)))) k--;
            if (k == before || k <= before - 4 || !PlacePrepositions.Contains(clause.Word(k)) || clause.IsWord(k, "of")) break;
            before = k - 1;
        }
        return before;
    }

    /// <summary>"fined Acme €2 million", "Acme was fined €2 million": a verb of <see cref="AmountActs"/> right before the amount, or
    /// before the names of whom it is taken from, names the amount's noun.</summary>
    private static AmountNounReading? NamedByAct(Clause clause, int first, int last)
    {
        var verb = first - 1;
        while (clause.IsName(verb) && verb > first - 4) verb--;
        if (!AmountActs.TryGetValue(clause.Word(verb), out var noun)) return null;
        // The names between the verb and the amount say whose it is ("fined Acme"): they stay out of its phrase, among its clause's names.
        return new AmountNounReading(noun, [], verb == first - 1 ? verb : first, last);
    }

    /// <summary>
    /// The measure of a thing that no noun of the profile's lists names, when the text says which thing holds it and which of
    /// its measures it is: "the module weighs nearly 19,000 pounds", "the well was about 40 metres deep", "the tram was
    /// travelling at 43 mph", "a 40-metre-deep well", "the 450-pound gorilla". The head is the measure and its holder,
    /// "depth of the well": the holder is a name, or a noun after a determiner, with the names of its phrase ("the Salyut
    /// station"). A mass is a weight only after a verb of weighing or as an adjective ("pounds" is money too, and "the ticket
    /// was 40 pounds" is its price); a length needs the adjective of its dimension (the depth of a well is not its width);
    /// a speed needs a verb of moving. A pronoun holds nothing sure.
    /// </summary>
    private static AmountNounReading? MeasureOfHolder(ArticleReading reading, Clause clause, AmountUnitReading unit, int first)
    {
        if (unit.Measure is not { } measure) return null;
        var end = unit.End;
        var dimension = DimensionNamed(clause, end);
        if (dimension is null && Dimensions.TryGetValue(clause.Word(end + 1), out var after)) (dimension, end) = (after, end + 1);
        var attribute = measure.Dimension == Units.Length ? dimension : HolderMeasures.TryGetValue(measure.Dimension, out var held) ? held : null;
        if (attribute is null) return null;
        // Before the measure: "the module weighs", "the well was … deep", "the tram was travelling at".
        var verb = clause.IsWord(first - 1, "just") || clause.IsWord(first - 1, "only") ? first - 2 : first - 1;
        var verbLength = measure.Dimension switch
        {
            Units.Speed => clause.IsWord(verb, "at") && SpeedVerbs.Contains(clause.Word(verb - 1)) ? 2 : 0,
            Units.Mass => clause.Word(verb).StartsWith("weigh", StringComparison.OrdinalIgnoreCase) ? 1 : 0,
            _ => PhraseEndingAt(clause, reading.Lexicon.AmountVerbs, verb),
        };
        if (verbLength > 0)
        {
            var subject = RelativeClauseHolder(clause, verb - verbLength);
            if (Holder(reading, clause, subject) is not { } holder || IsPlural(clause.Word(subject))) return null;
            // "the Orvel-2 module weighs": the names before the noun say which module, as they do before "the 6.5-tonne Orvel-2 module".
            var before = new List<string>();
            for (var k = subject - 1; clause.IsName(k); k--) before.Insert(0, clause.Word(k));
            if (before.Count > 0 && holder.StartsWith("the ", StringComparison.Ordinal)) holder = "the " + string.Join(" ", before) + holder.Substring(3);
            // Over a relative clause or its pronoun the phrase is the verb's: "the truck that crashed … weighed 44 tonnes" shows "weighed 44 tonnes".
            var verbStart = verb - verbLength + 1;
            var nearSubject = verbStart - 1;
            while (nearSubject > subject && Auxiliaries.Contains(clause.Word(nearSubject))) nearSubject--;
            return new AmountNounReading(attribute + " of " + holder, [], nearSubject == subject ? subject : verbStart, end);
        }
        // After it, as an adjective: "a 40-metre-deep well", "the 8.5-tonne space station". Not a speed: "a 40-mph zone" is no thing's speed.
        if (!unit.QualifiesNoun || measure.Dimension == Units.Speed) return null;
        var determiner = clause.Word(first - 1);
        if (!Determiners.Contains(determiner) && !HolderDeterminers.Contains(determiner) && !Token.IsPossessiveEnding(clause.Text(first - 1))) return null;
        var last = end;
        var names = new List<string>();
        while (last < end + 3 && IsHolderNounWord(clause, last + 1))
        {
            last++;
            if (clause.IsName(last)) names.Add(clause.Word(last));
        }
        // "11-foot-long crocodiles", "13-tonne vehicles": the measure of each of several things is no one thing's.
        if (last == end || IsPlural(clause.Word(last))) return null;
        var holderName = clause.IsName(last) ? string.Join(" ", names) : "the " + string.Join(" ", names.Append(clause.Word(last).ToLowerInvariant()));
        return new AmountNounReading(attribute + " of " + holderName, [], first, last);
    }

    /// <summary>
    /// The cost of a thing that no noun of the profile's money nouns names, when the text says which thing it is: "the new bridge
    /// in Leeds will cost £40 million", "the cost of the new bridge in Leeds is £40 million", "the £40 million bridge". The head
    /// is "cost of the bridge", keyed as a holder's measure is: the cost of the bridge is not the cost of the tunnel, and two
    /// reports of one story that give the bridge's cost give one quantity. A thing in the plural, a pronoun, or a noun with no
    /// determiner ("a £40 million bridge" is any bridge; "its new £40m bridge" is left unread) holds no cost.
    /// </summary>
    private static AmountNounReading? CostOfHolder(ArticleReading reading, Clause clause, AmountUnitReading unit, int first)
    {
        var verb = first - 1;
        int subject;
        if (CostWords.Contains(clause.Word(verb)))
        {
            // "the bridge will cost", "the bridge in Leeds cost", "the bridge, which cost".
            var end = verb - 1;
            while (clause.Has(end) && (Auxiliaries.Contains(clause.Word(end)) || VerbForms.Modals.Contains(clause.Word(end)))) end--;
            subject = RelativeClauseHolder(clause, BeforePlaceComplements(clause, end));
        }
        else if (PhraseEndingAt(clause, reading.Lexicon.AmountVerbs, verb) is > 0 and var verbLength)
        {
            // "the cost of the new bridge in Leeds is": the holder after "cost of".
            subject = BeforePlaceComplements(clause, verb - verbLength);
            var determiner = subject - 1;
            while (determiner > subject - 4 && clause.Has(determiner) && !HolderDeterminers.Contains(clause.Word(determiner))) determiner--;
            if (!clause.IsWord(determiner - 1, "of") || !CostWords.Contains(clause.Word(determiner - 2))) return null;
            verb = determiner - 2;
        }
        else return AttributiveCost(clause, unit, first);
        if (Holder(reading, clause, subject) is not { } holder || IsPlural(clause.Word(subject)) || !holder.StartsWith("the ", StringComparison.Ordinal)) return null;
        return new AmountNounReading("cost of " + holder, [], Math.Min(subject, verb), unit.End);
    }

    /// <summary>"the £40 million bridge": money as an adjective of a thing after a determiner is what the thing costs. After a
    /// possessive pronoun it is the thing of whoever the pronoun stands for ("The Kentland fire department will use its $16,800
    /// award", "The New Windsor company … its $149,895 award"): each owner's, which the key cannot name.</summary>
    private static AmountNounReading? AttributiveCost(Clause clause, AmountUnitReading unit, int first)
    {
        var determiner = clause.Word(first - 1);
        if (!HolderDeterminers.Contains(determiner) || PossessivePronouns.Contains(determiner)) return null;
        var last = unit.End;
        while (last < unit.End + 2 && IsHolderNounWord(clause, last + 1) && !clause.IsName(last + 1)) last++;
        if (last == unit.End || IsPlural(clause.Word(last))) return null;
        return new AmountNounReading("cost of the " + clause.Word(last).ToLowerInvariant(), [], first, last);
    }

    /// <summary>The possessive pronouns among the holder's determiners: "its", "their", "his", "her".</summary>
    private static readonly HashSet<string> PossessivePronouns = new(StringComparer.OrdinalIgnoreCase) { "its", "their", "his", "her" };

    /// <summary>The token of the holder of a verb whose subject ends at <paramref name="end"/>: over the verb group ("the well
    /// was"), a relative pronoun and its comma ("the truck, which weighed"), or a relative clause ("the truck that crashed into a
    /// bridge on Friday weighed": the noun before the nearest "that" or "which", when no comma stands between).</summary>
    private static int RelativeClauseHolder(Clause clause, int end)
    {
        var subject = end;
        while (clause.Has(subject) && Auxiliaries.Contains(clause.Word(subject))) subject--;
        if (IsRelativePronoun(clause, subject)) return clause.Text(subject - 1) == "," ? subject - 2 : subject - 1;
        if (clause.IsName(subject) || (clause.Word(subject).Length > 0 && char.IsUpper(clause.Word(subject)[0])) || clause.Word(subject).Length == 0)
        {
            for (var k = subject - 1; k > subject - 12 && clause.Has(k) && clause.Text(k) != ","; k--)
            {
                if (IsRelativePronoun(clause, k)) return k - 1;
            }
        }
        return subject;
    }

    private static bool IsRelativePronoun(Clause clause, int k) => clause.IsWord(k, "which") || clause.IsWord(k, "that");

    /// <summary>A lower-case noun in the plural: "vehicles", but not "bus" or "chassis".</summary>
    private static bool IsPlural(string word) =>
        char.IsLower(word[0]) && word.EndsWith("s", StringComparison.Ordinal) && !word.EndsWith("ss", StringComparison.Ordinal)
        && !word.EndsWith("us", StringComparison.Ordinal) && !word.EndsWith("is", StringComparison.Ordinal);

    /// <summary>The dimension an adjective at <paramref name="k"/> names, alone ("long") or after a unit ("metre-deep").</summary>
    private static string? DimensionNamed(Clause clause, int k) =>
        Dimensions.TryGetValue(LastPart(clause.Text(k)), out var dimension) && clause.Text(k).Length > 0 ? dimension : null;

    /// <summary>A word of the noun phrase a measure qualifies: a name or a word of the text, but none that ends the phrase ("of",
    /// "was"), a conjunction or a word of a verb ("while", "dug", "fell", "falling", "quickly").</summary>
    private static bool IsHolderNounWord(Clause clause, int k)
    {
        var word = clause.Word(k);
        if (word.Length < 2 || NounRunEnds.Contains(word) || NounComplements.Contains(word) || PlacePrepositions.Contains(word) || Auxiliaries.Contains(word)
            || SourceBoundaries.Contains(word) || ClauseConjunctions.Contains(word) || IrregularPastTenses.Contains(word))
        {
            return false;
        }
        if (clause.IsName(k)) return true;
        return char.IsLower(word[0]) && !word.EndsWith("ed", StringComparison.Ordinal) && !word.EndsWith("ing", StringComparison.Ordinal)
               && !word.EndsWith("ly", StringComparison.Ordinal) && !NumberWords.TryCardinal(word, out _);
    }

    /// <summary>"the missile flew 2,700 km", "it travelled around 1,677 miles", "it flew only 998 miles": a length right after
    /// a verb of the profile's <see cref="FigureLexicon.DistanceVerbsList"/> is the distance travelled, whose noun the verb
    /// stands for.</summary>
    private static AmountNounReading? DistanceTravelled(ArticleReading reading, Clause clause, AmountUnitReading unit, int first)
    {
        // "it flew only 998 miles": "only" stresses how short the distance was and leaves the length as stated.
        var end = clause.IsWord(first - 1, "only") ? first - 2 : first - 1;
        if (unit.Measure is not { Dimension: Units.Length } || PhraseEndingAt(clause, reading.Lexicon.DistanceVerbs, end) is not (> 0 and var verb)) return null;
        // "flew 3,700 km (2,300 miles) high" is how high it flew, not how far.
        var after = unit.End + 1;
        if (clause.Text(after) == "(")
        {
            while (clause.Has(after) && clause.Text(after) != ")") after++;
            after++;
        }
        if (DimensionAdjectives.Contains(clause.Word(after))) return null;
        return new AmountNounReading(DistanceTravelledHead, [], end - verb + 1, unit.End);
    }

    private const string DistanceTravelledHead = "distance travelled";

    /// <summary>The unit an amount is given for, after it: "$82 a share", "$3 per barrel", "£10 a head", "$5 each", and the
    /// hyphenated "$82-a-share"; <paramref name="Per"/> is how the key names it ("per share", "each"), <paramref name="End"/>
    /// its last token. None for a stretch of the calendar ("$40 million a year"), which <see cref="Times"/> reads as the stretch
    /// the amount is of.</summary>
    private readonly record struct RateReading(string Per, int End);

    private static RateReading? Rate(Clause clause, int end)
    {
        var k = end + 1;
        if (clause.IsWord(k, "each") || clause.IsWord(k, "apiece")) return new RateReading("each", k);
        string unit;
        int last;
        if (clause.Text(k) == "-" && clause.Word(k + 1).IndexOf('-') is > 0 and var hyphen)
        {
            // "$82-a-share": one word after the hyphen of the amount.
            var written = clause.Word(k + 1);
            if (written.Substring(0, hyphen).ToLowerInvariant() is not ("a" or "an" or "per")) return null;
            (unit, last) = (written.Substring(hyphen + 1), k + 1);
        }
        else if (clause.IsWord(k, "a") || clause.IsWord(k, "an") || clause.IsWord(k, "per")) (unit, last) = (clause.Word(k + 1), k + 1);
        else return null;
        if (unit.Length == 0 || !char.IsLower(unit[0]) || CalendarUnits.Contains(unit) || Determiners.Contains(unit)) return null;
        return new RateReading("per " + unit.ToLowerInvariant(), last);
    }

    /// <summary>"travelled a distance of", "flew the length of": a verb of the profile's distance verbs and a determiner before
    /// the noun <paramref name="noun"/> make it the object of the travel, the distance travelled.</summary>
    private static bool Travels(ArticleReading reading, Clause clause, int noun)
    {
        var verb = noun - 1;
        while (clause.Has(verb) && Determiners.Contains(clause.Word(verb))) verb--;
        return verb < noun - 1 && PhraseEndingAt(clause, reading.Lexicon.DistanceVerbs, verb) > 0;
    }

    /// <summary>The number of words of the longest phrase of <paramref name="list"/> that ends at <paramref name="end"/>
    /// ("stood at", "was"); 0 when none does.</summary>
    private static int PhraseEndingAt(Clause clause, PhraseList list, int end)
    {
        for (var start = end - 2; start <= end; start++)
        {
            if (start >= 0 && clause.MatchAt(list, start) == end - start + 1) return end - start + 1;
        }
        return 0;
    }

    /// <summary>The last noun of the list in the run of up to three lower-case words from <paramref name="start"/>, the words
    /// before it its qualifiers: "federal income taxes" is taxes, qualified as federal and income.</summary>
    private static AmountNounReading? NounAfter(Clause clause, PhraseList nouns, int start, bool afterIn)
    {
        AmountNounReading? found = null;
        var qualifiers = new List<string>();
        for (var k = start; k < start + 3 && IsQualifier(clause, k);)
        {
            var length = clause.MatchAt(nouns, k);
            if (length > 0)
            {
                // "a $5 billion earnings hit" is a hit, of a noun the list does not hold: a noun the run goes on to is the head.
                found = GoesOnToANoun(clause, k + length, afterIn) ? null : new AmountNounReading(Head(clause, k, k + length - 1), qualifiers.ToList(), start, k + length - 1);
                qualifiers.Add(Head(clause, k, k + length - 1));
                k += length;
                continue;
            }
            qualifiers.Add(clause.Word(k).ToLowerInvariant());
            k++;
        }
        return found;
    }

    /// <summary>Possessives and determiners that open a noun phrase: its qualifiers stand between them and the noun.</summary>
    private static readonly HashSet<string> PhraseOpeners = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "its", "his", "her", "their", "our", "this", "that", "'s", "’s",
    };

    /// <summary>The qualifiers between a noun phrase's opener and its noun ("the federal budget of"), none when no opener stands
    /// within two words of the noun: before "post fourth-quarter net income of" stand a verb and a time, not qualifiers.</summary>
    private static IReadOnlyCollection<string> QualifiersBefore(Clause clause, int noun)
    {
        for (var opener = noun - 1; opener >= noun - 3; opener--)
        {
            if (!PhraseOpeners.Contains(clause.Text(opener))) continue;
            var qualifiers = Enumerable.Range(opener + 1, noun - opener - 1).ToList();
            return qualifiers.All(k => IsQualifier(clause, k)) ? qualifiers.Select(k => clause.Word(k).ToLowerInvariant()).ToList() : [];
        }
        return [];
    }

    /// <summary>True when the word at <paramref name="k"/> may carry a compound noun on ("earnings hit", "Earnings Hit" in a
    /// headline): a word that ends no noun's run and does not read as a verb ("earnings reinvested abroad", "a border
    /// separates", "taxes owed"). After "in" ("$35 million in tax balances") the amount's noun phrase allows no verb, so a
    /// plural there is the compound's noun: the balances, not the tax.</summary>
    private static bool GoesOnToANoun(Clause clause, int k, bool afterIn)
    {
        var word = clause.Word(k);
        if (word.Length == 0 || NounRunEnds.Contains(word)) return false;
        if (!clause.IsInHeading(k) && clause.IsName(k)) return false;
        return !(word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || word.EndsWith("ing", StringComparison.OrdinalIgnoreCase)
                 || word.EndsWith("ly", StringComparison.OrdinalIgnoreCase) || !afterIn && word.EndsWith("s", StringComparison.OrdinalIgnoreCase));
    }

    private static string Head(Clause clause, int start, int end) =>
        string.Join(" ", Enumerable.Range(start, end - start + 1).Select(k => clause.Word(k).ToLowerInvariant()));

    /// <summary>A word that may qualify an amount's noun: a word of the text, not a name (a headline's capitals are no names),
    /// nor a word that ends the noun's phrase, nor a word of the calendar ("fourth-quarter" earnings say when, and
    /// <see cref="Times"/> reads them).</summary>
    private static bool IsQualifier(Clause clause, int k)
    {
        var word = clause.Word(k);
        return word.Length > 0 && !clause.IsName(k) && !NounRunEnds.Contains(word) && !CalendarUnits.Contains(LastPart(word)) && !RecurringPeriods.ContainsKey(word)
               && !Determiners.Contains(word) && !NumberWords.TryCardinal(word, out _) && !NumberWords.TryOrdinal(word, out _)
               && !CalendarWords.IsDayOrMonth(word);
    }

    /// <summary>True when a word of the profile's <see cref="FigureLexicon.AmountExpectationsList"/> stands in the clause, but for
    /// one that reports a statement ("the analyst estimated that …"): what is stated may be an amount that is.</summary>
    private static bool IsExpected(ArticleReading reading, Clause clause) =>
        clause.WordIndexes().Any(k => clause.MatchAt(reading.Lexicon.AmountExpectations, k) > 0 && !clause.IsWord(k + 1, "that"));

    /// <summary>True when "a" or "an" opens the amount's phrase that starts at <paramref name="start"/>, before its qualifiers:
    /// "a $100,000 donation", "a hefty fine of $5,000".</summary>
    private static bool OpensIndefinitely(Clause clause, int start)
    {
        for (var k = start - 1; k >= start - 3; k--)
        {
            if (clause.IsWord(k, "a") || clause.IsWord(k, "an")) return true;
            if (!IsQualifier(clause, k)) return false;
        }
        return false;
    }

    /// <summary>True when the sum stands bare before "in" and its noun ("awarded North Carolina $10,780,000 in federal funding",
    /// "$12.5 million in private investment"): a sum of the thing introduced as new, as "a $100,000 donation" is, not the one
    /// named before ("the $4 million in funding"). A release that lists grants gives one such sum for each, and its total:
    /// a blind round judged all 5 conflicts between them wrong.</summary>
    private static bool IsBareSumIn(Clause clause, int figureFirst, int amountEnd, int nounFirst) =>
        nounFirst > amountEnd && clause.IsWord(amountEnd + 1, "in") && !HolderDeterminers.Contains(clause.Word(figureFirst - 1))
        && !Token.IsPossessiveEnding(clause.Text(figureFirst - 1));

    /// <summary>The last part of a hyphenated word ("quarter" of "fourth-quarter"); the word itself when it has no hyphen.</summary>
    private static string LastPart(string word) => word.Substring(word.LastIndexOf('-') + 1);

    /// <summary>The times a clause names, but for the <paramref name="excluded"/> tokens. The stretch an amount is of: years
    /// ("2016"), quarters ("fourth quarter") and periods ("a year" for "annual" or "per year", "last year"), which two amounts
    /// of one thing name alike. And the days and months ("Sunday", "December"), which often say only when the amount was
    /// given ("said on Friday", "in a Dec. 22 filing"): those set two amounts apart only when each names others.</summary>
    private static (HashSet<string> Times, IReadOnlyCollection<string> Days) Times(ArticleReading reading, Clause clause, HashSet<int> excluded)
    {
        var times = new HashSet<string>(StringComparer.Ordinal);
        var days = new HashSet<string>(StringComparer.Ordinal);
        foreach (var figure in clause.FiguresIn(reading.Figures))
        {
            if (figure.Kind == FigureKind.Year && !excluded.Contains(figure.FirstToken)) times.Add(figure.Text.Trim());
        }
        foreach (var k in clause.WordIndexes())
        {
            if (excluded.Contains(k)) continue;
            var word = clause.Word(k);
            // "Dec." and "December" are one month; "may" in lower case is a verb.
            if (char.IsUpper(word[0]) && CalendarWords.MonthNumber(word.TrimEnd('.')) is > 0 and var month)
            {
                days.Add(System.Globalization.CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month).ToLowerInvariant());
            }
            else if (CalendarWords.DayNames.Contains(word)) days.Add(word.ToLowerInvariant());
            else if (RecurringPeriods.TryGetValue(word, out var recurring)) times.Add(recurring);
            else if (word.Contains('-') && CalendarUnits.Contains(LastPart(word)))
            {
                // "fourth-quarter earnings", "full-year profit", "a six-month budget": one word of a time and its stretch.
                times.Add(word.Replace('-', ' ').ToLowerInvariant());
            }
            else if (!CalendarUnits.Contains(word)) continue;
            else if (clause.Word(k - 1).ToLowerInvariant() is "a" or "per" or "each" or "every") times.Add("a " + word.ToLowerInvariant());
            else if (clause.Word(k - 1).ToLowerInvariant() is "last" or "this" or "next") times.Add(clause.Word(k - 1).ToLowerInvariant() + " " + word.ToLowerInvariant());
            else if (word.Equals("quarter", StringComparison.OrdinalIgnoreCase))
            {
                // "the fourth quarter", "the quarter": which quarter, when the text says.
                times.Add(NumberWords.TryOrdinal(clause.Word(k - 1), out _) ? clause.Word(k - 1).ToLowerInvariant() + " quarter" : "quarter");
            }
        }
        return (times, days);
    }
}
