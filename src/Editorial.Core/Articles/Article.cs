using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Editorial.Text;

namespace Editorial.Articles;

/// <summary>
/// An article read once: its text, line map, metadata, and the paragraphs, sentences, tokens and quotations of its
/// prose, each with exact spans. Every rule shares this one analysis.
/// </summary>
public sealed partial class Article
{
    private Article(string path, string text, ArticleFormat format)
    {
        Path = path;
        _text = text;
        Format = format;
        _lines = new LineMap(text);
    }

    /// <summary>An article restored from its summary (<see cref="ReadRetained"/>) whose text is read only when something asks
    /// for it: the cross-article pass reads the text of the few articles it reports on, and a host need not read ten thousand
    /// unchanged files to restore them.</summary>
    private Article(string path, Func<string> readText, ArticleFormat format)
    {
        Path = path;
        _readText = readText;
        Format = format;
    }

    public string Path { get; }
    public string Text => _text ?? ReadText();
    public ArticleFormat Format { get; }

    /// <summary>False when the prose reads as another language than English (<see cref="ArticleLanguage.Tally"/>);
    /// whether the rules read the article is <see cref="ArticleLanguage.IsEnglish"/>'s to say.</summary>
    public bool ReadsAsEnglish { get; private set; } = true;
    public LineMap Lines => _lines ?? System.Threading.LazyInitializer.EnsureInitialized(ref _lines, () => new LineMap(Text))!;

    private string? _text;
    private readonly Func<string>? _readText;
    private LineMap? _lines;

    /// <summary>Read once, whichever thread asks first (a corpus rule may report on the article from several threads).</summary>
    private string ReadText()
    {
        lock (_readText!) return _text ??= _readText();
    }
    /// <summary>The text with everything that is not prose blanked out; offsets are those of <see cref="Text"/>.</summary>
    public string ProseText => _proseText ?? throw Released();
    /// <summary>Front matter scalars (<c>outlet</c>, <c>story</c>, <c>date</c>, <c>locale</c>, …), keys compared ignoring case.</summary>
    public IReadOnlyDictionary<string, string> Metadata { get; private set; } = new Dictionary<string, string>();
    public IReadOnlyList<Paragraph> Paragraphs { get; private set; } = [];

    /// <summary>Where a document that the article prints in full after a lead-in begins ("The full text of the letter is
    /// below:" over the letter's date, address, salutation and body, as a release appends one), or a letter's salutation
    /// (<see cref="LeadInExcerpts.IsLetterSalutation"/>), or -1. The document runs
    /// to the article's end. Its sourcing is its writer's (ED3003 leaves it alone); its spelling and punctuation are still
    /// checked, since a press office's own letter is its copy (a blind round judged its slips worth raising).</summary>
    public int AppendedDocumentStart { get; private set; } = -1;

    /// <summary>
    /// True when the rules leave out the article's paragraphs in another language than English (<see cref="Paragraph.IsInAnotherLanguage"/>,
    /// a translation after the English text or paragraph by paragraph): its prose reads as English, or it has paragraphs that
    /// do. Their words are then no prose (<see cref="TokenFlags.NonProse"/>), neither findings nor evidence for others ("finetuning"
    /// in a Chinese paragraph voting for an English title's spelling), and the sink drops what rests on them. An article with
    /// no English paragraph is left whole: in another language, or declared English as a whole. Read once, when the article
    /// is parsed or, for an article restored from its summary, when first asked: the sink asks it of every finding.
    /// </summary>
    public bool LeavesOutPassagesInAnotherLanguage => _leavesOutPassages ??= LeavesOutPassages(Paragraphs, ReadsAsEnglish);

    private bool? _leavesOutPassages;

    private static bool LeavesOutPassages(IReadOnlyList<Paragraph> paragraphs, bool readsAsEnglish)
    {
        var (other, english) = (false, false);
        foreach (var paragraph in paragraphs)
        {
            other |= paragraph.IsInAnotherLanguage;
            english |= paragraph.Language == ProseLanguage.English;
        }
        return other && (readsAsEnglish || english);
    }

    public IReadOnlyList<Sentence> Sentences => _sentences ?? throw Released();
    public TokenList Tokens => _tokens ?? throw Released();
    public IReadOnlyList<Quotation> Quotations { get; private set; } = [];
    /// <summary>The offsets of closing quotation marks that close no quotation (inch marks and markup are not counted).</summary>
    public IReadOnlyList<int> StrayClosingMarks { get; private set; } = [];
    public IReadOnlyList<ArticleProblem> Problems { get; private set; } = [];
    public InlineSuppressions Suppressions { get; private set; } = InlineSuppressions.None;

    /// <summary>The article's date from front matter or page metadata, if it gives one (<see cref="IsoDates.TryParseDate"/>),
    /// read once with the metadata (<see cref="ArticleLayout.AddMetadata"/>): the figure and story readers ask for it per figure.
    /// Without a date key, the day its file name opens with (<see cref="DateOf"/>).</summary>
    public DateTime? Date { get; private set; }

    /// <summary>
    /// The article's date: the metadata's <paramref name="written"/> one when it has a date key (a date that cannot be read is
    /// reported as such, not replaced), else the day its path gives, nearest the file first: the day the file's name opens with,
    /// as Jekyll names its posts ("_posts/2026-11-30-ferry-returns.md") and Hugo reads them (<c>:filename</c>), and many
    /// archives name theirs, or the day, the month's name and the year ("30Nov2026Ferry.txt", "30-Nov-2026-ferry.txt", as a
    /// press office's archive names its releases); a folder named so, as a Hugo page bundle is ("posts/2026-11-30-ferry/index.md");
    /// or folders of the year, month and day, as archives and blogs file their articles ("2026/11/30/ferry.md",
    /// "blog/2026/11/30/index.md").
    /// </summary>
    internal static DateTime? DateOf(string path, bool hasDateKey, DateTime? written)
    {
        if (hasDateKey) return written;
        var parts = path.Split('/', '\\');
        for (var i = parts.Length - 1; i >= 0; i--)
        {
            if (OpensWithDay(parts[i]) is { } day) return day;
            if (i >= 3 && IsDigits(parts[i - 3], 4) && IsDigits(parts[i - 2], 2) && IsDigits(parts[i - 1], 2)
                && IsoDates.TryParseDay(parts[i - 3] + "-" + parts[i - 2] + "-" + parts[i - 1], out var filed)) return filed;
        }
        return null;

        static DateTime? OpensWithDay(string name)
        {
            const int dayLength = 10;
            return name.Length > dayLength && name[dayLength] is '-' or '_' or '.' && IsoDates.TryParseDay(name.Substring(0, dayLength), out var day)
                ? day : OpensWithNamedMonth(name);
        }

        // "30Nov2026…", "3-Nov-2026-…": one or two digits, a month's name or its abbreviation, four digits, and no digit after.
        static DateTime? OpensWithNamedMonth(string name)
        {
            var i = 0;
            while (i < name.Length && i < 2 && char.IsDigit(name[i])) i++;
            if (i == 0) return null;
            var dayOfMonth = int.Parse(name.Substring(0, i), CultureInfo.InvariantCulture);
            if (i < name.Length && name[i] is '-' or '_') i++;
            var monthStart = i;
            while (i < name.Length && char.IsLetter(name[i])) i++;
            var month = CalendarWords.MonthNumber(name.Substring(monthStart, i - monthStart));
            if (month == 0) return null;
            if (i < name.Length && name[i] is '-' or '_') i++;
            if (i + 4 > name.Length || !IsDigits(name.Substring(i, 4), 4) || i + 4 < name.Length && char.IsDigit(name[i + 4])) return null;
            var year = int.Parse(name.Substring(i, 4), CultureInfo.InvariantCulture);
            return dayOfMonth >= 1 && year >= 1 && dayOfMonth <= DateTime.DaysInMonth(year, month) ? new DateTime(year, month, dayOfMonth) : null;
        }

        static bool IsDigits(string part, int length) => part.Length == length && part.All(char.IsDigit);
    }

    private string? _proseText;
    private IReadOnlyList<Sentence>? _sentences;
    private TokenList? _tokens;

    /// <summary>Drops the prose text, sentences and tokens, most of an article's memory, once only summaries of it are read
    /// (<see cref="AnalyzedArticle.ReleaseForCorpus"/>). Reading them afterwards throws: a corpus rule that needs them
    /// must compute what it needs from them in <see cref="Rules.CorpusRule.Summarize"/>.</summary>
    public void ReleaseProse()
    {
        _proseText = null;
        _sentences = null;
        _tokens = null;
        _sentenceKeys = null;
    }

    private InvalidOperationException Released() =>
        new($"The tokens of {Path} were released after the per-article pass; a corpus rule keeps what it reads of them in CorpusRule.Summarize.");

    /// <summary>The text of <paramref name="span"/> as it reads: in HTML without inline tags and with character references
    /// decoded ("K&lt;em&gt;iev&lt;/em&gt;" reads "Kiev", "Don&amp;rsquo;t" "Don’t"); elsewhere the article's own characters.</summary>
    public string GetText(TextSpan span)
    {
        if (_readable is null || !HasHidden(_readable, span)) return Text.Substring(span.Start, span.Length);
        var builder = new System.Text.StringBuilder(span.Length);
        for (var i = span.Start; i < span.End; i++)
        {
            if (!ArticleLayout.IsHidden(_readable[i])) builder.Append(_readable[i]);
        }
        return builder.ToString();
    }

    /// <summary>True when <paramref name="span"/>, as it reads (<see cref="GetText"/>), holds a letter or a digit: tags and character
    /// references' tails, private-use marks of the view, are neither. Read in place, as a span may run far (from a label to the
    /// next link of a page).</summary>
    public bool HasWordCharacter(TextSpan span)
    {
        var view = _readable ?? Text;
        for (var i = span.Start; i < span.End; i++)
        {
            if (char.IsLetterOrDigit(view[i])) return true;
        }
        return false;
    }

    private static bool HasHidden(string view, TextSpan span)
    {
        for (var i = span.Start; i < span.End; i++)
        {
            if (ArticleLayout.IsHidden(view[i])) return true;
        }
        return false;
    }

    /// <summary>The prose view when it hides markup or references (HTML), kept past <see cref="ReleaseProse"/> for <see cref="GetText"/>.</summary>
    private string? _readable;

    /// <summary>True when <see cref="GetText"/> is the article's own characters at every span (no HTML view hides any).</summary>
    internal bool ReadsAsWritten => _readable is null;

    /// <summary>Each sentence's <see cref="SentenceKey"/> once found (<see cref="SentenceKey.Of"/>), for the several readers that
    /// keep what they read by sentence.</summary>
    internal SentenceKey?[] SentenceKeys => _sentenceKeys ?? System.Threading.LazyInitializer.EnsureInitialized(ref _sentenceKeys, () => new SentenceKey?[Sentences.Count])!;

    private SentenceKey?[]? _sentenceKeys;

    public Diagnostics.Location GetLocation(TextSpan span) => new(Path, span, Lines.GetLineSpan(span));

    public bool IsInQuotation(TextSpan span) => QuotationHolding(span) is not null;

    /// <summary>The index of the paragraph holding <paramref name="position"/> (the last one starting at or before it), or -1.</summary>
    public int ParagraphIndexAt(int position) => Sorted.FirstAtOrAfter(Paragraphs, position + 1, p => p.Span.Start) - 1;

    /// <summary>The index of the sentence holding <paramref name="position"/> (the last one starting at or before it), or -1.</summary>
    public int SentenceIndexAt(int position) => Sorted.FirstAtOrAfter(Sentences, position + 1, s => s.Span.Start) - 1;

    /// <summary>
    /// True inside someone else's words: a quoted statement or a reproduced document. A quoted term (a title, a scare quote,
    /// a "so-called" term: <see cref="Quotation.IsTerm"/>) is the outlet's own wording between marks, and is not.
    /// </summary>
    public bool IsInOthersWords(TextSpan span) =>
        QuotationHolding(span) is { IsTerm: false } || Sorted.AnyContains(SingleQuotedStatementSpans, span) || IsInReproducedText(span);

    /// <summary>The contents of statements in single quotation marks (<see cref="SingleQuotedStatements"/>), in text order.</summary>
    public IReadOnlyList<TextSpan> SingleQuotedStatementSpans { get; private set; } = [];

    /// <summary>The quotation whose content holds <paramref name="span"/>, or null.</summary>
    internal Quotation? QuotationHolding(TextSpan span)
    {
        // Quotations are in text order and do not overlap: the only one that can hold the span is the last to start at or before it.
        var after = Sorted.FirstAtOrAfter(Quotations, span.Start + 1, q => q.Span.Start);
        return after > 0 && Quotations[after - 1].ContentSpan.Contains(span) ? Quotations[after - 1] : null;
    }

    /// <summary>Social posts embedded in running text (<see cref="EmbeddedPosts"/>): each from its first sentence to its signature.</summary>
    public IReadOnlyList<TextSpan> EmbeddedPostSpans { get; private set; } = [];

    /// <summary>True inside a document the article reproduces at length: someone else's words, like a quotation.</summary>
    public bool IsInReproducedText(TextSpan span)
    {
        // Paragraphs are in text order and do not overlap: those that can hold the span start at or before it and end at or
        // after it, the last few to start before it (each finding asks, and an article can have many paragraphs and findings).
        for (var k = ParagraphIndexAt(span.Start); k >= 0 && Paragraphs[k].Span.End >= span.End; k--)
        {
            if (Paragraphs[k].IsReproduced && Paragraphs[k].Span.Contains(span)) return true;
        }
        return Sorted.AnyContains(EmbeddedPostSpans, span) || Sorted.AnyContains(ExcerptSpans, span) || Sorted.AnyContains(TeaserListSpans, span)
               || Sorted.AnyContains(TranscriptSpans, span) || Sorted.AnyContains(CitedSourceSpans, span);
    }

    /// <summary>Links whose text is a source's name in parentheses, as a digest cites the outlet of each item ("[(CNN
    /// Brasil)](…)": <see cref="ArticleLayout.CitedSources"/>): the outlet's name as it writes it, which keeps its spelling as
    /// reproduced text does.</summary>
    public IReadOnlyList<TextSpan> CitedSourceSpans { get; private set; } = [];

    /// <summary>The targets of links and images that point at a file on the writer's computer (<see cref="ArticleLayout.LocalFileLinks"/>).</summary>
    public IReadOnlyList<TextSpan> LocalFileLinkSpans { get; private set; } = [];

    /// <summary>Where the texts that open the widgets of a page's template start, in text order (<see cref="ArticleLayout.WidgetTextStarts"/>).</summary>
    public IReadOnlyList<int> WidgetTextStarts { get; private set; } = [];

    /// <summary>True when the first text of a widget of the page's template (<see cref="WidgetTextStarts"/>) starts in
    /// <paramref name="span"/>: a label, a prompt, a credit or a caption the page prints there.</summary>
    public bool OpensWidget(TextSpan span)
    {
        if (WidgetTextStarts.Count == 0) return false;
        var first = Sorted.FirstAtOrAfter(WidgetTextStarts, span.Start, start => start);
        return first < WidgetTextStarts.Count && WidgetTextStarts[first] < span.End;
    }

    /// <summary>Where the empty slots of a page's template start, in text order (<see cref="ArticleLayout.EmptySlots"/>).</summary>
    public IReadOnlyList<int> EmptySlots { get; private set; } = [];

    /// <summary>The start of the first empty slot of the page's template (<see cref="EmptySlots"/>) at or after
    /// <paramref name="position"/>, or null.</summary>
    public int? EmptySlotAtOrAfter(int position)
    {
        var first = Sorted.FirstAtOrAfter(EmptySlots, position, start => start);
        return first < EmptySlots.Count ? EmptySlots[first] : null;
    }

    /// <summary>The blocks of an HTML page's notes (<see cref="ArticleLayout.NoteBlocks"/>).</summary>
    private IReadOnlyList<TextSpan> _noteBlocks = [];

    /// <summary>True when <paramref name="span"/> stands in the page's notes, footnotes or endnotes (<see cref="ArticleLayout.NoteBlocks"/>).</summary>
    public bool InNotes(TextSpan span) => Sorted.AnyContains(_noteBlocks, span);

    /// <summary>The HTML elements that hold an empty slot and a few texts beside it, in text order (<see cref="ArticleLayout.SlotUnits"/>).</summary>
    private IReadOnlyList<TextSpan> _slotUnits = [];

    /// <summary>True when <paramref name="span"/> stands in an element that holds an empty slot and a few texts beside it
    /// (<see cref="ArticleLayout.SlotUnits"/>): an ad's unit, whose label and prompt are the slot's.</summary>
    public bool InSlotUnit(TextSpan span) => Sorted.AnyContains(_slotUnits, span);

    /// <summary>Where each line after a Markdown hard line break starts, in text order (<see cref="ArticleLayout.LinesAfterHardBreaks"/>).</summary>
    private IReadOnlyList<int> _linesAfterHardBreaks = [];

    /// <summary>True when the line that starts at <paramref name="lineStart"/> follows a Markdown hard line break: a line of its
    /// own, as a version history or an address writes its lines.</summary>
    public bool FollowsHardBreak(int lineStart)
    {
        var at = Sorted.FirstAtOrAfter(_linesAfterHardBreaks, lineStart, start => start);
        return at < _linesAfterHardBreaks.Count && _linesAfterHardBreaks[at] == lineStart;
    }

    /// <summary>The HTML blocks that hold an image, each from its image to its end, in text order and joined where they overlap
    /// (<see cref="ArticleLayout.ImageBlocks"/>).</summary>
    public IReadOnlyList<TextSpan> ImageBlocks { get; private set; } = [];

    /// <summary>True when <paramref name="span"/> stands after an image in the HTML block that holds the image (<see cref="ImageBlocks"/>):
    /// a caption or a credit of that image.</summary>
    public bool FollowsImageInItsBlock(TextSpan span) => Sorted.AnyContains(ImageBlocks, span);

    /// <summary>The text of each link, in text order (<see cref="ArticleLayout.LinkTexts"/>).</summary>
    public IReadOnlyList<TextSpan> LinkTextSpans { get; private set; } = [];

    /// <summary>The text of each link to a page of a web site, in text order (<see cref="ArticleLayout.PageLinkTexts"/>).</summary>
    public IReadOnlyList<TextSpan> PageLinkTextSpans { get; private set; } = [];

    /// <summary>True when <paramref name="span"/> is in the text of a link to a page (<see cref="PageLinkTextSpans"/>): often the
    /// cited page's title, written as its site set it ("[Tripura Data Centre Policy - 2020](https://…)").</summary>
    public bool IsInPageLinkText(TextSpan span) => Sorted.AnyContains(PageLinkTextSpans, span);

    /// <summary>The text of the first link that ends after <paramref name="position"/> (<see cref="LinkTextSpans"/>): the link
    /// that holds it, or the next one; null past the last link.</summary>
    public TextSpan? LinkTextEndingAfter(int position)
    {
        var first = Sorted.FirstAtOrAfter(LinkTextSpans, position + 1, link => link.End);
        return first < LinkTextSpans.Count ? LinkTextSpans[first] : null;
    }

    /// <summary>The text of the link that <paramref name="span"/> is part of (<see cref="LinkTextSpans"/>); null outside links.</summary>
    public TextSpan? LinkTextContaining(TextSpan span) =>
        LinkTextEndingAfter(span.End - 1) is { } link && link.Contains(span) ? link : null;

    /// <summary>Transcripts whose speakers take turns inside one paragraph (<see cref="Transcripts"/>), each from its first
    /// speaker's label to the end of its last turn.</summary>
    public IReadOnlyList<TextSpan> TranscriptSpans { get; private set; } = [];

    /// <summary>Every turn of the article's transcripts, in text order: a turn printed as a paragraph of its own, from after its
    /// speaker's label to the paragraph's end, each paragraph a long answer runs on over (<see cref="MarkTranscripts"/>), and
    /// the <see cref="TranscriptSpans"/>. A speaker's words as recorded: their restarts are the speaker's, though the
    /// transcriber's spelling of them is the publisher's to check, where the turn is not reproduced text.</summary>
    public IReadOnlyList<TextSpan> TurnSpans { get; private set; } = [];

    /// <summary>True inside a transcript's turn (<see cref="TurnSpans"/>).</summary>
    public bool IsInTranscript(TextSpan span) => Sorted.AnyContains(TurnSpans, span);

    /// <summary>Lists of other articles' teasers pasted into the text, each teaser stamped with a time and a byline
    /// (<see cref="TeaserLists"/>).</summary>
    public IReadOnlyList<TextSpan> TeaserListSpans { get; private set; } = [];

    /// <summary>Documents reproduced after a lead-in sentence inside a paragraph (<see cref="LeadInExcerpts"/>): each from the
    /// first word after the lead-in's colon to the paragraph's end.</summary>
    public IReadOnlyList<TextSpan> ExcerptSpans { get; private set; } = [];

    private IReadOnlyList<TextSpan> _markupSpans = [];

    /// <summary>True when an edit of <paramref name="span"/> would cut into markup between words (an HTML tag), which only
    /// the author can rewrite: no fix is offered for it.</summary>
    public bool CrossesMarkup(TextSpan span)
    {
        // Markup spans are in text order and do not overlap: the first that ends after the span's start is the only candidate.
        var after = Sorted.FirstAtOrAfter(_markupSpans, span.Start + 1, m => m.End);
        return after < _markupSpans.Count && _markupSpans[after].Start < Math.Max(span.End, span.Start + 1);
    }

    private IReadOnlyList<TextSpan> _htmlRegions = [];

    /// <summary>The text that stands for <paramref name="replacement"/> at <paramref name="span"/>: in HTML (an HTML article, a
    /// Markdown article's HTML block) '&amp;', '&lt;' and '&gt;' are written as character references, so that a fix never
    /// opens a tag or a reference the author did not write ("AT&amp;T" in a profile, "&lt;" in a suggested sign).</summary>
    public string EncodeReplacement(TextSpan span, string replacement)
    {
        if (replacement.IndexOfAny(HtmlSpecialCharacters) < 0 || !Sorted.AnyContains(_htmlRegions, span)) return replacement;
        return replacement.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");
    }

    private static readonly char[] HtmlSpecialCharacters = ['&', '<', '>'];

    public static Article Parse(string path, string text, ArticleFormat? format = null)
    {
        var articleFormat = format ?? ArticleFormats.FromPath(path) ?? ArticleFormat.PlainText;
        var article = new Article(path, text, articleFormat);
        var layout = articleFormat switch
        {
            ArticleFormat.Markdown => MarkdownLayout.Read(text, article.Lines),
            ArticleFormat.Mdx => MarkdownLayout.Read(text, article.Lines, mdx: true),
            ArticleFormat.Html => HtmlLayout.Read(text),
            _ => PlainTextLayout.Read(text, article.Lines),
        };
        layout.HideInvisibleFormatCharacters();
        article.Build(layout);
        return article;
    }

    private void Build(ArticleLayout layout)
    {
        var view = layout.ProseText;
        var paragraphs = new List<Paragraph>(layout.Blocks.Count);
        var sentences = new List<Sentence>();
        var tokens = new TokenList(Text.Length / 5);
        var quotations = new List<Quotation>();
        var singleQuoted = new List<TextSpan>();
        var strayClosingMarks = new List<int>();
        // Inline tags and character references are read as the text they render; spans are mapped back to the article's text.
        var compact = CompactView.Of(view);
        var readable = compact?.Text ?? view;
        var sentenceEnds = new List<int>();
        // Each paragraph's language, and the article's from the paragraphs' counts: every token is in one paragraph.
        var (paragraphLanguage, articleLanguage) = (new ArticleLanguage.Tally(), new ArticleLanguage.Tally());
        // The paragraphs whose own tally could hold a passage in another language, read again sentence by sentence below.
        List<int>? mixedParagraphs = null;
        var appendedDocumentStart = -1;
        // The article's title: its first heading, which a release often prints again as the first line of its text.
        TextSpan? title = null;
        foreach (var (span, isHeading, isQuoted, isTableCell) in layout.Blocks)
        {
            var repeatsTitle = !isHeading && title is { } printed && RepeatsTitle(view, span, printed);
            if (isHeading) title ??= span;
            var paragraphIndex = paragraphs.Count;
            var introduced = paragraphIndex > 0 && LeadInExcerpts.IntroducesDocument(view, paragraphs[paragraphIndex - 1], sentences, tokens);
            if (introduced && appendedDocumentStart < 0 && LeadInExcerpts.SaysDocumentFollows(paragraphs[paragraphIndex - 1], sentences, tokens)) appendedDocumentStart = span.Start;
            var reproduced = !isHeading && (isQuoted || introduced);
            var firstSentence = sentences.Count;
            var firstToken = tokens.Count;
            var readableSpan = compact?.ToCompact(span) ?? span;
            Tokenizer.Tokenize(readable, readableSpan, tokens);
            if (appendedDocumentStart < 0 && !isHeading && LeadInExcerpts.IsLetterSalutation(tokens, firstToken, tokens.Count)) appendedDocumentStart = span.Start;
            var firstQuotation = quotations.Count;
            var firstStrayMark = strayClosingMarks.Count;
            QuotationFinder.Find(readable, readableSpan, paragraphIndex, quotations, strayClosingMarks, tokens, firstToken);
            var firstSingleQuoted = singleQuoted.Count;
            SingleQuotedStatements.Find(readable, readableSpan, singleQuoted);
            compact?.MapBack(tokens, firstToken);
            compact?.MapBack(quotations, firstQuotation);
            compact?.MapBack(strayClosingMarks, firstStrayMark);
            compact?.MapBack(singleQuoted, firstSingleQuoted);
            // Tokens and quotations are both in text order: one cursor walks the quotations as the tokens advance.
            var quotationCursor = firstQuotation;
            var sentenceStart = firstToken;
            SentenceSplitter.SentenceEnds(tokens, firstToken, tokens.Count, sentenceEnds);
            foreach (var sentenceEnd in sentenceEnds)
            {
                if (sentenceEnd <= sentenceStart) continue;
                var sentenceIndex = sentences.Count;
                for (var k = sentenceStart; k < sentenceEnd; k++)
                {
                    tokens.Replace(k, new Token(tokens[k].Span, tokens[k].Text, tokens[k].Kind, sentenceIndex,
                        Flags(tokens, k, sentenceStart, isHeading, reproduced, quotations, ref quotationCursor)));
                }
                var sentenceSpan = TextSpan.FromBounds(tokens[sentenceStart].Span.Start, tokens[sentenceEnd - 1].Span.End);
                sentences.Add(new Sentence(sentenceIndex, sentenceSpan, paragraphIndex, sentenceStart, sentenceEnd - sentenceStart));
                sentenceStart = sentenceEnd;
            }
            paragraphLanguage.Clear();
            paragraphLanguage.Add(tokens, firstToken, tokens.Count);
            paragraphLanguage.AddTo(articleLanguage);
            if (paragraphLanguage.MayHoldPassageInAnotherLanguage) (mixedParagraphs ??= []).Add(paragraphIndex);
            paragraphs.Add(new Paragraph(paragraphIndex, span, isHeading, firstSentence, sentences.Count - firstSentence)
            {
                IsReproduced = reproduced, IsTableCell = isTableCell, RepeatsTitle = repeatsTitle, Language = paragraphLanguage.Reading,
            });
        }
        var readsAsEnglish = articleLanguage.Reading != ProseLanguage.Other;
        // Known here, where the tokens are marked: the sink's question is answered from it rather than asked again.
        _leavesOutPassages = LeavesOutPassages(paragraphs, readsAsEnglish);
        if (_leavesOutPassages == true)
        {
            foreach (var paragraph in paragraphs)
            {
                if (paragraph.IsInAnotherLanguage && paragraph.SentenceCount > 0) MarkNotProse(tokens, sentences[paragraph.FirstSentence].FirstToken, sentences[paragraph.LastSentence].EndToken);
            }
        }
        if (readsAsEnglish && mixedParagraphs is not null) MarkSentencesInAnotherLanguage(paragraphs, mixedParagraphs, sentences, tokens);
        // Before the transcripts, which know a turn by its speaker's emphasised label.
        foreach (var start in layout.LabelStarts) MarkLabel(tokens, start);
        var turns = MarkTranscripts(paragraphs, sentences, tokens);
        var transcripts = Transcripts.FindInParagraphs(paragraphs, sentences, tokens);
        foreach (var transcript in transcripts) MarkReproduced(tokens, transcript);
        TranscriptSpans = transcripts;
        TurnSpans = turns.Count == 0 ? transcripts : turns.Concat(transcripts).OrderBy(span => span.Start).ToList();
        MarkSignedPosts(paragraphs, sentences, tokens);
        MarkPressClippings(view, paragraphs, tokens);
        var posts = EmbeddedPosts.Find(tokens, sentences, paragraphs);
        // A post the article quotes and then embeds without marks or signature: its words repeat the quotation.
        AddInTextOrder(posts, RepeatedQuotations.Find(tokens, sentences, paragraphs, quotations, posts));
        foreach (var post in posts) MarkReproduced(tokens, post);
        EmbeddedPostSpans = posts;
        var teaserLists = TeaserLists.Find(tokens, sentences);
        foreach (var list in teaserLists) MarkReproduced(tokens, list);
        TeaserListSpans = teaserLists;
        // After the posts: a lead-in to a post ("She posted: …") introduces that post alone, up to its signature.
        var excerpts = LeadInExcerpts.Find(view, paragraphs, sentences, tokens);
        AddInTextOrder(excerpts, LeadInExcerpts.FindFirstPerson(paragraphs, sentences, tokens, excerpts));
        foreach (var excerpt in excerpts) MarkReproduced(tokens, excerpt);
        ExcerptSpans = excerpts;
        foreach (var statement in singleQuoted) Mark(tokens, statement, TokenFlags.InSingleQuotes);
        foreach (var cited in layout.CitedSources) MarkReproduced(tokens, cited);
        CitedSourceSpans = layout.CitedSources;
        LocalFileLinkSpans = layout.LocalFileLinks;
        LinkTextSpans = layout.LinkTexts;
        PageLinkTextSpans = layout.PageLinkTexts;
        WidgetTextStarts = layout.WidgetTextStarts;
        EmptySlots = layout.EmptySlots;
        _slotUnits = Sorted.Joined(layout.SlotUnits);
        _noteBlocks = Sorted.Joined(layout.NoteBlocks);
        ImageBlocks = layout.ImageBlocks.Count == 0 ? [] : Sorted.Joined(layout.ImageBlocks);
        _linesAfterHardBreaks = layout.LinesAfterHardBreaks;
        SingleQuotedStatementSpans = singleQuoted;
        // Plain text mostly hides nothing: its prose is then the article's own string rather than a copy of it (ProseText).
        _proseText = view;
        if (compact is not null) _readable = _proseText;
        Metadata = layout.Metadata;
        Date = DateOf(Path, layout.Metadata.ContainsKey("date"), layout.Date);
        ReadsAsEnglish = readsAsEnglish;
        Paragraphs = paragraphs;
        AppendedDocumentStart = appendedDocumentStart;
        _sentences = sentences;
        _tokens = tokens;
        Quotations = quotations;
        StrayClosingMarks = strayClosingMarks;
        Problems = layout.Problems;
        Suppressions = InlineSuppressions.Read(Text, Lines, layout.Comments);
        _markupSpans = layout.MarkupSpans;
        _htmlRegions = layout.HtmlRegions;
    }

    /// <summary>True when the block at <paramref name="span"/> repeats the article's title word for word ("Inquiry into Government
    /// Immigration Policy" under the same heading, as releases print it: <see cref="Paragraph.RepeatsTitle"/>).</summary>
    private static bool RepeatsTitle(string view, TextSpan span, TextSpan title) =>
        span.Length == title.Length && string.CompareOrdinal(view, span.Start, view, title.Start, span.Length) == 0;

    /// <summary>Adds <paramref name="more"/> to <paramref name="spans"/>, both in text order, keeping the whole in text order
    /// (the readers that find them keep each new span clear of the others).</summary>
    private static void AddInTextOrder(List<TextSpan> spans, List<TextSpan> more)
    {
        if (more.Count == 0) return;
        spans.AddRange(more);
        spans.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    /// <param name="quotationCursor">The first quotation that does not end before this token; advanced here.</param>
    private static TokenFlags Flags(TokenList tokens, int k, int sentenceStart, bool isHeading, bool reproduced, List<Quotation> quotations, ref int quotationCursor)
    {
        var token = tokens[k];
        var flags = token.Flags & TokenFlags.NonProse;
        if (isHeading) flags |= TokenFlags.InHeading;
        if (reproduced) flags |= TokenFlags.InReproducedText;
        while (quotationCursor < quotations.Count && quotations[quotationCursor].ContentSpan.End < token.Span.End) quotationCursor++;
        if (quotationCursor < quotations.Count && quotations[quotationCursor].ContentSpan.Contains(token.Span)) flags |= TokenFlags.InQuotation;
        if (token.Kind != TokenKind.Punctuation && StartsClause(tokens, k, sentenceStart)) flags |= TokenFlags.SentenceStart;
        return flags;
    }

    private static void MarkReproduced(TokenList tokens, TextSpan span) => Mark(tokens, span, TokenFlags.InReproducedText);

    /// <summary>Marks the first word at or after <paramref name="start"/>, where a label starts (<see cref="ArticleLayout.LabelStarts"/>).</summary>
    private static void MarkLabel(TokenList tokens, int start)
    {
        var k = tokens.FirstStartingAt(start);
        if (k < tokens.Count && tokens[k].IsWord) AddFlag(tokens, k, TokenFlags.StartsLabel);
    }

    private static void Mark(TokenList tokens, TextSpan span, TokenFlags flag)
    {
        for (var k = tokens.FirstStartingAt(span.Start); k < tokens.Count && tokens[k].Span.End <= span.End; k++) AddFlag(tokens, k, flag);
    }

    /// <summary>Makes the tokens from <paramref name="first"/> to before <paramref name="end"/> non-prose, one each, as a code span is.</summary>
    private static void MarkNotProse(TokenList tokens, int first, int end)
    {
        for (var k = first; k < end; k++)
        {
            var token = tokens[k];
            tokens.Replace(k, new Token(token.Span, token.Text, TokenKind.Punctuation, token.SentenceIndex, token.Flags | TokenFlags.NonProse));
        }
    }

    private static void AddFlag(TokenList tokens, int k, TokenFlags flag) =>
        tokens.Replace(k, new Token(tokens[k].Span, tokens[k].Text, tokens[k].Kind, tokens[k].SentenceIndex, tokens[k].Flags | flag));

    /// <summary>
    /// Sentences in another language inside a paragraph of English: a post quoted in its own words after its translation
    /// ("… go to the families," she wrote. "Paris pleure les siens … aux familles des victimes."). A run of sentences, none
    /// with an English function word and each with another language's, that together give as many of them as a paragraph
    /// needs to read as that language (<see cref="ArticleLanguage.Tally.IsPassageInAnotherLanguage"/>), is no prose, as such a
    /// paragraph is. Only <paramref name="candidates"/>, whose paragraph's own tally could hold such a run, are read again.
    /// </summary>
    private static void MarkSentencesInAnotherLanguage(List<Paragraph> paragraphs, List<int> candidates, List<Sentence> sentences, TokenList tokens)
    {
        ArticleLanguage.Tally? sentence = null, run = null;
        foreach (var index in candidates)
        {
            var paragraph = paragraphs[index];
            if (paragraph.IsHeading || paragraph.IsInAnotherLanguage || paragraph.SentenceCount < 2) continue;
            // A sentence with no function word of any language ("Aan de VUB staan gelijkheid en inclusie centraal.") joins the
            // run beside it: it waits as a possible start, and stays inside a run.
            var (runStart, neutralStart) = (-1, -1);
            for (var s = paragraph.FirstSentence; s <= paragraph.LastSentence + 1; s++)
            {
                var (foreign, neutral) = (false, false);
                if (s <= paragraph.LastSentence)
                {
                    (sentence ??= new ArticleLanguage.Tally()).Clear();
                    sentence.Add(tokens, sentences[s].FirstToken, sentences[s].EndToken);
                    foreign = sentence.HasOnlyOtherFunctionWords;
                    neutral = !foreign && sentence.HasNoFunctionWords;
                }
                if (foreign || neutral && runStart >= 0)
                {
                    if (runStart < 0)
                    {
                        runStart = neutralStart >= 0 ? neutralStart : s;
                        (run ??= new ArticleLanguage.Tally()).Clear();
                    }
                    sentence!.AddTo(run!);
                    continue;
                }
                if (runStart >= 0 && run!.IsPassageInAnotherLanguage) MarkNotProse(tokens, sentences[runStart].FirstToken, sentences[s - 1].EndToken);
                runStart = -1;
                neutralStart = neutral ? (neutralStart >= 0 ? neutralStart : s) : -1;
            }
        }
    }

    /// <summary>
    /// A transcript the article reproduces: paragraphs that open with a speaker's label ("Q:", "A:", "PUTIN:", "MR SMITH:",
    /// or emphasised: "**Mr Tan Wu Meng:**", "**Answer:**"), each beside another one that does (<see cref="Transcripts"/>). One
    /// label alone is a kicker ("UPDATE:"), not a transcript. The turn after the label is the speaker's; the label is the
    /// writer's, who named the speaker ("Mr Tan" in the outlet's style of courtesy titles). Returns every turn: a press
    /// conference's record prints a long answer over several paragraphs, and only its first opens with the label, so a
    /// paragraph with a label that turns beside each other use is a turn too, wherever it stands, and the paragraphs without a
    /// label between two turns are the earlier speaker's still, when speakers take turns (two labels at least). Only a turn
    /// beside another is reproduced text; the others are turns alone: a publisher's own record of a press conference spells
    /// and punctuates as its transcriber did, whose slips are the publisher's to mend (judged so on Australian ministers'
    /// transcripts). After the last turn the writer's words may have resumed.
    /// </summary>
    private static List<TextSpan> MarkTranscripts(List<Paragraph> paragraphs, List<Sentence> sentences, TokenList tokens)
    {
        var turns = new List<TextSpan>();
        var labels = paragraphs.Select(p =>
        {
            if (p.IsHeading || p.SentenceCount == 0) return (First: -1, Colon: -1);
            var first = sentences[p.FirstSentence].FirstToken;
            var colon = Transcripts.SpeakerLabelColon(tokens, first, p.Span.End);
            return (First: first, Colon: colon >= 0 ? colon : Transcripts.EmphasisedLabelColon(tokens, first, p.Span.End));
        }).ToList();
        bool BesideAnother(int i) => labels[i].Colon >= 0 && ((i > 0 && labels[i - 1].Colon >= 0) || (i + 1 < paragraphs.Count && labels[i + 1].Colon >= 0));
        string Label(int i) => string.Join(" ", Enumerable.Range(labels[i].First, labels[i].Colon - labels[i].First).Where(k => tokens[k].IsWord).Select(k => tokens[k].Text));
        var turnLabels = new HashSet<string>(Enumerable.Range(0, paragraphs.Count).Where(BesideAnother).Select(Label), StringComparer.Ordinal);
        // One label repeated ("RELATED:" links in a row) is a column of kickers: its paragraphs alone are turns, none between.
        var speakersTakeTurns = turnLabels.Count >= 2;
        var lastTurn = -1;
        for (var i = 0; i < paragraphs.Count; i++)
        {
            if (paragraphs[i].IsHeading) lastTurn = -1;
            if (labels[i].Colon < 0 || paragraphs[i].IsReproduced) continue;
            var besideAnother = BesideAnother(i);
            if (!besideAnother && !(speakersTakeTurns && turnLabels.Contains(Label(i)))) continue;
            for (var k = lastTurn + 1; speakersTakeTurns && lastTurn >= 0 && k < i; k++)
            {
                if (!paragraphs[k].IsReproduced) turns.Add(paragraphs[k].Span);
            }
            var turn = TextSpan.FromBounds(tokens[labels[i].Colon].Span.End, paragraphs[i].Span.End);
            if (besideAnother)
            {
                paragraphs[i] = paragraphs[i] with { IsReproduced = true };
                MarkReproduced(tokens, turn);
            }
            turns.Add(turn);
            lastTurn = i;
        }
        AddTurnsUnderLabelsAlone(paragraphs, sentences, tokens, labels, turns);
        return turns;
    }

    /// <summary>
    /// The turns of a transcript that prints each speaker's label on a line of its own ("FRAN KELLY:", then the question in
    /// the paragraph under it), as a minister's office does: the paragraphs under a label, to the next label or heading, are
    /// the speaker's. Two speakers at least, or the label is a kicker over the copy. Turns alone, not reproduced text, as the
    /// turns that run on under an inline label (<see cref="MarkTranscripts"/>); <paramref name="turns"/> takes them in text order.
    /// </summary>
    private static void AddTurnsUnderLabelsAlone(List<Paragraph> paragraphs, List<Sentence> sentences, TokenList tokens,
        List<(int First, int Colon)> inlineLabels, List<TextSpan> turns)
    {
        List<(int Paragraph, string Speaker)>? alone = null;
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var p = paragraphs[i];
            if (p.IsHeading || p.SentenceCount == 0 || p.IsReproduced) continue;
            if (Transcripts.LabelAlone(tokens, sentences[p.FirstSentence].FirstToken, p.Span.End) is { } speaker) (alone ??= []).Add((i, speaker));
        }
        if (alone is null || alone.Select(a => a.Speaker).Distinct(StringComparer.Ordinal).Count() < 2) return;
        var isLabelAlone = new HashSet<int>(alone.Select(a => a.Paragraph));
        var taken = new HashSet<int>(turns.Select(turn => turn.Start));
        var before = turns.Count;
        foreach (var (label, _) in alone)
        {
            for (var k = label + 1; k < paragraphs.Count && !paragraphs[k].IsHeading && inlineLabels[k].Colon < 0 && !isLabelAlone.Contains(k); k++)
            {
                if (!paragraphs[k].IsReproduced && taken.Add(paragraphs[k].Span.Start)) turns.Add(paragraphs[k].Span);
            }
        }
        if (turns.Count > before) turns.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    /// <summary>
    /// Posts signed by a handle on a line of their own, as a page of readers' replies prints them ("Not in my name.", then
    /// "@reader_12."): the paragraph before the signature is the poster's words. A handle inside a sentence is a post's own
    /// mark or the article naming an account (<see cref="EmbeddedPosts"/>); only a handle standing alone signs.
    /// </summary>
    private static void MarkSignedPosts(List<Paragraph> paragraphs, List<Sentence> sentences, TokenList tokens)
    {
        for (var i = 1; i < paragraphs.Count; i++)
        {
            var post = paragraphs[i - 1];
            if (post.IsHeading || post.IsReproduced || post.SentenceCount == 0 || !IsHandleSignature(tokens, sentences, paragraphs[i])) continue;
            paragraphs[i - 1] = post with { IsReproduced = true };
            MarkReproduced(tokens, post.Span);
        }
    }

    /// <summary>
    /// Press clippings, as a press office's roundup prints them ("What they are saying", "In case you missed it"): the outlet
    /// and its headline, a line that is only the byline in brackets, its writer and date ("[Ann Lee, 7/12/23]"), and the
    /// excerpt, lines of one paragraph. The paragraph that holds such a byline is the outlet's text: its spelling and style,
    /// not the office's.
    /// </summary>
    private static void MarkPressClippings(string view, List<Paragraph> paragraphs, TokenList tokens)
    {
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var paragraph = paragraphs[i];
            if (paragraph.IsHeading || paragraph.IsReproduced || !HoldsClippingByline(view, paragraph.Span)) continue;
            paragraphs[i] = paragraph with { IsReproduced = true };
            MarkReproduced(tokens, paragraph.Span);
        }
    }

    /// <summary>True when a line of <paramref name="span"/> is a bracketed byline (<see cref="ClippingByline"/>) and others follow it.
    /// Only a line whose first mark is a bracket is matched: most paragraphs' brackets are their links'.</summary>
    private static bool HoldsClippingByline(string view, TextSpan span)
    {
        if (view.IndexOf('[', span.Start, span.Length) < 0) return false;
        var lineStart = span.Start;
        while (lineStart < span.End)
        {
            var lineEnd = view.IndexOf('\n', lineStart, span.End - lineStart);
            if (lineEnd < 0) return false;
            var first = lineStart;
            while (first < lineEnd && (char.IsWhiteSpace(view[first]) || view[first] == '\\' || char.GetUnicodeCategory(view[first]) == UnicodeCategory.PrivateUse)) first++;
            if (first < lineEnd && view[first] == '[' && ClippingByline.Match(view, lineStart, lineEnd - lineStart).Success) return true;
            lineStart = lineEnd + 1;
        }
        return false;
    }

    /// <summary>A line that is only a byline in brackets: a name, a comma and a date in figures ("[Ann Lee, 7/12/23]"), its
    /// Markdown escapes kept or held by the view's placeholder for markup (a private-use character).</summary>
    private static readonly System.Text.RegularExpressions.Regex ClippingByline = new(
        @"^[\s\\\p{Co}]*\[\s*\p{Lu}[^\]\n]{1,80},\s*\d{1,2}/\d{1,2}/\d{2,4}[\s\\\p{Co}]*\]\s*$",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>True for a paragraph that holds a handle and nothing else but a dash before it and a full stop after it.</summary>
    private static bool IsHandleSignature(TokenList tokens, List<Sentence> sentences, Paragraph paragraph)
    {
        if (paragraph.IsHeading || paragraph.SentenceCount == 0) return false;
        var k = sentences[paragraph.FirstSentence].FirstToken;
        if (k < tokens.Count && (tokens[k].IsPunctuation('—') || tokens[k].IsPunctuation('–') || tokens[k].IsPunctuation('-'))) k++;
        if (k >= tokens.Count || !tokens[k].IsNonProse || tokens[k].Text[0] != '@' || tokens[k].Span.End > paragraph.Span.End) return false;
        k++;
        if (k < tokens.Count && tokens[k].Span.End <= paragraph.Span.End && tokens[k].IsPunctuation('.')) k++;
        return k >= tokens.Count || tokens[k].Span.Start >= paragraph.Span.End;
    }

    /// <summary>True for the first word of a sentence, of a quotation, or after a colon or a dash that opens a clause.</summary>
    private static bool StartsClause(TokenList tokens, int k, int sentenceStart)
    {
        for (var p = k - 1; p >= sentenceStart; p--)
        {
            var previous = tokens[p];
            if (previous.Kind != TokenKind.Punctuation || previous.IsNonProse) return false;
            // A comma or a semicolon goes on with the clause, whatever stands before it ("Jake Corman (R., Centre)": the
            // abbreviation's point ends no sentence).
            if (previous.Text[0] is ',' or ';') return false;
            // An initial's or an abbreviation's stop ends no sentence (SentenceSplitter): "H. Jin, T. Kaftan" goes on.
            if (previous.Text[0] == '.' && p > sentenceStart && SentenceSplitter.IsAbbreviation(tokens[p - 1], previous)) return false;
            if (previous.Text[0] is '“' or '"' or '‘' or ':' or '«' or '(' or '[' or '—' or '–' or '…' or '.' or '?' or '!') return true;
        }
        return true;
    }
}
