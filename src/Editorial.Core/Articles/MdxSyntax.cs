using System;
using System.Collections.Generic;
using Editorial.Text;

namespace Editorial.Articles;

/// <summary>
/// What MDX (Markdown with JSX, as Docusaurus, Next.js, Astro and Gatsby read it) adds to Markdown, blanked so that it is not
/// read as prose: ESM lines (<c>import</c>, <c>export</c>) at the start of a line, JSX tags with their attributes
/// (<c>&lt;Callout type="note"&gt;</c>, <c>&lt;Chart data={rows} /&gt;</c>, <c>&lt;/Callout&gt;</c>) and expressions in braces
/// (<c>{props.year}</c>). The words between a tag and its closing tag stay prose, as MDX renders them. A comment
/// <c>{/* … */}</c> is MDX's only comment, so it carries the inline directives an HTML comment carries in Markdown.
/// <para>No .NET library reads MDX: Markdig reads the Markdown (and finds the code, which keeps its braces and angle brackets),
/// and this finds only MDX's own three constructs, by their first character, as the MDX compiler does.</para>
/// </summary>
internal static class MdxSyntax
{
    /// <summary>Blanks MDX's constructs in <paramref name="layout"/>'s prose view, outside <paramref name="code"/> (sorted, not
    /// overlapping: code blocks, code spans, front matter), and records its comments and unclosed expressions.</summary>
    public static void Blank(ArticleLayout layout, string text, IReadOnlyList<TextSpan> code)
    {
        var nextCode = 0;
        // The next blank line and the next '>' at or after the position, found again only once passed: a paragraph of
        // '<' without a '>' costs one search, not one per '<'. A closer of -1 is none to the end; -2 is not searched yet.
        int blankLine = -1, closer = -2;
        var i = 0;
        while (i < text.Length)
        {
            while (nextCode < code.Count && code[nextCode].End <= i) nextCode++;
            if (nextCode < code.Count && code[nextCode].Start <= i)
            {
                i = code[nextCode].End;
                continue;
            }
            var end = i;
            if ((i == 0 || text[i - 1] == '\n') && OpensEsm(text, i))
            {
                // A statement may span lines: the block runs to the first blank line, as MDX reads it.
                end = BlankLineAfter(text, i);
            }
            else if (text[i] == '{' && !IsEscaped(text, i))
            {
                end = ExpressionEnd(text, i);
                if (end < 0)
                {
                    // The MDX compiler stops here too; the rest is read as Markdown, and reported once.
                    layout.Problems.Add(new ArticleProblem(new TextSpan(i, 1),
                        "an MDX expression is not closed: no '}' ends the '{' here, so the text after it was checked as prose",
                        ArticleProblemKind.Markup));
                    return;
                }
                else if (CommentText(text, i, end) is { } comment)
                {
                    layout.Comments.Add((TextSpan.FromBounds(i, end), comment));
                }
            }
            else if (text[i] == '<' && !IsEscaped(text, i) && i + 1 < text.Length && (char.IsLetter(text[i + 1]) || text[i + 1] is '/' or '>'))
            {
                if (blankLine < i) blankLine = BlankLineAfter(text, i);
                if (closer != -1 && closer < i) closer = text.IndexOf('>', i);
                if (closer >= 0 && closer < blankLine) end = Math.Max(i, TagEnd(text, i, Math.Min(blankLine, i + MaxTagLength)));
            }
            if (end > i)
            {
                layout.Blank(i, end);
                i = end;
            }
            else
            {
                i++;
            }
        }
    }

    /// <summary>
    /// Blanks the MDX comments (<c>{/* … */}</c>) of a page read as plain Markdown, outside <paramref name="code"/>, and records
    /// them as comments. Sites that compile their .md pages as MDX write heading IDs in them ("## Parameters {/*parameters*/}",
    /// as react.dev does) and may write directives there; in Markdown read as CommonMark the sequence is no prose either.
    /// Only a comment closed in its paragraph is one: a '{/*' left open is text.
    /// </summary>
    public static void BlankComments(ArticleLayout layout, string text, IReadOnlyList<TextSpan> code)
    {
        // The next closer and the next blank line are searched again only once passed: a page of openers costs one search
        // for each closer and each paragraph.
        int nextCode = 0, close = -1, blankLine = -1;
        for (var open = text.IndexOf(CommentOpener, StringComparison.Ordinal); open >= 0; open = text.IndexOf(CommentOpener, open + 1, StringComparison.Ordinal))
        {
            while (nextCode < code.Count && code[nextCode].End <= open) nextCode++;
            if (nextCode < code.Count && code[nextCode].Start <= open || IsEscaped(text, open)) continue;
            if (close < open + CommentOpener.Length) close = text.IndexOf(CommentCloser, open + CommentOpener.Length, StringComparison.Ordinal);
            if (close < 0) return;
            var end = close + CommentCloser.Length;
            if (blankLine <= open) blankLine = BlankLineAfter(text, open);
            if (blankLine < end) continue;
            layout.Blank(open, end);
            layout.Comments.Add((TextSpan.FromBounds(open, end), text.Substring(open + CommentOpener.Length, close - open - CommentOpener.Length)));
            open = end - 1;
        }
    }

    private const string CommentOpener = "{/*";
    private const string CommentCloser = "*/}";

    /// <summary>"import" or "export" and a space, a brace or a star, at the start of a line: an ES module statement, which MDX
    /// reads there and nowhere else (a sentence starts with a capital).</summary>
    private static bool OpensEsm(string text, int lineStart)
    {
        foreach (var keyword in EsmKeywords)
        {
            var after = lineStart + keyword.Length;
            if (after < text.Length && string.CompareOrdinal(text, lineStart, keyword, 0, keyword.Length) == 0
                && (text[after] is ' ' or '\t' or '{' or '*')) return true;
        }
        return false;
    }

    private static readonly string[] EsmKeywords = ["import", "export"];

    /// <summary>The position after the '}' that closes the expression opened at <paramref name="open"/> (braces nest; strings
    /// and comments inside are JavaScript's, so their braces and quotation marks do not count), or -1 when none does.</summary>
    private static int ExpressionEnd(string text, int open)
    {
        var depth = 0;
        for (var i = open; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '{':
                    depth++;
                    break;
                case '}':
                    if (--depth == 0) return i + 1;
                    break;
                case '"' or '\'' or '`':
                    i = StringEnd(text, i, text.Length);
                    if (i < 0) return -1;
                    break;
                case '/' when i + 1 < text.Length && text[i + 1] == '*':
                    i = text.IndexOf("*/", i + 2, StringComparison.Ordinal);
                    if (i < 0) return -1;
                    i++;
                    break;
                case '/' when i + 1 < text.Length && text[i + 1] == '/':
                    i = text.IndexOf('\n', i);
                    if (i < 0) return -1;
                    break;
            }
        }
        return -1;
    }

    /// <summary>The position of the quotation mark that closes the string opened at <paramref name="open"/>, before
    /// <paramref name="limit"/>, or -1.</summary>
    private static int StringEnd(string text, int open, int limit)
    {
        for (var i = open + 1; i < limit; i++)
        {
            if (text[i] == '\\') i++;
            else if (text[i] == text[open]) return i;
        }
        return -1;
    }

    /// <summary>
    /// The position after the '>' that closes the JSX tag opened at <paramref name="open"/>: attribute values in quotation marks
    /// and in braces may hold a '>'. A tag may span lines but not a blank line: a '&lt;' with no '>' before one is a character of
    /// prose ("a score of 3&lt;4", with an apostrophe after it), and -1 is returned. <paramref name="limit"/> is the next blank
    /// line, or <see cref="MaxTagLength"/> after the '&lt;'.
    /// </summary>
    private static int TagEnd(string text, int open, int limit)
    {
        for (var i = open + 1; i < limit; i++)
        {
            switch (text[i])
            {
                case '>':
                    return i + 1;
                case '"' or '\'':
                    i = StringEnd(text, i, limit);
                    if (i < 0) return -1;
                    break;
                case '{':
                    var end = ExpressionEnd(text, i);
                    if (end < 0 || end > limit) return -1;
                    i = end - 1;
                    break;
            }
        }
        return -1;
    }

    /// <summary>Longer than any tag written by hand: a '&lt;' of damaged text is not followed to the end of a huge paragraph.</summary>
    private const int MaxTagLength = 10_000;

    /// <summary>Where the first blank line after <paramref name="from"/> starts, or the text's end.</summary>
    private static int BlankLineAfter(string text, int from)
    {
        for (var newline = text.IndexOf('\n', from); newline >= 0; newline = text.IndexOf('\n', newline + 1))
        {
            if (BlankText.IsBlankLine(text, newline + 1)) return newline + 1;
        }
        return text.Length;
    }

    /// <summary>The text of a comment expression (<c>{/* editorial-disable ED1001 */}</c>), or null for any other expression.</summary>
    private static string? CommentText(string text, int start, int end)
    {
        var inner = text.Substring(start + 1, end - start - 2).Trim();
        return inner.Length >= 4 && inner.StartsWith("/*", StringComparison.Ordinal) && inner.EndsWith("*/", StringComparison.Ordinal)
            ? inner.Substring(2, inner.Length - 4)
            : null;
    }

    /// <summary>A backslash before '{' or '&lt;' makes it a character of the text, as in Markdown.</summary>
    private static bool IsEscaped(string text, int at) => at > 0 && text[at - 1] == '\\';
}
