using System;
using System.Linq;
using Editorial.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Editorial.Articles;

/// <summary>
/// A site generator's front matter at the top of a page (Jekyll, Hugo, Eleventy, Astro), in a Markdown page or an HTML one,
/// which Jekyll and Hugo process alike: YAML between "---" lines or Hugo's TOML between "+++" lines. It is not prose; its
/// scalars become the article's metadata and its title the headline.
/// </summary>
internal static class FrontMatter
{
    /// <summary>
    /// The start of the line where front matter may open: the page's first line that is not blank. Hugo's page lexer skips
    /// white space and line breaks before the first delimiter, so a page that begins with an empty line still has its front
    /// matter (digital.gov's news posts do).
    /// </summary>
    private static int FrontMatterLine(string text)
    {
        var i = 0;
        while (i < text.Length && text[i] is ' ' or '\t' or '\r' or '\n') i++;
        return i == 0 ? 0 : text.LastIndexOf('\n', i - 1) + 1;
    }

    /// <summary>
    /// YAML front matter: the whole of it, fences included, and its content, from the page's first line that is not blank
    /// (<see cref="FrontMatterLine"/>) to the next "---" line. Only keys and values are taken for front matter: a Markdown
    /// page that a generator without Hugo's leniency renders opens with a thematic break, and text between two of them
    /// ("---", "A note from the editors", "---") stays prose.
    /// </summary>
    public static (TextSpan Whole, TextSpan Content)? Yaml(string text)
    {
        var open = FrontMatterLine(text);
        if (FenceEnd(text, open, YamlFence) < 0) return null;
        var contentStart = text.IndexOf('\n', open) + 1;
        for (var lineStart = contentStart; lineStart > 0 && lineStart < text.Length; lineStart = text.IndexOf('\n', lineStart) + 1)
        {
            if (FenceEnd(text, lineStart, YamlFence) is var end && end < 0) continue;
            var content = TextSpan.FromBounds(contentStart, lineStart);
            return StartsWithKey(text, contentStart) ? (TextSpan.FromBounds(open, end), content) : null;
        }
        return null;
    }

    /// <summary>True when the line at <paramref name="lineStart"/>, past blank lines and YAML comments ("# start date", as
    /// digital.gov's pages open theirs), opens with a YAML key: a name and a colon ("outlet: ap", "story:").</summary>
    private static bool StartsWithKey(string text, int lineStart)
    {
        while (lineStart < text.Length && IsBlankOrComment(text, lineStart) && text.IndexOf('\n', lineStart) is > 0 and var lineEnd) lineStart = lineEnd + 1;
        var i = lineStart;
        while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '_' or '-')) i++;
        return i > lineStart && i < text.Length && text[i] == ':';
    }

    /// <summary>A line of white space, or a YAML comment: '#' and a space or nothing after it (a Markdown heading in the
    /// same shape is told apart by the key that must follow).</summary>
    private static bool IsBlankOrComment(string text, int lineStart)
    {
        var i = lineStart;
        while (i < text.Length && text[i] is ' ' or '\t') i++;
        if (i >= text.Length || text[i] is '\n' or '\r') return true;
        return text[i] == '#' && (i + 1 >= text.Length || text[i + 1] is ' ' or '\t' or '\n' or '\r');
    }

    /// <summary>Where the line at <paramref name="lineStart"/> ends when it is <paramref name="fence"/> and nothing else but
    /// spaces or tabs after it, or -1. Markdig, Jekyll and Hugo take a fence with spaces after it ("--- "), which an editor
    /// leaves unseen.</summary>
    private static int FenceEnd(string text, int lineStart, string fence)
    {
        if (string.CompareOrdinal(text, lineStart, fence, 0, fence.Length) != 0) return -1;
        var end = lineStart + fence.Length;
        while (end < text.Length && text[end] is ' ' or '\t') end++;
        return end == text.Length || text[end] is '\n' or '\r' ? end : -1;
    }

    private const string YamlFence = "---";
    private const string TomlFence = "+++";

    /// <summary>
    /// Hugo's TOML front matter: from a first line "+++" (blank lines aside, <see cref="FrontMatterLine"/>) to the next line
    /// "+++", both included. It is not prose, and its keys
    /// are not read: no TOML reader loads in every host (the analyzer runs inside compilers that pin their own libraries), and
    /// the engine reads no standard format by hand. The outlet and the story are set in .editorconfig
    /// (<c>editorial.outlet</c>, <c>editorial.story</c>) or in YAML front matter.
    /// </summary>
    public static TextSpan? Toml(string text)
    {
        var open = FrontMatterLine(text);
        if (FenceEnd(text, open, TomlFence) < 0) return null;
        var lineStart = text.IndexOf('\n', open) + 1;
        while (lineStart > 0 && lineStart < text.Length)
        {
            if (FenceEnd(text, lineStart, TomlFence) is var end and >= 0) return TextSpan.FromBounds(open, end);
            lineStart = text.IndexOf('\n', lineStart) + 1;
        }
        return null;
    }

    /// <summary>
    /// Reports front matter that the page opens and never closes: a first line "---" that a key follows and no "---" line
    /// ends (<paramref name="yamlClosed"/> false), or a first line "+++" that no "+++" line ends. Not a "---" that another
    /// follows (empty front matter, as Jekyll writes a page that only wants processing) nor one that prose follows ("---" then
    /// a signature's name: a thematic break). Only a fence on the first line is said to be left open: after blank lines, a
    /// "---" line that nothing closes is a thematic break.
    /// </summary>
    public static void ReportUnclosed(ArticleLayout layout, string text, bool yamlClosed, bool tomlClosed)
    {
        if (!yamlClosed && FenceEnd(text, 0, YamlFence) >= 0 && text.IndexOf('\n') is var firstEnd and >= 0 && StartsWithKey(text, firstEnd + 1))
        {
            layout.Problems.Add(new ArticleProblem(new TextSpan(0, 3),
                $"front matter is not closed: no '---' line ends it, so none of its keys ({string.Join(", ", KeysRead)}) apply"));
        }
        if (!tomlClosed && FenceEnd(text, 0, TomlFence) >= 0)
        {
            layout.Problems.Add(new ArticleProblem(new TextSpan(0, 3), "TOML front matter is not closed: no '+++' line ends it"));
        }
    }

    /// <summary>Reads the front matter's keys into <paramref name="layout"/>'s metadata, and returns where its <c>title</c> is
    /// written (<see cref="TitleSpan"/>), or null.</summary>
    public static TextSpan? Read(ArticleLayout layout, string text, TextSpan content)
    {
        var contentStart = content.Start;
        var yaml = text.Substring(contentStart, content.Length);
        var loaded = YamlLoading.LoadFrontMatter(yaml);
        var root = loaded.Root;
        if (loaded.Failure is { } broken)
        {
            // A site generator's template (a Hugo archetype: title: "{{ replace .Name "-" " " | title }}") is YAML only once a
            // page is made from it: its tags are the generator's to fill in, not broken keys of an article.
            if (!HoldsTemplateTags(yaml)) layout.Problems.Add(new ArticleProblem(new TextSpan(contentStart + broken.Offset, 0), "front matter is not valid YAML: " + broken.Message));
            return null;
        }
        // Comments alone, or nothing, hold no keys and say nothing wrong.
        if (root is null) return null;
        if (root is not YamlMappingNode mapping)
        {
            layout.Problems.Add(new ArticleProblem(At(root),
                $"front matter holds {YamlLoading.ShapeOf(root)}, not keys and values, so none of its keys ({string.Join(", ", KeysRead)}) apply"));
            return null;
        }
        // A key set twice takes its last value, as the site generators read it; only the keys read here are the engine's business.
        foreach (var (key, again) in loaded.KeysSetTwice)
        {
            if (key != TitleKey && !KeysRead.Contains(key, StringComparer.OrdinalIgnoreCase)) continue;
            layout.Problems.Add(new ArticleProblem(new TextSpan(contentStart + loaded.OffsetOf(again), 0),
                $"front matter sets '{key}' twice: the last value applies, as the site generators read it"));
        }
        TextSpan? title = null;
        foreach (var entry in mapping.Children)
        {
            if (entry.Key is not YamlScalarNode { Value: { } written }) continue;
            var key = written.Trim();
            if (entry.Value is YamlScalarNode { Value: { } value } scalar)
            {
                layout.AddMetadata(key, value.Trim(), At(entry.Value).Start, "front matter");
                if (key == TitleKey) title = TitleSpan(loaded.Read, scalar) is { } span ? new TextSpan(contentStart + loaded.OffsetOf(span.Start), span.Length) : null;
            }
            else if (KeysRead.Contains(key, StringComparer.OrdinalIgnoreCase))
            {
                // Another site generator's structured key of the same name would otherwise be dropped without a word.
                layout.Problems.Add(new ArticleProblem(At(entry.Value), $"front matter '{key}' holds {YamlLoading.ShapeOf(entry.Value)}, not one value, so it does not apply"));
            }
        }
        return title;

        TextSpan At(YamlNode node) => new(contentStart + loaded.OffsetOf(node.Start), 0);
    }

    /// <summary>True when <paramref name="yaml"/> holds a template's tag, Go's or Liquid's: "{{ … }}" or "{% … %}".</summary>
    private static bool HoldsTemplateTags(string yaml)
    {
        foreach (var (open, close) in new[] { ("{{", "}}"), ("{%", "%}") })
        {
            var start = yaml.IndexOf(open, StringComparison.Ordinal);
            if (start >= 0 && yaml.IndexOf(close, start + open.Length, StringComparison.Ordinal) > start) return true;
        }
        return false;
    }

    /// <summary>The key of the headline a site generator's page gives in its front matter (Jekyll, Hugo, Eleventy, Astro).</summary>
    private const string TitleKey = "title";

    /// <summary>
    /// Where the front matter's title is written, in <paramref name="yaml"/>: the article's headline, checked as a heading is,
    /// since a site generator's page often has no other. Only a title on one line whose text is its value (plain, or quoted
    /// without escapes) is: any other would put the YAML's own marks (an escape, a folded line's indentation) into the prose.
    /// </summary>
    private static TextSpan? TitleSpan(string yaml, YamlScalarNode title)
    {
        if (title.Start.Line != title.End.Line || title.Value is not { Length: > 0 } value) return null;
        var start = YamlLoading.OffsetOf(yaml, title.Start);
        var end = YamlLoading.OffsetOf(yaml, title.End);
        if (title.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted)
        {
            start++;
            end--;
        }
        else if (title.Style != ScalarStyle.Plain)
        {
            return null;
        }
        return end - start == value.Length && string.CompareOrdinal(yaml, start, value, 0, value.Length) == 0 ? new TextSpan(start, value.Length) : null;
    }

    /// <summary>The front-matter keys the engine reads (<see cref="Article.Metadata"/>): outlet and story choose the profile
    /// and the story, the date places the article in its story's time.</summary>
    private static readonly string[] KeysRead = ["outlet", "story", "date"];
}
