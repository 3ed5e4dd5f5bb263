using System;
using System.Collections.Generic;
using System.Linq;
using Editorial.Text;
using Markdig;
using Markdig.Extensions.EmphasisExtras;
using Markdig.Extensions.Tables;
using Markdig.Extensions.Yaml;
using Markdig.Parsers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Editorial.Articles;

/// <summary>
/// Markdown articles through Markdig: only the literal text of paragraphs, headings and table cells, and the text of HTML blocks
/// (<see cref="HtmlLayout"/>), is prose, and so is a YAML front matter's title, read as the headline. Code, inline HTML, link
/// destinations, autolinks, images, code listings saved with their line numbers (<see cref="NumberedListings"/>) and the rest of
/// the front matter are blanked; front matter scalars become metadata.
/// </summary>
internal static class MarkdownLayout
{
    private static readonly MarkdownPipeline Pipeline = NewPipelineBuilder().Build();

    /// <summary>MDX reads no indented code: text indented inside a JSX element ("&lt;Tab&gt;", then the tab's paragraphs) is
    /// prose.</summary>
    private static readonly MarkdownPipeline MdxPipeline = WithoutIndentedCode(NewPipelineBuilder()).Build();

    private static MarkdownPipelineBuilder NewPipelineBuilder() =>
        new MarkdownPipelineBuilder().UsePreciseSourceLocation().UseYamlFrontMatter().UseAutoLinks().UsePipeTables()
            .UseEmphasisExtras(EmphasisExtraOptions.Strikethrough);

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
        var tomlFrontMatter = FrontMatter.Toml(text);
        if (tomlFrontMatter is { } toml) layout.Blank(toml.Start, toml.End);
        // Markdig reads YAML front matter on the first line; after blank lines it is read here, and blanked for Markdig.
        var lateYaml = FrontMatter.Yaml(text) is { Whole.Start: > 0 } afterBlankLines ? afterBlankLines : default((TextSpan Whole, TextSpan Content)?);
        if (lateYaml is { } late) layout.Blank(late.Whole.Start, late.Whole.End);
        var metadataLines = tomlFrontMatter is null && lateYaml is null ? MetadataLines.Find(text) : null;
        if (metadataLines is { } metadataBlock) layout.Blank(metadataBlock.Whole.Start, metadataBlock.Whole.End);
        foreach (var body in TemplateCode.Bodies(text)) layout.Blank(body.Start, body.End);
        foreach (var line in DirectiveLines.Find(text)) layout.Blank(line.Start, line.End);
        foreach (var listing in NumberedListings.Find(text)) layout.Blank(listing.Start, listing.End);
        // Where each block quote that is a callout (a box of the writer's, not a quotation) has its '>' (IsInsideQuoteBlock).
        HashSet<int>? calloutQuotes = null;
        // A GitHub alert or an Obsidian callout ("> [!NOTE]", "> [!tip]- Title") is a box of the writer's, not a quotation:
        // its marker is markup that renders as nothing (hidden, not blanked: a title after it, "> [!tip]- Tickets", would
        // otherwise stand indented as code), and its quote is no one else's words.
        foreach (var (quoteMark, marker) in CalloutMarkers(text))
        {
            layout.Hide(marker.Start, marker.End);
            (calloutQuotes ??= []).Add(quoteMark);
        }
        // An admonition's body, indented four spaces, is Markdown of its own (MDX reads no indented code: it needs nothing):
        // Markdig reads each of its lines with a '>' for the first character of the indent, as a block quote, which
        // IsInsideQuoteBlock does not take for a quotation. Its fenced code is blanked, since a blank line there would end
        // the quote and leave the rest of the code for a paragraph.
        if (!mdx)
        {
            foreach (var admonition in Admonitions.Find(text))
            {
                layout.Blank(admonition.Header.Start, admonition.Header.End);
                foreach (var code in admonition.CodeLines) layout.Blank(code.Start, code.End);
                foreach (var lineStart in admonition.MarkdownLineStarts)
                {
                    layout.ProseView[lineStart] = '>';
                    (calloutQuotes ??= []).Add(lineStart);
                }
            }
        }
        var pipeline = mdx ? MdxPipeline : Pipeline;
        try
        {
            // Markdig knows no TOML front matter, no metadata block, no Hugo shortcode, no directive and no MDX: it reads the text
            // with those blanked (line breaks kept), so that they are not prose and the paragraph after them starts where the
            // article does (the prose view is the article's own text when nothing was blanked), and with each shortcode or Liquid tag
            // one run of characters, as Hugo and Jekyll render it. MDX's braces and angle brackets are left alone in code, which a first reading
            // finds; a page read as Markdown loses only MDX's comments, which a site that compiles it as MDX may write.
            if (mdx || text.Contains("{/*") && text.Contains("*/}"))
            {
                var code = CodeSpans(Markdown.Parse(TemplateCode.WithOpaqueTags(layout.ProseText), pipeline));
                if (mdx) MdxSyntax.Blank(layout, text, code);
                else MdxSyntax.BlankComments(layout, text, code);
            }
            document = Markdown.Parse(TemplateCode.WithOpaqueTags(layout.ProseText), pipeline);
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
        FrontMatter.ReportUnclosed(layout, text, yamlClosed: document.OfType<YamlFrontMatterBlock>().Any(), tomlClosed: tomlFrontMatter is not null);
        var prose = new bool[text.Length];
        if (metadataLines is { } metadata)
        {
            foreach (var (key, value) in metadata.Entries) layout.AddMetadata(key, text.Substring(value.Start, value.Length), value.Start, "metadata");
            if (metadata.Title is { } metadataTitle) AddTitle(layout, prose, metadataTitle);
        }
        if (lateYaml is { } lateFrontMatter && FrontMatter.Read(layout, text, lateFrontMatter.Content) is { } lateTitle) AddTitle(layout, prose, lateTitle);
        // Blocks only: a paragraph's inlines are walked once, by AddProse (a page of unclosed links is 800,000 of them).
        foreach (var block in document.Descendants<Block>())
        {
            switch (block)
            {
                case YamlFrontMatterBlock frontMatter:
                    // An empty front matter block ("---" then "---") has no line array at all.
                    if (frontMatter.Lines.Count == 0 || frontMatter.Lines.Lines is not { } frontMatterLines) break;
                    var content = TextSpan.FromBounds(frontMatterLines[0].Slice.Start, Math.Min(text.Length, frontMatterLines[frontMatter.Lines.Count - 1].Slice.End + 1));
                    if (FrontMatter.Read(layout, text, content) is { } title && !RepeatsFirstHeading(document, text, title)) AddTitle(layout, prose, title);
                    break;
                case HtmlBlock html when !html.Span.IsEmpty && html.Span.Start < text.Length:
                    // The text of an HTML block ("<div class=\"note\">…</div>") is prose like the rest, read as HTML.
                    var region = TextSpan.FromBounds(html.Span.Start, Math.Min(text.Length, html.Span.End + 1));
                    var lines = html.Lines.Lines?.Take(html.Lines.Count).Select(l => TextSpan.FromBounds(l.Slice.Start, l.Slice.End + 1));
                    HtmlLayout.ReadInto(layout, text, region, IsInsideQuoteBlock(html, calloutQuotes), lines);
                    for (var i = region.Start; i < region.End; i++) prose[i] = true;
                    break;
                case LeafBlock leaf and (ParagraphBlock or HeadingBlock) when leaf.Inline is not null && !IsChangeLogEntry(leaf) && !IsDisplayMath(text, leaf):
                    AddProse(layout, text, prose, leaf, calloutQuotes);
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

    private static void AddProse(ArticleLayout layout, string text, bool[] prose, LeafBlock leaf, HashSet<int>? calloutQuotes)
    {
        int first = int.MaxValue, last = -1;
        // Where the text of an HTML anchor written inline ("<a href=…>reportedly backing</a>") starts; -1 outside one.
        var anchorTextStart = -1;
        string? anchorTarget = null;
        // Where the attributes in braces after a link or an image end; before it, the literals are theirs.
        var attributesEnd = -1;
        foreach (var inline in leaf.Inline!.Descendants())
        {
            if (inline is LinkInline { UrlSpan.IsEmpty: false } target && ArticleLayout.IsLocalFileAddress(target.Url) && target.UrlSpan.End < text.Length)
            {
                layout.LocalFileLinks.Add(TextSpan.FromBounds(target.UrlSpan.Start, target.UrlSpan.End + 1));
            }
            if (inline is LinkInline { IsImage: false } link)
            {
                if (LinkText(link) is { } linkText) layout.AddLinkText(linkText, link.Url);
                if (CitedSource(link) is { } cited) layout.CitedSources.Add(cited);
            }
            if (inline is LineBreakInline { IsHard: true } hardBreak && text.IndexOf('\n', hardBreak.Span.Start) is var lineEnd and >= 0)
            {
                layout.LinesAfterHardBreaks.Add(lineEnd + 1);
            }
            if (inline is HtmlInline html)
            {
                AddComments(layout, text, html.Span);
                var tag = HtmlLayout.TagOf(html.Tag);
                // A link written as an HTML anchor in the Markdown is a link as [text](…) is: its text is a link's text.
                if (tag is ("a", true, var href) && !html.Span.IsEmpty) (anchorTextStart, anchorTarget) = (html.Span.End + 1, href);
                else if (tag is ("a", false, _) && anchorTextStart >= 0)
                {
                    if (html.Span.Start > anchorTextStart) layout.AddLinkText(TextSpan.FromBounds(anchorTextStart, html.Span.Start), anchorTarget);
                    anchorTextStart = -1;
                }
                // An <img> tag in a paragraph is an image like ![alt](src): it stands between the words around it.
                if (tag is ("img", true, _) && !html.Span.IsEmpty && html.Span.Start < text.Length) AddObject(html.Span);
                continue;
            }
            if (inline is Inline and (LinkInline { IsImage: true } or CodeInline or AutolinkInline or EmphasisInline { DelimiterChar: '~' }) and var node
                && !IsInsideImage(node) && !IsStruckThrough(node) && !node.Span.IsEmpty && node.Span.Start < text.Length)
            {
                // An image, a code span or a link written as its address ("<xref:System.Uri>", which renders as the name) is no
                // word and no space: it stands between the words around it ("the ![photo](a.png) the" repeats nothing, and in
                // "as shown. `Map` types …" the sentence starts with the code, not with "types"). So are words struck through
                // ("the ~~honor~~ honour of serving"): the writer shows them withdrawn, and they are no spelling of the copy's.
                AddObject(node.Span);
                continue;
            }
            if (inline is HtmlEntityInline entity && !IsInsideImage(entity) && !entity.Span.IsEmpty && entity.Span.Start < text.Length)
            {
                AddReference(entity);
                continue;
            }
            if (inline is not LiteralInline literal || IsInsideImage(literal) || IsStruckThrough(literal) || literal.Span.IsEmpty) continue;
            var start = literal.Span.Start;
            // A backslash escape ("\>", "\*") renders as the character alone: the backslash is hidden, as a tag is in HTML.
            if (literal.IsFirstCharacterEscaped && start < text.Length && text[start] == '\\') layout.Hide(start, start + 1);
            if (literal.Parent is LinkInline { IsImage: false } or EmphasisInline && literal.Parent.FirstChild == literal) layout.LabelStarts.Add(start);
            var end = Math.Min(text.Length, literal.Span.End + 1);
            // kramdown's and Pandoc's attributes after a link or an image ("[post](…){: target="_blank"}", "![](…){.center}")
            // style the element, and are no words of the sentence; Markdig splits them into several literals at their
            // quotation marks and underscores, each of which they cover.
            if (literal.PreviousSibling is LinkInline && AttributeListEnd(text, start) is var afterAttributes and > 0) attributesEnd = afterAttributes;
            start = Math.Max(start, attributesEnd);
            for (var i = start; i < end; i++) prose[i] = true;
            if (start >= end) continue;
            first = Math.Min(first, start);
            last = Math.Max(last, end);
        }
        // A table cell's text is its own block (a cell is no part of its neighbour's sentence), without the spaces that pad it
        // between the pipes; a header row's cells are labels, read as headings are.
        while (last > first && char.IsWhiteSpace(text[last - 1])) last--;
        if (leaf is HeadingBlock && HeadingAttributesStart(text, first, last) is var attributes and >= 0)
        {
            for (var i = attributes; i < last; i++) prose[i] = false;
            last = attributes;
            while (last > first && char.IsWhiteSpace(text[last - 1])) last--;
        }
        while (first < last && char.IsWhiteSpace(text[first])) first++;
        if (last > first)
        {
            layout.Blocks.Add(new LayoutBlock(TextSpan.FromBounds(first, last), leaf is HeadingBlock || IsInHeaderRow(leaf),
                IsInsideQuoteBlock(leaf, calloutQuotes) || IsCitedTitle(leaf), IsTableCell: leaf.Parent is TableCell));
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

    /// <summary>The span of a link's text, from its first literal character to its last, or null when it has no text.</summary>
    private static TextSpan? LinkText(LinkInline link) =>
        TextLiterals(link) is var (first, last) ? TextSpan.FromBounds(first.Span.Start, last.Span.End + 1) : null;

    /// <summary>The span of a link's text that parentheses enclose whole, from the opening one to the closing one ("(CNN Brasil)"
    /// of "[(CNN Brasil)](…)", "(*The Hill*)"), or null: the source a digest cites for an item.</summary>
    private static TextSpan? CitedSource(LinkInline link)
    {
        if (TextLiterals(link) is not var (first, last)) return null;
        var (opening, closing) = (first.Content, last.Content);
        return opening.Length > 0 && opening.Text[opening.Start] == '(' && closing.Length > 0 && closing.Text[closing.End] == ')'
            && (first != last || opening.Length > 2)
            ? TextSpan.FromBounds(first.Span.Start, last.Span.End + 1) : null;
    }

    /// <summary>The first and last literal of a link's text that have a place in the source, or null.</summary>
    private static (LiteralInline First, LiteralInline Last)? TextLiterals(LinkInline link)
    {
        LiteralInline? first = null, last = null;
        foreach (var literal in link.Descendants<LiteralInline>())
        {
            if (literal.Span.IsEmpty) continue;
            first ??= literal;
            last = literal;
        }
        return first is null || last is null ? null : (first, last);
    }

    /// <summary>
    /// A list item's paragraph that is one link and nothing else ("* [RUST available in the Microsoft Store](…)", "- [**Meet
    /// de Noviembre, parte 2**](…)"): a roundup's entry, the title of the page it links as that page's author wrote it,
    /// which keeps its spelling as a quotation does.
    /// </summary>
    private static bool IsCitedTitle(LeafBlock leaf)
    {
        if (leaf is not ParagraphBlock { Parent: ListItemBlock } || leaf.Inline is not { } inline) return false;
        var links = 0;
        for (var child = inline.FirstChild; child is not null; child = child.NextSibling)
        {
            switch (child)
            {
                case LinkInline { IsImage: false }:
                    links++;
                    break;
                case LiteralInline literal when literal.Content.IsEmptyOrWhitespace():
                case LineBreakInline:
                    break;
                default:
                    return false;
            }
        }
        return links == 1;
    }

    /// <summary>
    /// A list item's paragraph that links a commit ("- [`7b4268b889`](https://github.com/o/r/commit/7b4268b889) - **lib**: remove
    /// unneeded . escape", "* fix the parser ([abc1234](…/commit/abc1234…))"): an entry of a change log that release notes
    /// list, a commit's subject as its developer wrote it, with the characters and names it is about ("the . in the end",
    /// "add .S files"). It is no copy, and like code it is not read.
    /// </summary>
    private static bool IsChangeLogEntry(LeafBlock leaf) =>
        leaf is ParagraphBlock { Parent: ListItemBlock } && leaf.Inline!.Descendants<LinkInline>().Any(link => !link.IsImage && IsCommitAddress(link.Url));

    /// <summary>
    /// Where the attributes that end a heading start: its id or classes in braces ("## Use `Scopes` { #use-scopes }", "{#id}",
    /// "{: #id .note}"), which MkDocs (attr_list), Pandoc, Hugo and Docusaurus read as the heading's anchor, not its text; -1
    /// when it has none. Only braces that open with '#', '.' or ':' are: Markdig's generic attributes would also take a
    /// sentence's "{sic}" or "{name}", which prose writes.
    /// </summary>
    private static int HeadingAttributesStart(string text, int first, int last)
    {
        if (last - first < 3 || text[last - 1] != '}') return -1;
        var open = text.LastIndexOf('{', last - 2, last - 1 - first);
        if (open <= first || !char.IsWhiteSpace(text[open - 1])) return -1;
        return IsAttributeList(text, open, last - 1) ? open : -1;
    }

    /// <summary>Where the attributes in braces that open at <paramref name="start"/> end, the closing brace included; -1 when
    /// there are none there (<see cref="IsAttributeList"/>).</summary>
    private static int AttributeListEnd(string text, int start)
    {
        if (start >= text.Length || text[start] != '{') return -1;
        // On its line: a search to the end of the text after each brace would read a page of unclosed ones again and again.
        var close = text.IndexOfAny(AttributeListClosers, start + 1);
        return close > 0 && text[close] == '}' && IsAttributeList(text, start, close) ? close + 1 : -1;
    }

    private static readonly char[] AttributeListClosers = ['}', '\n'];

    /// <summary>True when the braces at <paramref name="open"/> and <paramref name="close"/> hold attributes: an id or classes,
    /// after kramdown's optional colon ("{#id}", "{: #id .note}", "{.center}", "{: .box target="_blank"}"), on one line. Only
    /// braces that open with '#', '.' or ':' are: Markdig's generic attributes would also take a sentence's "{sic}" or a path's
    /// "{name}", which prose and documentation write.</summary>
    private static bool IsAttributeList(string text, int open, int close)
    {
        var i = open + 1;
        while (i < close && text[i] == ' ') i++;
        var colon = i < close && text[i] == ':';
        if (colon) i++;
        while (i < close && text[i] == ' ') i++;
        if (i >= close || !colon && text[i] is not ('#' or '.')) return false;
        for (var k = i; k < close; k++)
        {
            if (text[k] is '{' or '\n') return false;
        }
        return true;
    }

    /// <summary>True when the body's first heading says what the front matter's title says ("title: Couple achieve
    /// scholarship first" over the page's "Couple achieve scholarship first" underlined): the headline is checked where
    /// the reader sees it, and once, not a second time in the title that repeats it.</summary>
    private static bool RepeatsFirstHeading(MarkdownDocument document, string text, TextSpan title)
    {
        var heading = document.Descendants<HeadingBlock>().FirstOrDefault();
        if (heading is null || heading.Span.IsEmpty || heading.Span.Start >= text.Length) return false;
        // The heading's first line, its "#" marks and spaces trimmed; a setext heading's underline is on the next.
        var lineEnd = text.IndexOf('\n', heading.Span.Start);
        var headline = text.Substring(heading.Span.Start, (lineEnd < 0 ? text.Length : lineEnd) - heading.Span.Start).Trim().Trim('#').Trim();
        return string.Equals(headline, text.Substring(title.Start, title.Length).Trim(), StringComparison.Ordinal);
    }

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

    /// <summary>
    /// The alert and callout markers of <paramref name="text"/>: a block quote's line that opens with "[!" and a type's letters
    /// and "]" (GitHub's "> [!NOTE]", "> [!WARNING]"; Obsidian's and MkDocs plugins' "> [!tip]+ Title"), each with where its
    /// '>' stands and the marker's span (the fold sign after it included).
    /// </summary>
    private static IEnumerable<(int QuoteMark, TextSpan Marker)> CalloutMarkers(string text)
    {
        for (var from = text.IndexOf("[!", StringComparison.Ordinal); from >= 0; from = text.IndexOf("[!", from + 2, StringComparison.Ordinal))
        {
            var i = from - 1;
            while (i >= 0 && text[i] == ' ') i--;
            if (i < 0 || text[i] != '>') continue;
            var quoteMark = i;
            var indent = 0;
            for (i = quoteMark - 1; i >= 0 && text[i] == ' '; i--) indent++;
            if (i >= 0 && text[i] != '\n' || indent > 3) continue;
            var end = from + 2;
            while (end < text.Length && AsciiLetters.Is(text[end])) end++;
            if (end == from + 2 || end >= text.Length || text[end] != ']') continue;
            end++;
            if (end < text.Length && text[end] is '+' or '-') end++;
            yield return (quoteMark, TextSpan.FromBounds(from, end));
        }
    }

    /// <summary>True inside a block quote of the writer's, not one that is a callout: an admonition's body, which Markdig
    /// reads as a quote, or an alert (<paramref name="calloutQuotes"/>, by where each quote's '>' stands).</summary>
    private static bool IsInsideQuoteBlock(Block block, HashSet<int>? calloutQuotes)
    {
        for (var parent = block.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is QuoteBlock quote && calloutQuotes?.Contains(quote.Span.Start) != true) return true;
        }
        return false;
    }

    private static bool IsInHeaderRow(Block block) => block.Parent is TableCell { Parent: TableRow { IsHeader: true } };

    private static bool IsInsideImage(Inline inline) => HasAncestor(inline, static parent => parent is LinkInline { IsImage: true });

    /// <summary>True when <paramref name="inline"/> stands inside words struck through ("~~honor~~").</summary>
    private static bool IsStruckThrough(Inline inline) => HasAncestor(inline, static parent => parent is EmphasisInline { DelimiterChar: '~' });

    private static bool HasAncestor(Inline inline, Func<ContainerInline, bool> matches)
    {
        for (var parent = inline.Parent; parent is not null; parent = parent.Parent)
        {
            if (matches(parent)) return true;
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
}
