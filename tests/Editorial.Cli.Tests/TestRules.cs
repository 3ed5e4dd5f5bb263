using Editorial.Diagnostics;
using Editorial.Rules;

namespace Editorial.Cli.Tests;

/// <summary>
/// Rules that exist only for these tests: the host is tested with findings whose place and text are known exactly,
/// independent of the real rules (which have their own tests). The word rule reports every "Kiev" and fixes it to "Kyiv".
/// </summary>
public sealed class KievRule : ArticleRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "EDT001", "Test spelling", "Use 'Kyiv', not '{0}'", RuleCategory.Spelling, Severity.Warning,
        "A rule for the host tests: reports the word Kiev.", offersFix: true);

    public override IReadOnlyList<DiagnosticDescriptor> Descriptors => [Descriptor];

    public override void Analyze(ArticleContext context)
    {
        foreach (var token in context.Article.Tokens)
        {
            if (token.IsWord && token.Text.Equals("Kiev", StringComparison.OrdinalIgnoreCase))
            {
                context.Report(Descriptor, token.Span, [token.Text], fix: new Fix("Use 'Kyiv'", new TextEdit(token.Span, "Kyiv")));
            }
        }
    }
}

/// <summary>Reports "Kiev region" as a whole, so its fix overlaps the word rule's fix on "Kiev".</summary>
public sealed class KievRegionRule : ArticleRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "EDT002", "Test phrase", "Use 'Kyiv Oblast', not '{0}'", RuleCategory.Spelling, Severity.Suggestion,
        "A rule for the host tests: reports the phrase Kiev region.", offersFix: true);

    public override IReadOnlyList<DiagnosticDescriptor> Descriptors => [Descriptor];

    public override void Analyze(ArticleContext context)
    {
        var text = context.Article.Text;
        for (var index = text.IndexOf("Kiev region", StringComparison.Ordinal); index >= 0; index = text.IndexOf("Kiev region", index + 1, StringComparison.Ordinal))
        {
            var span = new Editorial.Text.TextSpan(index, "Kiev region".Length);
            context.Report(Descriptor, span, ["Kiev region"], fix: new Fix("Use 'Kyiv Oblast'", new TextEdit(span, "Kyiv Oblast")));
        }
    }
}

/// <summary>Reports "kyiv" written in lower case, as the AP seed has it six times, and fixes it to "Kyiv".</summary>
public sealed class LowercaseKyivRule : ArticleRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "EDT003", "Test capital", "Capitalise '{0}'", RuleCategory.Spelling, Severity.Warning,
        "A rule for the host tests: reports kyiv in lower case.", offersFix: true);

    public override IReadOnlyList<DiagnosticDescriptor> Descriptors => [Descriptor];

    public override void Analyze(ArticleContext context)
    {
        foreach (var token in context.Article.Tokens)
        {
            if (token.IsWord && token.Text == "kyiv")
            {
                context.Report(Descriptor, token.Span, [token.Text], fix: new Fix("Use 'Kyiv'", new TextEdit(token.Span, "Kyiv")));
            }
        }
    }
}

/// <summary>A rule with a bug: asking for its descriptors throws, as an unexpected fault anywhere in a command would.</summary>
public sealed class FaultyRule : ArticleRule
{
    public override IReadOnlyList<DiagnosticDescriptor> Descriptors => throw new InvalidOperationException("descriptors are broken");

    public override void Analyze(ArticleContext context)
    {
    }
}

/// <summary>A cross-article rule for the host tests: each article that says "Kiev" while another article of the run says it
/// too is reported at its first "Kiev", with the other article's first one as the related location.</summary>
public sealed class SharedKievRule : CorpusRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "EDT004", "Test cross-article", "'Kiev' is also in {0}", RuleCategory.Spelling, Severity.Suggestion,
        "A rule for the host tests: reports the word Kiev found in more than one article.");

    public override IReadOnlyList<DiagnosticDescriptor> Descriptors => [Descriptor];

    /// <summary>An article's first "Kiev": what the cross-article pass reads, kept when the tokens go.</summary>
    private sealed record FirstKiev(Editorial.Text.TextSpan? Span);

    private static FirstKiev Find(AnalyzedArticle article) =>
        new(article.Article.Tokens.Where(t => t.IsWord && t.Text == "Kiev").Select(t => (Editorial.Text.TextSpan?)t.Span).FirstOrDefault());

    public override void Summarize(AnalyzedArticle article) => article.Keep(article.GetShared(Find));

    public override void Analyze(CorpusContext context)
    {
        var firsts = context.Articles
            .Where(article => article.GetShared(Find).Span is not null)
            .Select(article => (Article: article, Span: article.GetShared(Find).Span!.Value))
            .ToList();
        foreach (var (article, span) in firsts)
        {
            var others = firsts.Where(found => found.Article != article).ToList();
            if (others.Count == 0) continue;
            var other = others[0];
            context.Report(article, Descriptor, span, [Path.GetFileName(other.Article.Article.Path)],
                related: [other.Article.Article.GetLocation(other.Span)]);
        }
    }
}

/// <summary>
/// Stands for a reporter who saves the article in an editor while <c>fix</c> is checking it: the word rule's findings, and,
/// while checking an article whose text holds <see cref="Marker"/>, that article's file rewritten on disk with
/// <see cref="SavedText"/>, as the editor would save it.
/// </summary>
public sealed class SavedDuringCheckRule : ArticleRule
{
    public const string Marker = "Kiev talks";
    public const string SavedText = "The Kiev talks, with the reporter's new paragraph.\n\nIt matters.\n";

    private readonly KievRule _words = new();

    public override IReadOnlyList<DiagnosticDescriptor> Descriptors => _words.Descriptors;

    public override void Analyze(ArticleContext context)
    {
        _words.Analyze(context);
        if (context.Article.Text.Contains(Marker, StringComparison.Ordinal) && context.Article.Text != SavedText)
        {
            File.WriteAllText(context.Article.Path, SavedText);
        }
    }
}
