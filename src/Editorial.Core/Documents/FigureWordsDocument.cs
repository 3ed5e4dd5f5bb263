using System.Collections.Generic;

namespace Editorial.Documents;

// The YAML shape of Data/figure-words.yml, the figure reader's English vocabulary (Figures/FigureWords.cs reads it once).

internal sealed class FigureWordsDocument
{
    public Dictionary<string, WordClass> Counted { get; set; } = [];
    public Dictionary<string, WordClass> Events { get; set; } = [];
    public Dictionary<string, int> Cardinals { get; set; } = [];
    public List<string> NobodyWords { get; set; } = [];
    public Dictionary<string, int> Ordinals { get; set; } = [];
    public Dictionary<string, double> Scales { get; set; } = [];
    public Dictionary<string, MagnitudeDocument> Magnitudes { get; set; } = [];
    public List<UnitDocument> Units { get; set; } = [];
    public List<string> LengthModifiers { get; set; } = [];
    public List<string> ClassifyingParts { get; set; } = [];
    public Dictionary<string, string> CurrencySymbols { get; set; } = [];
    public Dictionary<string, string> DollarPrefixes { get; set; } = [];
    public Dictionary<string, List<string>> CurrencyWords { get; set; } = [];
    public List<string> QualifiedEventNouns { get; set; } = [];
    public List<string> PartialQualifiers { get; set; } = [];
    public List<string> Presumptions { get; set; } = [];
    public List<string> MannersOfDeath { get; set; } = [];
    public List<string> AsideOpeners { get; set; } = [];
    public List<string> Partitives { get; set; } = [];
    public List<string> PartCues { get; set; } = [];
    public List<string> Perpetrators { get; set; } = [];
    public List<string> Compulsions { get; set; } = [];
    public List<string> StateVerbs { get; set; } = [];
    public List<string> LastingEvents { get; set; } = [];
    public List<string> CustodyVerbs { get; set; } = [];
    public List<string> InjuryVerbs { get; set; } = [];
    public List<string> LifeTakingVerbs { get; set; } = [];
    public List<string> TollVerbs { get; set; } = [];
    public List<string> RevisionVerbs { get; set; } = [];
    public List<string> RevisionVerbsEitherWay { get; set; } = [];
    public List<string> IncidentNouns { get; set; } = [];
    public Dictionary<string, List<string>> SiteNouns { get; set; } = [];
    public Dictionary<string, List<string>> SeriesObjects { get; set; } = [];
    public List<string> PlaceQualifiers { get; set; } = [];
    public List<string> PlaceAdjectives { get; set; } = [];
    public List<string> Directions { get; set; } = [];
    public List<string> WiderAreas { get; set; } = [];
    public List<string> WholeEventPlaces { get; set; } = [];
    public List<string> NewOccasionWords { get; set; } = [];
    public List<string> BackgroundWords { get; set; } = [];
    public List<string> ForecastWords { get; set; } = [];
    public List<string> DisputeWords { get; set; } = [];
    public List<string> CampaignWords { get; set; } = [];
    public List<string> IncidentRuns { get; set; } = [];
    public List<string> DailyWords { get; set; } = [];
    public List<string> StretchesOfTime { get; set; } = [];
    public List<string> CalendarStretches { get; set; } = [];
    public List<string> OccasionVerbs { get; set; } = [];
    public List<string> RepeatNouns { get; set; } = [];
    public List<string> PastPeriods { get; set; } = [];
    public Dictionary<string, List<string>> RecurringPeriods { get; set; } = [];
    public List<string> CalendarUnits { get; set; } = [];
    public Dictionary<string, List<string>> DurationUnits { get; set; } = [];
    public Dictionary<string, double> DurationMinutes { get; set; } = [];
    public Dictionary<string, List<string>> ClockEvents { get; set; } = [];
    public List<string> ClockEventIdioms { get; set; } = [];
    public List<string> NamedDays { get; set; } = [];
    public List<string> CostWords { get; set; } = [];
    public Dictionary<string, List<string>> DimensionAdjectives { get; set; } = [];
    public Dictionary<string, string> HolderMeasures { get; set; } = [];
    public List<string> SpeedVerbs { get; set; } = [];
    public Dictionary<string, string> IrregularPlurals { get; set; } = [];
    public List<string> PersonNouns { get; set; } = [];
    public List<string> AttackNouns { get; set; } = [];
    public List<string> ForceNouns { get; set; } = [];
    public List<string> AttackVerbs { get; set; } = [];
    public List<string> HospitalVerbs { get; set; } = [];
    public List<string> CrashWords { get; set; } = [];
    public List<string> StoppageWords { get; set; } = [];
    public List<string> RepeatWords { get; set; } = [];
    public Dictionary<string, List<string>> LastingThings { get; set; } = [];
    public List<string> DocumentUnits { get; set; } = [];
    public Dictionary<string, List<string>> Documents { get; set; } = [];
    public Dictionary<string, List<string>> HandingVerbs { get; set; } = [];
    public Dictionary<string, List<string>> AmountActs { get; set; } = [];
    public List<string> TakingVerbs { get; set; } = [];
    public List<string> MoneyContainers { get; set; } = [];
    public List<string> Titles { get; set; } = [];
    public Dictionary<string, List<string>> ObjectVerbs { get; set; } = [];
    public Dictionary<string, List<string>> ObjectNouns { get; set; } = [];
    public List<string> HolderDeterminers { get; set; } = [];
    public List<string> IrregularActs { get; set; } = [];
    public List<string> IrregularPastTenses { get; set; } = [];
}

/// <summary>A class of words: the words that name it, and those of them that name one thing or (events) stand for people;
/// for events, the nouns of the act that take those counted after "of".</summary>
internal sealed class WordClass
{
    public List<string> Words { get; set; } = [];
    public List<string> Singular { get; set; } = [];
    public List<string> Nouns { get; set; } = [];
    public List<string> Acts { get; set; } = [];
}

/// <summary>The values a magnitude word allows: <see cref="From"/> or more, less than <see cref="UpTo"/>.</summary>
internal sealed class MagnitudeDocument
{
    public double From { get; set; }
    public double UpTo { get; set; }
}

internal sealed class UnitDocument
{
    public string Symbol { get; set; } = "";
    public string Dimension { get; set; } = "";
    public double Factor { get; set; }
    public double Offset { get; set; }
    public List<string> Words { get; set; } = [];
}
