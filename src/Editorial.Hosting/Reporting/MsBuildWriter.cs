using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Editorial.Diagnostics;

namespace Editorial.Hosting.Reporting;

/// <summary>
/// One line per diagnostic in the canonical MSBuild form, <c>file(line,col,endLine,endCol): severity ID: message</c>,
/// which IDEs, CI log parsers and problem matchers understand. Paths under <c>baseDirectory</c> are shown relative to it.
/// The severity is Editorial's own word, as in the summary, the JSON report and <c>editorial rules</c>: a suggestion is
/// "suggestion" (the compiler's lines, which Editorial does not write, say "info").
/// </summary>
public static class MsBuildWriter
{
    public static void Write(TextWriter writer, IEnumerable<Diagnostic> diagnostics, string? baseDirectory)
    {
        foreach (var diagnostic in diagnostics) writer.WriteLine(Format(diagnostic, baseDirectory));
    }

    /// <summary>The same lines; in a colour terminal the severity word is coloured and each line is followed by the source
    /// line it points at, with carets under the span (plain lines otherwise, byte for byte those of the overload above).</summary>
    public static void Write(TextWriter writer, IEnumerable<Diagnostic> diagnostics, string? baseDirectory, TerminalCapabilities terminal, SourceTexts texts)
    {
        if (terminal.GitHubActions)
        {
            var root = ProblemMatcherRoot(baseDirectory);
            foreach (var diagnostic in diagnostics) writer.WriteLine(FormatForProblemMatcher(diagnostic, baseDirectory, root));
            return;
        }
        if (!terminal.Colour)
        {
            Write(writer, diagnostics, baseDirectory);
            return;
        }
        foreach (var diagnostic in diagnostics)
        {
            var colour = SeverityColour(diagnostic.Severity);
            var location = diagnostic.Location;
            writer.WriteLine(Line(diagnostic, baseDirectory, location.LineSpan.ToString(), colour + diagnostic.Severity.ToConfigName() + AnsiReset));
            if (texts.Line(location) is not { } line) continue;
            var span = location.LineSpan;
            var start = Math.Min(span.StartColumn - 1, line.Length);
            var end = span.EndLine == span.StartLine ? Math.Min(span.EndColumn - 1, line.Length) : line.Length;
            writer.WriteLine("    " + line);
            writer.WriteLine($"    {TerminalColumns.Padding(line, start)}{colour}{new string('^', Math.Max(1, TerminalColumns.Of(line, start, end)))}{AnsiReset}");
        }
    }

    private const string AnsiReset = "\u001b[0m";

    private static string SeverityColour(Severity severity) => severity switch
    {
        Severity.Error => "\u001b[31m",
        Severity.Warning => "\u001b[33m",
        _ => "\u001b[36m",
    };

    /// <summary>
    /// The line as MSBuild prints a task's or the compiler's finding, which <c>actions/setup-dotnet</c>'s problem matcher
    /// (<c>.github/csc.json</c>) turns into an annotation: <c>file(line,col): severity ID: message [fromPath]</c>. The
    /// matcher takes no four-number location and needs the bracketed path MSBuild appends (the project); here it is the
    /// base directory with a trailing separator, because the runner roots a relative file at the folder of that path.
    /// </summary>
    private static string FormatForProblemMatcher(Diagnostic diagnostic, string? baseDirectory, string root)
    {
        var span = diagnostic.Location.LineSpan;
        return Line(diagnostic, baseDirectory, $"({span.StartLine},{span.StartColumn})", diagnostic.Severity.ToConfigName()) + $" [{root}]";
    }

    /// <summary>The folder the problem matcher's bracketed path names: the base directory, with a trailing separator.</summary>
    private static string ProblemMatcherRoot(string? baseDirectory) =>
        ReportPaths.WithTrailingSeparator(Path.GetFullPath(baseDirectory ?? Directory.GetCurrentDirectory()));

    public static string Format(Diagnostic diagnostic, string? baseDirectory) =>
        Line(diagnostic, baseDirectory, diagnostic.Location.LineSpan.ToString(), diagnostic.Severity.ToConfigName());

    /// <summary>The one shape of every line: <c>file(position): severity ID: message</c>.</summary>
    private static string Line(Diagnostic diagnostic, string? baseDirectory, string position, string severity) =>
        $"{ReportPaths.Display(diagnostic.Location.Path, baseDirectory)}{position}: {severity} {diagnostic.Id}: {diagnostic.Message}";
}
