using Editorial.Articles;
using Editorial.Diagnostics;
using Editorial.Rules;
using Editorial.Text;

namespace Editorial.Analyzers.Tests;

/// <summary>
/// Rules that exist only for these tests: this branch has no ED1xxx rules yet, and the analyzer must carry whatever the
/// catalog holds. They report and fix the way real rules do (a word with a fix, a quotation-sensitive finding, a corpus finding
/// with related locations, a rule that throws), through the same engine and sink.
/// </summary>
public static class TestRules
{
    public static readonly DiagnosticDescriptor Spelling = new(
        "EDT1001", "Test spelling", "Use '{0}' rather than '{1}'", RuleCategory.Spelling, Severity.Warning,
        "Reports a fixed list of misspellings, with a fix.");

    public static readonly DiagnosticDescriptor OffByDefault = new(
        "EDT1002", "Test rule off by default", "The word '{0}'", RuleCategory.Hygiene, Severity.None,
        "Reports the word 'Monday'; off unless configured.");

    public static readonly DiagnosticDescriptor Consistency = new(
        "EDT2001", "Test cross-article consistency", "'{0}' here, '{1}' in {2}", RuleCategory.Spelling, Severity.Warning,
        "Reports an article spelling a name differently from another article of the set.");

    public static readonly DiagnosticDescriptor Failing = new(
        "EDT9999", "Test rule that throws", "never reported", RuleCategory.Configuration, Severity.Warning,
        "Throws on articles holding the word BOOM.");

    /// <summary>The misspellings <see cref="SpellingRule"/> reports and what it replaces them with.</summary>
    public static readonly IReadOnlyDictionary<string, string> Corrections = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Zelensky"] = "Zelenskyy",
        ["kyiv"] = "Kyiv",
    };

    public static IReadOnlyList<Rule> All { get; } = [new SpellingRule(), new OffByDefaultRule(), new ConsistencyRule(), new FailingRule()];

    public sealed class SpellingRule : ArticleRule
    {
        public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [Spelling];

        public override void Analyze(ArticleContext context)
        {
            foreach (var token in context.Article.Tokens)
            {
                if (!Corrections.TryGetValue(token.Text, out var preferred)) continue;
                context.Report(Spelling, token.Span, [preferred, token.Text],
                    fix: new Fix($"Use '{preferred}' ({context.Profile.Name} style)", new TextEdit(token.Span, preferred)),
                    quotationSensitive: true);
            }
        }
    }

    public sealed class OffByDefaultRule : ArticleRule
    {
        public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [OffByDefault];

        public override void Analyze(ArticleContext context)
        {
            foreach (var token in context.Article.Tokens.Where(t => t.Text == "Monday"))
            {
                context.Report(OffByDefault, token.Span, [token.Text]);
            }
        }
    }

    /// <summary>Reports the first "Zelensky" of an article when another article of the set writes "Zelenskyy", pointing at it.</summary>
    public sealed class ConsistencyRule : CorpusRule
    {
        public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [Consistency];

        /// <summary>The first of each spelling in one article: what the cross-article pass reads, kept when the tokens go.</summary>
        private sealed record Spellings(Token? Preferred, Token? Variant);

        private static Spellings Find(AnalyzedArticle article) => new(
            article.Article.Tokens.Where(t => t.Text == "Zelenskyy").Cast<Token?>().FirstOrDefault(),
            article.Article.Tokens.Where(t => t.Text == "Zelensky").Cast<Token?>().FirstOrDefault());

        public override void Summarize(AnalyzedArticle article) => article.Keep(article.GetShared(Find));

        public override void Analyze(CorpusContext context)
        {
            var preferred = context.Articles
                .Select(a => (Article: a, Token: a.GetShared(Find).Preferred))
                .FirstOrDefault(found => found.Token is not null);
            if (preferred.Article is null) return;
            foreach (var analyzed in context.Articles)
            {
                if (analyzed.GetShared(Find).Variant is not { } variant) continue;
                var related = preferred.Article.Article.GetLocation(preferred.Token!.Value.Span);
                context.Report(analyzed, Consistency, variant.Span, [variant.Text, preferred.Token.Value.Text, preferred.Article.Article.Path], [related]);
            }
        }
    }

    public sealed class FailingRule : ArticleRule
    {
        public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [Failing];

        public override void Analyze(ArticleContext context)
        {
            if (context.Article.Text.Contains("BOOM", StringComparison.Ordinal)) throw new InvalidOperationException("boom");
        }
    }
}
