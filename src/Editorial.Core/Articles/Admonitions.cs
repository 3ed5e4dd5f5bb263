using System.Collections.Generic;
using Editorial.Text;

namespace Editorial.Articles;

/// <summary>
/// Python-Markdown's admonitions, which MkDocs sites (Material for MkDocs) write: a line "!!! note" (or pymdownx.details'
/// collapsible "??? note" and "???+ note"), with a type, classes and a quoted title, then a body indented four spaces. The
/// body is the writer's prose in a box; read as CommonMark, it is indented code and would go unchecked. Each is found here
/// for <see cref="MarkdownLayout"/>, which reads the header line as markup and the body as Markdown of its own.
/// </summary>
internal static class Admonitions
{
    /// <summary>An admonition: its header line (without the line break), the starts of its body's lines that hold Markdown,
    /// and its body's fenced code, line by line (a fence's lines are code).</summary>
    public sealed record Admonition(TextSpan Header, List<int> MarkdownLineStarts, List<TextSpan> CodeLines);

    private const int BodyIndent = 4;

    /// <summary>The admonitions of <paramref name="text"/>, in text order; none when no line opens with "!!!" or "???".</summary>
    public static List<Admonition> Find(string text)
    {
        var found = new List<Admonition>();
        if (text.IndexOf("!!!", System.StringComparison.Ordinal) < 0 && text.IndexOf("???", System.StringComparison.Ordinal) < 0) return found;
        var start = 0;
        while (start < text.Length)
        {
            var end = TextLines.EndOf(text, start);
            if (!IsHeader(text, start, end))
            {
                start = end + 1;
                continue;
            }
            var admonition = new Admonition(TextSpan.FromBounds(start, end), [], []);
            string? fence = null;
            var line = end + 1;
            while (line < text.Length)
            {
                var lineEnd = TextLines.EndOf(text, line);
                if (BlankText.IsBlankLine(text, line))
                {
                    line = lineEnd + 1;
                    continue;
                }
                var content = IndentEnd(text, line, lineEnd);
                if (content < 0) break;
                var opens = FenceAt(text, content, lineEnd);
                if (fence is not null || opens is not null)
                {
                    admonition.CodeLines.Add(TextSpan.FromBounds(line, lineEnd));
                    if (fence is null) fence = opens;
                    else if (opens is not null && opens.Length >= fence.Length && opens[0] == fence[0]) fence = null;
                }
                else
                {
                    admonition.MarkdownLineStarts.Add(line);
                }
                line = lineEnd + 1;
            }
            if (admonition.MarkdownLineStarts.Count > 0 || admonition.CodeLines.Count > 0) found.Add(admonition);
            start = line;
        }
        return found;
    }

    /// <summary>"!!! note", "??? warning \"Title\"", "???+ tip": three marks, an optional '+', a space and a type's letter.</summary>
    private static bool IsHeader(string text, int start, int end)
    {
        if (end - start < 5) return false;
        var mark = text[start];
        if (mark is not ('!' or '?') || text[start + 1] != mark || text[start + 2] != mark) return false;
        var i = start + 3;
        if (mark == '?' && i < end && text[i] == '+') i++;
        return i + 1 < end && text[i] == ' ' && char.IsLetter(text[i + 1]);
    }

    /// <summary>Where a body line's content starts after its indent of four spaces or a tab; -1 for a line indented less.</summary>
    private static int IndentEnd(string text, int line, int end)
    {
        if (line < end && text[line] == '\t') return line + 1;
        var i = line;
        while (i < end && i - line < BodyIndent && text[i] == ' ') i++;
        return i - line == BodyIndent ? i : -1;
    }

    /// <summary>The fence ("```", "~~~~") that opens or closes at <paramref name="content"/>, up to three spaces in; else null.</summary>
    private static string? FenceAt(string text, int content, int end)
    {
        var i = content;
        while (i < end && i - content < 3 && text[i] == ' ') i++;
        if (i >= end || text[i] is not ('`' or '~')) return null;
        var mark = text[i];
        var run = i;
        while (run < end && text[run] == mark) run++;
        return run - i >= 3 ? text.Substring(i, run - i) : null;
    }
}
