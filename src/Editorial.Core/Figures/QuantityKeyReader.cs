using System;
using System.Collections.Generic;
using System.Linq;
using Editorial.Articles;
using Editorial.Lexicon;
using Editorial.Text;

namespace Editorial.Figures;

/// <summary>
/// Reads what a figure counts from the words around it. It keys a figure only when it recognises both the thing
/// counted and the event; anything it is unsure of stays unkeyed, and unkeyed figures are never compared.
/// </summary>
internal static partial class QuantityKeyReader
{
    // What a figure counts and what happened to it: the vocabulary of Data/figure-words.yml (FigureWords).
    private static readonly IReadOnlyDictionary<string, string> CountedNouns = FigureWords.Instance.CountedNouns;
    private static readonly IReadOnlyDictionary<string, string> EventWords = FigureWords.Instance.EventWords;
    private static readonly HashSet<string> EventNouns = FigureWords.Instance.EventNouns;
    private static readonly HashSet<string> SingularNouns = FigureWords.Instance.SingularNouns;

    // Whether two counts are of the same thing on the same occasion: the word sets of Data/figure-words.yml, described there.
    private static readonly HashSet<string> QualifiedEventNouns = FigureWords.Instance.QualifiedEventNouns;
    private static readonly HashSet<string> PartialQualifiers = FigureWords.Instance.PartialQualifiers;
    private static readonly HashSet<string> Presumptions = FigureWords.Instance.Presumptions;
    private static readonly HashSet<string> MannersOfDeath = FigureWords.Instance.MannersOfDeath;
    private static readonly HashSet<string> AsideOpeners = FigureWords.Instance.AsideOpeners;
    private static readonly HashSet<string> Partitives = FigureWords.Instance.Partitives;
    private static readonly HashSet<string> PartCues = FigureWords.Instance.PartCues;
    private static readonly HashSet<string> Perpetrators = FigureWords.Instance.Perpetrators;
    private static readonly HashSet<string> LifeTakingVerbs = FigureWords.Instance.LifeTakingVerbs;
    private static readonly IReadOnlyDictionary<string, string> EventActs = FigureWords.Instance.EventActs;
    private static readonly HashSet<string> Compulsions = FigureWords.Instance.Compulsions;
    private static readonly HashSet<string> StateVerbs = FigureWords.Instance.StateVerbs;
    private static readonly HashSet<string> LastingEvents = FigureWords.Instance.LastingEvents;
    private static readonly HashSet<string> CustodyVerbs = FigureWords.Instance.CustodyVerbs;
    private static readonly HashSet<string> InjuryVerbs = FigureWords.Instance.InjuryVerbs;
    private static readonly HashSet<string> TollVerbs = FigureWords.Instance.TollVerbs;
    private static readonly HashSet<string> RevisionVerbs = FigureWords.Instance.RevisionVerbs;
    private static readonly HashSet<string> RevisionVerbsEitherWay = FigureWords.Instance.RevisionVerbsEitherWay;
    private static readonly HashSet<string> IncidentNouns = FigureWords.Instance.IncidentNouns;
    private static readonly IReadOnlyDictionary<string, string> SiteNouns = FigureWords.Instance.SiteNouns;
    private static readonly IReadOnlyDictionary<string, string> SeriesObjects = FigureWords.Instance.SeriesObjects;
    private static readonly HashSet<string> PlaceQualifiers = FigureWords.Instance.PlaceQualifiers;
    private static readonly HashSet<string> PlaceAdjectives = FigureWords.Instance.PlaceAdjectives;
    private static readonly HashSet<string> Directions = FigureWords.Instance.Directions;
    private static readonly HashSet<string> WiderAreas = FigureWords.Instance.WiderAreas;
    private static readonly HashSet<string> WholeEventPlaces = FigureWords.Instance.WholeEventPlaces;
    private static readonly HashSet<string> NewOccasionWords = FigureWords.Instance.NewOccasionWords;
    private static readonly HashSet<string> BackgroundWords = FigureWords.Instance.BackgroundWords;
    private static readonly HashSet<string> ForecastWords = FigureWords.Instance.ForecastWords;
    private static readonly HashSet<string> DisputeWords = FigureWords.Instance.DisputeWords;
    private static readonly HashSet<string> CampaignWords = FigureWords.Instance.CampaignWords;
    private static readonly HashSet<string> IncidentRuns = FigureWords.Instance.IncidentRuns;
    private static readonly HashSet<string> DailyWords = FigureWords.Instance.DailyWords;
    private static readonly HashSet<string> StretchesOfTime = FigureWords.Instance.StretchesOfTime;
    private static readonly HashSet<string> CalendarStretches = FigureWords.Instance.CalendarStretches;
    private static readonly HashSet<string> OccasionVerbs = FigureWords.Instance.OccasionVerbs;
    private static readonly HashSet<string> RepeatNouns = FigureWords.Instance.RepeatNouns;
    private static readonly HashSet<string> PastPeriods = FigureWords.Instance.PastPeriods;
    private static readonly IReadOnlyDictionary<string, string> RecurringPeriods = FigureWords.Instance.RecurringPeriods;
    private static readonly HashSet<string> CalendarUnits = FigureWords.Instance.CalendarUnits;
    private static readonly IReadOnlyDictionary<string, string> DurationUnits = FigureWords.Instance.DurationUnits;
    private static readonly IReadOnlyDictionary<string, Unit> DurationMinutes = FigureWords.Instance.DurationMinutes;
    private static readonly IReadOnlyDictionary<string, string> ClockEvents = FigureWords.Instance.ClockEvents;
    private static readonly HashSet<string> ClockEventIdioms = FigureWords.Instance.ClockEventIdioms;
    private static readonly HashSet<string> NamedDays = FigureWords.Instance.NamedDays;
    private static readonly HashSet<string> CostWords = FigureWords.Instance.CostWords;
    private static readonly HashSet<string> DimensionAdjectives = FigureWords.Instance.DimensionAdjectives;
    private static readonly IReadOnlyDictionary<string, string> Dimensions = FigureWords.Instance.Dimensions;
    private static readonly IReadOnlyDictionary<string, string> HolderMeasures = FigureWords.Instance.HolderMeasures;
    private static readonly HashSet<string> SpeedVerbs = FigureWords.Instance.SpeedVerbs;
    private static readonly IReadOnlyDictionary<string, string> IrregularPlurals = FigureWords.Instance.IrregularPlurals;
    private static readonly HashSet<string> PersonNouns = FigureWords.Instance.PersonNouns;
    private static readonly HashSet<string> HospitalVerbs = FigureWords.Instance.HospitalVerbs;
    private static readonly HashSet<string> AttackNouns = FigureWords.Instance.AttackNouns;
    private static readonly HashSet<string> ForceNouns = FigureWords.Instance.ForceNouns;
    private static readonly HashSet<string> AttackVerbs = FigureWords.Instance.AttackVerbs;
    private static readonly HashSet<string> CrashWords = FigureWords.Instance.CrashWords;
    private static readonly HashSet<string> StoppageWords = FigureWords.Instance.StoppageWords;
    private static readonly HashSet<string> RepeatWords = FigureWords.Instance.RepeatWords;
    private static readonly IReadOnlyDictionary<string, string> LastingThings = FigureWords.Instance.LastingThings;
    private static readonly HashSet<string> DocumentUnits = FigureWords.Instance.DocumentUnits;
    private static readonly IReadOnlyDictionary<string, string> Documents = FigureWords.Instance.Documents;
    private static readonly IReadOnlyDictionary<string, string> HandingVerbs = FigureWords.Instance.HandingVerbs;
    private static readonly HashSet<string> TakingVerbs = FigureWords.Instance.TakingVerbs;
    private static readonly IReadOnlyDictionary<string, string> AmountActs = FigureWords.Instance.AmountActs;
    private static readonly HashSet<string> MoneyContainers = FigureWords.Instance.MoneyContainers;
    private static readonly HashSet<string> Titles = FigureWords.Instance.Titles;
    private static readonly IReadOnlyDictionary<string, string> ObjectVerbs = FigureWords.Instance.ObjectVerbs;
    private static readonly IReadOnlyDictionary<string, string> ObjectNouns = FigureWords.Instance.ObjectNouns;
    private static readonly HashSet<string> HolderDeterminers = FigureWords.Instance.HolderDeterminers;
    private static readonly HashSet<string> IrregularActs = FigureWords.Instance.IrregularActs;
    private static readonly HashSet<string> IrregularPastTenses = FigureWords.Instance.IrregularPastTenses;

    /// <summary>Words that may stand between the counted noun and the verb: "people have now been killed", "are known to have
    /// died". After <see cref="Presumptions"/>: static fields are set in the order they are written. The extractor reads "no one"
    /// as a count only before one of them or an event word.</summary>
    internal static readonly HashSet<string> Auxiliaries = new(
    [
        "were", "was", "have", "has", "had", "been", "be", "being", "are", "is", "now", "reportedly", "also", "already", "all", "who",
        "so", "far", "confirmed", "reported", "officially", "allegedly", "later", "since",
        .. Presumptions,
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that end a clause inside a sentence after a comma: ", and", ", while", ", but".</summary>
    private static readonly HashSet<string> ClauseConjunctions = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "while", "but", "whereas", "although", "though", "as",
    };

    /// <summary>Words before a count that add it to another: "another 30 soldiers", "a further 12 people", "an additional 40".</summary>
    private static readonly HashSet<string> AddedCountWords = new(StringComparer.OrdinalIgnoreCase) { "another", "further", "additional", "extra" };

    /// <summary>Words that may follow a count whose noun is understood: "wounded more than 130 in the attack".</summary>
    private static readonly HashSet<string> CountEnds = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "at", "on", "during", "near", "across", "after", "when", "since",
    };

    // "off Sulawesi": where a ship sank or a plane came down at sea.
    private static readonly HashSet<string> PlacePrepositions = new(StringComparer.OrdinalIgnoreCase) { "in", "near", "at", "outside", "of", "off" };

    private static readonly HashSet<string> CampaignPrepositions = new(StringComparer.OrdinalIgnoreCase) { "in", "during", "throughout" };

    /// <summary>Where a source's name stops when read backwards from its verb. "…, in what activists say was the largest raid":
    /// after "what" the speakers describe the event, not the figure, and the comma a closing attribution needs is not reached.</summary>
    private static readonly HashSet<string> SourceBoundaries = new(StringComparer.OrdinalIgnoreCase)
    {
        "while", "and", "but", "as", "that", "when", "where", "which", "after", "before", "though", "although", "because", "meanwhile",
        "what",
    };

    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase) { "the", "a", "an" };

    /// <summary>Pronouns, modals and conjunctions: words that are never part of the name of a body that gives a figure.</summary>
    private static readonly HashSet<string> NoPartOfAName = new(StringComparer.OrdinalIgnoreCase)
    {
        "he", "she", "they", "it", "we", "i", "you", "can", "could", "would", "will", "may", "might", "must", "should", "shall", "if", "not",
    };

    /// <summary>Keys the figure, or returns null when the words around it do not say for sure what it counts, or say that it
    /// counts a part of a whole given elsewhere ("including 12 children") or another occasion than the story's ("in 2019").</summary>
    public static CountedFigure? Read(ArticleReading reading, Figure figure)
    {
        if (IsValueInLabelList(reading.Article.Tokens, figure)) return null;
        if (ReadSpecific(reading, figure) is { } specific) return specific;
        if (ReadAmount(reading, figure) is { } amount) return amount;
        if (figure.Kind is not (FigureKind.Count or FigureKind.Ordinal)) return null;
        var article = reading.Article;
        var sentence = article.Sentences[figure.SentenceIndex];
        var clause = Clause.Around(reading, sentence, figure);
        var result = figure.Kind == FigureKind.Ordinal ? ReadSeries(clause, figure) : ReadCount(clause, figure);
        if (result is null) return null;
        var (counted, @event, isSeries, phraseEnd, qualifierPlaces) = result.Value;
        var segment = clause.SegmentAround(figure.FirstToken);
        if (!isSeries && (segment.IsPartCue(figure, phraseEnd) || segment.IsAboutAnotherOccasion(reading) || segment.CountsOthersThanOneNamed(figure, @event))) return null;
        var sourceTokens = new HashSet<int>();
        var source = clause.Source(figure, sourceTokens);
        var figureTokens = new HashSet<int>();
        for (var k = figure.FirstToken; k <= phraseEnd; k++) figureTokens.Add(k);
        var excluded = new HashSet<int>(sourceTokens.Concat(figureTokens));
        // Anchors come from the figure's own clause: "two people died after forces struck an aircraft factory, and another
        // person was killed when a residential building was fired upon" names two occasions.
        var places = new HashSet<string>(segment.Places(figureTokens).Concat(qualifierPlaces), StringComparer.Ordinal);
        // "Ukraine" in an article about Ukraine ties nothing to one occasion: such places neither link nor separate the
        // article's own figures. They are kept aside: across a story they say which place's toll the figure is.
        var storyPlaces = new HashSet<string>(places.Where(reading.IsGeneralName), StringComparer.Ordinal);
        places.RemoveWhere(reading.IsGeneralName);
        var sites = segment.Sites(excluded);
        var days = segment.Days(excluded);
        var incident = segment.Incident(excluded);
        Clause? antecedent = null;
        var opensOtherOccasion = segment.SaysOtherOccasion();
        // "A bomb injured 29 people in Chelsea. No one was injured in the Jersey blast.": a count of none tells of the occasion its
        // own clause names, most often a lesser one beside the story's, and never takes the place of the sentence before.
        if (places.Count == 0 && !figure.IsNone && Antecedent(reading, sentence, segment) is { } previous)
        {
            // "Russian air raids on Sunday hit a training ground near Lviv. Officials said 35 people were killed in the attack":
            // a clause with no place of its own is about the occasion the sentence before it names. A clause that names only a
            // kind of site ("killing one person in the building") still takes the place: every town has a building.
            var context = antecedent = Clause.Of(reading, previous);
            var none = new HashSet<int>();
            places.UnionWith(context.Places(none));
            if (storyPlaces.Count == 0) storyPlaces.UnionWith(places.Where(reading.IsGeneralName));
            places.RemoveWhere(reading.IsGeneralName);
            if (sites.Count == 0)
            {
                sites = context.Sites(none);
                if (days.Count == 0) days = context.Days(none);
                incident ??= context.Incident(none);
            }
            // "Another drone hit a building. Three people were killed.": the occasion the sentence before opened is the clause's.
            opensOtherOccasion |= context.BeginsOtherOccasion();
        }
        var named = places.Count > 0 ? places : storyPlaces;
        var setting = Setting(incident, named.Select(p => segment.Spelling(p) ?? antecedent?.Spelling(p) ?? p).ToList(), sites, days);
        var scope = isSeries ? null : segment.Scope(phraseEnd);
        // "Four more died overnight, bringing the toll to 35": the sum a clause brings a toll to is the event's whole toll, whatever
        // stretch of time the part added to it was counted over.
        var period = isSeries || segment.BringsTollTo(figure) ? null : segment.Period();
        var key = new QuantityKey(counted, @event, isSeries, places, sites, days, segment.Names(excluded), scope, period, setting,
            storyPlaces: storyPlaces, opensOtherOccasion: opensOtherOccasion, agent: isSeries ? null : segment.Agent(excluded));
        var phrase = TextSpan.FromBounds(figure.Span.Start, article.Tokens[phraseEnd].Span.End);
        return new CountedFigure(figure, key, phrase, article.GetText(phrase), source, segment.Timing(figure, reading.Figures));
    }

    /// <summary>True when the figure is a value in a run of labels and values ("Total dead: 192 Americans: 12 Injured: 4,877",
    /// "Presidential Request: $0 Funding Secured: $3,984,733"): its label stands before it, and the word after it, which a
    /// colon follows, labels the next value ("Injured"), not this one; so do a few capitalised words ("Funding Secured").</summary>
    private static bool IsValueInLabelList(TokenList tokens, Figure figure)
    {
        if (figure.FirstToken == 0 || !tokens[figure.FirstToken - 1].IsPunctuation(':')) return false;
        var labelStart = figure.LastToken + 1;
        for (var k = labelStart; k < tokens.Count && k < labelStart + MaximumNextLabelWords && tokens[k].IsWord; k++)
        {
            if (k > labelStart && !char.IsUpper(tokens[k - 1].Text[0])) return false;
            if (k + 1 < tokens.Count && tokens[k + 1].IsPunctuation(':')) return k == labelStart || char.IsUpper(tokens[k].Text[0]);
        }
        return false;
    }

    /// <summary>The most words a label of a run of labels and values runs to.</summary>
    private const int MaximumNextLabelWords = 3;

    /// <summary>How the clause around a keyed figure gives it (<see cref="FigureMode"/>): as one side's disputed claim when a word of
    /// <see cref="DisputeWords"/> governs it (but for "claimed" taking lives, a toll's verb), as what may or will be when a word of
    /// <see cref="ForecastWords"/> does, else as what is. A word governs the figure when it stands before it in its clause, or
    /// within <see cref="VerbGroupAfterFigure"/> words after it ("40 people could have died"); a word further on qualifies
    /// something else ("Darya Dugina, 35, was killed in an alleged assassination attempt").</summary>
    public static FigureMode Mode(ArticleReading reading, Figure figure)
    {
        var segment = Clause.Around(reading, reading.Article.Sentences[figure.SentenceIndex], figure).SegmentAround(figure.FirstToken);
        var governing = segment.WordIndexes().Where(k => k < figure.FirstToken || (k > figure.LastToken && k <= figure.LastToken + VerbGroupAfterFigure)).ToList();
        var takesLives = governing.Any(k => segment.IsWord(k, "lives"));
        if (governing.Any(k => DisputeWords.Contains(segment.Word(k)) && !(takesLives && LifeTakingVerbs.Contains(segment.Word(k))))) return FigureMode.Disputed;
        return governing.Any(k => ForecastWords.Contains(segment.Word(k))) ? FigureMode.Expected : FigureMode.Stated;
    }

    /// <summary>How many words after a figure its verb group may reach: "40 people could have died", "5,000 people are expected".</summary>
    private const int VerbGroupAfterFigure = 4;

    /// <summary>"in the strike at the base near Yavoriv on Sunday": where and when, for messages.</summary>
    private static string? Setting(string? incident, IReadOnlyList<string> places, IReadOnlyCollection<string> sites, IReadOnlyCollection<string> days)
    {
        var parts = new List<string>();
        if (incident is not null) parts.Add("in the " + incident);
        if (sites.Count > 0) parts.Add("at the " + string.Join(" and ", sites.OrderBy(s => s, StringComparer.Ordinal)));
        if (places.Count > 0) parts.Add("in " + string.Join(" and ", places.OrderBy(p => p, StringComparer.Ordinal)));
        var (weekdays, months) = (days.Where(CalendarWords.DayNames.Contains).ToList(), days.Where(d => !CalendarWords.DayNames.Contains(d)).ToList());
        if (weekdays.Count > 0) parts.Add("on " + string.Join(" and ", weekdays.OrderBy(d => d, StringComparer.Ordinal).Select(Capitalised)));
        if (months.Count > 0) parts.Add("in " + string.Join(" and ", months.OrderBy(d => d, StringComparer.Ordinal).Select(Capitalised)));
        return parts.Count == 0 ? null : string.Join(" ", parts);
    }

    private static string Capitalised(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word.Substring(1);

    /// <summary>
    /// The sentence whose occasion a clause without places continues: the sentence before it in the paragraph, or, when
    /// the clause points back ("the attack killed 35 people"), the last sentence of the paragraph before. None when the
    /// clause opens a new occasion ("in a separate strike", "another attack", "elsewhere").
    /// </summary>
    private static Sentence? Antecedent(ArticleReading reading, Sentence sentence, Clause clause)
    {
        if (clause.OpensNewOccasion() || reading.SentenceBefore(sentence) is not { } previous) return null;
        if (previous.SameParagraph) return previous.Sentence;
        return clause.PointsBack() && !previous.AfterHeading ? previous.Sentence : null;
    }

    /// <summary>What a count's own phrase says it counts: the thing counted ("people", "round"), its event or object
    /// ("killed", "talks"), whether it is the n-th of a series ("the fourth round of talks"), the last token of the phrase,
    /// and the places its qualifiers name ("in the north").</summary>
    private readonly record struct CountPhrase(string Counted, string Event, bool IsSeries, int PhraseEnd, IReadOnlyList<string> QualifierPlaces);

    /// <summary>"a third round of talks", "the fourth round" (of the negotiations the sentence is about), "4th round of sanctions".</summary>
    private static CountPhrase? ReadSeries(Clause clause, Figure figure)
    {
        var noun = figure.LastToken + 1;
        if (!clause.IsWord(noun, "round") && !clause.IsWord(noun, "session")) return null;
        var counted = clause.Word(noun).ToLowerInvariant();
        if (clause.IsWord(noun + 1, "of"))
        {
            // "of talks", "of peace talks", "of EU sanctions": the series' object is the first folded noun within three words.
            for (var k = noun + 2; k <= noun + 4 && clause.Word(k).Length > 0; k++)
            {
                if (clause.IsWord(k, "peace") && clause.IsWord(k + 1, "talks")) continue;
                if (SeriesObjects.TryGetValue(clause.Word(k), out var ofObject)) return new CountPhrase(counted, ofObject, true, k, []);
            }
            return null;
        }
        // "the latest negotiations ... were the fourth round": the series is what the sentence is about, if it names one thing only.
        var objects = clause.WordIndexes().Select(k => SeriesObjects.TryGetValue(clause.Word(k), out var o) ? o : null)
            .Where(o => o is not null).Distinct().ToList();
        return objects.Count == 1 ? new CountPhrase(counted, objects[0]!, true, noun, []) : null;
    }

    /// <summary>"at least 35 people were killed", "killed at least 35 people", "more than 130 wounded", "596 civilian deaths".</summary>
    private static CountPhrase? ReadCount(Clause clause, Figure figure)
    {
        if (figure.Hedge == Hedge.Range && figure.Unit is not null) return null;
        if (Toll(clause, figure) is { } tolled) return new CountPhrase("people", tolled, false, figure.LastToken, []);
        // "the blast claimed 31 lives", "cost 12 lives", "31 lives were lost": lives are people, and losing them is dying.
        if (clause.IsWord(figure.LastToken + 1, "lives")
            && (LifeTakingVerbs.Contains(clause.Word(figure.FirstToken - 1)) || (clause.IsWord(figure.LastToken + 2, "were") && clause.IsWord(figure.LastToken + 3, "lost"))))
        {
            return new CountPhrase("people", "killed", false, figure.LastToken + 1, []);
        }
        if (TotalOfPeople(clause, figure) is { } total) return total;
        if (BareCountOfPeople(clause, figure) is { } bare) return new CountPhrase("people", bare, false, figure.LastToken, []);
        var qualifiers = new List<string>();
        var qualifierPlaces = new List<string>();
        string? counted = null;
        string? @event = null;
        var phraseEnd = figure.LastToken;
        var countsOthers = false;
        var k = figure.LastToken + 1;
        // The counted noun, after up to two qualifiers: "35 people", "180 foreign fighters", "596 civilian deaths".
        for (var steps = 0; steps < 3 && clause.Has(k) && clause.Word(k).Length > 0; steps++, k++)
        {
            var word = clause.Word(k);
            if (PartialQualifiers.Contains(word)) return null;
            // "killed 35 people and wounded 134 others": the others are the people of the count before, and when they are
            // the wounded beside the dead, all of the wounded ("two others died later" would be more dead: a part).
            if (steps == 0 && clause.IsWord(k, "others") && ElidedNoun(clause, figure) is { } others)
            {
                counted = others;
                phraseEnd = k;
                countsOthers = true;
                break;
            }
            if (EventNouns.Contains(word))
            {
                @event = EventWords[word];
                counted = qualifiers.Count == 1 && CountedNouns.TryGetValue(qualifiers[0], out var qualified) ? qualified
                    : qualifiers.Count == 0 ? "people" : null;
                if (counted is null) return null;
                qualifiers.Clear();
                phraseEnd = k;
                // "98 wounded people were taken to local hospitals": those the verb takes to hospital are the hospitalised, a
                // part of the wounded, whatever the noun's adjective says of them.
                if (CountedNounAt(clause, k + 1, out var woundedNounEnd) is not null && HospitalisedAt(clause, VerbAfter(clause, woundedNounEnd)))
                {
                    @event = "hospitalised";
                    phraseEnd = woundedNounEnd;
                }
                break;
            }
            if (CountedNounAt(clause, k, out var nounEnd) is { } noun && !QualifiedEventNouns.Contains(clause.Word(nounEnd + 1)))
            {
                // "80 missile strikes", "10 person teams": a singular noun after a plural number qualifies something else.
                if (SingularNouns.Contains(word) && figure.Value != 1) return null;
                counted = noun;
                phraseEnd = nounEnd;
                break;
            }
            if (EventWords.ContainsKey(word) || Auxiliaries.Contains(word)) return null;
            // "four Americans were killed": people of a nationality are a group counted, like civilians or children.
            if (clause.IsName(k) && IsNationalityPlural(word) && qualifiers.Count == 0)
            {
                counted = word.ToLowerInvariant();
                phraseEnd = k;
                break;
            }
            // "2,187 Mariupol residents" are residents of a place; "city residents" and "local people" are just people.
            // A headline's capitals say nothing about names: "3 Tourists Killed" counts tourists of no place. "40 Russian soldiers"
            // are one side's: a group of their own, which the soldiers of a toll that names no side may not be.
            if (clause.IsName(k) && IsDemonym(word)) qualifiers.Add(word);
            else if (clause.IsName(k) && !clause.IsInHeading(k)) qualifierPlaces.Add(Stem(word));
            else if (!PlaceQualifiers.Contains(word)) qualifiers.Add(word.ToLowerInvariant());
        }
        if (counted is null)
        {
            // "killed at least 35 people and wounded more than 130": the noun of the count before is understood.
            var endsCount = clause.Word(figure.LastToken + 1).Length == 0 || CountEnds.Contains(clause.Word(figure.LastToken + 1));
            var verb = figure.FirstToken - 1;
            // "trapping five people and injuring another 40": "another" sets the injured apart from the people of the count
            // before, who suffered something else; the 40 are all of the injured. After a count of the same event ("injuring
            // five ... and injuring another 40") they are a part.
            if (clause.IsWord(verb, "another") && EventWords.TryGetValue(clause.Word(verb - 1), out var afterAnother)
                && !(EventWords.TryGetValue(clause.Word(ElidedNounNumber(clause, figure) - 1), out var before) && before == afterAnother))
            {
                verb--;
            }
            if (!endsCount || !EventWords.TryGetValue(clause.Word(verb), out var elidedEvent)) return null;
            return ElidedNoun(clause, figure) is { } elided ? new CountPhrase(elided, elidedEvent, false, figure.LastToken, []) : null;
        }
        if (qualifiers.Any(q => char.IsDigit(q[0]))) return null;
        if (clause.IsWord(phraseEnd + 1, "of")) return null; // "35 of them", "two of the people"
        var everyoneOnBoard = false;
        if (counted == "passengers" && clause.IsWord(phraseEnd + 1, "and") && clause.IsWord(phraseEnd + 2, "crew"))
        {
            // "72 passengers and crew" is everyone on board, as "72 people on board" is.
            counted = "people";
            everyoneOnBoard = true;
            phraseEnd += clause.IsWord(phraseEnd + 3, "members") ? 3 : 2;
        }
        // "the lives of 31 people": those whose lives were taken are the dead.
        if (@event is null && clause.IsWord(figure.FirstToken - 1, "of") && clause.IsWord(figure.FirstToken - 2, "lives")
            && LifeTakingVerbs.Contains(clause.Word(figure.FirstToken - 4))) @event = "killed";
        // "killing all 12 people on board": the verb before the count says what happened to those on board.
        if (@event is null && clause.IsWord(figure.FirstToken - 1, "all") && EventWords.TryGetValue(clause.Word(figure.FirstToken - 2), out var ofAll)
            && ofAll is "killed" or "wounded") @event = ofAll;
        if (@event is null && OnBoardAt(clause, phraseEnd + 1)) @event = "on board";
        // "the evacuation of 1,200 people", "the deaths of 12 people": the noun of the act before "of" says what befell them.
        if (@event is null && clause.IsWord(figure.FirstToken - 1, "of") && EventActs.TryGetValue(clause.Word(figure.FirstToken - 2), out var act)) @event = act;
        // "forced 1,200 people to flee": what a verb of compulsion before the count made them do.
        if (@event is null && CompelledAt(clause, figure.FirstToken - 1, phraseEnd + 1) is { } compelled) @event = compelled;
        if (@event is null)
        {
            // After: "people were killed", "residents have now died". Before: "killed at least 35 people", "launched more than 900 missiles".
            var after = VerbAfter(clause, phraseEnd);
            // "two-thirds of the 300 passengers were rescued": the verb is the part's; only "the 300 passengers killed" is the whole's.
            if (IsWholeOfAPart(clause, figure)) after = phraseEnd + 1;
            if (HospitalisedAt(clause, after) && after > phraseEnd + 1) @event = "hospitalised";
            else if (LostTheirLives(clause, after)) @event = "killed";
            // "150 people were on board the plane".
            else if (OnBoardAt(clause, after) && after > phraseEnd + 1) @event = "on board";
            else if (EventAt(clause, after) is { } following && (after > phraseEnd + 1 || InjuryVerbs.Contains(clause.Word(after)))) @event = following;
            else if (EventAt(clause, figure.FirstToken - 1) is { } preceding) @event = preceding;
            else if (EventWords.TryGetValue(clause.Word(after), out var participle) && after == phraseEnd + 1
                     && (clause.Word(after).EndsWith("ed", StringComparison.Ordinal) || EventNouns.Contains(clause.Word(after))))
            {
                @event = participle; // "35 people killed", "left 35 people dead"
            }
        }
        // "a plane with 150 passengers": those on board are what passengers and crews are counted for.
        if (@event is null && (everyoneOnBoard || counted is "passengers" or "crew")) @event = "on board";
        if (@event is null || (countsOthers && @event != "wounded")) return null;
        // "another 30 soldiers were killed", "a further 12 people died": more of a toll given elsewhere, a part of it. After a verb of
        // another fate they are all of that fate's: "killing five people and injuring another 40 people".
        if (AddedCountWords.Contains(clause.Word(figure.FirstToken - 1)) && EventAt(clause, figure.FirstToken - 2) is null) return null;
        var countedName = qualifiers.Count == 0 ? counted : string.Join(" ", qualifiers) + " " + counted;
        // "13 people, including the gunman, were killed": a count that takes in those who did the harm is another group than
        // the victims' toll, and is compared only with counts that take them in too.
        if (PerpetratorsTakenIn(clause, phraseEnd + 1) is { } perpetrators) countedName += " and " + perpetrators;
        return new CountPhrase(countedName, @event, false, phraseEnd, qualifierPlaces);
    }

    /// <summary>The class of <see cref="Perpetrators"/> that a part cue after <paramref name="k"/> in the clause takes in ("13 people,
    /// including the gunman, were killed", "killing 13 people, among them two attackers"), or null when none does.</summary>
    private static string? PerpetratorsTakenIn(Clause clause, int k)
    {
        var cue = k;
        while (clause.Has(cue) && !PartCues.Contains(clause.Word(cue))) cue++;
        for (var i = cue + 1; i <= cue + 6 && clause.Has(i) && clause.Text(i) is not ("," or ")" or "—" or ";"); i++)
        {
            if (CountedNouns.TryGetValue(clause.Word(i), out var counted) && Perpetrators.Contains(counted)) return counted;
        }
        return null;
    }

    /// <summary>
    /// A number with no noun that was killed or wounded counts people: "31 had died", "12 were killed", "31 lost their lives",
    /// and, with no count before it in its clause, "Blast kills 31", "the strike killed 31 and injured 50". Not after a comma
    /// or "of" ("Of the 40 dead, 12 were killed"; "two of whom were killed"): a part of a whole. Nor "not one".
    /// </summary>
    private static string? BareCountOfPeople(Clause clause, Figure figure)
    {
        var before = figure.FirstToken - 1;
        var after = figure.LastToken + 1;
        if (EventAt(clause, before) is ("killed" or "wounded") and var done && NoCountBefore(clause, figure)
            && (clause.Word(after).Length == 0 || CountEnds.Contains(clause.Word(after)) || clause.IsWord(after, "and")))
        {
            return done;
        }
        if (clause.Has(before) && (clause.Text(before) == "," || clause.IsWord(before, "of") || clause.IsWord(before, "whom"))) return null;
        // "Not one was killed", "no one else was hurt": nobody, or a part. "No one was injured" is read whole, a count of none.
        if (clause.IsWord(before, "no") || clause.IsWord(before, "not")) return null;
        // "killing all 132 aboard", "a boat with 40 on board": those on board are people, and what befell all of them is their event.
        if (OnBoardAt(clause, after))
        {
            return clause.IsWord(before, "all") && EventAt(clause, before - 1) is ("killed" or "wounded") and var fate ? fate : "on board";
        }
        if (LostTheirLives(clause, after)) return "killed";
        // "Wildfire forces 1,200 to flee": those a verb of compulsion made do something are people.
        if (CompelledAt(clause, before, after) is { } compelled) return compelled;
        if (!VerbGroupWordAt(clause, after)) return null;
        while (VerbGroupWordAt(clause, after) && after < figure.LastToken + 5) after++;
        // "8 were killed and 20 are missing": the missing, like the dead and the wounded, are people whatever the noun left out.
        return EventAt(clause, after) is ("killed" or "wounded" or "missing") and var @event ? @event : null;
    }

    /// <summary>The event a verb of compulsion at <paramref name="verb"/> makes those counted do, when "to" stands at
    /// <paramref name="to"/>: "forced 1,200 people to flee" (displaced), "forcing 300 to evacuate" (evacuated).</summary>
    private static string? CompelledAt(Clause clause, int verb, int to)
    {
        if (!Compulsions.Contains(clause.Word(verb))) return null;
        if (clause.IsWord(to, "to")) return EventAt(clause, to + 1);
        // "forced 1,200 people from their homes": made to flee.
        var homes = clause.IsWord(to + 1, "their") ? to + 2 : to + 1;
        return clause.IsWord(to, "from") && (clause.IsWord(homes, "homes") || clause.IsWord(homes, "home")) ? EventWords["fled"] : null;
    }

    /// <summary>The folded event a verb phrase at <paramref name="k"/> names: an event word ("killed", "injured"), or a manner of
    /// death with "dead" or "to death" after it or "fatally" before it ("were shot dead", "was beaten to death", "fatally
    /// stabbed"), or "gunned down".</summary>
    private static string? EventAt(Clause clause, int k)
    {
        if (EventWords.TryGetValue(clause.Word(k), out var @event)) return @event;
        // "taken into custody": arrested.
        if (CustodyVerbs.Contains(clause.Word(k)) && clause.IsWord(k + 1, "into") && clause.IsWord(k + 2, "custody")) return "arrested";
        // "suffered injuries", "sustained minor injuries", "were treated for injuries": wounded.
        if (InjuryVerbs.Contains(clause.Word(k)))
        {
            var noun = clause.IsWord(k + 1, "for") ? k + 2 : k + 1;
            if (!EventWords.ContainsKey(clause.Word(noun)) && clause.Word(noun).Length > 0 && char.IsLower(clause.Word(noun)[0])) noun++;
            return EventWords.TryGetValue(clause.Word(noun), out var suffered) && suffered == "wounded" ? suffered : null;
        }
        if (!MannersOfDeath.Contains(clause.Word(k))) return null;
        if (clause.IsWord(k - 1, "fatally") || clause.IsWord(k + 1, "dead") || (clause.IsWord(k + 1, "to") && clause.IsWord(k + 2, "death"))) return "killed";
        // "were shot and killed", "stabbed and wounded": the event after "and" is what the manner did.
        if (clause.IsWord(k + 1, "and") && EventWords.TryGetValue(clause.Word(k + 2), out var done) && done is ("killed" or "wounded")) return done;
        return clause.IsWord(k, "gunned") && clause.IsWord(k + 1, "down") ? "killed" : null;
    }

    /// <summary>The most tokens an aside between dashes runs to: a count's breakdown ("16 children, 46 women and 36 men").</summary>
    private const int MaximumDashAside = 14;

    /// <summary>How many tokens a dash at <paramref name="k"/> takes: an em or en dash, or two hyphens as plain text writes one; 0 for none.</summary>
    private static int DashWidthAt(Clause clause, int k) =>
        clause.Text(k) is "—" or "–" or "--" ? 1 : clause.Text(k) == "-" && clause.Text(k + 1) == "-" ? 2 : 0;

    /// <summary>The word after the verb group that follows a count's phrase ending at <paramref name="phraseEnd"/>, past an
    /// aside: "people [, including two children,] were [believed to have been] killed". Up to five words of the verb group.</summary>
    private static int VerbAfter(Clause clause, int phraseEnd)
    {
        var verbGroup = AfterAside(clause, phraseEnd + 1);
        var after = verbGroup;
        while (VerbGroupWordAt(clause, after) && after < verbGroup + 5) after++;
        return after;
    }

    /// <summary>The token after an aside that opens at <paramref name="k"/> (a comma or a bracket, then one of <see cref="AsideOpeners"/>,
    /// closed within ten tokens by the same mark; or a dash, closed by another within <see cref="MaximumDashAside"/>), or
    /// <paramref name="k"/> when none opens there: the verb after the aside is the count's.</summary>
    private static int AfterAside(Clause clause, int k)
    {
        // "98 wounded people -- 16 children, 46 women and 36 men -- were taken": what stands between two dashes is an aside,
        // whatever opens it.
        if (DashWidthAt(clause, k) is var open and > 0)
        {
            for (var i = k + open; i <= k + MaximumDashAside && clause.Has(i); i++)
            {
                if (DashWidthAt(clause, i) is var shut and > 0) return i + shut;
            }
            return k;
        }
        var close = clause.Text(k) switch { "," => ",", "(" => ")", _ => null };
        if (close is null || !AsideOpeners.Contains(clause.Word(k + 1))) return k;
        for (var i = k + 2; i <= k + 10 && clause.Has(i); i++)
        {
            if (clause.Text(i) == close) return i + 1;
        }
        return k;
    }

    /// <summary>True when the figure is the whole that a part is taken of: "two-thirds of the 300 passengers", "most of the 40
    /// people", "five of the 12". What the sentence's verb says happened, happened to the part.</summary>
    private static bool IsWholeOfAPart(Clause clause, Figure figure)
    {
        var of = clause.IsWord(figure.FirstToken - 1, "the") ? figure.FirstToken - 2 : figure.FirstToken - 1;
        if (!clause.IsWord(of, "of")) return false;
        var part = clause.Word(of - 1);
        return clause.IsNumber(of - 1) || Partitives.Contains(part) || clause.Text(of - 1) == "%"
               || part.EndsWith("thirds", StringComparison.OrdinalIgnoreCase) || part.EndsWith("quarters", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A word of the verb group between a count and its event: an auxiliary, "to" after "known", "believed" ("are
    /// known to have died"), a verb of compulsion and its "to" ("were forced to flee"), or a verb of a lasting state before an
    /// event whose count it leaves whole ("remain missing"). Not "to" alone: "ordered 1,500 people to be evacuated" tells of no
    /// evacuation yet.</summary>
    private static bool VerbGroupWordAt(Clause clause, int k) =>
        clause.Has(k) && (Auxiliaries.Contains(clause.Word(k))
                          || (clause.IsWord(k, "to") && (Presumptions.Contains(clause.Word(k - 1)) || Compulsions.Contains(clause.Word(k - 1))))
                          || (Compulsions.Contains(clause.Word(k)) && clause.IsWord(k + 1, "to")) || LastingStateAt(clause, k));

    /// <summary>"remain missing", "are still unaccounted for": a verb of a lasting state at <paramref name="k"/>, before an
    /// event of <see cref="LastingEvents"/>. Those who "remain in hospital" are a part of those taken there, and are not read.</summary>
    private static bool LastingStateAt(Clause clause, int k)
    {
        if (!StateVerbs.Contains(clause.Word(k))) return false;
        var next = k + 1;
        while (next < k + 3 && (StateVerbs.Contains(clause.Word(next)) || Auxiliaries.Contains(clause.Word(next)))) next++;
        return EventWords.TryGetValue(clause.Word(next), out var @event) && LastingEvents.Contains(@event);
    }

    /// <summary>"on board", "aboard", "onboard" at <paramref name="k"/>.</summary>
    private static bool OnBoardAt(Clause clause, int k) =>
        (clause.IsWord(k, "on") && clause.IsWord(k + 1, "board")) || clause.IsWord(k, "aboard") || clause.IsWord(k, "onboard");

    /// <summary>"lost their lives": died.</summary>
    private static bool LostTheirLives(Clause clause, int k) =>
        clause.IsWord(k, "lost") && (clause.IsWord(k + 1, "their") || clause.IsWord(k + 1, "his") || clause.IsWord(k + 1, "her")) && clause.IsWord(k + 2, "lives");

    /// <summary>True when no count of a noun stands before the figure in its clause: after "killed 35 people and wounded", a bare
    /// number is of the people before it, and <see cref="ElidedNoun"/> reads it. A bare count of the dead before it is no
    /// such count: in "killed 31 and wounded 50" both are people.</summary>
    private static bool NoCountBefore(Clause clause, Figure figure)
    {
        for (var i = figure.FirstToken - 1; clause.Has(i); i--)
        {
            if (!clause.IsNumber(i)) continue;
            var bareAfterEvent = EventAt(clause, i - 1) is "killed" or "wounded" && (clause.IsWord(i + 1, "and") || clause.Text(i + 1) == ",");
            if (!bareAfterEvent) return false;
        }
        return true;
    }

    /// <summary>A word with the ending of an adjective of a people or a country: "Russian", "Polish", "Chinese", "American",
    /// "Korean", "European"; not the short names "Dean", "Sean", "Jean".</summary>
    internal static bool IsDemonym(string word) =>
        word.EndsWith("ian", StringComparison.Ordinal) || word.EndsWith("ish", StringComparison.Ordinal) || word.EndsWith("ese", StringComparison.Ordinal)
        || word.EndsWith("can", StringComparison.Ordinal) || (word.Length > 4 && word.EndsWith("ean", StringComparison.Ordinal));

    /// <summary>"Americans", "Ukrainians", "Germans": a capitalised plural of a nationality.</summary>
    private static bool IsNationalityPlural(string word) => word.Length > 5 && word.EndsWith("ans", StringComparison.Ordinal);

    /// <summary>"The death toll … has risen to 35", "a death toll of 70": the first number after "death toll" counts the dead;
    /// after "the number of injured stands at" or "the number of people arrested is", the injured or the arrested. Null when no
    /// toll stands before the figure.</summary>
    private static string? Toll(Clause clause, Figure figure)
    {
        if (!TollVerbs.Contains(clause.Word(figure.FirstToken - 1))) return null;
        for (var i = figure.FirstToken - 2; clause.Has(i); i--)
        {
            if (clause.IsNumber(i)) return null;
            // "the death toll", and "the toll" alone, which news copy writes for the dead only: "the toll reached 31".
            // A noun after "the toll … rose to 15" says what it counts: the count is read as any other.
            // So is an event's toll in a headline: "Quetta blast toll hits 31", "quake toll rises to 2,000".
            if (clause.IsWord(i, "toll"))
            {
                return clause.IsWord(i - 1, "death")
                       || ((clause.IsWord(i - 1, "the") || IncidentNouns.Contains(clause.Word(i - 1))) && !CountedNouns.ContainsKey(clause.Word(figure.LastToken + 1)))
                    ? "killed"
                    : null;
            }
            // "the number of dead rose to 31", "the number of people killed is 31", "the number of injured stands at 40".
            if (clause.IsWord(i, "number") && clause.IsWord(i + 1, "of")) return EventOfPeople(clause, i + 2);
        }
        return null;
    }

    /// <summary>The event of "dead", "injured", "arrests", "people killed", "those who died" at <paramref name="k"/>: people to whom
    /// it happened. Null for things ("the number of rockets fired").</summary>
    private static string? EventOfPeople(Clause clause, int k)
    {
        if (clause.IsWord(k, "people") || clause.IsWord(k, "those")) k += clause.IsWord(k + 1, "who") ? 2 : 1;
        return EventWords.TryGetValue(clause.Word(k), out var @event) && @event is not ("launched" or "on board") ? @event : null;
    }

    /// <summary>The counted noun of the nearest count before the figure in its sentence: "35 people" for "… and wounded more than 130".</summary>
    private static string? ElidedNoun(Clause clause, Figure figure) =>
        ElidedNounNumber(clause, figure) is var number and >= 0 ? CountedNounAt(clause, number + 1, out _) : null;

    /// <summary>The token of the number of the count whose noun <see cref="ElidedNoun"/> reads; -1 when there is none.</summary>
    private static int ElidedNounNumber(Clause clause, Figure figure)
    {
        for (var i = figure.FirstToken - 2; clause.Has(i - 1); i--)
        {
            if (clause.IsNumber(i - 1) && CountedNounAt(clause, i, out _) is not null) return i - 1;
        }
        return -1;
    }

    /// <summary>The folded class of the counted noun at <paramref name="k"/>, of one word or of two ("1,000 service members", "40
    /// rescue workers": the first word is no qualifier of the second), with the token it ends on; null when none is there.</summary>
    private static string? CountedNounAt(Clause clause, int k, out int end)
    {
        end = k + 1;
        if (clause.Has(end) && CountedNouns.TryGetValue(clause.Word(k) + " " + clause.Word(end), out var twoWords)) return twoWords;
        end = k;
        return CountedNouns.TryGetValue(clause.Word(k), out var oneWord) ? oneWord : null;
    }

    /// <summary>
    /// The tokens of one sentence, or a part of it, read for anchors and attribution. One clause is made for each span of
    /// tokens (<see cref="Get"/>) and what it reads that does not depend on the figure is read once and kept: the figures
    /// of a list share their clause, and reading each of them does not read the clause again.
    /// </summary>
    internal sealed class Clause
    {
        private readonly ArticleReading _reading;
        private readonly Article _article;
        private readonly int _start;
        private readonly int _end;
        private int[]? _wordIndexes;
        private int[]? _breaks;
        private List<(int Index, string Site)>? _sites;
        private List<int>? _incidents;
        private (string? Value, bool Read) _period;
        private bool? _aboutAnotherOccasion;
        private bool? _opensNewOccasion;
        private bool? _saysOtherOccasion;
        private bool? _pointsBack;
        private List<(int Preposition, int Name, string Stem)>? _places;
        private List<(int Index, string Day)>? _days;
        private List<(int Index, string Stem)>? _names;
        private Dictionary<string, string?>? _spellings;
        private (int FirstRevision, bool Rises, TimeSpan? Stamp)? _timing;

        private Clause(ArticleReading reading, int start, int end)
        {
            _reading = reading;
            _article = reading.Article;
            _start = start;
            _end = end;
        }

        private static Clause Get(ArticleReading reading, int start, int end)
        {
            if (!reading.Clauses.TryGetValue((start, end), out var clause)) reading.Clauses[(start, end)] = clause = new Clause(reading, start, end);
            return clause;
        }

        public static Clause Of(ArticleReading reading, Sentence sentence) => Get(reading, sentence.FirstToken, sentence.EndToken);

        /// <summary>The sentence around a figure. A "sentence" of thousands of tokens (a list, a page merged onto one line) is
        /// read in blocks of <see cref="MaximumReach"/> tokens: the figure's block and the one on either side, so that the
        /// figure has at least that many tokens of its sentence on each side (what a figure counts is said near it), and the
        /// figures of one block share one clause instead of each reading a window of its own.</summary>
        public static Clause Around(ArticleReading reading, Sentence sentence, Figure figure)
        {
            // Figures are read in text order: the clauses of an earlier sentence are not read again, and are let go.
            if (reading.ClausesOfSentence != sentence.Index)
            {
                reading.Clauses.Clear();
                reading.ClausesOfSentence = sentence.Index;
            }
            var block = (figure.FirstToken - sentence.FirstToken) / MaximumReach;
            var end = sentence.EndToken;
            return Get(reading, Math.Max(sentence.FirstToken, sentence.FirstToken + (block - 1) * MaximumReach),
                Math.Min(end, Math.Max(figure.LastToken + 1 + MaximumReach, sentence.FirstToken + (block + 2) * MaximumReach)));
        }

        public const int MaximumReach = 60;

        /// <summary>The part of the sentence around <paramref name="token"/> between semicolons and ", and" / ", while" / ", but".</summary>
        public Clause SegmentAround(int token)
        {
            // ", days after 30 people died in Kandahar" opens a clause of its own too: another occasion, which lends the clause
            // before it none of its places.
            _breaks ??= Indexes(k => Tokens[k].IsPunctuation(';')
                                     || (Tokens[k].IsPunctuation(',') && (ClauseConjunctions.Contains(Word(k + 1)) || DatesAnotherOccasion(k + 1))));
            // The first break at or after the token ends the segment; the one before it starts it.
            var next = Array.BinarySearch(_breaks, token);
            if (next < 0) next = ~next;
            var start = next > 0 ? _breaks[next - 1] + 1 : _start;
            var end = next < _breaks.Length ? _breaks[next] : _end;
            return Get(_reading, start, end);
        }

        private TokenList Tokens => _article.Tokens;

        public bool Has(int i) => i >= _start && i < _end;

        public string Word(int i) => Has(i) && Tokens[i].Kind == TokenKind.Word ? Tokens[i].Text : "";

        public string Text(int i) => Has(i) ? Tokens[i].Text : "";

        public bool IsWord(int i, string word) => string.Equals(Word(i), word, StringComparison.OrdinalIgnoreCase);

        public bool IsInHeading(int i) => Has(i) && Tokens[i].IsInHeading;

        public bool IsNumber(int i) => Has(i) && (Tokens[i].Kind == TokenKind.Number || NumberWords.TryCardinal(Tokens[i].Text, out _));

        // An array, not a list interface: the clause's readers loop over it, and a loop over the interface allocates an enumerator.
        public int[] WordIndexes() => _wordIndexes ??= Indexes(i => Tokens[i].Kind == TokenKind.Word);

        /// <summary>The indexes of the clause's tokens that <paramref name="match"/>, in order.</summary>
        private int[] Indexes(Func<int, bool> match)
        {
            var indexes = new List<int>();
            for (var i = _start; i < _end; i++) if (match(i)) indexes.Add(i);
            return indexes.ToArray();
        }

        public bool IsName(int i) =>
            Has(i) && Tokens[i].Kind == TokenKind.Word && Tokens[i].StartsUpper && !Tokens[i].IsSentenceStart && Tokens[i].Text.Length > 1
            && !CalendarWords.IsDayOrMonth(Tokens[i].Text)
            && !(Tokens[i].IsInHeading && _reading.WritesInLowerCase(Tokens[i].Text));

        /// <summary>"Russian" in "in Russian air strikes", "Polish" in "near the Polish border": an adjective, not a place.</summary>
        public bool IsDemonym(int i) => QuantityKeyReader.IsDemonym(Tokens[i].Text);

        /// <summary>"another attack", "in a separate strike", "elsewhere": the clause names an occasion of its own.</summary>
        public bool OpensNewOccasion() => _opensNewOccasion ??=
            WordIndexes().Any(i => NewOccasionWords.Contains(Word(i)) || (Word(i) is "a" or "an" or "A" or "An" && IncidentWithin(i)));

        /// <summary>"in a separate strike", "another attack", "elsewhere": the clause says in so many words that it tells of
        /// another occasion. Narrower than <see cref="OpensNewOccasion"/>: an article's lead introduces its own event as "a
        /// shooting" too.</summary>
        public bool SaysOtherOccasion() => _saysOtherOccasion ??= WordIndexes().Any(i => NewOccasionWords.Contains(Word(i)));

        /// <summary>"Another drone slammed into …", "In a separate attack, …", "Elsewhere, …": the sentence opens on an occasion
        /// other than the one before it, and the sentences that follow without a place of their own tell of it too.</summary>
        public bool BeginsOtherOccasion()
        {
            var words = WordIndexes();
            for (var w = 0; w < words.Length && w < 3; w++)
            {
                if (NewOccasionWords.Contains(Word(words[w]))) return true;
            }
            return false;
        }

        /// <summary>"The boy was killed when a missile hit his house and 24 people died at the station": one victim said
        /// to have died before the count in its sentence, the count is of the others, a part of the toll.</summary>
        public bool CountsOthersThanOneNamed(Figure figure, string @event)
        {
            if (@event is not ("killed" or "wounded")) return false;
            foreach (var i in WordIndexes())
            {
                if (i >= figure.FirstToken) break;
                if (!IsWord(i, "was")) continue;
                var k = i + 1;
                while (Has(k) && k < i + 3 && Auxiliaries.Contains(Word(k))) k++;
                if (EventWords.TryGetValue(Word(k), out var said) && said == @event) return true;
            }
            return false;
        }

        /// <summary>"a similar blast", "the previous deal", "two years ago": a word of the clause says it tells of another occasion
        /// than the story's.</summary>
        public bool HasBackgroundWord() => WordIndexes().Any(i => BackgroundWords.Contains(Word(i)));

        /// <summary>The number of tokens of the longest phrase of <paramref name="list"/> that starts at <paramref name="start"/> inside the clause; 0 when none does.</summary>
        public int MatchAt(PhraseList list, int start) => Has(start) ? list.MatchAt(Tokens, start, _end) : 0;

        /// <summary>"the attack", "this strike": the clause refers back to an occasion named before.</summary>
        public bool PointsBack() => _pointsBack ??=
            WordIndexes().Any(i => Word(i).ToLowerInvariant() is "the" or "this" or "that" && IncidentWithin(i));

        private bool IncidentWithin(int determiner) => IncidentNouns.Contains(Word(determiner + 1)) || IncidentNouns.Contains(Word(determiner + 2));

        /// <summary>"including 12 children", "among them 3 police officers", "12 children were among the dead", "of the 97 people
        /// detained, 11 were charged": the figure is a part of a whole the text gives elsewhere.</summary>
        public bool IsPartCue(Figure figure, int phraseEnd)
        {
            if (FollowsWholeOfThe(figure)) return true;
            for (var k = figure.FirstToken - 1; k >= figure.FirstToken - 3 && Has(k); k--)
            {
                // "who was among more than 50 injured": the one it tells of is a part of the figure, which is the whole.
                if (k == figure.FirstToken - 1 && IsWord(k, "among") && Word(k - 1).ToLowerInvariant() is "was" or "were" or "is" or "are") return false;
                if (PartCues.Contains(Word(k))) return true;
                if (IsWord(k, "of") && (IsWord(k + 1, "whom") || IsWord(k + 1, "which"))) return true;
                if (Tokens[k].Kind == TokenKind.Punctuation) break;
            }
            for (var k = phraseEnd + 1; k <= phraseEnd + 4 && Has(k); k++)
            {
                if (IsWord(k, "among")) return true;
            }
            return false;
        }

        /// <summary>"Of the 40 dead, 12 were children", "said that of the 97 people taken into custody, 11 were charged": the figure
        /// opens what follows a comma, and the words before the comma, with no other mark, are "of the" and a number with its
        /// noun phrase, the whole the figure is taken from.</summary>
        private bool FollowsWholeOfThe(Figure figure)
        {
            var comma = figure.FirstToken - 1;
            if (!Has(comma) || Text(comma) != ",") return false;
            // The whole's noun phrase and what qualifies it: "the 97 people taken into custody from the plant in eastern Tennessee".
            for (var k = comma - 1; k > comma - 16 && Has(k); k--)
            {
                if (Tokens[k].Kind == TokenKind.Punctuation) return false;
                if (!IsNumber(k)) continue;
                var of = Word(k - 1).ToLowerInvariant() is "the" or "those" or "these" ? k - 2 : k - 1;
                return IsWord(of, "of");
            }
            return false;
        }

        /// <summary>
        /// True when the clause counts for another occasion than the story's: it names another year ("in the 2019 attack",
        /// "a similar blast in 2008", "on March 27, 1992" in a dated article; the year of the article's date is the story's own), "last March", "two years ago", or
        /// compares with the past ("the deadliest since").
        /// </summary>
        public bool IsAboutAnotherOccasion(ArticleReading reading) => _aboutAnotherOccasion ??= ReadAboutAnotherOccasion(reading);

        private bool ReadAboutAnotherOccasion(ArticleReading reading)
        {
            var ownYear = reading.DateMonth?.Year;
            foreach (var figure in FiguresIn(reading.Figures))
            {
                if (figure.Kind == FigureKind.Year && figure.Value != ownYear) return true;
                // "On March 27, 1992, 19-year-old Mora …" in a release of 2023: a date's year dates its occasion as a year does. In an
                // undated article a caption's date is as likely the story's own ("Shishimarin, 21, arrives …, Friday, May 13, 2022").
                if (figure.Kind == FigureKind.Date && ownYear is not null && WrittenYear(figure) is { } year && year != ownYear) return true;
            }
            if (HasBackgroundWord()) return true;
            // "The blast killed 14 people on Monday, days after 30 people died in a bombing": the clause after the comma tells of
            // an earlier occasion, whatever follows "after". At the opening of a sentence the occasion is the story's own, dated
            // from another: "Two days after the blast, 30 people were confirmed dead".
            if (_reading.IsCommaAt(_start - 1) && DatesAnotherOccasion(_start)) return true;
            foreach (var i in WordIndexes())
            {
                // "just a week after a deadly strike", "days before an attack": another occasion, dated by this one.
                if ((IsWord(i, "after") || IsWord(i, "before")) && (StretchesOfTime.Contains(Word(i - 1)) || IsWord(i - 1, "day")) && (IsWord(i + 1, "a") || IsWord(i + 1, "an")))
                {
                    return true;
                }
                if (IsWord(i, "last") && (PastPeriods.Contains(Word(i + 1)) || CalendarWords.Months.Contains(Word(i + 1)))) return true;
            }
            return NamesAnotherMonth(reading);
        }

        /// <summary>The year a date writes ("March 27, 1992", "14 March 2022"); null for a day of a month alone ("April 3").</summary>
        public int? WrittenYear(Figure date)
        {
            for (var k = date.FirstToken; k <= date.LastToken && Has(k); k++)
            {
                if (IsNumber(k) && Text(k).Length == 4 && int.TryParse(Text(k), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year)
                    && year is > 1800 and < 2200)
                {
                    return year;
                }
            }
            return null;
        }

        /// <summary>True when the words from <paramref name="k"/> date an occasion from another: "days after", "two weeks
        /// before", "just a year after".</summary>
        private bool DatesAnotherOccasion(int k)
        {
            for (var i = k; i <= k + 3 && Has(i) && (Tokens[i].Kind == TokenKind.Word || IsNumber(i)); i++)
            {
                if ((StretchesOfTime.Contains(Word(i)) || IsWord(i, "day")) && (IsWord(i + 1, "after") || IsWord(i + 1, "before"))) return true;
            }
            return false;
        }

        /// <summary>"In April, an attack on a station killed 50" or "On April 3, …" in an article of August: another month is
        /// another occasion. A day of the month that ends within the story's window of the article's date is the story's own
        /// ("landed at 10:15 p.m. on Dec. 31" in an article dated the first of January).</summary>
        public bool NamesAnotherMonth(ArticleReading reading)
        {
            if (reading.DateDay is not { } date) return false;
            foreach (var i in WordIndexes())
            {
                if ((IsWord(i, "in") || IsWord(i, "on")) && CalendarWords.MonthNumber(Word(i + 1).TrimEnd('.')) is > 0 and var month && Tokens[i + 1].StartsUpper && month != date.Month
                    && !IsDayWithinStoryWindow(i + 1, month, date))
                {
                    return true;
                }
            }
            return false;
        }

        /// <summary>True when the month at <paramref name="k"/> is followed by its day ("Dec. 31", "December 31, 2017") and that
        /// day, in the year written or else the one nearest the article's date, is within <see cref="Stories.DateWindowDays"/> of it.</summary>
        private bool IsDayWithinStoryWindow(int k, int month, DateTime articleDate)
        {
            var day = Has(k + 1) && Tokens[k + 1].Text == "." ? k + 2 : k + 1;
            if (!Has(day) || !int.TryParse(Tokens[day].Text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var dayOfMonth)
                || dayOfMonth is < 1 or > 31)
            {
                return false;
            }
            var year = Has(day + 2) && Tokens[day + 1].Text == "," && int.TryParse(Tokens[day + 2].Text, System.Globalization.NumberStyles.None,
                System.Globalization.CultureInfo.InvariantCulture, out var written) && written is > 1900 and < 2200 ? written : (int?)null;
            foreach (var candidate in year is { } y ? [y] : new[] { articleDate.Year - 1, articleDate.Year, articleDate.Year + 1 })
            {
                if (dayOfMonth > DateTime.DaysInMonth(candidate, month)) continue;
                if (Stories.DatedWithinWindow(new DateTime(candidate, month, dayOfMonth), articleDate)) return true;
            }
            return false;
        }

        /// <summary>The occasion the clause names: "attack" in "in the attack", "strike" in "a missile strike"; never a word of its source.</summary>
        public string? Incident(HashSet<int> excluded)
        {
            // "the fire service said" names who speaks, not what happened; a gunman who "opened fire" started no fire.
            _incidents ??= WordIndexes().Where(i => IncidentNouns.Contains(Word(i)) && !IsWord(i + 1, "service") && !IsWord(i + 1, "brigade")
                && !IsWord(i + 1, "department") && !IsWord(i + 1, "fighters") && !(IsWord(i, "fire") && OpensFire(i - 1))).ToList();
            foreach (var i in _incidents)
            {
                if (!excluded.Contains(i)) return Word(i).ToLowerInvariant();
            }
            return null;
        }

        /// <summary>
        /// The side whose attack the clause says did the harm, as the stem of its name ("russ" for "Russian shelling killed",
        /// "attacks by Ukrainian forces", "as Russia pounds"): two sides' tolls are two quantities, however alike their keys
        /// ("Russian shelling killed eight civilians" and "separatists said Ukrainian attacks killed four"). Null when the
        /// clause names no side's attack, or two sides'; never a word of the figure's own phrase (40 Russian soldiers killed).
        /// </summary>
        public string? Agent(HashSet<int> excluded)
        {
            string? agent = null;
            foreach (var k in WordIndexes())
            {
                if (excluded.Contains(k) || !Tokens[k].StartsUpper) continue;
                // A people's adjective is one wherever it stands ("Russian shelling killed" opens a sentence); a country is a name.
                var attacks = IsDemonym(k) ? AttackNouns.Contains(Word(k + 1)) || IsWord(k - 1, "by") && ForceNouns.Contains(Word(k + 1))
                    : IsName(k) && (AttackVerbs.Contains(Word(k + 1)) || Token.IsPossessiveEnding(Text(k + 1)) && AttackNouns.Contains(Word(k + 2)));
                if (!attacks) continue;
                var side = Stem(Word(k));
                if (agent is not null && agent != side) return null;
                agent = side;
            }
            return agent;
        }

        /// <summary>"opened", "open", "opens", "opening" before "fire": shooting, not a blaze.</summary>
        private bool OpensFire(int k) => IsWord(k, "opened") || IsWord(k, "open") || IsWord(k, "opens") || IsWord(k, "opening");

        /// <summary>How the clause writes a place it names: "Yavoriv" for "yavoriv"; null when it does not name it.</summary>
        public string? Spelling(string stem)
        {
            _spellings ??= new Dictionary<string, string?>(StringComparer.Ordinal);
            if (!_spellings.TryGetValue(stem, out var spelling)) _spellings[stem] = spelling = WordIndexes().Where(i => IsName(i) && Stem(Word(i)) == stem).Select(WholeName).FirstOrDefault();
            return spelling;
        }

        /// <summary>"Las Vegas" for "Las" after a preposition ("in Las Vegas"): a place of several words is named whole. Elsewhere a
        /// name may run on into a title ("Kyiv Mayor Vitali Klitschko"), so the word stands alone.</summary>
        private string WholeName(int first)
        {
            var afterPreposition = PlacePrepositions.Contains(Word(first - 1)) || (PlaceAdjectives.Contains(Word(first - 1)) && PlacePrepositions.Contains(Word(first - 2)));
            var last = first;
            while (afterPreposition && last < first + 3 && IsName(last + 1) && !CalendarWords.DayNames.Contains(Word(last + 1))) last++;
            return string.Join(" ", Enumerable.Range(first, last - first + 1).Select(Word));
        }

        /// <summary>
        /// The part of the place a count is limited to, after its phrase: "in the north", "in the eastern region", "at the
        /// stadium", "across the country" (wider than the event), "instantly". Sites (a base, a hospital) are anchors of the whole
        /// event and no scope; nor is "at the scene".
        /// </summary>
        public string? Scope(int phraseEnd)
        {
            for (var k = phraseEnd + 1; Has(k); k++)
            {
                if (Tokens[k].Kind == TokenKind.Punctuation) break;
                // "12 were killed instantly", "died on the spot": those who died at once, beside those who died later.
                if (IsWord(k, "instantly") || (IsWord(k, "on") && ((IsWord(k + 1, "the") && IsWord(k + 2, "spot")) || IsWord(k + 1, "impact")))) return "instantly";
                if (!(IsWord(k, "in") || IsWord(k, "at") || IsWord(k, "inside") || IsWord(k, "across") || IsWord(k, "throughout")) || !IsWord(k + 1, "the")) continue;
                var noun = Word(k + 2);
                if (noun.Length == 0 || char.IsUpper(noun[0])) continue;
                if (Directions.Contains(noun)) return $"in the {noun.ToLowerInvariant()}";
                // "in the province", "across the country": the whole area, of which the story's event is one part.
                // Not "in the country's worst attack": the possessive says which event, not where it counts.
                if (WiderAreas.Contains(noun) && !Token.IsPossessiveEnding(Text(k + 3))) return $"{Word(k).ToLowerInvariant()} the {noun.ToLowerInvariant()}";
                if (IsWord(k, "in") || SiteNouns.ContainsKey(noun) || IncidentNouns.Contains(noun) || WholeEventPlaces.Contains(noun)) continue;
                return $"{Word(k).ToLowerInvariant()} the {noun.ToLowerInvariant()}";
            }
            return null;
        }

        /// <summary>"daily" for a count of one day or night ("in the past 24 hours", "overnight", "on Monday alone", "a day"),
        /// "cumulative" for a count since a past point, over years or over a run of incidents ("since the war began", "since
        /// February 24", "in eight years of fighting", "in a series of attacks"); null for the event's toll.</summary>
        public string? Period()
        {
            if (!_period.Read) _period = (ReadPeriod(), true);
            return _period.Value;
        }

        private string? ReadPeriod()
        {
            foreach (var i in WordIndexes())
            {
                if (DailyWords.Contains(Word(i))) return "daily";
                if ((IsWord(i, "a") || IsWord(i, "per") || IsWord(i, "each")) && IsWord(i + 1, "day")) return "daily";
                if (IsWord(i, "since") && (IsWord(i + 1, "the") || CalendarWords.Months.Contains(Word(i + 1)) || IsNumber(i + 1))) return QuantityKey.CumulativePeriod;
                // "so far this year", "this month": a toll of the calendar's stretch, of which the story's event is a part. Not "the
                // deadliest attack this year", which ranks the event.
                if (IsWord(i, "this") && CalendarStretches.Contains(Word(i + 1)) && !RanksBefore(i)) return QuantityKey.CumulativePeriod;
                // "in the past fortnight", "over the last three weeks": a toll of a stretch of time, not of one event.
                if ((IsWord(i, "past") || IsWord(i, "last")) && (StretchesOfTime.Contains(Word(i + 1)) || (IsNumber(i + 1) && StretchesOfTime.Contains(Word(i + 2)))))
                {
                    return QuantityKey.CumulativePeriod;
                }
                // "died in the Mariupol siege", "killed during the war": the toll of a campaign, not of one of its attacks.
                if (CampaignWords.Contains(Word(i)) && (CampaignPrepositions.Contains(Word(i - 1)) || CampaignPrepositions.Contains(Word(i - 2)) || CampaignPrepositions.Contains(Word(i - 3)))) return QuantityKey.CumulativePeriod;
                // "in a series of attacks", "a wave of strikes": a toll summed over several occasions, not one attack's.
                if (IncidentRuns.Contains(Word(i)) && IsWord(i + 1, "of") && IncidentNouns.Contains(Word(i + 2))) return QuantityKey.CumulativePeriod;
                // "in the eight years of fighting": a toll of years, not of the event.
                if (IsWord(i, "years") && IsNumber(i - 1) && !IsWord(i + 1, "old")) return QuantityKey.CumulativePeriod;
            }
            return null;
        }

        /// <summary>"bringing the toll to 35", "taking the death toll to 35": a verb of summing up before the figure, with "toll" between.</summary>
        public bool BringsTollTo(Figure figure)
        {
            for (var i = figure.FirstToken - 2; i >= figure.FirstToken - 5 && Has(i); i--)
            {
                if (!IsWord(i, "toll")) continue;
                for (var k = i - 1; k >= i - 3 && Has(k); k--)
                {
                    if (Word(k).ToLowerInvariant() is "bringing" or "brings" or "brought" or "taking" or "pushing") return true;
                }
            }
            return false;
        }

        /// <summary>"the deadliest attack this year", "its worst day this month": a superlative within three words before <paramref name="i"/>.</summary>
        private bool RanksBefore(int i)
        {
            for (var k = i - 1; k >= i - 3; k--)
            {
                var word = Word(k);
                if (word.Equals("worst", StringComparison.OrdinalIgnoreCase) || (word.Length > 5 && word.EndsWith("iest", StringComparison.OrdinalIgnoreCase))) return true;
            }
            return false;
        }

        /// <summary>When the clause gives the figure: as a revision ("rose to", "was revised to" before it) and at which clock time.</summary>
        public FigureTiming Timing(Figure figure, IReadOnlyList<Figure> figures)
        {
            if (_timing is null)
            {
                var firstRevision = int.MaxValue;
                var rises = false;
                foreach (var i in WordIndexes())
                {
                    if (!RevisionVerbs.Contains(Word(i))) continue;
                    firstRevision = i;
                    rises = !RevisionVerbsEitherWay.Contains(Word(i));
                    break;
                }
                TimeSpan? stamp = null;
                foreach (var other in FiguresIn(figures))
                {
                    if (other.Kind == FigureKind.Time && Clock.TryRead(other.Text, out var time)) stamp = time;
                }
                _timing = (firstRevision, rises, stamp);
            }
            // "bringing the toll to 35" sums up an earlier toll and what was added to it: a revision upwards, where "brought it
            // back" is none.
            var revisedByVerb = _timing.Value.FirstRevision < figure.FirstToken;
            var bringsTollTo = BringsTollTo(figure);
            return new FigureTiming(revisedByVerb || bringsTollTo, _timing.Value.Stamp, Rises: revisedByVerb && _timing.Value.Rises || bringsTollTo);
        }

        /// <summary>The article's figures that start in this clause, found by binary search: <paramref name="figures"/> is in
        /// text order, and a scan from the article's first figure for every figure would cost time in the square of their number.</summary>
        public IEnumerable<Figure> FiguresIn(IReadOnlyList<Figure> figures)
        {
            for (var i = Sorted.FirstAtOrAfter(figures, _start, f => f.FirstToken); i < figures.Count && figures[i].FirstToken < _end; i++)
            {
                yield return figures[i];
            }
        }

        /// <summary>The places the clause names ("in Lviv", "near the Polish border"), but for those whose preposition or name is <paramref name="excluded"/>.</summary>
        public IReadOnlyCollection<string> Places(HashSet<int> excluded)
        {
            if (_places is null)
            {
                _places = new List<(int, int, string)>();
                foreach (var i in WordIndexes())
                {
                    if (!PlacePrepositions.Contains(Tokens[i].Text)) continue;
                    var k = i + 1;
                    while (Has(k) && PlaceAdjectives.Contains(Word(k)) && k < i + 3) k++;
                    if (IsName(k) && !IsDemonym(k)) _places.Add((i, k, Stem(Tokens[k].Text)));
                }
                // "the Tarnow blast killed 31", "a Tarnow market": a name that says where an attack or a site is, is its place.
                foreach (var k in WordIndexes())
                {
                    // Not an abbreviation: "the TV tower", "a UN school" say what the site is, not where.
                    if (IsName(k) && !IsDemonym(k) && !Tokens[k].Text.All(char.IsUpper) && Determiners.Contains(Word(k - 1)) && (IncidentNouns.Contains(Word(k + 1)) || SiteNouns.ContainsKey(Word(k + 1))))
                    {
                        _places.Add((k - 1, k, Stem(Tokens[k].Text)));
                    }
                }
            }
            return Kept(_places, p => !excluded.Contains(p.Preposition) && !excluded.Contains(p.Name), p => p.Stem);
        }

        /// <summary>The kinds of site the clause names, but for those that are <paramref name="excluded"/>: "a hospital official
        /// said" names who speaks, not where the dead were.</summary>
        public IReadOnlyCollection<string> Sites(HashSet<int> excluded)
        {
            _sites ??= WordIndexes().Where(i => SiteNouns.ContainsKey(Tokens[i].Text)).Select(i => (i, SiteNouns[Tokens[i].Text])).ToList();
            return Kept(_sites, s => !excluded.Contains(s.Index), s => s.Site);
        }

        /// <summary>The days of the week and the months the clause names ("sunday", "january" for "Jan. 1"), but for those that
        /// are <paramref name="excluded"/>: two counts of one article dated to different months count different stretches
        /// ("2,366 actions from Jan. 1 to Jan. 30", "2,185 actions from July 1 to Dec. 31"), as amounts do. A month in lower
        /// case ("may") is a word.</summary>
        public IReadOnlyCollection<string> Days(HashSet<int> excluded)
        {
            _days ??= WordIndexes().Select(i => (i, Day: DayOrMonth(Tokens[i]))).Where(d => d.Day is not null).Select(d => (d.i, d.Day!)).ToList();
            return Kept(_days, d => !excluded.Contains(d.Index), d => d.Day);

            static string? DayOrMonth(Token token)
            {
                if (CalendarWords.DayNames.Contains(token.Text)) return token.Text.ToLowerInvariant();
                return token.StartsUpper && CalendarWords.MonthNumber(token.Text.TrimEnd('.')) is > 0 and var month
                    ? System.Globalization.CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month).ToLowerInvariant()
                    : null;
            }
        }

        public IReadOnlyCollection<string> Names(HashSet<int> excluded)
        {
            _names ??= WordIndexes().Where(i => IsName(i) && (!Tokens[i].IsInHeading || _reading.IsBodyName(Tokens[i].Text)))
                .Select(i => (i, Stem(Tokens[i].Text))).ToList();
            return Kept(_names, n => !excluded.Contains(n.Index), n => n.Stem);
        }

        /// <summary>The distinct values of the <paramref name="candidates"/> that are <paramref name="kept"/>.</summary>
        private static IReadOnlyCollection<string> Kept<T>(List<T> candidates, Func<T, bool> kept, Func<T, string> value)
        {
            if (candidates.Count == 0) return [];
            var values = new HashSet<string>(StringComparer.Ordinal);
            foreach (var candidate in candidates) if (kept(candidate)) values.Add(value(candidate));
            return values;
        }

        /// <summary>
        /// Who the sentence attributes the figure to: "according to local officials", "Ukrainian officials said at least 35 …",
        /// "… killing two other people, authorities said". The nearest attribution before the figure wins, then the first after it.
        /// </summary>
        public string? Source(Figure figure, HashSet<int> sourceTokens)
        {
            for (var i = figure.FirstToken - 1; i >= _start; i--)
            {
                if (IsWord(i, "according") && IsWord(i + 1, "to"))
                {
                    if (SourceAfter(i + 2, sourceTokens) is { } according) return according;
                    continue;
                }
                if (IsReportingVerb(i) && !InRelativeAside(i, figure.FirstToken) && SourceBefore(i, _start, requireComma: false, sourceTokens) is { } before)
                {
                    return WithDayOfSaying(before, i, sourceTokens);
                }
            }
            // After the figure, only a closing attribution counts: "…, Ukrainian officials said", "…, according to local officials",
            // "…, said the governor".
            for (var i = figure.LastToken + 1; i < _end; i++)
            {
                if (IsWord(i, "according") && IsWord(i + 1, "to")) return SourceAfter(i + 2, sourceTokens);
                if (!IsReportingVerb(i)) continue;
                if (Tokens[i - 1].IsPunctuation(',') && SourceAfter(i + 1, sourceTokens) is { } inverted) return WithDayOfSaying(inverted, i, sourceTokens);
                if (SourceBefore(i, figure.LastToken + 1, requireComma: true, sourceTokens) is { } after) return WithDayOfSaying(after, i, sourceTokens);
            }
            return null;
        }

        /// <summary><paramref name="source"/>, found by the reporting verb at <paramref name="verb"/>, whose day goes with it:
        /// in "officials said on Tuesday", "the ministry said Tuesday", the day is when the figure was given, not when what it
        /// counts happened.</summary>
        private string WithDayOfSaying(string source, int verb, HashSet<int> sourceTokens)
        {
            var next = verb + _reading.ReportingVerbs.MatchAt(Tokens, verb, _end);
            if (IsWord(next, "on")) next++;
            if (next < _end && CalendarWords.DayNames.Contains(Tokens[next].Text))
            {
                for (var k = verb + 1; k <= next; k++) sourceTokens.Add(k);
            }
            return source;
        }

        /// <summary>A reporting verb of the profile's shared list ("said", "told", "estimated"), in lower case: a capitalised
        /// word inside a sentence is a name ("the United States"), not a verb.</summary>
        private bool IsReportingVerb(int i) =>
            Word(i).Length > 0 && (!Tokens[i].StartsUpper || Tokens[i].IsSentenceStart) && _reading.ReportingVerbs.MatchAt(Tokens, i, _end) > 0
            && !TakesLives(i) && !ClaimsNoFigure(i);

        /// <summary>"claimed responsibility", "claimed victory": the verb's object is a deed, not a figure or a statement.</summary>
        private bool ClaimsNoFigure(int i) => Word(i + 1).ToLowerInvariant() is "responsibility" or "credit" or "victory";

        /// <summary>True when <paramref name="i"/> stands in an aside that a relative pronoun opens after a comma ("The strike,
        /// which Ukraine blamed on Russia, killed 12"): what the aside's verb says is not said of the figure.</summary>
        private bool InRelativeAside(int i, int figureStart)
        {
            for (var k = i - 1; k >= _start && k > i - 10; k--)
            {
                if (Tokens[k].Kind != TokenKind.Punctuation) continue;
                if (!Tokens[k].IsPunctuation(',') || !(IsWord(k + 1, "which") || IsWord(k + 1, "who"))) return false;
                // The aside closes before the figure.
                return Tokens.HasCommaBetween(i + 1, figureStart);
            }
            return false;
        }

        /// <summary>"the blast claimed 31 lives", "claimed the lives of 12": a verb whose object is lives reports nothing, and
        /// what stands before it is the cause of the deaths, not a source.</summary>
        private bool TakesLives(int i) => LifeTakingVerbs.Contains(Word(i)) && (IsWord(i + 2, "lives") || IsWord(i + 3, "lives") || IsWord(i + 4, "lives"));

        /// <summary>The noun phrase before a speech verb, read backwards to a comma, a conjunction or a number, never before <paramref name="limit"/>.</summary>
        private string? SourceBefore(int verb, int limit, bool requireComma, HashSet<int> sourceTokens)
        {
            var words = new List<int>();
            var k = verb - 1;
            // "Officials in the capital have so far announced": the words between the speaker and the verb are no name.
            while (k >= limit && Auxiliaries.Contains(Word(k))) k--;
            // "The governor, who visited the site, said": the speaker stands before the aside.
            if (k >= limit && Tokens[k].IsPunctuation(','))
            {
                for (var open = k - 1; open >= limit && open > k - 12; open--)
                {
                    if (!Tokens[open].IsPunctuation(',')) continue;
                    if (IsWord(open + 1, "who") || IsWord(open + 1, "which")) k = open - 1;
                    break;
                }
            }
            // "eight people confirmed to have been killed": the counted people are not a source.
            if (CountedNouns.ContainsKey(Word(k)) && IsNumber(k - 1)) return null;
            // "Preliminary reports said": a reporting verb right before the verb is the speaker's noun, not another verb.
            var head = k;
            for (; k >= limit && words.Count < 6; k--)
            {
                var token = Tokens[k];
                if (token.Kind != TokenKind.Word) break;
                if (SourceBoundaries.Contains(token.Text) || (IsReportingVerb(k) && k != head) || EventWords.ContainsKey(token.Text)) break;
                if (NumberWords.TryCardinal(token.Text, out _) || NumberWords.TryOrdinal(token.Text, out _)) break;
                words.Insert(0, k);
            }
            if (requireComma && !(k >= limit && Tokens[k].IsPunctuation(','))) return null;
            // "officials on Monday said", "the ministry late on Tuesday said", "On Sunday the ministry said": when it spoke is no
            // part of the body's name.
            var leading = 0;
            while (leading < words.Count && IsWhenSaid(words[leading])) leading++;
            words.RemoveRange(0, leading);
            var when = words.FindIndex(IsWhenSaid);
            if (when > 0) words.RemoveRange(when, words.Count - when);
            return Name(words, sourceTokens);
        }

        private bool IsWhenSaid(int k) => IsWord(k, "on") || IsWord(k, "late") || IsWord(k, "early") || CalendarWords.DayNames.Contains(Tokens[k].Text);

        private string? SourceAfter(int start, HashSet<int> sourceTokens)
        {
            var words = new List<int>();
            // The body ends where its sentence goes on: "according to officials, who said …", "said the governor on Monday".
            for (var k = start; k < _end && words.Count < 6 && Tokens[k].Kind == TokenKind.Word && !SourceBoundaries.Contains(Tokens[k].Text)
                 && !CalendarWords.DayNames.Contains(Tokens[k].Text) && !IsWord(k, "on") && !IsWord(k, "in") && !IsWord(k, "who"); k++)
            {
                words.Add(k);
            }
            return Name(words, sourceTokens);
        }

        private string? Name(List<int> words, HashSet<int> sourceTokens)
        {
            var kept = words.Where(k => !Determiners.Contains(Tokens[k].Text)).ToList();
            if (kept.Count == 0) return null;
            // A pronoun is no source name: "he said" does not tell sources apart. Nor is a clause that has one, or a modal: "we can
            // confirm", "he would retire if he wasn't traded" are words of a speaker, not a body's name.
            if (kept.Any(k => NoPartOfAName.Contains(Tokens[k].Text))) return null;
            foreach (var k in kept) sourceTokens.Add(k);
            return string.Join(" ", kept.Select(AsWrittenInsideASentence)).Replace(" 's", "'s").Replace(" ’s", "'s");
        }

        /// <summary>A source's word as the message quotes it inside its own sentence: "the United Nations" keeps its capitals,
        /// and only an ordinary word that opens its sentence ("Officials said") loses the capital that position gave it; not a
        /// name the article writes inside its sentences ("Turkey said", beside "talks in Turkey").</summary>
        private string AsWrittenInsideASentence(int k)
        {
            var text = Tokens[k].Text;
            return Tokens[k].IsSentenceStart && CommonWords.ContainsLowered(text) && !_reading.IsBodyName(text) ? text.ToLowerInvariant() : text;
        }
    }

    /// <summary>
    /// The names an article keeps coming back to (in at least 4 sentences and a fifth of them): the story's country or
    /// city, too general to tie a figure to one occasion.
    /// </summary>
    public static IReadOnlyCollection<string> GeneralNames(Article article)
    {
        var sentencesNaming = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var sentence in article.Sentences)
        {
            foreach (var name in NamedStemsBySentence.GetOrRead(article, sentence, NamedStems)) sentencesNaming[name] = sentencesNaming.TryGetValue(name, out var count) ? count + 1 : 1;
        }
        var threshold = Math.Max(4, article.Sentences.Count / 5.0);
        return new HashSet<string>(sentencesNaming.Where(entry => entry.Value >= threshold).Select(entry => entry.Key), StringComparer.Ordinal);
    }

    /// <summary>The named stems of recently read sentences (<see cref="NamedStems"/>): they depend on the words alone.</summary>
    private static readonly SentenceCache<string> NamedStemsBySentence = new(bits: 12);

    /// <summary>The <see cref="Stem"/> of each capitalised word of <paramref name="sentence"/>, each once, in the order first written.</summary>
    private static string[] NamedStems(Article article, Sentence sentence)
    {
        var named = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
        {
            var token = article.Tokens[k];
            if (token.Kind != TokenKind.Word || !token.StartsUpper || token.Text.Length <= 1) continue;
            var stem = Stem(token.Text);
            if (seen.Add(stem)) named.Add(stem);
        }
        return named.ToArray();
    }

    /// <summary>Clock times as newsrooms write them: "08:20", "0820 GMT", "8 a.m.", "6pm".</summary>
    private static class Clock
    {
        // [0-9], not \d: \d also matches other scripts' digits ("١٩"), which int.Parse does not read.
        private static readonly System.Text.RegularExpressions.Regex Pattern = new(
            @"^(?<hour>[0-9]{1,2})(?:[:.]?(?<minute>[0-9]{2}))?\s*(?<half>[ap]\.?m\.?)?", System.Text.RegularExpressions.RegexOptions.IgnoreCase);

        public static bool TryRead(string text, out TimeSpan time) => TryRead(text, out time, out _, out _);

        /// <summary>Reads a clock time that names one moment: with "a.m." or "p.m.", or on a 24-hour clock (an hour after 12, or
        /// written with a leading zero: "08:20", "0820"). <paramref name="wholeHour"/> is true when no minutes are written.</summary>
        public static bool TryReadDefinite(string text, out TimeSpan time, out bool wholeHour) =>
            TryRead(text, out time, out var definite, out wholeHour) && definite;

        private static bool TryRead(string text, out TimeSpan time, out bool definite, out bool wholeHour)
        {
            time = default;
            definite = wholeHour = false;
            var match = Pattern.Match(text.Trim());
            if (!match.Success) return false;
            var hour = int.Parse(match.Groups["hour"].Value, System.Globalization.CultureInfo.InvariantCulture);
            var minute = match.Groups["minute"].Success ? int.Parse(match.Groups["minute"].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
            // "10:15 p.m." is 22:15, and "12:47 a.m." is 00:47.
            if (match.Groups["half"].Success && hour <= 12)
            {
                var afternoon = char.ToLowerInvariant(match.Groups["half"].Value[0]) == 'p';
                hour = hour % 12 + (afternoon ? 12 : 0);
            }
            if (hour > 23 || minute > 59) return false;
            var hourWritten = match.Groups["hour"].Value;
            definite = match.Groups["half"].Success || hour > 12 || (hourWritten.Length == 2 && hourWritten[0] == '0');
            wholeHour = !match.Groups["minute"].Success;
            time = new TimeSpan(hour, minute, 0);
            return true;
        }
    }

    private static readonly string[] StemSuffixes = { "ians", "ian", "ese", "ans", "an", "ia", "e", "a", "s" };

    /// <summary>A crude stem that lets a country and its adjective agree: "Russia"/"Russian", "Ukraine"/"Ukrainian", "China"/"Chinese".</summary>
    internal static string Stem(string name)
    {
        var word = name.ToLowerInvariant();
        foreach (var suffix in StemSuffixes)
        {
            if (word.Length > suffix.Length + 3 && word.EndsWith(suffix, StringComparison.Ordinal)) return word.Substring(0, word.Length - suffix.Length);
        }
        return word;
    }
}
