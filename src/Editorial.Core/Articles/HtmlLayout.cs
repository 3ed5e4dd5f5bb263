using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens;
using AngleSharp.Text;
using Editorial.Text;

namespace Editorial.Articles;

/// <summary>
/// HTML articles (a CMS body or a whole page) through AngleSharp's tokenizer: the text of the page is prose, read as it
/// renders. Block elements (p, h1–h6, li, blockquote, figcaption, div, br, …) end a paragraph; h1–h6 are headings and text
/// inside blockquote is a reproduced document, as in Markdown. A table cell whose text is one block is the table's data
/// (<see cref="LayoutBlock.IsTableCell"/>), and a header cell's (th, or any cell of thead) a heading, as a Markdown table's
/// header row is. Inline tags (a, em, span, …) are hidden rather than blanked, so the words around them run on; an img is
/// an embedded object between words. Code, scripts, styles, navigation and other non-prose elements are blanked. Character
/// references are read as their character at the reference's place. <c>&lt;meta name="…" content="…"&gt;</c> becomes
/// metadata, like front matter.
/// </summary>
internal static partial class HtmlLayout
{
    /// <summary>
    /// .NET decodes only Unicode and Latin-1 until its code pages are registered (.NET Framework knows them): an HTML page that
    /// declares Windows-1252 (a CMS export) is read in it (<see cref="DeclaredEncoding"/>). Registered before AngleSharp is
    /// first used, which this class alone does: AngleSharp reads the encodings it knows once, on its first use, and an HTML
    /// article parsed before the registration (a page given on standard input, in a language server) left it without
    /// Windows-1252 and GB18030 for the rest of the process. The provider is found in the runtime by name, for every host,
    /// since a package of it would have to load beside MSBuild's own assemblies on .NET Framework, where none is needed.
    /// </summary>
    static HtmlLayout()
    {
        if (Type.GetType("System.Text.CodePagesEncodingProvider, System.Text.Encoding.CodePages")?.GetProperty("Instance")?.GetValue(null)
            is EncodingProvider codePages) Encoding.RegisterProvider(codePages);
    }

    /// <summary>Elements whose content is not the article's prose. Code is written in <c>code</c>, <c>kbd</c>, <c>samp</c> and
    /// <c>var</c>, and in older pages in <c>tt</c> (HTML 4's teletype text: "&lt;tt&gt;git config&lt;/tt&gt;").</summary>
    private static readonly HashSet<string> SkippedElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "title", "code", "pre", "kbd", "samp", "var", "tt", "nav", "aside", "footer",
        "svg", "math", "textarea", "select", "button", "iframe", "object", "video", "audio", "canvas", "dialog",
    };

    /// <summary>Inline elements whose text is a label the writer set apart: a link's, an emphasised span's.</summary>
    private static readonly HashSet<string> LabelElements = new(StringComparer.OrdinalIgnoreCase) { "a", "strong", "b", "em", "i" };

    /// <summary>Elements that start or end a paragraph.</summary>
    private static readonly HashSet<string> BlockElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "aside", "blockquote", "body", "br", "caption", "dd", "details", "dialog", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hgroup",
        "hr", "html", "li", "main", "ol", "p", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
        "option",
    };

    /// <summary>
    /// The encoding a page declares in its head (<c>&lt;meta charset="windows-1252"&gt;</c>, or the <c>http-equiv="Content-Type"</c>
    /// form), as AngleSharp's parser reads the declaration when it is given bytes and no encoding; null when the page declares
    /// none but UTF-8, or one this runtime cannot decode (a host registers the code pages of .NET, <c>CodePagesEncodingProvider</c>,
    /// for Windows-1252 and its kind). The HTML standard's prescan reads the first 1,024 bytes, but a browser that meets the
    /// declaration later in the head reads the page again in it, and saved pages put it there after kilobytes of scripts and
    /// styles: the whole head is read.
    /// </summary>
    public static Encoding? DeclaredEncoding(byte[] bytes)
    {
        var declared = DeclaredCharset(bytes);
        if (declared is null || declared.Length == 0 || declared.Equals("utf-8", StringComparison.OrdinalIgnoreCase)) return null;
        try
        {
            return Encoding.GetEncoding(declared, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        }
        catch (Exception exception) when (exception is ArgumentException or NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>True when the page declares UTF-8 in its head (<see cref="DeclaredEncoding"/>).</summary>
    public static bool DeclaresUtf8(byte[] bytes) => string.Equals(DeclaredCharset(bytes), "utf-8", StringComparison.OrdinalIgnoreCase);

    /// <summary>The charset a meta element of the page declares, as the parser reads it; null when none declares one (the
    /// parser's UTF-8 then is its default, not the page's word).</summary>
    private static string? DeclaredCharset(byte[] bytes)
    {
        var document = new HtmlParser().ParseDocument(new ReadOnlyMemory<byte>(bytes, 0, HeadLength(bytes)), null!);
        var declares = document.GetElementsByTagName("meta").Any(meta => meta.HasAttribute("charset")
            || string.Equals(meta.GetAttribute("http-equiv"), "content-type", StringComparison.OrdinalIgnoreCase));
        return declares ? document.CharacterSet : null;
    }

    /// <summary>The bytes up to the end of the page's head (its "&lt;/head" in any case), or all of them when it has none.</summary>
    private static int HeadLength(byte[] bytes)
    {
        ReadOnlySpan<byte> endTag = "</head"u8;
        for (var i = 0; i + endTag.Length <= bytes.Length; i++)
        {
            var k = 0;
            while (k < endTag.Length && (bytes[i + k] is >= (byte)'A' and <= (byte)'Z' ? bytes[i + k] | 0x20 : bytes[i + k]) == endTag[k]) k++;
            if (k == endTag.Length) return i;
        }
        return bytes.Length;
    }

    /// <summary>The root element of a news feed, as the tokenizer reads the document's first tag past its XML declaration,
    /// comments and doctype: "rss", "feed" (Atom) or "rdf:rdf" (RSS 1.0); null for any other first tag, a page's.</summary>
    public static string? FeedRoot(string text)
    {
        var tokenizer = new HtmlTokenizer(new TextSource(text), HtmlEntityProvider.Resolver);
        for (var token = tokenizer.Get(); token.Type != HtmlTokenType.EndOfFile; token = tokenizer.Get())
        {
            if (token.Type is HtmlTokenType.Comment or HtmlTokenType.Doctype || token.Type == HtmlTokenType.Character && string.IsNullOrWhiteSpace(token.Data)) continue;
            if (token.Type != HtmlTokenType.StartTag) return null;
            return token.Name.ToLowerInvariant() is "rss" or "feed" or "rdf:rdf" ? token.Name : null;
        }
        return null;
    }

    /// <summary>How many characters of the page stand outside the content of its <c>script</c> and <c>style</c> elements: the
    /// page as the size limit measures it (<see cref="ArticleFile.MeasuredLength"/>). A news site's page of 2,100,000 characters
    /// holds some 80,000 outside them, and its scripts cost next to nothing to skip.</summary>
    public static int CharactersOutsideScripts(string text)
    {
        var tokenizer = new HtmlTokenizer(new TextSource(text), HtmlEntityProvider.Resolver);
        var inside = 0;
        string? rawElement = null;
        var contentStart = -1;
        for (var token = tokenizer.Get(); token.Type != HtmlTokenType.EndOfFile; token = tokenizer.Get())
        {
            if (rawElement is not null)
            {
                // The tokenizer, in the raw-text state, gives the element's content as text up to its end tag.
                if (contentStart < 0) contentStart = token.Position.Index;
                if (token.Type != HtmlTokenType.EndTag || !string.Equals(token.Name, rawElement, StringComparison.OrdinalIgnoreCase)) continue;
                inside += token.Position.Index - contentStart;
                (rawElement, contentStart) = (null, -1);
                continue;
            }
            if (token.Type != HtmlTokenType.StartTag || token.AsTag().IsSelfClosing) continue;
            var name = token.Name.ToLowerInvariant();
            if (name is not ("script" or "style")) continue;
            tokenizer.State = name == "script" ? HtmlParseMode.Script : HtmlParseMode.Rawtext;
            rawElement = name;
        }
        if (rawElement is not null && contentStart >= 0) inside += text.Length - contentStart;
        return text.Length - inside;
    }

    /// <summary>The element a tag (one tag's source, "&lt;img src=…&gt;", "&lt;/a&gt;") opens or closes, in lower case,
    /// whether it opens it, and the address its <c>href</c> gives (an anchor written inline in Markdown), if any; null for
    /// anything else (a comment, a declaration).</summary>
    public static (string Name, bool Opens, string? Href)? TagOf(string? tag)
    {
        if (string.IsNullOrEmpty(tag)) return null;
        return new HtmlTokenizer(new TextSource(tag), HtmlEntityProvider.Resolver).Get() is HtmlTagToken { Type: HtmlTokenType.StartTag or HtmlTokenType.EndTag } token
            ? (token.Name.ToLowerInvariant(), token.Type == HtmlTokenType.StartTag, token.GetAttribute("href")) : null;
    }

    /// <summary>
    /// Reads an HTML article. A page of a site generator's (Jekyll and Hugo process an .html page with front matter as they
    /// do a Markdown one) opens with its front matter (<see cref="FrontMatter"/>): its keys are the article's metadata, its
    /// title the headline, and the HTML starts after it. The text between a site generator's code tags (a Hugo code or diagram
    /// shortcode, Liquid's highlight) is code there too (<see cref="TemplateCode"/>).
    /// </summary>
    public static ArticleLayout Read(string text)
    {
        var layout = new ArticleLayout(text);
        var frontMatterEnd = 0;
        var toml = FrontMatter.Toml(text);
        var yaml = toml is null ? FrontMatter.Yaml(text) : null;
        if ((toml ?? yaml?.Whole) is { } whole)
        {
            layout.Blank(whole.Start, whole.End);
            frontMatterEnd = whole.End;
        }
        FrontMatter.ReportUnclosed(layout, text, yamlClosed: yaml is not null, tomlClosed: toml is not null);
        if (yaml is { } yamlFrontMatter && FrontMatter.Read(layout, text, yamlFrontMatter.Content) is { } title)
        {
            layout.Restore(title.Start, title.End);
            layout.Blocks.Add(new LayoutBlock(title, IsHeading: true));
        }
        var html = TextSpan.FromBounds(frontMatterEnd, text.Length);
        ReadInto(layout, text, html, inQuote: false, frontMatterEnd > 0 ? OutsideOf(TemplateCode.Bodies(text), html) : null, isPage: true);
        return layout;
    }

    /// <summary>The parts of <paramref name="region"/> outside <paramref name="spans"/> (in text order), or null when none is inside it.</summary>
    private static List<TextSpan>? OutsideOf(List<TextSpan> spans, TextSpan region)
    {
        if (spans.Count == 0) return null;
        var parts = new List<TextSpan>();
        var from = region.Start;
        foreach (var span in spans)
        {
            if (span.Start < from) continue;
            parts.Add(TextSpan.FromBounds(from, span.Start));
            from = span.End;
        }
        parts.Add(TextSpan.FromBounds(from, region.End));
        return parts;
    }

    /// <summary>
    /// Reads the HTML in <paramref name="region"/> of <paramref name="text"/> into <paramref name="layout"/>: its prose view
    /// there, its paragraphs, comments, images and markup. Also the HTML blocks of a Markdown article.
    /// </summary>
    /// <param name="lines">Where the region's lines hold HTML, when something else stands between them (the "&gt; " of a
    /// Markdown block quote, a list item's indent): the rest is read as spaces.</param>
    /// <param name="isPage">The region is a whole page, not an HTML block of a Markdown article: where it marks its copy with
    /// <c>main</c> or <c>article</c>, the rest is the site's (see <see cref="Reader"/>).</param>
    public static void ReadInto(ArticleLayout layout, string text, TextSpan region, bool inQuote, IEnumerable<TextSpan>? lines = null, bool isPage = false)
    {
        layout.HtmlRegions.Add(region);
        layout.Blank(region.Start, region.End);
        var source = text.Substring(region.Start, region.Length);
        if (lines is not null)
        {
            var html = new bool[region.Length];
            foreach (var line in lines)
            {
                for (var i = Math.Max(line.Start, region.Start); i < Math.Min(line.End, region.End); i++) html[i - region.Start] = true;
            }
            var masked = source.ToCharArray();
            for (var i = 0; i < masked.Length; i++)
            {
                if (!html[i] && masked[i] is not ('\r' or '\n')) masked[i] = ' ';
            }
            source = new string(masked);
        }
        new Reader(layout, source, region, inQuote, isPage).Read();
    }

    /// <param name="source">The region's text, indexed from <c>region.Start</c>.</param>
    /// <param name="isPage">A whole page: when it holds an <c>article</c> element, or else a <c>main</c> one, the paragraphs
    /// outside them are the site's own (its header, menus, teasers, "Advertisement" and "Continue reading" lines, a published
    /// page keeps them all; a <c>main</c> may hold the site's rails beside its article), not the article's copy, and are
    /// blanked at the end.</param>
    private sealed partial class Reader(ArticleLayout layout, string source, TextSpan region, bool inQuote, bool isPage)
    {
        /// <summary>How many <c>article</c> and <c>main</c> elements are open, whether the page has either, and the blocks read
        /// outside each (by their index in <c>layout.Blocks</c>).</summary>
        private int _articleDepth;
        private int _mainDepth;
        private bool _hasArticle;
        private bool _hasMain;
        private readonly List<int> _outsideArticle = new();
        private readonly List<int> _outsideMain = new();

        private readonly char[] _view = layout.ProseView;
        private string? _skipping;
        /// <summary>An element of <see cref="LabelElements"/> was opened and its text has not started yet (<see cref="ArticleLayout.LabelStarts"/>).</summary>
        private bool _labelPending;
        /// <summary>Inside an anchor (<c>a</c>): where its text's first and last characters other than white space stand, -1
        /// before any, to tell a cited source's name in parentheses (<see cref="ArticleLayout.CitedSources"/>).</summary>
        private bool _inAnchor;
        private int _anchorTextFirst = -1;
        private int _anchorTextLast = -1;
        /// <summary>The open anchor's address (its <c>href</c>), which may cite a page (<see cref="ArticleLayout.PageLinkTexts"/>).</summary>
        private string? _anchorTarget;
        private int _skipNesting;
        /// <summary>Where the inline note being skipped starts (<see cref="TagSignals.InlineNote"/>); -1 when none is.</summary>
        private int _noteStart = -1;
        private int _headingDepth;
        private int _quoteDepth;
        /// <summary>The element that holds an embedded post (<see cref="TagSignals.EmbeddedPost"/>), while its tags are read, and
        /// how deep its name is nested in itself; its text is a reproduced document, as a blockquote's is.</summary>
        private string? _embedElement;
        private int _embedNesting;
        private int _paragraphStart = -1;
        private int _paragraphEnd = -1;
        private bool _paragraphIsHeading;
        private bool _paragraphIsQuoted;
        /// <summary>The index in <c>layout.Blocks</c> of the open table cell's first block; -1 outside a cell.</summary>
        private int _cellFirstBlock = -1;
        private bool _cellIsHeader;
        private int _tableHeadDepth;

        public void Read()
        {
            var tokenizer = new HtmlTokenizer(new TextSource(source), HtmlEntityProvider.Resolver);
            var token = tokenizer.Get();
            while (token.Type != HtmlTokenType.EndOfFile)
            {
                var next = tokenizer.Get();
                // Token positions index the text as given (the tokenizer reads CR LF as LF, but counts both).
                var (start, end) = (region.Start + token.Position.Index, region.Start + next.Position.Index);
                if (end < start)
                {
                    // Positions that run backwards cannot be placed: the token stays blank rather than misplaced.
                    token = next;
                    continue;
                }
                var span = TextSpan.FromBounds(start, end);
                switch (token.Type)
                {
                    case HtmlTokenType.Character when _skipping is null:
                        AddText(span, token.Data);
                        break;
                    case HtmlTokenType.Comment:
                        layout.Comments.Add((span, token.Data));
                        layout.MarkupSpans.Add(span);
                        break;
                    case HtmlTokenType.StartTag or HtmlTokenType.EndTag:
                        ReadTag(tokenizer, token.AsTag(), span);
                        // The token after a tag is read before the tag is (its position ends the tag's span): an element of
                        // raw text that is empty ("<script src=…></script>", "<title></title>") has had its end tag read
                        // already, so the raw-text state ReadTag set would read the rest of the page, tags and all, as text.
                        if (_skipping is not null && next.Type == HtmlTokenType.EndTag
                            && string.Equals(next.Name, _skipping, StringComparison.OrdinalIgnoreCase))
                        {
                            tokenizer.State = HtmlParseMode.PCData;
                        }
                        break;
                }
                token = next;
            }
            EndParagraph();
            CloseBlocks(0, region.End);
            CloseOpenElements(region.End);
            // A cell the page leaves open to its end (the end tags of td, tr and table may be left out) ends there.
            CloseCell();
            if (isPage && (_hasArticle || _hasMain)) BlankOutsideCopy(_hasArticle ? _outsideArticle : _outsideMain);
        }

        private void BlankOutsideCopy(List<int> outsideCopy)
        {
            var outside = new HashSet<int>(outsideCopy);
            var blanked = new List<TextSpan>();
            foreach (var index in outsideCopy)
            {
                var block = layout.Blocks[index].Span;
                layout.Blank(block.Start, block.End);
                blanked.Add(block);
            }
            var kept = new List<LayoutBlock>();
            for (var i = 0; i < layout.Blocks.Count; i++) if (!outside.Contains(i)) kept.Add(layout.Blocks[i]);
            layout.Blocks.Clear();
            layout.Blocks.AddRange(kept);
            layout.InlineObjects.RemoveAll(position => Sorted.AnyContains(blanked, new TextSpan(position, 1)));
            layout.LabelStarts.RemoveAll(position => Sorted.AnyContains(blanked, new TextSpan(position, 1)));
        }

        private void ReadTag(HtmlTokenizer tokenizer, HtmlTagToken tag, TextSpan span)
        {
            var name = tag.Name;
            var start = tag.Type == HtmlTokenType.StartTag;
            // No edit may cut into a tag or take one away: the author rewrites markup, not a fix.
            layout.MarkupSpans.Add(span);
            var signals = start && !tag.IsSelfClosing ? ReadSignals(tag) : default;
            ReadTemplateTag(tag, start, span.Start, signals);
            if (_skipping is not null)
            {
                if (string.Equals(name, _skipping, StringComparison.OrdinalIgnoreCase) && !tag.IsSelfClosing)
                {
                    _skipNesting += start ? 1 : -1;
                    if (_skipNesting == 0)
                    {
                        _skipping = null;
                        if (_noteStart >= 0) EndInlineNote(span.End);
                        // A skipped block (a nav, a hidden div) was opened as blocks are: its end tag closes it, or it would stay
                        // the innermost block and take an image read after it as its own.
                        if (BlockElements.Contains(name)) ReadBlockTag(tag, start, span.Start);
                    }
                }
                return;
            }
            if (BlockElements.Contains(name))
            {
                EndParagraph();
                ReadBlockTag(tag, start, span.Start);
                if (name.Equals("article", StringComparison.OrdinalIgnoreCase) && !tag.IsSelfClosing)
                {
                    _articleDepth = Math.Max(0, _articleDepth + (start ? 1 : -1));
                    _hasArticle |= start;
                }
                else if (name.Equals("main", StringComparison.OrdinalIgnoreCase) && !tag.IsSelfClosing)
                {
                    _mainDepth = Math.Max(0, _mainDepth + (start ? 1 : -1));
                    _hasMain |= start;
                }
                if (TableParts.Contains(name))
                {
                    // Any tag of the table's own ends the open cell, written end tag or not ("<td>1<td>2</tr>").
                    CloseCell();
                    if (string.Equals(name, "thead", StringComparison.OrdinalIgnoreCase)) _tableHeadDepth = Math.Max(0, _tableHeadDepth + (start ? 1 : -1));
                    if (start && IsCell(name)) OpenCell(string.Equals(name, "th", StringComparison.OrdinalIgnoreCase) || _tableHeadDepth > 0);
                }
                if (IsHeading(name)) _headingDepth = Math.Max(0, _headingDepth + (start ? 1 : -1));
                if (string.Equals(name, "blockquote", StringComparison.OrdinalIgnoreCase)) _quoteDepth = Math.Max(0, _quoteDepth + (start ? 1 : -1));
            }
            ReadEmbedTag(name, start && !tag.IsSelfClosing, !start, signals.EmbeddedPost);
            if (signals.InlineNote)
            {
                // An object between the words around it, as an image is: the paragraph goes on past it.
                AddInlineObject(span.Start);
                (_noteStart, _skipping, _skipNesting) = (span.Start, name, 1);
                return;
            }
            if (start && !tag.IsSelfClosing && (SkippedElements.Contains(name) || signals.NotRendered || signals.NotCopy))
            {
                EndParagraph();
                _skipping = name;
                _skipNesting = 1;
                // The tokenizer alone does not know that these elements hold raw text, where '<' opens no tag.
                tokenizer.State = name.ToLowerInvariant() switch
                {
                    "script" => HtmlParseMode.Script,
                    "style" or "noscript" or "iframe" => HtmlParseMode.Rawtext,
                    "title" or "textarea" => HtmlParseMode.RCData,
                    _ => tokenizer.State,
                };
                return;
            }
            if (start && string.Equals(name, "meta", StringComparison.OrdinalIgnoreCase)
                && tag.GetAttribute("name") is { Length: > 0 } key && tag.GetAttribute("content") is { } content)
            {
                layout.AddMetadata(key.Trim(), content.Trim(), span.Start, "meta");
            }
            // The page's language, as <html lang="fr"> declares it (ArticleLanguage).
            if (start && string.Equals(name, "html", StringComparison.OrdinalIgnoreCase) && tag.GetAttribute("lang") is { Length: > 0 } language)
            {
                // The first html element's, as a browser reads it: a later one (a template's stray tag) adds nothing.
                if (!layout.Metadata.ContainsKey(ArticleLanguage.PageLanguageKey)) layout.AddMetadata(ArticleLanguage.PageLanguageKey, language.Trim(), span.Start, "html");
            }
            if (BlockElements.Contains(name)) return;
            // An inline tag inside a paragraph: the words around it run on.
            layout.Hide(span.Start, span.End);
            // A label, a link's text or an emphasised span, starts with the next text there is (AddText).
            if (LabelElements.Contains(name)) _labelPending = start;
            if (string.Equals(name, "a", StringComparison.OrdinalIgnoreCase))
            {
                ReadAnchorTag(start, start ? tag.GetAttribute("href") : null);
                if (start) NoteLocalFileLink(span, tag.GetAttribute("href"));
            }
            if (start && string.Equals(name, "img", StringComparison.OrdinalIgnoreCase) && span.Length > 0)
            {
                NoteLocalFileLink(span, tag.GetAttribute("src"));
                AddInlineObject(span.Start);
                NoteImage(span.Start);
            }
        }

        /// <summary>What a start tag's attributes say of its element, read in one pass over them.</summary>
        /// <param name="NotRendered">The page hides it (the <c>hidden</c> attribute, an inline <c>display: none</c>, a class that CSS
        /// frameworks hide with at every width: <see cref="HidingClasses"/>): a gallery's ad slot, a template kept for a script, a
        /// link's address kept for a share button, which no reader sees. Never a void element, which has no content and no end tag.</param>
        /// <param name="InlineNote">An inline element whose class says it is a note shown apart from the sentence it stands in: a
        /// footnote that pops up over a phrase ("…in a 2008 comic&lt;span class="footnote"&gt;&lt;img …&gt;Barry came back.&lt;/span&gt;
        /// that drew me…"), a tooltip, a footnote's marker. Read in place, its sentence would end inside the host sentence; it is
        /// read as code is, an object between the words around it. A block of that class (the notes under an article) is copy.</param>
        /// <param name="NotCopy">Shown on the page, but no part of the article's copy, which no editor of the article would change: the
        /// article's metadata (<see cref="MetadataClassWords"/>); a section of readers' comments, as blogging platforms and comment services mark it (WordPress's id="comments" and
        /// class="comment-list", TypePad's class="comments-body", Disqus's id="disqus_thread"), the readers' words; a dialog (<c>role="dialog"</c> or
        /// <c>"alertdialog"</c>), the page's own (a cookie consent's settings and their table of cookies, a sign-in, a
        /// newsletter's offer).</param>
        /// <param name="FoundByScript">A script can find it, by an id, a class or a data attribute: it may be an empty slot the
        /// script fills (<see cref="ArticleLayout.EmptySlots"/>).</param>
        /// <param name="Notes">It holds the page's notes (<see cref="ArticleLayout.NoteBlocks"/>): a list of footnotes or endnotes
        /// as Markdown's converters write it (kramdown's and markdown-it's <c>class="footnotes"</c>, pandoc's and GitHub's too),
        /// or marked as notes for assistive technology (<c>role="doc-endnotes"</c>, <c>"doc-endnote"</c>, <c>"doc-footnote"</c>).</param>
        /// <param name="EmbeddedPost">Its class names a social post the page renders in its own markup (BuzzFeed's
        /// <c>class="subbuzz-tweet"</c>, <c>"instagram-media"</c>, <c>"tiktok-embed"</c>): the post's text, as its author wrote it.</param>
        private readonly record struct TagSignals(bool NotRendered, bool InlineNote, bool NotCopy, bool FoundByScript, bool Notes, bool EmbeddedPost = false);

        /// <summary>Follows the element that holds an embedded post: opened, its text is quoted (<see cref="_quoteDepth"/>) until
        /// the end tag of the same name that closes it.</summary>
        private void ReadEmbedTag(string name, bool opens, bool closes, bool embedsPost)
        {
            if (_embedElement is null)
            {
                if (!opens || !embedsPost) return;
                EndParagraph();
                (_embedElement, _embedNesting) = (name, 1);
                _quoteDepth++;
                return;
            }
            if (!string.Equals(name, _embedElement, StringComparison.OrdinalIgnoreCase) || !opens && !closes) return;
            _embedNesting += opens ? 1 : -1;
            if (_embedNesting > 0) return;
            EndParagraph();
            _embedElement = null;
            _quoteDepth = Math.Max(0, _quoteDepth - 1);
        }

        /// <summary>Words of a class that name a social network's post (the class split at hyphens and underscores).</summary>
        private static readonly HashSet<string> EmbeddedPostClassWords = new(StringComparer.OrdinalIgnoreCase) { "tweet", "instagram", "tiktok" };

        private static TagSignals ReadSignals(HtmlTagToken tag)
        {
            var (hidden, hidingClass, shownAtSomeWidth, note, notCopy, foundByScript, notes) = (false, false, false, false, false, false, false);
            var embeddedPost = false;
            foreach (var attribute in tag.Attributes)
            {
                var value = attribute.Value;
                if (attribute.Name.Equals("class", StringComparison.OrdinalIgnoreCase))
                {
                    foundByScript = true;
                    foreach (var name in value.Split(ClassSeparators, StringSplitOptions.RemoveEmptyEntries))
                    {
                        // Tailwind's "hidden md:table" and Bootstrap's "d-none d-md-block" show the element on a wide screen.
                        shownAtSomeWidth |= name.IndexOf(':') > 0 || name.StartsWith("d-", StringComparison.Ordinal) && name != "d-none";
                        hidingClass |= HidingClasses.Contains(name);
                        note |= InlineNoteClasses.Contains(name);
                        notCopy |= ReaderCommentClasses.Contains(name) || HasClassWord(name, MetadataClassWords);
                        notes |= name.Equals("footnotes", StringComparison.OrdinalIgnoreCase);
                        embeddedPost |= HasClassWord(name, EmbeddedPostClassWords);
                    }
                }
                else if (attribute.Name.Equals("id", StringComparison.OrdinalIgnoreCase))
                {
                    foundByScript = true;
                    notCopy |= ReaderCommentIds.Contains(value.Trim());
                }
                else if (attribute.Name.StartsWith("data-", StringComparison.OrdinalIgnoreCase)) foundByScript = true;
                else if (attribute.Name.Equals("role", StringComparison.OrdinalIgnoreCase))
                {
                    notCopy |= DialogRoles.Contains(value.Trim());
                    notes |= NoteRoles.Contains(value.Trim());
                }
                // "until-found" content is shown when a reader's search finds it.
                else if (attribute.Name.Equals("hidden", StringComparison.OrdinalIgnoreCase)) hidden |= !value.Equals("until-found", StringComparison.OrdinalIgnoreCase);
                else if (attribute.Name.Equals("style", StringComparison.OrdinalIgnoreCase))
                {
                    hidden |= value.Replace(" ", "").Replace("\t", "").IndexOf("display:none", StringComparison.OrdinalIgnoreCase) >= 0;
                }
            }
            var notRendered = !VoidElements.Contains(tag.Name) && (hidden || hidingClass && !shownAtSomeWidth);
            return new TagSignals(notRendered, note && !BlockElements.Contains(tag.Name), notCopy, foundByScript, notes, embeddedPost);
        }


        /// <summary>True when a word of the class, split at hyphens and underscores, is one of <paramref name="words"/>.</summary>
        private static bool HasClassWord(string className, HashSet<string> words)
        {
            foreach (var word in className.Split(ClassWordSeparators, StringSplitOptions.RemoveEmptyEntries))
            {
                if (words.Contains(word)) return true;
            }
            return false;
        }

        /// <summary>Words of a class that names the article's metadata: WordPress's "entry-meta" and "post-meta" ("Posted on …
        /// by …"), GOV.UK's "gem-c-metadata" ("From: Prime Minister's Office", "Last updated — See all updates"). The page
        /// prints it from the article's record; no editor writes it.</summary>
        private static readonly HashSet<string> MetadataClassWords = new(StringComparer.OrdinalIgnoreCase) { "meta", "metadata" };

        private static readonly char[] ClassWordSeparators = ['-', '_'];

        private static readonly HashSet<string> DialogRoles = new(StringComparer.OrdinalIgnoreCase) { "dialog", "alertdialog" };

        private static readonly HashSet<string> NoteRoles = new(StringComparer.OrdinalIgnoreCase) { "doc-endnotes", "doc-endnote", "doc-footnote" };

        private static readonly HashSet<string> ReaderCommentIds = new(StringComparer.OrdinalIgnoreCase) { "comments", "respond", "disqus_thread" };

        private static readonly HashSet<string> ReaderCommentClasses = new(StringComparer.OrdinalIgnoreCase)
        {
            "comments-area", "comment-list", "commentlist", "comment-body", "comment-content",
            // TypePad's and Movable Type's comment bodies, and a hand-rolled blog's list and items.
            "comments-body", "comments-content", "all_comments", "single_comment",
        };

        /// <summary>Ends the inline note that opened at <see cref="_noteStart"/> (<see cref="TagSignals.InlineNote"/>) at
        /// <paramref name="end"/>: all of it but the object that stands for it renders as nothing in the sentence (its tags are
        /// markup already).</summary>
        private void EndInlineNote(int end)
        {
            layout.Hide(_noteStart + 1, end);
            _noteStart = -1;
        }

        /// <summary>An object at <paramref name="position"/>, an image or an inline note: no word and no space, it stands between
        /// the words around it.</summary>
        private void AddInlineObject(int position)
        {
            _view[position] = Tokenizer.ObjectReplacement;
            layout.InlineObjects.Add(position);
            Extend(position, position + 1);
        }

        private static readonly HashSet<string> InlineNoteClasses = new(StringComparer.OrdinalIgnoreCase) { "footnote", "tooltip", "tooltiptext", "popover" };

        /// <summary>Classes that hide an element at every width: Bootstrap's "hidden", "hide" and "d-none", Tailwind's "hidden".</summary>
        private static readonly HashSet<string> HidingClasses = new(StringComparer.Ordinal) { "hidden", "hide", "d-none" };

        private static readonly char[] ClassSeparators = [' ', '\t', '\n', '\r', '\f'];

        private static readonly HashSet<string> VoidElements = new(StringComparer.OrdinalIgnoreCase)
        {
            "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
        };

        private static bool IsHeading(string name) => name.Length == 2 && name[0] is 'h' or 'H' && name[1] is >= '1' and <= '6';

        private static bool IsCell(string name) => name.Equals("td", StringComparison.OrdinalIgnoreCase) || name.Equals("th", StringComparison.OrdinalIgnoreCase);

        /// <summary>The elements that open or close a table's cell: the cells, rows, row groups and the table itself.</summary>
        private static readonly HashSet<string> TableParts = new(StringComparer.OrdinalIgnoreCase) { "td", "th", "tr", "thead", "tbody", "tfoot", "table" };

        private void OpenCell(bool isHeader)
        {
            _cellFirstBlock = layout.Blocks.Count;
            _cellIsHeader = isHeader;
        }

        /// <summary>
        /// Ends the open cell. A cell whose text is one block (a figure, a name, a web address: a value of the table's data, also
        /// wrapped in a p as a document editor exports it) is marked a table cell, and a header cell's a heading. A cell of
        /// several blocks, as a page laid out in a table holds its columns of paragraphs, is copy like any other.
        /// </summary>
        private void CloseCell()
        {
            if (_cellFirstBlock >= 0 && layout.Blocks.Count == _cellFirstBlock + 1)
            {
                var block = layout.Blocks[_cellFirstBlock];
                layout.Blocks[_cellFirstBlock] = block with { IsTableCell = true, IsHeading = block.IsHeading || _cellIsHeader };
            }
            _cellFirstBlock = -1;
        }

        /// <summary>Notes the address an anchor or an image of the page points at, where it is a file on the writer's computer
        /// (<see cref="ArticleLayout.LocalFileLinks"/>): its place in the tag as written.</summary>
        private void NoteLocalFileLink(TextSpan tag, string? address)
        {
            if (!ArticleLayout.IsLocalFileAddress(address)) return;
            var at = source.IndexOf(address!, tag.Start, tag.Length, StringComparison.Ordinal);
            if (at >= 0) layout.LocalFileLinks.Add(new TextSpan(at, address!.Length));
        }

        /// <summary>Opens an anchor, or closes one and keeps its text (<see cref="ArticleLayout.LinkTexts"/>), and that text as a
        /// cited source when it is a source's name in parentheses ("&lt;a …&gt;(Reuters)&lt;/a&gt;").</summary>
        private void ReadAnchorTag(bool start, string? target)
        {
            if (_inAnchor && _anchorTextFirst >= 0) layout.AddLinkText(TextSpan.FromBounds(_anchorTextFirst, _anchorTextLast + 1), _anchorTarget);
            if (!start && _inAnchor && _anchorTextFirst >= 0 && _anchorTextLast > _anchorTextFirst + 1
                && _view[_anchorTextFirst] == '(' && _view[_anchorTextLast] == ')')
            {
                layout.CitedSources.Add(TextSpan.FromBounds(_anchorTextFirst, _anchorTextLast + 1));
            }
            (_inAnchor, _anchorTextFirst, _anchorTextLast, _anchorTarget) = (start, -1, -1, target);
        }

        /// <summary>
        /// Puts the tokenizer's text (references decoded, CR LF read as LF) at its place in the prose view: each character over
        /// its own, a reference's character over the reference's first position and <see cref="ArticleLayout.ReferenceTail"/>
        /// over the rest. Should the two ever disagree, the rest of the run stays blank rather than misplaced.
        /// </summary>
        private void AddText(TextSpan span, string data)
        {
            if (_inAnchor)
            {
                for (var k = span.Start; k < span.End; k++)
                {
                    if (char.IsWhiteSpace(At(k))) continue;
                    if (_anchorTextFirst < 0) _anchorTextFirst = k;
                    _anchorTextLast = k;
                }
            }
            var i = span.Start;
            var j = 0;
            ReadTemplateText(span, data);
            if (_labelPending && data.AsSpan().TrimStart().Length is var label and > 0)
            {
                layout.LabelStarts.Add(span.Start + data.Length - label);
                _labelPending = false;
            }
            while (i < span.End && j < data.Length)
            {
                int length;
                var count = 1;
                if (At(i) == '\r' && i + 1 < span.End && At(i + 1) == '\n' && data[j] == '\n') length = 2;
                else if (At(i) == '&' && ReferenceLength(i, span.End, data[j]) is > 0 and var reference)
                {
                    length = reference;
                    if (char.IsHighSurrogate(data[j]) && j + 1 < data.Length) count = 2;
                }
                else if (At(i) == data[j] || (At(i) is '\r' or '\0' && data[j] is '\n' or '\uFFFD')) length = 1;
                else return;
                if (length == 1 || At(i) == '&')
                {
                    for (var k = 0; k < count && k < length; k++) _view[i + k] = data[j + k];
                    for (var k = count; k < length; k++) _view[i + k] = ArticleLayout.ReferenceTail;
                }
                if (!char.IsWhiteSpace(data[j])) Extend(i, i + length);
                i += length;
                j += count;
            }
        }

        /// <summary>
        /// The length of the character reference at <paramref name="i"/> that the tokenizer read as <paramref name="decoded"/>,
        /// or 0 when the ampersand is a literal one ("AT&amp;T" written bare). AngleSharp's table of entity names decides.
        /// </summary>
        private int ReferenceLength(int i, int end, char decoded)
        {
            var j = i + 1;
            var numeric = j < end && At(j) == '#';
            if (numeric)
            {
                var hex = j + 1 < end && At(j + 1) is 'x' or 'X';
                j += hex ? 2 : 1;
                var digits = j;
                while (j < end && (hex ? Uri.IsHexDigit(At(j)) : char.IsDigit(At(j)))) j++;
                if (j == digits) return 0;
                return j + (j < end && At(j) == ';' ? 1 : 0) - i;
            }
            while (j < end && char.IsLetterOrDigit(At(j))) j++;
            if (j == i + 1) return 0;
            var closed = j < end && At(j) == ';';
            var name = source.Substring(i + 1 - region.Start, j - i - 1);
            if (closed && HtmlEntityProvider.Resolver.GetSymbol(name + ";") is { Length: > 0 }) return j + 1 - i;
            // Legacy names are read without their semicolon, and only the known name's letters ("&copy2024" is "©2024").
            for (var length = name.Length; length > 0; length--)
            {
                if (HtmlEntityProvider.Resolver.GetSymbol(name.Substring(0, length)) is { Length: > 0 } symbol && symbol[0] == decoded) return length + 1;
            }
            return 0;
        }

        private char At(int offset) => source[offset - region.Start];

        private void Extend(int start, int end)
        {
            if (_paragraphStart < 0)
            {
                _paragraphStart = start;
                _paragraphIsHeading = _headingDepth > 0;
                _paragraphIsQuoted = inQuote || _quoteDepth > 0;
            }
            _paragraphEnd = end;
        }

        private void EndParagraph()
        {
            if (_paragraphStart < 0) return;
            if (_articleDepth == 0) _outsideArticle.Add(layout.Blocks.Count);
            if (_mainDepth == 0) _outsideMain.Add(layout.Blocks.Count);
            layout.Blocks.Add(new LayoutBlock(TextSpan.FromBounds(_paragraphStart, _paragraphEnd), _paragraphIsHeading, _paragraphIsQuoted));
            _paragraphStart = -1;
        }
    }
}
