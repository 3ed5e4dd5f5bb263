using Editorial.Text;

namespace Editorial.Eval;

/// <summary>A judgement of one finding from the false-alarm audit: would a sub-editor change the copy here?</summary>
public sealed record AuditLabel(string Corpus, string Article, string Rule, int Line, string Text, bool Accept, string Note)
{
    public string Key => Keys.Of(Corpus, Article, Rule, Line, Text);
}

/// <summary>Two figures that a reader could take for one count, and what they are to each other (docs/evaluation.md).</summary>
public sealed record FigurePairLabel(string Corpus, string Event, string ArticleA, string SnippetA, string ArticleB, string SnippetB, string Label, string Note)
{
    public bool IsConflict => Label == "conflict";
}

/// <summary>One occurrence of a name or word that has another form for the same entity: <c>variant</c> (expect a finding)
/// or <c>ok</c> (expect none); or <c>misspelt</c>, a lone misspelling with no other form of its word in the article, right
/// to report (ED1009) but no inconsistency between forms, so it is counted apart from the variant units.</summary>
public sealed record SpellingLabel(string Corpus, string Article, string Snippet, string Form, string Label, string Entity, string Note)
{
    public bool IsVariant => Label == "variant";

    public bool IsLoneMisspelling => Label == "misspelt";

    /// <summary>True when a finding here is right.</summary>
    public bool WantsFinding => IsVariant || IsLoneMisspelling;
}

public static class Keys
{
    public static string Of(string corpus, string article, string rule, int line, string text) => $"{corpus}\t{article}\t{rule}\t{line}\t{text}";

    public static string Of(Finding finding) => Of(finding.Article.Corpus, finding.Article.Id, finding.Rule, finding.Line, finding.Flagged);
}

public sealed class LabelSet
{
    public List<AuditLabel> Audit { get; } = [];
    public List<FigurePairLabel> FigurePairs { get; } = [];
    public List<SpellingLabel> Spelling { get; } = [];
    /// <summary>The labelling round of an article's spelling units, by its key (corpus/article); <see cref="FirstSpellingRound"/> when unlisted.</summary>
    public Dictionary<string, string> SpellingRounds { get; } = new(StringComparer.Ordinal);

    public const string AuditFile = "audit.tsv";
    public const string FigurePairsFile = "figure-pairs.tsv";
    public const string SpellingFile = "spelling.tsv";
    /// <summary>The labelling round of the spelling units of an article labelled after the rules had been tuned on the first
    /// ones (corpus, article, round): recall on the latest round is the closest to copy nobody tuned on.</summary>
    public const string SpellingRoundsFile = "spelling-rounds.tsv";
    /// <summary>The round of the articles <see cref="SpellingRoundsFile"/> does not list.</summary>
    public const string FirstSpellingRound = "first";
    public const string AuditHeader = "corpus\tarticle\trule\tline\ttext\tverdict\tnote";
    public const string SpellingHeader = "corpus\tarticle\tsnippet\tform\tlabel\tentity\tnote";

    public static LabelSet Read(string directory)
    {
        var set = new LabelSet();
        foreach (var row in RowsOf(directory, AuditFile))
        {
            set.Audit.Add(new AuditLabel(row["corpus"], row["article"], row["rule"], int.Parse(row["line"]), row["text"],
                row["verdict"] switch { "accept" => true, "reject" => false, var v => throw new EvalException($"audit verdict '{v}' is not accept or reject") },
                row["note"]));
        }
        foreach (var row in RowsOf(directory, FigurePairsFile))
        {
            set.FigurePairs.Add(new FigurePairLabel(row["corpus"], row["event"], row["a_article"], row["a_snippet"], row["b_article"], row["b_snippet"], row["label"], row["note"]));
        }
        foreach (var row in RowsOf(directory, SpellingFile))
        {
            set.Spelling.Add(new SpellingLabel(row["corpus"], row["article"], row["snippet"], row["form"], row["label"], row["entity"], row["note"]));
        }
        foreach (var row in RowsOf(directory, SpellingRoundsFile))
        {
            set.SpellingRounds[row["corpus"] + "/" + row["article"]] = row["round"];
        }
        return set;
    }

    private static IEnumerable<Dictionary<string, string>> RowsOf(string directory, string file)
    {
        var path = Path.Combine(directory, file);
        return File.Exists(path) ? Tsv.Read(path) : [];
    }
}

/// <summary>Finds where a label's snippet stands in the article text the engine was given.</summary>
public static class Locator
{
    /// <summary>The span of <paramref name="form"/> inside the first place <paramref name="snippet"/> stands; null when
    /// the snippet is not in the text (a label that no longer fits the corpus is reported, not guessed).</summary>
    public static TextSpan? Locate(string text, string snippet, string? form = null)
    {
        var at = Snippets.Find(text, snippet);
        if (at < 0) return null;
        if (string.IsNullOrEmpty(form)) return new TextSpan(at, snippet.Length);
        var inner = text.IndexOf(form, at, StringComparison.Ordinal);
        return inner < 0 || inner > at + snippet.Length + 8 ? null : new TextSpan(inner, form.Length);
    }
}
