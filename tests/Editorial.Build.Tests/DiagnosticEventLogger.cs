using Microsoft.Build.Framework;

namespace Editorial.Build.Tests;

/// <summary>
/// An MSBuild logger for <see cref="InProcessBuild"/>: it keeps every ED warning and error event with the fields the
/// console does not show (help link, and the end of the span as the event carries it), one line each.
/// Internal: xunit reads the assembly's public types before <see cref="MSBuildRegistration"/> has made MSBuild loadable.
/// </summary>
internal sealed class DiagnosticEventLogger : ILogger
{
    private readonly List<string> _events = [];

    public LoggerVerbosity Verbosity { get; set; }
    public string? Parameters { get; set; }

    /// <summary>The events logged so far: <c>severity code file line column endLine endColumn helpLink</c>.</summary>
    public IReadOnlyList<string> Events
    {
        get { lock (_events) return [.. _events]; }
    }

    public void Initialize(IEventSource eventSource)
    {
        eventSource.WarningRaised += (_, e) => Add("warning", e.Code, e.File, e.LineNumber, e.ColumnNumber, e.EndLineNumber, e.EndColumnNumber, e.HelpLink);
        eventSource.ErrorRaised += (_, e) => Add("error", e.Code, e.File, e.LineNumber, e.ColumnNumber, e.EndLineNumber, e.EndColumnNumber, e.HelpLink);
    }

    public void Shutdown()
    {
    }

    private void Add(string severity, string? code, string? file, int line, int column, int endLine, int endColumn, string? helpLink)
    {
        if (code is null || !code.StartsWith("ED", StringComparison.Ordinal)) return;
        lock (_events) _events.Add($"{severity} {code} {file} {line} {column} {endLine} {endColumn} {helpLink}");
    }
}
