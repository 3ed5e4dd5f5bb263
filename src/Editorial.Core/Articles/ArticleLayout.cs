using System;
using System.Collections.Generic;
using Editorial.Text;

namespace Editorial.Articles;

/// <summary>
/// What a format reader finds in an article before tokenising: the prose view (the text with everything that is
/// not prose blanked out, so offsets stay those of the file), the blocks of prose, metadata and inline directives.
/// </summary>
internal sealed class ArticleLayout
{
    public ArticleLayout(string text)
    {
        _text = text;
    }

    private readonly string _text;
    private char[]? _view;

    /// <summary>
    /// The article's characters with code, URLs, HTML, markup and front matter replaced by spaces (line breaks kept). In HTML,
    /// an inline tag is <see cref="Markup"/> and a character reference is its character followed by <see cref="ReferenceTail"/>.
    /// A reader that changes a character writes here; the copy of the text is made then, so that an article whose every
    /// character is prose (plain text: an IDE reads one again at every keystroke) is never copied (<see cref="ProseText"/>).
    /// </summary>
    public char[] ProseView => _view ??= _text.ToCharArray();

    /// <summary>The prose view as the readers of prose read it: the article's own text when no character of it was changed.</summary>
    public string ProseText => _view is null || CharArrays.HoldAt(_view, 0, _text) ? _text : new string(_view);
    /// <summary>The blocks of prose, in text order.</summary>
    public List<LayoutBlock> Blocks { get; } = new();
    public Dictionary<string, string> Metadata { get; } = new(StringComparer.OrdinalIgnoreCase);
    /// <summary>The date of the metadata's <c>date</c> key, read once where the key was found (<see cref="AddMetadata"/>).</summary>
    public DateTime? Date { get; private set; }
    public List<ArticleProblem> Problems { get; } = new();
    /// <summary>The text of each HTML comment and its span, where inline directives live.</summary>
    public List<(TextSpan Span, string Text)> Comments { get; } = new();
    /// <summary>Where each object inside a paragraph starts (an image; in Markdown also a code span or an autolink): the prose view
    /// holds <see cref="Tokenizer.ObjectReplacement"/> there, a non-prose token between the words around it.</summary>
    public List<int> InlineObjects { get; } = new();

    /// <summary>Where each label starts, a link's text or an emphasised span: its first character ("docs" in "[docs](https://…)",
    /// "&lt;a href=…&gt;docs&lt;/a&gt;", "**Installer location**", "&lt;strong&gt;Save&lt;/strong&gt;").</summary>
    public List<int> LabelStarts { get; } = new();

    /// <summary>The text of each link (Markdown's "[text](…)", HTML's "&lt;a href=…&gt;text&lt;/a&gt;"), from its first character
    /// to its last, in text order: on the web a writer sources a report by linking it ("it is <c>[reportedly planning](…)</c> a
    /// fleet").</summary>
    public List<TextSpan> LinkTexts { get; } = new();

    /// <summary>The text of each link to a page of a web site (an absolute address with a path: an article, a report, a
    /// document; not a site's front page, an image or a mail address), in text order: a claim beside it is the page's.</summary>
    public List<TextSpan> PageLinkTexts { get; } = new();

    /// <summary>Keeps a link's text (<see cref="LinkTexts"/>), and among the texts of links to pages when its target is one
    /// (<see cref="IsPageAddress"/>): a Markdown link, an anchor written inline in Markdown, an HTML anchor.</summary>
    public void AddLinkText(TextSpan text, string? target)
    {
        LinkTexts.Add(text);
        if (IsPageAddress(target)) PageLinkTexts.Add(text);
    }

    /// <summary>True when <paramref name="target"/> is an absolute web address with a path beyond the site's root
    /// ("https://example.org/news/2021/pier-shut", not "https://example.org/" or "quay.jpg"): a page the link cites.</summary>
    public static bool IsPageAddress(string? target)
    {
        if (target is null || !Uri.TryCreate(target.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")) return false;
        var path = uri.AbsolutePath.TrimEnd('/');
        if (path.Length == 0) return false;
        var extension = System.IO.Path.GetExtension(path);
        return !ImageExtensions.Contains(extension);
    }

    private static readonly HashSet<string> ImageExtensions = new(StringComparer.OrdinalIgnoreCase) { ".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg" };

    /// <summary>Where the text that opens a widget of the page's template starts (an HTML element whose class or id names an
    /// ad slot, related stories, a "read more" link, a share bar: <c>HtmlLayout</c>'s <c>IsWidget</c>; only opening tags between
    /// it and the text): the "Advertisement" or "Related" a page prints there is its furniture, not copy left in the article as
    /// a pasted label is.</summary>
    public List<int> WidgetTextStarts { get; } = new();

    /// <summary>Where each empty slot of a page's template starts, in text order: an HTML element with an id, a class or a data
    /// attribute and no text inside, which a script fills when the page loads (an ad's <c>&lt;div data-dfp="midArticle"&gt;&lt;/div&gt;</c>,
    /// a box of related stories), or an embedded document or player (an iframe). The "Advertisement" or "WATCH:" a page prints
    /// over one is the slot's label, not copy.</summary>
    public List<int> EmptySlots { get; } = new();

    /// <summary>The HTML elements that hold an empty slot and a few texts beside it, as the page's script fills them, in the order
    /// they end: an ad's unit, with its label and a line that points past it (<c>&lt;div&gt;&lt;p&gt;Advertisement&lt;/p&gt;&lt;p&gt;Article
    /// continues below this ad&lt;/p&gt;&lt;div id="ad-3"&gt;&lt;/div&gt;&lt;/div&gt;</c>).</summary>
    public List<TextSpan> SlotUnits { get; } = new();

    /// <summary>The blocks of an HTML page's notes, footnotes or endnotes, in text order: where a note cites its source, a bare
    /// address is the writer's citation.</summary>
    public List<TextSpan> NoteBlocks { get; } = new();

    /// <summary>Where each line that follows a Markdown hard line break starts (a backslash or two spaces ending the line
    /// before, as Markdig reads it), in text order.</summary>
    public List<int> LinesAfterHardBreaks { get; } = new();

    /// <summary>Each HTML block element that holds an image as its own (not inside a block of its own), from the image to the
    /// block's end: a figure, a carousel's slide, a card whose image a credit line later in it credits ("&lt;div&gt;&lt;img …&gt;
    /// &lt;div&gt;Steve Forbes&lt;/div&gt;&lt;div&gt;Image: Name&lt;/div&gt;&lt;/div&gt;"). In any order, overlapping.</summary>
    public List<TextSpan> ImageBlocks { get; } = new();

    /// <summary>The texts of links written wholly in parentheses ("[(Reuters)](…)", "[(*The Kyiv Independent*)](…)"), in text
    /// order: a digest's citation of the outlet it took an item from, the outlet's name as the outlet writes it ("CNN Brasil").</summary>
    public List<TextSpan> CitedSources { get; } = new();

    /// <summary>The targets of links and images that point at a file on the writer's own computer ("file:///C:/Users/…/report.pdf",
    /// "C:\Users\…"), in text order: written where a page's address belongs, they lead a reader nowhere.</summary>
    public List<TextSpan> LocalFileLinks { get; } = new();

    /// <summary>True when <paramref name="target"/> addresses a file on the writer's computer: the "file:" scheme, or a drive's
    /// path ("C:\Users\…", "D:/Reports/…").</summary>
    public static bool IsLocalFileAddress(string? target)
    {
        if (target is null) return false;
        var trimmed = target.Trim();
        return trimmed.StartsWith("file:", StringComparison.OrdinalIgnoreCase)
               || trimmed.Length > 3 && char.IsLetter(trimmed[0]) && trimmed[1] == ':' && trimmed[2] is '\\' or '/';
    }

    /// <summary>Markup inside a paragraph that renders as nothing (an HTML inline tag: "Ki&lt;b&gt;ev&lt;/b&gt;" reads "Kiev"): the
    /// words on either side run on across it. <see cref="CompactView"/> drops it before tokenising.</summary>
    public const char Markup = '\uE000';
    /// <summary>The rest of a character reference ("&amp;rsquo;"): its character stands at the reference's first position, and the
    /// whole reference is that one character of prose.</summary>
    public const char ReferenceTail = '\uE001';

    /// <summary>True for a position of the prose view that renders as nothing of its own: <see cref="Markup"/> or a
    /// <see cref="ReferenceTail"/>.</summary>
    public static bool IsHidden(char c) => c is Markup or ReferenceTail;

    /// <summary>Spans of markup between words (HTML tags): an edit that touches one would break the markup, so no fix is offered.</summary>
    public List<TextSpan> MarkupSpans { get; } = new();

    /// <summary>The regions read as HTML (a whole HTML article, a Markdown article's HTML blocks), in text order: text written
    /// there is markup, so a fix's replacement must be escaped.</summary>
    public List<TextSpan> HtmlRegions { get; } = new();

    /// <summary>
    /// Records one metadata value, found at <paramref name="at"/> in what <paramref name="source"/> names ("front matter", "meta").
    /// The date is read here, through the one date reader (<see cref="IsoDates.TryParseDate"/>): a date no reader takes is a
    /// problem at its place, not an article the figure rules silently place nowhere in its story's time.
    /// </summary>
    public void AddMetadata(string key, string value, int at, string source)
    {
        Metadata[key] = value;
        if (!key.Equals("date", StringComparison.OrdinalIgnoreCase)) return;
        Date = IsoDates.TryParseDate(value, out var date) ? date : null;
        if (Date is null && value.Length > 0 && !IsoDates.IsSetAtRender(value))
        {
            Problems.Add(new ArticleProblem(new TextSpan(at, 0),
                $"{source} date '{value}' is not a date (2024-05-01, or a date and time), so the figure rules do not know when the article was written"));
        }
    }

    public void Blank(int start, int end)
    {
        for (var i = start; i < end && i < _text.Length; i++)
        {
            // A space is already blank: only a change makes the copy of the text (a Markdown reader blanks every character it
            // does not read as prose, white space included).
            if ((_view is null ? _text[i] : _view[i]) is not ('\n' or '\r' or ' ')) ProseView[i] = ' ';
        }
    }

    /// <summary>Puts the article's own characters back where they were blanked: text hidden from Markdig, which a reader then
    /// takes as prose itself (a front matter's title that Markdig could not read).</summary>
    public void Restore(int start, int end)
    {
        for (var i = start; i < end && i < _text.Length; i++) ProseView[i] = _text[i];
    }

    public void Hide(int start, int end)
    {
        for (var i = start; i < end && i < _text.Length; i++) ProseView[i] = Markup;
    }

    /// <summary>
    /// Hides the characters that format a word without showing in it: a soft hyphen, where a line may break in
    /// "tor&#xAD;ture" (a hyphen only at that break), a zero-width space, a word joiner, and a byte-order mark inside the text.
    /// Pages and CMS exports leave them inside words; read as they are, "spe&#xAD;cific" would be "spe" and "cific", a slip
    /// of "civic". Found in the prose view, where a reader put the character an HTML reference ("&amp;shy;") stands for.
    /// </summary>
    public void HideInvisibleFormatCharacters()
    {
        if (_view is null)
        {
            // Plain text, every character prose: the copy of the view is made only for an article that holds one.
            for (var i = _text.IndexOfAny(InvisibleFormatCharacters); i >= 0; i = _text.IndexOfAny(InvisibleFormatCharacters, i + 1)) ProseView[i] = Markup;
            return;
        }
        for (var i = 0; i < _view.Length; i++)
        {
            if (Array.IndexOf(InvisibleFormatCharacters, _view[i]) >= 0) _view[i] = Markup;
        }
    }

    private static readonly char[] InvisibleFormatCharacters = ['\u00AD', '\u200B', '\u2060', '\uFEFF'];
}

/// <summary>A block of prose a format reader found: a paragraph, a heading or a table cell.</summary>
/// <param name="IsQuoted">A block of a block quote (a reproduced document).</param>
/// <param name="IsTableCell">The whole text of a table's cell: a value of the table's data, not a line or a sentence of the
/// copy (a web address alone there is the table's, not an embed left bare). A header cell is a heading too.</param>
internal readonly record struct LayoutBlock(TextSpan Span, bool IsHeading, bool IsQuoted = false, bool IsTableCell = false);
