using System.Text;
using Microsoft.Build.Evaluation;
using Microsoft.Build.Execution;
using Microsoft.Build.Framework;
using Microsoft.Build.Logging;

namespace Editorial.Build.Tests;

/// <summary>
/// Builds a consumer with the SDK's MSBuild inside the test host: restore once, then the Build target with the given
/// global properties (what `-p:` sets), logged by MSBuild's own console logger into a string. Restoring once is what
/// `dotnet build --no-restore` does after a first build: the consumer's project file never changes.
/// </summary>
internal static class InProcessBuild
{
    // BuildManager.DefaultBuildManager runs one build at a time, and both test classes call in.
    private static readonly Lock Gate = new();

    public static BuildResult Run(Consumer consumer, IReadOnlyDictionary<string, string> properties, LoggerVerbosity verbosity, params ILogger[] loggers)
    {
        lock (Gate)
        {
            var output = new StringBuilder();
            var console = new ConsoleLogger(verbosity, text => output.Append(text), _ => { }, () => { }) { Parameters = "NoSummary;ShowProjectFile=true" };
            if (!Restore(consumer, properties, console)) return new BuildResult(1, output.ToString(), consumer.ProjectFile);
            var build = Execute(consumer.ProjectFile, properties, [console, .. loggers]);
            return new BuildResult(build.OverallResult == BuildResultCode.Success ? 0 : 1, output.ToString(), consumer.ProjectFile);
        }
    }

    /// <summary>The full paths of the project's items of each of <paramref name="itemTypes"/> once the Build target has run,
    /// as `dotnet build -t:Build -getItem:…` lists them: for a C# project, what the compiler is handed.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> ItemsAfterBuild(Consumer consumer, IReadOnlyDictionary<string, string> properties, params string[] itemTypes)
    {
        lock (Gate)
        {
            // The compiler, should it run, runs as a process of its own: no compiler server is left behind by the test host.
            var withoutServer = new Dictionary<string, string>(properties) { ["UseSharedCompilation"] = "false" };
            if (!Restore(consumer, withoutServer, null)) throw new InvalidOperationException("Restoring " + consumer.ProjectFile + " failed");
            var build = Execute(consumer.ProjectFile, withoutServer, [], BuildRequestDataFlags.ProvideProjectStateAfterBuild);
            if (build.OverallResult != BuildResultCode.Success) throw new InvalidOperationException("Building " + consumer.ProjectFile + " failed", build.Exception);
            return itemTypes.ToDictionary(type => type,
                type => (IReadOnlyList<string>)build.ProjectStateAfterBuild.GetItems(type).Select(item => item.GetMetadataValue("FullPath")).ToList());
        }
    }

    /// <summary>Runs the Pack target of an already built project (`dotnet pack --no-build`) with these global properties;
    /// null when it succeeds, else what MSBuild logged.</summary>
    public static string? Pack(string projectFile, IReadOnlyDictionary<string, string> properties)
    {
        lock (Gate)
        {
            var output = new StringBuilder();
            var console = new ConsoleLogger(LoggerVerbosity.Minimal, text => output.Append(text), _ => { }, () => { });
            var pack = Execute(projectFile, new Dictionary<string, string>(properties) { ["NoBuild"] = "true" }, [console], target: "Pack");
            return pack.OverallResult == BuildResultCode.Success ? null : output.ToString();
        }
    }

    private static bool Restore(Consumer consumer, IReadOnlyDictionary<string, string> properties, ILogger? console)
    {
        if (consumer.Restored) return true;
        // As `dotnet build` restores: a separate evaluation that ignores the package imports it is about to write.
        var restore = Execute(consumer.ProjectFile,
            new Dictionary<string, string>(properties) { ["MSBuildRestoreSessionId"] = Guid.NewGuid().ToString("D"), ["ExcludeRestorePackageImports"] = "true" },
            console is null ? [] : [console], target: "Restore");
        consumer.Restored = restore.OverallResult == BuildResultCode.Success;
        return consumer.Restored;
    }

    private static Microsoft.Build.Execution.BuildResult Execute(string projectFile, IReadOnlyDictionary<string, string> properties, IEnumerable<ILogger> loggers,
        BuildRequestDataFlags flags = BuildRequestDataFlags.None, string target = "Build")
    {
        // A fresh collection each time: no evaluation or project file cached from before a restore or an edit is reused.
        using var projects = new ProjectCollection();
        var parameters = new BuildParameters(projects) { Loggers = loggers, EnableNodeReuse = false, MaxNodeCount = 1 };
        var request = new BuildRequestData(projectFile, properties.ToDictionary(), toolsVersion: null, [target], hostServices: null, flags);
        return BuildManager.DefaultBuildManager.Build(parameters, request);
    }
}
