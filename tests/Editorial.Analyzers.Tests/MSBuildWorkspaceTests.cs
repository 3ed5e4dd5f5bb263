using System.Diagnostics;
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
public sealed class MSBuildWorkspaceTests(GeneratedNewsroomProject newsroom) : IClassFixture<GeneratedNewsroomProject>
{
    [Fact]
    public async Task The_analyzer_reports_on_the_additional_documents_of_a_project_loaded_as_an_IDE_loads_it()
    {
        var project = newsroom.Project;
        newsroom.Workspace.Diagnostics.Where(d => d.Kind == WorkspaceDiagnosticKind.Failure).ShouldBeEmpty();

        project.AdditionalDocuments.Select(d => newsroom.Relative(d.FilePath!)).Order()
            .ShouldBe(["articles/afp/004.txt", "articles/ap/003.txt", "rules/broken.yml", "rules/gazette.yml"]);
        // The SDK adds its own analyzers (source generators' diagnostics, interop); Editorial's come from the <Analyzer> item.
        var analyzers = project.AnalyzerReferences.Where(r => Path.GetFileName(r.FullPath) == "Editorial.Analyzers.dll")
            .SelectMany(r => r.GetAnalyzers(LanguageNames.CSharp)).ToList();
        analyzers.Select(a => a.GetType().FullName).ShouldBe(["Editorial.Analyzers.EditorialAnalyzer"]);

        var compilation = (await project.GetCompilationAsync())!;
        var diagnostics = await compilation.WithAnalyzers([.. analyzers], project.AnalyzerOptions).GetAnalyzerDiagnosticsAsync();

        diagnostics.Select(d => newsroom.Relative(AnalyzerHarness.Format(d))).Order().ShouldBe([
            "articles/afp/004.txt(1,1,1,1): error ED9005: Unknown outlet 'nosuch' (from editorial.outlet); known outlets: default, gazette",
            "articles/ap/003.txt(1,1,1,1): error ED9005: Unknown outlet 'tribune' (from the default outlet); known outlets: default, gazette",
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
}

/// <summary>The generated project, restored and opened once for the tests of <see cref="MSBuildWorkspaceTests"/>.</summary>
public sealed class GeneratedNewsroomProject : IAsyncLifetime
{
    private static readonly string[] AnalyzerAssemblies = ["Editorial.Analyzers.dll", "Editorial.Core.dll", "Markdig.dll", "YamlDotNet.dll"];

    private readonly string _root = Directory.CreateTempSubdirectory("editorial-ide-").FullName;

    static GeneratedNewsroomProject()
    {
        if (!MSBuildLocator.IsRegistered) MSBuildLocator.RegisterDefaults();
    }

    public MSBuildWorkspace Workspace { get; } = MSBuildWorkspace.Create();
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
        Write("articles/ap/003.txt", Seeds.Text("ap/003.txt"));
        Write("articles/afp/004.txt", Seeds.Text("afp/004.txt"));
        Write("rules/gazette.yml", "name: gazette\n");
        Write("rules/broken.yml", "name: broken\nextends: nowhere\n");
        Restore(project);
        return project;
    }

    /// <summary>An IDE restores before loading; so does this test, with the SDK that runs it.</summary>
    private static void Restore(string project)
    {
        var start = new ProcessStartInfo("dotnet", ["restore", project]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        process.ExitCode.ShouldBe(0, output.Result + errors);
    }
}
