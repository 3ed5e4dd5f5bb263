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
    private readonly IReadOnlyDictionary<string, string> _texts;

    private SourceTexts(IReadOnlyDictionary<string, string> texts) => _texts = texts;

    /// <summary>No texts: every snippet is empty, and findings are named by rule and file alone.</summary>
    public static SourceTexts None { get; } = new(new Dictionary<string, string>());

    public static SourceTexts From(IEnumerable<ArticleFile> files)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in files) texts[file.Path] = file.Text;
        return new SourceTexts(texts);
    }

    /// <summary>The text under <paramref name="location"/>, its whitespace runs as one space (a rewrapped line is the same
    /// finding); empty for a whole-file finding, or a file whose text is not known (a profile, a configuration file).</summary>
    public string Snippet(Location location)
    {
        if (!_texts.TryGetValue(location.Path, out var text) || location.Span.End > text.Length) return "";
        return Whitespace.Replace(text.Substring(location.Span.Start, location.Span.Length), " ").Trim();
    }

    /// <summary>The line <paramref name="location"/> starts on, without its line break; null for a whole-file finding or a
    /// file whose text is not known.</summary>
    public string? Line(Location location)
    {
        if (location.Span.Length == 0 || !_texts.TryGetValue(location.Path, out var text) || location.Span.End > text.Length) return null;
        var start = text.LastIndexOf('\n', Math.Max(0, location.Span.Start - 1)) + 1;
        var end = text.IndexOfAny(['\r', '\n'], location.Span.Start);
        return text.Substring(start, (end < 0 ? text.Length : end) - start);
    }
}
