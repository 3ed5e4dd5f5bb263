using System.Collections.Generic;
using Editorial.Text;

namespace Editorial.Articles;

/// <summary>
/// Lines of the generic directive syntax proposed for CommonMark, which remark-directive, Docusaurus's admonitions and Nuxt's
/// MDC components read: a line that holds only a directive's name and attributes, with one to any number of colons
/// (":read-more{to="/docs/guide"}", "::video-accordion{platform="vimeo"}", ":::note"), or only the colons that close a
/// container (":::"). Such a line is markup, not prose: read as Markdown, it would run into the paragraph it stands above,
/// its attribute values as words ("vimeo" taken for a slip of "video"). A line with a label ("::youtube[A cat]{#id}") or a
/// title (":::tip Take care") keeps its text as prose, and so does a line with anything after the attributes.
/// </summary>
internal static class DirectiveLines
{
    /// <summary>The directive lines of <paramref name="text"/>, in text order, each without its line break.</summary>
    public static IReadOnlyList<TextSpan> Find(string text)
    {
        List<TextSpan>? lines = null;
        for (var start = 0; start < text.Length;)
        {
            var end = TextLines.EndOf(text, start);
            if (IsDirectiveLine(text, start, end)) (lines ??= new List<TextSpan>()).Add(TextSpan.FromBounds(start, end));
            start = end + 1;
        }
        return lines ?? (IReadOnlyList<TextSpan>)[];
    }

    private static bool IsDirectiveLine(string text, int start, int end)
    {
        var i = start;
        while (i < end && text[i] is ' ' or '\t') i++;
        var colons = i;
        while (i < end && text[i] == ':') i++;
        if (i == colons) return false;
        // Only colons: a container's closing fence, of three or more (a lone ':' or '::' is text).
        if (IsBlankTo(text, i, end)) return i - colons >= 3;
        if (!AsciiLetters.Is(text[i])) return false;
        while (i < end && (AsciiLetters.Is(text[i]) || text[i] is >= '0' and <= '9' or '-' or '_')) i++;
        if (i < end && text[i] == '{')
        {
            i = AttributesEnd(text, i, end);
            if (i < 0) return false;
        }
        return IsBlankTo(text, i, end);
    }

    /// <summary>The position after the '}' that closes the attributes opened at <paramref name="open"/> on the line; a quoted
    /// value may hold a '}'. -1 when the line does not close them.</summary>
    private static int AttributesEnd(string text, int open, int end)
    {
        for (var i = open + 1; i < end; i++)
        {
            if (text[i] == '}') return i + 1;
            if (text[i] is not ('"' or '\'')) continue;
            var close = text.IndexOf(text[i], i + 1, end - i - 1);
            if (close < 0) return -1;
            i = close;
        }
        return -1;
    }

    private static bool IsBlankTo(string text, int from, int end)
    {
        for (var i = from; i < end; i++)
        {
            if (text[i] is not (' ' or '\t' or '\r')) return false;
        }
        return true;
    }
}
