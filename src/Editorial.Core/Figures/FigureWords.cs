using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Editorial.Documents;
using Editorial.Text;

namespace Editorial.Figures;

/// <summary>
/// The figure reader's English vocabulary, from the data file Data/figure-words.yml embedded in the engine: what a figure
/// counts, the events that happen to it, numbers written as words, units of measure and currencies, and the words that tell
/// whether two counts are of the same occasion (sites, incidents, directions, stretches of time). Read once; the words are
/// matched in any case (currency symbols exactly).
/// </summary>
internal sealed class FigureWords
{
    public static FigureWords Instance { get; } = Load();

    private FigureWords(FigureWordsDocument document)
    {
        CountedNouns = Fold(document.Counted.Select(entry => (entry.Key, entry.Value.Words.Concat(entry.Value.Singular))));
        SingularNouns = new HashSet<string>(document.Counted.Values.SelectMany(counted => counted.Singular), StringComparer.OrdinalIgnoreCase);
        EventWords = Fold(document.Events.Select(entry => (entry.Key, entry.Value.Words.Concat(entry.Value.Nouns))));
        EventNouns = new HashSet<string>(document.Events.Values.SelectMany(@event => @event.Nouns), StringComparer.OrdinalIgnoreCase);
        EventActs = Fold(document.Events.Select(entry => (entry.Key, (IEnumerable<string>)entry.Value.Acts)));
        UnitsByWord = document.Units
            .Select(unit => (unit.Words, Unit: new Unit(unit.Symbol, unit.Dimension, unit.Factor, unit.Offset)))
            .SelectMany(unit => unit.Words.Select(word => (Word: word, unit.Unit)))
            .ToDictionary(entry => entry.Word, entry => entry.Unit, StringComparer.OrdinalIgnoreCase);
        LengthModifiers = Words(document.LengthModifiers);
        ClassifyingParts = Words(document.ClassifyingParts);
        Cardinals = new Dictionary<string, int>(document.Cardinals, StringComparer.OrdinalIgnoreCase);
        NobodyWords = document.NobodyWords.Select(words => words.Split(' ')).ToList();
        Ordinals = new Dictionary<string, int>(document.Ordinals, StringComparer.OrdinalIgnoreCase);
        Scales = new Dictionary<string, double>(document.Scales, StringComparer.OrdinalIgnoreCase);
        Magnitudes = document.Magnitudes.ToDictionary(entry => entry.Key, entry => new Interval(entry.Value.From, entry.Value.UpTo, lowInclusive: true, highInclusive: false),
            StringComparer.OrdinalIgnoreCase);
        CurrencySymbols = new Dictionary<string, string>(document.CurrencySymbols, StringComparer.Ordinal);
        DollarPrefixes = new Dictionary<string, string>(document.DollarPrefixes, StringComparer.Ordinal);
        CurrencyWords = Fold(document.CurrencyWords);
        QualifiedEventNouns = Words(document.QualifiedEventNouns);
        PartialQualifiers = Words(document.PartialQualifiers);
        Presumptions = Words(document.Presumptions);
        MannersOfDeath = Words(document.MannersOfDeath);
        AsideOpeners = Words(document.AsideOpeners);
        Partitives = Words(document.Partitives);
        PartCues = Words(document.PartCues);
        Perpetrators = Words(document.Perpetrators);
        Compulsions = Words(document.Compulsions);
        StateVerbs = Words(document.StateVerbs);
        LastingEvents = Words(document.LastingEvents);
        CustodyVerbs = Words(document.CustodyVerbs);
        InjuryVerbs = Words(document.InjuryVerbs);
        LifeTakingVerbs = Words(document.LifeTakingVerbs);
        TollVerbs = Words(document.TollVerbs);
        RevisionVerbs = Words(document.RevisionVerbs);
        RevisionVerbsEitherWay = Words(document.RevisionVerbsEitherWay);
        IncidentNouns = Words(document.IncidentNouns);
        SiteNouns = Fold(document.SiteNouns);
        SeriesObjects = Fold(document.SeriesObjects);
        PlaceQualifiers = Words(document.PlaceQualifiers);
        PlaceAdjectives = Words(document.PlaceAdjectives);
        Directions = Words(document.Directions);
        WiderAreas = Words(document.WiderAreas);
        WholeEventPlaces = Words(document.WholeEventPlaces);
        NewOccasionWords = Words(document.NewOccasionWords);
        BackgroundWords = Words(document.BackgroundWords);
        ForecastWords = Words(document.ForecastWords);
        DisputeWords = Words(document.DisputeWords);
        CampaignWords = Words(document.CampaignWords);
        IncidentRuns = Words(document.IncidentRuns);
        DailyWords = Words(document.DailyWords);
        StretchesOfTime = Words(document.StretchesOfTime);
        CalendarStretches = Words(document.CalendarStretches);
        OccasionVerbs = Words(document.OccasionVerbs);
        RepeatNouns = Words(document.RepeatNouns);
        PastPeriods = Words(document.PastPeriods);
        RecurringPeriods = Fold(document.RecurringPeriods);
        CalendarUnits = Words(document.CalendarUnits);
        DurationUnits = Fold(document.DurationUnits);
        DurationMinutes = document.DurationMinutes.ToDictionary(entry => entry.Key, entry => new Unit(entry.Key, Units.Duration, entry.Value), StringComparer.Ordinal);
        ClockEvents = Fold(document.ClockEvents);
        ClockEventIdioms = Words(document.ClockEventIdioms);
        NamedDays = Words(document.NamedDays);
        CostWords = Words(document.CostWords);
        Dimensions = Fold(document.DimensionAdjectives);
        DimensionAdjectives = Words(Dimensions.Keys);
        HolderMeasures = new Dictionary<string, string>(document.HolderMeasures, StringComparer.Ordinal);
        SpeedVerbs = Words(document.SpeedVerbs);
        IrregularPlurals = new Dictionary<string, string>(document.IrregularPlurals, StringComparer.OrdinalIgnoreCase);
        PersonNouns = Words(document.PersonNouns);
        AttackNouns = Words(document.AttackNouns);
        ForceNouns = Words(document.ForceNouns);
        AttackVerbs = Words(document.AttackVerbs);
        HospitalVerbs = Words(document.HospitalVerbs);
        CrashWords = Words(document.CrashWords);
        StoppageWords = Words(document.StoppageWords);
        RepeatWords = Words(document.RepeatWords);
        LastingThings = Fold(document.LastingThings);
        DocumentUnits = Words(document.DocumentUnits);
        Documents = Fold(document.Documents);
        HandingVerbs = Fold(document.HandingVerbs);
        AmountActs = Fold(document.AmountActs);
        TakingVerbs = Words(document.TakingVerbs);
        MoneyContainers = Words(document.MoneyContainers);
        Titles = Words(document.Titles);
        ObjectVerbs = Fold(document.ObjectVerbs);
        ObjectNouns = Fold(document.ObjectNouns);
        HolderDeterminers = Words(document.HolderDeterminers);
        IrregularActs = Words(document.IrregularActs);
        IrregularPastTenses = Words(document.IrregularPastTenses.Concat(document.IrregularActs));
    }

    /// <summary>Nouns of counted things, folded to one name per class ("troops" are soldiers).</summary>
    public IReadOnlyDictionary<string, string> CountedNouns { get; }

    /// <summary>The counted nouns that name one: after a number other than one they qualify another noun ("80 missile strikes").</summary>
    public HashSet<string> SingularNouns { get; }

    /// <summary>Event words, folded: "died", "deaths" and "killed" are one event.</summary>
    public IReadOnlyDictionary<string, string> EventWords { get; }

    /// <summary>Event words that follow the number directly and stand for people: "596 civilian deaths", "130 wounded", "9 killed".</summary>
    public HashSet<string> EventNouns { get; }

    /// <summary>Nouns of an event's act that take those counted after "of", folded to the event: "the evacuation of 1,200 people".</summary>
    public IReadOnlyDictionary<string, string> EventActs { get; }

    /// <summary>Cardinal words and their values ("nine", "dozen").</summary>
    public IReadOnlyDictionary<string, int> Cardinals { get; }

    /// <summary>The words that count none before a verb, each as its words: "nobody", "no one", "no-one".</summary>
    public IReadOnlyList<string[]> NobodyWords { get; }

    /// <summary>Ordinal words and their values ("third", "hundredth").</summary>
    public IReadOnlyDictionary<string, int> Ordinals { get; }

    /// <summary>Scale words after a number and what they multiply it by ("million", "bn").</summary>
    public IReadOnlyDictionary<string, double> Scales { get; }

    /// <summary>Plural magnitude words and the values they allow: "dozens" is two dozen or more, well short of a hundred.</summary>
    public IReadOnlyDictionary<string, Interval> Magnitudes { get; }

    /// <summary>Units by every spelling that may follow a number ("kilometres", "sq km"); each unit is one instance.</summary>
    public IReadOnlyDictionary<string, Unit> UnitsByWord { get; }

    /// <summary>Words that may stand between a number and its unit of length and say no more than the unit: "998 horizontal miles".</summary>
    public HashSet<string> LengthModifiers { get; }

    /// <summary>Parts that sort things into kinds ("the 64-bit version", "the 5-speed gearbox"): no count of one thing's parts.</summary>
    public HashSet<string> ClassifyingParts { get; }

    /// <summary>Currency symbols written before the amount, by ISO 4217 code.</summary>
    public IReadOnlyDictionary<string, string> CurrencySymbols { get; }

    /// <summary>Currency words written after the amount, by ISO 4217 code.</summary>
    public IReadOnlyDictionary<string, string> CurrencyWords { get; }

    /// <summary>Letters written against a "$" that name another dollar ("S$", "A$", "HK$"), by ISO 4217 code.</summary>
    public IReadOnlyDictionary<string, string> DollarPrefixes { get; }

    // The words that tell whether two counts are of the same thing on the same occasion, each set described where the
    // data file lists it, under the same name: SiteNouns is site-nouns. Folded sets give each word the name of its class.
    public HashSet<string> QualifiedEventNouns { get; }
    public HashSet<string> PartialQualifiers { get; }
    public HashSet<string> Presumptions { get; }
    public HashSet<string> MannersOfDeath { get; }
    public HashSet<string> AsideOpeners { get; }
    public HashSet<string> Partitives { get; }
    public HashSet<string> PartCues { get; }
    public HashSet<string> Perpetrators { get; }
    public HashSet<string> Compulsions { get; }
    public HashSet<string> StateVerbs { get; }
    public HashSet<string> LastingEvents { get; }
    public HashSet<string> CustodyVerbs { get; }
    public HashSet<string> InjuryVerbs { get; }
    public HashSet<string> LifeTakingVerbs { get; }
    public HashSet<string> TollVerbs { get; }
    public HashSet<string> RevisionVerbs { get; }
    public HashSet<string> RevisionVerbsEitherWay { get; }
    public HashSet<string> IncidentNouns { get; }
    public IReadOnlyDictionary<string, string> SiteNouns { get; }
    public IReadOnlyDictionary<string, string> SeriesObjects { get; }
    public HashSet<string> PlaceQualifiers { get; }
    public HashSet<string> PlaceAdjectives { get; }
    public HashSet<string> Directions { get; }
    public HashSet<string> WiderAreas { get; }
    public HashSet<string> WholeEventPlaces { get; }
    public HashSet<string> NewOccasionWords { get; }
    public HashSet<string> BackgroundWords { get; }
    public HashSet<string> ForecastWords { get; }
    public HashSet<string> DisputeWords { get; }
    public HashSet<string> CampaignWords { get; }
    public HashSet<string> IncidentRuns { get; }
    public HashSet<string> DailyWords { get; }
    public HashSet<string> StretchesOfTime { get; }
    public HashSet<string> CalendarStretches { get; }
    public HashSet<string> OccasionVerbs { get; }
    public HashSet<string> RepeatNouns { get; }
    public HashSet<string> PastPeriods { get; }
    public IReadOnlyDictionary<string, string> RecurringPeriods { get; }
    public HashSet<string> CalendarUnits { get; }
    public IReadOnlyDictionary<string, string> DurationUnits { get; }
    /// <summary>Each unit of <see cref="DurationUnits"/> as a unit of the duration dimension, in minutes.</summary>
    public IReadOnlyDictionary<string, Unit> DurationMinutes { get; }
    /// <summary>What happened at a clock time, folded: "blast" and "exploded" are "explosion".</summary>
    public IReadOnlyDictionary<string, string> ClockEvents { get; }
    /// <summary>Two words, space between, in which a word of <see cref="ClockEvents"/> names something else: "blasts off".</summary>
    public HashSet<string> ClockEventIdioms { get; }
    /// <summary>Days of the calendar named in capitals, without the possessive and space between: "new year eve".</summary>
    public HashSet<string> NamedDays { get; }
    /// <summary>The verb and the noun of what a thing costs: "will cost", "the cost of".</summary>
    public HashSet<string> CostWords { get; }
    public HashSet<string> DimensionAdjectives { get; }
    /// <summary>The dimension each adjective of a length names: "deep" is "depth".</summary>
    public IReadOnlyDictionary<string, string> Dimensions { get; }
    /// <summary>What a measure of each unit dimension is of its holder: mass is "weight".</summary>
    public IReadOnlyDictionary<string, string> HolderMeasures { get; }
    public HashSet<string> SpeedVerbs { get; }
    /// <summary>The plural of each noun whose plural is not the noun and "s": "man" is "men".</summary>
    public IReadOnlyDictionary<string, string> IrregularPlurals { get; }
    public HashSet<string> PersonNouns { get; }
    /// <summary>What a side's attack is named by, before a people's adjective or after a country's possessive: "Russian shelling".</summary>
    public HashSet<string> AttackNouns { get; }
    /// <summary>A side's forces after "by" and its people's adjective: "attacks by Ukrainian forces".</summary>
    public HashSet<string> ForceNouns { get; }
    /// <summary>What a country does when it attacks: "as Russia pounds".</summary>
    public HashSet<string> AttackVerbs { get; }
    public HashSet<string> HospitalVerbs { get; }
    public HashSet<string> CrashWords { get; }
    public HashSet<string> StoppageWords { get; }
    public HashSet<string> RepeatWords { get; }
    public IReadOnlyDictionary<string, string> LastingThings { get; }
    public HashSet<string> DocumentUnits { get; }
    public IReadOnlyDictionary<string, string> Documents { get; }
    public IReadOnlyDictionary<string, string> HandingVerbs { get; }
    public IReadOnlyDictionary<string, string> AmountActs { get; }
    public HashSet<string> TakingVerbs { get; }
    public HashSet<string> MoneyContainers { get; }
    public HashSet<string> Titles { get; }
    public IReadOnlyDictionary<string, string> ObjectVerbs { get; }
    public IReadOnlyDictionary<string, string> ObjectNouns { get; }
    public HashSet<string> HolderDeterminers { get; }
    public HashSet<string> IrregularActs { get; }
    /// <summary>Past tenses that do not end in "-ed", the irregular acts among them: each ends a noun phrase.</summary>
    public HashSet<string> IrregularPastTenses { get; }

    private static HashSet<string> Words(IEnumerable<string> words) => new(words, StringComparer.OrdinalIgnoreCase);

    private static Dictionary<string, string> Fold(Dictionary<string, List<string>> classes) =>
        Fold(classes.Select(entry => (entry.Key, (IEnumerable<string>)entry.Value)));

    private static Dictionary<string, string> Fold(IEnumerable<(string Name, IEnumerable<string> Words)> classes) =>
        classes.SelectMany(entry => entry.Words.Select(word => (Word: word, entry.Name)))
            .ToDictionary(entry => entry.Word, entry => entry.Name, StringComparer.OrdinalIgnoreCase);

    private static FigureWords Load()
    {
        using var reader = new StreamReader(EmbeddedData.Open("figure-words.yml"));
        return new FigureWords(YamlDocuments.Deserializer.Deserialize<FigureWordsDocument>(reader));
    }
}
