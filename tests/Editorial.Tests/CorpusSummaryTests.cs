using Editorial.Configuration;
using Editorial.Diagnostics;
using Editorial.Engine;
using Editorial.Rules;
using Editorial.Text;

namespace Editorial.Tests;

/// <summary>A whole-run check holds articles as the summaries corpus rules keep (<see cref="CorpusRule.Summarize"/>): what a
/// rule kept is read in the cross-article pass, and reading an article's tokens there fails loudly, never silently.</summary>
public class CorpusSummaryTests
{
    private static readonly DiagnosticDescriptor WordCount = new("TEST01", "Word count", "{0} words", RuleCategory.Hygiene, Severity.Warning,
        "Counts an article's words in the cross-article pass.", isCrossArticle: true);

    private sealed record Words(int Count)
    {
        public static Words Of(AnalyzedArticle article) => article.GetShared(a => new Words(a.Article.Tokens.Count(t => t.IsWord)));
    }

    private sealed class CountWords(bool summarizes) : CorpusRule
    {
        public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [WordCount];

        public override void Summarize(AnalyzedArticle article)
        {
            if (summarizes) article.Keep(Words.Of(article));
        }

        public override void Analyze(CorpusContext context)
        {
            foreach (var article in context.Articles) context.Report(article, WordCount, new TextSpan(0, 0), [Words.Of(article).Count]);
        }
    }

    private static List<string> Check(CorpusRule rule) =>
        new EditorialEngine(rules: [rule]).Check([new ArticleInput("a.txt", "The talks went on.", ArticleSettings.Empty)])
            .Select(d => $"{d.Location.Path}{d.Location.LineSpan}: {d.Id}: {d.Message}").ToList();

    [Fact]
    public void What_a_corpus_rule_keeps_is_read_in_the_cross_article_pass()
    {
        Check(new CountWords(summarizes: true)).ShouldBe(["a.txt(1,1,1,1): TEST01: 4 words"]);
    }

    [Fact]
    public void Reading_released_tokens_in_the_cross_article_pass_is_ED9000_naming_the_rule()
    {
        Check(new CountWords(summarizes: false)).ShouldBe(
        [
            "a.txt(1,1,1,1): ED9000: Rule TEST01 failed on this article: InvalidOperationException: The tokens of a.txt were released after " +
            "the per-article pass; a corpus rule keeps what it reads of them in CorpusRule.Summarize.",
        ]);
    }

    [Fact]
    public void Only_an_analysis_shared_by_the_article_can_be_kept()
    {
        var article = new EditorialEngine().Prepare(Articles.Article.Parse("a.txt", "The talks went on."), ArticleSettings.Empty, out _);
        Should.Throw<ArgumentException>(() => article.Keep(new Words(4)));
    }
}
