using System;
using System.Collections.Generic;
using Editorial.Text;

namespace Editorial.Articles;

/// <summary>
/// The metadata block of MultiMarkdown and of Python-Markdown's meta-data extension, which Pelican's sites write ("Title:
/// This Week in Rust 59", "Date: 2014-12-01", "Category: …"): lines of "Key: value" at the top of the page, with indented
/// lines carrying a value on, up to the first blank line. It is not prose: read as Markdown it is a paragraph, its date a
/// CMS's field left in the copy. Only a block that opens with a title is taken for one: "Note: the timetable changed" on
/// a page's first line is prose. The keys become the article's metadata (its date, outlet and story, as front matter's do),
/// and the title its headline.
/// </summary>
internal static class MetadataLines
{
    public sealed record Block(TextSpan Whole, IReadOnlyList<(string Key, TextSpan Value)> Entries, TextSpan? Title);

    private const string TitleKey = "title";

    public static Block? Find(string text)
    {
        if (!StartsWithTitle(text)) return null;
        var entries = new List<(string, TextSpan)>();
        TextSpan? title = null;
        var lineStart = 0;
        while (lineStart < text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = text.Length;
            var contentEnd = lineEnd > lineStart && text[lineEnd - 1] == '\r' ? lineEnd - 1 : lineEnd;
            if (BlankText.IsBlank(text, lineStart, contentEnd)) break;
            // An indented line carries the value before it on.
            if (text[lineStart] is not (' ' or '\t'))
            {
                if (KeyEnd(text, lineStart, contentEnd) is not (> 0 and var colon)) return null;
                var key = text.Substring(lineStart, colon - lineStart).ToLowerInvariant();
                var valueStart = colon + 1;
                while (valueStart < contentEnd && text[valueStart] is ' ' or '\t') valueStart++;
                var valueEnd = contentEnd;
                while (valueEnd > valueStart && char.IsWhiteSpace(text[valueEnd - 1])) valueEnd--;
                var value = TextSpan.FromBounds(valueStart, valueEnd);
                entries.Add((key, value));
                if (key == TitleKey && title is null && value.Length > 0) title = value;
            }
            lineStart = lineEnd + 1;
        }
        return new Block(TextSpan.FromBounds(0, Math.Min(lineStart, text.Length)), entries, title);
    }

    private static bool StartsWithTitle(string text) =>
        text.Length > TitleKey.Length && string.Compare(text, 0, TitleKey, 0, TitleKey.Length, StringComparison.OrdinalIgnoreCase) == 0
        && text[TitleKey.Length] == ':';

    /// <summary>The position of the colon that ends a key at <paramref name="lineStart"/> (letters, digits, underscores and
    /// hyphens, as Python-Markdown reads them), or -1.</summary>
    private static int KeyEnd(string text, int lineStart, int end)
    {
        var i = lineStart;
        while (i < end && (char.IsLetterOrDigit(text[i]) || text[i] is '_' or '-')) i++;
        return i > lineStart && i < end && text[i] == ':' ? i : -1;
    }
}
