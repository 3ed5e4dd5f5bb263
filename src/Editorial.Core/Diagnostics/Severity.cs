using System.Collections.Generic;

namespace Editorial.Diagnostics;

/// <summary>
/// How loudly a diagnostic is reported. The names and their spelling in configuration
/// (<c>none</c>, <c>suggestion</c>, <c>warning</c>, <c>error</c>) follow Roslyn's <c>.editorconfig</c> severities.
/// </summary>
public enum Severity
{
    /// <summary>Not reported.</summary>
    None = 0,
    /// <summary>Shown as a suggestion or message; never fails a build.</summary>
    Suggestion = 1,
    Warning = 2,
    /// <summary>Fails the build.</summary>
    Error = 3,
}

public static class SeverityNames
{
    /// <summary>Every word <see cref="TryParse"/> takes, in the order messages and schemas list them.</summary>
    public static IReadOnlyList<string> Accepted { get; } = ["none", "silent", "suggestion", "info", "warning", "error", "default"];

    /// <summary>Parses a configured severity as Roslyn does (<c>silent</c> and <c>info</c> are accepted aliases; <c>default</c> means unset).</summary>
    public static bool TryParse(string? value, out Severity? severity)
    {
        severity = null;
        switch (value?.Trim().ToLowerInvariant())
        {
            case "none": case "silent": severity = Severity.None; return true;
            case "suggestion": case "info": severity = Severity.Suggestion; return true;
            case "warning": severity = Severity.Warning; return true;
            case "error": severity = Severity.Error; return true;
            case "default": return true;
            default: return false;
        }
    }

    public static string ToConfigName(this Severity severity) => severity switch
    {
        Severity.None => "none",
        Severity.Suggestion => "suggestion",
        Severity.Warning => "warning",
        _ => "error",
    };
}
