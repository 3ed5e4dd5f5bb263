using System.Text.Json;

namespace Editorial.Cli.Tests;

/// <summary><c>editorial stories</c>, and the story that reports carry for findings across articles (texts made up for the test).</summary>
public class StoriesCommandTests
{
    private const string Named = "---\nstory: halden-crash\n---\n";

    [Fact]
    public void Stories_lists_each_story_with_why_each_article_is_in_it()
    {
        using var cli = new CliHarness();
        cli.Write("news/a.md", Named + "The plane carrying 150 passengers crashed near Halden.\n");
        cli.Write("news/b.md", Named + "The jet with 159 passengers on board went down near Halden.\n");
        cli.Write("news/c.md", "A new bridge opened in Ostmark.\n");
        var outcome = cli.Run("stories", "news");
        outcome.Lines.ShouldBe(
        [
            "halden-crash (2 articles, named)",
            "  news/a.md: front matter story: halden-crash",
            "  news/b.md: front matter story: halden-crash",
            "(alone: 1 article)",
            "  news/c.md: alone: no other article shares one of its rarest names",
        ]);
        outcome.ExitCode.ShouldBe(0);
    }

    [Fact]
    public void An_article_that_cannot_be_read_is_named_and_exits_1_as_in_check_and_a_broken_configuration_exits_2()
    {
        using var cli = new CliHarness();
        cli.Write("news/a.md", Named + "The plane carrying 150 passengers crashed near Halden.\n");
        cli.WriteBytes("news/b.txt", [(byte)'a', 0, (byte)'b']);
        var outcome = cli.Run("stories", "news");
        outcome.Lines.ShouldBe(["halden-crash (1 article, named)", "  news/a.md: front matter story: halden-crash"]);
        outcome.Error.ShouldBe($"news/b.txt(1,2,1,2): error ED9002: '{cli.PathOf("news/b.txt")}' is not article text: it holds a NUL character, so it is binary\n");
        outcome.ExitCode.ShouldBe(ExitCodes.Errors);

        cli.Write("news/.editorconfig", "[*.md]\neditorial.outlet = nosuch\n");
        cli.Run("stories", "news").ExitCode.ShouldBe(ExitCodes.UsageOrConfiguration);
    }

    [Fact]
    public void Json_and_sarif_carry_the_story_of_a_finding_across_articles()
    {
        using var cli = new CliHarness { Rules = Editorial.Engine.RuleCatalog.Rules };
        cli.Write("news/one/a.md", Named + "The plane carrying 150 passengers crashed near Halden.\n");
        cli.Write("news/two/b.md", Named + "The jet with 159 passengers on board went down near Halden.\n");

        using var json = JsonDocument.Parse(cli.Run("check", "news", "--format", "json").Output);
        var findings = json.RootElement.GetProperty("diagnostics").EnumerateArray().Where(d => d.GetProperty("id").GetString() == "ED2002").ToList();
        findings.Count.ShouldBe(2);
        findings.ShouldAllBe(d => d.GetProperty("properties").GetProperty("story").GetString() == "halden-crash");
        // The message names the other article relative to the checked folder; the related location has its full place.
        findings[0].GetProperty("message").GetString()!.ShouldContain("in two/b.md(4,14)");

        using var sarif = JsonDocument.Parse(cli.Run("check", "news", "--format", "sarif").Output);
        var results = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Where(r => r.GetProperty("ruleId").GetString() == "ED2002").ToList();
        results.Count.ShouldBe(2);
        results.ShouldAllBe(r => r.GetProperty("properties").GetProperty("story").GetString() == "halden-crash");
    }
}
