using System;
using System.Collections.Generic;
using System.Linq;
using Editorial.Text;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Extensions.Yaml;
using Markdig.Parsers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Editorial.Articles;

/// <summary>
/// Markdown articles through Markdig: only the literal text of paragraphs, headings and table cells, and the text of HTML blocks
/// (<see cref="HtmlLayout"/>), is prose, and so is a YAML front matter's title, read as the headline. Code, inline HTML, link
/// destinations, autolinks, images and the rest of the front matter are blanked; front matter scalars become metadata.
/// </summary>
internal static class MarkdownLayout
{
    private static readonly MarkdownPipeline Pipeline = NewPipelineBuilder().Build();

    /// <summary>MDX reads no indented code: text indented inside a JSX element ("&lt;Tab&gt;", then the tab's paragraphs) is
    /// prose.</summary>
    private static readonly MarkdownPipeline MdxPipeline = WithoutIndentedCode(NewPipelineBuilder()).Build();

    private static MarkdownPipelineBuilder NewPipelineBuilder() =>
        new MarkdownPipelineBuilder().UsePreciseSourceLocation().UseYamlFrontMatter().UseAutoLinks().UsePipeTables();

    private static MarkdownPipelineBuilder WithoutIndentedCode(MarkdownPipelineBuilder builder)
    {
        builder.BlockParsers.TryRemove<IndentedCodeBlockParser>();
        return builder;
    }

    /// <summary>Reads a Markdown article, or with <paramref name="mdx"/> an MDX one (<see cref="MdxSyntax"/>).</summary>
    /// <param name="lineMap">The text's line map, the article's own (<see cref="Article.Lines"/>), for reading it as plain text.</param>
    public static ArticleLayout Read(string text, LineMap lineMap, bool mdx = false)
    {
        MarkdownDocument document;
        var layout = new ArticleLayout(text);
        var tomlFrontMatter = TomlFrontMatter(text);
        if (tomlFrontMatter is { } toml) layout.Blank(toml.Start, toml.End);
        // Markdig reads YAML front matter on the first line only; after blank lines it is read here, and blanked for Markdig.
        var lateYaml = YamlFrontMatterAfterBlankLines(text);
        if (lateYaml is { } late) layout.Blank(late.Whole.Start, late.Whole.End);
        var metadataLines = tomlFrontMatter is null && lateYaml is null ? MetadataLines.Find(text) : null;
        if (metadataLines is { } metadataBlock) layout.Blank(metadataBlock.Whole.Start, metadataBlock.Whole.End);
        foreach (var body in HugoShortcodes.CodeBodies(text)) layout.Blank(body.Start, body.End);
        foreach (var line in DirectiveLines.Find(text)) layout.Blank(line.Start, line.End);
        var pipeline = mdx ? MdxPipeline : Pipeline;
        try
        {
            // Markdig knows no TOML front matter, no metadata block, no Hugo shortcode, no directive and no MDX: it reads the text
            // with those blanked (line breaks kept), so that they are not prose and the paragraph after them starts where the
            // article does (the prose view is the article's own text when nothing was blanked), and with each shortcode tag one run
            // of characters, as Hugo renders it. MDX's braces and angle brackets are left alone in code, which a first reading
            // finds; a page read as Markdown loses only MDX's comments, which a site that compiles it as MDX may write.
            if (mdx || text.Contains("{/*") && text.Contains("*/}"))
            {
                var code = CodeSpans(Markdown.Parse(HugoShortcodes.WithOpaqueTags(layout.ProseText), pipeline));
                if (mdx) MdxSyntax.Blank(layout, text, code);
                else MdxSyntax.BlankComments(layout, text, code);
            }
            document = Markdown.Parse(HugoShortcodes.WithOpaqueTags(layout.ProseText), pipeline);
        }
        catch (ArgumentException exception) when (exception.Message.Contains("nested"))
        {
            // Markdig refuses blocks or inlines nested past its depth limit (128 '>' on a line, 64 list levels). No text is
            // lost for that: the article is read as plain text and the reason is reported.
            var plain = PlainTextLayout.Read(text, lineMap);
            plain.Problems.Add(new ArticleProblem(new TextSpan(0, 0),
                "the Markdown is nested more deeply than Markdig reads (block quotes, lists or brackets inside each other); the article was checked as plain text",
                ArticleProblemKind.Markup));
            return plain;
        }
        // Front matter left open is a '---' line a key follows. Not one that another '---' follows (empty front matter, as Jekyll
        // writes a page that only wants processing, of which Markdig makes no block) nor one that prose follows ("---" then a
        // signature's name: a thematic break).
        // Only a fence on the first line is said to be left open: after blank lines, a '---' line that nothing closes is a
        // thematic break.
        if (!document.OfType<YamlFrontMatterBlock>().Any() && IsFenceLine(text, 0, YamlFence) && text.IndexOf('\n') is var firstEnd and >= 0
            && StartsWithKey(text, firstEnd + 1))
        {
            layout.Problems.Add(new ArticleProblem(new TextSpan(0, 3),
                $"front matter is not closed: no '---' line ends it, so none of its keys ({string.Join(", ", KeysRead)}) apply"));
        }
        if (tomlFrontMatter is null && IsFenceLine(text, 0, TomlFence))
        {
            layout.Problems.Add(new ArticleProblem(new TextSpan(0, 3), "TOML front matter is not closed: no '+++' line ends it"));
        }
        var prose = new bool[text.Length];
        if (metadataLines is { } metadata)
        {
            foreach (var (key, value) in metadata.Entries) layout.AddMetadata(key, text.Substring(value.Start, value.Length), value.Start, "metadata");
            if (metadata.Title is { } metadataTitle) AddTitle(layout, prose, metadataTitle);
        }
        if (lateYaml is { } lateFrontMatter && ReadFrontMatter(layout, text, lateFrontMatter.Content) is { } lateTitle) AddTitle(layout, prose, lateTitle);
        // Blocks only: a paragraph's inlines are walked once, by AddProse (a page of unclosed links is 800,000 of them).
        foreach (var block in document.Descendants<Block>())
        {
            switch (block)
            {
                case YamlFrontMatterBlock frontMatter:
                    // An empty front matter block ("---" then "---") has no line array at all.
                    if (frontMatter.Lines.Count == 0 || frontMatter.Lines.Lines is not { } frontMatterLines) break;
                    var content = TextSpan.FromBounds(frontMatterLines[0].Slice.Start, Math.Min(text.Length, frontMatterLines[frontMatter.Lines.Count - 1].Slice.End + 1));
                    if (ReadFrontMatter(layout, text, content) is { } title) AddTitle(layout, prose, title);
                    break;
                case HtmlBlock html when !html.Span.IsEmpty && html.Span.Start < text.Length:
                    // The text of an HTML block ("<div class=\"note\">…</div>") is prose like the rest, read as HTML.
                    var region = TextSpan.FromBounds(html.Span.Start, Math.Min(text.Length, html.Span.End + 1));
                    var lines = html.Lines.Lines?.Take(html.Lines.Count).Select(l => TextSpan.FromBounds(l.Slice.Start, l.Slice.End + 1));
                    HtmlLayout.ReadInto(layout, text, region, IsInsideQuoteBlock(html), lines);
                    for (var i = region.Start; i < region.End; i++) prose[i] = true;
                    break;
                case LeafBlock leaf and (ParagraphBlock or HeadingBlock) when leaf.Inline is not null && !IsChangeLogEntry(leaf) && !IsDisplayMath(text, leaf):
                    AddProse(layout, text, prose, leaf);
                    break;
            }
        }
        for (var i = 0; i < text.Length; i++)
        {
            if (!prose[i]) layout.Blank(i, i + 1);
        }
        foreach (var inlineObject in layout.InlineObjects) layout.ProseView[inlineObject] = Tokenizer.ObjectReplacement;
        return layout;
    }

    /// <summary>The code blocks, code spans and front matter of <paramref name="document"/>, in text order.</summary>
    private static List<TextSpan> CodeSpans(MarkdownDocument document)
    {
        var spans = new List<TextSpan>();
        foreach (var node in document.Descendants())
        {
            if (node is CodeBlock or YamlFrontMatterBlock or CodeInline && !node.Span.IsEmpty)
            {
                spans.Add(TextSpan.FromBounds(node.Span.Start, node.Span.End + 1));
            }
        }
        spans.Sort((a, b) => a.Start.CompareTo(b.Start));
        return spans;
    }

    private static void AddProse(ArticleLayout layout, string text, bool[] prose, LeafBlock leaf)
    {
        int first = int.MaxValue, last = -1;
        foreach (var inline in leaf.Inline!.Descendants())
        {
            if (inline is HtmlInline html)
            {
                AddComments(layout, text, html.Span);
                // An <img> tag in a paragraph is an image like ![alt](src): it stands between the words around it.
                if (HtmlLayout.IsImageTag(html.Tag) && !html.Span.IsEmpty && html.Span.Start < text.Length) AddObject(html.Span);
                continue;
            }
            if (inline is Inline and (LinkInline { IsImage: true } or CodeInline or AutolinkInline) and var node && !IsInsideImage(node) && !node.Span.IsEmpty
                && node.Span.Start < text.Length)
            {
                // An image, a code span or a link written as its address ("<xref:System.Uri>", which renders as the name) is no
                // word and no space: it stands between the words around it ("the ![photo](a.png) the" repeats nothing, and in
                // "as shown. `Map` types …" the sentence starts with the code, not with "types").
                AddObject(node.Span);
                continue;
            }
            if (inline is HtmlEntityInline entity && !IsInsideImage(entity) && !entity.Span.IsEmpty && entity.Span.Start < text.Length)
            {
                AddReference(entity);
                continue;
            }
            if (inline is not LiteralInline literal || IsInsideImage(literal) || literal.Span.IsEmpty) continue;
            var start = literal.Span.Start;
            // A backslash escape ("\>", "\*") renders as the character alone: the backslash is hidden, as a tag is in HTML.
            if (literal.IsFirstCharacterEscaped && start < text.Length && text[start] == '\\') layout.Hide(start, start + 1);
            if (literal.Parent is LinkInline { IsImage: false } or EmphasisInline && literal.Parent.FirstChild == literal) layout.LabelStarts.Add(start);
            var end = Math.Min(text.Length, literal.Span.End + 1);
            for (var i = start; i < end; i++) prose[i] = true;
            first = Math.Min(first, start);
            last = Math.Max(last, end);
        }
        // A table cell's text is its own block (a cell is no part of its neighbour's sentence), without the spaces that pad it
        // between the pipes; a header row's cells are labels, read as headings are.
        while (last > first && char.IsWhiteSpace(text[last - 1])) last--;
        while (first < last && char.IsWhiteSpace(text[first])) first++;
        if (last > first)
        {
            layout.Blocks.Add(new LayoutBlock(TextSpan.FromBounds(first, last), leaf is HeadingBlock || IsInHeaderRow(leaf), IsInsideQuoteBlock(leaf),
                IsTableCell: leaf.Parent is TableCell));
        }

        // A character reference ("caf&eacute;", "&lt;scope&gt;") renders as its character: it stands at the reference's first
        // position and the rest is ArticleLayout.ReferenceTail, as HtmlLayout reads references. One that renders as more than one
        // character, or none, stays blank.
        void AddReference(HtmlEntityInline entity)
        {
            var (start, end) = (entity.Span.Start, Math.Min(text.Length, entity.Span.End + 1));
            if (entity.Transcoded.Length != 1 || end - start < 2) return;
            var view = layout.ProseView;
            view[start] = entity.Transcoded[entity.Transcoded.Start];
            for (var i = start + 1; i < end; i++) view[i] = ArticleLayout.ReferenceTail;
            for (var i = start; i < end; i++) prose[i] = true;
            first = Math.Min(first, start);
            last = Math.Max(last, end);
        }

        // An object of the paragraph at its first character, which the prose view holds as Tokenizer.ObjectReplacement. The
        // paragraph runs to the object's end: one that ends with code differs from another by that code ("set to `"music"`").
        void AddObject(SourceSpan span)
        {
            layout.InlineObjects.Add(span.Start);
            first = Math.Min(first, span.Start);
            last = Math.Max(last, Math.Min(text.Length, span.End + 1));
        }
    }

    /// <summary>
    /// A list item's paragraph that links a commit ("- [`7b4268b889`](https://github.com/o/r/commit/7b4268b889) - **lib**: remove
    /// unneeded . escape", "* fix the parser ([abc1234](…/commit/abc1234…))"): an entry of a change log that release notes
    /// list, a commit's subject as its developer wrote it, with the characters and names it is about ("the . in the end",
    /// "add .S files"). It is no copy, and like code it is not read.
    /// </summary>
    private static bool IsChangeLogEntry(LeafBlock leaf) =>
        leaf is ParagraphBlock { Parent: ListItemBlock } && leaf.Inline!.Descendants<LinkInline>().Any(link => !link.IsImage && IsCommitAddress(link.Url));

    /// <summary>The title of the front matter or the metadata block: the article's headline, prose though the block around it
    /// is not (and was blanked for Markdig, when Markdig could not read the block).</summary>
    private static void AddTitle(ArticleLayout layout, bool[] prose, TextSpan title)
    {
        layout.Restore(title.Start, title.End);
        for (var i = title.Start; i < title.End; i++) prose[i] = true;
        layout.Blocks.Add(new LayoutBlock(title, IsHeading: true));
    }

    /// <summary>
    /// A paragraph that is a display formula: it opens with "$$" or "\[" and closes with "$$" or "\]", as the math extensions
    /// of GitHub, MathJax and KaTeX read it ("\[ 97_{b}=9b+7 . \]"). TeX is no prose, and its spaced full stops and commas
    /// are no stray marks. A formula inside a sentence ("$x$", "\(x\)") is left to the prose: a dollar is as often money.
    /// </summary>
    private static bool IsDisplayMath(string text, LeafBlock leaf)
    {
        if (leaf is not ParagraphBlock) return false;
        var start = leaf.Span.Start;
        var end = Math.Min(text.Length, leaf.Span.End + 1);
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end - start < 4) return false;
        var opens = string.CompareOrdinal(text, start, "$$", 0, 2) == 0 || string.CompareOrdinal(text, start, "\\[", 0, 2) == 0;
        var closes = string.CompareOrdinal(text, end - 2, "$$", 0, 2) == 0 || string.CompareOrdinal(text, end - 2, "\\]", 0, 2) == 0;
        return opens && closes;
    }

    /// <summary>A repository's commit on a forge: ".../commit/" and seven to forty hexadecimal digits (GitHub, GitLab's "/-/commit/").</summary>
    private static bool IsCommitAddress(string? url)
    {
        if (url is null) return false;
        var at = url.IndexOf("/commit/", StringComparison.OrdinalIgnoreCase);
        if (at < 0) return false;
        var digits = 0;
        for (var i = at + "/commit/".Length; i < url.Length && Uri.IsHexDigit(url[i]); i++) digits++;
        return digits is >= 7 and <= 40;
    }

    private static bool IsInsideQuoteBlock(Block block)
    {
        for (var parent = block.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is QuoteBlock) return true;
        }
        return false;
    }

    private static bool IsInHeaderRow(Block block) => block.Parent is TableCell { Parent: TableRow { IsHeader: true } };

    private static bool IsInsideImage(Inline inline)
    {
        for (var parent = inline.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is LinkInline { IsImage: true }) return true;
        }
        return false;
    }

    private static void AddComments(ArticleLayout layout, string text, SourceSpan span)
    {
        if (span.IsEmpty) return;
        var end = Math.Min(text.Length, span.End + 1);
        var from = span.Start;
        while (true)
        {
            var open = text.IndexOf("<!--", from, end - from, StringComparison.Ordinal);
            if (open < 0) return;
            var close = text.IndexOf("-->", open + 4, end - open - 4, StringComparison.Ordinal);
            if (close < 0) return;
            layout.Comments.Add((TextSpan.FromBounds(open, close + 3), text.Substring(open + 4, close - open - 4)));
            from = close + 3;
        }
    }

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
    /// YAML front matter that opens after blank lines, which Markdig does not read (it reads front matter on the first line
    /// only): the whole of it, fences included, and its content. Only keys and values are taken for front matter there: a
    /// page that a generator without Hugo's leniency renders opens with a thematic break, and text between two of them ("---",
    /// "A note from the editors", "---") stays prose.
    /// </summary>
    private static (TextSpan Whole, TextSpan Content)? YamlFrontMatterAfterBlankLines(string text)
    {
        var open = FrontMatterLine(text);
        if (open == 0 || !IsFenceLine(text, open, YamlFence)) return null;
        var contentStart = text.IndexOf('\n', open) + 1;
        for (var lineStart = contentStart; lineStart > 0 && lineStart < text.Length; lineStart = text.IndexOf('\n', lineStart) + 1)
        {
            if (!IsFenceLine(text, lineStart, YamlFence)) continue;
            var content = TextSpan.FromBounds(contentStart, lineStart);
            return StartsWithKey(text, contentStart) ? (TextSpan.FromBounds(open, lineStart + YamlFence.Length), content) : null;
        }
        return null;
    }

    /// <summary>True when the line at <paramref name="lineStart"/> opens with a YAML key: a name and a colon ("outlet: ap",
    /// "story:").</summary>
    private static bool StartsWithKey(string text, int lineStart)
    {
        var i = lineStart;
        while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '_' or '-')) i++;
        return i > lineStart && i < text.Length && text[i] == ':';
    }

    /// <summary>True when the line at <paramref name="lineStart"/> is exactly <paramref name="fence"/>.</summary>
    private static bool IsFenceLine(string text, int lineStart, string fence)
    {
        var after = lineStart + fence.Length;
        return string.CompareOrdinal(text, lineStart, fence, 0, fence.Length) == 0 && (after == text.Length || text[after] is '\n' or '\r');
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
    private static TextSpan? TomlFrontMatter(string text)
    {
        var open = FrontMatterLine(text);
        if (!IsFenceLine(text, open, TomlFence)) return null;
        var lineStart = text.IndexOf('\n', open) + 1;
        while (lineStart > 0 && lineStart < text.Length)
        {
            if (IsFenceLine(text, lineStart, TomlFence)) return TextSpan.FromBounds(open, lineStart + TomlFence.Length);
            lineStart = text.IndexOf('\n', lineStart) + 1;
        }
        return null;
    }

    /// <summary>Reads the front matter's keys into <paramref name="layout"/>'s metadata, and returns where its <c>title</c> is
    /// written (<see cref="TitleSpan"/>), or null.</summary>
    private static TextSpan? ReadFrontMatter(ArticleLayout layout, string text, TextSpan content)
    {
        var contentStart = content.Start;
        var yaml = text.Substring(contentStart, content.Length);
        var loaded = YamlLoading.LoadFrontMatter(yaml);
        var root = loaded.Root;
        if (loaded.Failure is { } broken)
        {
            layout.Problems.Add(new ArticleProblem(new TextSpan(contentStart + broken.Offset, 0), "front matter is not valid YAML: " + broken.Message));
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
