using System.Security.Cryptography;
using System.Text.Json;

namespace Editorial.Cli.Tests;

/// <summary>
/// The SARIF multitool (Microsoft's SARIF SDK, npm package <c>@microsoft/sarif-multitool</c>, MIT), pinned by
/// <c>SarifMultitool/package.json</c> and its <c>package-lock.json</c>. The first run installs it with <c>npm ci</c> into a temp
/// folder named after the lock's hash, so later runs need neither npm nor the network. The package holds one self-contained
/// binary per platform; its own launcher runs it through a shell, so the tests ask node for the binary's path and run it directly.
/// </summary>
internal static class SarifMultitool
{
    private static readonly Lazy<string> Executable = new(Install);

    /// <summary>The findings of <c>validate --rule-kind Gh</c> on the log at <paramref name="sarifPath"/>: the rules GitHub code
    /// scanning applies when it ingests a log (GH1xxx, GH2xxx), as "RULE level: message id (arguments)". The tool exits 0 either
    /// way; its own SARIF output is the verdict, and names its messages by id.</summary>
    public static IReadOnlyList<string> GitHubFindings(string sarifPath)
    {
        var report = sarifPath + ".validation.sarif";
        File.Delete(report);
        Npm.Run(Executable.Value, ["validate", sarifPath, "--output", report, "--rule-kind", "Gh"], Path.GetDirectoryName(sarifPath)!);
        using var log = JsonDocument.Parse(File.ReadAllBytes(report));
        return log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Select(r => $"{r.GetProperty("ruleId").GetString()} {(r.TryGetProperty("level", out var level) ? level.GetString() : "warning")}: {Message(r.GetProperty("message"))}")
            .ToList();
    }

    private static string Message(JsonElement message) =>
        message.TryGetProperty("text", out var text) ? text.GetString()!
        : $"{message.GetProperty("id").GetString()} ({string.Join(", ", message.GetProperty("arguments").EnumerateArray().Select(a => a.GetString()))})";

    private static string Install()
    {
        var source = Path.Combine(AppContext.BaseDirectory, "SarifMultitool");
        var lockFile = File.ReadAllBytes(Path.Combine(source, "package-lock.json"));
        var hash = Convert.ToHexString(SHA256.HashData(lockFile))[..16].ToLowerInvariant();
        var folder = Path.Combine(Path.GetTempPath(), "editorial-test-cache", "sarif-multitool-" + hash);
        // npm ci writes node_modules/.package-lock.json last: its presence means a finished install.
        if (!File.Exists(Path.Combine(folder, "node_modules", ".package-lock.json")))
        {
            Directory.CreateDirectory(folder);
            File.Copy(Path.Combine(source, "package.json"), Path.Combine(folder, "package.json"), overwrite: true);
            File.WriteAllBytes(Path.Combine(folder, "package-lock.json"), lockFile);
            Npm.Run("npm", ["ci", "--no-audit", "--no-fund", "--silent"], folder);
        }
        var executable = Npm.Run("node", ["-p", "require('@microsoft/sarif-multitool')"], folder).Trim();
        // The package's postinstall script only marks the binary executable; npm may be set not to run install scripts.
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(executable, File.GetUnixFileMode(executable) | UnixFileMode.UserExecute);
        return executable;
    }
}
