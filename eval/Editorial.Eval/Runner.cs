using System.Text;
using Editorial.Configuration;
using Editorial.Diagnostics;
using Editorial.Engine;
using Editorial.Profiles;
using Editorial.Rules;

namespace Editorial.Eval;

/// <summary>One finding of the engine on a corpus article, with the text it points at.</summary>
public sealed record Finding(EvalArticle Article, Diagnostic Diagnostic, string ArticleText)
{
    public string Rule => Diagnostic.Id;
    public int Line => Diagnostic.Location.LineSpan.StartLine;
    public string Flagged => Snippets.Short(ArticleText.Substring(Diagnostic.Location.Span.Start, Diagnostic.Location.Span.Length));
    public bool IsWarning => Diagnostic.Severity >= Severity.Warning;
}

/// <summary>An article as the engine sees it: a Markdown file with front matter (date), the title as a heading, and
/// one paragraph per line of the corpus text, the shape of a docs-as-code newsroom repository.</summary>
public sealed record PreparedArticle(EvalArticle Article, string VirtualPath, string Text);

/// <summary>Runs the engine in process over the corpora: one check per outlet of each corpus, as a newsroom keeps one
/// repository (or folder) per outlet, and one check per story corpus, whose events the engine must tell apart itself.</summary>
public static class Runner
{
    public static (List<PreparedArticle> Articles, List<Finding> Findings) Run(IReadOnlyList<EvalArticle> articles, OutletMap outlets, bool explicitStories)
    {
        var prepared = articles.Select(Prepare).ToList();
        var byPath = prepared.ToDictionary(p => p.VirtualPath, StringComparer.Ordinal);
        var findings = new List<Finding>();
        var engine = new EditorialEngine(outlets.Profiles);
        foreach (var group in prepared.GroupBy(CheckGroup))
        {
            var inputs = group.Select(p => new ArticleInput(p.VirtualPath, p.Text, Settings(p.Article, outlets, explicitStories))).ToList();
            foreach (var diagnostic in engine.Check(inputs))
            {
                if (!byPath.TryGetValue(diagnostic.Location.Path, out var article)) continue;
                findings.Add(new Finding(article.Article, diagnostic, article.Text));
            }
        }
        return (prepared, findings);
    }

    /// <summary>The articles checked together: a story corpus whole, whose events the engine must tell apart, else one outlet of a corpus.</summary>
    public static string CheckGroup(PreparedArticle article) =>
        article.Article.Event is null ? article.Article.Corpus + "/" + article.Article.Outlet : article.Article.Corpus;

    public static ArticleSettings Settings(EvalArticle article, OutletMap outlets, bool explicitStories)
    {
        var options = new Dictionary<string, string> { [EditorialOptions.Outlet] = outlets.ProfileOf(article) };
        if (explicitStories && article.Event is not null) options[EditorialOptions.Story] = article.Event;
        foreach (var key in OffByDefaultSeverityKeys) options[key] = "suggestion";
        return new ArticleSettings(options);
    }

    /// <summary>The severity keys of the rules that are off by default: they still run, as suggestions, so that the table
    /// keeps measuring them.</summary>
    private static readonly IReadOnlyList<string> OffByDefaultSeverityKeys = RuleCatalog.Descriptors
        .Where(d => d.DefaultSeverity == Severity.None).Select(d => EditorialOptions.SeverityKey(d.Id)).ToList();

    public static PreparedArticle Prepare(EvalArticle article)
    {
        var body = File.ReadAllText(article.TextPath, Encoding.UTF8).Replace("\r\n", "\n");
        var text = new StringBuilder();
        if (article.Date is not null) text.Append("---\ndate: ").Append(article.Date).Append("\n---\n\n");
        if (article.Title is not null) text.Append("# ").Append(article.Title.Trim()).Append("\n\n");
        var first = true;
        foreach (var line in body.Split('\n'))
        {
            var paragraph = line.Trim();
            if (paragraph.Length == 0) continue;
            // The corpora open the body with the headline (PolNeAR adds a full stop); the heading already carries it.
            if (first && article.Title is not null && paragraph.TrimEnd('.') == article.Title.Trim().TrimEnd('.')) { first = false; continue; }
            first = false;
            text.Append(paragraph).Append("\n\n");
        }
        return new PreparedArticle(article, article.Corpus + "/" + article.Outlet + "/" + article.Id + ".md", text.ToString());
    }
}

/// <summary>Which outlet profile each corpus outlet is checked with (<c>eval/outlets.tsv</c>), among the built-in
/// profiles and the eval's own (<c>eval/profiles/*.yml</c>: what a newsroom without a built-in profile would configure,
/// such as its locale). Outlets not listed get the neutral <c>default</c> profile.</summary>
public sealed class OutletMap(IReadOnlyDictionary<string, string> profiles, ProfileSet profileSet)
{
    public static OutletMap Read(string path, string profilesDirectory)
    {
        var sources = Directory.Exists(profilesDirectory)
            ? Directory.GetFiles(profilesDirectory, "*.yml").OrderBy(p => p, StringComparer.Ordinal).Select(p => new ProfileSource(p, File.ReadAllText(p)))
            : [];
        var set = ProfileSet.Load(sources, RuleCatalog.Vocabulary);
        if (set.Diagnostics.Count > 0) throw new EvalException(string.Join(Environment.NewLine, set.Diagnostics.Select(d => d.ToString())));
        var map = File.Exists(path)
            ? Tsv.Read(path).ToDictionary(r => r["outlet"], r => r["profile"], StringComparer.OrdinalIgnoreCase)
            : new Dictionary<string, string>();
        return new OutletMap(map, set);
    }

    public ProfileSet Profiles => profileSet;

    public string ProfileOf(EvalArticle article) => profiles.TryGetValue(article.Outlet, out var profile) ? profile : "default";
}

public static class Snippets
{
    /// <summary>At most <paramref name="max"/> characters on one line: labels carry short snippets, never corpus text.</summary>
    public static string Short(string text, int max = 60)
    {
        var flat = string.Join(' ', text.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= max ? flat : flat.Substring(0, max);
    }

    /// <summary>Where <paramref name="snippet"/> stands in <paramref name="text"/>, spaces matching any run of white space.</summary>
    public static int Find(string text, string snippet, int from = 0)
    {
        var exact = text.IndexOf(snippet, from, StringComparison.Ordinal);
        if (exact >= 0) return exact;
        var pattern = string.Join(@"\s+", snippet.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(System.Text.RegularExpressions.Regex.Escape));
        var match = System.Text.RegularExpressions.Regex.Match(text.Substring(from), pattern);
        return match.Success ? from + match.Index : -1;
    }
}
