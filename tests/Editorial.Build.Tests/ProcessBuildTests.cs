using System.Text.Json;
using Editorial.Diagnostics;
using Editorial.Hosting;
using Editorial.Testing;

namespace Editorial.Build.Tests;

/// <summary>
/// `dotnet build` itself, run as a user's shell runs it, on projects that reference the packed Editorial package: what
/// only the real command shows: the compiler running the analyzer from the package in a C# project, and the console
/// lines a CI step's problem matcher reads, for the rules themselves (parity with the shared check). <see cref="InProcessBuildTests"/> covers the rest of the package's behaviour, faster. This class and
/// that one are separate xunit collections, so their builds run side by side.
/// </summary>
public sealed partial class ProcessBuildTests(PackageFeedLease lease) : IClassFixture<PackageFeedLease>
{
    private readonly PackageFeed feed = lease.Feed;

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
        // The compiler's inputs, read in-process (a `dotnet build -getItem` would start MSBuild twice more).
        var compilerInputs = InProcessBuild.ItemsAfterBuild(project, NoProperties, "AdditionalFiles", "Analyzer");
        compilerInputs["AdditionalFiles"].ShouldContain(project.PathOf("articles/004.txt"));
        compilerInputs["AdditionalFiles"].ShouldNotContain(path => path.Contains("docs/usage.md"));
        compilerInputs["AdditionalFiles"].ShouldNotContain(path => path.Contains("wwwroot/index.html"));
        compilerInputs["Analyzer"].ShouldContain(path => path.EndsWith("analyzers/dotnet/cs/Editorial.Analyzers.dll", StringComparison.Ordinal));

        var taskReports = project.Build("-p:EditorialUseAnalyzer=false", "-v:n");
        taskReports.Checked.ShouldBeTrue(taskReports.ToString());
        taskReports.ExitCode.ShouldBe(0, taskReports.ToString());
        taskReports.Diagnostics.ShouldBe(expected.Select(BuildLine), taskReports.ToString());
        var withoutAnalyzer = InProcessBuild.ItemsAfterBuild(project, new Dictionary<string, string> { ["EditorialUseAnalyzer"] = "false" }, "AdditionalFiles", "Analyzer");
        withoutAnalyzer["Analyzer"].ShouldNotContain(path => path.Contains("Editorial.Analyzers.dll"));
        // The build itself logs the task's findings on 004.txt; the compiler's inputs hold no additional file.
        withoutAnalyzer["AdditionalFiles"].ShouldBeEmpty();
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

        // `dotnet build` runs the task's precompiled .NET build (tasks/net10.0), with the Roslyn it ships, loaded from its own
        // folder, whatever Roslyn the SDK has.
        var taskFolder = Path.Combine(feed.Root, "packages", "editorial", PackageFeed.PackageVersion, "tasks", "net10.0");
        build.Output.ShouldContain($"Editorial: engine from {Path.Combine(taskFolder, "Editorial.Hosting.dll")}; Roslyn configuration API from {Path.Combine(taskFolder, "Microsoft.CodeAnalysis.dll")}");
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

        // After one article changed, the results file takes the other articles' findings from the one it replaces, as it wrote
        // them (FindingsByPath keys): the build still reports what a check from scratch computes.
        File.AppendAllText(Path.Combine(project.Directory, "ap", "003.txt"), "\nA late paragraph: the mayor met the families in kyiv on Tuesday.\n");
        var oneChanged = project.Build();
        var expectedAfter = CheckRun.Run(new CheckRequest(articles)).Diagnostics.Where(d => d.Severity >= Severity.Warning).ToList();
        expectedAfter.Select(BuildLine).ShouldNotBe(expected.Select(BuildLine));
        oneChanged.Diagnostics.ShouldBe(expectedAfter.Select(BuildLine).ToList(), oneChanged.ToString());
    }

    private static readonly IReadOnlyDictionary<string, string> NoProperties = new Dictionary<string, string>();

    /// <summary>A finding as MSBuild prints the compiler's or the task's: <c>file(line,col)</c>, no end.</summary>
    private static string BuildLine(Diagnostic d) =>
        $"{d.Location.Path}({d.Location.LineSpan.StartLine},{d.Location.LineSpan.StartColumn}): {Diagnostic.SeverityWord(d.Severity)} {d.Id}: {d.Message}";
}
