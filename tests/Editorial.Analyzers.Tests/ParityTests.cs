using Editorial.Configuration;
using Editorial.Engine;
using Editorial.Profiles;
using Editorial.Tests;

namespace Editorial.Analyzers.Tests;

/// <summary>
/// The analyzer and the engine (as the CLI and the MSBuild task run it) report the same thing for the same articles and
/// settings: ID, path, line and column, message, severity, related locations and fix. Per-article and cross-article findings,
/// configuration problems and rule failures included.
/// </summary>
public sealed class ParityTests
{
    private const string ProfilePath = "/newsroom/rules/gazette.yml";
    private const string ProfileText = "name: gazette\ntitle: The Gazette\nseverities:\n  EDT1001: error\n";

    /// <summary>The seed articles and a few constructed ones, each with the <c>.editorconfig</c> keys that apply to its folder.</summary>
    private static IReadOnlyList<TestFile> Articles() =>
    [
        new("/newsroom/afp/004.txt", Seeds.Text("afp/004.txt"), new Dictionary<string, string> { ["editorial.outlet"] = "gazette" }),
        new("/newsroom/agency-a/000.txt", Seeds.Text("agency-a/000.txt")),
        new("/newsroom/agency-b/001.txt", Seeds.Text("agency-b/001.txt"), new Dictionary<string, string> { ["editorial.EDT1002.severity"] = "suggestion" }),
        new("/newsroom/aljazeera/002.txt", Seeds.Text("aljazeera/002.txt"), new Dictionary<string, string> { ["editorial.quotation_severity"] = "default" }),
        new("/newsroom/ap/003.txt", Seeds.Text("ap/003.txt"), new Dictionary<string, string> { ["editorial.EDT1001.severity"] = "error", ["editorial.quotation_severity"] = "none" }),
        new("/newsroom/desk/boom.md", "---\noutlet: nosuch\n---\n# BOOM\r\n\r\nZelensky in kyiv.\r\n<!-- editorial-disable-next-line EDT1001 -->\r\nZelensky again.\r\n"),
        new("/newsroom/desk/settings.txt", "Monday: Zelensky.", new Dictionary<string, string> { ["editorial.max_article_chars"] = "many" }),
    ];

    [Fact]
    public async Task The_analyzer_reports_exactly_what_the_engine_reports()
    {
        var articles = Articles();
        var harness = new AnalyzerHarness();
        var analyzerResult = await harness.RunAsync(new EditorialAnalyzer(TestRules.All), [.. articles, new TestFile(ProfilePath, ProfileText)]);
        harness.Exceptions.ShouldBeEmpty();

        var engine = new EditorialEngine(ProfileSet.Load([new ProfileSource(ProfilePath, ProfileText)], RuleCatalog.VocabularyOf(TestRules.All)), TestRules.All);
        var engineResult = engine.Check(articles
            .Select(a => new ArticleInput(a.Path, a.Text, new ArticleSettings(a.Options)))
            .OrderBy(a => a.Path, StringComparer.Ordinal)
            .ToList());

        analyzerResult.Select(AnalyzerHarness.Format).ShouldBe(engineResult.Select(d => d.ToString()));
        analyzerResult.Count.ShouldBeGreaterThan(20);
        analyzerResult.Select(d => d.Id).Distinct().Order().ShouldBe(["ED9000", "ED9005", "ED9006", "EDT1001", "EDT1002", "EDT2001"]);

        foreach (var (roslyn, editorial) in analyzerResult.Zip(engineResult))
        {
            roslyn.AdditionalLocations.Select(Describe).ShouldBe(editorial.RelatedLocations.Select(l => l.ToString()));
            if (editorial.Fix is { } fix)
            {
                roslyn.Properties["Replacement"].ShouldBe(fix.Edit.NewText);
                roslyn.Properties["ReplacementStart"].ShouldBe(fix.Edit.Span.Start.ToString());
                roslyn.Properties["ReplacementLength"].ShouldBe(fix.Edit.Span.Length.ToString());
                roslyn.Properties["FixTitle"].ShouldBe(fix.Title);
            }
            else
            {
                roslyn.Properties.ShouldNotContainKey("Replacement");
            }
        }
    }

    private static string Describe(Microsoft.CodeAnalysis.Location location)
    {
        var span = location.GetLineSpan();
        return $"{span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1},{span.EndLinePosition.Line + 1},{span.EndLinePosition.Character + 1})";
    }
}
