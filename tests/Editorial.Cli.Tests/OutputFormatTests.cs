using System.Text.Json;

namespace Editorial.Cli.Tests;

public class OutputFormatTests
{
    private const string Article = "The talks in Kiev went on.\nKiev said no.\n";

    [Fact]
    public void Msbuild_lines_name_files_relative_to_the_current_directory()
    {
        using var cli = new CliHarness();
        cli.Write("news/one.txt", Article);
        var outcome = cli.Run("check", "news");
        outcome.Lines.ShouldBe(
        [
            "news/one.txt(1,14,1,18): warning EDT001: Use 'Kyiv', not 'Kiev'",
            "news/one.txt(2,1,2,5): warning EDT001: Use 'Kyiv', not 'Kiev'",
        ]);
        outcome.Error.ShouldBe("Checked 1 file: 0 errors, 2 warnings, 0 suggestions.\n");
        outcome.ExitCode.ShouldBe(0);
    }

    [Fact]
    public void Msbuild_lines_keep_the_full_path_of_a_file_outside_the_current_directory()
    {
        using var cli = new CliHarness();
        using var other = new CliHarness();
        var path = other.Write("far.txt", Article);
        var outcome = cli.Run("check", path);
        outcome.Lines[0].ShouldBe(path + "(1,14,1,18): warning EDT001: Use 'Kyiv', not 'Kiev'");
    }

    [Fact]
    public void Json_has_the_format_version_the_tool_and_the_diagnostics_with_location_help_and_fix()
    {
        using var cli = new CliHarness();
        cli.Write("news/one.txt", Article);
        var outcome = cli.Run("check", "news", "--format", "json");
        using var document = JsonDocument.Parse(outcome.Output);
        document.RootElement.GetProperty("version").GetInt32().ShouldBe(1);
        document.RootElement.GetProperty("tool").GetProperty("name").GetString().ShouldBe("Editorial");
        var diagnostics = document.RootElement.GetProperty("diagnostics");
        diagnostics.GetArrayLength().ShouldBe(2);
        var first = diagnostics[0];
        first.GetProperty("id").GetString().ShouldBe("EDT001");
        first.GetProperty("severity").GetString().ShouldBe("warning");
        first.GetProperty("message").GetString().ShouldBe("Use 'Kyiv', not 'Kiev'");
        first.GetProperty("path").GetString().ShouldBe("news/one.txt");
        first.GetProperty("line").GetInt32().ShouldBe(1);
        first.GetProperty("column").GetInt32().ShouldBe(14);
        first.GetProperty("endLine").GetInt32().ShouldBe(1);
        first.GetProperty("endColumn").GetInt32().ShouldBe(18);
        first.GetProperty("helpLink").GetString().ShouldBe("https://github.com/editorial-tools/editorial/blob/main/docs/rules/EDT001.md");
        first.GetProperty("related").GetArrayLength().ShouldBe(0);
        var fix = first.GetProperty("fix");
        fix.GetProperty("title").GetString().ShouldBe("Use 'Kyiv'");
        fix.GetProperty("start").GetInt32().ShouldBe(13);
        fix.GetProperty("length").GetInt32().ShouldBe(4);
        fix.GetProperty("newText").GetString().ShouldBe("Kyiv");
        first.GetProperty("properties").EnumerateObject().ShouldBeEmpty();
    }

    [Fact]
    public void Json_and_sarif_write_the_properties_a_rule_sets_and_keep_them_through_a_severity_change()
    {
        var article = Editorial.Articles.Article.Parse("/tmp/base/a.txt", "Kiev and Kyiv.");
        var properties = new Dictionary<string, string> { ["speaker"] = "the mayor", ["attribution"] = "same-sentence" };
        var diagnostic = new Editorial.Diagnostics.Diagnostic(KievRule.Descriptor, article.GetLocation(new Editorial.Text.TextSpan(0, 4)),
            Editorial.Diagnostics.Severity.Warning, ["Kiev"], properties: properties).WithSeverity(Editorial.Diagnostics.Severity.Error);
        diagnostic.Properties.ShouldBe(properties);

        using var json = new MemoryStream();
        Editorial.Hosting.Reporting.JsonWriter.Write(json, [diagnostic], "/tmp/base");
        using var jsonDocument = JsonDocument.Parse(json.ToArray());
        var written = jsonDocument.RootElement.GetProperty("diagnostics")[0].GetProperty("properties");
        written.GetProperty("speaker").GetString().ShouldBe("the mayor");
        written.GetProperty("attribution").GetString().ShouldBe("same-sentence");

        using var sarif = new MemoryStream();
        Editorial.Hosting.Reporting.SarifWriter.Write(sarif, [diagnostic], "/tmp/base");
        using var sarifDocument = JsonDocument.Parse(sarif.ToArray());
        var bag = sarifDocument.RootElement.GetProperty("runs")[0].GetProperty("results")[0].GetProperty("properties");
        bag.GetProperty("speaker").GetString().ShouldBe("the mayor");
        bag.GetProperty("attribution").GetString().ShouldBe("same-sentence");
    }

    [Fact]
    public void Json_of_a_clean_run_has_no_diagnostics()
    {
        using var cli = new CliHarness();
        cli.Write("news/one.txt", "Nothing to see.\n");
        var outcome = cli.Run("check", "news", "--format", "json");
        using var document = JsonDocument.Parse(outcome.Output);
        document.RootElement.GetProperty("diagnostics").GetArrayLength().ShouldBe(0);
        outcome.ExitCode.ShouldBe(0);
    }

    [Fact]
    public void Sarif_describes_the_tool_every_rule_and_each_result_with_its_region_and_fix()
    {
        using var cli = new CliHarness();
        cli.Write("news/one.txt", Article);
        var outcome = cli.Run("check", "news", "--format", "sarif");
        using var document = JsonDocument.Parse(outcome.Output);
        var root = document.RootElement;
        root.GetProperty("version").GetString().ShouldBe("2.1.0");
        var run = root.GetProperty("runs")[0];
        var driver = run.GetProperty("tool").GetProperty("driver");
        driver.GetProperty("name").GetString().ShouldBe("Editorial");
        var rules = driver.GetProperty("rules").EnumerateArray().ToList();
        rules.Select(r => r.GetProperty("id").GetString()).ShouldBe(
            ["ED9000", "ED9001", "ED9002", "ED9003", "ED9004", "ED9005", "ED9006", "ED9007", "ED9008", "ED9009", "ED9010", "ED9011", "EDT001"]);
        var rule = rules.Single(r => r.GetProperty("id").GetString() == "EDT001");
        rule.GetProperty("name").GetString().ShouldBe("TestSpelling");
        rule.GetProperty("shortDescription").GetProperty("text").GetString().ShouldBe("Test spelling");
        rule.GetProperty("defaultConfiguration").GetProperty("level").GetString().ShouldBe("warning");
        rule.GetProperty("properties").GetProperty("category").GetString().ShouldBe("Spelling");
        run.GetProperty("columnKind").GetString().ShouldBe("utf16CodeUnits");
        run.GetProperty("originalUriBaseIds").GetProperty("SRCROOT").GetProperty("uri").GetString()
            .ShouldBe(new Uri(cli.Root + Path.DirectorySeparatorChar).AbsoluteUri);

        var result = run.GetProperty("results")[1];
        result.GetProperty("ruleId").GetString().ShouldBe("EDT001");
        result.GetProperty("ruleIndex").GetInt32().ShouldBe(rules.IndexOf(rule));
        result.GetProperty("level").GetString().ShouldBe("warning");
        result.GetProperty("message").GetProperty("text").GetString().ShouldBe("Use 'Kyiv', not 'Kiev'");
        var physical = result.GetProperty("locations")[0].GetProperty("physicalLocation");
        physical.GetProperty("artifactLocation").GetProperty("uri").GetString().ShouldBe("news/one.txt");
        physical.GetProperty("artifactLocation").GetProperty("uriBaseId").GetString().ShouldBe("SRCROOT");
        var region = physical.GetProperty("region");
        (region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32(),
            region.GetProperty("endLine").GetInt32(), region.GetProperty("endColumn").GetInt32()).ShouldBe((2, 1, 2, 5));
        var replacement = result.GetProperty("fixes")[0].GetProperty("artifactChanges")[0].GetProperty("replacements")[0];
        replacement.GetProperty("deletedRegion").GetProperty("charOffset").GetInt32().ShouldBe(27);
        replacement.GetProperty("deletedRegion").GetProperty("charLength").GetInt32().ShouldBe(4);
        replacement.GetProperty("insertedContent").GetProperty("text").GetString().ShouldBe("Kyiv");
        run.GetProperty("artifacts")[0].GetProperty("location").GetProperty("uri").GetString().ShouldBe("news/one.txt");
    }

    [Fact]
    public void Sarif_writes_related_locations_with_ids_and_escapes_uris()
    {
        var article = Editorial.Articles.Article.Parse("/tmp/base/my folder/a.txt", "Kiev and Kyiv.");
        var related = article.GetLocation(new Editorial.Text.TextSpan(9, 4));
        var diagnostic = new Editorial.Diagnostics.Diagnostic(KievRule.Descriptor, article.GetLocation(new Editorial.Text.TextSpan(0, 4)),
            Editorial.Diagnostics.Severity.Suggestion, ["Kiev"], [related]);
        using var stream = new MemoryStream();
        Editorial.Hosting.Reporting.SarifWriter.Write(stream, [diagnostic], "/tmp/base");
        using var document = JsonDocument.Parse(stream.ToArray());
        var result = document.RootElement.GetProperty("runs")[0].GetProperty("results")[0];
        result.GetProperty("level").GetString().ShouldBe("note");
        result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString().ShouldBe("my%20folder/a.txt");
        var relatedLocation = result.GetProperty("relatedLocations")[0];
        relatedLocation.GetProperty("id").GetInt32().ShouldBe(1);
        relatedLocation.GetProperty("message").GetProperty("text").GetString().ShouldBe("Related to EDT001");
        relatedLocation.GetProperty("physicalLocation").GetProperty("region").GetProperty("startColumn").GetInt32().ShouldBe(10);
    }

    [Fact]
    public void Output_option_writes_the_report_to_a_file()
    {
        using var cli = new CliHarness();
        cli.Write("news/one.txt", Article);
        var outcome = cli.Run("check", "news", "--format", "sarif", "--output", "report.sarif");
        outcome.Output.ShouldBeEmpty();
        using var document = JsonDocument.Parse(File.ReadAllBytes(cli.PathOf("report.sarif")));
        document.RootElement.GetProperty("runs")[0].GetProperty("results").GetArrayLength().ShouldBe(2);
    }
}
