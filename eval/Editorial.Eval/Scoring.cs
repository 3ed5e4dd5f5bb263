using Editorial.Articles;
using Editorial.Diagnostics;
using Editorial.Engine;
using Editorial.Rules;
using Editorial.Text;

namespace Editorial.Eval;

public enum Verdict { Unjudged, Accept, Reject }

/// <summary>The numbers of one rule on one split.</summary>
public sealed class RuleScore(string id, Severity defaultSeverity)
{
    public string Id { get; } = id;
    public Severity DefaultSeverity { get; } = defaultSeverity;
    public int Findings { get; set; }
    public int Warnings { get; set; }
    public int Accepted { get; set; }
    public int Rejected { get; set; }
    public int Judged => Accepted + Rejected;
    public double? Precision => Judged == 0 ? null : (double)Accepted / Judged;
    public string? Recall { get; set; }
}

/// <summary>Judges findings against the labels: the specific label sets first (figure pairs, spelling units, gold
/// attributions), then the audit's accept/reject judgements.</summary>
public sealed class Scorer
{
    private readonly LabelSet _labels;
    private readonly Dictionary<string, AuditLabel> _audit;
    private readonly Dictionary<string, PreparedArticle> _articles;
    private readonly Dictionary<string, List<(TextSpan Span, SpellingLabel Label)>> _spelling = new();
    private readonly List<(FigurePairLabel Label, PreparedArticle A, TextSpan SpanA, PreparedArticle B, TextSpan SpanB)> _pairs = [];
    public List<string> Problems { get; } = [];

    public Scorer(LabelSet labels, IEnumerable<PreparedArticle> articles, GoldAttributions gold)
    {
        _labels = labels;
        Gold = gold;
        _audit = new Dictionary<string, AuditLabel>(StringComparer.Ordinal);
        foreach (var label in labels.Audit) _audit[label.Key] = label;
        _articles = articles.ToDictionary(a => a.Article.Key, StringComparer.Ordinal);
        foreach (var label in labels.Spelling)
        {
            if (!_articles.TryGetValue(label.Corpus + "/" + label.Article, out var article)) continue;
            if (Locator.Locate(article.Text, label.Snippet, label.Form) is not { } span)
            {
                Problems.Add($"spelling label not found: {label.Article} '{label.Snippet}' / '{label.Form}'");
                continue;
            }
            if (!_spelling.TryGetValue(article.Article.Key, out var list)) _spelling[article.Article.Key] = list = [];
            list.Add((span, label));
        }
        foreach (var label in labels.FigurePairs)
        {
            if (!_articles.TryGetValue(label.Corpus + "/" + label.ArticleA, out var a) || !_articles.TryGetValue(label.Corpus + "/" + label.ArticleB, out var b)) continue;
            var spanA = Locator.Locate(a.Text, label.SnippetA);
            var spanB = Locator.Locate(b.Text, label.SnippetB);
            if (spanA is null || spanB is null)
            {
                Problems.Add($"figure pair label not found: {label.ArticleA} '{label.SnippetA}' / {label.ArticleB} '{label.SnippetB}'");
                continue;
            }
            _pairs.Add((label, a, spanA.Value, b, spanB.Value));
        }
    }

    public GoldAttributions Gold { get; }

    /// <summary>The labelled figure pairs of the split's articles, each with where its two snippets stand.</summary>
    public IReadOnlyList<(FigurePairLabel Label, PreparedArticle A, TextSpan SpanA, PreparedArticle B, TextSpan SpanB)> LabelledPairs => _pairs;

    /// <summary>True when some ED2001/ED2002/ED2004 finding reports the labelled pair.</summary>
    public bool IsReported(FigurePairLabel label, IEnumerable<Finding> findings) =>
        findings.Any(f => ConflictRules.Contains(f.Rule) && PairsOf(f).Contains(label));

    /// <summary>The rules that report two figures as incompatible values of one quantity: the labelled figure pairs judge
    /// them, and a labelled conflict counts as found when any of them reports it (ED2004 names the two sources that give
    /// the values; docs/evaluation.md labels pairs for all three).</summary>
    public static readonly IReadOnlySet<string> ConflictRules = new HashSet<string>(StringComparer.Ordinal)
    {
        RuleIds.ConflictingFiguresInArticle, RuleIds.ConflictingFiguresAcrossStory, RuleIds.SourcesDisagreeOnFigure,
    };

    public Verdict Judge(Finding finding)
    {
        var specific = finding.Rule switch
        {
            _ when ConflictRules.Contains(finding.Rule) => JudgeFigures(finding),
            _ when finding.Rule.StartsWith("ED1", StringComparison.Ordinal) => JudgeSpelling(finding),
            RuleIds.UnattributedQuotation => Gold.Judge(finding),
            _ => Verdict.Unjudged,
        };
        if (specific != Verdict.Unjudged) return specific;
        return _audit.TryGetValue(Keys.Of(finding), out var audit) ? (audit.Accept ? Verdict.Accept : Verdict.Reject) : Verdict.Unjudged;
    }

    private Verdict JudgeSpelling(Finding finding)
    {
        if (!_spelling.TryGetValue(finding.Article.Key, out var units)) return Verdict.Unjudged;
        foreach (var (span, label) in units)
        {
            if (span.OverlapsWith(finding.Diagnostic.Location.Span)) return label.WantsFinding ? Verdict.Accept : Verdict.Reject;
        }
        return Verdict.Unjudged;
    }

    /// <summary>A figure finding is judged by the labelled pair it reports: its own figure and one of its related places.</summary>
    private Verdict JudgeFigures(Finding finding)
    {
        var verdict = Verdict.Unjudged;
        foreach (var pair in PairsOf(finding))
        {
            if (pair.IsConflict) return Verdict.Accept;
            verdict = Verdict.Reject;
        }
        return verdict;
    }

    private IEnumerable<FigurePairLabel> PairsOf(Finding finding)
    {
        var here = finding.Diagnostic.Location;
        foreach (var (label, a, spanA, b, spanB) in _pairs)
        {
            foreach (var related in finding.Diagnostic.RelatedLocations)
            {
                if ((Is(here, a, spanA) && Is(related, b, spanB)) || (Is(here, b, spanB) && Is(related, a, spanA))) { yield return label; break; }
            }
        }
    }

    private static bool Is(Location location, PreparedArticle article, TextSpan span) =>
        location.Path == article.VirtualPath && location.Span.OverlapsWith(span);

    /// <summary>Labelled conflict pairs that some ED2001/ED2002/ED2004 finding reports, over all labelled conflicts in scope.</summary>
    public (int Found, int Total) FigureRecall(IEnumerable<Finding> findings, Func<EvalArticle, bool> inScope)
    {
        var figureFindings = findings.Where(f => ConflictRules.Contains(f.Rule)).ToList();
        var conflicts = _pairs.Where(p => p.Label.IsConflict && inScope(p.A.Article)).ToList();
        var found = conflicts.Count(p => figureFindings.Any(f => PairsOf(f).Contains(p.Label)));
        return (found, conflicts.Count);
    }

    /// <summary>The labelling round of <paramref name="article"/>'s spelling units (<see cref="LabelSet.SpellingRoundsFile"/>).</summary>
    public string SpellingRoundOf(EvalArticle article) =>
        _labels.SpellingRounds.TryGetValue(article.Key, out var round) ? round : LabelSet.FirstSpellingRound;

    /// <summary>The labelling rounds in the order they were made: the first, then the rounds file's in the order it lists them.</summary>
    public IReadOnlyList<string> SpellingRoundNames =>
        [LabelSet.FirstSpellingRound, .. _labels.SpellingRounds.Values.Distinct(StringComparer.Ordinal)];

    /// <summary>Labelled spelling units of one kind (<paramref name="counted"/>: variant units, or lone misspellings) that an
    /// ED1xxx finding covers, over all such units in scope.</summary>
    public (int Found, int Total) SpellingRecall(IEnumerable<Finding> findings, Func<EvalArticle, bool> inScope, Func<SpellingLabel, bool> counted)
    {
        var spellingFindings = findings.Where(f => f.Rule.StartsWith("ED1", StringComparison.Ordinal)).ToLookup(f => f.Article.Key);
        int found = 0, total = 0;
        foreach (var (key, units) in _spelling)
        {
            if (!inScope(_articles[key].Article)) continue;
            foreach (var (span, label) in units.Where(u => counted(u.Label)))
            {
                total++;
                if (spellingFindings[key].Any(f => f.Diagnostic.Location.Span.OverlapsWith(span))) found++;
            }
        }
        return (found, total);
    }

    /// <summary>Labelled variant units that no ED1xxx warning covers and labelled conflicts that no ED2001/ED2002/ED2004 warning reports.</summary>
    public IEnumerable<(string Rule, string Description)> Misses(IReadOnlyList<Finding> findings)
    {
        var spellingFindings = findings.Where(f => f.Rule.StartsWith("ED1", StringComparison.Ordinal)).ToLookup(f => f.Article.Key);
        foreach (var (key, units) in _spelling)
        {
            foreach (var (span, label) in units.Where(u => u.Label.IsVariant))
            {
                if (!spellingFindings[key].Any(f => f.Diagnostic.Location.Span.OverlapsWith(span)))
                {
                    yield return ("ED1", $"{key}\t'{label.Form}' in '{label.Snippet}'\t{label.Entity}\t{label.Note}");
                }
            }
        }
        var figureFindings = findings.Where(f => ConflictRules.Contains(f.Rule)).ToList();
        foreach (var pair in _pairs.Where(p => p.Label.IsConflict))
        {
            if (!figureFindings.Any(f => PairsOf(f).Contains(pair.Label)))
            {
                yield return ("ED2", $"{pair.Label.Corpus}/{pair.Label.ArticleA} '{pair.Label.SnippetA}' vs {pair.Label.ArticleB} '{pair.Label.SnippetB}'\t{pair.Label.Note}");
            }
        }
    }

    public static List<RuleScore> Score(IEnumerable<Finding> findings, Func<Finding, Verdict> judge)
    {
        var scores = RuleCatalog.Rules.SelectMany(r => r.Descriptors).OrderBy(d => d.Id, StringComparer.Ordinal)
            .ToDictionary(d => d.Id, d => new RuleScore(d.Id, d.DefaultSeverity), StringComparer.Ordinal);
        foreach (var finding in findings)
        {
            if (!scores.TryGetValue(finding.Rule, out var score)) continue;
            score.Findings++;
            if (finding.IsWarning) score.Warnings++;
            // Every finding is judged, whatever its severity: a rule's precision is what it says it is, and decides its default.
            switch (judge(finding))
            {
                case Verdict.Accept: score.Accepted++; break;
                case Verdict.Reject: score.Rejected++; break;
            }
        }
        return scores.Values.ToList();
    }
}

/// <summary>Gold attributions of an attribution-annotated corpus (<c>gold-attributions.tsv</c> beside its index: article
/// id, the start of the attributed content, and its source). A quotation the gold attributes needs no ED3001.</summary>
public sealed class GoldAttributions
{
    private readonly Dictionary<string, List<TextSpan>> _attributed = new(StringComparer.Ordinal);
    public HashSet<string> Corpora { get; } = new(StringComparer.Ordinal);

    public static GoldAttributions Read(string dataDirectory, IReadOnlyDictionary<string, PreparedArticle> articles)
    {
        var gold = new GoldAttributions();
        foreach (var file in Directory.GetFiles(dataDirectory, "gold-attributions.tsv", SearchOption.AllDirectories))
        {
            var corpus = Path.GetFileName(Path.GetDirectoryName(file)!);
            gold.Corpora.Add(corpus);
            foreach (var row in Tsv.Read(file))
            {
                if (string.IsNullOrWhiteSpace(row["source"])) continue;
                if (!articles.TryGetValue(corpus + "/" + row["id"], out var article)) continue;
                var content = row["content"];
                var at = Snippets.Find(article.Text, Snippets.Short(content, 50));
                if (at < 0) continue;
                var key = article.Article.Key;
                if (!gold._attributed.TryGetValue(key, out var spans)) gold._attributed[key] = spans = [];
                spans.Add(new TextSpan(at, Math.Min(content.Length, article.Text.Length - at)));
            }
        }
        return gold;
    }

    public Verdict Judge(Finding finding)
    {
        if (!Corpora.Contains(finding.Article.Corpus)) return Verdict.Unjudged;
        return IsAttributed(finding.Article.Key, finding.Diagnostic.Location.Span) ? Verdict.Reject : Verdict.Unjudged;
    }

    private bool IsAttributed(string key, TextSpan span) =>
        _attributed.TryGetValue(key, out var spans) && spans.Any(s => s.OverlapsWith(span));

    /// <summary>How many of the quotations that the gold attributes get an ED3001 warning.</summary>
    public (int Fired, int Quotations) Ed3001OnAttributed(IEnumerable<PreparedArticle> articles, IEnumerable<Finding> findings)
    {
        var ed3001 = findings.Where(f => f.Rule == RuleIds.UnattributedQuotation).ToLookup(f => f.Article.Key);
        int fired = 0, quotations = 0;
        foreach (var article in articles.Where(a => Corpora.Contains(a.Article.Corpus)))
        {
            var parsed = Article.Parse(article.VirtualPath, article.Text);
            foreach (var quotation in parsed.Quotations)
            {
                if (quotation.ContinuesPrevious || !IsAttributed(article.Article.Key, quotation.Span)) continue;
                quotations++;
                if (ed3001[article.Article.Key].Any(f => f.Diagnostic.Location.Span.OverlapsWith(quotation.Span))) fired++;
            }
        }
        return (fired, quotations);
    }
}
