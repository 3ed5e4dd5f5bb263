using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Editorial.Articles;
using Editorial.Diagnostics;

namespace Editorial.Hosting.Reporting;

/// <summary>
/// What names a finding across edits elsewhere in its file: the rule, the file (relative to a folder, '/' separators) and the
/// text the finding covers, never its line. SARIF's partial fingerprints and the baseline (<see cref="Baseline"/>) both use it;
/// the same finding several times in one file (the same misspelling twice) is told apart by its order among them.
/// </summary>
public sealed record FindingKey(string Id, string Path, string Snippet)
{
    public static FindingKey Of(Diagnostic diagnostic, string? baseDirectory, SourceTexts texts) =>
        new(diagnostic.Id,
            ReportPaths.RelativeUnder(diagnostic.Location.Path, baseDirectory) ?? diagnostic.Location.Path.Replace('\\', '/'),
            texts.Snippet(diagnostic.Location));
}

/// <summary>The texts of the articles a check read, by path: what a finding's span covers, for <see cref="FindingKey"/>.</summary>
public sealed class SourceTexts
{
    private static readonly Regex Whitespace = new(@"\s+", RegexOptions.CultureInvariant);
    /// <summary>The files by path: a file a results cache left unread (<see cref="ArticleFile.ReadWhenAsked"/>) is read only if a
    /// finding in it asks for its text.</summary>
    private readonly IReadOnlyDictionary<string, ArticleFile> _files;

    private SourceTexts(IReadOnlyDictionary<string, ArticleFile> files) => _files = files;

    /// <summary>No texts: every snippet is empty, and findings are named by rule and file alone.</summary>
    public static SourceTexts None { get; } = new(new Dictionary<string, ArticleFile>());

    public static SourceTexts From(IEnumerable<ArticleFile> files)
    {
        var byPath = new Dictionary<string, ArticleFile>(StringComparer.Ordinal);
        foreach (var file in files) byPath[file.Path] = file;
        return new SourceTexts(byPath);
    }

    private bool TryGetText(string path, out string text)
    {
        text = _files.TryGetValue(path, out var file) ? file.Text : "";
        return file is not null;
    }

    /// <summary>The text under <paramref name="location"/>, its whitespace runs as one space (a rewrapped line is the same
    /// finding); empty for a whole-file finding, or a file whose text is not known (a profile, a configuration file).</summary>
    public string Snippet(Location location)
    {
        if (!TryGetText(location.Path, out var text) || location.Span.End > text.Length) return "";
        return Whitespace.Replace(text.Substring(location.Span.Start, location.Span.Length), " ").Trim();
    }

    /// <summary>The line <paramref name="location"/> starts on, without its line break; null for a whole-file finding or a
    /// file whose text is not known.</summary>
    public string? Line(Location location)
    {
        if (location.Span.Length == 0 || !TryGetText(location.Path, out var text) || location.Span.End > text.Length) return null;
        var start = text.LastIndexOf('\n', Math.Max(0, location.Span.Start - 1)) + 1;
        var end = text.IndexOfAny(['\r', '\n'], location.Span.Start);
        return text.Substring(start, (end < 0 ? text.Length : end) - start);
    }
}
