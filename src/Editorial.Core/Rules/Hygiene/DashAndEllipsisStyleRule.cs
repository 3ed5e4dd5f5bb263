using System;
using System.Collections.Generic;
using System.Linq;
using Editorial.Articles;
using Editorial.Configuration;
using Editorial.Diagnostics;
using Editorial.Lexicon;
using Editorial.Text;

namespace Editorial.Rules.Hygiene;

/// <summary>
/// ED4006: the parenthetical dash or the ellipsis written two ways in one article: a spaced en dash ( – ), a spaced or
/// unspaced em dash ( — , —) or a spaced hyphen ( - ) all stand for the same dash; "..." and "…" for the same ellipsis.
/// The article's majority form wins (on a tie, a dash over a spaced hyphen, else the first one used, and no fix is
/// offered). Unspaced en dashes and hyphens join words and ranges ("Kyiv–Moscow", "1990–91") and are not parenthetical
/// dashes, nor is the dash of a wire dateline ("KYIV, Ukraine (AP) —", <see cref="Datelines"/>). A spaced dash between two numbers or dates is a range's ("6 – 7
/// September", "$5M - $20M", "Mar 2023 - Feb 2028"): ranges are compared with ranges, and dashes with dashes, since a
/// style may space the one and not the other. Ellipses inside quotations, in double or single marks, are left
/// alone: they are often copied as the source wrote them; so are both marks in reproduced text (embedded posts,
/// statements and excerpts quoted at length). Points that run on into more points are a dot leader ("E&amp;OE……..."),
/// those closed up to an address cut a browser's print footer short, and those on a line of debris or a page's slot are
/// the page's: none is an ellipsis of the copy. Each mark is
/// reported once per article, at its first departure from the majority (<see cref="StyleMinority"/>).
/// </summary>
public sealed class DashAndEllipsisStyleRule : ArticleRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        RuleIds.DashAndEllipsisStyle, "Dash or ellipsis style mixed in one article", "{0} in an article that uses {1} {2}", RuleCategory.Hygiene, Severity.Suggestion,
        "The same mark written two ways in one article: usually copy from another source pasted in. Use one dash and one ellipsis throughout.", offersFix: true, fix: "uses the article's majority form; none on a tie");

    /// <summary>One use of a mark: <paramref name="Span"/> is what a fix replaces (a spaced dash with all the spaces around
    /// it, so that the article's form replaces them too), <paramref name="Mark"/> the mark itself, where it is reported;
    /// <paramref name="IsInTitle"/> when the mark is part of a title or a name (<see cref="JoinsPartsOfATitle"/>), which votes
    /// for the copy's style but is never reported.</summary>
    private sealed record Use(TextSpan Span, TextSpan Mark, string Form, string Name, bool IsInTitle = false);

    public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [Descriptor];

    public override void Analyze(ArticleContext context)
    {
        var dashes = new List<Use>();
        var rangeDashes = new List<Use>();
        var ellipses = new List<Use>();
        var article = context.Article;
        var tokens = article.Tokens;
        var text = article.Text;
        var datelineDashes = new HashSet<int>(article.Paragraphs.Select(p => Datelines.ClosingDash(article, p)).Where(k => k >= 0));
        // Asked of dashes and ellipses only: most articles have none outside their sentences' words.
        PastedDebris? debris = null;
        // Gathered once, at the first dash that asks: a list run into a line of thousands of hyphens is read once, not once per hyphen.
        HashSet<int>? runInBullets = null;
        for (var k = 0; k < tokens.Count; k++)
        {
            var token = tokens[k];
            // A reproduced document (an embedded post with its "— Name (@handle)" signature, a statement, an excerpt) keeps its
            // own marks: they are neither the article's style nor a departure from it.
            if (token.Kind != TokenKind.Punctuation || token.Text.Length != 1 || token.IsInReproducedText) continue;
            // Headlines and subheadings are set apart from the copy, often by another desk or a template ("… - 60 Minutes"),
            // as ED4004 reads them.
            if (token.IsInHeading) continue;
            switch (token.Text[0])
            {
                // A dash in a link's text that cites a page is the cited title's, set by its site ("[Power Policy - 2020](https://…)").
                case '—' or '–' or '-' when !datelineDashes.Contains(k) && !StandsBetweenSentences(tokens, k) && !article.IsInPageLinkText(token.Span)
                                            && !PartsByline(article, k) && !IsInReleaseSlug(article, k) && !Debris().IsOnPageSlot(token.Span) && !InSiteFooter(token.Span):
                    if (Dash(text, token) is not { } dash) break;
                    if (IsBetweenNumbers(tokens, k)) rangeDashes.Add(dash with { Name = RangeName(dash.Form) });
                    else if (!IsLabelSeparator(article, k) && !(token.Text != "-" && PartsPostOrCredit(tokens, k)) && !Tokenizer.LeadsToEmailAddress(text, token.Span.End)
                             && !(runInBullets ??= RunInListBullets(article)).Contains(k))
                    {
                        dashes.Add(token.Text != "-" && JoinsPartsOfATitle(tokens, k) ? dash with { IsInTitle = true } : dash);
                    }
                    break;
                case '…' when !token.IsTranscribed && !InSiteFooter(token.Span) && !IsLeaderOrCutAddress(tokens, k, k) && !IsOnPageFurniture(token.Span):
                    ellipses.Add(new Use(token.Span, token.Span, "…", "Ellipsis '…'"));
                    break;
                case '.' when k + 2 < tokens.Count && IsAdjacentDot(tokens, k + 1) && IsAdjacentDot(tokens, k + 2)
                              && !(k > 0 && tokens[k - 1].Text == "." && IsAdjacentDot(tokens, k)) && !token.IsTranscribed && !InSiteFooter(token.Span):
                    var dots = TextSpan.FromBounds(token.Span.Start, tokens[k + 2].Span.End);
                    if (!IsLeaderOrCutAddress(tokens, k, k + 2) && !IsOnPageFurniture(dots)) ellipses.Add(new Use(dots, dots, "...", "Ellipsis '...'"));
                    k += 2;
                    break;
            }
        }
        ReportMinority(context, dashes, "dash");
        ReportMinority(context, rangeDashes, "dash in a range");
        // A site that prints three points as an ellipsis shows its readers one style whatever the file mixes.
        if (!EditorialOptions.PrintsPunctuationSmart(context.Analyzed.Settings)) ReportMinority(context, ellipses, "ellipsis");

        PastedDebris Debris() => debris ??= PastedDebris.Of(context.Analyzed);

        // The site's footer under the copy keeps the site's marks ("Te Mana Ākonga – …" in a publisher's profile), which are no
        // vote on the article's; findings there the sink drops.
        bool InSiteFooter(TextSpan span) => Debris().IsInFooter(span.Start);

        // Debris and a page's slot line keep the page's marks: no vote on the copy's style.
        bool IsOnPageFurniture(TextSpan span) => Debris().Holds(span) || Debris().IsOnPageSlot(span);
    }

    /// <summary>True when the points from <paramref name="first"/> to <paramref name="last"/> stand in a run of points as long
    /// as <see cref="LeaderLength"/> or longer, with no space between: a dot leader ("E&amp;OE……………...", "Contents........3"),
    /// where an ellipsis and a full stop ("….") are a sentence's; or when they close up to a web address or a path, which a
    /// print footer cut short ("http://www.example.org/media/Print.as..."): no ellipsis of the copy.</summary>
    private static bool IsLeaderOrCutAddress(TokenList tokens, int first, int last)
    {
        if (first > 0 && tokens[first - 1].IsNonProse && tokens[first - 1].Span.End == tokens[first].Span.Start) return true;
        var points = 0;
        for (var k = first; k > 0 && Points(tokens[k - 1]) is > 0 and var before && tokens[k - 1].Span.End == tokens[k].Span.Start; k--) points += before;
        for (var k = last; k + 1 < tokens.Count && Points(tokens[k + 1]) is > 0 and var after && tokens[k + 1].Span.Start == tokens[k].Span.End; k++) points += after;
        return points + 3 >= LeaderLength;
    }

    /// <summary>How many points a run of them holds, an ellipsis counted as three, from which it is a leader: more than two
    /// ellipses' worth.</summary>
    private const int LeaderLength = 7;

    private static int Points(Token token) => token.IsPunctuation('.') ? 1 : token.IsPunctuation('…') ? 3 : 0;

    private static string RangeName(string form) => form switch
    {
        " — " => "Spaced em dash in a range ( — )",
        " – " => "Spaced en dash in a range ( – )",
        _ => "Spaced hyphen in a range ( - )",
    };

    /// <summary>True when the dash at <paramref name="k"/> stands between two numbers or dates, each a word with a digit or a
    /// month's name beside one ("12 – 1 pm", "$5M - $20M", "30 November - 3 December", "Mar 2023 - Feb 2028").</summary>
    private static bool IsBetweenNumbers(TokenList tokens, int k)
    {
        if (k < 1 || k + 1 >= tokens.Count) return false;
        var (before, after) = (k - 1, k + 1);
        if (tokens[after].Text is "$" or "€" or "£" && after + 1 < tokens.Count) after++;
        return IsNumberOrDate(before, before - 1) && IsNumberOrDate(after, after + 1);

        bool IsNumberOrDate(int index, int beside) =>
            HasDigit(tokens[index].Text)
            || CalendarWords.Months.Contains(tokens[index].Text) && beside >= 0 && beside < tokens.Count && HasDigit(tokens[beside].Text);

        static bool HasDigit(string text)
        {
            foreach (var c in text)
            {
                if (char.IsDigit(c)) return true;
            }
            return false;
        }
    }

    /// <summary>
    /// True when the dash parts a label from what follows it in a run of paragraphs written alike: list items or lines that
    /// each open with a name or a term, a spaced dash and its description ("**Jane Roe** – Director, Harbour Board" over
    /// "**John Doe** – Skipper, Night Ferry"). A list's separator, set by the list, not a parenthetical dash of the copy.
    /// The lines of one paragraph after hard breaks are not taken for such a list: judges held a list whose items mix their
    /// separators, and its items that differ from the prose, to the copy's style as often as not.
    /// </summary>
    private static bool IsLabelSeparator(Article article, int k)
    {
        var tokens = article.Tokens;
        var paragraph = article.ParagraphIndexAt(tokens[k].Span.Start);
        if (paragraph < 0 || LabelSeparator(article, paragraph) != k) return false;
        var mark = tokens[k].Text;
        return paragraph > 0 && LabelSeparator(article, paragraph - 1) is var before and >= 0 && tokens[before].Text == mark
               || paragraph + 1 < article.Paragraphs.Count && LabelSeparator(article, paragraph + 1) is var after and >= 0 && tokens[after].Text == mark;
    }

    /// <summary>
    /// The hyphens that are bullets of a list whose line breaks an export lost: on one line a colon is followed by a hyphen,
    /// and <see cref="MinimumRunInItems"/> hyphens or more, that one first, open items after it ("Competing schools include:
    /// - Aorere College - Sir Edmund Hillary Collegiate - James Cook High School"). The bullets are the list's, no dash of the
    /// copy's, and do not outvote its en dash (judged wrong twice when they did). A list whose items keep their lines is not
    /// run in: a hyphen inside an item there parts its words as a dash does. Each line is read once, from its first opener.
    /// </summary>
    private static HashSet<int> RunInListBullets(Article article)
    {
        var (tokens, lines) = (article.Tokens, article.Lines);
        var bullets = new HashSet<int>();
        for (var t = 1; t < tokens.Count; t++)
        {
            // A hyphen that opens its line unit (a list item's "\-" after a line ending in a colon) opens no run-in list.
            if (!tokens[t].IsPunctuation('-') || !tokens[t - 1].IsPunctuation(':') || LineUnit(article, t) is not { } unit || unit.First == t) continue;
            var line = lines.GetLineIndex(tokens[t].Span.Start);
            var items = new List<int>();
            var end = t;
            for (; end < tokens.Count && lines.GetLineIndex(tokens[end].Span.Start) == line; end++)
            {
                if (tokens[end].IsPunctuation('-')) items.Add(end);
            }
            if (items.Count >= MinimumRunInItems) bullets.UnionWith(items);
            t = end - 1;
        }
        return bullets;
    }

    /// <summary>The fewest items a run-in list opens with hyphens after its colon: one is an aside's dash.</summary>
    private const int MinimumRunInItems = 2;

    /// <summary>The tokens of the line that holds the token at <paramref name="k"/>, from the first to the one after the last: its
    /// paragraph, or the part of it between Markdown hard line breaks (<see cref="Article.FollowsHardBreak"/>), where a
    /// release's template keeps its byline, date and section one to a line. Null for a token outside the paragraphs.</summary>
    private static (int First, int End)? LineUnit(Article article, int k)
    {
        var (lines, tokens) = (article.Lines, article.Tokens);
        var index = article.ParagraphIndexAt(tokens[k].Span.Start);
        if (index < 0 || article.Paragraphs[index] is not { SentenceCount: > 0 } paragraph) return null;
        var (paragraphFirst, paragraphEnd) = (article.Sentences[paragraph.FirstSentence].FirstToken, article.Sentences[paragraph.LastSentence].EndToken);
        if (k < paragraphFirst || k >= paragraphEnd) return null;
        // Walked by lines, not tokens: a paragraph that is one line of a megabyte, with a dash every few words, is read at each
        // dash in the few lines around it, not in its every token.
        var (firstLine, line, lastLine) = (lines.GetLineIndex(tokens[paragraphFirst].Span.Start), lines.GetLineIndex(tokens[k].Span.Start),
            lines.GetLineIndex(tokens[paragraphEnd - 1].Span.Start));
        var startLine = line;
        while (startLine > firstLine && !article.FollowsHardBreak(lines.GetLineStart(startLine))) startLine--;
        var nextLine = line + 1;
        while (nextLine <= lastLine && !article.FollowsHardBreak(lines.GetLineStart(nextLine))) nextLine++;
        var first = startLine == firstLine ? paragraphFirst : tokens.FirstStartingAt(lines.GetLineStart(startLine));
        var end = nextLine > lastLine ? paragraphEnd : tokens.FirstStartingAt(lines.GetLineStart(nextLine));
        return (first, end);
    }

    /// <summary>
    /// True when the dash at <paramref name="k"/> stands between two capitalised words after another capitalised word: the
    /// parts of a title, a slogan or a name, set as their owners set them ("the vision of “A Thriving Nation – A Beautiful
    /// Life”", "IllumiNATION — A Celebration of the Winter Solstice", "the Centre for Strategic Studies – Trincomalee"), not
    /// a departure of the copy's. It still votes: left out, it would turn which of an article's few dashes is the minority
    /// (judged right twice: a title's spaced hyphen beside another title's en dash, em dashes amid en dashes). The caller asks
    /// it of dashes only, as <see cref="PartsPostOrCredit"/>. One capitalised word before the dash is a place or a name that an
    /// aside may follow ("at Felixstowe – Britain's biggest port").
    /// </summary>
    private static bool JoinsPartsOfATitle(TokenList tokens, int k) =>
        k >= 2 && k + 1 < tokens.Count && IsCapitalisedWord(tokens[k - 2]) && IsCapitalisedWord(tokens[k - 1]) && IsCapitalisedWord(tokens[k + 1]);

    private static bool IsCapitalisedWord(Token token) => token.IsWord && token.StartsUpper;

    /// <summary>
    /// True when the dash at <paramref name="k"/> parts a post from its department ("Deputy Director General – Marketing and
    /// International Affairs", "Head of Counter-Terrorism – State Intelligence Service") or a caption from its picture's
    /// credit ("… Kumara – Pic by …"): a separator set by a style of its own (commonly an en dash), not the copy's
    /// parenthetical dash. The caller asks it of dashes only: a spaced hyphen there ("Sales Manager - Business Development")
    /// is still a keyboard's stand-in for a dash. A post is a run of capitalised words (with "of", "and", "/", "&amp;") that
    /// holds a word of <see cref="PostWords"/>; a capitalised word after a place or a name ("at Felixstowe - Britain's biggest
    /// port") opens an aside.
    /// </summary>
    private static bool PartsPostOrCredit(TokenList tokens, int k)
    {
        if (k < 1 || k + 2 >= tokens.Count) return false;
        var after = tokens[k + 1];
        if (CreditWords.Contains(after.Text) && (tokens[k + 2].Text.Equals("by", StringComparison.OrdinalIgnoreCase) || tokens[k + 2].IsPunctuation(':'))) return true;
        if (!after.IsWord || !after.StartsUpper || SentenceOpeners.Words.Contains(after.Text)) return false;
        for (var i = k - 1; i >= 0 && i >= k - MaximumPostTokens; i--)
        {
            var token = tokens[i];
            if (token.IsPunctuation('/') || token.IsPunctuation('&') || token.IsPunctuation('-') && i > 0 && token.Span.Start == tokens[i - 1].Span.End) continue;
            if (!token.IsWord) return false;
            if (PostWords.Contains(token.Text)) return true;
            if (!token.StartsUpper && !(token.Text is "of" or "and")) return false;
        }
        return false;
    }

    /// <summary>The most tokens a post's words take before its dash ("Deputy Director General of Research and Development").</summary>
    private const int MaximumPostTokens = 8;

    /// <summary>Capitalised words that head a post in a run of its title: "Head", "Manager", "Director General".</summary>
    private static readonly HashSet<string> PostWords = new(StringComparer.Ordinal)
    {
        "Head", "Manager", "Director", "General", "Officer", "Chief", "Executive", "President", "Secretary", "Chairman", "Chairperson",
        "Chairwoman", "Lead", "Specialist", "Consultant", "Editor", "Coordinator", "Dean", "Controller", "Superintendent",
        "Commissioner", "Adviser", "Advisor", "Counsel", "Partner", "Analyst", "Engineer", "Administrator", "Registrar",
        "Leader", "Member", "MP", "Minister", "Spokesperson", "Spokesman", "Spokeswoman",
    };

    /// <summary>Words that open a picture's credit after a caption's dash ("– Pic by …", "- Photo: …").</summary>
    private static readonly HashSet<string> CreditWords = new(StringComparer.OrdinalIgnoreCase) { "Pic", "Pics", "Picture", "Pictures", "Photo", "Photos", "Photograph" };

    /// <summary>The first spaced dash among a paragraph's first words, before any sentence's end or colon; or -1.</summary>
    private static int LabelSeparator(Article article, int paragraph)
    {
        var opening = article.Paragraphs[paragraph];
        if (opening.SentenceCount == 0 || opening.IsHeading) return -1;
        var tokens = article.Tokens;
        var first = article.Sentences[opening.FirstSentence].FirstToken;
        var end = Math.Min(article.Sentences[opening.LastSentence].EndToken, first + MaximumLabelTokens);
        for (var i = first + 1; i < end; i++)
        {
            var token = tokens[i];
            if (token.IsSentenceStop || token.IsPunctuation(':')) return -1;
            if (token.Text is "—" or "–" or "-" && token.Kind == TokenKind.Punctuation && Dash(article.Text, token) is { Form.Length: 3 }) return i;
        }
        return -1;
    }

    /// <summary>How many tokens a list's label may take before its dash: a name with a role before it ("Session moderator,
    /// **Jane Roe**"), a term of a few words.</summary>
    private const int MaximumLabelTokens = 12;

    /// <summary>
    /// True when the dash at <paramref name="k"/> parts a release's byline, a paragraph of its own with no stop: a writer's
    /// name, of a few capitalised words, then a post in title case (<see cref="Capitals.IsTitleCaseWord"/>) that holds a word of
    /// <see cref="PostWords"/> ("Simon Bridges - Leader of the Opposition", "Tim Roe - MP for Hull North"), or that opens the
    /// release's body (<see cref="OpensBody"/>: "Michael Woodhouse - Immigration" over the release's date). The release's
    /// template sets that line as it sets a headline, so its dash is neither the copy's style nor a departure from it. A
    /// title's line in the body ("Countdown To The Budget - Education") is no byline: it names no post.
    /// </summary>
    private static bool PartsByline(Article article, int k)
    {
        var tokens = article.Tokens;
        // The byline's line is a paragraph or a line of one after a hard break, over the release's date ("Nick Smith - Electoral
        // Law", then "3 July 2018" on the next line).
        if (LineUnit(article, k) is not { } line) return false;
        var nameWords = k - line.First;
        if (nameWords is < 2 or > MaximumBylineNameWords || line.End - k > MaximumPostTokens + 1) return false;
        for (var i = line.First; i < k; i++)
        {
            if (!IsCapitalisedWord(tokens[i])) return false;
        }
        var holdsPost = false;
        for (var i = k + 1; i < line.End; i++)
        {
            var token = tokens[i];
            if (!(token.IsWord && Capitals.IsTitleCaseWord(token.Text))) return false;
            holdsPost |= PostWords.Contains(token.Text);
        }
        // A spokesperson's portfolio names no post ("Michael Woodhouse - Immigration"), but over the release's first prose
        // it is where the template puts the byline, as it puts its section there ("Press Releases - Economy"): four such
        // lines of a party's releases were judged no dash of the copy.
        return holdsPost || OpensBody(article, article.ParagraphIndexAt(tokens[k].Span.Start));
    }

    /// <summary>True when no paragraph before <paramref name="paragraph"/> is prose: each is a heading or a line with no stop
    /// at its end (a release's label, its slug).</summary>
    private static bool OpensBody(Article article, int paragraph)
    {
        for (var p = 0; p < paragraph; p++)
        {
            var before = article.Paragraphs[p];
            if (before.IsHeading || before.SentenceCount == 0) continue;
            if (before.SentenceCount > 1 || article.Tokens[article.Sentences[before.LastSentence].EndToken - 1].IsSentenceStop) return false;
        }
        return true;
    }

    /// <summary>
    /// True when the dash at <paramref name="k"/> stands in a release's slug: a paragraph of one line with no stop that opens
    /// with a label of <see cref="ReleaseLabels"/> ("Media Release – 18 May 2007 - For Immediate Use", "Media Release – Jane
    /// Roe, Treasurer - Harbour Students' Association"). The release's template sets that line, as it sets a byline, so its
    /// dashes are neither the copy's style nor a departure from it.
    /// </summary>
    private static bool IsInReleaseSlug(Article article, int k)
    {
        var tokens = article.Tokens;
        if (SentenceOfOwnParagraph(article, k) is not { } sentence) return false;
        if (sentence.EndToken - sentence.FirstToken < 3 || tokens[sentence.EndToken - 1].Text is "." or "!" or "?") return false;
        var opening = tokens[sentence.FirstToken].Text + " " + tokens[sentence.FirstToken + 1].Text;
        return ReleaseLabels.Contains(opening);
    }

    /// <summary>The sentence that holds the token at <paramref name="k"/> when it is its paragraph's only one (a byline's line, a
    /// slug's), else null.</summary>
    private static Sentence? SentenceOfOwnParagraph(Article article, int k)
    {
        var index = article.ParagraphIndexAt(article.Tokens[k].Span.Start);
        return index >= 0 && article.Paragraphs[index] is { SentenceCount: 1 } paragraph ? article.Sentences[paragraph.FirstSentence] : null;
    }

    /// <summary>The labels a release's slug opens with.</summary>
    private static readonly HashSet<string> ReleaseLabels = new(StringComparer.OrdinalIgnoreCase)
    {
        "Media Release", "Press Release", "News Release", "Media Statement", "Media Advisory",
    };

    /// <summary>The most words a byline's name takes ("Hon Dr Jane Roe").</summary>
    private const int MaximumBylineNameWords = 4;

    /// <summary>A dash after a sentence's end and before a capital (". - In this picture …"), or one with a stop, a comma, a
    /// colon or a semicolon beside it (", - 05: People walk past", "posture. - \"So if", "- : '' The"): what a stripped
    /// caption, link or embedded post left between the copy's words, no dash of the copy's. A dash of prose stands between
    /// words.</summary>
    private static bool StandsBetweenSentences(TokenList tokens, int k) =>
        k > 0 && k + 1 < tokens.Count && (tokens[k - 1].Text is "." or "!" or "?" or "”" or "\"" && tokens[k + 1].StartsUpper
                                          || tokens[k - 1].Text is "." or "!" or "?" or "," or ":" or ";" || tokens[k + 1].Text is "," or ":" or ";" or ".");

    private static bool IsAdjacentDot(TokenList tokens, int k) =>
        tokens[k].IsPunctuation('.') && tokens[k].Span.Start == tokens[k - 1].Span.End;

    /// <summary>A dash between two words, spaced on both sides or (for the em dash) on neither; the span takes all the spaces
    /// around it ("came  -  slowly"): replacing only one on each side would leave a spaced dash in an unspaced article.</summary>
    private static Use? Dash(string text, Token token)
    {
        var start = token.Span.Start;
        var end = token.Span.End;
        if (start == 0 || end >= text.Length) return null;
        var spacedBefore = text[start - 1] == ' ';
        var spacedAfter = text[end] == ' ';
        if (spacedBefore && spacedAfter)
        {
            var form = token.Text == "—" ? " — " : token.Text == "–" ? " – " : SpacedHyphen;
            var name = token.Text == "—" ? "Spaced em dash ( — )" : token.Text == "–" ? "Spaced en dash ( – )" : "Spaced hyphen as a dash ( - )";
            var before = start - 1;
            while (before > 0 && text[before - 1] == ' ') before--;
            var after = end + 1;
            while (after < text.Length && text[after] == ' ') after++;
            return new Use(TextSpan.FromBounds(before, after), token.Span, form, name);
        }
        if (token.Text == "—" && char.IsLetter(text[start - 1]) && char.IsLetter(text[end]))
        {
            return new Use(token.Span, token.Span, "—", "Unspaced em dash (—)");
        }
        return null;
    }

    private const string SpacedHyphen = " - ";

    private static void ReportMinority(ArticleContext context, List<Use> uses, string kind)
    {
        var counts = uses.GroupBy(u => u.Form).Select(g => (Form: g.Key, Count: g.Count(), First: g.First())).ToList();
        if (counts.Count < 2) return;
        var top = counts.Max(c => c.Count);
        var leaders = counts.Where(c => c.Count == top).ToList();
        // On a tie a dash beats a hyphen standing in for one, which a keyboard leaves; else the first form used sets the style.
        // Which one the writer meant is not certain: no fix.
        var majority = leaders.OrderBy(c => c.Form == SpacedHyphen ? 1 : 0).ThenBy(c => c.First.Span.Start).First();
        var certain = leaders.Count == 1;
        var departing = uses.Where(u => u.Form != majority.Form && !u.IsInTitle).ToList();
        if (departing.Count == 0) return;
        var departures = departing.Select(u => new StyleDeparture(u.Span, u.Mark, certain ? majority.Form : null)).ToList();
        var names = departing.Select(u => u.Name).Distinct().ToList();
        var name = names.Count == 1 ? names[0] : "Another " + kind;
        var majorityName = majority.First.Name.Substring(0, 1).ToLowerInvariant() + majority.First.Name.Substring(1);
        StyleMinority.Report(context, Descriptor, departures,
            count => [$"{name}{StyleMinority.Places(count)}", majorityName, StyleMinority.Times(majority.Count)],
            $"Use the article's {kind}", quotationSensitive: true);
    }
}
