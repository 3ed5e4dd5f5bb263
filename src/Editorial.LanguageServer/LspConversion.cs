using Editorial.Diagnostics;
using Editorial.Text;
using System.Text.RegularExpressions;

namespace Editorial.LanguageServer;

/// <summary>
/// Turns the engine's findings into the protocol's terms. Positions need no re-counting: the engine's columns
/// (<see cref="LineMap"/>) count UTF-16 code units of a .NET string from 1, and LSP positions count UTF-16 code units from 0,
/// with the same three line breaks (LF, CRLF, CR); a character outside the Basic Multilingual Plane is two in both.
/// </summary>
public static class LspConversion
{
    public const string Source = "editorial";

    public static Lsp.Position ToPosition(int line, int column) => new(line - 1, column - 1);

    public static Lsp.Range ToRange(LinePositionSpan span) =>
        new(ToPosition(span.StartLine, span.StartColumn), ToPosition(span.EndLine, span.EndColumn));

    /// <summary>The range of <paramref name="span"/> in the text <paramref name="lines"/> was built from (a fix's edit).</summary>
    public static Lsp.Range ToRange(LineMap lines, TextSpan span) => ToRange(lines.GetLineSpan(span));

    /// <summary>The text after a change that replaces <paramref name="range"/> of it with <paramref name="newText"/>.</summary>
    public static string Apply(string text, Lsp.Range range, string newText)
    {
        var lines = new LineMap(text);
        var (start, end) = (OffsetOf(text, lines, range.Start), OffsetOf(text, lines, range.End));
        if (end < start) (start, end) = (end, start);
        return string.Concat(text.AsSpan(0, start), newText, text.AsSpan(end));
    }

    /// <summary>The offset of a position in <paramref name="text"/>, clamped as the protocol says: a character past the end of
    /// its line is the line's end (before its line break), a line past the last is the end of the text.</summary>
    private static int OffsetOf(string text, LineMap lines, Lsp.Position position)
    {
        if (position.Line < 0) return 0;
        if (position.Line >= lines.LineCount) return text.Length;
        var start = lines.GetLineStart(position.Line);
        var end = lines.GetLineEnd(position.Line);
        if (end > start && text[end - 1] == '\n') end--;
        if (end > start && text[end - 1] == '\r') end--;
        return start + Math.Clamp(position.Character, 0, end - start);
    }

    /// <summary>Whether two ranges share a position; a range that ends where the other starts touches it, so a cursor just after
    /// a word (an empty range there) still finds the word's finding.</summary>
    public static bool Touches(Lsp.Range a, Lsp.Range b) => Compare(a.Start, b.End) <= 0 && Compare(b.Start, a.End) <= 0;

    private static int Compare(Lsp.Position a, Lsp.Position b) => a.Line != b.Line ? a.Line.CompareTo(b.Line) : a.Character.CompareTo(b.Character);

    /// <summary>Suggestions are shown as information, as the C# extension shows Roslyn's <c>info</c> diagnostics; a finding with
    /// severity none is never reported, so it never gets here.</summary>
    public static int ToSeverity(Severity severity) => severity switch
    {
        Severity.Error => Lsp.DiagnosticSeverity.Error,
        Severity.Warning => Lsp.DiagnosticSeverity.Warning,
        _ => Lsp.DiagnosticSeverity.Information,
    };

    /// <summary>The protocol's diagnostic: code is the rule ID and its description the rule's help page; the places a finding
    /// relates to (the other spelling, the other article) become related information.</summary>
    public static Lsp.Diagnostic ToDiagnostic(Diagnostic diagnostic, Func<string, string> uriOfPath) => new(
        ToRange(diagnostic.Location.LineSpan),
        ToSeverity(diagnostic.Severity),
        diagnostic.Id,
        new Lsp.CodeDescription(diagnostic.Descriptor.HelpLink),
        Source,
        diagnostic.Message,
        diagnostic.RelatedLocations.Count == 0
            ? null
            : diagnostic.RelatedLocations
                .Select(related => new Lsp.DiagnosticRelatedInformation(
                    new Lsp.Location(uriOfPath(related.Path), ToRange(related.LineSpan)), $"Related to {diagnostic.Id}"))
                .ToList());

    /// <summary>The local path of a <c>file:</c> URI; null for any other scheme (an unsaved <c>untitled:</c> buffer), which has
    /// no folder and so no configuration.</summary>
    public static string? PathOfUri(string uri) =>
        Uri.TryCreate(EncodedDriveColon.Replace(uri, "$1:"), UriKind.Absolute, out var parsed) && parsed.IsFile ? Path.GetFullPath(parsed.LocalPath) : null;

    /// <summary>A Windows drive letter with its colon percent-encoded, as VS Code writes every file URI on Windows
    /// (<c>file:///c%3A/News/a.md</c>). <see cref="Uri"/> knows a drive only by a plain colon, and makes this one the path
    /// <c>/c:/News/a.md</c>, which is on no drive: the folder, its <c>.editorconfig</c> and its profiles would never be found.
    /// The protocol counts <c>file:///c%3A/</c> and <c>file:///c:/</c> as the same file (3.17, "URI").</summary>
    private static readonly Regex EncodedDriveColon = new("^(file:///[a-z])%3a(?=/|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    public static string UriOfPath(string path) => new Uri(Path.GetFullPath(path)).AbsoluteUri;
}
