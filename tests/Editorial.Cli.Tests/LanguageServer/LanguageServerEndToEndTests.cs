using System.Diagnostics;
using System.Security.Cryptography;

namespace Editorial.Cli.Tests.LanguageServer;

/// <summary>
/// <c>editorial lsp</c> as an editor runs it: a separate process, driven over its standard input and output by a third-party
/// LSP client, Microsoft's <c>vscode-languageserver-protocol</c> for Node (the protocol layer of VS Code's own client), in
/// <c>client/e2e.js</c>. The script makes its own workspace, opens an article, checks the diagnostics (rule, range, message),
/// applies a quick fix, sends the edit, checks the new diagnostics, saves and shuts the server down.
/// The client's packages are installed with <c>npm ci</c> from the committed lock file into a cache folder named by the lock
/// file's hash, so a clean clone needs only node and npm, and later runs neither the network nor a new install.
/// </summary>
public sealed class LanguageServerEndToEndTests
{
    private static readonly string ClientFolder = Path.Combine(AppContext.BaseDirectory, "LanguageServer", "client");

    [Fact]
    public void An_lsp_client_gets_diagnostics_applies_a_fix_and_sees_the_finding_gone()
    {
        var client = InstalledClient();
        var server = Path.Combine(AppContext.BaseDirectory, "editorial.dll");
        var (exitCode, output) = Run("node", [Path.Combine(client, "e2e.js"), DotnetHost(), server, "lsp"], client, TimeSpan.FromSeconds(60));
        exitCode.ShouldBe(0, output);
        output.ShouldContain("every check held");
    }

    [Fact]
    public void Where_json_has_no_reflection_as_in_the_native_executable_the_server_says_it_needs_the_tool()
    {
        using var cli = new CliHarness();
        var outcome = cli.RunWithoutJsonReflection("lsp");
        outcome.Error.ShouldBe("editorial: the language server needs the .NET tool (dotnet tool install Editorial.Cli); this native executable cannot run it.\n");
        outcome.ExitCode.ShouldBe(ExitCodes.UsageOrConfiguration);
    }

    /// <summary>The client folder in the cache: the committed package files with <c>node_modules</c> installed by
    /// <c>npm ci</c>, and the current script (copied each run, so an edit to it needs no new install).</summary>
    private static string InstalledClient()
    {
        var lockFile = Path.Combine(ClientFolder, "package-lock.json");
        var hash = Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(lockFile)))[..16].ToLowerInvariant();
        var cache = Path.Combine(Path.GetTempPath(), "editorial-test-cache", "lsp-client-" + hash);
        var installed = Path.Combine(cache, ".installed");
        if (!File.Exists(installed))
        {
            Directory.CreateDirectory(cache);
            File.Copy(Path.Combine(ClientFolder, "package.json"), Path.Combine(cache, "package.json"), overwrite: true);
            File.Copy(lockFile, Path.Combine(cache, "package-lock.json"), overwrite: true);
            var (exitCode, output) = Run("npm", ["ci", "--no-audit", "--no-fund", "--ignore-scripts"], cache, TimeSpan.FromMinutes(5));
            if (exitCode != 0) throw new InvalidOperationException($"npm ci for the LSP test client failed ({exitCode}):\n{output}");
            File.WriteAllText(installed, hash);
        }
        File.Copy(Path.Combine(ClientFolder, "e2e.js"), Path.Combine(cache, "e2e.js"), overwrite: true);
        return cache;
    }

    /// <summary>The <c>dotnet</c> that runs this test, so the server runs on the same runtime.</summary>
    private static string DotnetHost() =>
        Environment.ProcessPath is { } host && Path.GetFileNameWithoutExtension(host) == "dotnet" ? host : "dotnet";

    private static (int ExitCode, string Output) Run(string fileName, string[] arguments, string workingDirectory, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(fileName, arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)
            ?? throw new InvalidOperationException($"{fileName} could not be started");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', arguments)} did not finish in {timeout}:\n{output.Result}{error.Result}");
        }
        return (process.ExitCode, output.Result + error.Result);
    }
}
