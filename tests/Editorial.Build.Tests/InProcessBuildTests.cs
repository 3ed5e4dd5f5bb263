using System.Text.Json;
using Editorial.Diagnostics;
using Editorial.Profiles;
using Microsoft.Build.Framework;

namespace Editorial.Build.Tests;

/// <summary>
/// Builds of content projects that reference the packed Editorial package, run by the SDK's MSBuild inside the test host
/// (<see cref="InProcessBuild"/>): the package's props, targets and task as a consumer gets them, the engine's handling of
/// the warning properties, incremental skips. The findings used here are the configuration diagnostics (ED9xxx): they
/// exist whatever rules the engine has. <see cref="ProcessBuildTests"/> covers the rules and the `dotnet build` command.
/// </summary>
public sealed class InProcessBuildTests(PackageFeedLease lease) : IClassFixture<PackageFeedLease>
{
    private const string Article = "Ukraine said it held talks on a ceasefire on Monday.\n";
    private static readonly string KnownOutlets = string.Join(", ", ProfileSet.BuiltIn.Names);
    private readonly PackageFeed feed = lease.Feed;

    [Fact]
    public void Unknown_outlet_in_editorconfig_is_an_error_at_its_line_and_fails_the_build()
    {
        var project = feed.CreateContentProject("UnknownOutlet")
            .Write(".editorconfig", "root = true\n\n[*.txt]\neditorial.outlet = nosuch\n")
            .Write("story.txt", Article);

        var events = new DiagnosticEventLogger();

        var build = project.BuildInProcess(events);

        build.ExitCode.ShouldBe(1, build.ToString());
        build.Diagnostics.ShouldBe([
            $"{project.PathOf(".editorconfig")}(4,1): error ED9005: Unknown outlet 'nosuch' (from editorial.outlet); known outlets: {KnownOutlets}",
        ], build.ToString());
        events.Events.ShouldBe([
            $"error ED9005 {project.PathOf(".editorconfig")} 4 1 0 0 {DiagnosticDescriptor.HelpLinkBase}ED9005.md",
        ]);
    }

    [Fact]
    public void An_unknown_EditorialOutlet_is_one_error_at_the_project_and_nothing_is_checked()
    {
        var project = feed.CreateContentProject("UnknownDefaultOutlet")
            .Write("desk/first.txt", Article)
            .Write("desk/second.txt", Article);
        var events = new DiagnosticEventLogger();

        var build = project.BuildInProcess(new Dictionary<string, string> { ["EditorialOutlet"] = "nosuch" }, LoggerVerbosity.Normal, events);

        build.ExitCode.ShouldBe(1, build.ToString());
        build.Output.ShouldContain(
            $"{project.ProjectFile} : error ED9005: Unknown outlet 'nosuch' (from EditorialOutlet); known outlets: {KnownOutlets}", Case.Sensitive, build.ToString());
        events.Events.ShouldBe([$"error ED9005 {project.ProjectFile} 0 0 0 0 {DiagnosticDescriptor.HelpLinkBase}ED9005.md"]);
        build.Checked.ShouldBeFalse(build.ToString());
    }

    [Theory]
    [InlineData("EditorialErrorLog")]
    [InlineData("EditorialBaseline")]
    public void A_file_property_that_names_a_folder_is_an_error_at_the_project_that_says_so(string property)
    {
        var project = feed.CreateContentProject("FolderFor" + property)
            .Write("story.txt", Article)
            .Write("reports/.keep", "");

        var build = project.BuildInProcess(new Dictionary<string, string> { [property] = "reports" });

        build.ExitCode.ShouldBe(1, build.ToString());
        build.Output.ShouldContain($"{project.ProjectFile} : error : Editorial: {property} names a file, and '{project.PathOf("reports")}' is a folder.",
            Case.Sensitive, build.ToString());
        build.Output.ShouldNotContain("MSB4018", Case.Sensitive, build.ToString());
    }

    [Fact]
    public void Findings_that_cannot_be_stored_fail_the_build_with_an_error_at_the_project_that_says_why()
    {
        // The results file's folder would have to be a file of the project: no file system can hold it there.
        var project = feed.CreateContentProject("UnwritableResults").Write("story.txt", Article);

        var build = project.BuildInProcess(new Dictionary<string, string> { ["EditorialResultsFile"] = "story.txt/editorial.results" });

        build.ExitCode.ShouldBe(1, build.ToString());
        build.Output.ShouldContain($"{project.ProjectFile} : error : Editorial: cannot write the findings to '{project.PathOf("story.txt/editorial.results")}': ",
            Case.Sensitive, build.ToString());
        build.Output.ShouldNotContain("MSB4018", Case.Sensitive, build.ToString());
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
            // An article whose name begins with a project document's (SECURITY): the whole name before the extension is none.
            .Write("security-council-vote.txt", "The council voted twice .\n")
            .Write("story.md", Article)
            // R Markdown, as R Markdown spells its extension: a default article on a case-sensitive file system too.
            .Write("data/crossings.Rmd", "```{r}\nn <- 12 .\n```\n\nThe ferry sails `r n` times .\n")
            // A CMS export in the encoding its page declares: read in it, not refused as not UTF-8.
            .Write("cms.html", [.. System.Text.Encoding.ASCII.GetBytes("<html><head><meta charset=\"windows-1252\"></head><body><p>The caf"), 0xE9,
                .. System.Text.Encoding.ASCII.GetBytes(" said "), 0x93, .. System.Text.Encoding.ASCII.GetBytes("we sail"), 0x94,
                .. System.Text.Encoding.ASCII.GetBytes(" and left .</p></body></html>\n")]);

        var build = project.BuildInProcess();

        build.ExitCode.ShouldBe(1, build.ToString());
        var draft = project.PathOf("notes/draft.txt");
        var cms = project.PathOf("cms.html");
        build.Diagnostics.ShouldBe([
            $"{cms}(1,91): warning ED4003: Space before '.'",
            $"{project.PathOf("data/crossings.Rmd")}(5,29): warning ED4003: Space before '.'",
            $"{draft}(1,3): error ED9002: '{draft}' is not article text: it holds a NUL character, so it is binary",
            $"{project.PathOf("security-council-vote.txt")}(1,25): warning ED4003: Space before '.'",
        ], build.ToString());
    }

    [Fact]
    public void Invalid_setting_is_an_error_at_the_key()
    {
        var project = feed.CreateContentProject("InvalidSetting")
            .Write(".editorconfig", "root = true\n[*]\neditorial.max_article_chars = lots\n")
            .Write("a.txt", Article)
            .Write("b.txt", Article);

        var build = project.BuildInProcess();

        build.ExitCode.ShouldBe(1, build.ToString());
        build.Diagnostics.ShouldBe([
            $"{project.PathOf(".editorconfig")}(3,1): error ED9006: Invalid value 'lots' for 'editorial.max_article_chars': a positive whole number of characters is expected",
        ], build.ToString());
    }

    [Fact]
    public void A_section_severity_the_compiler_ignores_is_a_warning_at_its_key_and_sets_nothing()
    {
        var project = feed.CreateContentProject("SectionSeverity")
            .Write(".editorconfig", "root = true\n[*]\ndotnet_diagnostic.ED9005.severity = none\neditorial.outlet = nosuch\n")
            .Write("a.txt", Article);

        var build = project.BuildInProcess();

        // ED9005 stays an error: the section's severity key set nothing, as in the compiler for additional files.
        build.ExitCode.ShouldBe(1, build.ToString());
        build.Diagnostics.ShouldBe([
            $"{project.PathOf(".editorconfig")}(3,1): warning ED9011: 'dotnet_diagnostic.ED9005.severity' in an .editorconfig section sets nothing for articles, as in the compiler; write 'editorial.ED9005.severity'",
            $"{project.PathOf(".editorconfig")}(4,1): error ED9005: Unknown outlet 'nosuch' (from editorial.outlet); known outlets: {KnownOutlets}",
        ], ignoreOrder: true, build.ToString());
    }

    [Fact]
    public void Warnings_leave_the_build_green_and_the_warning_properties_apply_to_ED_codes()
    {
        var project = WarningProject("WarningProperties");
        var warning = $"{project.PathOf(".editorconfig")}(5,1): warning ED9005: Unknown outlet 'nosuch' (from editorial.outlet); known outlets: {KnownOutlets}";
        var asError = warning.Replace(": warning ED9005:", ": error ED9005:");

        var events = new DiagnosticEventLogger();
        var plain = project.BuildInProcess(events);
        plain.ExitCode.ShouldBe(0, plain.ToString());
        plain.Diagnostics.ShouldBe([warning], plain.ToString());
        events.Events.ShouldBe([$"warning ED9005 {project.PathOf(".editorconfig")} 5 1 0 0 {DiagnosticDescriptor.HelpLinkBase}ED9005.md"]);

        var treatWarningsAsErrors = project.BuildInProcess(new Dictionary<string, string> { ["TreatWarningsAsErrors"] = "true" });
        treatWarningsAsErrors.ExitCode.ShouldBe(1, treatWarningsAsErrors.ToString());
        treatWarningsAsErrors.Diagnostics.ShouldBe([asError], treatWarningsAsErrors.ToString());

        var notAsErrors = project.BuildInProcess(new Dictionary<string, string> { ["TreatWarningsAsErrors"] = "true", ["WarningsNotAsErrors"] = "ED9005" });
        notAsErrors.ExitCode.ShouldBe(0, notAsErrors.ToString());
        notAsErrors.Diagnostics.ShouldBe([warning], notAsErrors.ToString());

        var warningsAsErrors = project.BuildInProcess(new Dictionary<string, string> { ["WarningsAsErrors"] = "ED9005" });
        warningsAsErrors.ExitCode.ShouldBe(1, warningsAsErrors.ToString());
        warningsAsErrors.Diagnostics.ShouldBe([asError], warningsAsErrors.ToString());

        var msbuildWarningsAsErrors = project.BuildInProcess(new Dictionary<string, string> { ["MSBuildWarningsAsErrors"] = "ED9005" });
        msbuildWarningsAsErrors.ExitCode.ShouldBe(1, msbuildWarningsAsErrors.ToString());
        msbuildWarningsAsErrors.Diagnostics.ShouldBe([asError], msbuildWarningsAsErrors.ToString());

        var noWarn = project.BuildInProcess(new Dictionary<string, string> { ["NoWarn"] = "ED9005", ["TreatWarningsAsErrors"] = "true" });
        noWarn.ExitCode.ShouldBe(0, noWarn.ToString());
        noWarn.Diagnostics.ShouldBeEmpty(noWarn.ToString());
    }

    [Fact]
    public void Severity_set_to_error_in_editorconfig_fails_the_build_and_suggestion_logs_a_message()
    {
        var project = WarningProject("SeverityError");
        var editorConfig = project.PathOf(".editorconfig");

        project.Write(".editorconfig", File.ReadAllText(editorConfig).Replace("editorial.ED9005.severity = warning", "editorial.ED9005.severity = error"));
        var error = project.BuildInProcess();
        error.ExitCode.ShouldBe(1, error.ToString());
        error.Diagnostics.ShouldBe([$"{editorConfig}(5,1): error ED9005: Unknown outlet 'nosuch' (from editorial.outlet); known outlets: {KnownOutlets}"], error.ToString());

        project.Write(".editorconfig", File.ReadAllText(editorConfig).Replace("editorial.ED9005.severity = error", "editorial.ED9005.severity = suggestion"));
        var suggestion = project.BuildInProcess(NoProperties, LoggerVerbosity.Normal);
        suggestion.ExitCode.ShouldBe(0, suggestion.ToString());
        suggestion.Diagnostics.ShouldBeEmpty(suggestion.ToString());
        suggestion.Output.ShouldContain($"{editorConfig}(5,1): message ED9005: Unknown outlet 'nosuch'");

        // With nothing changed the stored suggestion is replayed to a logger that takes messages of normal importance; to
        // one that does not, it is not even read.
        var replayed = project.BuildInProcess(NoProperties, LoggerVerbosity.Normal);
        replayed.Checked.ShouldBeFalse(replayed.ToString());
        replayed.Output.ShouldContain($"{editorConfig}(5,1): message ED9005: Unknown outlet 'nosuch'");
        var quiet = project.BuildInProcess(NoProperties, LoggerVerbosity.Minimal);
        quiet.Checked.ShouldBeFalse(quiet.ToString());
        quiet.ExitCode.ShouldBe(0, quiet.ToString());
        quiet.Output.ShouldNotContain("ED9005");
    }

    [Fact]
    public void A_build_with_nothing_changed_replays_the_findings_without_checking_and_a_change_checks_again()
    {
        var project = WarningProject("Incremental");
        var warning = $"{project.PathOf(".editorconfig")}(5,1): warning ED9005: Unknown outlet 'nosuch' (from editorial.outlet); known outlets: {KnownOutlets}";
        BuildResult Build() => project.BuildInProcess(NoProperties, LoggerVerbosity.Normal);

        var first = Build();
        first.Checked.ShouldBeTrue(first.ToString());
        first.Diagnostics.ShouldBe([warning], first.ToString());

        var noChange = Build();
        noChange.Checked.ShouldBeFalse(noChange.ToString());
        noChange.Output.ShouldContain("Skipping target \"EditorialCheck\" because all output files are up-to-date");
        noChange.Diagnostics.ShouldBe([warning], noChange.ToString());

        var stillFails = project.BuildInProcess(new Dictionary<string, string> { ["TreatWarningsAsErrors"] = "true" }, LoggerVerbosity.Normal);
        stillFails.Checked.ShouldBeFalse(stillFails.ToString());
        stillFails.ExitCode.ShouldBe(1, stillFails.ToString());

        project.Write("story.txt", Article + "\nMore copy.\n");
        Build().Checked.ShouldBeTrue("an edited article is checked again");

        project.Write("second.md", Article);
        Build().Checked.ShouldBeTrue("an added article is checked again");

        project.Write(".editorconfig", File.ReadAllText(project.PathOf(".editorconfig")).Replace("nosuch", "default"));
        var fixedConfig = Build();
        fixedConfig.Checked.ShouldBeTrue("an edited .editorconfig is checked again");
        fixedConfig.Diagnostics.ShouldBeEmpty(fixedConfig.ToString());

        project.Write("rules/house.yml", "name: house\nextends: default\n");
        Build().Checked.ShouldBeTrue("an added profile is checked again");

        project.BuildInProcess(new Dictionary<string, string> { ["EditorialOutlet"] = "house" }, LoggerVerbosity.Normal)
            .Checked.ShouldBeTrue("a changed setting is checked again");
    }

    /// <summary>A check after articles changed copies the unchanged articles' stored findings into the results file as they were
    /// written, numbers of their strings and all, and numbers the strings again once most of them are named by no finding (articles
    /// removed): what each build shows, and what a build with nothing changed replays, is what a build from an empty obj/ shows.</summary>
    [Fact]
    public void Stored_findings_after_changes_and_removals_are_those_of_a_build_from_scratch()
    {
        var project = feed.CreateContentProject("StoredAfterChanges").Write(".editorconfig", "root = true\n\n[*]\neditorial.outlet = ap\n");
        for (var i = 0; i < 6; i++) project.Write($"desk{i}.txt", $"The mayor of Kiev opened bridge number {i} on Monday.\n");
        BuildResult Build() => project.BuildInProcess(NoProperties, LoggerVerbosity.Normal);
        IReadOnlyList<string> FromScratch()
        {
            foreach (var stored in Directory.GetFiles(project.PathOf("obj"), "editorial.*", SearchOption.AllDirectories)) File.Delete(stored);
            var scratch = Build();
            scratch.Checked.ShouldBeTrue(scratch.ToString());
            return scratch.Diagnostics;
        }
        var kiev = $"{project.PathOf("desk0.txt")}(1,14): warning ED1002: 'Kiev' is spelled 'Kyiv' in Associated Press style";
        Build().Diagnostics.Count.ShouldBe(6);

        project.Write("desk0.txt", "A late line.\nThe mayor of Kiev opened bridge number 0 on Monday.\n");
        var changed = Build();
        changed.Checked.ShouldBeTrue(changed.ToString());
        changed.Diagnostics.ShouldContain(kiev.Replace("(1,14)", "(2,14)"), changed.ToString());
        changed.Diagnostics.ShouldBe(FromScratch());

        for (var i = 1; i < 6; i++) File.Delete(project.PathOf($"desk{i}.txt"));
        var removed = Build();
        removed.Diagnostics.ShouldBe([kiev.Replace("(1,14)", "(2,14)")], removed.ToString());
        Build().Diagnostics.ShouldBe(removed.Diagnostics, "replayed from the stored findings");

        // The stored strings are mostly the removed articles' paths now: numbered again, without them, desk0's findings too.
        project.Write("desk6.txt", "The mayor of Kiev closed bridge number 6 on Friday.\n");
        var added = Build();
        added.Diagnostics.ShouldBe([kiev.Replace("(1,14)", "(2,14)"), kiev.Replace("desk0", "desk6")], added.ToString());
        Build().Diagnostics.ShouldBe(added.Diagnostics, "replayed from the stored findings");
        added.Diagnostics.ShouldBe(FromScratch());
    }

    [Fact]
    public void Stored_findings_of_another_layout_are_an_error_and_the_next_build_checks_again()
    {
        var project = WarningProject("OtherLayout");
        BuildResult Build() => project.BuildInProcess(NoProperties, LoggerVerbosity.Normal);
        var first = Build();
        first.Checked.ShouldBeTrue();
        var results = Directory.GetFiles(project.PathOf("obj"), "editorial.results", SearchOption.AllDirectories).ShouldHaveSingleItem();

        // What an older Editorial stored (JSON), newer than every input: the check is skipped and the findings cannot be read.
        File.WriteAllText(results, "[]");
        var replay = Build();
        replay.Checked.ShouldBeFalse(replay.ToString());
        replay.ExitCode.ShouldBe(1, replay.ToString());
        replay.Output.Split('\n').ShouldContain(line => line.Contains("editorial.results' cannot be read: Not the findings of this version of Editorial, or cut short. "
            + "They have been removed: the next build checks the articles again."), replay.ToString());

        var next = Build();
        next.Checked.ShouldBeTrue(next.ToString());
        next.ExitCode.ShouldBe(0, next.ToString());
        next.Diagnostics.ShouldBe(first.Diagnostics, next.ToString());
    }

    [Fact]
    public void Error_log_is_written_as_sarif()
    {
        var project = WarningProject("ErrorLog");

        var build = project.BuildInProcess(new Dictionary<string, string> { ["EditorialErrorLog"] = "editorial.sarif" });

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

        var build = project.BuildInProcess(new Dictionary<string, string> { ["EditorialEnabled"] = "false" }, LoggerVerbosity.Normal);

        build.ExitCode.ShouldBe(0, build.ToString());
        build.Diagnostics.ShouldBeEmpty(build.ToString());
        build.Checked.ShouldBeFalse(build.ToString());
    }

    [Fact]
    public void A_project_without_articles_builds_clean()
    {
        var project = feed.CreateContentProject("NoArticles").Write("README.md", "# Not an article\n");

        var build = project.BuildInProcess(NoProperties, LoggerVerbosity.Normal);

        build.ExitCode.ShouldBe(0, build.ToString());
        build.Output.ShouldContain("Editorial: checked 0 article(s), 0 finding(s).");
    }

    /// <summary><c>EditorialBaseline</c> leaves out the findings the baseline holds (by rule, file and text, not line);
    /// <c>EditorialUpdateBaseline=true</c> writes it.</summary>
    [Fact]
    public void A_baseline_leaves_out_the_findings_it_holds_and_lines_added_above_them_change_nothing()
    {
        var project = feed.CreateContentProject("Baseline")
            .Write(".editorconfig", "root = true\n[*.txt]\neditorial.outlet = ap\n")
            .Write("story.txt", "President Zelensky spoke.\n");

        var update = project.BuildInProcess(new Dictionary<string, string> { ["EditorialBaseline"] = "editorial-baseline.json", ["EditorialUpdateBaseline"] = "true" });
        update.ExitCode.ShouldBe(0, update.ToString());
        update.Diagnostics.ShouldBeEmpty(update.ToString());
        File.ReadAllText(project.PathOf("editorial-baseline.json")).ShouldContain("\"snippet\": \"Zelensky\"");

        project.Write("story.txt", "A new first line.\n\nPresident Zelensky spoke.\nZelensky left.\n");
        var check = project.BuildInProcess(new Dictionary<string, string> { ["EditorialBaseline"] = "editorial-baseline.json" });
        check.ExitCode.ShouldBe(0, check.ToString());
        check.Diagnostics.ShouldBe([$"{project.PathOf("story.txt")}(4,1): warning ED1002: 'Zelensky' is spelled 'Zelenskyy' in Associated Press style"], check.ToString());

        var missing = project.BuildInProcess(new Dictionary<string, string> { ["EditorialBaseline"] = "none.json" });
        missing.ExitCode.ShouldBe(1, missing.ToString());
        // At the project, as the baseline's other problems are: the property that names it is the project's.
        missing.Output.ShouldContain($"{project.ProjectFile} : error : Editorial: cannot read the baseline '{project.PathOf("none.json")}' (EditorialBaseline): ",
            Case.Sensitive, missing.ToString());
    }

    /// <summary>
    /// The package ships the task twice, and its targets pick the build by the MSBuild that runs: the precompiled net10.0 build
    /// for `dotnet build` on .NET 10 and later (the builds of these tests load it), the netstandard2.0 build for .NET Framework
    /// MSBuild (Visual Studio), Mono's, and older SDKs, whose runtime would ignore code compiled for .NET 10. No MSBuild but the
    /// SDK's runs here, so the packed targets are evaluated with the runtime's type and version as properties of the test. The
    /// precompiled build is linux-x64's: an SDK of another platform (its NETCoreSdkRuntimeIdentifier) must take the IL build,
    /// since its runtime would refuse the image rather than compile its IL.
    /// </summary>
    [Theory]
    [InlineData("Core", "10.0.12", "linux-x64", "net10.0")]
    [InlineData("Core", "11.0.0", "linux-x64", "net10.0")]
    [InlineData("Core", "10.0.12", "win-x64", "netstandard2.0")]
    [InlineData("Core", "10.0.12", "osx-arm64", "netstandard2.0")]
    [InlineData("Core", "10.0.12", "linux-arm64", "netstandard2.0")]
    [InlineData("Core", "8.0.31", "linux-x64", "netstandard2.0")]
    [InlineData("Full", "4.0.30319.42000", "", "netstandard2.0")]
    [InlineData("Mono", "4.0.30319.42000", "", "netstandard2.0")]
    public void The_task_is_loaded_from_the_build_for_the_MSBuild_that_runs(string runtimeType, string runtimeVersion, string sdkRuntimeIdentifier, string framework)
    {
        using var package = System.IO.Compression.ZipFile.OpenRead(Path.Combine(feed.Feed, $"Editorial.{PackageFeed.PackageVersion}.nupkg"));
        package.GetEntry($"tasks/{framework}/Editorial.Build.dll").ShouldNotBeNull();
        string targets;
        using (var reader = new StreamReader(package.GetEntry("build/Editorial.targets")!.Open())) targets = reader.ReadToEnd();
        targets.ShouldContain("$(MSBuildRuntimeType)");
        targets.ShouldContain("$([System.Environment]::Version)");
        var folder = Path.Combine(feed.Root, "runtime-" + runtimeType + "-" + runtimeVersion + "-" + sdkRuntimeIdentifier, "build");
        Directory.CreateDirectory(folder);
        var targetsFile = Path.Combine(folder, "Editorial.targets");
        File.WriteAllText(targetsFile, targets
            .Replace("$(MSBuildRuntimeType)", "$(RuntimeTypeUnderTest)", StringComparison.Ordinal)
            .Replace("$([System.Environment]::Version)", "$(RuntimeVersionUnderTest)", StringComparison.Ordinal));

        using var projects = new Microsoft.Build.Evaluation.ProjectCollection();
        var evaluated = projects.LoadProject(targetsFile, new Dictionary<string, string>
        {
            ["RuntimeTypeUnderTest"] = runtimeType, ["RuntimeVersionUnderTest"] = runtimeVersion, ["NETCoreSdkRuntimeIdentifier"] = sdkRuntimeIdentifier,
        }, toolsVersion: null);

        evaluated.GetPropertyValue("EditorialTaskAssembly").ShouldBe(Path.Combine(Path.GetDirectoryName(folder)!, "tasks", framework, "Editorial.Build.dll"));
    }

    private static readonly IReadOnlyDictionary<string, string> NoProperties = new Dictionary<string, string>();

    /// <summary>The line of <see cref="WarningProject"/>'s .editorconfig that names the unknown outlet.</summary>
    private const int WarningProjectOutletLine = 5;

    /// <summary>A project whose one finding is an unknown outlet lowered to a warning.</summary>
    private Consumer WarningProject(string name) => feed.CreateContentProject(name)
        .Write(".editorconfig", "root = true\n\n[*]\neditorial.ED9005.severity = warning\neditorial.outlet = nosuch\n")
        .Write("story.txt", Article);
}
