using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Editorial.Diagnostics;
using Editorial.Hosting;
using Editorial.Hosting.Reporting;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace Editorial.Build;

/// <summary>
/// Checks the project's articles and stores the findings in <see cref="ResultsFile"/>; it logs none of them.
/// The targets run this task only when an article, a profile, a configuration file or a setting changed, and
/// always run <see cref="ReportDiagnostics"/> on the stored results, so a build with nothing changed shows the
/// same warnings and fails on the same errors without checking anything again.
/// </summary>
public sealed class CheckArticles : Task
{
    /// <summary>The articles; none is a valid set (a project with no copy yet builds clean).</summary>
    public ITaskItem[] Articles { get; set; } = [];

    /// <summary>The project's own outlet profiles (rules/*.yml by default).</summary>
    public ITaskItem[] ProfileFiles { get; set; } = [];

    /// <summary>Global configs named by the project; .globalconfig files above the articles are found without being named.</summary>
    public ITaskItem[] GlobalConfigFiles { get; set; } = [];

    /// <summary>Every .editorconfig and .globalconfig in the articles' folders and above them, as the targets found them
    /// (EditorialConfigFile): the task looks for no others. Not set (none was found): each folder is probed.</summary>
    public ITaskItem[]? ConfigFiles { get; set; }

    /// <summary>The outlet of articles whose .editorconfig or front matter names none (the EditorialOutlet property).</summary>
    public string? DefaultOutlet { get; set; }

    [Required]
    public string ResultsFile { get; set; } = "";

    /// <summary>Where each article's own findings are kept between builds (<see cref="ArticleResultsCache"/>), so that a build
    /// after a few articles changed checks those on their own and no others; none when empty.</summary>
    public string? ArticleCacheFile { get; set; }

    /// <summary>Where to write a SARIF log of the findings (the EditorialErrorLog property); none when empty.</summary>
    public string? ErrorLog { get; set; }

    /// <summary>The project's folder: the base of the relative paths in the SARIF log.</summary>
    public string? ProjectDirectory { get; set; }

    /// <summary>The project file: where an error about one of its Editorial properties is logged.</summary>
    public string? ProjectFile { get; set; }

    /// <summary>A baseline file (the EditorialBaseline property): findings it holds are left out (see <see cref="Baseline"/>).</summary>
    public string? BaselineFile { get; set; }

    /// <summary>Write every finding to <see cref="BaselineFile"/> first (the EditorialUpdateBaseline property).</summary>
    public bool UpdateBaseline { get; set; }

    public override bool Execute()
    {
        var request = new CheckRequest(
            FullPaths(Articles),
            FullPaths(ProfileFiles),
            string.IsNullOrWhiteSpace(DefaultOutlet) ? null : DefaultOutlet!.Trim(),
            FullPaths(GlobalConfigFiles),
            ResultsCacheFile: string.IsNullOrWhiteSpace(ArticleCacheFile) ? null : Path.GetFullPath(ArticleCacheFile),
            ConfigFiles: ConfigFiles is null ? null : FullPaths(ConfigFiles),
            DefaultOutletSetting: "EditorialOutlet");
        // Where the engine and Roslyn's configuration API were loaded from: the task's own folder, not the SDK's copy of Roslyn.
        Log.LogMessage(MessageImportance.Low, "Editorial: engine from {0}; Roslyn configuration API from {1}",
            typeof(CheckRun).Assembly.Location, typeof(Microsoft.CodeAnalysis.AnalyzerConfigSet).Assembly.Location);
        // A setting that names a file and finds a folder would fail only after the check, with "Access to the path is denied".
        if (NamesFolder(ErrorLog, "EditorialErrorLog") | NamesFolder(BaselineFile, "EditorialBaseline")) return false;
        CheckResult result;
        try
        {
            result = CheckRun.Run(request);
        }
        catch (UnknownDefaultOutletException exception)
        {
            var unknownOutlet = ConfigurationDescriptors.UnknownOutlet;
            Log.LogError(null, unknownOutlet.Id, null, unknownOutlet.HelpLink, ProjectFile, 0, 0, 0, 0, exception.Message);
            return false;
        }
        var texts = SourceTexts.From(result.Files);
        var diagnostics = result.Diagnostics;
        if (!string.IsNullOrWhiteSpace(BaselineFile))
        {
            var baseline = WithBaseline(diagnostics, texts);
            if (baseline is null) return false;
            diagnostics = baseline;
        }
        int written;
        try
        {
            written = ResultsCache.Write(ResultsFile, diagnostics);
        }
        catch (Exception exception) when (WriteFailures.IsWriteFailure(exception))
        {
            // Without its results the build could not show the findings: it fails, saying why, rather than pass unchecked.
            LogAtProject("Editorial: cannot write the findings to '{0}': {1}", Path.GetFullPath(ResultsFile), exception.Message);
            return false;
        }
        if (!string.IsNullOrWhiteSpace(ErrorLog))
        {
            var errorLog = Path.GetFullPath(ErrorLog);
            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(errorLog)!);
                using var stream = File.Create(errorLog);
                // Paths in the log are relative to the project folder, as the compiler's /errorlog writes them.
                SarifWriter.Write(stream, diagnostics, ProjectDirectory, texts: texts);
            }
            catch (Exception exception) when (WriteFailures.IsWriteFailure(exception))
            {
                LogAtProject("Editorial: cannot write the SARIF log '{0}' (EditorialErrorLog): {1}", errorLog, exception.Message);
            }
        }
        // The one message only a real check logs: the build log tells a check from a replay of stored results.
        // Without a baseline, the count of the findings written: a check with a results cache leaves the unchanged articles' findings unread.
        Log.LogMessage(MessageImportance.Normal, "Editorial: checked {0} article(s), {1} finding(s).", result.Files.Count,
            ReferenceEquals(diagnostics, result.Diagnostics) ? written : result.Diagnostics.Count);
        return !Log.HasLoggedErrors;
    }

    /// <summary>The findings the baseline does not hold, after writing them all to it with <see cref="UpdateBaseline"/>; null,
    /// with an error logged, when the baseline cannot be read (the build must not pass on findings it was meant to show).</summary>
    private IReadOnlyList<Diagnostic>? WithBaseline(IReadOnlyList<Diagnostic> diagnostics, SourceTexts texts)
    {
        var path = Path.GetFullPath(BaselineFile!);
        if (UpdateBaseline)
        {
            try
            {
                var written = Baseline.Write(path, diagnostics, texts);
                Log.LogMessage(MessageImportance.High, "Editorial: wrote {0} finding(s) to the baseline {1}.", written, path);
            }
            catch (Exception exception) when (WriteFailures.IsWriteFailure(exception))
            {
                LogAtProject("Editorial: cannot write the baseline '{0}' (EditorialBaseline): {1}", path, exception.Message);
                return null;
            }
        }
        try
        {
            var baseline = Baseline.Read(path);
            var shown = baseline.NewFindings(diagnostics, texts);
            Log.LogMessage(MessageImportance.Normal, "Editorial: {0} finding(s) left out, as the baseline {1} holds them.", diagnostics.Count - shown.Count, path);
            return shown;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            LogAtProject("Editorial: cannot read the baseline '{0}' (EditorialBaseline): {1} Set EditorialUpdateBaseline=true to write it.", path, exception.Message);
            return null;
        }
    }

    /// <summary>True, with an error logged, when the property <paramref name="property"/> names a folder where a file belongs.</summary>
    private bool NamesFolder(string? path, string property)
    {
        if (string.IsNullOrWhiteSpace(path) || !Directory.Exists(path)) return false;
        LogAtProject("Editorial: {0} names a file, and '{1}' is a folder.", property, Path.GetFullPath(path));
        return true;
    }

    /// <summary>An error about one of the project's Editorial properties, logged at the project file that sets it.</summary>
    private void LogAtProject(string message, params object[] arguments) =>
        Log.LogError(null, null, null, ProjectFile, 0, 0, 0, 0, message, arguments);

    private static string[] FullPaths(ITaskItem[]? items) =>
        (items ?? []).Select(item => Path.GetFullPath(item.GetMetadata("FullPath") is { Length: > 0 } full ? full : item.ItemSpec))
            .Distinct(StringComparer.Ordinal)
            .ToArray();
}
