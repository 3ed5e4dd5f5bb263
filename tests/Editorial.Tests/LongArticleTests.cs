using System.Text;
using Editorial.Articles;
using Editorial.Configuration;
using Editorial.Diagnostics;
using Editorial.Engine;
using Editorial.Rules;
using Editorial.Text;

namespace Editorial.Tests;

/// <summary>An article of <see cref="EditorialEngine.RulesInParallelFrom"/> characters or more, or any article of an engine
/// with <see cref="EditorialEngine.ArticleRulesInParallel"/> (the analyzer's), has its rules run in parallel: it gets the
/// findings its rules find one by one, in the rules' order, and an analysis they share is made once.</summary>
public class LongArticleTests
{
    private static string LongArticle(string paragraph)
    {
        var text = new StringBuilder();
        while (text.Length < EditorialEngine.RulesInParallelFrom) text.Append(paragraph).Append("\n\n");
        return text.ToString();
    }

    private sealed class Made
    {
        public static Made Of(AnalyzedArticle article, int[] count) => article.GetShared(_ =>
        {
            Interlocked.Increment(ref count[0]);
            // Long enough for the other rules to ask while it is being made.
            Thread.Sleep(50);
            return new Made();
        });
    }

    private sealed class ReportsShared(string id, int[] count) : ArticleRule
    {
        private readonly DiagnosticDescriptor _descriptor = new(id, "Shared", "Read by {0}", RuleCategory.Hygiene, Severity.Warning, "Reads a shared analysis.");

        public override IReadOnlyList<DiagnosticDescriptor> Descriptors => [_descriptor];

        public override void Analyze(ArticleContext context)
        {
            Made.Of(context.Analyzed, count);
            context.Report(_descriptor, new TextSpan(0, 0), [id]);
        }
    }

    [Fact]
    public void Rules_of_a_long_article_share_one_analysis_and_report_in_their_order()
    {
        var made = new int[1];
        var ids = Enumerable.Range(1, 8).Select(i => $"TEST1{i}").ToList();
        var engine = new EditorialEngine(rules: ids.Select(id => (Rule)new ReportsShared(id, made)).ToList());
        var article = engine.Prepare(Article.Parse("long.txt", LongArticle("The talks went on.")), ArticleSettings.Empty, out _);

        engine.AnalyzeArticle(article).Select(d => d.Id).ShouldBe(ids);
        made[0].ShouldBe(1);
    }

    [Fact]
    public void A_long_article_gets_the_findings_of_each_rule_run_alone()
    {
        var text = LongArticle("Officials said 12 people were killed in Lviv on Monday. The organisation said 14 people were killed in Lviv on Monday. " +
                               "“We will rebuild,” she said. The the mayor visited the colour-coded shelters , and the organization thanked him.");
        IReadOnlyList<Diagnostic> Analyze(EditorialEngine engine) =>
            engine.AnalyzeArticle(engine.Prepare(Article.Parse("long.txt", text), ArticleSettings.Empty, out _));
        string Describe(Diagnostic d) => $"{d.Location.Span} {d.Id}: {d.Message}";

        var alone = RuleCatalog.Rules.OfType<ArticleRule>().SelectMany(rule => Analyze(new EditorialEngine(rules: [rule]))).Select(Describe).ToList();

        alone.ShouldNotBeEmpty();
        Analyze(new EditorialEngine()).Select(Describe).ShouldBe(alone);
    }

    [Fact]
    public void An_engine_that_runs_every_articles_rules_in_parallel_gives_a_short_article_the_findings_of_each_rule_run_alone()
    {
        const string text = "Officials said 12 people were killed in Lviv on Monday. The organisation said 14 people were killed in Lviv on Monday. " +
                            "“We will rebuild,” she said. The the mayor visited the colour-coded shelters , and the organization thanked him.\n";
        IReadOnlyList<Diagnostic> Analyze(EditorialEngine engine) =>
            engine.AnalyzeArticle(engine.Prepare(Article.Parse("short.txt", text), ArticleSettings.Empty, out _));
        string Describe(Diagnostic d) => $"{d.Location.Span} {d.Id}: {d.Message}";

        var alone = RuleCatalog.Rules.OfType<ArticleRule>().SelectMany(rule => Analyze(new EditorialEngine(rules: [rule]))).Select(Describe).ToList();

        alone.ShouldNotBeEmpty();
        Analyze(new EditorialEngine { ArticleRulesInParallel = true }).Select(Describe).ShouldBe(alone);
    }

    [Fact]
    public void Rules_run_in_parallel_on_a_short_article_share_one_analysis_and_report_in_their_order()
    {
        var made = new int[1];
        var ids = Enumerable.Range(1, 8).Select(i => $"TEST1{i}").ToList();
        var engine = new EditorialEngine(rules: ids.Select(id => (Rule)new ReportsShared(id, made)).ToList()) { ArticleRulesInParallel = true };
        var article = engine.Prepare(Article.Parse("short.txt", "The talks went on.\n"), ArticleSettings.Empty, out _);

        engine.AnalyzeArticle(article).Select(d => d.Id).ShouldBe(ids);
        made[0].ShouldBe(1);
    }
}
