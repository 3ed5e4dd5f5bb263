using System.Collections.Generic;
using System.IO;
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

    public static string Format(Diagnostic diagnostic, string? baseDirectory) =>
        $"{ReportPaths.Display(diagnostic.Location.Path, baseDirectory)}{diagnostic.Location.LineSpan}: {diagnostic.Severity.ToConfigName()} {diagnostic.Id}: {diagnostic.Message}";
}
