using System;
using System.Collections.Generic;
using System.Linq;
using Editorial.Articles;
using Editorial.Diagnostics;
using Editorial.Profiles;
using Editorial.Text;

namespace Editorial.Rules;

/// <summary>One piece of debris: where ED4001 reports it, what it is, and the stretch of copy it takes up.</summary>
/// <param name="Extent">The text that is debris rather than the article's prose: the whole line for a debris line or a
/// gallery's line, a photo credit, a prompt's sentence (its line when nothing else is on it), the biography to the end of
/// the article. It is never more than is certainly debris: a line may be a whole article pasted as one paragraph.</param>
internal sealed record DebrisItem(TextSpan Span, string Kind, string Quoted, Fix? Fix, TextSpan Extent);

/// <summary>
/// What a CMS, a wire feed, a photo gallery or a social embed leaves in the copy when a page is pasted as text, found once
/// per article and shared: ED4001 reports it, and the diagnostic sink keeps every other rule quiet inside it (a caption's
/// quotation marks, a gallery's "3 of 12", a biography's "is a reporter for" are not the article's prose).
/// It reads only the text, its lines and its paragraphs, which outlive the per-article pass, so the cross-article pass
/// can ask for it too. It sits with the sink, below the rules, for the sink reads it.
/// </summary>
internal sealed partial class PastedDebris
{
    // The profile lists it reads; ED4001's page (docs/rules/ED4001.md) says what each holds.
    public const string EmbedDebrisList = "embed-debris";
    public const string DebrisLinesList = "debris-lines";
    public const string CaptionCreditLabelsList = "caption-credit-labels";
    public const string MetadataLabelsList = "metadata-labels";
    public const string CaptionDebrisList = "caption-debris";
    public const string AuthorRolesList = "author-roles";
    public const string EmbedHostsList = "embed-hosts";

    /// <summary>The longest author biography taken as pasted from the page: a few sentences of a contributor box.</summary>
    private const int MaximumBiographyLength = 800;

    /// <summary>How many words an author's name may run to, initials included ("Joshua Q. Nelson").</summary>
    private const int MaximumNameWords = 4;

    /// <summary>How far after "is a" the role may stand ("is a former CNN foreign affairs correspondent").</summary>
    private const int MaximumRoleDistance = 100;

    // Capitalised words that open a sentence about something other than a person ("The Post is …", "His editor is …").
    private static readonly HashSet<string> NonNameOpenings = new(StringComparer.Ordinal)
    {
        "The", "This", "That", "These", "Those", "A", "An", "Our", "His", "Her", "Their", "Its", "My", "Your",
    };

    /// <summary>The longest page footer taken to follow a site's copyright notice: a subscription pitch and a few links, or the
    /// profile a press-release site prints of the release's publisher with its contacts (about 1,700 characters on Scoop).</summary>
    private const int MaximumFooterLength = 2500;

    private readonly List<TextSpan> _extents;

    private readonly List<TextSpan> _slots;

    private PastedDebris(List<DebrisItem> items, List<TextSpan> slots, TextSpan? footer)
    {
        Items = items;
        Footer = footer;
        _slots = slots;
        _extents = Sorted.Joined(items.Select(item => item.Extent).Concat(slots));
    }

    public IReadOnlyList<DebrisItem> Items { get; }

    /// <summary>True when a finding may rest on debris or on a page's slot line (<see cref="IsPageSlot"/>).</summary>
    public bool HoldsAny => _extents.Count > 0;

    /// <summary>True when <paramref name="span"/> lies on a line of a page's slot (<see cref="IsPageSlot"/>).</summary>
    public bool IsOnPageSlot(TextSpan span) => Sorted.AnyContains(_slots, span);

    /// <summary>The page's footer under the site's copyright notice or a release's end mark (<see cref="SiteFooter"/>), or null.</summary>
    public TextSpan? Footer { get; }

    /// <summary>True when <paramref name="position"/> lies in the page's footer (<see cref="Footer"/>).</summary>
    public bool IsInFooter(int position) => Footer is { } footer && footer.Contains(position);

    /// <summary>The article's debris, found once whichever asks first: ED4001 or the sink.</summary>
    public static PastedDebris Of(AnalyzedArticle analyzed) => analyzed.GetShared(Find);

    /// <summary>True when <paramref name="span"/> starts inside debris: a finding there is about debris, not about the article.</summary>
    public bool Holds(TextSpan span)
    {
        // The extents are merged and in text order: only the last to start at or before the span can hold it.
        var after = Sorted.FirstAtOrAfter(_extents, span.Start + 1, extent => extent.Start);
        return after > 0 && _extents[after - 1].Contains(span.Start);
    }

    private static PastedDebris Find(AnalyzedArticle analyzed)
    {
        var article = analyzed.Article;
        var profile = analyzed.Profile;
        var lists = profile.GetDerived(DebrisLists.Of);
        var text = article.Text;
        var items = new List<DebrisItem>();
        var slots = new List<TextSpan>();
        var freeLines = profile.GetDerived(_ => new DebrisFreeLines());
        foreach (var line in ArticleLines.ProseLines(article))
        {
            if (IsPageSlot(text, line, lists.Labels) || IsSourceCreditLine(article, line, lists))
            {
                slots.Add(line);
                continue;
            }
            // A line free of debris as a line of its own is free wherever it stands.
            if (freeLines.Contains(text, line)) continue;
            // A link's address on a soft-wrapped line after a lead-in or in a list item is cited in its sentence, not an embed
            // the export left bare. Such a line's debris depends on where it stands, so it is not remembered as free.
            if (ArticleLines.ContinuesLeadInOrListItem(article, line))
            {
                FindInLine(article, line, items, lists, addressMayBeEmbed: false);
                continue;
            }
            var itemsBefore = items.Count;
            var dependsOnFormat = FindInLine(article, line, items, lists, addressMayBeEmbed: true);
            // An address cited or a prompt linked in Markdown would be debris in plain text: the line is free in this format only.
            if (items.Count == itemsBefore && !dependsOnFormat) freeLines.Add(text, line);
        }
        if (AuthorBiography(article, lists.AuthorRoles) is { } biography) items.Add(biography);
        // The lines are read as written: in an HTML page, a prompt or an address may stand in a tag's attribute ("title='Follow
        // us on Twitter'") or a script, which no reader sees. Debris is what is left in the copy a reader sees.
        items.RemoveAll(item => string.IsNullOrWhiteSpace(item.Quoted));
        // A link to a file on the writer's disk was pasted from a document or a mail, and leads a reader nowhere: its target is
        // markup, in a Markdown link or an HTML tag's attribute, but what the reader clicks.
        foreach (var link in article.LocalFileLinkSpans) items.Add(new DebrisItem(link, "Link to a file on the writer's computer", article.Text.Substring(link.Start, link.Length), null, link));
        return new PastedDebris(items, slots, SiteFooter(article));
    }

    /// <summary>
    /// True for a line that a page's label opens, a dash after it and the slot's own words ("Advertisement - scroll to continue
    /// reading", a site's ad slot saved with its page; the label is one of the profile's <c>debris-lines</c>). It is the site's
    /// furniture, which the outlet published with the article: ED4001 does not report it (a blind round judged it debris 0
    /// times of 8), but no rule reads its words, its dash or its spelling either ("reading" is no model for the release's
    /// "roading").
    /// </summary>
    private static bool IsPageSlot(string text, TextSpan line, IReadOnlyList<string> labels)
    {
        foreach (var label in labels)
        {
            var after = line.Start + label.Length;
            if (after + 3 > line.End || string.Compare(text, line.Start, label, 0, label.Length, StringComparison.OrdinalIgnoreCase) != 0) continue;
            if (text[after] == ' ' && text[after + 1] is '-' or '–' or '—' && text[after + 2] == ' ' && after + 3 < line.End) return true;
        }
        return false;
    }

    /// <summary>
    /// True for a line that is a short label, a colon and one link to the page of whoever the site credits
    /// ("**Press Release: [The Maori Party](https://info.scoop.co.nz/The_Maori_Party)**", as a wire site heads each release):
    /// the site's slot for its source, spelt as the site spells its page, not the article's copy. A blind round judged
    /// spelling findings on it, and ones it decided, wrong ("Maori" in the site's link against the release's "Māori"). A
    /// prompt's label or a picture's credit label ("Read more:", "Photo:") still opens debris.
    /// </summary>
    private static bool IsSourceCreditLine(Article article, TextSpan line, DebrisLists lists)
    {
        var text = article.Text;
        var start = line.Start;
        while (start < line.End && text[start] is '*' or '_' or ' ') start++;
        var colon = text.IndexOf(':', start, line.End - start);
        if (colon < 0 || colon - start > MaximumCreditLabelLength) return false;
        var label = text.Substring(start, colon - start).Trim();
        var words = label.Split(' ');
        if (label.Length == 0 || !char.IsUpper(label[0]) || words.Length > MaximumCreditLabelWords || words.Any(word => word.Length == 0 || !word.All(char.IsLetter))
            || lists.Labels.Concat(lists.CreditLabels).Any(debris => string.Equals(debris, label, StringComparison.OrdinalIgnoreCase))) return false;
        var linkText = article.LinkTextEndingAfter(colon);
        if (linkText is not { } link || link.Start <= colon || link.End > line.End || text.Substring(colon + 1, link.Start - colon - 1).Trim(' ', '[').Length > 0) return false;
        // After the text, only the link's target and the line's emphasis: "](https://…)**".
        if (link.End + 1 >= line.End || text[link.End] != ']' || text[link.End + 1] != '(') return false;
        var close = text.IndexOf(')', link.End, line.End - link.End);
        return close >= 0 && text.Substring(close + 1, line.End - close - 1).Trim('*', '_', ' ', '\r').Length == 0;
    }

    /// <summary>The longest label of a source's credit line: a few words ("Press Release", "Media statement").</summary>
    private const int MaximumCreditLabelLength = 24;

    private const int MaximumCreditLabelWords = 3;

    /// <summary>
    /// The page's footer, saved with the article: from a site's copyright notice under the copy to the end, when little
    /// follows it ("[© Scoop Media](…/terms.html)" over an ad slot and a subscription pitch; "Copyright © 2022 NPR. All rights
    /// reserved." over a note on transcripts), or from a release's end mark (<see cref="UnderEndMark"/>). The notice is the
    /// site's when it links somewhere or reserves rights; a picture's credit ("© Jane Roe/Agency") does neither. The footer
    /// came with the page the outlet published, and its lines are the site's, not the article's: its ad slot is no debris (a
    /// blind round judged so), though an address a scrape left alone on a line there still is. No other rule's finding stands
    /// in it: the article's style is not the site's ("you’ll need a licence" against straight marks).
    /// Its words may still show how the article's own slips should be spelt ("Univeristy" against the site's "Victoria
    /// University of Wellington").
    /// </summary>
    private static TextSpan? SiteFooter(Article article)
    {
        var text = article.Text;
        if (UnderEndMark(article) is { } afterRelease) return afterRelease;
        for (var p = article.Paragraphs.Count - 1; p > 0; p--)
        {
            var paragraph = article.Paragraphs[p].Span;
            if (text.Length - paragraph.Start > MaximumFooterLength) return null;
            var visible = article.GetText(paragraph).TrimStart();
            if (!visible.StartsWith("©", StringComparison.Ordinal) && !visible.StartsWith("Copyright ©", StringComparison.OrdinalIgnoreCase)) continue;
            // The line's own characters, markup and all: the sink asks after the article's tokens and links are gone.
            var reserves = visible.IndexOf("rights reserved", StringComparison.OrdinalIgnoreCase) >= 0;
            var line = TextSpan.FromBounds(paragraph.Start, article.Lines.GetLineEnd(article.Lines.GetLineIndex(paragraph.Start)));
            var links = text.IndexOf("](", line.Start, line.Length, StringComparison.Ordinal) >= 0
                        || text.IndexOf("</a>", line.Start, line.Length, StringComparison.OrdinalIgnoreCase) >= 0;
            if (reserves || links) return TextSpan.FromBounds(paragraph.Start, text.Length);
        }
        return null;
    }

    /// <summary>
    /// The page under a press release's end mark, a line of its own ("###", "-30-") that closes the copy as wire and press
    /// offices close it, when little follows it: a senator's saved page goes on with its archive's controls and the office's
    /// notice on election periods ("Pursuant to , newsletters …", its rule's link lost), which are the site's, not the
    /// release's (a blind round judged 25 of 25 findings there wrong).
    /// </summary>
    private static TextSpan? UnderEndMark(Article article)
    {
        var (text, lines) = (article.Text, article.Lines);
        for (var index = lines.LineCount - 1; index > 0; index--)
        {
            var line = lines.GetTrimmedLine(text, index);
            if (text.Length - line.Start > MaximumFooterLength) return null;
            if (line.Length > 0 && Array.IndexOf(EndMarks, text.Substring(line.Start, line.Length)) >= 0) return TextSpan.FromBounds(line.Start, text.Length);
        }
        return null;
    }

    /// <summary>The lines that close a release's copy.</summary>
    private static readonly string[] EndMarks = ["###", "# # #", "-30-", "- 30 -", "-###-"];

    /// <summary>The profile's lists the debris is found by, read once per profile.</summary>
    private sealed record DebrisLists(
        IReadOnlyList<string> Placeholders, IReadOnlyList<string> Labels, IReadOnlyList<string> CreditLabels, IReadOnlyList<string> MetadataLabels,
        IReadOnlyList<string> CaptionPhrases, IReadOnlyList<string> AuthorRoles, IReadOnlyList<string> EmbedHosts)
    {
        public static DebrisLists Of(OutletProfile profile) => new(
            profile.GetList(EmbedDebrisList), profile.GetList(DebrisLinesList), profile.GetList(CaptionCreditLabelsList), profile.GetList(MetadataLabelsList),
            profile.GetList(CaptionDebrisList), profile.GetList(AuthorRolesList), profile.GetList(EmbedHostsList));
    }

    /// <summary>The debris of one line, added to <paramref name="items"/>. It reads the line's characters and the profile's lists,
    /// nothing else (but for the fix of debris found, which deletes the line from the article, and what stands above a credit):
    /// a line found free of debris is free wherever it stands, in any article of the profile (<see cref="DebrisFreeLines"/>). A leading web address is an
    /// embed's only where <paramref name="addressMayBeEmbed"/>; in Markdown, only a post's on a host of <see cref="DebrisLists.EmbedHosts"/>.
    /// Returns true when what the line holds depends on the format or on the line above: it opens with an address that Markdown
    /// makes a citation, links a prompt (<see cref="IsLinked"/>) or titles a section with it (<see cref="IsMarkdownHeading"/>),
    /// credits the image above it (<see cref="StandsUnderImage"/>), or dates the article under its heading.</summary>
    private static bool FindInLine(Article article, TextSpan line, List<DebrisItem> items, DebrisLists lists, bool addressMayBeEmbed)
    {
        var text = article.Text;
        if (MatchLabelLine(text, line, lists.Labels) is { } label)
        {
            // The label a page prints over an ad slot or a box of related stories is its furniture; the line depends on the
            // markup around it.
            if (article.OpensWidget(TextSpan.FromBounds(line.Start, line.Start + label.Length))) return true;
            // Its debris then depends on the line after it: the line is not remembered as free.
            if (PointsToLink(article, line, line.Start + label.Length) || LabelsEmptySlot(article, line, line.Start + label.Length)) return true;
            // "WATCH: The mayor opens the pier" as a page's heading element: a headline's kicker, which outlets write so on
            // purpose. (Plain text takes a short line for a heading by its shape alone, as it takes a pasted "Read more: …".)
            if (label.Length < line.Length && article.Format == ArticleFormat.Html && IsHeading(article, line)) return true;
            if (TitlesWritersProse(article, line)) return true;
            items.Add(new DebrisItem(line, "Pasted label", label, DeleteLineFix(article, line), line));
            return false;
        }
        if (GalleryDebris(article, line, lists.CaptionPhrases, lists.CreditLabels) is { } gallery)
        {
            // A page's own gallery prints its counters and captions in its widgets; a control that is a link's text works
            // ("<a href=…jpg>Enlarge this image</a>").
            if (article.OpensWidget(line) || IsLinked(article, gallery.Span, line)) return true;
            items.Add(gallery);
            return false;
        }
        // "Published 2025-04-18" under a Markdown article's heading is the writer's dateline, typed there; a CMS's field pasted
        // into the copy stands anywhere. It depends on the line above, so the line is not remembered as free.
        var metadataField = LeadingMetadataField(text, line, lists.MetadataLabels);
        // So is one that gives the article's own date, which its front matter or metadata gives too: a newsletter's masthead
        // ("12th Edition", then "Published: 2024-03-02") under a heading the export lost.
        var writersDateline = metadataField is { } dated
                                   && (PreviousLineWithText(article, line) is { } above && IsMarkdownHeading(article, above) || GivesArticlesDate(article, dated));
        if (metadataField is { } field && !writersDateline)
        {
            var removed = TextSpan.FromBounds(field.Start, SkipSpaces(text, field.End, line.End));
            items.Add(new DebrisItem(field, "CMS metadata", article.GetText(field), new Fix("Remove the metadata", new TextEdit(removed, "")), field));
        }
        var url = addressMayBeEmbed ? LeadingUrl(text, line) : null;
        // Markdown renders a bare address as a link: one alone on its line is the writer's citation ("check this article on the
        // blog." then the address), unless it is a post of a platform that embeds, which a page shows as the post. Such a post's
        // address alone in its own paragraph, scheme and all, is the writer's embed: site generators' embed plugins
        // (eleventy-plugin-embed-twitter, astro-embed) and WordPress turn exactly that paragraph into the post. One pasted
        // into a paragraph, or a tweet's "pic.twitter.com/…" photo link, is what a lost embed leaves.
        var citesAddress = url is { } address && CitesAddress(article, address, line, lists.EmbedHosts);
        if (citesAddress) url = null;
        // A post an HTML page quotes in its markup (a blockquote, an element of a post's class) shows its own links as the
        // network printed them ("https://t.co/…" under a tweet's words): the post's text, not a link the paste lost.
        // Such a line's debris depends on its paragraph: it is not remembered as free.
        var quotesPostsLink = url is { } linked && article.Format == ArticleFormat.Html && article.ParagraphIndexAt(linked.Start) is >= 0 and var index
                              && article.Paragraphs[index].IsReproduced;
        if (quotesPostsLink) url = null;
        var placeholder = FindPhrase(text, line, lists.Placeholders);
        if (placeholder is { } candidate && ContinuesWritersClause(text, line, candidate, lists.Placeholders)) placeholder = null;
        // "**Jane Roe:** … so follow us on Twitter": a host's words in a transcript's turn, not a widget's.
        if (placeholder is not null && OpensSpeakersTurn(text, line)) placeholder = null;
        // A prompt the writer linked is the writer's own call to the reader: it depends on the format, so the line is not
        // remembered as free.
        var linksPrompt = placeholder is { } prompt && (IsLinked(article, prompt, line) || IsMarkdownHeading(article, line)
                                                         || InWidgetParagraph(article, prompt));
        if (linksPrompt) placeholder = null;
        var placeholderSpan = placeholder is { } found ? TextSpan.FromBounds(found.Start, line.End) : (TextSpan?)null;
        var afterUrl = url?.End ?? line.Start;
        var lineIsDebris = (url is not null || placeholderSpan is not null)
                           && OnlyMarksBetween(article, afterUrl, placeholderSpan?.Start ?? line.End);
        var fix = lineIsDebris ? DeleteLineFix(article, line) : null;
        if (url is { } urlSpan && lineIsDebris)
        {
            // A post's address is what its embed left; another address alone on its line (plain text's, or HTML's as plain
            // text) is a link the paste lost, and is named so.
            var written = article.GetText(urlSpan);
            items.Add(new DebrisItem(urlSpan, IsPostOnHost(written, lists.EmbedHosts) ? "Bare embed URL" : "Bare URL", written, fix, line));
        }
        if (placeholder is { } phrase)
        {
            // Inside a line of prose, the prompt's sentence is debris: a line can be a whole article pasted as one paragraph.
            items.Add(new DebrisItem(placeholderSpan!.Value, "Embed placeholder or prompt", article.GetText(phrase), fix,
                lineIsDebris ? line : TextSpan.FromBounds(phrase.Start, SentenceEnd(text, phrase.End, line.End))));
        }
        var creditsImage = false;
        if (placeholder is null && CaptionCredit(text, line, lists.CreditLabels) is { } credit)
        {
            // Under the writer's own image, after an image in the same HTML element, or in a page's credit or caption element
            // (a caption that ends with its credit), the credit is that image's (it depends on the line above or the markup, so the line is not remembered as free).
            creditsImage = StandsUnderImage(article, line) || InWidgetParagraph(article, credit) || article.FollowsImageInItsBlock(credit)
                           || ClosesArticle(article, line, credit);
            // Which part of the line is the caption cannot be told for certain, so there is no fix, and the finding sits
            // on the credit, the only part that is certainly debris (a line can be a whole article pasted as one paragraph).
            if (!creditsImage) items.Add(new DebrisItem(credit, "Photo caption with credit", article.GetText(credit), null, credit));
        }
        return citesAddress || quotesPostsLink || linksPrompt || creditsImage || writersDateline;
    }

    /// <summary>True when the next thing after a label, tags, spaces and marks aside, is an empty slot of the page's template
    /// (<see cref="Article.EmptySlots"/>): "Advertisement" over the element a script fills with the ad. A label alone on its
    /// line may stand under or over the slots as well, in the ad's unit that holds them (<see cref="Article.InSlotUnit"/>).</summary>
    private static bool LabelsEmptySlot(Article article, TextSpan line, int afterLabel) =>
        article.EmptySlotAtOrAfter(afterLabel) is { } next && OnlyMarksBetween(article, afterLabel, next)
        || OnlyMarksBetween(article, afterLabel, line.End) && article.InSlotUnit(TextSpan.FromBounds(line.Start, afterLabel));

    /// <summary>True when the first text of a widget of the page's template (<see cref="Article.OpensWidget"/>) starts in the
    /// paragraph that holds <paramref name="span"/>, before it or in it: a sign-up box whose prompt follows its first words, a
    /// caption element whose credit ends it on a later line ("… at University College. / Photograph: Name/Agency").</summary>
    private static bool InWidgetParagraph(Article article, TextSpan span)
    {
        var paragraph = article.ParagraphIndexAt(span.Start);
        var start = paragraph >= 0 ? Math.Min(article.Paragraphs[paragraph].Span.Start, span.Start) : span.Start;
        return article.OpensWidget(TextSpan.FromBounds(start, span.End));
    }

    /// <summary>
    /// True when the nearest paragraph above <paramref name="line"/>, or the one it goes on, opens with an image of the article's
    /// own (Markdown's "![…](…)", HTML's &lt;img&gt;, where the layout starts the image's paragraph): a caption or credit there
    /// ("![The quay at dawn](quay.jpg)" then "Photo: Jane Roe", a figure's figcaption) is the writer's, as a page shows it
    /// under its picture. A caption wrapped onto several lines of the file (an HTML source's "&lt;p&gt;&lt;em&gt;Thanks to all
    /// … Jan 31," then "2015. (Photo: Name)&lt;/em&gt;&lt;/p&gt;") is one paragraph, which the image's stands above. Text
    /// pasted from a page keeps no image, so a credit line without one is what the page's caption left in the copy. It reads
    /// the text and the paragraphs, which the cross-article pass keeps, not the prose view.
    /// </summary>
    private static bool StandsUnderImage(Article article, TextSpan line)
    {
        var above = article.ParagraphIndexAt(line.Start - 1);
        if (above < 0) return false;
        if (OpensWithImage(article, above)) return true;
        var goesOn = article.Paragraphs[above].Span.End > line.Start;
        return goesOn && above > 0 && OpensWithImage(article, above - 1);
    }

    /// <summary>True when <paramref name="credit"/> opens a short last paragraph of the article, after others: a credit line
    /// there ("Image: S. McCallum" under the last sentence) credits the article's lead image, as sites that print it at the
    /// top credit it at the foot. A page's caption pasted into copy stands where its image stood, among the paragraphs, or
    /// inside a page's text run into one paragraph, and a caption's sentence ends with its credit ("… in Kyiv [File: Name/AFP]").</summary>
    private static bool ClosesArticle(Article article, TextSpan line, TextSpan credit)
    {
        var last = article.Paragraphs.Count - 1;
        return last > 0 && article.ParagraphIndexAt(line.Start) == last && article.Paragraphs[last].Span.Length <= MaximumClosingCreditLength
               && credit.Start == article.Paragraphs[last].Span.Start;
    }

    /// <summary>The longest closing paragraph that is only an image's caption and credit, in characters.</summary>
    private const int MaximumClosingCreditLength = 200;

    private static bool OpensWithImage(Article article, int paragraph)
    {
        var start = article.Paragraphs[paragraph].Span.Start;
        return string.CompareOrdinal(article.Text, start, "![", 0, 2) == 0 || string.Compare(article.Text, start, "<img", 0, 4, StringComparison.OrdinalIgnoreCase) == 0;
    }

    /// <summary>
    /// The lines of recently read articles that hold no debris of one profile's lists, by their characters: an IDE reads the
    /// article again at every keystroke with one paragraph changed, and searching every line for each of the lists' phrases
    /// was most of what finding debris cost. What a line holds depends on its characters and the lists alone
    /// (<see cref="FindInLine"/>), so a line of the same characters is free wherever it stands. Kept one per slot of
    /// <see cref="RecentSlots{T}"/>, compared in full before use; a line kept is at most <see cref="MaximumLength"/> long.
    /// </summary>
    private sealed class DebrisFreeLines
    {
        /// <summary>Longer lines (a page pasted as one paragraph) are rarely met again and would hold much memory: they are not kept.</summary>
        private const int MaximumLength = 1000;

        private readonly RecentSlots<string> _lines = new(bits: 10);

        public bool Contains(string text, TextSpan line) =>
            line.Length <= MaximumLength && _lines.Get(Hash(text, line)) is { } kept
            && kept.Length == line.Length && string.CompareOrdinal(text, line.Start, kept, 0, line.Length) == 0;

        public void Add(string text, TextSpan line)
        {
            if (line.Length <= MaximumLength) _lines.Set(Hash(text, line), text.Substring(line.Start, line.Length));
        }

        private static uint Hash(string text, TextSpan line)
        {
            var hash = Fnv1a.Basis32;
            for (var i = line.Start; i < line.End; i++) hash = Fnv1a.Add32(hash, text[i]);
            return hash;
        }
    }

    /// <summary>
    /// True when a prompt the list writes as a sentence (capitalised: "Subscribe to our newsletter", "Follow us on Twitter")
    /// goes on with a clause of the writer's: a lower-case word before it in its line that is no call's opening ("when people
    /// subscribe to our newsletter", "if you follow us on Twitter"), or a condition of the writer's before a comma ("If you
    /// liked this piece, subscribe to our newsletter"; not another call: "Write to the desk, follow us on Twitter"). A
    /// prompt opens its sentence, or follows "please", "and"
    /// or a label pasted with it ("Advertisement Continue reading the main story"). A phrase the list writes in lower case
    /// ("cookies have been deactivated") is a placeholder's wherever it stands.
    /// </summary>
    private static bool ContinuesWritersClause(string text, TextSpan line, TextSpan phrase, IReadOnlyList<string> placeholders)
    {
        var written = FoldApostrophes(text.Substring(phrase.Start, phrase.Length));
        if (!placeholders.Any(p => p.Length == phrase.Length && char.IsUpper(p[0]) && string.Equals(FoldApostrophes(p), written, StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }
        var end = phrase.Start;
        while (end > line.Start && text[end - 1] == ' ') end--;
        if (end > line.Start && text[end - 1] == ',') return OpensWithCondition(text, line.Start, end - 1);
        var start = end;
        while (start > line.Start && char.IsLetter(text[start - 1])) start--;
        if (start == end || end == phrase.Start) return false;
        // "To join in and help find Mū follow us on Facebook": after a name, a prompt in lower case goes on with the writer's
        // sentence when a word of theirs in lower case stands before the name in it.
        if (!char.IsLower(text[start])) return char.IsLower(text[phrase.Start]) && HasWritersWordBefore(text, line.Start, start);
        return !PromptOpenings.Contains(text.Substring(start, end - start));
    }

    /// <summary>True when the sentence that runs to <paramref name="end"/> in its line holds a word in lower case that no
    /// call opens with ("help", not "please" or "and").</summary>
    private static bool HasWritersWordBefore(string text, int lineStart, int end)
    {
        var i = end;
        while (i > lineStart && text[i - 1] is not ('.' or '!' or '?'))
        {
            i--;
            if (!char.IsLetter(text[i]) || i > lineStart && char.IsLetter(text[i - 1])) continue;
            var wordEnd = i;
            while (wordEnd < end && char.IsLetter(text[wordEnd])) wordEnd++;
            if (char.IsLower(text[i]) && !PromptOpenings.Contains(text.Substring(i, wordEnd - i))) return true;
        }
        return false;
    }

    /// <summary>True when the sentence that runs to <paramref name="comma"/> in its line opens with a word that makes it a
    /// condition or a time of the writer's ("If you liked this piece,", "When the ferry sails,").</summary>
    private static bool OpensWithCondition(string text, int lineStart, int comma)
    {
        var start = comma;
        while (start > lineStart && text[start - 1] is not ('.' or '!' or '?')) start--;
        while (start < comma && !char.IsLetter(text[start])) start++;
        var end = start;
        while (end < comma && char.IsLetter(text[end])) end++;
        return end > start && ConditionOpenings.Contains(text.Substring(start, end - start));
    }

    private static readonly HashSet<string> ConditionOpenings = new(StringComparer.OrdinalIgnoreCase)
    {
        "if", "when", "whenever", "once", "since", "because", "as", "while", "whether", "unless", "after", "before",
    };

    /// <summary>True when <paramref name="line"/> opens with a speaker's label, a transcript's turn: a name of one to four
    /// capitalised words and a colon, bold in Markdown ("**Jane Roe:**", "**Jane St. Roe**:"), or in capitals ("HOST:", "MR
    /// ROE:").</summary>
    private static bool OpensSpeakersTurn(string text, TextSpan line)
    {
        var i = line.Start;
        var bold = StartsWithOrdinal(text, i, line.End, "**");
        if (bold) i += 2;
        var (words, allCaps) = (0, true);
        while (words < MaximumSpeakerWords && i < line.End && char.IsUpper(text[i]))
        {
            while (i < line.End && (char.IsLetter(text[i]) || text[i] is '\'' or '’' or '.' or '-'))
            {
                allCaps &= !char.IsLower(text[i]);
                i++;
            }
            words++;
            if (i < line.End && text[i] == ' ' && i + 1 < line.End && char.IsUpper(text[i + 1])) i++;
            else break;
        }
        if (words == 0 || i >= line.End) return false;
        if (!bold) return allCaps && text[i] == ':';
        return StartsWithOrdinal(text, i, line.End, ":**") || StartsWithOrdinal(text, i, line.End, "**:");
    }

    private const int MaximumSpeakerWords = 4;

    /// <summary>Words a call to the reader opens with before its prompt: "Please follow us on Twitter", "… and follow us on Facebook".</summary>
    private static readonly HashSet<string> PromptOpenings = new(StringComparer.OrdinalIgnoreCase) { "please", "and", "or", "then", "also", "so" };

    private static Fix DeleteLineFix(Article article, TextSpan line) => new("Remove the pasted line", ArticleLines.DeleteLines(article, line));

    /// <summary>
    /// A photo gallery's or caption widget's line: one that a control of the list opens ("Enlarge this image", "Image
    /// copyright …"), one that a control and a slide counter end (the slide's caption, then "Hide Caption 3 of 12"), or a
    /// counter alone ("3 of 12", "Photo 3 of 12"). The whole line is the gallery's. The controls' words can be prose
    /// inside a line ("the image caption read …"), so there they are not debris; nor is a control's name with a colon after
    /// it, which no widget prints: a release's writer labels the caption they supply so ("Image caption: Jane Roe", over
    /// "Photo credit: …").
    /// </summary>
    private static DebrisItem? GalleryDebris(Article article, TextSpan line, IReadOnlyList<string> captionPhrases, IReadOnlyList<string> creditLabels)
    {
        var text = article.Text;
        var counter = SlideCounter(text, line);
        if (FindPhrase(text, line, captionPhrases) is { } control && !(control.End < line.End && text[control.End] == ':')
            && (OnlyMarksBetween(article, line.Start, control.Start) || (counter is { } count && OnlyMarksBetween(article, control.End, count.Start))))
        {
            return new DebrisItem(line, "Photo gallery or caption debris", article.GetText(control), DeleteLineFix(article, line), line);
        }
        if (counter is { } alone && (OnlyMarksBetween(article, line.Start, alone.Start) || IsLabel(text, TextSpan.FromBounds(line.Start, alone.Start), creditLabels)))
        {
            return new DebrisItem(line, "Photo gallery counter", article.GetText(line), DeleteLineFix(article, line), line);
        }
        return null;
    }

    /// <summary>"3 of 12" ending the line, the first number no greater than the second: a gallery's slide counter.</summary>
    private static TextSpan? SlideCounter(string text, TextSpan line)
    {
        var end = line.End;
        var totalStart = end;
        while (totalStart > line.Start && char.IsDigit(text[totalStart - 1])) totalStart--;
        const string Of = " of ";
        var ofStart = totalStart - Of.Length;
        if (totalStart == end || ofStart <= line.Start || string.CompareOrdinal(text, ofStart, Of, 0, Of.Length) != 0) return null;
        var slideStart = ofStart;
        while (slideStart > line.Start && char.IsDigit(text[slideStart - 1])) slideStart--;
        if (slideStart == ofStart || (slideStart > line.Start && !char.IsWhiteSpace(text[slideStart - 1]))) return null;
        // Counters are short: a figure too long for an int is no slide number.
        if (!int.TryParse(text.Substring(slideStart, ofStart - slideStart), out var slide) || !int.TryParse(text.Substring(totalStart, end - totalStart), out var total)) return null;
        return slide >= 1 && slide <= total ? TextSpan.FromBounds(slideStart, end) : null;
    }

    /// <summary>True when <paramref name="span"/> holds one label of the list and nothing else but spaces.</summary>
    private static bool IsLabel(string text, TextSpan span, IReadOnlyList<string> labels)
    {
        var content = text.Substring(span.Start, span.Length).Trim();
        return labels.Any(label => string.Equals(content, label, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// A contributor's biography pasted from the page at the end of the article: a sentence of the last paragraph that
    /// opens with a person's name, "is a/an/the" and a journalist's role of the list ("Jane Roe is a reporter for …"),
    /// running to the end of the article and no longer than a contributor box. The article's own prose must come first.
    /// </summary>
    private static DebrisItem? AuthorBiography(Article article, IReadOnlyList<string> roles)
    {
        var paragraphs = article.Paragraphs;
        if (paragraphs.Count < 2 || roles.Count == 0) return null;
        var last = paragraphs[paragraphs.Count - 1];
        if (last.IsHeading || IsWhollyEmphasised(article, last)) return null;
        var text = article.Text;
        var end = last.Span.End;
        for (var start = Math.Max(last.Span.Start, end - MaximumBiographyLength); start < end; start++)
        {
            if (!IsSentenceStart(text, start, last.Span.Start) || BiographyOpening(text, start, end, roles) is not { } opening) continue;
            if (article.IsInQuotation(opening) || NamedEarlier(text, start, last.Span.Start)) continue;
            var extent = TextSpan.FromBounds(start, end);
            var fix = start == last.Span.Start
                ? DeleteLineFix(article, extent)
                : new Fix("Remove the biography", new TextEdit(TextSpan.FromBounds(SkipSpacesBackward(text, start, last.Span.Start), end), ""));
            return new DebrisItem(extent, "Author biography", article.GetText(opening), fix, extent);
        }
        return null;
    }

    /// <summary>
    /// True when, in Markdown or MDX, the paragraph is set in emphasis from its first character to its last ("_Jane Roe is the
    /// editor of …_"), or in HTML opens inside an italic or emphasis element ("&lt;p&gt;&lt;i&gt;Jane Roe is an arts reporter at
    /// the partner station.&lt;/i&gt;&lt;/p&gt;", a partner's tagline with a sign-up link after it): the writer's own note about the
    /// author, set apart as a site does. A contributor box pasted from a page keeps no emphasis.
    /// </summary>
    private static bool IsWhollyEmphasised(Article article, Paragraph paragraph)
    {
        if (article.Format == ArticleFormat.Html) return OpensInItalics(article.Text, paragraph.Span.Start);
        if (!ArticleFormats.IsMarkdown(article.Format)) return false;
        var text = article.Text;
        // The paragraph's span holds its prose: its marks stand before and after it, on its first and last lines.
        var lineStart = text.LastIndexOf('\n', Math.Max(0, paragraph.Span.Start - 1)) + 1;
        var lineEnd = text.IndexOf('\n', Math.Max(paragraph.Span.Start, paragraph.Span.End - 1));
        var end = SkipSpacesBackward(text, lineEnd < 0 ? text.Length : lineEnd, lineStart);
        var first = SkipSpaces(text, lineStart, end);
        return end - first >= 2 && text[first] is '_' or '*' && text[end - 1] == text[first];
    }

    /// <summary>True when the HTML right before <paramref name="start"/>, spaces aside, is an opening &lt;i&gt; or &lt;em&gt; tag.</summary>
    private static bool OpensInItalics(string text, int start)
    {
        var end = SkipSpacesBackward(text, start, 0);
        if (end == 0 || text[end - 1] != '>') return false;
        var open = text.LastIndexOf('<', end - 1);
        if (open < 0) return false;
        var name = end - open - 2 > 0 ? text.Substring(open + 1, end - open - 2).Trim() : "";
        var space = name.IndexOf(' ');
        if (space > 0) name = name.Substring(0, space);
        return name.Equals("i", StringComparison.OrdinalIgnoreCase) || name.Equals("em", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// True when the surname of the name opening the sentence at <paramref name="start"/> occurs in the prose before
    /// <paramref name="paragraphStart"/> other than in a byline ("By Jane Roe"): then the sentence is about someone the
    /// story is about ("… Roe is a reporter for the Gazette"), not about its writer, whom the copy does not otherwise name.
    /// </summary>
    private static bool NamedEarlier(string text, int start, int paragraphStart)
    {
        var isAt = text.IndexOf(" is ", start, StringComparison.Ordinal);
        var surnameStart = text.LastIndexOf(' ', isAt - 1) + 1;
        var surname = text.Substring(surnameStart, isAt - surnameStart);
        for (var index = text.IndexOf(surname, 0, paragraphStart, StringComparison.Ordinal); index >= 0;
             index = index + surname.Length < paragraphStart ? text.IndexOf(surname, index + surname.Length, paragraphStart - index - surname.Length, StringComparison.Ordinal) : -1)
        {
            var end = index + surname.Length;
            var wholeWord = (index == 0 || !char.IsLetter(text[index - 1])) && (end >= text.Length || !char.IsLetter(text[end]));
            if (wholeWord && !InByline(text, index)) return true;
        }
        return false;
    }

    /// <summary>True when the name at <paramref name="index"/> follows "By" within its line: a byline.</summary>
    private static bool InByline(string text, int index)
    {
        var lineStart = text.LastIndexOf('\n', Math.Max(0, index - 1)) + 1;
        var line = text.Substring(lineStart, index - lineStart).TrimStart(' ', '#', '*', '_');
        return line.StartsWith("By ", StringComparison.OrdinalIgnoreCase) && line.Length < 60;
    }

    /// <summary>True at the paragraph's start, or at a capital after white space that follows a sentence's end.</summary>
    private static bool IsSentenceStart(string text, int position, int paragraphStart)
    {
        if (position == paragraphStart) return char.IsUpper(text[position]);
        if (!char.IsUpper(text[position]) || !char.IsWhiteSpace(text[position - 1])) return false;
        var previous = position - 1;
        while (previous > paragraphStart && char.IsWhiteSpace(text[previous])) previous--;
        return text[previous] is '.' or '!' or '?' or '"' or '”' or '’';
    }

    /// <summary>"Jane Q. Roe is a reporter": the name, "is a/an/the" and the role, from <paramref name="start"/>; null when the sentence there is not one.</summary>
    private static TextSpan? BiographyOpening(string text, int start, int end, IReadOnlyList<string> roles)
    {
        var position = start;
        var words = 0;
        while (words <= MaximumNameWords && position < end && char.IsUpper(text[position]))
        {
            var wordEnd = position;
            while (wordEnd < end && (char.IsLetter(text[wordEnd]) || text[wordEnd] is '\'' or '’' or '-' or '.')) wordEnd++;
            if (words == 0 && NonNameOpenings.Contains(text.Substring(position, wordEnd - position))) return null;
            words++;
            if (wordEnd >= end || text[wordEnd] != ' ') return null;
            position = wordEnd + 1;
        }
        if (words < 2 || words > MaximumNameWords) return null;
        var afterVerb = -1;
        foreach (var verb in new[] { "is a ", "is an ", "is the " })
        {
            // The verb's space may be the one after the paragraph: a last paragraph cut off at "is a" has no role to find.
            if (position + verb.Length <= end && string.CompareOrdinal(text, position, verb, 0, verb.Length) == 0) afterVerb = position + verb.Length;
        }
        if (afterVerb < 0) return null;
        var windowEnd = Math.Min(end, afterVerb + MaximumRoleDistance);
        var sentenceEnd = text.IndexOf(". ", afterVerb, windowEnd - afterVerb, StringComparison.Ordinal);
        var window = TextSpan.FromBounds(afterVerb, sentenceEnd < 0 ? windowEnd : sentenceEnd);
        return FindPhrase(text, window, roles) is { } role ? TextSpan.FromBounds(start, role.End) : null;
    }

    /// <summary>The end of the sentence that runs on from <paramref name="position"/>: after its full stop, question or exclamation mark.</summary>
    private static int SentenceEnd(string text, int position, int end)
    {
        for (var i = position; i + 1 < end; i++)
        {
            if (text[i] is '.' or '!' or '?' && text[i + 1] == ' ') return i + 1;
        }
        return end;
    }

    private static int SkipSpacesBackward(string text, int position, int start)
    {
        while (position > start && char.IsWhiteSpace(text[position - 1])) position--;
        return position;
    }

    /// <summary>True when, in Markdown or MDX, the line is a heading ("## Subscribe to our newsletter" over the site's form):
    /// a section the writer titled, which a page pasted as text would not have marked.</summary>
    private static bool IsMarkdownHeading(Article article, TextSpan line) =>
        ArticleFormats.IsMarkdown(article.Format) && line.Length > 1 && article.Text[line.Start] == '#' && article.Text[line.Start + 1] is '#' or ' ';

    private static bool StartsWithOrdinal(string text, int position, int end, string value) =>
        position + value.Length <= end && string.CompareOrdinal(text, position, value, 0, value.Length) == 0;

    /// <summary>A line that is a label of the list ("READ ALSO:", "Advertisement"), or opens with one and a colon (a pasted link).
    /// A line that goes on after the colon to a sentence's end is the writer's ("Recommended: a key with NFC."): a pasted link
    /// gives a headline or an address, which no full stop ends.</summary>
    private static bool IsHeading(Article article, TextSpan line) =>
        article.ParagraphIndexAt(line.Start) is >= 0 and var index && article.Paragraphs[index].IsHeading && article.Paragraphs[index].Span.Contains(line.Start);

    /// <summary>True when the line is a Markdown heading over the writer's own prose: the next paragraph opens with a sentence
    /// of at least <see cref="MinimumProseWords"/> words that a stop ends ("Read more:" set as a heading over "An embargoed
    /// copy of the report is attached below."). The writer titled a section of notes with the label; a related-stories box
    /// lists headlines, which no stop ends, or links (<see cref="PointsToLink"/>). The line depends on the next paragraph.</summary>
    private static bool TitlesWritersProse(Article article, TextSpan line)
    {
        if (!ArticleFormats.IsMarkdown(article.Format) || !IsHeading(article, line)) return false;
        var paragraphs = article.Paragraphs;
        var next = article.ParagraphIndexAt(line.Start) + 1;
        if (next >= paragraphs.Count || paragraphs[next].IsHeading) return false;
        // The paragraph's first sentence: a list item's marker stands before it.
        var index = Math.Max(0, article.SentenceIndexAt(paragraphs[next].Span.Start));
        while (index < article.Sentences.Count && article.Sentences[index].ParagraphIndex < next) index++;
        if (index >= article.Sentences.Count || article.Sentences[index].ParagraphIndex != next) return false;
        var sentence = article.Sentences[index];
        var tokens = article.Tokens;
        var words = 0;
        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
        {
            if (tokens[k].IsWord) words++;
        }
        return words >= MinimumProseWords && sentence.EndToken > sentence.FirstToken && tokens[sentence.EndToken - 1].Text is "." or "!" or "?";
    }

    private const int MinimumProseWords = 6;

    private static string? MatchLabelLine(string text, TextSpan line, IReadOnlyList<string> labels)
    {
        // Most lines are prose, neither as long as a label nor holding a colon: they are read where they stand, not copied.
        var end = line.End;
        while (end > line.Start && text[end - 1] is ':' or ' ' or '\t') end--;
        if (text.IndexOf(':', line.Start, end - line.Start) < 0 && !HasLabelOfLength(labels, end - line.Start)) return null;
        var content = text.Substring(line.Start, line.Length).TrimEnd(':', ' ', '\t');
        foreach (var label in labels)
        {
            if (string.Equals(content, label, StringComparison.OrdinalIgnoreCase)) return text.Substring(line.Start, line.Length);
        }
        return LabelBeforeColon(content, labels) is { } opening && !EndsAsSentence(content) ? content.Substring(0, opening.Length + 1) : null;
    }

    /// <summary>True when the line ends with a full stop after a letter: not an address's dot, nor an ellipsis that a teaser
    /// trails off with, nor a headline's question or exclamation mark ("Related: Could we have prepared better?").</summary>
    private static bool EndsAsSentence(string content)
    {
        var end = content.Length;
        while (end > 0 && content[end - 1] is '"' or '”' or '’' or '\'' or ')') end--;
        return end >= 2 && content[end - 1] == '.' && char.IsLetter(content[end - 2]) && !content.Contains("://");
    }

    private static bool HasLabelOfLength(IReadOnlyList<string> labels, int length)
    {
        foreach (var label in labels)
        {
            if (label.Length == length) return true;
        }
        return false;
    }

    /// <summary>True when the ISO date that ends <paramref name="field"/> is the day the article's front matter or metadata dates it.</summary>
    private static bool GivesArticlesDate(Article article, TextSpan field) =>
        article.Date is { } date && IsoDates.TryParseDay(article.Text.Substring(field.End - IsoDates.DayLength, IsoDates.DayLength), out var day) && day == date.Date;

    /// <summary>A field label and an ISO date opening the line ("date 2022-03-14", "Updated: 2022-03-14"): a CMS field pasted with the copy.</summary>
    private static TextSpan? LeadingMetadataField(string text, TextSpan line, IReadOnlyList<string> labels)
    {
        foreach (var label in labels)
        {
            if (line.Length <= label.Length || !StartsWithIgnoreCase(text, line.Start, label)) continue;
            var value = line.Start + label.Length;
            if (text[value] == ':') value++;
            if (value == line.Start + label.Length && !char.IsWhiteSpace(text[value])) continue;
            value = SkipSpaces(text, value, line.End);
            const string IsoDate = "dddd-dd-dd";
            if (value + IsoDate.Length > line.End) continue;
            var isDate = true;
            for (var i = 0; i < IsoDate.Length && isDate; i++)
            {
                isDate = IsoDate[i] == 'd' ? char.IsDigit(text[value + i]) : text[value + i] == '-';
            }
            var end = value + IsoDate.Length;
            // "Updated 2024-05-03: we need to delay …" is the writer's note of an update, which a colon after the date
            // introduces; a CMS's field gives the date alone.
            if (isDate && (end == line.End || !char.IsLetterOrDigit(text[end]) && text[end] != ':')) return TextSpan.FromBounds(line.Start, end);
        }
        return null;
    }

    private static int SkipSpaces(string text, int position, int end)
    {
        while (position < end && char.IsWhiteSpace(text[position])) position++;
        return position;
    }

    /// <summary>The first phrase of the list in <paramref name="range"/>, at word boundaries, with straight and curly apostrophes alike.</summary>
    private static TextSpan? FindPhrase(string text, TextSpan range, IReadOnlyList<string> phrases)
    {
        // The range is searched where it stands, unless it has curly apostrophes to fold and a phrase has an apostrophe they
        // could match: then in a folded copy of it. (An apostrophe is no letter: either kind bounds a word alike.)
        var folds = text.IndexOf('’', range.Start, range.Length) >= 0 && phrases.Any(p => p.IndexOf('\'') >= 0 || p.IndexOf('’') >= 0);
        var content = folds ? FoldApostrophes(text.Substring(range.Start, range.Length)) : text;
        var offset = folds ? range.Start : 0;
        var (start, stop) = (range.Start - offset, range.End - offset);
        TextSpan? first = null;
        foreach (var phrase in phrases)
        {
            var folded = FoldApostrophes(phrase);
            for (var index = content.IndexOf(folded, start, stop - start, StringComparison.OrdinalIgnoreCase); index >= 0;
                 index = content.IndexOf(folded, index + 1, stop - index - 1, StringComparison.OrdinalIgnoreCase))
            {
                var atWordStart = index == start || !char.IsLetterOrDigit(content[index - 1]);
                var end = index + folded.Length;
                var atWordEnd = end == stop || !char.IsLetterOrDigit(content[end]) || !char.IsLetterOrDigit(folded[folded.Length - 1]);
                if (!atWordStart || !atWordEnd) continue;
                if (first is null || offset + index < first.Value.Start) first = new TextSpan(offset + index, folded.Length);
                break;
            }
        }
        return first;
    }

    /// <summary>
    /// A bracketed credit that ends the line ("[File: Sergei Supinsky/AFP]", "(AP Photo/Efrem Lukatsky)", "(Photo: Telegram)"),
    /// or a credit line ("Photo: Reuters").
    /// </summary>
    private static TextSpan? CaptionCredit(string text, TextSpan line, IReadOnlyList<string> creditLabels)
    {
        var last = text[line.End - 1];
        if (last is ']' or ')')
        {
            var opening = last == ']' ? '[' : '(';
            var open = text.LastIndexOf(opening, line.End - 1, line.Length);
            if (open < 0) return null;
            var inner = text.Substring(open + 1, line.End - open - 2);
            // A labelled credit names an agency after a slash ("File: Name/AFP") or is a name or two ("Photo: Telegram"),
            // unlike a remark in brackets that happens to open with a label ("(File: the council has not replied to it)").
            var innerLabel = LabelBeforeColon(inner, creditLabels);
            if (innerLabel is not null && GivesOnlyAnAddress(inner, innerLabel)) return null;
            var labelled = innerLabel is not null && (inner.IndexOf('/') > 0 || WordCount(inner) <= MaximumBracketedCreditWords);
            if (labelled || (inner.IndexOf('/') > 0 && inner.IndexOf("Photo/", StringComparison.Ordinal) >= 0))
            {
                return TextSpan.FromBounds(open, line.End);
            }
            return null;
        }
        // A line without a colon has no label to open it.
        if (text.IndexOf(':', line.Start, line.Length) < 0) return null;
        var content = text.Substring(line.Start, line.Length);
        const int MaximumCreditWords = 12;
        // A label with nothing after its colon credits no one: the last line of a hard-wrapped sentence that leads into what
        // follows ("… create a file to hold a file-system" / "image:" over a block of code).
        if (LabelBeforeColon(content, creditLabels) is { } label && !GivesOnlyAnAddress(content, label) && WordCount(content) <= MaximumCreditWords
            && !content.EndsWith(".", StringComparison.Ordinal) && content.Skip(label.Length + 1).Any(char.IsLetter))
        {
            return line;
        }
        return null;
    }

    /// <summary>True when the label is followed by a web address alone ("PHOTO: https://example.org/uploads/pier.jpg"): plain
    /// text's way of placing an image, as Markdown's image is, which credits no one.</summary>
    private static bool GivesOnlyAnAddress(string content, string label)
    {
        var address = content.Substring(label.Length + 1).Trim();
        return address.IndexOf(' ') < 0 && Uri.TryCreate(address, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";
    }

    /// <summary>The longest bracketed credit without an agency's slash: a label and a name ("Photo: Slidell Police Department").</summary>
    private const int MaximumBracketedCreditWords = 5;

    private static int WordCount(string content) => content.Split([' '], StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>The label of the list that opens <paramref name="content"/> with a colon straight after it ("READ ALSO:", "Photo:"); null when none does.
    /// A colon before two slashes ends an address's scheme, no label: "(file:///C:/Users/…)", a link to a file on the writer's
    /// disk, is no "File:" credit.</summary>
    private static string? LabelBeforeColon(string content, IReadOnlyList<string> labels)
    {
        // Most lines are prose without a colon: no label to look for.
        if (content.IndexOf(':') < 0) return null;
        foreach (var label in labels)
        {
            if (content.Length > label.Length && content.StartsWith(label, StringComparison.OrdinalIgnoreCase) && content[label.Length] == ':'
                && string.CompareOrdinal(content, label.Length + 1, "//", 0, 2) != 0) return label;
        }
        return null;
    }

    /// <summary>True when nothing but white space and punctuation ("...", "—") stands between the two offsets, as the text
    /// reads (<see cref="Article.HasWordCharacter"/>): an HTML page's tags there ("https://…&lt;/span&gt;") are no words.</summary>
    private static bool OnlyMarksBetween(Article article, int start, int end) =>
        start >= end || !article.HasWordCharacter(TextSpan.FromBounds(start, end));

    private static bool StartsWithIgnoreCase(string text, int start, string prefix) =>
        string.Compare(text, start, prefix, 0, prefix.Length, StringComparison.OrdinalIgnoreCase) == 0;

    private static string FoldApostrophes(string text) => text.Replace('’', '\'');
}
