using System.Diagnostics;
using System.Text.Json.Nodes;

namespace Editorial.Cli.Tests;

/// <summary>
/// The native executable (<c>dotnet publish src/Editorial.Cli -p:PublishProfile=native</c>, Native AOT) against the tool: the
/// same reports on the sample newsroom, the same profile problems, a baseline written and read, and a plain refusal of
/// <c>lsp</c>. Trimming and the absence of reflection break only that build, so only that build shows it: a baseline once
/// stopped it with an internal error, and the language server exited at its first message without a word.
/// </summary>
public sealed class NativeExecutableTests(NativeExecutableTests.Published native) : IClassFixture<NativeExecutableTests.Published>
{
    [Fact]
    public void Its_report_on_the_sample_newsroom_is_the_tool_s()
    {
        var samples = Path.Combine(Repository.Root, "samples", "Newsroom");
        var nativeReport = Run(native.Executable, [], Repository.Root, "check", samples, "--format", "json");
        var toolReport = Run("dotnet", [Path.Combine(AppContext.BaseDirectory, "editorial.dll")], Repository.Root, "check", samples, "--format", "json");

        nativeReport.ExitCode.ShouldBe(toolReport.ExitCode, nativeReport.Error);
        Findings(nativeReport.Output).ShouldBe(Findings(toolReport.Output));
        Findings(nativeReport.Output).Count.ShouldBeGreaterThan(10);
    }

    [Fact]
    public void It_reads_a_project_s_profiles_and_reports_their_problems_as_the_tool_does()
    {
        using var cli = new CliHarness();
        cli.Write("rules/house.yml", "name: house\nspellings:\n  - preferred: Kyiv\n    variants: [Kiev]\n");
        cli.Write("rules/typo.yml", "name: typo\nspellings:\n  - preferd: Kyiv\n");
        cli.Write("a.txt", "Talks in Kiev.\n");

        var outcome = Run(native.Executable, [], cli.Root, "check", "a.txt", "--outlet", "house", "--profiles", "rules");

        outcome.Output.ShouldBe(
            "a.txt(1,10,1,14): warning ED1002: 'Kiev' is spelled 'Kyiv' in house style\n" +
            "rules/typo.yml(3,5,3,5): error ED9004: Profile 'typo' is invalid: unknown key 'preferd' in a spelling entry; " +
            "its keys are preferred, variants, since, exceptions, scope, match-case, source\n");
        outcome.ExitCode.ShouldBe(ExitCodes.UsageOrConfiguration);
    }

    [Fact]
    public void It_writes_and_reads_a_baseline()
    {
        using var cli = new CliHarness();
        cli.Write("a.txt", "Talks in Kiev.\n");
        Run(native.Executable, [], cli.Root, "check", "a.txt", "--outlet", "ap", "--baseline", "b.json", "--update-baseline").ExitCode.ShouldBe(ExitCodes.Success);
        cli.Write("a.txt", "Talks in Kiev.\nKiev again.\n");

        var outcome = Run(native.Executable, [], cli.Root, "check", "a.txt", "--outlet", "ap", "--baseline", "b.json");

        outcome.Output.ShouldBe("a.txt(2,1,2,5): warning ED1002: 'Kiev' is spelled 'Kyiv' in Associated Press style\n");
        outcome.ExitCode.ShouldBe(ExitCodes.Success);
    }

    [Fact]
    public void It_says_the_language_server_needs_the_tool()
    {
        var outcome = Run(native.Executable, [], Repository.Root, "lsp");
        outcome.Error.ShouldBe("editorial: the language server needs the .NET tool (dotnet tool install Editorial.Cli); this native executable cannot run it.\n");
        outcome.ExitCode.ShouldBe(ExitCodes.UsageOrConfiguration);
    }

    /// <summary>The findings of a JSON report, without the tool's version, which names the build.</summary>
    private static List<string> Findings(string report) =>
        JsonNode.Parse(report)!["diagnostics"]!.AsArray().Select(d => d!.ToJsonString()).ToList();

    private static CliOutcome Run(string fileName, string[] prefix, string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo(fileName) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in prefix.Concat(args)) start.ArgumentList.Add(argument);
        // Paths in reports are relative to the folder the run starts in, as a user's would be; no CI annotations.
        start.Environment.Remove("GITHUB_ACTIONS");
        return CliHarness.RunProcess(start);
    }

    /// <summary>
    /// The native executable, published once for the class into a folder of its own, with its own artifacts path so that its
    /// build never shares an obj/ folder with the build that runs the tests (the native toolchain's packages restore from the
    /// usual feed). Publishing takes minutes: it is the price of testing what ships.
    /// </summary>
    public sealed class Published : IDisposable
    {
        private readonly string _root = Path.Combine(Path.GetTempPath(), "editorial-native-" + Guid.NewGuid().ToString("N")[..8]);

        public Published()
        {
            var project = Path.Combine(Repository.Root, "src", "Editorial.Cli", "Editorial.Cli.csproj");
            var output = Path.Combine(_root, "publish");
            var publish = Run("dotnet", [], Repository.Root, "publish", project, "-c", "Release", "-f", "net10.0", "-p:PublishProfile=native",
                "--artifacts-path", Path.Combine(_root, "artifacts"), $"-p:PublishDir={output}/", "--nologo");
            if (publish.ExitCode != 0) throw new InvalidOperationException($"Publishing the native executable failed:\n{publish.Output}{publish.Error}");
            Executable = Path.Combine(output, "editorial");
        }

        public string Executable { get; }

        public void Dispose()
        {
            try
            {
                Directory.Delete(_root, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temp folder is harmless.
            }
        }
    }
}
