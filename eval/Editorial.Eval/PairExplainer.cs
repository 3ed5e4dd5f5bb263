using Editorial.Articles;
using Editorial.Configuration;
using Editorial.Engine;
using Editorial.Figures;
using Editorial.Rules.Figures;
using Editorial.Text;

namespace Editorial.Eval;

/// <summary>
/// Why the figure rules report a labelled pair of figures, or do not: the step that held it back, from reading the figures
/// to the report's gates. Issue "Conflicting figures across real stories" asks the evaluation to tell a wrong key from a
/// wrong value; this tells, for every labelled pair, which of the steps decided. Run on <c>dev</c> only.
/// </summary>
public static class PairExplainer
{
    /// <summary>The steps in the order the rules take them; a pair is explained by the furthest step any two of its figures reach.</summary>
    private enum Step { NotRead, OtherStory, OtherKind, OtherKey, Compatible, PartOfWhole, HeldBack, Update, Reported }

    public static IEnumerable<string> Explain(IReadOnlyList<PreparedArticle> prepared, Scorer scorer, IReadOnlyList<Finding> findings, OutletMap outlets, bool all)
    {
        var engine = new EditorialEngine(outlets.Profiles);
        var analyzed = new Dictionary<PreparedArticle, AnalyzedArticle>();
        var groupings = new Dictionary<string, StoryGrouping>(StringComparer.Ordinal);
        // The articles the runner checks together (one check per story corpus, or per outlet), grouped into stories as it does.
        var groups = prepared.GroupBy(Runner.CheckGroup).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        AnalyzedArticle Analyzed(PreparedArticle article)
        {
            if (!analyzed.TryGetValue(article, out var result))
            {
                result = engine.Prepare(Article.Parse(article.VirtualPath, article.Text), Runner.Settings(article.Article, outlets, explicitStories: false), out _);
                analyzed[article] = result;
            }
            return result;
        }
        StoryGrouping Grouping(PreparedArticle article)
        {
            var key = Runner.CheckGroup(article);
            if (!groupings.TryGetValue(key, out var grouping)) groupings[key] = grouping = Stories.Group(groups[key].Select(Analyzed).ToList());
            return grouping;
        }

        foreach (var (label, a, spanA, b, spanB) in scorer.LabelledPairs)
        {
            var found = scorer.IsReported(label, findings);
            if (!all && (!label.IsConflict || found)) continue;
            var (articleA, articleB) = (Analyzed(a), Analyzed(b));
            var figuresA = Overlapping(articleA, spanA);
            var figuresB = Overlapping(articleB, spanB);
            var best = (Step: Step.NotRead, Detail: figuresA.Count == 0 ? "A: " + Unread(articleA, spanA) : "B: " + Unread(articleB, spanB), First: (CountedFigure?)null, Second: (CountedFigure?)null);
            var sameArticle = ReferenceEquals(articleA, articleB);
            if (figuresA.Count > 0 && figuresB.Count > 0 && !sameArticle && !Grouping(a).SameStory(articleA, articleB))
            {
                best = (Step.OtherStory, $"A in {Grouping(a).StoryOf(articleA).Id}, B in {Grouping(b).StoryOf(articleB).Id}", figuresA[0], figuresB[0]);
            }
            else
            {
                foreach (var first in figuresA)
                {
                    foreach (var second in figuresB)
                    {
                        var (step, detail) = StepOf(articleA, first, articleB, second, sameArticle ? null : Grouping(a).StoryOf(articleA));
                        if (step > best.Step || best.First is null) best = (step, detail, first, second);
                    }
                }
            }
            string[] fields = [label.Label, found ? "found" : "missed", best.Step.ToString(), best.Detail, best.First?.ToString() ?? "", best.Second?.ToString() ?? "",
                $"{label.Corpus}/{label.ArticleA} '{label.SnippetA}' vs {label.ArticleB} '{label.SnippetB}'", label.Note];
            yield return string.Join('\t', fields.Select(Tsv.Clean));
        }
    }

    private static (Step, string) StepOf(AnalyzedArticle articleA, CountedFigure first, AnalyzedArticle articleB, CountedFigure second, Story? story)
    {
        var (a, b) = (first.Key, second.Key);
        if (a.Counted != b.Counted || a.Event != b.Event || a.IsSeries != b.IsSeries) return (Step.OtherKind, $"'{a.Description}' vs '{b.Description}'");
        var acrossArticles = !ReferenceEquals(articleA, articleB);
        if (!FigureComparison.SameQuantity(first, second, acrossArticles)) return (Step.OtherKey, KeyDifference(first, second));
        if (!FigureComparison.Contradict(first, second)) return (Step.Compatible, $"{first.Interval} and {second.Interval}");
        if (FigureComparison.PartAndWhole(first, second) || FigureComparison.PartAndWhole(second, first)) return (Step.PartOfWhole, "sites " + Sites(a) + " / " + Sites(b));
        var pair = acrossArticles
            ? FigurePairs.AcrossArticles(articleA, first, articleB, second, story, out var obstacle)
            : FigurePairs.WithinArticle(articleA, first, second, out obstacle);
        if (pair is null) return (Step.HeldBack, obstacle ?? "");
        return pair.Kind == PairKind.Update ? (Step.Update, "reported as an update (ED2005)") : (Step.Reported, pair.Kind.ToString());
    }

    /// <summary>Each number the figure rules read in <paramref name="text"/>, one line each: the key of a counted one, or that it
    /// has none.</summary>
    public static IEnumerable<string> Figures(string path, string text, OutletMap outlets)
    {
        var engine = new EditorialEngine(outlets.Profiles);
        var article = engine.Prepare(Article.Parse(path, text), ArticleSettings.Empty, out _);
        var figures = ArticleFigures.Of(article);
        foreach (var figure in figures.Figures)
        {
            var counted = figures.Counted.FirstOrDefault(c => ReferenceEquals(c.Figure, figure));
            var location = article.Article.GetLocation(figure.Span).LineSpan;
            yield return $"{location.StartLine}:{location.StartColumn}\t{figure}\t{(counted is null ? "no key" : counted.ToString())}";
        }
    }

    /// <summary>The first part of the key that sets two figures of one kind apart.</summary>
    private static string KeyDifference(CountedFigure first, CountedFigure second)
    {
        var (a, b) = (first.Key, second.Key);
        if (first.Figure.Kind != second.Figure.Kind && !(a.IsSpecific && b.IsSpecific)) return $"kinds {first.Figure.Kind} / {second.Figure.Kind}";
        if (a.Scope != b.Scope) return $"scope '{a.Scope}' / '{b.Scope}'";
        if (a.Period != b.Period) return $"period '{a.Period}' / '{b.Period}'";
        if (Differ(a.Days, b.Days)) return $"days {string.Join(",", a.Days)} / {string.Join(",", b.Days)}";
        if (Differ(a.Places, b.Places)) return $"places {string.Join(",", a.Places)} / {string.Join(",", b.Places)}";
        if (Differ(a.Sites, b.Sites)) return "sites " + Sites(a) + " / " + Sites(b);
        if (a.Agent is not null && b.Agent is not null && a.Agent != b.Agent) return $"agents {a.Agent} / {b.Agent}";
        if (a.Amount is not null || b.Amount is not null) return "amounts' anchors or holders";
        if (a.OpensOtherOccasion || b.OpensOtherOccasion) return "another occasion";
        return $"names or places: {a} / {b}";
    }

    private static bool Differ(IReadOnlyCollection<string> a, IReadOnlyCollection<string> b) => a.Count > 0 && b.Count > 0 && !a.Intersect(b).Any();

    private static string Sites(QuantityKey key) => "[" + string.Join(",", key.Sites) + "]";

    private static List<CountedFigure> Overlapping(AnalyzedArticle article, TextSpan span) =>
        ArticleFigures.Of(article).Counted.Where(f => f.Phrase.OverlapsWith(span) || span.Contains(f.Figure.Span.Start)).ToList();

    /// <summary>What the engine read in a snippet where it counted nothing: the numbers it read with no key, or none.</summary>
    private static string Unread(AnalyzedArticle article, TextSpan span)
    {
        var numbers = ArticleFigures.Of(article).Figures.Where(f => f.Span.OverlapsWith(span)).Select(f => f.ToString()).ToList();
        return numbers.Count == 0 ? "no number read" : "read with no key: " + string.Join("; ", numbers);
    }
}
