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
        IReadOnlyCollection<string> days, IReadOnlyCollection<string> names)
    {
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
    /// <summary>The folded event: "killed", "wounded", "launched"; for a series ("third round of talks"), what the series is of.</summary>
    public string Event { get; }
    /// <summary>True for an ordinal in a series ("the fourth round"): its place in the series is compared, not a count.</summary>
    public bool IsSeries { get; }
    /// <summary>Capitalised names after "in", "near", "at", "of": "Mariupol", "Antopol".</summary>
    public IReadOnlyCollection<string> Places { get; }
    /// <summary>The kind of site named in the clause: "factory", "checkpoint", "tower".</summary>
    public IReadOnlyCollection<string> Sites { get; }
    /// <summary>Days named in the clause: "sunday", "march 13".</summary>
    public IReadOnlyCollection<string> Days { get; }
    /// <summary>Every other capitalised name in the sentence, stemmed so that "Russia" and "Russian" agree; sources excluded.</summary>
    public IReadOnlyCollection<string> Names { get; }

    /// <summary>How a message names the quantity: "people killed", "round of talks".</summary>
    public string Description => IsSeries ? Counted + " of " + Event : Counted + " " + Event;

    public override string ToString() =>
        $"{Description} places[{string.Join(",", Places)}] sites[{string.Join(",", Sites)}] days[{string.Join(",", Days)}] names[{string.Join(",", Names)}]";
}

/// <summary>A figure with what it counts, the phrase that says so, and who the text attributes it to.</summary>
public sealed class CountedFigure
{
    public CountedFigure(Figure figure, QuantityKey key, TextSpan phrase, string phraseText, string? source)
    {
        Figure = figure;
        Key = key;
        Phrase = phrase;
        PhraseText = phraseText;
        Source = source;
    }

    public Figure Figure { get; }
    public QuantityKey Key { get; }
    /// <summary>The figure with the noun it counts: "at least 35 people", "third round of talks".</summary>
    public TextSpan Phrase { get; }
    public string PhraseText { get; }
    /// <summary>Who the sentence says gave the figure ("ukrainian officials", "russia's defence ministry"), lower case; null when unattributed.</summary>
    public string? Source { get; }

    public override string ToString() => $"'{PhraseText}' {Figure.Interval} {Key}{(Source is null ? "" : " source: " + Source)}";
}

/// <summary>When two counted figures are about the same quantity, and when they cannot both be true.</summary>
public static class FigureComparison
{
    /// <summary>
    /// True only when the keys say the two figures count the same thing of the same event: same counted thing, same
    /// event, no anchor that tells them apart (another place, site or day), and, for counts, a shared place or site that
    /// ties them to one occasion. A series ordinal ("third round of talks") needs no shared place, but its names must not differ.
    /// </summary>
    public static bool SameQuantity(CountedFigure first, CountedFigure second)
    {
        var a = first.Key;
        var b = second.Key;
        if (first.Figure.Kind != second.Figure.Kind || a.IsSeries != b.IsSeries) return false;
        if (!string.Equals(a.Counted, b.Counted, StringComparison.Ordinal) || !string.Equals(a.Event, b.Event, StringComparison.Ordinal)) return false;
        if (Differ(a.Days, b.Days) || Differ(a.Places, b.Places) || Differ(a.Sites, b.Sites)) return false;
        if (a.IsSeries) return !Differ(a.Names, b.Names);
        return Share(a.Places, b.Places) || Share(a.Sites, b.Sites);
    }

    /// <summary>True when no value satisfies both figures.</summary>
    public static bool Contradict(CountedFigure first, CountedFigure second) =>
        !first.Figure.Interval.Intersects(second.Figure.Interval);

    /// <summary>True when both figures are attributed, to different sources: a discrepancy between sources, not an error of the copy.</summary>
    public static bool FromDifferentSources(CountedFigure first, CountedFigure second) =>
        first.Source is not null && second.Source is not null && !string.Equals(first.Source, second.Source, StringComparison.Ordinal);

    /// <summary>True when two figures are the same quantity and cannot both be true. The values are compared first: it is
    /// cheap, and most figures of a story agree.</summary>
    public static bool Conflict(CountedFigure first, CountedFigure second) => Contradict(first, second) && SameQuantity(first, second);

    private static bool Differ(IReadOnlyCollection<string> a, IReadOnlyCollection<string> b) => a.Count > 0 && b.Count > 0 && !Share(a, b);

    private static bool Share(IReadOnlyCollection<string> a, IReadOnlyCollection<string> b)
    {
        foreach (var value in a)
        {
            if (b.Contains(value)) return true;
        }
        return false;
    }
}
