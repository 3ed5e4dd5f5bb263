using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using Editorial.Diagnostics;

namespace Editorial.Hosting.Reporting;

/// <summary>
/// One GitHub Actions workflow command per diagnostic, which the runner turns into an annotation on the file:
/// <c>::warning file=PATH,line=L,col=C,endLine=EL,endColumn=EC,title=ID::MESSAGE</c>; errors are <c>::error</c>,
/// suggestions <c>::notice</c>. Paths are shown as the msbuild format shows them (relative to <c>baseDirectory</c> when
/// the file is under it). Property values and the message are escaped as the runner unescapes them.
/// </summary>
public static class GitHubWriter
{
    public static void Write(TextWriter writer, IEnumerable<Diagnostic> diagnostics, string? baseDirectory)
    {
        foreach (var diagnostic in diagnostics) writer.WriteLine(Format(diagnostic, baseDirectory));
    }

    public static string Format(Diagnostic diagnostic, string? baseDirectory)
    {
        var span = diagnostic.Location.LineSpan;
        var line = new StringBuilder()
            .Append("::").Append(Command(diagnostic.Severity))
            .Append(" file=").Append(EscapeProperty(ReportPaths.Display(diagnostic.Location.Path, baseDirectory)))
            .Append(",line=").Append(span.StartLine.ToString(CultureInfo.InvariantCulture))
            .Append(",col=").Append(span.StartColumn.ToString(CultureInfo.InvariantCulture))
            .Append(",endLine=").Append(span.EndLine.ToString(CultureInfo.InvariantCulture))
            .Append(",endColumn=").Append(span.EndColumn.ToString(CultureInfo.InvariantCulture))
            .Append(",title=").Append(EscapeProperty(diagnostic.Id))
            .Append("::").Append(EscapeData(diagnostic.Message));
        return line.ToString();
    }

    /// <summary>The workflow command for a severity: <c>error</c>, <c>warning</c>, or <c>notice</c> for a suggestion.</summary>
    public static string Command(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "notice",
    };

    /// <summary>The message after <c>::</c>: <c>%</c>, CR and LF are escaped, so one finding stays one command line.</summary>
    public static string EscapeData(string value) =>
        value.Replace("%", "%25")
            .Replace("\r", "%0D")
            .Replace("\n", "%0A");

    /// <summary>A property value: as the message, and also <c>:</c> and <c>,</c>, which end a value.</summary>
    public static string EscapeProperty(string value) =>
        EscapeData(value)
            .Replace(":", "%3A")
            .Replace(",", "%2C");
}
