using System.Diagnostics;
using System.Reflection;

namespace Editorial.Build.Tests;

/// <summary>
/// Once per test run (<see cref="PackageFeedLease"/>, for both tiers): packs src/Editorial.Package into a temporary folder feed,
/// with a nuget.config (that feed plus the machine's usual sources) and a packages folder of its own for the consumers,
/// so no other run's or build's copy of the package is ever used. Consumers are generated below it.
/// </summary>
public sealed class PackageFeed
{
    public const string PackageVersion = "0.1.0-e2e";

    // Deleted when the last test class that holds it is done (see PackageFeedLease), not at process exit: under
    // `dotnet test` a ProcessExit handler left the folders behind. A class that starts after that gets a new feed.
    private static readonly Lock Gate = new();
    private static PackageFeed? current;
    private static int leases;

    /// <summary>The feed of this test run, packed by whichever test class needs it first; give it back with <see cref="Release"/>.</summary>
    public static PackageFeed Acquire()
    {
        lock (Gate)
        {
            current ??= new PackageFeed();
            leases++;
            return current;
        }
    }

    public static void Release()
    {
        lock (Gate)
        {
            if (--leases > 0) return;
            current?.Delete();
            current = null;
        }
    }

    private PackageFeed()
    {
        RepositoryRoot = FindRepositoryRoot();
        Root = Path.Combine(Path.GetTempPath(), "editorial-e2e-" + Guid.NewGuid().ToString("N")[..8]);
        Feed = Path.Combine(Root, "feed");
        Directory.CreateDirectory(Feed);
        var configuration = typeof(PackageFeed).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        // The package project is built before this assembly (a project reference), so packing is all that is left to do.
        var packFailure = InProcessBuild.Pack(Path.Combine(RepositoryRoot, "src", "Editorial.Package", "Editorial.Package.csproj"),
            new Dictionary<string, string> { ["Configuration"] = configuration, ["PackageOutputPath"] = Feed, ["PackageVersion"] = PackageVersion });
        if (packFailure is not null) throw new InvalidOperationException("Packing Editorial failed:\n" + packFailure);

        File.WriteAllText(Path.Combine(Root, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="editorial-e2e" value="{Feed}" />
              </packageSources>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(Root, "Directory.Build.props"), $"""
            <Project>
              <PropertyGroup>
                <RestorePackagesPath>{Path.Combine(Root, "packages")}/</RestorePackagesPath>
              </PropertyGroup>
            </Project>
            """);
    }

    public string RepositoryRoot { get; }
    public string Root { get; }
    public string Feed { get; }

    public Consumer CreateContentProject(string name) => Consumer.Create(this, name, "Microsoft.Build.NoTargets/3.7.0");

    public Consumer CreateCSharpProject(string name) => Consumer.Create(this, name, "Microsoft.NET.Sdk");

    private void Delete()
    {
        if (Environment.GetEnvironmentVariable("EDITORIAL_KEEP_E2E") is null)
        {
            try { Directory.Delete(Root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Editorial.sln"))) return directory.FullName;
        }
        throw new InvalidOperationException("Editorial.sln not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>A test class's hold on the shared <see cref="PackageFeed"/> (an xunit class fixture): the tiers are separate
/// classes, so that their builds run side by side, and pack once between them.</summary>
public sealed class PackageFeedLease : IDisposable
{
    public PackageFeed Feed { get; } = PackageFeed.Acquire();

    public void Dispose() => PackageFeed.Release();
}

/// <summary>A `dotnet` command run as a process, with the MSBuild variables of the test host removed so the child
/// finds its own SDK exactly as a user's shell would.</summary>
public static class DotnetProcess
{
    public sealed record Result(int ExitCode, string Output);

    public static Result Run(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || k.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return new Result(process.ExitCode, output + error.Result);
    }
}
