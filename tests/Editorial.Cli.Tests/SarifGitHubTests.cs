using System.Text.Json;
using System.Text.Json.Nodes;

namespace Editorial.Cli.Tests;

/// <summary>
/// The SARIF log as GitHub code scanning takes it: the SARIF multitool's GitHub ingestion rules (see <see cref="SarifMultitool"/>)
/// find nothing in it; each rule carries its docs/rules page as help; results carry a partial fingerprint that survives edits
/// elsewhere in the file, and messages link the related locations they name.
/// </summary>
public class SarifGitHubTests
{
    private const string Story = "---\nstory: halden-crash\n---\n\n";

    private static CliHarness Newsroom()
    {
        var cli = new CliHarness { Rules = Editorial.Engine.RuleCatalog.Rules };
        cli.Write("news/one/a.md", Story + "The plane carrying 150 passengers crashed near Halden. Officials in Kiev and Kyiv spoke.\n");
        cli.Write("news/two/b.md", Story + "The jet with 159 passengers on board went down near Halden.\n");
        return cli;
    }

    [Fact]
    public void GitHubs_ingestion_rules_find_nothing_in_a_log_with_related_locations_fixes_and_configuration_problems()
    {
        using var cli = Newsroom();
        cli.Write(".editorconfig", "root = true\n\n[*.md]\neditorial.ED1001.severity = loud\n");
        cli.WriteBytes("news/binary.txt", [0, 1, 2]);
        cli.Run("check", "news", "--format", "sarif", "--output", "report.sarif").ExitCode.ShouldBe(ExitCodes.UsageOrConfiguration);
        var log = JsonNode.Parse(File.ReadAllText(cli.PathOf("report.sarif")))!;
        log["runs"]![0]!["results"]!.AsArray().Select(r => (string)r!["ruleId"]!).ShouldBe(["ED9006", "ED9002", "ED2002", "ED1001", "ED2002"]);

        SarifMultitool.GitHubFindings(cli.PathOf("report.sarif")).ShouldBeEmpty();
    }

    [Fact]
    public void The_validator_reports_a_rule_without_help()
    {
        using var cli = Newsroom();
        cli.Run("check", "news", "--format", "sarif", "--output", "report.sarif");
        var log = JsonNode.Parse(File.ReadAllText(cli.PathOf("report.sarif")))!;
        log["runs"]![0]!["tool"]!["driver"]!["rules"]![0]!.AsObject().Remove("help");
        File.WriteAllText(cli.PathOf("report.sarif"), log.ToJsonString());

        SarifMultitool.GitHubFindings(cli.PathOf("report.sarif")).ShouldHaveSingleItem().ShouldBe("GH2012 error: Error_MissingHelp (runs[0].tool.driver.rules[0], GitHub Advanced Security)");
    }

    [Fact]
    public void Each_rule_has_its_docs_page_as_help_with_links_made_absolute_and_its_category_as_a_tag()
    {
        using var cli = Newsroom();
        var rules = Sarif(cli)["runs"]![0]!["tool"]!["driver"]!["rules"]!.AsArray();
        var ed1004 = rules.Single(r => (string)r!["id"]! == "ED1004")!;
        var markdown = (string)ed1004["help"]!["markdown"]!;
        markdown.ShouldStartWith("# ED1004: Proper noun written in lower case\n");
        markdown.ShouldContain("([evaluation](https://github.com/editorial-tools/editorial/blob/main/eval/README.md))");
        var text = (string)ed1004["help"]!["text"]!;
        text.ShouldStartWith("ED1004: Proper noun written in lower case");
        text.ShouldNotContain("](");
        ed1004["properties"]!["tags"]!.AsArray().Select(t => (string)t!).ShouldBe(["spelling"]);
        rules.ShouldAllBe(r => r!["help"]!["markdown"]!.GetValue<string>().StartsWith("# " + r["id"]!.GetValue<string>() + ":"));
    }

    [Fact]
    public void A_message_links_the_other_article_it_names_and_links_the_related_places_it_does_not_name_after_it()
    {
        using var cli = Newsroom();
        var results = Sarif(cli)["runs"]![0]!["results"]!.AsArray();
        Message(results, "ED2002", "news/one/a.md").ShouldBe(
            "Conflicting figures for passengers on board in Halden in the same story: “150 passengers” here and “159 passengers” in [two/b.md(5,14)](1) cannot both be true (150 vs 159)");
        Message(results, "ED1001", "news/one/a.md").ShouldBe("'Kyiv' is spelled 'Kiev' elsewhere in this article (see [news/one/a.md(5,69)](1))");
    }

    [Fact]
    public void A_fingerprint_names_the_rule_file_and_snippet_and_survives_lines_added_above()
    {
        using var cli = Newsroom();
        var before = Fingerprints(Sarif(cli));
        cli.Write("news/one/a.md", Story + "A new first paragraph.\n\nThe plane carrying 150 passengers crashed near Halden. Officials in Kiev and Kyiv spoke.\n");
        var after = Fingerprints(Sarif(cli));
        after.ShouldBe(before);
        before.Count.ShouldBe(3);
        before.ShouldAllBe(f => System.Text.RegularExpressions.Regex.IsMatch(f, " [0-9a-f]{32}:1$"));
        before.Select(f => f[^34..]).Distinct().Count().ShouldBe(3);
    }

    [Fact]
    public void The_same_finding_twice_in_a_file_is_told_apart_by_its_order()
    {
        using var cli = new CliHarness();
        cli.Write("a.txt", "Kiev.\nKiev.\n");
        var results = Sarif(cli, "a.txt")["runs"]![0]!["results"]!.AsArray();
        var fingerprints = results.Select(r => (string)r!["partialFingerprints"]![Editorial.Hosting.Reporting.SarifWriter.FingerprintKey]!).ToList();
        fingerprints[0][..32].ShouldBe(fingerprints[1][..32]);
        fingerprints.Select(f => f[32..]).ShouldBe([":1", ":2"]);
    }

    private static JsonNode Sarif(CliHarness cli, string path = "news") => JsonNode.Parse(cli.Run("check", path, "--format", "sarif").Output)!;

    private static string Message(JsonArray results, string id, string uri) =>
        (string)results.Single(r => (string)r!["ruleId"]! == id
            && (string)r["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"]! == uri)!["message"]!["text"]!;

    /// <summary>Rule and file of each result, with its fingerprint.</summary>
    private static List<string> Fingerprints(JsonNode log) =>
        log["runs"]![0]!["results"]!.AsArray().Select(r =>
            $"{r!["ruleId"]} {r["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"]} {r["partialFingerprints"]![Editorial.Hosting.Reporting.SarifWriter.FingerprintKey]}").ToList();
}
