using Editorial.Text;

namespace Editorial.Articles;

/// <summary>
/// Plain-text articles as newsrooms store them: one paragraph per line (blank lines between them optional).
/// A line that ends without closing punctuation and is followed by a line that starts in lowercase is a hard-wrapped
/// paragraph and is joined with it: directly, or across one blank line, as text taken from a double-spaced page puts one
/// between every two lines ("is welcomed by Labor. However, there are still important" / "" / "things that we need").
/// A line with no closing punctuation is a headline or subheading. A line of a code listing saved with its line numbers
/// (<see cref="NumberedListings"/>) is code, not prose.
/// </summary>
internal static class PlainTextLayout
{
    /// <param name="lines">The text's line map, the article's own (<see cref="Article.Lines"/>).</param>
    public static ArticleLayout Read(string text, LineMap lines)
    {
        var layout = new ArticleLayout(text);
        var blockStart = -1;
        var blockEnd = -1;
        var blankLinesBefore = 0;
        var listings = NumberedListings.Find(text);
        var listing = 0;
        for (var line = 0; line < lines.LineCount; line++)
        {
            var trimmed = lines.GetTrimmedLine(text, line);
            var (start, end) = (trimmed.Start, trimmed.End);
            while (listing < listings.Count && listings[listing].End < start) listing++;
            var isCode = listing < listings.Count && listings[listing].Start <= start;
            if (isCode)
            {
                layout.Blank(start, end);
                Flush(layout, text, ref blockStart, blockEnd);
                continue;
            }
            if (start == end)
            {
                blankLinesBefore++;
                continue;
            }
            // The first line is the headline, which a blank line sets apart whatever case it ends in ("… steps up onslaught").
            var continues = blockStart >= 0 && (blankLinesBefore == 0 ? CarriesOn(text, blockEnd, start)
                : blankLinesBefore == 1 && layout.Blocks.Count > 0 && CarriesOnAcrossBlankLine(text, blockEnd, start));
            blankLinesBefore = 0;
            if (!continues) Flush(layout, text, ref blockStart, blockEnd);
            if (blockStart < 0) blockStart = start;
            blockEnd = end;
        }
        Flush(layout, text, ref blockStart, blockEnd);
        return layout;
    }

    private static void Flush(ArticleLayout layout, string text, ref int blockStart, int blockEnd)
    {
        if (blockStart < 0) return;
        layout.Blocks.Add(new LayoutBlock(TextSpan.FromBounds(blockStart, blockEnd), IsHeading(text, blockStart, blockEnd)));
        blockStart = -1;
    }

    private static bool IsHeading(string text, int start, int end) => !EndsClosed(text, end) && WordCount(text, start, end) <= 25;

    /// <summary>True when a line starting at <paramref name="lineStart"/> carries on the sentence of a line ending at
    /// <paramref name="previousEnd"/>, as a hard-wrapped paragraph does: that line left open, this one starting in lower case.</summary>
    internal static bool CarriesOn(string text, int previousEnd, int lineStart) => !EndsClosed(text, previousEnd) && char.IsLower(text[lineStart]);

    /// <summary>True when a line starting at <paramref name="lineStart"/>, after one blank line, carries on the sentence of a
    /// line ending at <paramref name="previousEnd"/>, as a double-spaced page's lines do: that line stops mid-sentence, after
    /// a word all in lower case or a comma, and this one opens with a word in lower case. A headline ends on a capital as often
    /// ("… LIKE NBA", "… paid like NBA") over a dateline in lower case, a credit on a name ("– Agencies") over a field a CMS
    /// pasted ("date 2022-03-14 …"), and a line of marks ("# # #") ends no sentence to carry on,
    /// and a web address, a domain or a handle in lower case ("http://…", "www.example.org", "@harbour") opens a line of its own.</summary>
    private static bool CarriesOnAcrossBlankLine(string text, int previousEnd, int lineStart)
    {
        if (!CarriesOn(text, previousEnd, lineStart) || !(EndsOnLowerCaseWord(text, previousEnd) || text[previousEnd - 1] == ',')) return false;
        for (var i = lineStart; i < text.Length && !char.IsWhiteSpace(text[i]); i++)
        {
            if (text[i] is '/' or '@' or ':' || text[i] == '.' && i + 1 < text.Length && char.IsLetter(text[i + 1])) return false;
        }
        return true;
    }

    /// <summary>True when the text before <paramref name="end"/> ends on a word all in lower case ("still important"), as a line
    /// cut mid-sentence does; not on a name or a credit ("… in full.” – Agencies").</summary>
    private static bool EndsOnLowerCaseWord(string text, int end)
    {
        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1])) start--;
        if (start == end) return false;
        for (var i = start; i < end; i++)
        {
            if (!char.IsLower(text[i])) return false;
        }
        return true;
    }

    /// <summary>True when the text before <paramref name="end"/> ends as a sentence or a lead-in does.</summary>
    internal static bool EndsClosed(string text, int end)
    {
        for (var i = end - 1; i >= 0; i--)
        {
            var c = text[i];
            if (c is '”' or '"' or '’' or '\'' or ')' or ']') continue;
            return c is '.' or '!' or '?' or '…' or ':' or ';';
        }
        return false;
    }

    private static int WordCount(string text, int start, int end)
    {
        var count = 0;
        var inWord = false;
        for (var i = start; i < end; i++)
        {
            var letter = !char.IsWhiteSpace(text[i]);
            if (letter && !inWord) count++;
            inWord = letter;
        }
        return count;
    }
}
