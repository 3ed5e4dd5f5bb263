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
    // BuildManager.DefaultBuildManager runs one build at a time; the in-process tests are one collection, so this only
    // guards against a future second caller.
    private static readonly Lock Gate = new();

    public static BuildResult Run(Consumer consumer, IReadOnlyDictionary<string, string> properties, LoggerVerbosity verbosity, params ILogger[] loggers)
    {
        lock (Gate)
        {
            var output = new StringBuilder();
            var console = new ConsoleLogger(verbosity, text => output.Append(text), _ => { }, () => { }) { Parameters = "NoSummary;ShowProjectFile=true" };
            if (!consumer.Restored)
            {
                // As `dotnet build` restores: a separate evaluation that ignores the package imports it is about to write.
                var restore = Execute(consumer.ProjectFile, "Restore",
                    new Dictionary<string, string>(properties) { ["MSBuildRestoreSessionId"] = Guid.NewGuid().ToString("D"), ["ExcludeRestorePackageImports"] = "true" },
                    [console]);
                if (restore != BuildResultCode.Success) return new BuildResult(1, output.ToString(), consumer.ProjectFile);
                consumer.Restored = true;
            }
            var build = Execute(consumer.ProjectFile, "Build", properties, [console, .. loggers]);
            return new BuildResult(build == BuildResultCode.Success ? 0 : 1, output.ToString(), consumer.ProjectFile);
        }
    }

    private static BuildResultCode Execute(string projectFile, string target, IReadOnlyDictionary<string, string> properties, IEnumerable<ILogger> loggers)
    {
        // A fresh collection each time: no evaluation or project file cached from before a restore or an edit is reused.
        using var projects = new ProjectCollection();
        var parameters = new BuildParameters(projects) { Loggers = loggers, EnableNodeReuse = false, MaxNodeCount = 1 };
        var request = new BuildRequestData(projectFile, properties.ToDictionary(), toolsVersion: null, [target], hostServices: null);
        return BuildManager.DefaultBuildManager.Build(parameters, request).OverallResult;
    }
}
