using System;
using System.Collections.Generic;
using Editorial.Text;

namespace Editorial.Articles;

/// <summary>
/// Hugo's paired shortcodes whose inner text is code or configuration, not prose: "{{&lt; highlight go &gt;}}", and the
/// "{{&lt; code-toggle &gt;}}" and "{{&lt; code &gt;}}" of Hugo's own documentation, which show a site configuration (TOML,
/// YAML or JSON) with no code fence around it, and "{{&lt; mermaid &gt;}}", the diagram that the Kubernetes site's and other
/// themes' shortcode draws ("client-. SNAT .->node[Node 1]"). Between the tags of any other shortcode the text stays prose (a note, a
/// "details" box); the tags themselves are template tags wherever they stand (<see cref="Tokenizer"/>).
/// </summary>
internal static class HugoShortcodes
{
    private static readonly string[] CodeNames = ["highlight", "code-toggle", "code", "mermaid"];

    /// <summary>The text between the opening and the closing tag of each code shortcode, in text order. An opening tag
    /// with no closing one holds nothing: its text stays prose, as an unclosed fence's would not, since a shortcode that
    /// takes no inner text ("{{&lt; code file="a.go" &gt;}}" in some themes) has no closing tag either.</summary>
    public static List<TextSpan> CodeBodies(string text)
    {
        var bodies = new List<TextSpan>();
        // A name whose closing tag a search did not find has none after any later opening either: a page of many unclosed
        // openings is read once, not once per opening.
        var neverClosed = new HashSet<string>(StringComparer.Ordinal);
        var reader = new TagReader();
        var bodyEnd = 0;
        foreach (var (_, tag) in Tags(text, 0, reader))
        {
            if (tag.End <= bodyEnd || tag.IsClosing || Array.IndexOf(CodeNames, tag.Name) < 0 || neverClosed.Contains(tag.Name)) continue;
            var closed = false;
            foreach (var (closingStart, closing) in Tags(text, tag.End, reader))
            {
                if (!closing.IsClosing || closing.Name != tag.Name) continue;
                bodies.Add(TextSpan.FromBounds(tag.End, closingStart));
                bodyEnd = closing.End;
                closed = true;
                break;
            }
            if (!closed) neverClosed.Add(tag.Name);
        }
        return bodies;
    }

    /// <summary>
    /// The text as Markdig is to read it: each shortcode tag made a run of <see cref="ArticleLayout.Markup"/>, as Hugo puts a
    /// placeholder of letters for each shortcode before it renders the Markdown. A tag then serves as a link's destination
    /// ("[the guide]({{&lt; ref "guide.md" &gt;}})", "[id]: {{&lt; ref "a.md" &gt;}} "Title"") or an HTML attribute's value
    /// ("&lt;a href="{{&lt; ref "a.md" &gt;}}"&gt;"), which with its spaces and quotation marks it is not, and the link's
    /// marks, title and quotation marks stay out of the prose. Positions are kept; a text with no tag is returned as it is.
    /// </summary>
    public static string WithOpaqueTags(string text)
    {
        char[]? opaque = null;
        foreach (var (start, tag) in Tags(text, 0, new TagReader()))
        {
            opaque ??= text.ToCharArray();
            for (var i = start; i < tag.End; i++) opaque[i] = ArticleLayout.Markup;
        }
        return opaque is null ? text : new string(opaque);
    }

    /// <summary>The tags of <paramref name="text"/> from <paramref name="from"/> on, each with where it starts, in text order.</summary>
    private static IEnumerable<(int Start, Tag Tag)> Tags(string text, int from, TagReader reader)
    {
        while ((from = text.IndexOf("{{", from, StringComparison.Ordinal)) >= 0)
        {
            if (reader.Read(text, from) is not { } tag)
            {
                from += 2;
                continue;
            }
            yield return (from, tag);
            from = tag.End;
        }
    }

    private readonly record struct Tag(string Name, bool IsClosing, int End);

    /// <summary>
    /// Reads the shortcode tag at a position ("{{&lt; name … &gt;}}", "{{% /name %}}"), on one line. A search for a tag's closing
    /// mark that reached the end of its line says so for every later opening up to there: a line of openings alone is read
    /// once, not once per opening.
    /// </summary>
    private sealed class TagReader
    {
        private int failedFrom = -1, failedUntil = -1;
        private char failedMark;

        /// <summary>The tag at <paramref name="at"/>; null when there is none.</summary>
        public Tag? Read(string text, int at)
        {
            var i = at + 2;
            if (i >= text.Length || text[i] is not ('<' or '%')) return null;
            var closingMark = text[i++] == '<' ? '>' : '%';
            while (i < text.Length && text[i] is ' ' or '\t') i++;
            var closing = i < text.Length && text[i] == '/';
            if (closing) i++;
            // Hugo's lexer skips spaces after the closing mark too: "{{</ mermaid >}}" closes as "{{< /mermaid >}}" does.
            while (closing && i < text.Length && text[i] is ' ' or '\t') i++;
            var nameStart = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '-' or '_')) i++;
            if (i == nameStart) return null;
            if (closingMark == failedMark && i >= failedFrom && i < failedUntil) return null;
            var name = text.Substring(nameStart, i - nameStart);
            var searchFrom = i;
            for (; i + 2 < text.Length && text[i] != '\n'; i++)
            {
                if (text[i] == closingMark && text[i + 1] == '}' && text[i + 2] == '}') return new Tag(name, closing, i + 3);
            }
            (failedFrom, failedUntil, failedMark) = (searchFrom, i, closingMark);
            return null;
        }
    }
}
