using System;
using System.Collections.Generic;
using System.Linq;
using Editorial.Text;

namespace Editorial.Figures;

/// <summary>
/// What a figure counts, read from its clause: the thing counted ("people", "foreign fighters", "round"), the event
/// ("killed", "wounded", "talks"), and the anchors that tie it to one occasion: places, sites, days and names.
/// Synonyms are folded: "residents" and "people" are "people"; "died", "deaths" and "killed" are "killed";
/// "negotiations" and "talks" are "talks".
/// </summary>
public sealed class QuantityKey
{
    public QuantityKey(string counted, string @event, bool isSeries, IReadOnlyCollection<string> places, IReadOnlyCollection<string> sites,
        IReadOnlyCollection<string> days, IReadOnlyCollection<string> names, string? scope = null, string? period = null, string? setting = null,
        int sharedNamesNeeded = 0, bool isSpecific = false, IReadOnlyCollection<string>? storyPlaces = null, bool opensOtherOccasion = false,
        AmountAnchors? amount = null, bool isHeldByCommonNoun = false, string? agent = null)
    {
        Agent = agent;
        IsHeldByCommonNoun = isHeldByCommonNoun;
        Amount = amount;
        OpensOtherOccasion = opensOtherOccasion;
        StoryPlaces = storyPlaces ?? [];
        IsSpecific = isSpecific;
        SharedNamesNeeded = sharedNamesNeeded;
        Scope = scope;
        Period = period;
        Setting = setting;
        Counted = counted;
        Event = @event;
        IsSeries = isSeries;
        Places = places;
        Sites = sites;
        Days = days;
        Names = names;
    }

    /// <summary>The folded thing counted, with the qualifiers the text gives it: "people", "foreign fighters", "civilians", "round".</summary>
    public string Counted { get; }
    /// <summary>True for a person's age, which each birthday changes: true of its article's date only.</summary>
    public bool IsAge => Counted == QuantityKeyReader.AgeCounted;
    /// <summary>The folded event: "killed", "wounded", "launched"; for a series ("third round of talks"), what the series is of.</summary>
    public string Event { get; }
    /// <summary>True for an ordinal in a series ("the fourth round"): its place in the series is compared, not a count.</summary>
    public bool IsSeries { get; }
    /// <summary>Capitalised names after "in", "near", "at", "of": "Mariupol", "Antopol".</summary>
    public IReadOnlyCollection<string> Places { get; }
    /// <summary>Places the clause names that its article keeps coming back to ("Tarnow" in an article about the Tarnow blast):
    /// too general to tell two figures of one article apart, but across the articles of a story they say which place the
    /// figure is the toll of, the whole article's.</summary>
    public IReadOnlyCollection<string> StoryPlaces { get; }
    /// <summary>True when the clause says it tells of an occasion of its own: "in a separate strike", "another attack",
    /// "elsewhere". Such a figure is never taken for the toll of the event its story is about.</summary>
    public bool OpensOtherOccasion { get; }
    /// <summary>The kind of site named in the clause: "factory", "checkpoint", "tower".</summary>
    public IReadOnlyCollection<string> Sites { get; }
    /// <summary>Days named in the clause: "sunday", "march 13".</summary>
    public IReadOnlyCollection<string> Days { get; }
    /// <summary>Every other capitalised name in the sentence, stemmed so that "Russia" and "Russian" agree; sources excluded. For
    /// a person's age, the given name of the person ("jane" of Jane Roe's age), when the text gives one.</summary>
    public IReadOnlyCollection<string> Names { get; }

    /// <summary>For quantities that no place or site ties to an occasion (the lap of a driver's crash, the length of a call
    /// between two leaders, a player's seasons with a team): how many names both figures' clauses must share to be one
    /// quantity. Zero for tolls, which a shared place or site anchors.</summary>
    public int SharedNamesNeeded { get; }
    /// <summary>True when the key itself names one quantity of a story, with no place needed to tie it to one occasion:
    /// "laps of 71 completed when the race was stopped", "seasons with the Bengals", "money from military construction".</summary>
    public bool IsSpecific { get; }

    /// <summary>True when no name holds the quantity, only a common noun ("the age of the boy" of "the 42-year-old boy"): such a
    /// quantity is compared, but says nothing of which story its article is of, as any story may tell of a boy.</summary>
    public bool IsHeldByCommonNoun { get; }

    /// <summary>For an amount of money or a measure ("a ransom of $2 million", "the 40-km border"): the qualifiers of its noun
    /// and the times its clause names, which must agree for two amounts to be one. Null for counts.</summary>
    public AmountAnchors? Amount { get; }

    /// <summary>The side whose attack did the harm, as its clause names it ("russ" for "Russian shelling killed …"); null when it
    /// names none. Two sides' tolls are two quantities.</summary>
    public string? Agent { get; }

    /// <summary>The part of the whole the figure is limited to, as the text says it: "in the north", "at the stadium". A
    /// figure with a scope counts a part: it is compared only with figures of the same part.</summary>
    public string? Scope { get; }
    /// <summary>The stretch of time counted when the text says it is not the event's whole toll: "daily" ("in the past 24
    /// hours", "overnight") or <see cref="CumulativePeriod"/> ("since the war began"). Figures of different periods are different
    /// quantities.</summary>
    public string? Period { get; }

    /// <summary>The period of a running total: a count since a past point, or of a holder's acts to date.</summary>
    public const string CumulativePeriod = "cumulative";

    /// <summary>True for a running total (<see cref="CumulativePeriod"/>), which grows as time goes on.</summary>
    public bool IsCumulative => Period == CumulativePeriod;

    /// <summary>Where and when, as a reader would say it: "in the strike at the base near Yavoriv on Sunday"; null when
    /// nothing anchors the figure. Only for messages: it is never compared.</summary>
    public string? Setting { get; }

    /// <summary>How a message names the quantity: "people killed", "round of talks".</summary>
    public string Description => IsSeries ? Counted + " of " + Event : Event.Length == 0 ? Counted : Counted + " " + Event;

    /// <summary>What the figure counts, of which event, where: "people killed in the strike near Yavoriv on Sunday". Messages
    /// name the quantity so, so that a reader can tell a figure read for the wrong quantity from a wrong value.</summary>
    public string Explanation =>
        Description + (Scope is null ? "" : " " + Scope) + (Period is null ? "" : $" ({Period})") + (Setting is null ? "" : " " + Setting);

    public override string ToString() =>
        $"{Description} places[{string.Join(",", Places)}] sites[{string.Join(",", Sites)}] days[{string.Join(",", Days)}] names[{string.Join(",", Names)}]"
        + (Scope is null ? "" : $" scope[{Scope}]") + (Period is null ? "" : $" period[{Period}]");
}

/// <summary>
/// What ties an amount of money or a measure to one thing besides its noun: the words that qualify the noun ("federal" taxes,
/// "undistributed foreign" earnings), the times its clause names ("2016", "fourth quarter", "last year", "July"), and whether
/// the text introduces it as a new thing ("a $100,000 donation", "a fine of $5,000") rather than one named before, and
/// whether its clause gives it as expected, asked or offered ("demanded a ransom of $2 million", "expected net income of
/// $2 billion") rather than as what is or was ("paid a $1 million ransom").
/// </summary>
public sealed record AmountAnchors(IReadOnlyCollection<string> Qualifiers, IReadOnlyCollection<string> Times, bool IsIndefinite = false, bool IsExpected = false)
{
    /// <summary>True when the two amounts may be of one thing: the qualifiers of one include the other's ("federal income taxes"
    /// and "federal taxes"; "state taxes" are others), both are expected or both are not (the ransom asked is not the ransom
    /// paid), and both name the same times ("in 2016" is not "last year", and an
    /// amount of no stated time may be another year's).</summary>
    public bool Matches(AmountAnchors other) =>
        IsExpected == other.IsExpected && Nest(Qualifiers, other.Qualifiers) && Times.Count == other.Times.Count && Times.All(other.Times.Contains);

    /// <summary>True when every value of one collection is in the other.</summary>
    internal static bool Nest(IReadOnlyCollection<string> a, IReadOnlyCollection<string> b) => a.All(b.Contains) || b.All(a.Contains);
}

/// <summary>A figure with what it counts, the phrase that says so, and who the text attributes it to.</summary>
public sealed class CountedFigure
{
    public CountedFigure(Figure figure, QuantityKey key, TextSpan phrase, string phraseText, string? source, FigureTiming? timing = null)
    {
        Timing = timing ?? FigureTiming.Unstated;
        Figure = figure;
        Text = figure.Text;
        Interval = figure.Interval;
        Key = key;
        Phrase = phrase;
        PhraseText = phraseText;
        Source = source;
    }

    public Figure Figure { get; }
    /// <summary>The figure as the messages show it: its own text, or, when the text writes its unit as an adjective, the
    /// figure with its unit after it ("31 miles" for "a 31-mile border"), so that both sides of "(31 miles vs 40 km)" name
    /// their units.</summary>
    public string Text { get; internal init; }
    /// <summary>The values the article allows the figure: its own hedge's, or, for a headline's bare number, the hedge its
    /// body gives the same number ("Five dead" over "At least five people are dead" says at least five). Headlines drop
    /// hedges for room; the body says what the newsroom knew.</summary>
    public Interval Interval { get; internal set; }
    /// <summary>True when the figure stands in the headline or the article's opening sentences, where an article gives its own
    /// event's figures (set when the article's figures are read: the cross-article pass no longer has its sentences).</summary>
    public bool IsInOpening { get; internal set; }
    /// <summary>True when the figure stands in a headline.</summary>
    public bool IsInHeadline { get; internal set; }
    public QuantityKey Key { get; }
    /// <summary>The figure with the noun it counts: "at least 35 people", "third round of talks".</summary>
    public TextSpan Phrase { get; }
    public string PhraseText { get; }
    /// <summary>Who the sentence says gave the figure ("ukrainian officials", "russia's defence ministry"), lower case; null when unattributed.</summary>
    public string? Source { get; }
    /// <summary>What the text says of when the figure was given: a revision ("rose to"), a time stamp.</summary>
    public FigureTiming Timing { get; }
    /// <summary>How the figure's clause gives it: as what is, as what may, will or is meant to be, or as one side's disputed claim.</summary>
    public FigureMode Mode { get; internal set; }

    public override string ToString() => $"'{PhraseText}' {Interval} {Key}{(Source is null ? "" : " source: " + Source)}{Timing}";
}

/// <summary>How a sentence gives a figure (<see cref="CountedFigure.Mode"/>), from the words of its clause (figure-words.yml's
/// <c>forecast-words</c> and <c>dispute-words</c>).</summary>
public enum FigureMode
{
    /// <summary>As what is or was: "35 people were killed".</summary>
    Stated,
    /// <summary>As what may, will or is meant to be: "the strike could have killed 40", "the plan would divert $3 billion".</summary>
    Expected,
    /// <summary>As one side's claim that is disputed: "Moscow claimed it killed 200 soldiers", "allegedly".</summary>
    Disputed,
}

/// <summary>
/// When a figure was given, as far as its sentence says: <see cref="IsRevision"/> when the figure replaces an earlier one
/// ("the toll rose to 15", "climbed to", "was revised to"), <see cref="Rises"/> when its verb says the figure went up ("rose
/// to", not "was revised to"), and the clock time the sentence names ("by 18:00").
/// Two values of one quantity at different times are an update, not a conflict.
/// </summary>
public sealed record FigureTiming(bool IsRevision, TimeSpan? Stamp, bool Rises = false)
{
    public static readonly FigureTiming Unstated = new(false, null);

    public override string ToString() => (IsRevision ? " revision" : "") + (Stamp is { } stamp ? " at " + stamp.ToString(@"hh\:mm", System.Globalization.CultureInfo.InvariantCulture) : "");
}

/// <summary>When two counted figures are about the same quantity, and when they cannot both be true.</summary>
public static class FigureComparison
{
    /// <summary>
    /// True only when the keys say the two figures count the same thing of the same event: same counted thing, same
    /// event, no anchor that tells them apart (another place, site or day), and, for counts, a shared place or site that
    /// ties them to one occasion. A series ordinal ("third round of talks") needs no shared place, but its names must not differ.
    /// An amount of money or a measure (<see cref="QuantityKey.Amount"/>) needs its anchors to agree and its clause's names to meet.
    /// </summary>
    public static bool SameQuantity(CountedFigure first, CountedFigure second) => SameQuantity(first, second, acrossArticles: false);

    /// <summary>
    /// <see cref="SameQuantity(CountedFigure, CountedFigure)"/> for two figures of different articles of one story. A place
    /// one article keeps coming back to anchors its figures there (one article's "the toll rose to 31" after "Tarnow" in its
    /// lead is Tarnow's toll), and two figures that no place or site ties to anything narrower than their articles count the
    /// event the story is about: "28 people were killed" in one outlet and "at least 31 died" in another. When only one of
    /// them names a place, <see cref="MatchedOnlyByStory"/> is true and the caller checks that the place is the other article's.
    /// </summary>
    public static bool SameQuantity(CountedFigure first, CountedFigure second, bool acrossArticles)
    {
        var a = first.Key;
        var b = second.Key;
        // "a 45-minute call" is a modifier, "a call lasting 30 minutes" a count: for a specific key both are the quantity.
        var sameKind = first.Figure.Kind == second.Figure.Kind || (a.IsSpecific && b.IsSpecific);
        if (!sameKind || a.IsSeries != b.IsSeries) return false;
        if (!string.Equals(a.Counted, b.Counted, StringComparison.Ordinal) || !string.Equals(a.Event, b.Event, StringComparison.Ordinal)) return false;
        // "12 killed in the north" is a part of "40 killed"; "15 killed overnight" is not the toll "since the war began".
        if (!string.Equals(a.Scope, b.Scope, StringComparison.Ordinal) || !string.Equals(a.Period, b.Period, StringComparison.Ordinal)) return false;
        if (DaysDiffer(a.Days, b.Days) || Differ(a.Places, b.Places) || Differ(a.Sites, b.Sites)) return false;
        if (a.Agent is not null && b.Agent is not null && a.Agent != b.Agent) return false;
        // An amount is someone's: Goldman's earnings are not Citigroup's. The names of both clauses must meet, and in one article
        // those of one be among the other's ("Goldman Sachs" and "Goldman"), or two holders' amounts of one kind would be taken
        // for one. Across a story the caller checks that each clause's names are the other article's too (AmountHoldersMet).
        if (a.Amount is not null || b.Amount is not null)
        {
            // In one article, two amounts each introduced as a new thing ("a $100,000 donation", later "a $158,000 donation")
            // are two things; each article of a story introduces the one it tells of.
            // The measure of a holder ("weight of the module") names whose it is in its key, and needs no names of the clause.
            var holdersNamed = Math.Max(a.SharedNamesNeeded, b.SharedNamesNeeded) == 0;
            return a.Amount is { } amountA && b.Amount is { } amountB && amountA.Matches(amountB) && (holdersNamed || Share(a.Names, b.Names))
                   && (acrossArticles || (AmountAnchors.Nest(a.Names, b.Names) && !(amountA.IsIndefinite && amountB.IsIndefinite)));
        }
        var namesNeeded = Math.Max(a.SharedNamesNeeded, b.SharedNamesNeeded);
        if (a.IsSpecific && b.IsSpecific)
        {
            // A key that names its holder (Roe's age) holds the holder's other names apart: Jane Roe's age is not John Roe's,
            // nor Mohammed Rami Abdo's Mohammed Hatem Abdo's; Ed Lee Hale may be Ed Hale.
            if (namesNeeded == 0) return !DifferAsGivenNames(a.Names, b.Names);
            // The lap of a crash is one driver's: every name of the shorter clause must be in the other ("Ericsson", his
            // "Sauber"), or two drivers' crashes at one circuit would be taken for one.
            if (a.IsSeries && !(a.Names.All(b.Names.Contains) || b.Names.All(a.Names.Contains))) return false;
            return a.Names.Count(b.Names.Contains) >= namesNeeded;
        }
        if (namesNeeded > 0) return a.Names.Count(b.Names.Contains) >= namesNeeded;
        if (a.IsSeries) return !Differ(a.Names, b.Names);
        if (Share(a.Places, b.Places)) return true;
        // "Another drone hit a building, killing three": a figure of an occasion the text sets apart is the same quantity as
        // another only where a place says so; a kind of site is no such place.
        if (a.OpensOtherOccasion || b.OpensOtherOccasion) return false;
        if (Share(a.Sites, b.Sites)) return true;
        if (!acrossArticles) return false;
        var (placesA, placesB) = (a.Places.Concat(a.StoryPlaces).ToList(), b.Places.Concat(b.StoryPlaces).ToList());
        // "8 killed" in an article about Kyiv and "19 killed" in one about the whole country are tolls of different places.
        if (Differ(placesA, placesB)) return false;
        if (Share(placesA, placesB)) return true;
        // One names a place, the other none ("84 killed in Nice" / "84 killed"): the figure pairs decide whether that place is
        // what the other article is about. A site is narrower than an article's event: "12 killed at the hospital".
        return a.Sites.Count == 0 && b.Sites.Count == 0;
    }

    /// <summary>True when <see cref="SameQuantity(CountedFigure, CountedFigure, bool)"/> took two figures of different articles
    /// for one quantity only as the tolls of the event their articles are about: no place of their clauses ties them together
    /// (a place their articles keep coming back to, <see cref="QuantityKey.StoryPlaces"/>, is the story's, not an occasion's;
    /// nor does a kind of site they share, when one of them names a place), and they are no series or specific quantity, whose
    /// keys say what they count.</summary>
    public static bool MatchedOnlyByStory(CountedFigure first, CountedFigure second)
    {
        var (a, b) = (first.Key, second.Key);
        if (a.IsSeries || (a.IsSpecific && b.IsSpecific) || Math.Max(a.SharedNamesNeeded, b.SharedNamesNeeded) > 0) return false;
        // A place the articles keep coming back to ties a figure to no narrower occasion than the story: "five people were killed
        // in Denver" late in one report is not thereby the toll another report gives of the Denver school shooting.
        if (Share(a.Places, b.Places)) return false;
        // A kind of site ("a building", "the station") ties two figures that no place sets apart. When one of them names a
        // place, the site ties no more than the story does: roundups of one day's strikes name a building in every town.
        return !Share(a.Sites, b.Sites) || a.Places.Count > 0 || b.Places.Count > 0;
    }

    /// <summary>True when no value satisfies both figures.</summary>
    public static bool Contradict(CountedFigure first, CountedFigure second) =>
        !first.Interval.Intersects(second.Interval) && !RoundedFromBound(first.Figure, second.Figure) && !RoundedFromBound(second.Figure, first.Figure);

    /// <summary>"50 injured" against "more than 50 injured" (or "nearly 50"): a round number with no hedge is how a headline
    /// or a short report shortens the hedged one, not another value. "Seven dead" against "more than seven" still conflict.</summary>
    private static bool RoundedFromBound(Figure plain, Figure hedged) =>
        plain.Hedge == Hedge.None && hedged.Hedge is Hedge.MoreThan or Hedge.Nearly or Hedge.FewerThan
        && plain.Value == hedged.Value && plain.Value >= 10 && plain.Value % 10 == 0;

    /// <summary>True when both figures are attributed, to different sources: a discrepancy between sources, not an error of the
    /// copy. A source is compared in any case: "the Health Ministry" and "the health ministry" are one body.</summary>
    public static bool FromDifferentSources(CountedFigure first, CountedFigure second) =>
        first.Source is not null && second.Source is not null && !string.Equals(first.Source, second.Source, StringComparison.OrdinalIgnoreCase);

    /// <summary>True when two figures are the same quantity and cannot both be true. The values are compared first: it is
    /// cheap, and most figures of a story agree.</summary>
    public static bool Conflict(CountedFigure first, CountedFigure second, bool acrossArticles = false) =>
        Contradict(first, second) && SameQuantity(first, second, acrossArticles) && !PartAndWhole(first, second) && !PartAndWhole(second, first);

    /// <summary>
    /// True when <paramref name="part"/> names a site the other figure does not and is smaller: "40 people were killed in
    /// Kabul" and "12 people were killed at the hospital in Kabul" can both be true, the hospital's dead among the city's. So
    /// can "21 killed when missiles hit a building and a recreation centre" and "16 killed at the building": the whole
    /// names every site of the part and more.
    /// </summary>
    public static bool PartAndWhole(CountedFigure part, CountedFigure whole)
    {
        var (partSites, wholeSites) = (part.Key.Sites, whole.Key.Sites);
        var narrower = partSites.Any(site => !wholeSites.Contains(site))
                       || (partSites.Count > 0 && wholeSites.Count > partSites.Count && partSites.All(wholeSites.Contains));
        return narrower && part.Interval.High < whole.Interval.Low;
    }

    /// <summary>True when one figure of the pair is said to be later than the other: a revision ("rose to"), or a later
    /// time stamp. <paramref name="later"/> is that figure.</summary>
    public static bool IsUpdate(CountedFigure first, CountedFigure second, out CountedFigure later)
    {
        later = second;
        if (first.Timing.IsRevision != second.Timing.IsRevision)
        {
            later = first.Timing.IsRevision ? first : second;
            return true;
        }
        if (first.Timing.Stamp is { } a && second.Timing.Stamp is { } b && a != b)
        {
            later = a > b ? first : second;
            return true;
        }
        // Both say they revise: the text's order is the order of the revisions.
        return first.Timing.IsRevision;
    }

    /// <summary>True when the pair's order in time cannot be told: one figure "rose to" a value below the other's. It is not
    /// the later of the two (a toll does not rise to less), and nothing says the other is later either; nor is it a
    /// conflict, for the other figure may come after the rise, or count something else.</summary>
    public static bool RiseBelowTheOther(CountedFigure first, CountedFigure second) =>
        first.Timing.IsRevision != second.Timing.IsRevision
        && (first.Timing.IsRevision ? RisesBelow(first, second) : RisesBelow(second, first));

    private static bool RisesBelow(CountedFigure revision, CountedFigure other) =>
        revision.Timing.Rises && revision.Interval.High < other.Interval.Low;

    private static bool Differ(IReadOnlyCollection<string> a, IReadOnlyCollection<string> b) => a.Count > 0 && b.Count > 0 && !Share(a, b);

    /// <summary>True when the days of the week of two keys differ, or their months do. A day of the week is not compared with a
    /// month: "late Monday" and "in December" may be one day's telling and another's of the same thing.</summary>
    private static bool DaysDiffer(IReadOnlyCollection<string> a, IReadOnlyCollection<string> b) =>
        a.Count > 0 && b.Count > 0 && (DifferIn(a, b, weekdays: true) || DifferIn(a, b, weekdays: false));

    /// <summary><see cref="Differ"/> for the days of one kind alone, days of the week or months, without a list of each made
    /// for every pair compared.</summary>
    private static bool DifferIn(IReadOnlyCollection<string> a, IReadOnlyCollection<string> b, bool weekdays)
    {
        var named = false;
        foreach (var day in a)
        {
            if (CalendarWords.DayNames.Contains(day) != weekdays) continue;
            if (b.Contains(day)) return false;
            named = true;
        }
        if (!named) return false;
        foreach (var day in b)
        {
            if (CalendarWords.DayNames.Contains(day) == weekdays) return true;
        }
        return false;
    }

    /// <summary>True when two people's given names, each the run of names before the surname ("ed lee"), cannot be one
    /// person's: neither run opens the other, word for word ("ed" opens "ed lee"; "mohammed rami" and "mohammed hatem"
    /// part after their first).</summary>
    private static bool DifferAsGivenNames(IReadOnlyCollection<string> a, IReadOnlyCollection<string> b)
    {
        if (a.Count == 0 || b.Count == 0) return false;
        foreach (var x in a)
        {
            foreach (var y in b)
            {
                if (OpensWith(x, y) || OpensWith(y, x)) return false;
            }
        }
        return true;

        static bool OpensWith(string names, string opening) =>
            names.StartsWith(opening, StringComparison.Ordinal) && (names.Length == opening.Length || names[opening.Length] == ' ');
    }

    private static bool Share(IReadOnlyCollection<string> a, IReadOnlyCollection<string> b)
    {
        // Most keys have no places or sites: enumerating an empty set through the interface still allocates its enumerator,
        // and a list of figures compares each with many others.
        if (a.Count == 0 || b.Count == 0) return false;
        foreach (var value in a)
        {
            if (b.Contains(value)) return true;
        }
        return false;
    }
}
