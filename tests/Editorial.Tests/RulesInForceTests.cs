using Editorial.Articles;
using Editorial.Configuration;
using Editorial.Diagnostics;
using Editorial.Engine;
using Editorial.Rules;
using Editorial.Text;

namespace Editorial.Tests;

/// <summary>A rule whose every diagnostic is off for an article (severity <c>none</c>, by default or by the folder's
/// configuration) is not run on it: its findings would only be dropped.</summary>
public class RulesInForceTests
{
    private sealed class CountingRule(Severity severity) : ArticleRule
    {
        private readonly DiagnosticDescriptor _descriptor = new("TEST31", "Counting", "Run on {0}", RuleCategory.Attribution, severity, "Counts its runs.");

        public int Runs { get; private set; }

        public override IReadOnlyList<DiagnosticDescriptor> Descriptors => [_descriptor];

        public override void Analyze(ArticleContext context)
        {
            Runs++;
            context.Report(_descriptor, new TextSpan(0, 3), [context.Article.Path]);
        }
    }

    private static IReadOnlyList<Diagnostic> Check(CountingRule rule, ArticleSettings settings)
    {
        var engine = new EditorialEngine(rules: [rule]);
        var article = engine.Prepare(Article.Parse("talks.txt", "The talks went on.\n"), settings, out _);
        return engine.AnalyzeArticle(article);
    }

    [Fact]
    public void A_rule_that_is_off_by_default_is_not_run()
    {
        var rule = new CountingRule(Severity.None);

        Check(rule, ArticleSettings.Empty).ShouldBeEmpty();
        rule.Runs.ShouldBe(0);
    }

    [Fact]
    public void A_rule_that_a_folder_turns_on_is_run_and_reports()
    {
        var rule = new CountingRule(Severity.None);
        var settings = new ArticleSettings(new Dictionary<string, string> { ["editorial.TEST31.severity"] = "suggestion" });

        var diagnostic = Check(rule, settings).ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("TEST31");
        diagnostic.Severity.ShouldBe(Severity.Suggestion);
        diagnostic.Location.Span.ShouldBe(new TextSpan(0, 3));
        rule.Runs.ShouldBe(1);
    }

    [Fact]
    public void A_rule_that_a_folder_turns_off_is_not_run()
    {
        var rule = new CountingRule(Severity.Warning);
        var settings = new ArticleSettings(new Dictionary<string, string> { ["editorial.TEST31.severity"] = "none" });

        Check(rule, settings).ShouldBeEmpty();
        rule.Runs.ShouldBe(0);
    }
}
