using System.Text.Json;
using Editorial.Diagnostics;
using Editorial.Hosting;
using Editorial.Profiles;
using Editorial.Testing;

namespace Editorial.Build.Tests;

/// <summary>
/// `dotnet build` of projects that reference the packed Editorial package. The findings used here are the configuration
/// diagnostics (ED9xxx): they exist whatever rules the engine has. The parity test covers the rules themselves.
/// </summary>
[Collection(PackageFeedCollection.Name)]
public sealed partial class BuildTests(PackageFeed feed)
{
    private const string Article = "Ukraine said it held talks on a ceasefire on Monday.\n";
    private static readonly string KnownOutlets = string.Join(", ", ProfileSet.BuiltIn.Names);

    [Fact]
    public void Unknown_outlet_in_editorconfig_is_an_error_at_its_line_and_fails_the_build()
    {
        var project = feed.CreateContentProject("UnknownOutlet")
            .Write(".editorconfig", "root = true\n\n[*.txt]\neditorial.outlet = nosuch\n")
            .Write("story.txt", Article);

        var events = project.PathOf("events.txt");

        var build = project.Build(DiagnosticEventLogger.Argument(events));

        build.ExitCode.ShouldBe(1, build.ToString());
        build.Diagnostics.ShouldBe([
            $"{project.PathOf(".editorconfig")}(4,1): error ED9005: Unknown outlet 'nosuch' (from editorial.outlet); known outlets: {KnownOutlets}",
        ], build.ToString());
        File.ReadAllLines(events).ShouldBe([
            $"error ED9005 {project.PathOf(".editorconfig")} 4 1 0 0 {DiagnosticDescriptor.HelpLinkBase}ED9005.md",
        ]);
    }

    [Fact]
    public void Binary_article_is_an_error_and_files_that_are_not_articles_are_left_alone()
    {
        var binary = new byte[] { (byte)'a', (byte)'b', 0, (byte)'c' };
        var project = feed.CreateContentProject("Binary")
            .Write("notes/draft.txt", binary)
            .Write("README.md", binary)
            .Write("LICENSE.txt", binary)
            .Write("bin/old.txt", binary)
            .Write("story.md", Article);

        var build = project.Build();

        build.ExitCode.ShouldBe(1, build.ToString());
        var draft = project.PathOf("notes/draft.txt");
        build.Diagnostics.ShouldBe([
            $"{draft}(1,3): error ED9002: '{draft}' is not a text article: it holds a NUL character, so it is binary",
        ], build.ToString());
    }

    [Fact]
    public void Invalid_setting_is_an_error_at_the_key()
    {
        var project = feed.CreateContentProject("InvalidSetting")
            .Write(".editorconfig", "root = true\n[*]\neditorial.max_article_chars = lots\n")
            .Write("a.txt", Article)
            .Write("b.txt", Article);

        var build = project.Build();

        build.ExitCode.ShouldBe(1, build.ToString());
        build.Diagnostics.ShouldBe([
            $"{project.PathOf(".editorconfig")}(3,1): error ED9006: Invalid value 'lots' for 'editorial.max_article_chars': a positive whole number of characters is expected",
        ], build.ToString());
    }

    [Fact]
    public void Warnings_leave_the_build_green_and_the_warning_properties_apply_to_ED_codes()
    {
        var project = WarningProject("WarningProperties");
        var warning = $"{project.PathOf(".editorconfig")}(5,1): warning ED9005: Unknown outlet 'nosuch' (from editorial.outlet); known outlets: {KnownOutlets}";
        var asError = warning.Replace(": warning ED9005:", ": error ED9005:");

        var events = project.PathOf("events.txt");
        var plain = project.Build(DiagnosticEventLogger.Argument(events));
        plain.ExitCode.ShouldBe(0, plain.ToString());
        plain.Diagnostics.ShouldBe([warning], plain.ToString());
        File.ReadAllLines(events).ShouldBe([$"warning ED9005 {project.PathOf(".editorconfig")} 5 1 0 0 {DiagnosticDescriptor.HelpLinkBase}ED9005.md"]);

        var treatWarningsAsErrors = project.Build("-p:TreatWarningsAsErrors=true");
        treatWarningsAsErrors.ExitCode.ShouldBe(1, treatWarningsAsErrors.ToString());
        treatWarningsAsErrors.Diagnostics.ShouldBe([asError], treatWarningsAsErrors.ToString());

        var notAsErrors = project.Build("-p:TreatWarningsAsErrors=true", "-p:WarningsNotAsErrors=ED9005");
        notAsErrors.ExitCode.ShouldBe(0, notAsErrors.ToString());
        notAsErrors.Diagnostics.ShouldBe([warning], notAsErrors.ToString());

        var warningsAsErrors = project.Build("-p:WarningsAsErrors=ED9005");
        warningsAsErrors.ExitCode.ShouldBe(1, warningsAsErrors.ToString());
        warningsAsErrors.Diagnostics.ShouldBe([asError], warningsAsErrors.ToString());

        var msbuildWarningsAsErrors = project.Build("-p:MSBuildWarningsAsErrors=ED9005");
        msbuildWarningsAsErrors.ExitCode.ShouldBe(1, msbuildWarningsAsErrors.ToString());
        msbuildWarningsAsErrors.Diagnostics.ShouldBe([asError], msbuildWarningsAsErrors.ToString());

        var noWarn = project.Build("-p:NoWarn=ED9005", "-p:TreatWarningsAsErrors=true");
        noWarn.ExitCode.ShouldBe(0, noWarn.ToString());
        noWarn.Diagnostics.ShouldBeEmpty(noWarn.ToString());
    }

    [Fact]
    public void Severity_set_to_error_in_editorconfig_fails_the_build_and_suggestion_logs_a_message()
    {
        var project = WarningProject("SeverityError");
        var editorConfig = project.PathOf(".editorconfig");

        project.Write(".editorconfig", File.ReadAllText(editorConfig).Replace("editorial.ED9005.severity = warning", "editorial.ED9005.severity = error"));
        var error = project.Build();
        error.ExitCode.ShouldBe(1, error.ToString());
        error.Diagnostics.ShouldBe([$"{editorConfig}(5,1): error ED9005: Unknown outlet 'nosuch' (from editorial.outlet); known outlets: {KnownOutlets}"], error.ToString());

        project.Write(".editorconfig", File.ReadAllText(editorConfig).Replace("editorial.ED9005.severity = error", "editorial.ED9005.severity = suggestion"));
        var suggestion = project.Build("-v:n");
        suggestion.ExitCode.ShouldBe(0, suggestion.ToString());
        suggestion.Diagnostics.ShouldBeEmpty(suggestion.ToString());
        suggestion.Output.ShouldContain($"{editorConfig}(5,1): message ED9005: Unknown outlet 'nosuch'");
    }

    [Fact]
    public void A_build_with_nothing_changed_replays_the_findings_without_checking_and_a_change_checks_again()
    {
        var project = WarningProject("Incremental");
        var warning = $"{project.PathOf(".editorconfig")}(5,1): warning ED9005: Unknown outlet 'nosuch' (from editorial.outlet); known outlets: {KnownOutlets}";

        var first = project.Build("-v:n");
        first.Checked.ShouldBeTrue(first.ToString());
        first.Diagnostics.ShouldBe([warning], first.ToString());

        var noChange = project.Build("-v:n");
        noChange.Checked.ShouldBeFalse(noChange.ToString());
        noChange.Output.ShouldContain("Skipping target \"EditorialCheck\" because all output files are up-to-date");
        noChange.Diagnostics.ShouldBe([warning], noChange.ToString());

        var stillFails = project.Build("-v:n", "-p:TreatWarningsAsErrors=true");
        stillFails.Checked.ShouldBeFalse(stillFails.ToString());
        stillFails.ExitCode.ShouldBe(1, stillFails.ToString());

        project.Write("story.txt", Article + "\nMore copy.\n");
        project.Build("-v:n").Checked.ShouldBeTrue("an edited article is checked again");

        project.Write("second.md", Article);
        project.Build("-v:n").Checked.ShouldBeTrue("an added article is checked again");

        project.Write(".editorconfig", File.ReadAllText(project.PathOf(".editorconfig")).Replace("nosuch", "default"));
        var fixedConfig = project.Build("-v:n");
        fixedConfig.Checked.ShouldBeTrue("an edited .editorconfig is checked again");
        fixedConfig.Diagnostics.ShouldBeEmpty(fixedConfig.ToString());

        project.Write("rules/house.yml", "name: house\nextends: default\n");
        project.Build("-v:n").Checked.ShouldBeTrue("an added profile is checked again");

        project.Build("-v:n", "-p:EditorialOutlet=house").Checked.ShouldBeTrue("a changed setting is checked again");
    }

    [Fact]
    public void Error_log_is_written_as_sarif()
    {
        var project = WarningProject("ErrorLog");

        var build = project.Build("-p:EditorialErrorLog=editorial.sarif");

        build.ExitCode.ShouldBe(0, build.ToString());
        using var log = JsonDocument.Parse(File.ReadAllText(project.PathOf("editorial.sarif")));
        log.RootElement.GetProperty("version").GetString().ShouldBe("2.1.0");
        var result = log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ShouldHaveSingleItem();
        result.GetProperty("ruleId").GetString().ShouldBe("ED9005");
        // The shared SARIF writer (schema-validated in the CLI tests): paths relative to the project folder, 1-based regions.
        var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
        location.GetProperty("artifactLocation").GetProperty("uri").GetString().ShouldBe(".editorconfig");
        location.GetProperty("region").GetProperty("startLine").GetInt32().ShouldBe(WarningProjectOutletLine);
    }

    [Fact]
    public void Disabled_checks_report_nothing()
    {
        var project = feed.CreateContentProject("Disabled")
            .Write(".editorconfig", "root = true\n[*]\neditorial.outlet = nosuch\n")
            .Write("story.txt", Article);

        var build = project.Build("-p:EditorialEnabled=false", "-v:n");

        build.ExitCode.ShouldBe(0, build.ToString());
        build.Diagnostics.ShouldBeEmpty(build.ToString());
        build.Checked.ShouldBeFalse(build.ToString());
    }

    [Fact]
    public void A_project_without_articles_builds_clean()
    {
        var project = feed.CreateContentProject("NoArticles").Write("README.md", "# Not an article\n");

        var build = project.Build("-v:n");

        build.ExitCode.ShouldBe(0, build.ToString());
        build.Output.ShouldContain("Editorial: checked 0 article(s), 0 finding(s).");
    }

    /// <summary>
    /// In a C# project the compiler runs the analyzer from the package: each finding of the shipped rules appears exactly once,
    /// as the shared check computes it, and the task stays silent. With <c>EditorialUseAnalyzer=false</c> the task reports instead.
    /// </summary>
    [Fact]
    public void In_a_CSharp_project_the_analyzer_reports_each_finding_once_and_the_task_does_not_unless_told()
    {
        var project = feed.CreateCSharpProject("CSharpWithArticles")
            .Write(".editorconfig", "root = true\n[*.txt]\neditorial.outlet = ap\n")
            .Write("Greeting.cs", "namespace CSharpWithArticles;\npublic static class Greeting { public const string Text = \"Hello\"; }\n")
            .Write("articles/004.txt", File.ReadAllBytes(Path.Combine(feed.RepositoryRoot, "samples", "Newsroom", "afp", "004.txt")))
            // The code's documentation is no article in a C# project: docs/ is not swept in.
            .Write("docs/usage.md", "# Usage\n\nThe the method returns a greeting.\n")
            // Nor are the app's pages: HTML in a C# project is markup of the app, not copy.
            .Write("wwwroot/index.html", "<p>The the page greets you.</p>\n");
        var expected = CheckRun.Run(new CheckRequest([project.PathOf("articles/004.txt")])).Diagnostics
            .Where(d => d.Severity >= Severity.Warning).ToList();
        expected.ShouldContain(d => d.ToString().EndsWith("warning ED1002: 'Zelensky' is spelled 'Zelenskyy' in Associated Press style", StringComparison.Ordinal));

        var analyzerReports = project.Build("-v:n");
        analyzerReports.ExitCode.ShouldBe(0, analyzerReports.ToString());
        analyzerReports.Checked.ShouldBeFalse(analyzerReports.ToString());
        // The compiler prints file(line,col) without the end; every finding once, none missing, none twice.
        CompilerDiagnosticLine().Matches(analyzerReports.Output).Select(m => m.Groups["diagnostic"].Value).ShouldBe(
            expected.Select(BuildLine), ignoreOrder: true, analyzerReports.ToString());
        var compilerInputs = project.Build("-t:Build", "-getItem:AdditionalFiles", "-getItem:Analyzer");
        compilerInputs.Output.ShouldContain($"\"FullPath\": \"{project.PathOf("articles/004.txt")}\"");
        compilerInputs.Output.ShouldNotContain("docs/usage.md");
        compilerInputs.Output.ShouldNotContain("wwwroot/index.html");
        compilerInputs.Output.ShouldContain("analyzers/dotnet/cs/Editorial.Analyzers.dll");

        var taskReports = project.Build("-p:EditorialUseAnalyzer=false", "-v:n");
        taskReports.Checked.ShouldBeTrue(taskReports.ToString());
        taskReports.ExitCode.ShouldBe(0, taskReports.ToString());
        taskReports.Diagnostics.ShouldBe(expected.Select(BuildLine), taskReports.ToString());
        var withoutAnalyzer = project.Build("-p:EditorialUseAnalyzer=false", "-t:Build", "-getItem:AdditionalFiles", "-getItem:Analyzer");
        withoutAnalyzer.Output.ShouldNotContain("Editorial.Analyzers.dll");
        // The build itself logs the task's findings on 004.txt; the compiler's inputs hold no additional file.
        withoutAnalyzer.Output.ShouldContain("\"AdditionalFiles\": []");
    }

    /// <summary><c>EditorialBaseline</c> leaves out the findings the baseline holds (by rule, file and text, not line);
    /// <c>EditorialUpdateBaseline=true</c> writes it.</summary>
    [Fact]
    public void A_baseline_leaves_out_the_findings_it_holds_and_lines_added_above_them_change_nothing()
    {
        var project = feed.CreateContentProject("Baseline")
            .Write(".editorconfig", "root = true\n[*.txt]\neditorial.outlet = ap\n")
            .Write("story.txt", "President Zelensky spoke.\n");

        var update = project.Build("-p:EditorialBaseline=editorial-baseline.json", "-p:EditorialUpdateBaseline=true");
        update.ExitCode.ShouldBe(0, update.ToString());
        update.Diagnostics.ShouldBeEmpty(update.ToString());
        File.ReadAllText(project.PathOf("editorial-baseline.json")).ShouldContain("\"snippet\": \"Zelensky\"");

        project.Write("story.txt", "A new first line.\n\nPresident Zelensky spoke.\nZelensky left.\n");
        var check = project.Build("-p:EditorialBaseline=editorial-baseline.json");
        check.ExitCode.ShouldBe(0, check.ToString());
        check.Diagnostics.ShouldBe([$"{project.PathOf("story.txt")}(4,1): warning ED1002: 'Zelensky' is spelled 'Zelenskyy' in Associated Press style"], check.ToString());

        var missing = project.Build("-p:EditorialBaseline=none.json");
        missing.ExitCode.ShouldBe(1, missing.ToString());
        missing.Output.ShouldContain($"Editorial: cannot read the baseline '{project.PathOf("none.json")}'");
    }

    /// <summary>In a C# project the analyzer reports and the task writes <c>EditorialErrorLog</c> without logging: the log holds the
    /// findings, and the build shows each once.</summary>
    [Fact]
    public void In_a_CSharp_project_the_error_log_is_written_by_the_task_and_each_finding_is_still_reported_once()
    {
        var project = feed.CreateCSharpProject("CSharpErrorLog")
            .Write(".editorconfig", "root = true\n[*.txt]\neditorial.outlet = ap\n")
            .Write("Greeting.cs", "namespace CSharpErrorLog;\npublic static class Greeting { public const string Text = \"Hello\"; }\n")
            .Write("articles/story.txt", "President Zelensky spoke.\n");

        var build = project.Build("-p:EditorialErrorLog=editorial.sarif", "-v:n");

        build.ExitCode.ShouldBe(0, build.ToString());
        CompilerDiagnosticLine().Matches(build.Output).Select(m => m.Groups["diagnostic"].Value)
            .ShouldBe([$"{project.PathOf("articles/story.txt")}(1,11): warning ED1002: 'Zelensky' is spelled 'Zelenskyy' in Associated Press style"], build.ToString());
        build.Diagnostics.ShouldNotContain(d => d.Contains("(1,11,1,19)"), build.ToString());
        using var log = JsonDocument.Parse(File.ReadAllText(project.PathOf("editorial.sarif")));
        var result = log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ShouldHaveSingleItem();
        result.GetProperty("ruleId").GetString().ShouldBe("ED1002");
        result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString().ShouldBe("articles/story.txt");
    }

    /// <summary>A compiler diagnostic as MSBuild prints it when it is raised, node-prefixed (the end-of-build recap repeats it
    /// without the prefix): <c>1&gt;path(line,col): severity ID: message (help link) [project]</c>.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*\d+(?::\d+)?>(?<diagnostic>/\S.*?\(\d+,\d+\): (?:warning|error) ED\d{4}: .*?) \(https://[^ ]*\) \[[^\]]+\]\r?$", System.Text.RegularExpressions.RegexOptions.Multiline)]
    private static partial System.Text.RegularExpressions.Regex CompilerDiagnosticLine();

    [System.Text.RegularExpressions.GeneratedRegex(@"^\d+(?::\d+)?>")]
    private static partial System.Text.RegularExpressions.Regex NodePrefix();

    [Fact]
    public void The_build_reports_exactly_what_the_shared_check_computes_for_the_seed_articles()
    {
        var project = feed.CreateContentProject("Seeds");
        var sample = Path.Combine(feed.RepositoryRoot, "samples", "Newsroom");
        foreach (var seed in new[] { "agency-a/000.txt", "agency-b/001.txt", "aljazeera/002.txt", "ap/003.txt", "afp/004.txt" })
        {
            project.Write(seed, File.ReadAllBytes(Path.Combine(sample, seed)));
        }
        project.Write(".editorconfig", File.ReadAllBytes(Path.Combine(sample, ".editorconfig")));
        var articles = Directory.EnumerateFiles(project.Directory, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        articles.Count.ShouldBe(5);

        var build = project.Build("-v:d");

        // The task runs with the Roslyn it ships, loaded from its own folder, whatever Roslyn the SDK has.
        build.Output.ShouldContain("Roslyn configuration API from " + Path.Combine(feed.Root, "packages", "editorial", PackageFeed.PackageVersion, "tasks", "netstandard2.0", "Microsoft.CodeAnalysis.dll"));
        var expected = CheckRun.Run(new CheckRequest(articles)).Diagnostics.Where(d => d.Severity >= Severity.Warning).ToList();
        build.Diagnostics.ShouldBe(expected.Select(BuildLine).ToList(), build.ToString());
        build.ExitCode.ShouldBe(expected.Any(d => d.Severity == Severity.Error) ? 1 : 0, build.ToString());

        // Each of those lines, as MSBuild prints it, becomes an annotation through setup-dotnet's problem matcher, on the
        // article itself (the runner roots a relative file at the project's folder; these paths are full).
        // (-v:d puts a node number before some lines, "1>"; the default verbosity a CI step uses prints none.)
        var edLines = build.Output.Split('\n').Select(line => NodePrefix().Replace(line.Trim(), "")).Where(line => line.Contains(": warning ED", StringComparison.Ordinal) || line.Contains(": error ED", StringComparison.Ordinal)).Distinct().ToList();
        edLines.Count.ShouldBe(expected.Count, build.ToString());
        foreach (var line in edLines)
        {
            var match = SetupDotnetProblemMatcher.Regex.Match(line);
            match.Success.ShouldBeTrue(line);
            File.Exists(match.Groups[1].Value).ShouldBeTrue(line);
            match.Groups[6].Value.ShouldBe(project.ProjectFile, line);
        }
    }

    /// <summary>A finding as MSBuild prints the compiler's or the task's: <c>file(line,col)</c>, no end.</summary>
    private static string BuildLine(Diagnostic d) =>
        $"{d.Location.Path}({d.Location.LineSpan.StartLine},{d.Location.LineSpan.StartColumn}): {Diagnostic.SeverityWord(d.Severity)} {d.Id}: {d.Message}";

    /// <summary>A project whose one finding is an unknown outlet lowered to a warning.</summary>
    /// <summary>The line of <see cref="WarningProject"/>'s .editorconfig that names the unknown outlet.</summary>
    private const int WarningProjectOutletLine = 5;

    private Consumer WarningProject(string name) => feed.CreateContentProject(name)
        .Write(".editorconfig", "root = true\n\n[*]\neditorial.ED9005.severity = warning\neditorial.outlet = nosuch\n")
        .Write("story.txt", Article);
}
