using System;
using System.Collections.Generic;
using System.Linq;
using Editorial.Articles;
using Editorial.Text;

namespace Editorial.Figures;

/// <summary>
/// Quantities that no place or site ties to an occasion, keyed by what they measure: the lap of a driver's crash, the
/// laps completed when a race was stopped, the length of a call between two leaders, a player's seasons with a team,
/// pages of documents handed over, money taken from a named budget, the things one holder did one act to ("posted three
/// photos"); and people taken to hospital.
/// </summary>
internal static partial class QuantityKeyReader
{
    /// <summary>Events that "a total of 51" counts people for, when no noun follows the number.</summary>
    private static readonly HashSet<string> PeopleEvents = new(StringComparer.Ordinal)
    {
        "killed", "wounded", "hospitalised", "evacuated", "rescued", "arrested", "missing",
    };

    /// <summary>"rushed to hospital", "taken to two hospitals", "hospitalised".</summary>
    private static bool HospitalisedAt(Clause clause, int k)
    {
        if (clause.IsWord(k, "hospitalised") || clause.IsWord(k, "hospitalized")) return true;
        if (!HospitalVerbs.Contains(clause.Word(k)) || !clause.IsWord(k + 1, "to")) return false;
        for (var i = k + 2; i <= k + 4; i++)
        {
            if (clause.IsWord(i, "hospital") || clause.IsWord(i, "hospitals")) return true;
        }
        return false;
    }

    /// <summary>"a total of 51 had been taken to hospital": a total with no noun counts people when its verb is done to people.</summary>
    private static CountPhrase? TotalOfPeople(Clause clause, Figure figure)
    {
        if (figure.Hedge != Hedge.None || !clause.IsWord(figure.FirstToken - 1, "of") || !clause.IsWord(figure.FirstToken - 2, "total")) return null;
        var after = figure.LastToken + 1;
        if (!Auxiliaries.Contains(clause.Word(after))) return null;
        while (clause.Has(after) && Auxiliaries.Contains(clause.Word(after)) && after < figure.LastToken + 5) after++;
        var @event = HospitalisedAt(clause, after) ? "hospitalised" : EventAt(clause, after);
        return @event is not null && PeopleEvents.Contains(@event) ? new CountPhrase("people", @event, false, figure.LastToken, []) : null;
    }

    /// <summary>True for a word that names no one who acts: a function word, a title, a day, a month, a contraction.</summary>
    private static bool IsNoHolder(string word) =>
        word.Length < 2 || word.Contains('\'') || word.Contains('’') || Determiners.Contains(word) || HolderDeterminers.Contains(word)
        || NoPartOfAName.Contains(word) || SourceBoundaries.Contains(word) || ClauseConjunctions.Contains(word) || Titles.Contains(word)
        || CalendarWords.IsDayOrMonth(word);

    /// <summary>A capitalised word of a holder's name: a name, or a word the article never writes in lower case ("Brightwell"
    /// opening a sentence).</summary>
    private static bool IsHolderName(ArticleReading reading, Clause segment, int k)
    {
        var word = segment.Word(k);
        return !IsNoHolder(word) && char.IsUpper(word[0]) && (segment.IsName(k) || !reading.WritesInLowerCase(word));
    }

    /// <summary>Words of the verb group or the sentence's joints, which stand before a verb without holding its act: "the band
    /// then posted", "the firm or its owner closed".</summary>
    private static readonly HashSet<string> HolderExclusions = new(StringComparer.OrdinalIgnoreCase)
    {
        "to", "or", "nor", "then", "even", "just", "still", "never", "not", "only", "first", "once", "who", "which", "that",
    };

    /// <summary>Words that open a phrase saying what kind of thing a noun counts, or where: "allegations of killings",
    /// "complaints about noise", "stores in Ohio".</summary>
    private static readonly HashSet<string> NounComplements = new(StringComparer.OrdinalIgnoreCase)
    {
        "of", "about", "on", "for", "against", "over", "from", "in", "at", "to", "with", "by", "into", "across", "related", "linked", "involving",
    };

    private readonly record struct SpecificReading(string Counted, string Event, bool IsSeries, int PhraseEnd, IReadOnlyCollection<string> Names,
        int SharedNamesNeeded, bool CheckOccasion = true, int Holder = -1, bool IsHeldByCommonNoun = false, Interval? Values = null);

    /// <summary>The quantities of this file, or null for every other figure.</summary>
    private static CountedFigure? ReadSpecific(ArticleReading reading, Figure figure)
    {
        if (figure.Kind is not (FigureKind.Count or FigureKind.Ordinal or FigureKind.Modifier or FigureKind.Money or FigureKind.Age or FigureKind.Year or FigureKind.Date)) return null;
        var article = reading.Article;
        var sentence = article.Sentences[figure.SentenceIndex];
        var clause = Clause.Around(reading, sentence, figure);
        var segment = clause.SegmentAround(figure.FirstToken);
        var read = figure.Kind switch
        {
            FigureKind.Money => MoneyTaken(segment, figure) ?? MoneySpentAt(reading, clause, segment, figure),
            FigureKind.Modifier => Duration(reading, segment, figure) ?? PartsOfTheThing(reading, segment, figure),
            FigureKind.Age => Age(reading, segment, figure),
            FigureKind.Year or FigureKind.Date => StateSince(reading, segment, figure),
            FigureKind.Ordinal => PlaceInSeries(reading, segment, figure),
            _ => Age(reading, segment, figure) ?? Lap(reading, segment, figure) ?? LapsAtStoppage(segment, figure) ?? Duration(reading, segment, figure) ?? Tenure(reading, clause, figure)
                 ?? DocumentCount(reading, segment, figure) ?? ObjectCount(reading, segment, figure),
        };
        if (read is not { } r) return null;
        if (segment.IsPartCue(figure, r.PhraseEnd) || (r.CheckOccasion && segment.IsAboutAnotherOccasion(reading))) return null;
        var sourceTokens = new HashSet<int>();
        var source = clause.Source(figure, sourceTokens);
        // "The singer posted four photos": the holder of the act is no source of its count (a verb of posting reports too).
        if (sourceTokens.Contains(r.Holder)) source = null;
        var excluded = new HashSet<int>(sourceTokens);
        for (var k = figure.FirstToken; k <= r.PhraseEnd; k++) excluded.Add(k);
        // "sold 40,000 copies since March" is a running tally, not the count of one act.
        // "has authored three pieces of legislation": the present perfect counts the holder's acts to date, a running total.
        var period = r.Holder < 0 ? null : IsPresentPerfect(segment, r.Holder) ? QuantityKey.CumulativePeriod : segment.Period();
        var key = new QuantityKey(r.Counted, r.Event, r.IsSeries, [], [], segment.Days(excluded), r.Names, setting: null, period: period,
            sharedNamesNeeded: r.SharedNamesNeeded, isSpecific: true, isHeldByCommonNoun: r.IsHeldByCommonNoun);
        var phrase = TextSpan.FromBounds(figure.Span.Start, article.Tokens[r.PhraseEnd].Span.End);
        var counted = new CountedFigure(figure, key, phrase, article.GetText(phrase), source, segment.Timing(figure, reading.Figures));
        // A year is compared as the year it names, whatever day of it a date gives.
        if (r.Values is { } values) counted.Interval = values;
        return counted;
    }

    /// <summary>
    /// "the 35-word oath", "the 12-member panel", "the 20-point plan": the count of the parts of one thing the story knows (the
    /// definite article says so), keyed by the part and the thing and compared only when a name of the clause agrees (whose
    /// oath, which panel). Units of measure, of money and of time are read elsewhere or say when ("the 10-year-old", "the
    /// five-day visit" of another year), a part in the plural or a capital names something else ("the 7-Eleven store"), and a
    /// part that sorts things into kinds names one of them ("the 64-bit version" beside "the 32-bit version"). Nor is an
    /// article that introduces several such things by their parts ("charged in a 157-count indictment", "on a 38-count
    /// indictment") telling of one: "the 38-count indictment" then says which.
    /// </summary>
    private static SpecificReading? PartsOfTheThing(ArticleReading reading, Clause segment, Figure figure)
    {
        var hyphen = figure.LastToken + 1;
        if (!segment.IsWord(figure.NumberFirstToken - 1, "the") || figure.Hedge != Hedge.None || segment.Text(hyphen) != "-") return null;
        var part = segment.Word(hyphen + 1);
        if (part.Length < 3 || !part.All(char.IsLower) || part.EndsWith("s", StringComparison.Ordinal) || Units.TryGet(part, out _)
            || FigureWords.Instance.ClassifyingParts.Contains(part)
            || CalendarUnits.Contains(part) || DurationUnits.ContainsKey(part) || NumberWords.TryCardinal(part, out _))
        {
            return null;
        }
        // The thing: the noun that ends the phrase, after at most one word that qualifies it ("the 35-word presidential oath").
        var thing = hyphen + 2;
        if (!EndsNounPhrase(reading, segment, thing + 1) && IsHolderNounWord(segment, thing + 1)) thing++;
        var noun = segment.Word(thing);
        if (noun.Length < 3 || !char.IsLower(noun[0]) || !IsHolderNounWord(segment, thing) || !EndsNounPhrase(reading, segment, thing + 1)
            || reading.IntroducesSeveralByParts(part, noun))
        {
            return null;
        }
        return new SpecificReading(part + "s", "of the " + noun, false, thing, ProperNames(reading, segment, figure), 1);
    }

    /// <summary>How many things of <paramref name="noun"/> the article introduces by their count of <paramref name="part"/>:
    /// "a 157-count indictment", "a 12-member interim panel" (at most one word between the part and the noun, as
    /// <see cref="PartsOfTheThing"/> reads).</summary>
    internal static int IntroductionsByParts(ArticleReading reading, string part, string noun)
    {
        var tokens = reading.Article.Tokens;
        var introductions = 0;
        foreach (var figure in reading.Figures)
        {
            var hyphen = figure.LastToken + 1;
            if (figure.NumberFirstToken < 1 || !(tokens[figure.NumberFirstToken - 1].Text is "a" or "an" or "A" or "An")
                || hyphen + 2 >= tokens.Count || tokens[hyphen].Text != "-" || tokens[hyphen + 1].Text != part)
            {
                continue;
            }
            if (tokens[hyphen + 2].Text == noun || (hyphen + 3 < tokens.Count && tokens[hyphen + 3].Text == noun)) introductions++;
        }
        return introductions;
    }

    /// <summary>
    /// "$5,687.75 on the Harbour View Inn", "a $5,587.75 stay at the Harbour View Inn": money spent at a place the text names,
    /// keyed by the name and compared only when another name of the sentence's clause agrees (whose spending: a list of
    /// expenses names the spender once, before the list). A noun of the profile's amount nouns between them ("a $2 million
    /// bonus at Goldman") makes the amount that noun's, and a name that qualifies a noun after it ("on Facebook ads") is no
    /// place. The year of the spending is no other occasion: a story about expenses tells of past ones.
    /// </summary>
    private static SpecificReading? MoneySpentAt(ArticleReading reading, Clause clause, Clause segment, Figure figure)
    {
        var at = figure.LastToken + 1;
        if (!(segment.IsWord(at, "on") || segment.IsWord(at, "at")))
        {
            var noun = segment.Word(at);
            if (noun.Length == 0 || !char.IsLower(noun[0]) || segment.MatchAt(reading.Lexicon.MoneyNouns, at) > 0 || !IsHolderNounWord(segment, at)) return null;
            at++;
            if (!segment.IsWord(at, "at")) return null;
        }
        var first = segment.IsWord(at + 1, "the") ? at + 2 : at + 1;
        var last = first;
        while (IsPlaceNameWord(reading, segment, last + 1)) last++;
        if (!IsPlaceNameWord(reading, segment, first) || last == first || !EndsNounPhrase(reading, segment, last + 1)) return null;
        var place = string.Join(" ", Enumerable.Range(first, last - first + 1).Select(k => segment.Text(k))).Replace(" ’s", "'s").Replace(" 's", "'s");
        var names = new HashSet<string>(ProperNames(reading, clause, figure), StringComparer.Ordinal);
        for (var k = first; k <= last; k++) names.Remove(Stem(segment.Word(k)));
        return new SpecificReading("money spent", "at " + place, false, last, names, 1, CheckOccasion: false);
    }

    /// <summary>A word of a place's name: a capitalised word, or the possessive ending inside it ("Harbour's View Inn").</summary>
    private static bool IsPlaceNameWord(ArticleReading reading, Clause segment, int k) =>
        IsHolderName(reading, segment, k)
        || (Token.IsPossessiveEnding(segment.Text(k)) && IsHolderName(reading, segment, k - 1) && IsHolderName(reading, segment, k + 1));

    /// <summary>"on lap 13 when he smashed his Sauber", "Lap 14 Marcus Ericsson has a big smash": the lap of a driver's crash,
    /// one place in the race's series of laps, compared only when two names of the clause agree.</summary>
    private static SpecificReading? Lap(ArticleReading reading, Clause segment, Figure figure)
    {
        if (figure.Hedge != Hedge.None || !segment.IsWord(figure.FirstToken - 1, "lap")) return null;
        if (!segment.WordIndexes().Any(i => CrashWords.Contains(segment.Word(i))) || segment.WordIndexes().Any(i => RepeatWords.Contains(segment.Word(i)))) return null;
        var names = new HashSet<string>(ProperNames(reading, segment, figure), StringComparer.Ordinal);
        names.Remove(Stem(segment.Word(figure.FirstToken - 1))); // "Lap 14" opening a line of a live blog
        return new SpecificReading("lap", "crash", true, figure.LastToken, names, 2);
    }

    /// <summary>
    /// "This is the 15th North Korean missile test this year", "it was the 19th test this year": the place of the story's own
    /// occasion in the series of a stretch of the calendar, which a verb before it says the occasion is (an "and" may continue
    /// that verb's complement: "was the second to cross Japan and the 19th test this year"). Keyed by the series' noun, what
    /// befell its things ("the sixth civilian shot") and the stretch, and compared across a story when the names and the
    /// qualifiers of the phrases do not differ ("nuclear test" is not "missile test"; a bare "test" may be either); the place
    /// of one occasion was settled when it happened, so a later article does not revise it. "The first test this year was in May" tells of another
    /// occasion, "for the second time this year" of no verb's complement, and "it was the second time this year" not of what:
    /// none is read.
    /// </summary>
    private static SpecificReading? PlaceInSeries(ArticleReading reading, Clause segment, Figure figure)
    {
        var the = figure.NumberFirstToken - 1;
        if (figure.Hedge != Hedge.None || !segment.IsWord(the, "the")) return null;
        var said = OccasionVerbs.Contains(segment.Word(the - 1))
                   || (segment.IsWord(the - 1, "and") && segment.WordIndexes().Any(k => k < the && OccasionVerbs.Contains(segment.Word(k))));
        if (!said) return null;
        // The series' noun, after at most two words that qualify it ("North Korean missile test"), then "this year" after it, or
        // after what completes it ("launch of a ballistic missile by North Korea this year").
        var names = new HashSet<string>(StringComparer.Ordinal);
        var noun = -1;
        for (var k = figure.LastToken + 1; k <= figure.LastToken + 4 && segment.Has(k); k++)
        {
            var word = segment.Word(k);
            // A participle after the noun opens what befell it: "the sixth civilian shot by police", "the 31st person killed".
            if (word.Length == 0 || segment.IsWord(k, "this") || NounComplements.Contains(word) || IsParticiple(word)) break;
            if (segment.IsName(k)) names.Add(Stem(word));
            else if (!char.IsLower(word[0]) || Auxiliaries.Contains(word)) return null;
            noun = k;
        }
        if (noun < 0 || segment.IsName(noun)) return null;
        // The words that qualify the noun tell series apart as names do: a "nuclear test" is not a "missile test".
        for (var k = figure.LastToken + 1; k < noun; k++)
        {
            if (!segment.IsName(k)) names.Add(segment.Word(k).ToLowerInvariant());
        }
        var series = segment.Word(noun).ToLowerInvariant();
        if (series.Length < 3 || Partitives.Contains(series) || RepeatNouns.Contains(series) || CalendarUnits.Contains(series) || DurationUnits.ContainsKey(series) || Units.TryGet(series, out _)) return null;
        // What befell the things of the series is part of it: the sixth civilian shot is not the sixth civilian killed.
        if (IsParticiple(segment.Word(noun + 1))) series += " " + segment.Word(noun + 1).ToLowerInvariant();
        for (var k = noun + 1; k <= noun + 10 && segment.Has(k); k++)
        {
            var word = segment.Word(k);
            if (word.Length == 0) return null;
            // "earlier this year" dates the act, not the series: "the first president to visit Cuba earlier this year".
            if (segment.IsWord(k, "this") && CalendarStretches.Contains(segment.Word(k + 1)) && !segment.IsWord(k - 1, "earlier") && !segment.IsWord(k - 1, "later"))
            {
                return new SpecificReading("number", $"the {series} this {segment.Word(k + 1).ToLowerInvariant()}", true, k + 1, names, 0);
            }
            if (segment.IsName(k)) names.Add(Stem(word));
        }
        return null;
    }

    /// <summary>A past participle or a word of what befell someone: "killed", "shot", "injured", "stabbed".</summary>
    private static bool IsParticiple(string word) =>
        word.EndsWith("ed", StringComparison.Ordinal) || EventWords.ContainsKey(word) || MannersOfDeath.Contains(word);

    /// <summary>"red-flagged with 21 of 71 laps completed", "halted after 20 of 71 scheduled laps".</summary>
    private static SpecificReading? LapsAtStoppage(Clause segment, Figure figure)
    {
        var of = figure.LastToken + 1;
        if (figure.Hedge != Hedge.None || !segment.IsWord(of, "of") || !segment.IsNumber(of + 1)) return null;
        var noun = segment.IsWord(of + 2, "laps") ? of + 2 : segment.IsWord(of + 3, "laps") ? of + 3 : -1;
        if (noun < 0) return null;
        if (!segment.WordIndexes().Any(i => StoppageWords.Contains(segment.Word(i))) || segment.WordIndexes().Any(i => RepeatWords.Contains(segment.Word(i)))) return null;
        var total = segment.Word(of + 1).Length > 0 ? segment.Word(of + 1) : segment.Text(of + 1);
        return new SpecificReading($"laps of {total}", "completed when the race was stopped", false, noun, [], 0);
    }

    /// <summary>What the length of a call or meeting is counted in: the unit of the data file's <c>duration-minutes</c> worth one.</summary>
    private const string MinutesUnit = "minutes";

    /// <summary>"a phone call lasting 50 minutes", "a 40 minute phone conversation", "a two-hour meeting": the length of one
    /// call, meeting or speech, in minutes as every length of time is (<see cref="DurationMinutes"/>), compared only when two
    /// names of the clause agree (who spoke with whom).</summary>
    private static SpecificReading? Duration(ArticleReading reading, Clause segment, Figure figure)
    {
        // Its unit is read as every length of time is ("30 minutes", "a 45-minute", "a two-hour"), and counted in minutes.
        if (DurationUnit(reading, figure) is not { Measure: { } unit } duration) return null;
        var k = duration.End;
        string? thing = null;
        var phraseEnd = k;
        // Before the thing: "a 40 minute phone conversation".
        for (var i = k + 1; i <= k + 2 && thing is null; i++)
        {
            if (LastingThings.TryGetValue(segment.Word(i), out var before)) (thing, phraseEnd) = (before, i);
        }
        // After it: "a phone call lasting 50 minutes", "the meeting, which lasted two hours".
        var verb = figure.FirstToken - 1;
        if (thing is null && (segment.IsWord(verb, "lasting") || segment.IsWord(verb, "lasted")))
        {
            for (var i = verb - 1; i >= verb - 4 && thing is null; i--)
            {
                if (LastingThings.TryGetValue(segment.Word(i), out var after)) thing = after;
            }
        }
        if (thing is null || segment.WordIndexes().Any(i => RepeatWords.Contains(segment.Word(i)))) return null;
        var interval = duration.Interval;
        return new SpecificReading(MinutesUnit, "of the " + thing, false, phraseEnd, ProperNames(reading, segment, figure), 2,
            Values: new Interval(unit.ToBase(interval.Low), unit.ToBase(interval.High), interval.LowInclusive, interval.HighInclusive));
    }

    /// <summary>"spent seven years with the Bengals", "the Cincinnati Bengals, where he played eight seasons": a player's
    /// seasons with one team. The team is the event: seasons with other teams are other quantities. The player named before
    /// the verb is the holder: Palmer's seasons with a team are not Dalton's ("where he played" names none, and is compared
    /// with any player's).</summary>
    private static SpecificReading? Tenure(ArticleReading reading, Clause clause, Figure figure)
    {
        var noun = figure.LastToken + 1;
        if (!(clause.IsWord(noun, "seasons") || clause.IsWord(noun, "years")) || figure.Value < 2) return null;
        var verb = figure.FirstToken - 1;
        if (!(clause.IsWord(verb, "played") || clause.IsWord(verb, "spent"))) return null;
        string? team = null;
        if ((clause.IsWord(noun + 1, "with") || clause.IsWord(noun + 1, "for")) && clause.IsWord(noun + 2, "the"))
        {
            var last = noun + 3;
            while (clause.IsName(last + 1)) last++;
            if (clause.IsName(last)) team = clause.Word(last);
        }
        // "the Cincinnati Bengals, where he played eight seasons"
        else if (clause.IsWord(verb - 2, "where") && clause.Text(verb - 3) == "," && clause.IsName(verb - 4)) team = clause.Word(verb - 4);
        else if (clause.IsWord(verb - 1, "where") && clause.Text(verb - 2) == "," && clause.IsName(verb - 3)) team = clause.Word(verb - 3);
        if (team is null || !team.EndsWith("s", StringComparison.Ordinal)) return null;
        IReadOnlyCollection<string> player = IsHolderName(reading, clause, verb - 1) ? [Stem(clause.Word(verb - 1))] : [];
        return new SpecificReading("seasons", "with the " + team, false, noun, player, 0, CheckOccasion: false);
    }

    /// <summary>"received 55,000 pages of Clinton's emails", "50,000 pages of printed emails ... were delivered".</summary>
    private static SpecificReading? DocumentCount(ArticleReading reading, Clause segment, Figure figure)
    {
        var unit = figure.LastToken + 1;
        if (!DocumentUnits.Contains(segment.Word(unit)) || !segment.IsWord(unit + 1, "of")) return null;
        var end = -1;
        string? documents = null;
        for (var i = unit + 2; i <= unit + 5 && documents is null; i++)
        {
            if (Documents.TryGetValue(segment.Word(i), out var d)) (documents, end) = (d, i);
        }
        if (documents is null) return null;
        var verbs = segment.WordIndexes().Select(i => HandingVerbs.TryGetValue(segment.Word(i), out var v) ? v : null).Where(v => v is not null).Distinct().ToList();
        if (verbs.Count != 1) return null;
        return new SpecificReading($"{segment.Word(unit).ToLowerInvariant()} of {documents}", verbs[0]!, false, end, ProperNames(reading, segment, figure), 1, CheckOccasion: false);
    }

    /// <summary>"divert $3.6 billion from military construction projects", "unlock money from the Defense Department's military
    /// construction budget, to the tune of $3.5 billion": money taken from a budget, keyed by the words that name the budget.</summary>
    private static SpecificReading? MoneyTaken(Clause segment, Figure figure)
    {
        if (!segment.WordIndexes().Any(i => TakingVerbs.Contains(segment.Word(i)))) return null;
        var from = segment.IsWord(figure.LastToken + 1, "from") ? figure.LastToken + 1 : -1;
        if (from < 0)
        {
            // A "from" before the figure, with no other amount between them.
            for (var i = figure.FirstToken - 1; segment.Has(i) && from < 0; i--)
            {
                if (segment.IsWord(i, "from")) from = i;
                else if (segment.Text(i).StartsWith("$", StringComparison.Ordinal) || segment.IsNumber(i)) return null;
            }
        }
        if (from < 0) return null;
        var words = new List<string>();
        for (var i = from + 1; i <= from + 8 && segment.Has(i); i++)
        {
            var word = segment.Word(i);
            if (Token.IsPossessiveEnding(segment.Text(i)) || segment.Text(i) is "'" or "’" or "s") continue;
            if (MoneyContainers.Contains(word))
            {
                if (words.Count == 0 || words.Count > 3) return null;
                var phraseEnd = from > figure.LastToken ? i : figure.LastToken;
                return new SpecificReading("money from " + string.Join(" ", words), "taken", false, phraseEnd, [], 0);
            }
            if (word.Length == 0) return null;
            if (Determiners.Contains(word) || segment.IsName(i)) continue;
            words.Add(word.ToLowerInvariant());
        }
        return null;
    }

    /// <summary>"the singer posted three photos", "B-44 shattered into more than 20 fragments", "the deputy fired nine shots":
    /// the count of the things one holder did one act to, keyed by the act and the thing counted and by the holder, the name
    /// or the noun named before ("the singer") right before the verb. The act and the thing are folded by the data file
    /// (<see cref="ObjectVerbs"/>, <see cref="ObjectNouns"/>: "shared four pictures" is "posted four photos"); another regular
    /// past tense and another plural noun key as written ("the firm closed 12 stores"), for the reader need not know a noun to
    /// see that two counts of it by one holder in one act cannot both be true. The singer's photos are not the photographer's;
    /// a pronoun names no one, and "posted three more photos" or "posted photos again" counts another batch.</summary>
    private static SpecificReading? ObjectCount(ArticleReading reading, Clause segment, Figure figure)
    {
        var noun = figure.LastToken + 1;
        // One adjective may stand before the noun ("20 smaller pieces"), but not one that counts a further batch ("more", "new").
        var adjective = segment.Word(noun);
        if (ObjectNoun(segment, noun) is null && adjective.Length > 0 && char.IsLower(adjective[0]) && !PartialQualifiers.Contains(adjective)) noun++;
        if (ObjectNoun(segment, noun) is not { } counted) return null;
        // "75 allegations of sexual violence" are not "300 allegations of killings", nor "12 stores in Ohio" those in Texas: a
        // noun the data file does not hold says what kind of thing it counts in the phrase after it, which the key cannot
        // compare. The data file's things are counted as things ("three photos of herself" are her photos).
        if (!ObjectNouns.ContainsKey(segment.Word(noun)) && NounComplements.Contains(segment.Word(noun + 1))
            && !CalendarWords.IsDayOrMonth(segment.Word(noun + 2)))
        {
            return null;
        }
        // "verified eight videos that show the injured" and "three videos and a photograph that show the surgery": a
        // restrictive clause picks out which of the things the act counted, each clause its own batch.
        if (IsRelativePronoun(segment, AfterCoordinatedNoun(segment, noun + 1))) return null;
        var verb = figure.FirstToken - 2;
        if (!ObjectVerbs.TryGetValue(segment.Word(verb) + " " + segment.Word(verb + 1), out var act))
        {
            verb++;
            act = ObjectVerbs.TryGetValue(segment.Word(verb), out var folded) ? folded : PastTenseAct(reading, segment, verb);
            if (act is null) return null;
        }
        var subject = verb - 1;
        while (segment.Has(subject) && Auxiliaries.Contains(segment.Word(subject))) subject--;
        // "Acme Labs in Santa Fe received two grants": the holder stands before where it is, not the place.
        subject = BeforePlaceComplements(segment, subject);
        // "Rihanna, 29, posted", "the singer, who turns 30 next month, posted": the holder stands before an aside between commas.
        if (segment.Text(subject) == ",")
        {
            var opening = subject - 1;
            while (segment.Has(opening) && opening > subject - 12 && segment.Text(opening) is not ("," or "." or ":" or "—")) opening--;
            if (segment.Text(opening) != ",") return null;
            subject = opening - 1;
        }
        if (Holder(reading, segment, subject) is not { } holder) return null;
        for (var i = subject; i <= noun + 4 && segment.Has(i); i++)
        {
            if (RepeatWords.Contains(segment.Word(i))) return null;
        }
        return new SpecificReading(counted, holder + " " + act, false, noun, [], 0, Holder: subject);
    }

    /// <summary>True when the verb group after the holder at <paramref name="holder"/> is in the present perfect ("has authored",
    /// "have now posted"): what it counts, it counts to date.</summary>
    private static bool IsPresentPerfect(Clause segment, int holder)
    {
        for (var k = holder + 1; segment.Has(k) && Auxiliaries.Contains(segment.Word(k)); k++)
        {
            if (segment.IsWord(k, "has") || segment.IsWord(k, "have")) return true;
        }
        return false;
    }

    /// <summary>Where the words after a counted noun go on past a thing coordinated with it ("and a photograph", "or maps"):
    /// <paramref name="k"/> when none is.</summary>
    private static int AfterCoordinatedNoun(Clause segment, int k)
    {
        if (!segment.IsWord(k, "and") && !segment.IsWord(k, "or")) return k;
        var next = k + 1;
        if (segment.IsWord(next, "a") || segment.IsWord(next, "an")) next++;
        var word = segment.Word(next);
        return word.Length > 0 && char.IsLower(word[0]) ? next + 1 : k;
    }

    /// <summary>The thing an act's count counts: a noun of <see cref="ObjectNouns"/>, folded, or another plural noun in lower
    /// case that no other reading of this file or of counts claims (people, units, stretches of time, parts).</summary>
    private static string? ObjectNoun(Clause segment, int k)
    {
        var word = segment.Word(k);
        if (ObjectNouns.TryGetValue(word, out var folded)) return folded;
        if (word.Length < 4 || !char.IsLower(word[0]) || !word.EndsWith("s", StringComparison.Ordinal)) return null;
        if (CountedNouns.ContainsKey(word) || EventWords.ContainsKey(word) || Units.TryGet(word, out _) || DurationUnits.ContainsKey(word)
            || StretchesOfTime.Contains(word) || Partitives.Contains(word) || NumberWords.Magnitudes.ContainsKey(word) || DocumentUnits.Contains(word))
        {
            return null;
        }
        return word;
    }

    /// <summary>An act of a past tense that keys as written ("closed", "planted", "won": <see cref="IrregularActs"/>), or null
    /// for a word that is no such act of the holder's: one that reports, revises or reaches a figure ("reported", "climbed",
    /// "passed"), one that tells of the dead ("claimed 28 lives" is a toll), or one of the verb group ("were", "reportedly").</summary>
    private static string? PastTenseAct(ArticleReading reading, Clause segment, int k)
    {
        var word = segment.Word(k);
        if (word.Length == 0 || !char.IsLower(word[0])) return null;
        if (IrregularActs.Contains(word)) return word;
        if (word.Length < 5 || !word.EndsWith("ed", StringComparison.Ordinal)) return null;
        if (Auxiliaries.Contains(word) || EventWords.ContainsKey(word) || LifeTakingVerbs.Contains(word) || MannersOfDeath.Contains(word)
            || RevisionVerbs.Contains(word) || TollVerbs.Contains(word)
            || HospitalVerbs.Contains(word) || segment.MatchAt(reading.ReportingVerbs, k) > 0 || segment.MatchAt(reading.Lexicon.DistanceVerbs, k) > 0)
        {
            return null;
        }
        return word.ToLowerInvariant();
    }

    /// <summary>Who did the act whose verb follows <paramref name="k"/>: a name ("B-44", "Rihanna"), or a noun after a
    /// determiner ("the singer", "the 29-year-old singer"), as the message shows it; null for a pronoun or anything else.</summary>
    private static string? Holder(ArticleReading reading, Clause segment, int k)
    {
        var word = segment.Word(k);
        if (IsNoHolder(word)) return null;
        if (char.IsUpper(word[0]))
        {
            // The whole name: "Brightwell Foods" is not "Whole Foods".
            if (!IsHolderName(reading, segment, k)) return null;
            var first = k;
            while (IsHolderName(reading, segment, first - 1)) first--;
            return string.Join(" ", Enumerable.Range(first, k - first + 1).Select(segment.Word));
        }
        // "the company recently closed", "the firm and its partners": an adverb or a word of the verb group is no holder.
        if (word.EndsWith("ly", StringComparison.Ordinal) || HolderExclusions.Contains(word)) return null;
        // "the 29-year-old singer": the determiner a few tokens back, over words and the parts of a compound adjective.
        for (var i = k - 1; i >= k - 5 && segment.Has(i); i--)
        {
            if (HolderDeterminers.Contains(segment.Word(i))) return "the " + word.ToLowerInvariant();
            if (segment.Text(i) is not ("-" or "‑") && segment.Word(i).Length == 0 && !segment.IsNumber(i)) return null;
        }
        return null;
    }

    /// <summary>The names of the segment, titles left out and possessives cut, a name that opens the sentence included
    /// when the article never writes it in lower case ("Abe had a call"); none of the <paramref name="excluded"/> tokens (a source's).</summary>
    private static IReadOnlyCollection<string> ProperNames(ArticleReading reading, Clause segment, Figure figure, HashSet<int>? excluded = null)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var i in segment.WordIndexes())
        {
            if ((i >= figure.FirstToken && i <= figure.LastToken) || (excluded?.Contains(i) ?? false)) continue;
            var word = segment.Word(i);
            if (word.Length < 2 || !char.IsUpper(word[0]) || Titles.Contains(word)) continue;
            if (!segment.IsName(i) && reading.TextHas(" " + word.ToLowerInvariant() + " ")) continue;
            if (Determiners.Contains(word) || CalendarWords.IsDayOrMonth(word) || IsInNamedDay(segment, i)) continue;
            if (word.ToLowerInvariant() is "he" or "she" or "they" or "it" or "we" or "i" or "but" or "and" or "in" or "on" or "at" or "after") continue;
            var cut = word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal) ? word.Substring(0, word.Length - 2) : word;
            names.Add(Stem(cut));
        }
        return names;
    }

    /// <summary>True when the word at <paramref name="k"/> is part of a day the calendar names in capitals (<see cref="NamedDays"/>):
    /// "New Year's Eve" says when, as "Sunday" does, not whose figure it is. A possessive ending is no word of the name.</summary>
    private static bool IsInNamedDay(Clause clause, int k)
    {
        for (var first = k - 3; first <= k; first++)
        {
            var words = new List<string>();
            for (var i = first; i < first + 4 && clause.Has(i) && words.Count < 3; i++)
            {
                if (Token.IsPossessiveEnding(clause.Text(i))) continue;
                if (clause.Word(i).Length == 0) break;
                words.Add(clause.Word(i).ToLowerInvariant());
                if (i >= k && NamedDays.Contains(string.Join(" ", words))) return true;
            }
        }
        return false;
    }
}
