using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using Editorial.Articles;
using Editorial.Diagnostics;
using Editorial.Text;
using Editorial.Figures;

namespace Editorial.Rules.Figures;

/// <summary>What two figures of one quantity that cannot both be true are to each other.</summary>
internal enum PairKind
{
    /// <summary>An error of the copy, or of one of the copies (ED2001, ED2002).</summary>
    Conflict,
    /// <summary>One figure is later: a revision, a later time stamp, a later article (ED2005).</summary>
    Update,
    /// <summary>Each figure is attributed, to a different source (ED2004).</summary>
    SourcesDisagree,
}

/// <summary>
/// Two figures of the same quantity that cannot both be true: in one article (<see cref="IsWithinArticle"/>) or across a
/// story. For an <see cref="PairKind.Update"/>, <see cref="First"/> is the earlier figure and <see cref="Second"/> the later.
/// </summary>
internal sealed record FigurePair(AnalyzedArticle FirstArticle, CountedFigure First, AnalyzedArticle SecondArticle, CountedFigure Second, PairKind Kind, Story? Story)
{
    public bool IsWithinArticle => ReferenceEquals(FirstArticle, SecondArticle);

    /// <summary>What both figures count, of which event, where: the fuller of the two keys' explanations.</summary>
    public string Quantity => (First.Key.Setting?.Length ?? 0) >= (Second.Key.Setting?.Length ?? 0) ? First.Key.Explanation : Second.Key.Explanation;
}

/// <summary>A figure of one article and every figure elsewhere in its story that it disagrees with, in the order found.</summary>
internal sealed record FigureDisagreement(AnalyzedArticle Article, CountedFigure Figure, IReadOnlyList<PairedFigure> Others, FigurePair FirstPair);

/// <summary>The other side of a pair, as a disagreement lists it.</summary>
internal sealed record PairedFigure(AnalyzedArticle Article, CountedFigure Figure);

/// <summary>Finds the pairs of figures that count the same quantity and cannot both be true; shared by ED2001, ED2002 and ED2004.</summary>
internal static class FigurePairs
{
    /// <summary>
    /// The pairs across a story seen from each side: one entry per figure, listing every figure it disagrees with. A story
    /// told by many articles yields one finding per figure rather than one per pair of articles, however many copies agree.
    /// With <paramref name="laterSideOnly"/> (updates), only the later figure of each pair is a side.
    /// </summary>
    public static IEnumerable<FigureDisagreement> BySide(IEnumerable<FigurePair> pairs, bool laterSideOnly = false)
    {
        var sides = new Dictionary<(AnalyzedArticle, int), FigureDisagreement>();
        var order = new List<(AnalyzedArticle, int)>();
        void Add(AnalyzedArticle article, CountedFigure figure, AnalyzedArticle otherArticle, CountedFigure other, FigurePair pair)
        {
            var key = (article, figure.Phrase.Start);
            if (!sides.TryGetValue(key, out var side))
            {
                side = new FigureDisagreement(article, figure, new List<PairedFigure>(), pair);
                sides[key] = side;
                order.Add(key);
            }
            ((List<PairedFigure>)side.Others).Add(new PairedFigure(otherArticle, other));
        }
        foreach (var pair in pairs)
        {
            if (!laterSideOnly) Add(pair.FirstArticle, pair.First, pair.SecondArticle, pair.Second, pair);
            Add(pair.SecondArticle, pair.Second, pair.FirstArticle, pair.First, pair);
        }
        return order.Select(key => sides[key]);
    }

    /// <summary>The places a figure disagrees with, the first <see cref="MaxRelatedLocations"/> of them: enough to compare, few
    /// enough that a log of a large archive stays readable.</summary>
    public static IReadOnlyList<Location> RelatedLocations(FigureDisagreement side) =>
        side.Others.Take(MaxRelatedLocations).Select(other => other.Article.Article.GetLocation(other.Figure.Phrase)).ToList();

    public const int MaxRelatedLocations = 10;

    /// <summary>How a message names the other article's place: its path relative to the folder of all the run's articles
    /// (the related location carries the full path), line and column.</summary>
    public static string Place(CorpusContext context, PairedFigure other)
    {
        var location = other.Article.Article.GetLocation(other.Figure.Phrase);
        return $"{ArticlePaths.Relative(location.Path, context.ArticlesRoot)}({location.LineSpan.StartLine},{location.LineSpan.StartColumn})";
    }

    /// <summary>"; 2 more in this story disagree too" when a figure disagrees with several.</summary>
    public static string More(FigureDisagreement side) => side.Others.Count == 1 ? "" : $"; {side.Others.Count - 1} more in this story disagree too";

    /// <summary>What the figure rules across a story read of one article, kept for <see cref="CorpusRule.Summarize"/>: its figures,
    /// the pairs inside it, and what story grouping reads of it.</summary>
    public static void Summarize(AnalyzedArticle article)
    {
        article.Keep(ArticleFigures.Of(article));
        article.Keep(article.GetShared(FindWithinArticle));
        Stories.Summarize(article);
    }

    /// <summary>Pairs inside one article, found once per article and shared by ED2001, ED2004 and ED2005.</summary>
    public static IReadOnlyList<FigurePair> WithinArticle(AnalyzedArticle article) => article.GetShared(FindWithinArticle).Pairs;

    private static WithinArticlePairs FindWithinArticle(AnalyzedArticle article)
    {
        var pairs = new List<FigurePair>();
        // Only figures with the same counted thing and event can conflict: bucket them, then compare inside each bucket.
        var buckets = ArticleFigures.Of(article).Counted.Where(figure => !figure.Key.IsSeries).GroupBy(figure => (figure.Key.Counted, figure.Key.Event));
        foreach (var bucket in buckets)
        {
            var counted = bucket.ToList();
            for (var j = 1; j < counted.Count; j++)
            {
                for (var i = Math.Max(0, j - MaximumEarlierCompared); i < j; i++)
                {
                    if (WithinArticle(article, counted[i], counted[j], out _) is { } pair) pairs.Add(pair);
                }
            }
        }
        return new WithinArticlePairs(pairs.OrderBy(p => p.First.Phrase.Start).ThenBy(p => p.Second.Phrase.Start).ToList());
    }

    /// <summary>
    /// The pair two figures of one article make, as ED2001, ED2004 and ED2005 see it, or null with the reason in
    /// <paramref name="obstacle"/> (for the evaluation's explanation of a missed pair).
    /// </summary>
    internal static FigurePair? WithinArticle(AnalyzedArticle article, CountedFigure first, CountedFigure second, out string? obstacle)
    {
        if (!FigureComparison.Conflict(first, second) && !IsOpeningConflict(article, first, second))
        {
            obstacle = NoConflict;
            return null;
        }
        if (IsSumOfSentence(article, first, second) || IsSumOfSentence(article, second, first))
        {
            obstacle = "one is the sum of the other and the figures listed beside it";
            return null;
        }
        // A timetable's flights, a list's grants: each row's value is its own item's.
        if (ArticleLines.AreOnRowsOfOneList(article.Article, first.Phrase, second.Phrase))
        {
            obstacle = "values on different rows of one list";
            return null;
        }
        // An earnings report's quarter and its nine months, each block under its own heading.
        if (AreUnderDifferentPeriods(article.Article, first.Phrase, second.Phrase))
        {
            obstacle = "values under different periods' headings";
            return null;
        }
        return Classify(article, first, article, second, null, out obstacle);
    }

    /// <summary>True when <paramref name="total"/>, a bounded value, can be the sum of <paramref name="part"/> and the other figures
    /// of its quantity in its sentence: a headline's "$1.2 million grant" over "a $1,077,000 grant to the city and $150,000 to
    /// the Legal Aid Society" tells the two grants' total, not another value of one of them (judged wrong in a senator's
    /// release). Sums of money in one sentence are parts of one whole whatever each is for; counts only when their keys say
    /// they count one thing ("58 killed, and 527 injured" are no parts of one toll). A sum lies in any open interval ("at
    /// least 59"), which no sum therefore explains.</summary>
    private static bool IsSumOfSentence(AnalyzedArticle article, CountedFigure total, CountedFigure part)
    {
        if (total.Figure.SentenceIndex == part.Figure.SentenceIndex || double.IsPositiveInfinity(total.Interval.High)) return false;
        var figures = ArticleFigures.Of(article);
        var inSentence = part.Figure.Kind == FigureKind.Money
            ? figures.Figures.Where(figure => figure.Kind == FigureKind.Money && figure.Unit == part.Figure.Unit)
            : figures.Counted.Where(figure => figure.Figure.Unit == part.Figure.Unit && string.Equals(figure.Key.Counted, part.Key.Counted, StringComparison.Ordinal)
                                              && string.Equals(figure.Key.Event, part.Key.Event, StringComparison.Ordinal)).Select(figure => figure.Figure);
        var (low, high, parts) = (0.0, 0.0, 0);
        foreach (var figure in inSentence.Where(figure => figure.SentenceIndex == part.Figure.SentenceIndex))
        {
            (low, high, parts) = (low + figure.Interval.Low, high + figure.Interval.High, parts + 1);
        }
        return parts >= 2 && total.Interval.Intersects(new Interval(low, high));
    }

    /// <summary>
    /// The pair two figures of different articles of one story make, as ED2002, ED2004 and ED2005 see it, or null with the
    /// reason in <paramref name="obstacle"/>.
    /// </summary>
    internal static FigurePair? AcrossArticles(AnalyzedArticle firstArticle, CountedFigure first, AnalyzedArticle secondArticle, CountedFigure second,
        Story? story, out string? obstacle)
    {
        obstacle = null;
        if (!FigureComparison.Conflict(first, second, acrossArticles: true)) obstacle = NoConflict;
        else if (GivesAValueOf(secondArticle, first) || GivesAValueOf(firstArticle, second)) obstacle = "the other article gives a value that agrees too";
        else if (!AmountHoldersMet(first, secondArticle) || !AmountHoldersMet(second, firstArticle)) obstacle = "an amount's holder is not named by the other article";
        else if (FigureComparison.MatchedOnlyByStory(first, second) && !(IsStoryToll(first, secondArticle) && IsStoryToll(second, firstArticle)))
        {
            obstacle = "tied only by the story, and not both the story's toll";
        }
        // "The 50-year-old man" of one report is the man of another only where both tell of one event: a story its writers named,
        // or reports of which one names the place the other opens on. Names shared from article to article chain a city's crime
        // reports together ("West Side", "Medical Center"), each of them about a man of its own.
        else if ((first.Key.IsHeldByCommonNoun || second.Key.IsHeldByCommonNoun) && story is not { IsExplicit: true }
                 && !Stories.NameAPlaceOneOpensOn(firstArticle, secondArticle))
        {
            obstacle = "an unnamed person's age, in reports of which neither names the place the other opens on";
        }
        return obstacle is null ? Classify(firstArticle, first, secondArticle, second, story, out obstacle) : null;
    }

    private const string NoConflict = "not one quantity with incompatible values";

    /// <summary>True when <paramref name="article"/> itself gives a value of <paramref name="figure"/>'s quantity that agrees with
    /// it: two releases that both list "$2 million" for a programme and "$273,000" within it agree, and their lists' other
    /// figure is something else than the quantity the keys take it for. Where the article's own two values are one quantity,
    /// the conflict is its own (ED2001), not one between the articles. An exact sum the article writes too, whatever it
    /// counts there (<see cref="IsExactSum"/>), is the same amount: "The Ebenezer Society in Wyoming received $3,415,500"
    /// in the release on Mora's "$2,231,000 grant" tells two grants, not two values of one. So is an amount the article writes
    /// too, whatever its sentence, where it names every holder the figure's clause names: the release on a bill's "$13.82
    /// million" lists "$2 million for the Minnesota Valley Regional Rail Authority", which the authority's release gives as its
    /// "$2 million in federal funding".</summary>
    private static bool GivesAValueOf(AnalyzedArticle article, CountedFigure figure)
    {
        var figures = ArticleFigures.Of(article);
        return figures.Counted.Any(own => string.Equals(own.Key.Counted, figure.Key.Counted, StringComparison.Ordinal)
                                          && string.Equals(own.Key.Event, figure.Key.Event, StringComparison.Ordinal)
                                          && !FigureComparison.Contradict(own, figure) && FigureComparison.SameQuantity(own, figure, acrossArticles: true))
               || (IsExactSum(figure.Figure) || NamesHoldersOf(article, figure))
               && figures.Figures.Any(own => own.Unit == figure.Figure.Unit && own.Interval.Equals(figure.Figure.Interval));
    }

    /// <summary>True when <paramref name="figure"/> is a sum of money whose clause names its holders, and <paramref name="article"/>
    /// names every one of them (<see cref="AmountHoldersMet"/>). Only money: a flight's report gives the times of day of many
    /// events beside the same names, and a dev pair of arrival times ("10:15 a.m." against "10:15 p.m.") was lost to them.</summary>
    private static bool NamesHoldersOf(AnalyzedArticle article, CountedFigure figure) =>
        figure.Figure.Kind == FigureKind.Money && figure.Key.Amount is not null && figure.Key.Names.Count > 0 && AmountHoldersMet(figure, article);

    /// <summary>True for a sum of money written to a thousandth of itself or closer ("$3,415,500", not "$1.6 million"): two
    /// articles that write it both name one amount, where a round sum may stand for many.</summary>
    private static bool IsExactSum(Figure figure) =>
        figure.Kind == FigureKind.Money && figure.Interval.High - figure.Interval.Low <= figure.Interval.Low / 1000;

    /// <summary>Two tolls of an article's own event that no place anchors, one in its headline and one in its opening
    /// sentences: a stale headline's "Five dead" against the lead's "Seven people were killed". Two tolls of the body, or a
    /// list of them in one sentence, are no headline gone stale.</summary>
    private static bool IsOpeningConflict(AnalyzedArticle article, CountedFigure first, CountedFigure second) =>
        // Inside one article a place tells occasions apart: "Nine killed in Antopol. Two killed, officials said" may be two.
        first.IsInHeadline != second.IsInHeadline && first.Key.Places.Count == 0 && second.Key.Places.Count == 0
        && FigureComparison.Conflict(first, second, acrossArticles: true) && FigureComparison.MatchedOnlyByStory(first, second)
        && IsStoryToll(first, article) && IsStoryToll(second, article);

    /// <summary>How many earlier figures of the same kind a figure is compared with. News copy names one count a handful of
    /// times; a list of thousands of tolls ("12 killed, 14 killed, …") would otherwise cost time in the square of its length.</summary>
    public const int MaximumEarlierCompared = 64;

    private sealed record WithinArticlePairs(IReadOnlyList<FigurePair> Pairs);

    /// <summary>The pairs inside an article in a corpus summary: each figure by its place among the article's counted figures,
    /// which the summary holds before them (<see cref="FigureSummary"/>).</summary>
    public static readonly SummaryCodec WithinArticleCodec = SummaryCodec.For<WithinArticlePairs>("figure-pairs/2", WriteWithinArticle, ReadWithinArticle);

    private static void WriteWithinArticle(BinaryWriter writer, WithinArticlePairs pairs, AnalyzedArticle article)
    {
        var counted = ArticleFigures.Of(article).Counted;
        var indexes = new Dictionary<CountedFigure, int>();
        for (var i = 0; i < counted.Count; i++) indexes[counted[i]] = i;
        writer.Write(pairs.Pairs.Count);
        foreach (var pair in pairs.Pairs)
        {
            writer.Write(indexes[pair.First]);
            writer.Write(indexes[pair.Second]);
            writer.Write((int)pair.Kind);
        }
    }

    private static WithinArticlePairs ReadWithinArticle(BinaryReader reader, AnalyzedArticle article)
    {
        var counted = ArticleFigures.Of(article).Counted;
        var pairs = new FigurePair[reader.ReadInt32()];
        for (var i = 0; i < pairs.Length; i++) pairs[i] = new FigurePair(article, counted[reader.ReadInt32()], article, counted[reader.ReadInt32()], (PairKind)reader.ReadInt32(), null);
        return new WithinArticlePairs(pairs);
    }

    /// <summary>Pairs between two articles of the same story, in the order of the run's articles; found once per list of
    /// articles compared and shared by ED2002, ED2004 and ED2005, as <see cref="Stories.Of"/> is.</summary>
    public static IReadOnlyList<FigurePair> AcrossStories(CorpusContext context) =>
        AcrossStoriesByRun.GetValue(context.Articles, articles => new AcrossStoryPairs(FindAcrossStories(articles, Stories.Of(context)).ToList())).Pairs;

    private static readonly ConditionalWeakTable<IReadOnlyList<AnalyzedArticle>, AcrossStoryPairs> AcrossStoriesByRun = new();

    private sealed record AcrossStoryPairs(IReadOnlyList<FigurePair> Pairs);

    private static IEnumerable<FigurePair> FindAcrossStories(IReadOnlyList<AnalyzedArticle> articles, StoryGrouping stories)
    {
        // Only figures of one story with the same counted thing and event can conflict: bucket them, then compare inside each bucket.
        var buckets = articles
            .SelectMany((article, index) => ArticleFigures.Of(article).Counted.Select(figure => (Index: index, Figure: figure)))
            .GroupBy(entry => (stories.StoryOf(articles[entry.Index]), entry.Figure.Key.Counted, entry.Figure.Key.Event, entry.Figure.Key.IsSeries));
        foreach (var bucket in buckets)
        {
            var entries = bucket.ToList();
            // A bucket holds each article's figures together, in the run's order: the earlier figures of the same article,
            // never compared here, are the ones from its first, and a long list of one article's figures is skipped in one step.
            var articleStart = 0;
            for (var j = 1; j < entries.Count; j++)
            {
                if (entries[j].Index != entries[j - 1].Index) articleStart = j;
                for (var i = Math.Max(0, j - MaximumEarlierCompared); i < Math.Min(j, articleStart); i++)
                {
                    var (a, b) = (entries[i], entries[j]);
                    if (AcrossArticles(articles[a.Index], a.Figure, articles[b.Index], b.Figure, bucket.Key.Item1, out _) is { } pair) yield return pair;
                }
            }
        }
    }

    /// <summary>True unless <paramref name="figure"/> is an amount whose clause names someone the <paramref name="other"/> article
    /// never names: "$3 billion" of Bank of America's is not the amount of an article that knows only Goldman. Two clauses of
    /// one story name their holder in different company ("Goldman Sachs, according to a filing" and "Goldman, an analyst at
    /// Keefe said"), and each article names the other's.</summary>
    private static bool AmountHoldersMet(CountedFigure figure, AnalyzedArticle other) =>
        figure.Key.Amount is null || figure.Key.Names.All(name => Stories.Mentions(other, name));

    /// <summary>Tolls that never fall while an event unfolds, unless the text says they were revised.</summary>
    private static bool OnlyGrows(CountedFigure figure) => figure.Key.Event is "killed" or "wounded";

    /// <summary>
    /// True when a figure that no place or site anchors can be taken for the toll of the event its story is about (it stands in
    /// the headline or the opening sentences, as <see cref="ReportGate.InOpenings"/> asks of every count of an event): every name
    /// of its clause is one that <paramref name="other"/> article names too ("Sandy Hook: 26 killed" is another event's toll when the other report never names Sandy Hook), and every place
    /// of its clause is one the other article opens on. A clause that opens an occasion of its own ("in a separate strike",
    /// "elsewhere") is never the story's toll.
    /// </summary>
    private static bool IsStoryToll(CountedFigure figure, AnalyzedArticle other)
    {
        if (figure.Key.OpensOtherOccasion) return false;
        // "84 killed in Nice" is the toll of the other report's event only when that report opens on Nice.
        return figure.Key.Names.All(name => name.Length < 3 || Stories.Mentions(other, name)) && figure.Key.Places.All(place => Stories.OpensOn(other, place));
    }

    /// <summary>
    /// An update when one figure is said to be later (a revision, a later time stamp, or, for a count that changes as an
    /// event unfolds, a later-dated article). Otherwise a discrepancy between sources when both are attributed to different ones, else a conflict.
    /// Null, no finding, when the pair fails a condition of <see cref="ReportGate"/>, or when one figure "rose to" less than the
    /// other: which came first cannot be told.
    /// </summary>
    private static FigurePair? Classify(AnalyzedArticle firstArticle, CountedFigure first, AnalyzedArticle secondArticle, CountedFigure second, Story? story,
        out string? obstacle)
    {
        obstacle = null;
        if (ReportGates.FirstUnmet(firstArticle, first, secondArticle, second) is { } gate)
        {
            // Constant strings: the loops over a story's figures meet the gates often, and a message built each time would cost.
            obstacle = gate switch
            {
                ReportGate.InOpenings => "not both in their articles' openings",
                ReportGate.StatedAlike => "not stated alike (a disputed claim, or a plan against a fact)",
                _ => "dated too far apart",
            };
            return null;
        }
        if (FigureComparison.RiseBelowTheOther(first, second))
        {
            obstacle = "one rose to less than the other";
            return null;
        }
        if (FigureComparison.IsUpdate(first, second, out var later))
        {
            // Nor does a writer update a figure in the sentence that gives it: "The toll in Teri Mangal rose to 81, about 45
            // people were killed in Lwarai Mandi and 23 died in Angur Adar" gives three places' tolls, none a later one.
            if (IsInOneSentence(firstArticle, first, secondArticle, second))
            {
                obstacle = "given in one sentence";
                return null;
            }
            return ReferenceEquals(later, second)
                ? new FigurePair(firstArticle, first, secondArticle, second, PairKind.Update, story)
                : new FigurePair(secondArticle, second, firstArticle, first, PairKind.Update, story);
        }
        // A toll grows as an event unfolds, so a later article may give a later toll; the lap of a crash, a call's length or a
        // player's seasons with a team were settled when they happened, and a later article does not revise them. A running
        // total grows, whatever it counts: "has authored three pieces of legislation", then a day later "four".
        var changesOverTime = !first.Key.IsSpecific || !second.Key.IsSpecific || first.Key.IsCumulative || second.Key.IsCumulative;
        if (changesOverTime && firstArticle.Article.Date is { } firstDate && secondArticle.Article.Date is { } secondDate && firstDate != secondDate)
        {
            var firstIsEarlier = firstDate < secondDate;
            var (earlierArticle, earlierFigure) = firstIsEarlier ? (firstArticle, first) : (secondArticle, second);
            var (laterArticle, laterFigure) = firstIsEarlier ? (secondArticle, second) : (firstArticle, first);
            // A toll of the dead or the wounded only grows as an event unfolds: a later article that gives fewer, without saying
            // it revises the count, contradicts the earlier one ("at least 31 killed", then "28 killed" as the total).
            if (!(OnlyGrows(laterFigure) && laterFigure.Interval.High < earlierFigure.Interval.Low))
            {
                return new FigurePair(earlierArticle, earlierFigure, laterArticle, laterFigure, PairKind.Update, story);
            }
        }
        var kind = FigureComparison.FromDifferentSources(first, second) ? PairKind.SourcesDisagree : PairKind.Conflict;
        // A writer does not contradict a figure in the sentence that gives it: two values of one key there count two things the
        // key does not tell apart (a fact box run into one sentence: "Departure: … at 10:01 a.m. Destination: … at 11:39 a.m.").
        if (kind == PairKind.Conflict && IsInOneSentence(firstArticle, first, secondArticle, second))
        {
            obstacle = "given in one sentence";
            return null;
        }
        return new FigurePair(firstArticle, first, secondArticle, second, kind, story);
    }

    /// <summary>
    /// True when a line between <paramref name="first"/> and <paramref name="second"/> names a stretch of time alone, as an
    /// earnings report heads each of its blocks ("Nine mths", "Year", "Six months"): the figures above it and below it count
    /// different stretches ("Shr diluted 1.39 dlrs" for the quarter, "Shr diluted 4.30 dlrs" for nine months).
    /// </summary>
    private static bool AreUnderDifferentPeriods(Article article, TextSpan first, TextSpan second)
    {
        var lines = article.Lines;
        var (top, bottom) = (lines.GetLineIndex(first.Start), lines.GetLineIndex(second.Start));
        if (top > bottom) (top, bottom) = (bottom, top);
        for (var line = top + 1; line < bottom; line++)
        {
            if (IsPeriodLabel(article.Text, lines.GetTrimmedLine(article.Text, line))) return true;
        }
        return false;
    }

    /// <summary>A line of at most three words, the last a stretch of time ("year", "mths", "quarter") and any before it a
    /// number or an ordinal ("Nine", "12", "first", "4th") or "full": a block's heading, no sentence.</summary>
    private static bool IsPeriodLabel(string text, TextSpan line)
    {
        if (line.Length == 0 || line.Length > MaximumPeriodLabelLength) return false;
        var words = text.Substring(line.Start, line.Length).Split(' ');
        if (words.Length > 3 || !PeriodWords.Contains(words[words.Length - 1])) return false;
        for (var i = 0; i < words.Length - 1; i++)
        {
            var word = words[i];
            if (!(word.All(char.IsDigit) || NumberWords.TryCardinal(word, out _) || NumberWords.TryOrdinal(word, out _)
                  || word.Equals("full", StringComparison.OrdinalIgnoreCase))) return false;
        }
        return true;
    }

    private const int MaximumPeriodLabelLength = 24;

    /// <summary>The stretches of time an earnings report heads its blocks with.</summary>
    private static readonly HashSet<string> PeriodWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "year", "yr", "qtr", "quarter", "mths", "mth", "months", "weeks", "wks", "half",
    };

    private static bool IsInOneSentence(AnalyzedArticle firstArticle, CountedFigure first, AnalyzedArticle secondArticle, CountedFigure second) =>
        ReferenceEquals(firstArticle, secondArticle) && first.Figure.SentenceIndex == second.Figure.SentenceIndex;
}
