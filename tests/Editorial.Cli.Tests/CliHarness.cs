using System.Text;
using System.Text.Json.Nodes;

namespace Editorial.Cli.Tests;

/// <summary>A temporary folder of articles and configuration files, and the CLI run in process over it.</summary>
public sealed class CliHarness : IDisposable
{
    public CliHarness()
    {
        Root = Path.Combine(Path.GetTempPath(), "editorial-cli-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
        // Stops .editorconfig lookup here, so a config above the temp folder cannot change the outcome.
        Write(".editorconfig", "root = true\n");
    }

    public string Root { get; }

    public IReadOnlyList<Editorial.Rules.Rule> Rules { get; set; } = [new KievRule()];

    public string PathOf(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

    public string Write(string relative, string text) => WriteBytes(relative, new UTF8Encoding(false).GetBytes(text));

    public string WriteBytes(string relative, byte[] bytes)
    {
        var path = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public byte[] ReadBytes(string relative) => File.ReadAllBytes(PathOf(relative));

    /// <summary>Runs <c>editorial</c> with <paramref name="args"/>; relative paths are resolved against <see cref="Root"/>.</summary>
    public CliOutcome Run(params string[] args) => RunWithInput("", args);

    /// <summary>Runs <c>editorial</c> with <paramref name="input"/> (UTF-8) as its standard input.</summary>
    public CliOutcome RunWithInput(string input, params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var resolved = args.Select((arg, i) => IsPath(args, i) ? PathOf(arg) : arg).ToArray();
        using var standardInput = new MemoryStream(new UTF8Encoding(false).GetBytes(input));
        var exitCode = new EditorialCli(output, error, Rules, Root, standardInput).Run(resolved);
        return new CliOutcome(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>True when the tests run as root, who may read and write any folder whatever its mode.</summary>
    public static bool IsRoot { get; } = !OperatingSystem.IsWindows() && Environment.UserName == "root";

    /// <summary>
    /// A copy of the built tool in a folder every user may enter: the build output may lie in a folder only its owner can
    /// (a clone made under <c>mktemp -d</c>, mode 700), where user 65534 cannot start it. Copied once per test run.
    /// </summary>
    private static readonly Lazy<string> ToolForAnyUser = new(() =>
    {
        // Another user is a Unix notion here (setpriv): Windows runs the tool where it was built.
        if (OperatingSystem.IsWindows()) return AppContext.BaseDirectory;
        var copy = Path.Combine(Path.GetTempPath(), "editorial-cli-tests", "tool-" + Guid.NewGuid().ToString("N"));
        var everyoneEnters = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead
                             | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute;
        foreach (var file in Directory.EnumerateFiles(AppContext.BaseDirectory, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy, Path.GetRelativePath(AppContext.BaseDirectory, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!, everyoneEnters);
            File.Copy(file, target);
        }
        File.SetUnixFileMode(Path.Combine(copy, "editorial"), everyoneEnters);
        return copy;
    });

    /// <summary>
    /// Runs the built <c>editorial</c> in <see cref="Root"/> as the unprivileged user 65534 (through setpriv), with the real
    /// rules: how a test run as root shows what a folder's mode does to everyone else.
    /// </summary>
    public CliOutcome RunAsAnotherUser(params string[] args)
    {
        var start = new System.Diagnostics.ProcessStartInfo("setpriv") { WorkingDirectory = Root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in (string[])["--reuid=65534", "--regid=65534", "--clear-groups", Path.Combine(ToolForAnyUser.Value, "editorial"), .. args])
        {
            start.ArgumentList.Add(argument);
        }
        // The runtime wants a home it can write to; the user has none.
        start.Environment["HOME"] = start.Environment["DOTNET_CLI_HOME"] = Path.GetTempPath();
        return RunProcess(start);
    }

    /// <summary>
    /// Runs the built <c>editorial</c> in <see cref="Root"/>, with the real rules, in a runtime whose System.Text.Json has no
    /// reflection-based serialization, as the native executable (Native AOT) has none: what only the native build would show.
    /// </summary>
    public CliOutcome RunWithoutJsonReflection(params string[] args)
    {
        var config = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "editorial.runtimeconfig.json")))!;
        config["runtimeOptions"]!["configProperties"]!["System.Text.Json.JsonSerializer.IsReflectionEnabledByDefault"] = false;
        var configPath = Path.Combine(Root, "..", Path.GetFileName(Root) + ".runtimeconfig.json");
        File.WriteAllText(configPath, config.ToJsonString());
        try
        {
            var start = new System.Diagnostics.ProcessStartInfo("dotnet") { WorkingDirectory = Root, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in (string[])["exec", "--runtimeconfig", configPath, Path.Combine(AppContext.BaseDirectory, "editorial.dll"), .. args])
            {
                start.ArgumentList.Add(argument);
            }
            return RunProcess(start);
        }
        finally
        {
            File.Delete(configPath);
        }
    }

    /// <summary>
    /// Runs the built <c>editorial</c> in <see cref="Root"/>, with the real rules, where no file may grow past
    /// <paramref name="kilobytes"/> (<c>ulimit -f</c>), as a shell that sets the limit starts it: a write past the limit sends it
    /// SIGXFSZ, which <c>editorial</c> holds so that the write fails as a write to a full disk does. The runtime's double-mapped
    /// code memory is a file too, and is turned off.
    /// </summary>
    public CliOutcome RunWithFileSizeLimit(int kilobytes, params string[] args)
    {
        var start = new System.Diagnostics.ProcessStartInfo("bash") { WorkingDirectory = Root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in (string[])["-c", $"ulimit -f {kilobytes}; exec dotnet \"$0\" \"$@\"", Path.Combine(AppContext.BaseDirectory, "editorial.dll"), .. args])
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment["DOTNET_EnableWriteXorExecute"] = "0";
        return RunProcess(start);
    }

    /// <summary>Runs <paramref name="start"/> (its output and error redirected) to its end.</summary>
    internal static CliOutcome RunProcess(System.Diagnostics.ProcessStartInfo start)
    {
        using var process = System.Diagnostics.Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return new CliOutcome(process.ExitCode, output, error.Result);
    }

    /// <summary>The subcommand, options and option values that are names (a format, an outlet) are passed as they are.</summary>
    private static bool IsPath(string[] args, int index) =>
        index > 0 && !args[index].StartsWith('-') && args[index - 1] is not ("--format" or "--outlet" or "--exclude");

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; the test's own outcome is what matters.
        }
    }
}

/// <summary>The checkout the tests run from: the folder above the test assembly that holds Editorial.sln.</summary>
public static class Repository
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Editorial.sln"))) return directory.FullName;
        }
        throw new InvalidOperationException("Editorial.sln not found above " + AppContext.BaseDirectory);
    }
}

public sealed record CliOutcome(int ExitCode, string Output, string Error)
{
    public string[] Lines => Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>What <c>editorial profiles</c> prints: the built-in outlets' rows, with a project's own rows in name order.</summary>
public static class ProfileListing
{
    private const string Header = "Outlet     Title                       Locale  Extends";

    private static readonly string[] BuiltInRows =
    [
        "afp        AFP (English)               -       default",
        "aljazeera  Al Jazeera English          en-GB   default",
        "ap         Associated Press            en-US   default",
        "bbc        BBC News                    en-GB   default",
        "default    Neutral (consistency only)  -       -",
        "guardian   The Guardian                en-GB   default",
        "reuters    Reuters                     -       default",
    ];

    public static IReadOnlyList<string> With(params string[] projectRows) =>
        [Header, .. BuiltInRows.Concat(projectRows).Order(StringComparer.Ordinal)];
}
