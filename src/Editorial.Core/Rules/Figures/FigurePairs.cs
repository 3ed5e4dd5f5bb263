using System;
using System.Collections.Generic;
using System.Linq;
using Editorial.Diagnostics;
using Editorial.Figures;

namespace Editorial.Rules.Figures;

/// <summary>A conflict between two figures of the same quantity: in one article (<see cref="IsWithinArticle"/>) or across a story.</summary>
internal sealed record FigureConflict(AnalyzedArticle FirstArticle, CountedFigure First, AnalyzedArticle SecondArticle, CountedFigure Second)
{
    public bool IsWithinArticle => ReferenceEquals(FirstArticle, SecondArticle);
    public bool FromDifferentSources => FigureComparison.FromDifferentSources(First, Second);
}

/// <summary>A figure of one article and every figure elsewhere in its story that it conflicts with, in the order found.</summary>
internal sealed record FigureDisagreement(AnalyzedArticle Article, CountedFigure Figure, IReadOnlyList<(AnalyzedArticle Article, CountedFigure Figure)> Others);

/// <summary>Finds the pairs of figures that count the same quantity and cannot both be true; shared by ED2001, ED2002 and ED2004.</summary>
internal static class FigurePairs
{
    /// <summary>
    /// The conflicts across a story seen from each side: one entry per figure, listing every figure it conflicts with. A story
    /// told by many articles yields one finding per figure rather than one per pair of articles, however many copies agree.
    /// </summary>
    public static IEnumerable<FigureDisagreement> BySide(IEnumerable<FigureConflict> conflicts)
    {
        var sides = new Dictionary<(AnalyzedArticle, int), (CountedFigure Figure, List<(AnalyzedArticle, CountedFigure)> Others)>();
        var order = new List<(AnalyzedArticle, int)>();
        void Add(AnalyzedArticle article, CountedFigure figure, AnalyzedArticle otherArticle, CountedFigure other)
        {
            var key = (article, figure.Phrase.Start);
            if (!sides.TryGetValue(key, out var side))
            {
                side = (figure, new List<(AnalyzedArticle, CountedFigure)>());
                sides[key] = side;
                order.Add(key);
            }
            side.Others.Add((otherArticle, other));
        }
        foreach (var conflict in conflicts)
        {
            Add(conflict.FirstArticle, conflict.First, conflict.SecondArticle, conflict.Second);
            Add(conflict.SecondArticle, conflict.Second, conflict.FirstArticle, conflict.First);
        }
        return order.Select(key => new FigureDisagreement(key.Item1, sides[key].Figure, sides[key].Others));
    }

    /// <summary>The places a figure disagrees with, the first <see cref="MaxRelatedLocations"/> of them: enough to compare, few
    /// enough that a log of a large archive stays readable.</summary>
    public static IReadOnlyList<Location> RelatedLocations(FigureDisagreement side) =>
        side.Others.Take(MaxRelatedLocations).Select(other => other.Article.Article.GetLocation(other.Figure.Phrase)).ToList();

    public const int MaxRelatedLocations = 10;

    /// <summary>Conflicts inside one article, the earlier figure first.</summary>
    public static IEnumerable<FigureConflict> WithinArticle(AnalyzedArticle article)
    {
        var counted = ArticleFigures.Of(article).Counted;
        for (var i = 0; i < counted.Count; i++)
        {
            for (var j = i + 1; j < counted.Count; j++)
            {
                if (FigureComparison.Conflict(counted[i], counted[j])) yield return new FigureConflict(article, counted[i], article, counted[j]);
            }
        }
    }

    /// <summary>Conflicts between two articles of the same story, in the order of the run's articles.</summary>
    public static IEnumerable<FigureConflict> AcrossStories(IReadOnlyList<AnalyzedArticle> articles)
    {
        // Only figures with the same counted thing and event can conflict: bucket them, then compare inside each bucket.
        var buckets = articles
            .SelectMany((article, index) => ArticleFigures.Of(article).Counted.Select(figure => (Index: index, Figure: figure)))
            .GroupBy(entry => (entry.Figure.Key.Counted, entry.Figure.Key.Event, entry.Figure.Key.IsSeries));
        var sameStory = new Dictionary<(int, int), bool>();
        foreach (var bucket in buckets)
        {
            var entries = bucket.ToList();
            var candidates = new StoryCandidates(entries.Select(entry => articles[entry.Index].Story).ToList());
            for (var i = 0; i < entries.Count; i++)
            {
                foreach (var j in candidates.After(i))
                {
                    var (a, b) = (entries[i], entries[j]);
                    if (a.Index == b.Index || !FigureComparison.Conflict(a.Figure, b.Figure)) continue;
                    var pair = (Math.Min(a.Index, b.Index), Math.Max(a.Index, b.Index));
                    if (!sameStory.TryGetValue(pair, out var same))
                    {
                        same = Stories.SameStory(articles[pair.Item1], articles[pair.Item2]);
                        sameStory[pair] = same;
                    }
                    if (same) yield return new FigureConflict(articles[a.Index], a.Figure, articles[b.Index], b.Figure);
                }
            }
        }
    }

    /// <summary>
    /// The entries of a bucket that may be of the same story as a given one, in order: two articles that both name their
    /// story are compared only when the names agree (<see cref="Stories.SameStory"/>), so an archive of many named stories
    /// is not compared pair by pair across stories. An entry without a story may share one with any other.
    /// </summary>
    private sealed class StoryCandidates
    {
        private readonly IReadOnlyList<string?> _stories;
        private readonly Dictionary<string, List<int>> _byStory = new(StringComparer.OrdinalIgnoreCase);
        private readonly List<int> _unnamed = new();

        /// <param name="stories">The story of each entry's article, as <see cref="AnalyzedArticle.Story"/> gives it.</param>
        public StoryCandidates(IReadOnlyList<string?> stories)
        {
            _stories = stories;
            for (var i = 0; i < stories.Count; i++)
            {
                if (stories[i] is not { } story)
                {
                    _unnamed.Add(i);
                    continue;
                }
                if (!_byStory.TryGetValue(story.Trim(), out var positions)) _byStory[story.Trim()] = positions = new List<int>();
                positions.Add(i);
            }
        }

        /// <summary>The entries after <paramref name="i"/> that may be of its story, in ascending order.</summary>
        public IEnumerable<int> After(int i)
        {
            if (_stories[i] is not { } story)
            {
                for (var j = i + 1; j < _stories.Count; j++) yield return j;
                yield break;
            }
            // Merge the entries of the same story with those of no story; both lists are ascending.
            var named = _byStory[story.Trim()];
            var a = FirstAfter(named, i);
            var b = FirstAfter(_unnamed, i);
            while (a < named.Count || b < _unnamed.Count)
            {
                if (b == _unnamed.Count || (a < named.Count && named[a] < _unnamed[b])) yield return named[a++];
                else yield return _unnamed[b++];
            }
        }

        private static int FirstAfter(List<int> positions, int i)
        {
            var found = positions.BinarySearch(i + 1);
            return found >= 0 ? found : ~found;
        }
    }
}
