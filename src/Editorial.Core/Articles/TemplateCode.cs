using System;
using System.Collections.Generic;
using Editorial.Text;

namespace Editorial.Articles;

/// <summary>
/// The text between a site generator's code tags, which is code or a comment, not prose: Hugo's code shortcodes
/// (<see cref="HugoShortcodes.CodeBodies"/>), and Liquid's (Jekyll's) "{% highlight ruby %}" … "{% endhighlight %}", the
/// code block of Jekyll's pages before fenced code, and "{% comment %}" … "{% endcomment %}", which the page never shows.
/// The tags themselves are template tags wherever they stand (<see cref="Tokenizer"/>).
/// </summary>
internal static class TemplateCode
{
    private static readonly string[] LiquidBlockNames = ["highlight", "comment"];

    /// <summary>The bodies of the text's code tags, in text order.</summary>
    public static List<TextSpan> Bodies(string text)
    {
        var bodies = HugoShortcodes.CodeBodies(text);
        if (text.IndexOf("{%", StringComparison.Ordinal) < 0) return bodies;
        var liquid = LiquidBodies(text);
        if (liquid.Count == 0) return bodies;
        bodies.AddRange(liquid);
        bodies.Sort((a, b) => a.Start.CompareTo(b.Start));
        return bodies;
    }

    /// <summary>
    /// The bodies of Liquid's highlight and comment blocks: from the end of the opening tag to the start of the next closing
    /// tag of its name ("{%- endhighlight -%}" with Liquid's whitespace control too). An opening tag that nothing closes holds
    /// nothing, and a name whose closing tag a search did not find is not searched for again, so a page of openings is read once.
    /// </summary>
    private static List<TextSpan> LiquidBodies(string text)
    {
        var bodies = new List<TextSpan>();
        var neverClosed = new HashSet<string>(StringComparer.Ordinal);
        var from = 0;
        while ((from = text.IndexOf("{%", from, StringComparison.Ordinal)) >= 0)
        {
            if (ReadTag(text, from) is not { } open || Array.IndexOf(LiquidBlockNames, open.Name) < 0 || neverClosed.Contains(open.Name))
            {
                from += 2;
                continue;
            }
            var closing = "end" + open.Name;
            var search = open.End;
            var closed = false;
            while ((search = text.IndexOf("{%", search, StringComparison.Ordinal)) >= 0)
            {
                if (ReadTag(text, search) is { } tag && tag.Name == closing)
                {
                    bodies.Add(TextSpan.FromBounds(open.End, search));
                    from = tag.End;
                    closed = true;
                    break;
                }
                search += 2;
            }
            if (closed) continue;
            neverClosed.Add(open.Name);
            from = open.End;
        }
        return bodies;
    }

    /// <summary>
    /// The text as Markdig is to read it: each Hugo shortcode (<see cref="HugoShortcodes.WithOpaqueTags"/>) and each Liquid tag or
    /// output on one line ("{% include asset_path file_name="Plan 2020.pdf" %}", "{% link _posts/a.md %}", "{{ site.url }}")
    /// made a run of <see cref="ArticleLayout.Markup"/>, as Jekyll runs Liquid before it renders the Markdown. A tag then
    /// serves as a link's destination ("[the plan]: {% include … %}"), which with its spaces and quotation marks it is not,
    /// and the link's label stays out of the prose. Positions are kept; a text with no tag is returned as it is.
    /// </summary>
    public static string WithOpaqueTags(string text)
    {
        text = HugoShortcodes.WithOpaqueTags(text);
        char[]? opaque = null;
        foreach (var (open, close) in LiquidMarks)
        {
            for (var from = text.IndexOf(open, StringComparison.Ordinal); from >= 0; from = text.IndexOf(open, from, StringComparison.Ordinal))
            {
                // On one line, as Liquid's tags in copy are: a mark that nothing closes on its line is text.
                var end = EndOnLine(text, from + open.Length, close);
                if (end < 0)
                {
                    from += open.Length;
                    continue;
                }
                opaque ??= text.ToCharArray();
                for (var i = from; i < end; i++) opaque[i] = ArticleLayout.Markup;
                from = end;
            }
        }
        return opaque is null ? text : new string(opaque);
    }

    /// <summary>Liquid's tags and outputs, opened and closed.</summary>
    private static readonly (string Open, string Close)[] LiquidMarks = [("{%", "%}"), ("{{", "}}")];

    /// <summary>The Liquid tag at <paramref name="at"/> ("{% name args %}", "{%- name -%}") on one line, its name and end; null when none.</summary>
    private static (string Name, int End)? ReadTag(string text, int at)
    {
        var i = at + 2;
        if (i < text.Length && text[i] == '-') i++;
        while (i < text.Length && text[i] is ' ' or '\t') i++;
        var nameStart = i;
        while (i < text.Length && char.IsLetter(text[i])) i++;
        if (i == nameStart) return null;
        var name = text.Substring(nameStart, i - nameStart);
        var end = EndOnLine(text, i, "%}");
        return end < 0 ? null : (name, end);
    }

    /// <summary>Where <paramref name="close"/> ends, first after <paramref name="from"/> on the same line; -1 when the line has
    /// none. Looked for on the line alone, so that a page of unclosed marks is read once, not once to its end for each.</summary>
    private static int EndOnLine(string text, int from, string close)
    {
        var at = text.IndexOf(close, from, TextLines.EndOf(text, from) - from, StringComparison.Ordinal);
        return at < 0 ? -1 : at + close.Length;
    }
}
