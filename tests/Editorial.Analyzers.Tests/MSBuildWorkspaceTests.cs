using System.Diagnostics;
using System.Text.RegularExpressions;
using Editorial.Hosting;
using Editorial.Tests;
using Microsoft.Build.Locator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.MSBuild;

namespace Editorial.Analyzers.Tests;

/// <summary>
/// A generated C# project loaded the way an IDE loads it (MSBuildWorkspace over this SDK's MSBuild): its articles and profiles are
/// additional documents, its <c>.editorconfig</c> and <c>EditorialOutlet</c> property reach the analyzer, which is loaded from
/// its DLL through an <c>&lt;Analyzer&gt;</c> item.
/// </summary>
public sealed partial class MSBuildWorkspaceTests(GeneratedNewsroomProject newsroom) : IClassFixture<GeneratedNewsroomProject>
{
    /// <summary>The built-in outlets and the project's own valid profile, as the unknown-outlet message lists them.</summary>
    private static readonly string KnownOutlets = string.Join(", ", Editorial.Profiles.ProfileSet.BuiltIn.Names.Append("gazette").Order(StringComparer.Ordinal));

    [Fact]
    public async Task The_analyzer_reports_on_the_additional_documents_of_a_project_loaded_as_an_IDE_loads_it()
    {
        var project = newsroom.Project;
        newsroom.Workspace.Diagnostics.Where(d => d.Kind == WorkspaceDiagnosticKind.Failure).ShouldBeEmpty();

        project.AdditionalDocuments.Select(d => newsroom.Relative(d.FilePath!)).Order().ShouldBe([
            "articles/afp/004.txt", "articles/agency-a/000.txt", "articles/agency-b/001.txt", "articles/aljazeera/002.txt", "articles/ap/003.txt",
            "rules/broken.yml", "rules/gazette.yml"]);
        // The SDK adds its own analyzers (source generators' diagnostics, interop); Editorial's come from the <Analyzer> item.
        var analyzers = project.AnalyzerReferences.Where(r => Path.GetFileName(r.FullPath) == "Editorial.Analyzers.dll")
            .SelectMany(r => r.GetAnalyzers(LanguageNames.CSharp)).ToList();
        analyzers.Select(a => a.GetType().FullName).ShouldBe(["Editorial.Analyzers.EditorialAnalyzer"]);

        var compilation = (await project.GetCompilationAsync())!;
        var diagnostics = await compilation.WithAnalyzers([.. analyzers], project.AnalyzerOptions).GetAnalyzerDiagnosticsAsync();

        // The configuration problems of this project; the findings of the rules themselves are compared with the CLI's below.
        diagnostics.Where(d => d.Id.StartsWith("ED9", StringComparison.Ordinal)).Select(d => newsroom.Relative(AnalyzerHarness.Format(d))).Order().ShouldBe([
            "articles/afp/004.txt(1,1,1,1): error ED9005: Unknown outlet 'nosuch' (from editorial.outlet); known outlets: " + KnownOutlets,
            "articles/agency-a/000.txt(1,1,1,1): error ED9005: Unknown outlet 'tribune' (from EditorialOutlet); known outlets: " + KnownOutlets,
            "articles/agency-b/001.txt(1,1,1,1): error ED9005: Unknown outlet 'tribune' (from EditorialOutlet); known outlets: " + KnownOutlets,
            "articles/aljazeera/002.txt(1,1,1,1): error ED9005: Unknown outlet 'tribune' (from EditorialOutlet); known outlets: " + KnownOutlets,
            "articles/ap/003.txt(1,1,1,1): error ED9005: Unknown outlet 'tribune' (from EditorialOutlet); known outlets: " + KnownOutlets,
            "rules/broken.yml(2,1,2,1): error ED9004: Profile 'broken' is invalid: it extends 'nowhere', which is not a known profile",
        ]);
    }

    [Fact]
    public async Task Findings_with_fixes_reach_the_additional_documents_with_the_projects_own_options()
    {
        var project = newsroom.Project;
        var compilation = (await project.GetCompilationAsync())!;

        var diagnostics = await compilation.WithAnalyzers([new EditorialAnalyzer(TestRules.All)], project.AnalyzerOptions).GetAnalyzerDiagnosticsAsync();

        var byDocument = project.AdditionalDocuments.ToDictionary(
            d => newsroom.Relative(d.FilePath!),
            d => diagnostics.Where(x => x.Id == "EDT1001" && x.Location.GetLineSpan().Path == d.FilePath).Select(x => x.Properties["Replacement"]).ToList());
        byDocument["articles/ap/003.txt"].ShouldBe(Enumerable.Repeat("Kyiv", 6));
        byDocument["articles/afp/004.txt"].ShouldBe(Enumerable.Repeat("Zelenskyy", 3));
        byDocument["rules/gazette.yml"].ShouldBeEmpty();
    }

    /// <summary>
    /// The analyzer loaded by this SDK's own compiler (<c>dotnet build</c>) reports what the CLI and the MSBuild task report for the
    /// seed articles with the same configuration: same files, lines, columns, severities, IDs and messages, and no CS9057 or AD0001.
    /// </summary>
    [Fact]
    public void The_SDK_compiler_reports_what_the_CLI_and_the_task_report()
    {
        var (_, output) = GeneratedNewsroomProject.Dotnet("build", newsroom.ProjectPath, "--no-restore", "-nologo", "-tl:off", "-clp:NoSummary",
            "-nodeReuse:false", "-p:UseSharedCompilation=false");

        output.ShouldNotContain("CS9057");
        output.ShouldNotContain("AD0001");
        var compiler = CompilerLine().Matches(output)
            .Select(m => $"{m.Groups["path"].Value}({m.Groups["line"].Value},{m.Groups["column"].Value}): {m.Groups["severity"].Value} {m.Groups["id"].Value}: {m.Groups["message"].Value}")
            .Distinct().Order().ToList();
        var cli = CheckRun.Run(new CheckRequest(newsroom.ArticlePaths, newsroom.ProfilePaths, DefaultOutlet: "tribune", DefaultOutletSetting: "EditorialOutlet")).Diagnostics
            .Where(d => d.Severity >= Editorial.Diagnostics.Severity.Warning)
            .Select(d => $"{d.Location.Path}({d.Location.LineSpan.StartLine},{d.Location.LineSpan.StartColumn}): {Editorial.Diagnostics.Diagnostic.SeverityWord(d.Severity)} {d.Id}: {d.Message}")
            .Order().ToList();
        // One known difference: the CLI points a bad editorial.* value at the .editorconfig line that sets it; the analyzer cannot
        // read configuration files, so it reports the problem at the start of each article the value applies to.
        var nosuch = "error ED9005: Unknown outlet 'nosuch' (from editorial.outlet); known outlets: " + KnownOutlets;
        var inConfig = cli.Where(line => line.Contains(".editorconfig(", StringComparison.Ordinal)).ToList();
        inConfig.ShouldBe([Path.Combine(newsroom.Root, ".editorconfig") + "(4,1): " + nosuch]);
        compiler.ShouldNotBeEmpty();
        compiler.ShouldBe(cli.Except(inConfig).Append(Path.Combine(newsroom.Root, "articles", "afp", "004.txt") + "(1,1): " + nosuch).Order());
    }

    /// <summary>A compiler diagnostic as MSBuild prints it: <c>path(line,col): severity ID: message (help link) [project]</c>.</summary>
    [GeneratedRegex(@"^\s*(?<path>/.*?)\((?<line>\d+),(?<column>\d+)\): (?<severity>error|warning) (?<id>ED\w+): (?<message>.*) \(https://[^ ]*\) \[.*\]\s*$", RegexOptions.Multiline)]
    private static partial Regex CompilerLine();
}

/// <summary>The generated project, restored and opened once for the tests of <see cref="MSBuildWorkspaceTests"/>.</summary>
public sealed class GeneratedNewsroomProject : IAsyncLifetime
{
    private static readonly string[] AnalyzerAssemblies = ["Editorial.Analyzers.dll", "Editorial.Core.dll", "Editorial.Hosting.dll", "Markdig.dll", "YamlDotNet.dll", "AngleSharp.dll"];

    private readonly string _root = Directory.CreateTempSubdirectory("editorial-ide-").FullName;

    static GeneratedNewsroomProject()
    {
        if (!MSBuildLocator.IsRegistered) MSBuildLocator.RegisterDefaults();
    }

    private static readonly string[] Seeds_ = ["afp/004.txt", "agency-a/000.txt", "agency-b/001.txt", "aljazeera/002.txt", "ap/003.txt"];

    public MSBuildWorkspace Workspace { get; } = MSBuildWorkspace.Create();
    public string Root => _root;
    public string ProjectPath => Path.Combine(_root, "Newsroom.csproj");
    public IReadOnlyList<string> ArticlePaths => Seeds_.Select(seed => Path.Combine(_root, "articles", seed)).ToList();
    public IReadOnlyList<string> ProfilePaths => new[] { "broken.yml", "gazette.yml" }.Select(name => Path.Combine(_root, "rules", name)).ToList();
    public Project Project { get; private set; } = null!;

    public async Task InitializeAsync() => Project = await Workspace.OpenProjectAsync(CreateProject());

    public Task DisposeAsync()
    {
        Workspace.Dispose();
        Directory.Delete(_root, recursive: true);
        return Task.CompletedTask;
    }

    public string Relative(string text) => text.Replace(_root + Path.DirectorySeparatorChar, "", StringComparison.Ordinal);

    private string Write(string relative, string text)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private string CreateProject()
    {
        var analyzers = string.Join("\n", AnalyzerAssemblies.Select(a => $"    <Analyzer Include=\"{Path.Combine(AppContext.BaseDirectory, a)}\" />"));
        var project = Write("Newsroom.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <EditorialOutlet>tribune</EditorialOutlet>
                <EnableNETAnalyzers>false</EnableNETAnalyzers>
              </PropertyGroup>
              <ItemGroup>
            {analyzers}
                <AdditionalFiles Include="articles/**/*.txt" />
                <AdditionalFiles Include="rules/*.yml" />
                <CompilerVisibleProperty Include="EditorialOutlet" />
              </ItemGroup>
            </Project>
            """);
        Write("Placeholder.cs", "class Placeholder { }\n");
        Write(".editorconfig", "root = true\n\n[articles/afp/**]\neditorial.outlet = nosuch\n");
        foreach (var seed in Seeds_) Write("articles/" + seed, Seeds.Text(seed));
        Write("rules/gazette.yml", "name: gazette\n");
        Write("rules/broken.yml", "name: broken\nextends: nowhere\n");
        // An IDE restores before loading; so does this test, with the SDK that runs it.
        var (exitCode, output) = Dotnet("restore", project);
        exitCode.ShouldBe(0, output);
        return project;
    }

    /// <summary>Runs this SDK's <c>dotnet</c> and returns its exit code and its output (standard output and error).</summary>
    public static (int ExitCode, string Output) Dotnet(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet", arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output.Result + errors);
    }
}
