using System.Collections.Generic;
using Editorial.Articles;
using Editorial.Diagnostics;
using Editorial.Text;

namespace Editorial.Rules;

/// <summary>
/// The lines of an article's prose, for the hygiene rules that judge a line as a whole: pasted debris and captions
/// arrive one line at a time, whatever paragraph the layout reads them into.
/// </summary>
internal static class ArticleLines
{
    /// <summary>Each line that holds prose, as the span of its text without surrounding white space, but for a line that carries on
    /// the sentence of the line before it (<see cref="PlainTextLayout.CarriesOn"/>). In HTML, where a line holds a paragraph's tags
    /// ("&lt;p&gt;Read more: …&lt;/p&gt;") or several paragraphs, each paragraph's part of the line. A table's cell is none
    /// (<see cref="Paragraph.IsTableCell"/>): a web address or a label alone there is a value of the table's data, not a line the
    /// export left in the copy; so neither is a line of a Markdown table's row, which holds cells only.</summary>
    public static IEnumerable<TextSpan> ProseLines(Article article)
    {
        var lines = article.Lines;
        var paragraphs = article.Paragraphs;
        var paragraph = 0;
        var previous = new TextSpan(0, 0);
        for (var line = 0; line < lines.LineCount; line++)
        {
            var trimmed = lines.GetTrimmedLine(article.Text, line);
            if (trimmed.Length == 0) continue;
            while (paragraph < paragraphs.Count && paragraphs[paragraph].Span.End <= trimmed.Start) paragraph++;
            if (paragraph >= paragraphs.Count || paragraphs[paragraph].Span.Start >= trimmed.End) continue;
            if (article.Format != ArticleFormat.Html)
            {
                if (paragraphs[paragraph].IsTableCell) continue;
                var continues = CarriesOnLineBefore(article.Text, previous, paragraphs[paragraph], trimmed.Start);
                previous = trimmed;
                if (!continues) yield return trimmed;
                continue;
            }
            for (var p = paragraph; p < paragraphs.Count && paragraphs[p].Span.Start < trimmed.End; p++)
            {
                if (paragraphs[p].IsTableCell) continue;
                var part = TextSpan.FromBounds(System.Math.Max(trimmed.Start, paragraphs[p].Span.Start), System.Math.Min(trimmed.End, paragraphs[p].Span.End));
                var continues = CarriesOnLineBefore(article.Text, previous, paragraphs[p], part.Start);
                previous = part;
                if (!continues) yield return part;
            }
        }
    }

    /// <summary>True when the line from <paramref name="start"/> carries on the sentence of <paramref name="previous"/>, the line
    /// before it in the same <paramref name="paragraph"/>, as in a hard-wrapped paragraph of any format: it is no line of its own,
    /// and nothing on it was pasted as a line ("our project's _Cargo.toml_ / file:", "see the guide at /
    /// https://example.org/guide.", an HTML page's "… visit" / "http://example.org/manual.html" / "for details."). A line of
    /// one word or address holds no sentence to carry on: of a stack of bare addresses, each is a line of its own.</summary>
    private static bool CarriesOnLineBefore(string text, TextSpan previous, Paragraph paragraph, int start) =>
        previous.Length > 0 && paragraph.Span.Start < previous.End && HasSpace(text, previous) && PlainTextLayout.CarriesOn(text, previous.End, start);

    private static bool HasSpace(string text, TextSpan span)
    {
        for (var i = span.Start; i < span.End; i++)
        {
            if (char.IsWhiteSpace(text[i])) return true;
        }
        return false;
    }

    /// <summary>
    /// True when <paramref name="line"/> (a line of <see cref="ProseLines"/>) goes on with a Markdown paragraph that began on an
    /// earlier line, after a lead-in (the line before ends with a colon: "It has landed in the repository here:") or indented
    /// (as under a list item's first line). Markdown joins such a line to the lines before it, so a link's address there is cited
    /// in the sentence, not an embed left bare. After a closed sentence ("The ferry sailed at noon." / an address) a line
    /// may have been pasted into the paragraph, and is judged as its own.
    /// </summary>
    public static bool ContinuesLeadInOrListItem(Article article, TextSpan line)
    {
        if (!ArticleFormats.IsMarkdown(article.Format)) return false;
        var paragraphs = article.Paragraphs;
        var after = Sorted.FirstAtOrAfter(paragraphs, line.Start + 1, paragraph => paragraph.Span.Start);
        if (after == 0) return false;
        var paragraph = paragraphs[after - 1].Span;
        var lines = article.Lines;
        var index = lines.GetLineIndex(line.Start);
        if (paragraph.End <= line.Start || lines.GetLineIndex(paragraph.Start) >= index) return false;
        var text = article.Text;
        if (line.Start > lines.GetLineStart(index) && char.IsWhiteSpace(text[line.Start - 1])) return true;
        // The lead-in may list several addresses, a line each ("The videos can be found here:" over two links): the lines
        // between are addresses of the same list, and the lead-in is a line of the paragraph (a blank line ends one).
        return PastedDebris.LineAboveListedAddresses(article, line) is { } leadIn && lines.GetLineIndex(leadIn.Start) >= lines.GetLineIndex(paragraph.Start)
               && text[leadIn.End - 1] == ':';
    }

    /// <summary>
    /// True when <paramref name="first"/> and <paramref name="second"/> stand on different rows of one list: a run of three
    /// lines or more, one right under another, that open alike, with the same list marker ("-", "*", "+", "•") or the same
    /// capitalised word, one that opens no ordinary sentence ("Leaves Minneapolis at 1:45 p.m. - Arrives in Dubuque at 2:50
    /// p.m." over "Leaves Minneapolis at 9:15 p.m. - Arrives …", a timetable). Each row tells of its own item, whose values
    /// are its own.
    /// </summary>
    public static bool AreOnRowsOfOneList(Article article, TextSpan first, TextSpan second)
    {
        var lines = article.Lines;
        var (top, bottom) = (lines.GetLineIndex(first.Start), lines.GetLineIndex(second.Start));
        if (top == bottom) return false;
        if (top > bottom) (top, bottom) = (bottom, top);
        if (RowOpening(article, top) is not { } opening) return false;
        for (var line = top + 1; line <= bottom; line++)
        {
            if (RowOpening(article, line) != opening) return false;
        }
        var rows = bottom - top + 1;
        for (var line = top - 1; rows < MinimumListRows && line >= 0 && RowOpening(article, line) == opening; line--) rows++;
        for (var line = bottom + 1; rows < MinimumListRows && line < lines.LineCount && RowOpening(article, line) == opening; line++) rows++;
        return rows >= MinimumListRows;
    }

    /// <summary>The fewest rows that make a list: two lines that open alike may be two sentences of one paragraph.</summary>
    private const int MinimumListRows = 3;

    /// <summary>How the line opens as a row of a list (<see cref="AreOnRowsOfOneList"/>): its list marker, or its first word when
    /// that is capitalised and opens no ordinary sentence ("The", "He", "In": <see cref="Lexicon.SentenceOpeners"/>); null for
    /// a blank line or any other.</summary>
    private static string? RowOpening(Article article, int lineIndex)
    {
        var text = article.Text;
        var line = article.Lines.GetTrimmedLine(text, lineIndex);
        if (line.Length < 2) return null;
        if (text[line.Start] is '-' or '*' or '+' or '•' && text[line.Start + 1] == ' ') return text[line.Start].ToString();
        var end = line.Start;
        while (end < line.End && char.IsLetter(text[end])) end++;
        if (end == line.Start || !char.IsUpper(text[line.Start])) return null;
        var word = text.Substring(line.Start, end - line.Start);
        return Lexicon.SentenceOpeners.Words.Contains(word) ? null : word;
    }

    /// <summary>True when, in Markdown, the paragraph at <paramref name="paragraph"/> is a list item's: only spaces and a list
    /// marker ("-", "*", "+", "1.", "1)") stand before it on its first line.</summary>
    public static bool OpensListItem(Article article, TextSpan paragraph)
    {
        if (!ArticleFormats.IsMarkdown(article.Format)) return false;
        var text = article.Text;
        var i = IndentEnd(article, paragraph);
        var marker = i;
        if (i < paragraph.Start && text[i] is '-' or '*' or '+') i++;
        else
        {
            while (i < paragraph.Start && char.IsDigit(text[i])) i++;
            if (i == marker || i >= paragraph.Start || text[i] is not ('.' or ')')) return false;
            i++;
        }
        if (i == marker || i >= paragraph.Start || text[i] != ' ') return false;
        while (i < paragraph.Start && text[i] == ' ') i++;
        return i == paragraph.Start;
    }

    /// <summary>True when, in Markdown, the paragraph at <paramref name="paragraph"/> opens with emphasis or an inline tag on
    /// its first line ("**Ann Lee, Nominee …**", "**&lt;u&gt;Ann Lee …"): set as a title, not as a line of running text.</summary>
    public static bool OpensWithEmphasis(Article article, TextSpan paragraph)
    {
        if (!ArticleFormats.IsMarkdown(article.Format)) return false;
        var i = IndentEnd(article, paragraph);
        return i < paragraph.Start && article.Text[i] is '*' or '_' or '<';
    }

    /// <summary>Past the spaces and tabs that open the paragraph's first line, up to its prose at most.</summary>
    private static int IndentEnd(Article article, TextSpan paragraph)
    {
        var i = article.Lines.GetLineStart(article.Lines.GetLineIndex(paragraph.Start));
        while (i < paragraph.Start && article.Text[i] is ' ' or '\t') i++;
        return i;
    }

    /// <summary>
    /// The edit that removes the lines <paramref name="span"/> touches together with the blank lines after them, so the
    /// paragraphs around them keep their spacing; at the end of the text it takes the line breaks before them instead.
    /// </summary>
    public static TextEdit DeleteLines(Article article, TextSpan span)
    {
        var text = article.Text;
        var lines = article.Lines;
        var start = lines.GetLineStart(lines.GetLineIndex(span.Start));
        var next = lines.GetLineIndex(span.End) + 1;
        while (next < lines.LineCount && lines.GetTrimmedLine(text, next).Length == 0) next++;
        if (next < lines.LineCount) return new TextEdit(TextSpan.FromBounds(start, lines.GetLineStart(next)), "");
        while (start > 0 && char.IsWhiteSpace(text[start - 1])) start--;
        return new TextEdit(TextSpan.FromBounds(start, text.Length), "");
    }
}
