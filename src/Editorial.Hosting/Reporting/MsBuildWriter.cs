using System.Collections.Generic;
using System.IO;
using Editorial.Diagnostics;

namespace Editorial.Hosting.Reporting;

/// <summary>
/// One line per diagnostic in the canonical MSBuild form, <c>file(line,col,endLine,endCol): severity ID: message</c>,
/// which IDEs, CI log parsers and problem matchers understand. Paths under <c>baseDirectory</c> are shown relative to it.
/// </summary>
public static class MsBuildWriter
{
    public static void Write(TextWriter writer, IEnumerable<Diagnostic> diagnostics, string? baseDirectory)
    {
        foreach (var diagnostic in diagnostics) writer.WriteLine(Format(diagnostic, baseDirectory));
    }

    public static string Format(Diagnostic diagnostic, string? baseDirectory)
    {
        // Diagnostic.ToString() is the canonical line; only the path at its front is shown differently.
        var line = diagnostic.ToString();
        return ReportPaths.Display(diagnostic.Location.Path, baseDirectory) + line.Substring(diagnostic.Location.Path.Length);
    }
}
