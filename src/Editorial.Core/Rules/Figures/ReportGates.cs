using Editorial.Figures;

namespace Editorial.Rules.Figures;

/// <summary>
/// The conditions, beyond one key and values that cannot both be true, that a pair of figures must meet to be reported
/// (docs/figures.md, "When a pair is reported"). The key says two figures may count one thing; these say the text gives a
/// reader no reason to doubt it. They are checked on the pair, after the figures are read, so that a figure that fails one
/// is still read and still grouped into stories.
/// </summary>
internal enum ReportGate
{
    /// <summary>Two counts of an event are each in their article's headline or opening sentences, where an article gives its own
    /// event's figures: later in the body a count is as often another strike of the day, an earlier event, a part or a tally.
    /// So are two ages of a person no name holds ("a five-year-old boy"): the opening tells of the person the story is about,
    /// and a caption or a later paragraph of another boy.</summary>
    InOpenings,
    /// <summary>Neither figure is one side's disputed claim ("Moscow claimed", "allegedly"), and both are given as what is or both
    /// as what may or will be: a forecast or a plan is not the figure that came to pass.</summary>
    StatedAlike,
    /// <summary>Two articles' figures are dated within <see cref="Stories.DateWindowDays"/> of each other: a story named by
    /// front matter may run for weeks, and what was true of its event then may not be now. Two ages of a person are compared
    /// across articles only when both articles are dated: an age is true of its article's day, and a story of undated articles
    /// may run from an arrest to a sentencing years later ("Jane Roe, 18," then "Roe, 21,").</summary>
    WithinDateWindow,
}

internal static class ReportGates
{
    /// <summary>The first condition of <see cref="ReportGate"/> that the pair does not meet, or null when it meets them all.</summary>
    public static ReportGate? FirstUnmet(AnalyzedArticle firstArticle, CountedFigure first, AnalyzedArticle secondArticle, CountedFigure second)
    {
        if ((IsToldInOpenings(first) || IsToldInOpenings(second)) && !(first.IsInOpening && second.IsInOpening)) return ReportGate.InOpenings;
        if (first.Mode == FigureMode.Disputed || second.Mode == FigureMode.Disputed || first.Mode != second.Mode) return ReportGate.StatedAlike;
        if (!ReferenceEquals(firstArticle, secondArticle)
            && (!Stories.DatedWithinWindow(firstArticle.Article.Date, secondArticle.Article.Date)
                || first.Key.IsAge && (firstArticle.Article.Date is null || secondArticle.Article.Date is null)))
        {
            return ReportGate.WithinDateWindow;
        }
        return null;
    }

    /// <summary>True for a count of what befell people or things at an event ("35 people killed", "more than 130 wounded"), keyed by
    /// its noun and event and tied to an occasion by the places and sites of its clause, and for the age of a person only a common
    /// noun holds ("the age of the boy"); false for a quantity whose key names what it measures and whose ("the age of Roe", "laps
    /// completed when the race was stopped", "the fourth round of talks", an amount).</summary>
    private static bool IsToldInOpenings(CountedFigure figure) =>
        figure.Key.IsHeldByCommonNoun || (!figure.Key.IsSpecific && !figure.Key.IsSeries && figure.Key.Amount is null);
}
