using System;
using System.Collections.Generic;
using System.Linq;
using Editorial.Articles;
using Editorial.Text;

namespace Editorial.Rules;

/// <summary>How debris relates to links: a label or a prompt the writer linked, an address the writer cited, a post's address
/// a lost embed left. The markup that says so differs by format (Markdown's brackets, HTML's anchors), text pasted from a page
/// keeps none.</summary>
internal sealed partial class PastedDebris
{
    /// <summary>
    /// True when, in Markdown or MDX, the label goes on with a link the writer wrote (<see cref="OpensLink"/>) after it
    /// on its line ("Read more: https://…", "Read more here: &lt;https://…&gt;"), or, with nothing after it, at the start of the next line or list item ("Related:"
    /// over "- [noVar](…)"), or opens a sentence of the writer's with a link in it ("Related: we're having [the author](…) on the
    /// show."). Text pasted from a page keeps no link markup, so such a label is the writer's pointer, not debris.
    /// In HTML, a label that is a link's text or leads straight to one (<see cref="LeadsToLinkText"/>) is a working pointer.
    /// </summary>
    private static bool PointsToLink(Article article, TextSpan line, int afterLabel)
    {
        if (article.Format == ArticleFormat.Html) return LeadsToLinkText(article, line.Start, afterLabel);
        if (!ArticleFormats.IsMarkdown(article.Format)) return false;
        var text = article.Text;
        var position = afterLabel;
        while (position < line.End && text[position] is ':' or ' ' or '\t') position++;
        if (position < line.End && article.LinkTextEndingAfter(position) is { } link && link.Start < line.End) return true;
        if (position == line.End)
        {
            // The next line that is not blank, past a list item's marker.
            position = SkipSpaces(text, position, text.Length);
            if (position + 1 < text.Length && text[position] is '-' or '*' or '+' && text[position + 1] == ' ') position += 2;
        }
        // "Read more here: <https://…>", the "here" on the label's line or the next.
        if (StartsWithOrdinal(text, position, text.Length, "here") && position + 4 < text.Length && text[position + 4] is ':' or ' ' or '\u00A0')
        {
            position = SkipToLink(text, position + 4, text.Length);
        }
        return OpensLink(text, position, text.Length);
    }

    /// <summary>
    /// True when the label at <paramref name="labelStart"/> is part of a link's text ("&lt;a …&gt;Related: Ferry fares rise&lt;/a&gt;",
    /// a "Read more" button), or the next words after it are a link's text, tags, spaces and marks aside
    /// ("&lt;strong&gt;RELATED:&lt;/strong&gt; &lt;a …&gt;", "&lt;p&gt;Related:&lt;/p&gt;" over a list of links, "Follow us on
    /// Twitter!" over the links to the accounts). The text is read as it reads (<see cref="OnlyMarksBetween"/>), which the
    /// cross-article pass keeps, not the prose view it releases. A page carries its links, so such a label points where
    /// it says; one followed by plain text ("Related: Ferry fares rise again") has lost its link.
    /// </summary>
    private static bool LeadsToLinkText(Article article, int labelStart, int afterLabel) =>
        article.LinkTextEndingAfter(labelStart) is { } link && (link.Start <= labelStart || OnlyMarksBetween(article, afterLabel, link.Start));

    /// <summary>True when a link the writer wrote opens at <paramref name="position"/>: a link's brackets, a bare or angled
    /// address, or an HTML anchor.</summary>
    private static bool OpensLink(string text, int position, int end) =>
        position < end && (text[position] == '[' || StartsWithOrdinal(text, position, end, "http") || StartsWithOrdinal(text, position, end, "<http")
                           || StartsWithOrdinal(text, position, end, "<a "));

    /// <summary>
    /// True when, in Markdown or MDX, a prompt of the list is a link's text, or part of one, or goes on with a link the writer
    /// wrote ("[Sign up for our newsletter](…)", "[subscribe to our newsletter for updates](…)", "follow us on Twitter
    /// [@desk](…)", "follow us on Facebook&lt;/a&gt;", "follow us on Twitter
    /// (&lt;a href=…", past a dash, a non-breaking space or "here": "Follow us on Twitter&amp;nbsp;[@desk](…)"). As a label before a link is (<see cref="PointsToLink"/>), such a prompt is the writer's, who wrote the link:
    /// a page's widget pasted as text keeps no link markup. In HTML, a prompt that is a link's text or leads straight to one
    /// (<see cref="LeadsToLinkText"/>: "&lt;a href=…&gt;Follow us on Twitter&lt;/a&gt;") is a working link, and one that names the
    /// account ("Follow us on Twitter @ferry_desk", a press release's notes to editors) is the writer's, as in Markdown.
    /// </summary>
    private static bool IsLinked(Article article, TextSpan prompt, TextSpan line)
    {
        if (article.Format == ArticleFormat.Html)
        {
            return LeadsToLinkText(article, prompt.Start, prompt.End) || NamesHandle(article.Text, SkipToLink(article.Text, prompt.End, line.End), line.End);
        }
        if (!ArticleFormats.IsMarkdown(article.Format)) return false;
        // The prompt inside a longer link's text: "[subscribe to our newsletter for updates](…)".
        if (article.LinkTextContaining(prompt) is not null) return true;
        var text = article.Text;
        var after = prompt.End;
        if (StartsWithOrdinal(text, after, line.End, "](") || StartsWithOrdinal(text, after, line.End, "][") || StartsWithOrdinal(text, after, line.End, "</a>")) return true;
        var end = line.End;
        after = SkipToLink(text, after, end);
        // "follow us on Twitter" at a line's end, the paragraph going on with the link or the handle on the next line.
        if (after == end && NextLineOfParagraph(article, end) is { } next) (after, end) = (SkipToLink(text, next.Start, next.End), next.End);
        // "follow us on Twitter here [@desk](…)", "… at [@desk](…)", "… via [@desk](…)".
        foreach (var connector in LinkConnectors)
        {
            if (StartsWithOrdinal(text, after, end, connector)) return OpensLinkOrHandle(text, SkipToLink(text, after + connector.Length, end), end);
        }
        return OpensLinkOrHandle(text, after, end);
    }

    /// <summary>True when a link opens at <paramref name="position"/> (<see cref="OpensLink"/>), or a handle the writer names
    /// ("follow us on Twitter @ferry_desk"): a widget pasted as text says "Follow", not whom.</summary>
    private static bool OpensLinkOrHandle(string text, int position, int end) => OpensLink(text, position, end) || NamesHandle(text, position, end);

    /// <summary>True when a handle opens at <paramref name="position"/> ("@ferry_desk").</summary>
    private static bool NamesHandle(string text, int position, int end) =>
        position + 1 < end && text[position] == '@' && (char.IsLetterOrDigit(text[position + 1]) || text[position + 1] == '_');

    /// <summary>The line after the one that holds <paramref name="offset"/>, trimmed, when it goes on with the same paragraph
    /// (is not blank); null at the text's end or a paragraph break. The prompt's line may end in spaces, as a Markdown line break
    /// does.</summary>
    private static TextSpan? NextLineOfParagraph(Article article, int offset)
    {
        var lines = article.Lines;
        var next = lines.GetLineIndex(offset) + 1;
        if (next >= lines.LineCount) return null;
        var line = lines.GetTrimmedLine(article.Text, next);
        return line.Length == 0 ? null : line;
    }

    private static readonly string[] LinkConnectors = ["here ", "at ", "via "];

    /// <summary>Past the colons, dashes, spaces and opening parentheses before a link, a non-breaking space written as an HTML
    /// entity ("Twitter&amp;nbsp;[@desk](…)", "Twitter - [@desk](…)") among them.</summary>
    private static int SkipToLink(string text, int position, int end)
    {
        while (position < end)
        {
            if (text[position] is ':' or '-' or '–' or '—' or ' ' or '\t' or '(' or '\u00A0') position++;
            else if (StartsWithOrdinal(text, position, end, "&nbsp;")) position += "&nbsp;".Length;
            else break;
        }
        return position;
    }

    /// <summary>
    /// A web address opening the line: with a scheme, with "www.", or a host and a path without either ("pic.twitter.com/abc",
    /// "youtu.be/abc"), as embeds leave them. It is debris only when nothing but marks follows it on the line: the address
    /// of a photo inside the text of an embedded post ("… pic.twitter.com/abc — Name (@handle) date") is the post quoted.
    /// It ends at a space or at a tag: an address holds no '&lt;' ("adobe.com/photoshop&lt;/a&gt;&lt;a").
    /// </summary>
    private static TextSpan? LeadingUrl(string text, TextSpan line)
    {
        var start = line.Start;
        var end = start;
        while (end < line.End && !char.IsWhiteSpace(text[end]) && text[end] != '<') end++;
        var token = text.Substring(start, end - start);
        return HasScheme(token) || token.StartsWith("www.", StringComparison.OrdinalIgnoreCase) || IsHostAndPath(token) ? TextSpan.FromBounds(start, end) : null;
    }

    private static bool HasScheme(string address) =>
        address.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || address.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// True when the address that opens <paramref name="line"/> is the writer's citation or embed, not what a lost embed left.
    /// In HTML the writer links an address by an element: one in a link's text ("&lt;a href=…&gt;https://…&lt;/a&gt;", a list of
    /// references, a page that wraps the address onto the next line) is cited as Markdown's bare one is; a lost embed leaves its
    /// address as plain text. A post's
    /// address so linked is still a lost embed (WordPress prints a post it cannot embed as such a link), unless the page
    /// shortened it for show ("youtu.be/dQw4w9..."), which no fallback does. A post's address as plain text, scheme and all,
    /// that is its block's whole text is the writer's embed, as in Markdown. A platform's bare host is no post
    /// (<see cref="IsPostOnHost"/>). An address alone on the article's first line is the article's own.
    /// </summary>
    private static bool CitesAddress(Article article, TextSpan address, TextSpan line, IReadOnlyList<string> embedHosts)
    {
        // A page's note that gives an address cites its source ("www.gov.uk ↩").
        if (article.InNotes(address)) return true;
        var written = article.GetText(address);
        var onHost = OnEmbedHost(written, embedHosts);
        // A reporter's sign-off prints an account's address as a contact ("twitter.com/paultakahashi" under the e-mail address).
        if (onHost is not null && IsAccount(onHost)) return true;
        // An address alone on the article's first line is where the article was published, as a saved page or a wire's archive
        // records it ("https://example.org/news/ferry" over the story): the article's address, not a link a paste lost.
        if (onHost is null && HasScheme(written) && address == line && BlankText.IsBlank(article.Text, 0, address.Start)) return true;
        var linkText = article.Format == ArticleFormat.Html ? article.LinkTextContaining(address) : null;
        var endsLinkText = linkText is { } link && link.End == address.End;
        // An address of no platform's in a link's text is cited, whether the text ends with it or a hard-wrapped page breaks
        // the address onto the next line ("<a href=…>http://moin.conectiva.com.br/" / "AptRpm</a>").
        if (onHost is null) return ArticleFormats.IsMarkdown(article.Format) || linkText is not null || EndsSentence(written) || IsIntroducedByLabel(article, line) && !IsMediaFile(written)
                                   || IsUnderEmailAddress(article, line) || ClosesListedItem(article, line, embedHosts);
        // "To watch video of the arrest, please visit the following link:" over a video's address: the writer points readers to
        // it, where a lost embed stands under words that never mention a link (four in a prosecutor's releases, judged wrong).
        if (IsPointedToFromAbove(article, line)) return true;
        if (ArticleFormats.IsMarkdown(article.Format)) return HasScheme(written) && IsOwnParagraph(article.Text, line) || IsInListOfSources(article, line, embedHosts);
        if (article.Format != ArticleFormat.Html) return false;
        return endsLinkText ? written.EndsWith("...", StringComparison.Ordinal) || written.EndsWith("\u2026", StringComparison.Ordinal)
            : HasScheme(written) && IsWholeBlock(article, address);
    }

    /// <summary>True when the last line with text before <paramref name="line"/> ends in a colon or a dash: the writer introduces
    /// the address ("The rules are on the union's site:", a wire story's "On the Net:" over the sites it names, "It can be
    /// accessed here –" under a column reprinted from another paper), or says "click here" or "listed below" to it, as a lost embed, which the
    /// text around it never mentions, does not. A picture's address so introduced ("The following chart shows …:") is still the picture a page showed
    /// there (<see cref="IsMediaFile"/>).</summary>
    private static bool IsIntroducedByLabel(Article article, TextSpan line) =>
        LineAboveListedAddresses(article, line) is { } label && (article.Text[label.End - 1] is ':' or '–' or '—' or '-' || PointsToNextLine(article.Text, label)
                                                                 || TitlesListOfAddresses(article, label, line));

    /// <summary>The last line with text above <paramref name="line"/>, past the addresses listed right above it one to a line (at
    /// most <see cref="MaximumListedAddresses"/>): the line that may introduce them all ("… are available at:" over three
    /// addresses); null when there is none.</summary>
    internal static TextSpan? LineAboveListedAddresses(Article article, TextSpan line)
    {
        var previous = PreviousLineWithText(article, line);
        for (var listed = 0; previous is { } above && listed < MaximumListedAddresses && LeadingUrl(article.Text, above) is { } address && address.End == above.End; listed++)
        {
            previous = PreviousLineWithText(article, above);
        }
        return previous;
    }

    /// <summary>True when <paramref name="label"/> is a title of a few words with no closing mark ("Related Links", "On the Web")
    /// right over a run of addresses, one to a line, that holds <paramref name="line"/> and another: a release's list of the
    /// pages it cites. A lost embed leaves one address, or a post's.</summary>
    private static bool TitlesListOfAddresses(Article article, TextSpan label, TextSpan line)
    {
        var (text, lines) = (article.Text, article.Lines);
        var first = lines.GetLineIndex(label.Start) + 1;
        if (char.IsPunctuation(text[label.End - 1]) || CountWords(article.GetText(label)) > MaximumListTitleWords) return false;
        var run = 0;
        for (var k = first; k < lines.LineCount && run <= MaximumListedAddresses; k++, run++)
        {
            var trimmed = lines.GetTrimmedLine(text, k);
            if (LeadingUrl(text, trimmed) is not { } address || address != trimmed || IsMediaFile(article.GetText(address))) break;
        }
        return run >= 2 && lines.GetLineIndex(line.Start) < first + run;

        static int CountWords(string title) => title.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
    }

    /// <summary>How many words the title of a list of addresses runs to.</summary>
    private const int MaximumListTitleWords = 5;

    /// <summary>True when <paramref name="line"/> is one of a list of addresses, one to a line, that also gives a page no platform
    /// embeds (a news site's story): Markdown's list of the article's references, which cites the videos among them as it
    /// cites the stories. A lost embed leaves one post's address, or several posts' and nothing else.</summary>
    private static bool IsInListOfSources(Article article, TextSpan line, IReadOnlyList<string> embedHosts)
    {
        var text = article.Text;
        var lines = article.Lines;
        var index = lines.GetLineIndex(line.Start);
        var first = index;
        while (first > 0 && index - first < MaximumListedAddresses && IsAddressLine(first - 1)) first--;
        var last = index;
        while (last + 1 < lines.LineCount && last - index < MaximumListedAddresses && IsAddressLine(last + 1)) last++;
        for (var k = first; k <= last; k++)
        {
            if (k != index && !IsPostOnHost(AddressOf(k), embedHosts)) return true;
        }
        return false;

        bool IsAddressLine(int k)
        {
            var trimmed = lines.GetTrimmedLine(text, k);
            return LeadingUrl(text, trimmed) is { } address && address == trimmed;
        }
        string AddressOf(int k) => article.GetText(lines.GetTrimmedLine(text, k));
    }

    /// <summary>How many addresses a list under one label may hold before the next is taken for another's.</summary>
    private const int MaximumListedAddresses = 10;

    /// <summary>True when the address ends with a sentence's full stop ("…/s1543is.txt.pdf."): the writer typed it as the end
    /// of a sentence of theirs, where a page's lost link leaves the bare address (five such addresses in senators' releases,
    /// under "Full text of the legislation is available online here." and "Attached are additional comments", were all judged
    /// the writer's).</summary>
    private static bool EndsSentence(string address) =>
        address.Length > 2 && address[address.Length - 1] == '.' && char.IsLetterOrDigit(address[address.Length - 2]);

    /// <summary>True when the line above the address, past the addresses listed right above it, points to the next line
    /// (<see cref="PointsToNextLine"/>).</summary>
    private static bool IsPointedToFromAbove(Article article, TextSpan line) =>
        LineAboveListedAddresses(article, line) is { } label && PointsToNextLine(article.Text, label);

    /// <summary>True when the line says "click here" ("Click here to view a copy of the letter.") or names the link below it
    /// ("can be downloaded using the link below", "at the following link"): the writer's pointer to the address printed
    /// under it, where plain text cannot link the words.</summary>
    private static bool PointsToNextLine(string text, TextSpan line) =>
        Array.Exists(NextLinePointers, pointer => text.IndexOf(pointer, line.Start, line.Length, StringComparison.OrdinalIgnoreCase) >= 0);

    private static readonly string[] NextLinePointers = ["click here", "link below", "links below", "listed below", "following link", "following address"];

    /// <summary>True when the last line with text before <paramref name="line"/> is an e-mail address alone, a tag before it
    /// aside ("&lt;br/&gt;jroe@example.org"): a sign-off's contact lines, a name, an e-mail address and then the writer's site,
    /// which it prints as it prints the address.</summary>
    private static bool IsUnderEmailAddress(Article article, TextSpan line)
    {
        if (PreviousLineWithText(article, line) is not { } previous) return false;
        var text = article.Text;
        var start = previous.End;
        while (start > previous.Start && !char.IsWhiteSpace(text[start - 1]) && text[start - 1] != '>') start--;
        var tagBefore = article.Format == ArticleFormat.Html && start > previous.Start && text[previous.Start] == '<' && text[start - 1] == '>'
                        && text.IndexOf('>', previous.Start, start - previous.Start) == start - 1;
        return (start == previous.Start || tagBefore) && Tokenizer.IsEmailAddress(text, start, previous.End);
    }

    /// <summary>True when the address alone on <paramref name="line"/> closes an item of a list whose items each close so: a
    /// newsletter's digest of releases, each title over its page's address, or a directory of charities, each name, postal
    /// address and telephone number over its site. At least <see cref="MinimumListedItems"/> addresses alone on their lines,
    /// none a post's or a picture's, each right under a line of text that is no address (no blank line between: the item's
    /// last line), stand within <see cref="ListedItemReach"/> lines of it, itself among them. A lost embed or picture leaves
    /// its address between paragraphs of prose, or a post's.</summary>
    private static bool ClosesListedItem(Article article, TextSpan line, IReadOnlyList<string> embedHosts)
    {
        var text = article.Text;
        var lines = article.Lines;
        var index = lines.GetLineIndex(line.Start);
        if (!ClosesItem(index)) return false;
        var closing = 0;
        for (var k = Math.Max(1, index - ListedItemReach); k < lines.LineCount && k <= index + ListedItemReach; k++)
        {
            if (ClosesItem(k) && ++closing == MinimumListedItems) return true;
        }
        return false;

        bool ClosesItem(int k) => k > 0 && IsAddressAlone(k) && lines.GetTrimmedLine(text, k - 1).Length > 0 && !IsAddressAlone(k - 1);
        bool IsAddressAlone(int k)
        {
            var trimmed = lines.GetTrimmedLine(text, k);
            if (trimmed.Length == 0 || LeadingUrl(text, trimmed) is not { } address || address != trimmed) return false;
            var written = article.GetText(address);
            return !IsPostOnHost(written, embedHosts) && !IsMediaFile(written);
        }
    }

    /// <summary>How many items of a list close on an address before an address alone is taken for one of them.</summary>
    private const int MinimumListedItems = 3;

    /// <summary>How many lines either side of an address the other items of its list are looked for in: a directory's entry
    /// runs to a name, a street, a town, a telephone number and the address.</summary>
    private const int ListedItemReach = 20;

    /// <summary>The last line before <paramref name="line"/> that holds text, trimmed; null at the text's start.</summary>
    private static TextSpan? PreviousLineWithText(Article article, TextSpan line)
    {
        var lines = article.Lines;
        for (var index = lines.GetLineIndex(line.Start) - 1; index >= 0; index--)
        {
            var previous = lines.GetTrimmedLine(article.Text, index);
            if (previous.Length > 0) return previous;
        }
        return null;
    }

    /// <summary>True when <paramref name="span"/> is all the text of its HTML block, tags and marks aside: WordPress stores an
    /// embedded post as its address alone in a paragraph or a block's wrapper, and a live blog's entry holds one so for its
    /// script to embed.</summary>
    private static bool IsWholeBlock(Article article, TextSpan span)
    {
        var paragraph = article.ParagraphIndexAt(span.Start);
        if (paragraph < 0) return false;
        var block = article.Paragraphs[paragraph].Span;
        return OnlyMarksBetween(article, block.Start, span.Start) && OnlyMarksBetween(article, span.End, block.End);
    }

    /// <summary>True when <paramref name="line"/> is a paragraph of its own: a blank line or the text's edge before and after it.</summary>
    private static bool IsOwnParagraph(string text, TextSpan line)
    {
        if (line.Start > 0)
        {
            var previousStart = line.Start >= 2 ? text.LastIndexOf('\n', line.Start - 2) + 1 : 0;
            if (!BlankText.IsBlankLine(text, previousStart)) return false;
        }
        var lineBreak = text.IndexOf('\n', line.End);
        return lineBreak < 0 || BlankText.IsBlankLine(text, lineBreak + 1);
    }

    /// <summary>True when the address is a post's on one of <paramref name="hosts"/> or below one ("pic.twitter.com" below
    /// "twitter.com"; <see cref="OnEmbedHost"/>), not an account's (<see cref="IsAccount"/>).</summary>
    private static bool IsPostOnHost(string address, IReadOnlyList<string> hosts) => OnEmbedHost(address, hosts) is { } uri && !IsAccount(uri);

    /// <summary>The address read as a web one, when it is on one of <paramref name="hosts"/> or below one and has a path or a
    /// query, as a post's or an account's address does; null otherwise. The host alone ("http://facebook.com", a page's link to
    /// the platform) names neither. An address without a scheme ("pic.twitter.com/abc") is read as a web one.</summary>
    private static Uri? OnEmbedHost(string address, IReadOnlyList<string> hosts)
    {
        var absolute = address.IndexOf("://", StringComparison.Ordinal) > 0 ? address : "https://" + address;
        if (!Uri.TryCreate(absolute, UriKind.Absolute, out var uri) || uri.AbsolutePath.Length <= 1 && uri.Query.Length == 0) return null;
        var host = uri.Host;
        foreach (var listed in hosts)
        {
            if (host.Equals(listed, StringComparison.OrdinalIgnoreCase)
                || host.EndsWith("." + listed, StringComparison.OrdinalIgnoreCase)) return uri;
        }
        return null;
    }

    /// <summary>
    /// True when an address on an embedding platform (<see cref="OnEmbedHost"/>) is an account's, not a post's: its one part
    /// of a path is a handle ("twitter.com/ferrydesk", "instagram.com/ferrydesk/", "tiktok.com/@ferrydesk"), or a handle after
    /// a word that opens an account's address ("linkedin.com/in/jane-roe", "youtube.com/c/ferrydesk", "reddit.com/r/ferries",
    /// "bsky.app/profile/ferry.example"). A post has more parts or a query; a number alone ("vimeo.com/76979871"), a file
    /// ("i.imgur.com/x.jpg") or any part on a host that shortens a post's address ("youtu.be/…") is a post's.
    /// </summary>
    private static bool IsAccount(Uri uri)
    {
        if (uri.Query.Length > 0 || uri.Fragment.Length > 0) return false;
        var host = uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) || uri.Host.StartsWith("m.", StringComparison.OrdinalIgnoreCase)
            ? uri.Host.Substring(uri.Host.IndexOf('.') + 1) : uri.Host;
        if (PostShorteningHosts.Contains(host)) return false;
        var parts = uri.AbsolutePath.Split(['/'], StringSplitOptions.RemoveEmptyEntries);
        var handle = parts.Length switch
        {
            1 => parts[0],
            2 when AccountPathWords.Contains(parts[0]) => parts[1],
            _ => null,
        };
        return handle is not null && handle.Any(char.IsLetter) && !MediaFileEndings.Contains(System.IO.Path.GetExtension(handle));
    }

    /// <summary>Hosts whose every address is a post's, shortened: one part after the host names the post.</summary>
    private static readonly HashSet<string> PostShorteningHosts = new(StringComparer.OrdinalIgnoreCase)
    {
        "youtu.be", "fb.watch", "pic.twitter.com", "imgur.com", "i.imgur.com", "streamable.com", "redd.it",
    };

    /// <summary>True when the address names a picture's or a video's file ("…/chart.png").</summary>
    private static bool IsMediaFile(string address)
    {
        var end = address.IndexOfAny(['?', '#']);
        var path = end < 0 ? address : address.Substring(0, end);
        var slash = path.LastIndexOf('/');
        return slash >= 0 && MediaFileEndings.Contains(System.IO.Path.GetExtension(path.Substring(slash + 1)));
    }

    /// <summary>The endings of a picture's or a video's file, which a handle (even one with a dot, "jane.roe") has not.</summary>
    private static readonly HashSet<string> MediaFileEndings = new(StringComparer.OrdinalIgnoreCase)
    {
        ".jpg", ".jpeg", ".png", ".gif", ".gifv", ".webp", ".mp4", ".mov", ".webm",
    };

    /// <summary>The words that open an account's address before its handle: LinkedIn's people and companies, YouTube's
    /// channels, Bluesky's profiles, Reddit's communities and users, Rumble's channels.</summary>
    private static readonly HashSet<string> AccountPathWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "company", "c", "user", "channel", "profile", "r", "u",
    };

    /// <summary>"pic.twitter.com/abc": a host of dotted labels whose last is letters only, then a path.</summary>
    private static bool IsHostAndPath(string token)
    {
        var slash = token.IndexOf('/');
        if (slash <= 0 || slash == token.Length - 1) return false;
        var host = token.Substring(0, slash);
        var lastDot = host.LastIndexOf('.');
        if (lastDot <= 0 || lastDot == host.Length - 1) return false;
        foreach (var c in host)
        {
            if (!char.IsLetterOrDigit(c) && c is not '.' and not '-') return false;
        }
        for (var i = lastDot + 1; i < host.Length; i++)
        {
            if (!char.IsLetter(host[i])) return false;
        }
        return true;
    }
}
