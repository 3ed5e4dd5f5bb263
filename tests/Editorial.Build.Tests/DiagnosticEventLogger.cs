using Microsoft.Build.Framework;

namespace Editorial.Build.Tests;

/// <summary>
/// An MSBuild logger the tests hand to `dotnet build` (<c>-logger:…;path</c>): it writes every ED warning and error event
/// with the fields the console does not show (help link, and the end of the span as the event carries it), one line each,
/// to the file its parameter names.
/// </summary>
public sealed class DiagnosticEventLogger : ILogger
{
    private readonly List<string> _events = [];

    public LoggerVerbosity Verbosity { get; set; }
    public string? Parameters { get; set; }

    public void Initialize(IEventSource eventSource)
    {
        eventSource.WarningRaised += (_, e) => Add("warning", e.Code, e.File, e.LineNumber, e.ColumnNumber, e.EndLineNumber, e.EndColumnNumber, e.HelpLink);
        eventSource.ErrorRaised += (_, e) => Add("error", e.Code, e.File, e.LineNumber, e.ColumnNumber, e.EndLineNumber, e.EndColumnNumber, e.HelpLink);
    }

    public void Shutdown() => File.WriteAllLines(Parameters!, _events);

    private void Add(string severity, string? code, string? file, int line, int column, int endLine, int endColumn, string? helpLink)
    {
        if (code is null || !code.StartsWith("ED", StringComparison.Ordinal)) return;
        lock (_events) _events.Add($"{severity} {code} {file} {line} {column} {endLine} {endColumn} {helpLink}");
    }

    /// <summary>The arguments that attach this logger to a build, writing to <paramref name="eventsFile"/>.</summary>
    public static string Argument(string eventsFile) =>
        $"-logger:{typeof(DiagnosticEventLogger).FullName},{typeof(DiagnosticEventLogger).Assembly.Location};{eventsFile}";
}
