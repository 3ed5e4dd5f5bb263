using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Editorial.Diagnostics;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace Editorial.Build;

/// <summary>
/// Logs the stored findings of the last check as MSBuild errors, warnings and messages, with code, help link, file,
/// line, column, end line and end column. The project's warning properties apply to ED codes as the C# compiler
/// applies them to CS codes: NoWarn silences a warning, WarningsAsErrors and TreatWarningsAsErrors (less
/// WarningsNotAsErrors) make it an error. MSBuild maps NoWarn and WarningsAsErrors onto task warnings itself, but not
/// TreatWarningsAsErrors, and a warning turned into an error here must still honour NoWarn: so all four are applied here.
/// </summary>
public sealed class ReportDiagnostics : Task
{
    [Required]
    public string ResultsFile { get; set; } = "";

    public bool TreatWarningsAsErrors { get; set; }
    public string? WarningsAsErrors { get; set; }
    public string? WarningsNotAsErrors { get; set; }
    public string? NoWarn { get; set; }

    public override bool Execute()
    {
        if (!File.Exists(ResultsFile))
        {
            Log.LogError("Editorial: the results of the check were not found at '{0}'.", ResultsFile);
            return false;
        }
        IReadOnlyList<StoredDiagnostic> stored;
        try
        {
            // Suggestions are logged as messages of normal importance: when no logger takes those, they are not read.
            var logsSuggestions = Log.LogsMessagesOfImportance(MessageImportance.Normal);
            stored = ResultsCache.Read(ResultsFile, severity => severity != Severity.Suggestion || logsSuggestions);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            // InvalidDataException: a file an older Editorial wrote, or one cut short. This build cannot pass without its findings;
            // the file goes, so that the next build, finding the check's output missing, checks the articles again instead of
            // failing on the same file until the project is cleaned.
            Log.LogError("Editorial: the results of the check at '{0}' cannot be read: {1} {2}", ResultsFile, exception.Message,
                Removed(ResultsFile) ? "They have been removed: the next build checks the articles again." : "Rebuild to check again.");
            return false;
        }
        var noWarn = Codes(NoWarn);
        var asErrors = Codes(WarningsAsErrors);
        var notAsErrors = Codes(WarningsNotAsErrors);
        foreach (var diagnostic in stored)
        {
            var severity = diagnostic.Severity;
            if (severity == Severity.Warning)
            {
                if (noWarn.Contains(diagnostic.Id)) continue;
                if (asErrors.Contains(diagnostic.Id) || (TreatWarningsAsErrors && !notAsErrors.Contains(diagnostic.Id)))
                {
                    severity = Severity.Error;
                }
            }
            Report(diagnostic, severity);
        }
        return !Log.HasLoggedErrors;
    }

    private static bool Removed(string path)
    {
        try
        {
            File.Delete(path);
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    // Line and column only, no end: MSBuild then prints "file(line,col): warning ED1002: ... [project]", the shape that
    // actions/setup-dotnet's problem matcher turns into an annotation; it rejects "(line,col,endLine,endCol)". The IDE's
    // squiggles come from the analyzer, which keeps the whole span.
    private void Report(StoredDiagnostic d, Severity severity)
    {
        switch (severity)
        {
            case Severity.Error:
                Log.LogError(null, d.Id, null, d.HelpLink, d.File, d.Line, d.Column, 0, 0, d.Message);
                break;
            case Severity.Warning:
                Log.LogWarning(null, d.Id, null, d.HelpLink, d.File, d.Line, d.Column, 0, 0, d.Message);
                break;
            case Severity.Suggestion:
                Log.LogMessage(null, d.Id, null, d.File, d.Line, d.Column, 0, 0, MessageImportance.Normal, d.Message);
                break;
        }
    }

    /// <summary>MSBuild code lists are separated by semicolons or commas, as the compiler accepts them.</summary>
    private static HashSet<string> Codes(string? list) => new(
        (list ?? "").Split([';', ','], StringSplitOptions.RemoveEmptyEntries).Select(code => code.Trim()).Where(code => code.Length > 0),
        StringComparer.OrdinalIgnoreCase);
}
