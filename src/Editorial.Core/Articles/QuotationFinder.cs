using System.Collections.Generic;
using Editorial.Text;

namespace Editorial.Articles;

/// <summary>
/// Finds direct quotations in a block: curly (“ ”), guillemets (« ») and straight (") double quotes. A straight
/// quote opens after a space or at the start of the block and closes otherwise. A quotation still open at the end
/// of the block is kept as not closed: the multi-paragraph convention, or a missing mark. A quotation that opens a
/// block right after one left open at the end of the previous block continues it (<see cref="Quotation.ContinuesPrevious"/>).
/// Single quotes are not read as quotation marks here: they are far more often apostrophes.
/// </summary>
internal static class QuotationFinder
{
    public static void Find(char[] text, TextSpan block, int paragraphIndex, List<Quotation> quotations)
    {
        var open = -1;
        var mark = '\0';
        // Where a quotation must open to continue one left open by the previous block; -1 when none was left open.
        var runOnStart = RunsOnFromPreviousBlock(text, block, paragraphIndex, quotations) ? FirstVisible(text, block) : -1;
        for (var i = block.Start; i < block.End; i++)
        {
            var c = text[i];
            var opens = c is '“' or '«' || (c == '"' && open < 0 && (i == block.Start || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '[' or '—' or '–' or ':'));
            var closes = QuotationMarks.IsClosing(c) && !opens;
            if (opens)
            {
                if (open >= 0) Add(quotations, open, i, paragraphIndex, mark, closed: false, open == runOnStart);
                open = i;
                mark = c;
            }
            else if (closes && open >= 0)
            {
                quotations.Add(new Quotation(TextSpan.FromBounds(open, i + 1), TextSpan.FromBounds(open + 1, i), paragraphIndex, mark, true)
                {
                    ContinuesPrevious = open == runOnStart,
                });
                open = -1;
            }
        }
        if (open >= 0) Add(quotations, open, block.End, paragraphIndex, mark, closed: false, open == runOnStart);
    }

    /// <summary>True when the last quotation found so far is still open at the end of the previous block (only blanks between).</summary>
    private static bool RunsOnFromPreviousBlock(char[] text, TextSpan block, int paragraphIndex, List<Quotation> quotations)
    {
        if (quotations.Count == 0) return false;
        var previous = quotations[quotations.Count - 1];
        if (previous.IsClosed || previous.ParagraphIndex != paragraphIndex - 1) return false;
        for (var i = previous.Span.End; i < block.Start; i++)
        {
            if (!char.IsWhiteSpace(text[i])) return false;
        }
        return true;
    }

    private static int FirstVisible(char[] text, TextSpan block)
    {
        var i = block.Start;
        while (i < block.End && char.IsWhiteSpace(text[i])) i++;
        return i;
    }

    private static void Add(List<Quotation> quotations, int open, int end, int paragraphIndex, char mark, bool closed, bool continuesPrevious) =>
        quotations.Add(new Quotation(TextSpan.FromBounds(open, end), TextSpan.FromBounds(open + 1, end), paragraphIndex, mark, closed)
        {
            ContinuesPrevious = continuesPrevious,
        });
}
