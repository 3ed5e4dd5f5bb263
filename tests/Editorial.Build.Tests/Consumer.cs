using System.Text.RegularExpressions;
using Microsoft.Build.Framework;

namespace Editorial.Build.Tests;

/// <summary>A project that uses the Editorial package, generated in a folder of its own, and built in-process or with `dotnet build`.</summary>
public sealed class Consumer
{
    private Consumer(string directory, string projectFile)
    {
        Directory = directory;
        ProjectFile = projectFile;
    }

    public string Directory { get; }
    public string ProjectFile { get; }

    /// <summary>Whether <see cref="InProcessBuild"/> has restored the project (its project file never changes).</summary>
    public bool Restored { get; set; }

    public static Consumer Create(PackageFeed feed, string name, string sdk)
    {
        var directory = Path.Combine(feed.Root, name);
        System.IO.Directory.CreateDirectory(directory);
        var projectFile = Path.Combine(directory, name + ".csproj");
        // Nothing but the PackageReference: the defaults must do the rest.
        File.WriteAllText(projectFile, $"""
            <Project Sdk="{sdk}">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Editorial" Version="{PackageFeed.PackageVersion}" PrivateAssets="all" />
              </ItemGroup>
            </Project>
            """);
        return new Consumer(directory, projectFile);
    }

    public string PathOf(string relativePath) => Path.Combine(Directory, relativePath.Replace('/', Path.DirectorySeparatorChar));

    public Consumer Write(string relativePath, string text) => Write(relativePath, System.Text.Encoding.UTF8.GetBytes(text));

    public Consumer Write(string relativePath, byte[] bytes)
    {
        var path = PathOf(relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return this;
    }

    /// <summary>Builds inside the test host (see <see cref="InProcessBuild"/>), the console logger at minimal verbosity.</summary>
    internal BuildResult BuildInProcess(params ILogger[] loggers) => BuildInProcess(new Dictionary<string, string>(), LoggerVerbosity.Minimal, loggers);

    /// <summary>Builds inside the test host with these global properties, the console logger at <paramref name="verbosity"/>.</summary>
    internal BuildResult BuildInProcess(IReadOnlyDictionary<string, string> properties, LoggerVerbosity verbosity = LoggerVerbosity.Minimal, params ILogger[] loggers) =>
        InProcessBuild.Run(this, properties, verbosity, loggers);

    /// <summary>Runs `dotnet build` with the console logger at minimal verbosity (or as <paramref name="arguments"/> say), no build servers left behind.</summary>
    public BuildResult Build(params string[] arguments)
    {
        var result = DotnetProcess.Run(Directory,
            ["build", ProjectFile, "-nodeReuse:false", "--disable-build-servers", "-tl:off", "-clp:NoSummary", .. arguments]);
        return new BuildResult(result.ExitCode, result.Output, ProjectFile);
    }
}

/// <summary>The outcome of a build: its exit code, its output, and its ED lines without the trailing <c>[project]</c>.</summary>
public sealed partial class BuildResult(int exitCode, string output, string projectFile)
{
    public int ExitCode { get; } = exitCode;
    public string Output { get; } = output;

    /// <summary>Each distinct <c>file(line,col): warning|error EDnnnn: message</c> line, in output order.</summary>
    public IReadOnlyList<string> Diagnostics => Output.Split('\n')
        .Select(line => DiagnosticLine().Match(line.TrimEnd('\r')))
        .Where(match => match.Success && match.Groups["project"].Value == projectFile)
        .Select(match => match.Groups["diagnostic"].Value)
        .Distinct()
        .ToList();

    /// <summary>Whether the check ran (it logs this at normal verbosity), rather than its stored findings being replayed.</summary>
    public bool Checked => Output.Contains("Editorial: checked ");

    public override string ToString() => $"exit code {ExitCode}\n{Output}";

    [GeneratedRegex(@"^\s*(?:\d+(?::\d+)?>)?(?<diagnostic>\S.*?\(\d+,\d+\): (?:warning|error) ED\d{4}: .*) \[(?<project>[^\]]+)\]$")]
    private static partial Regex DiagnosticLine();
}
