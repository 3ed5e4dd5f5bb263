using System.Collections.Generic;
using Editorial.Text;

namespace Editorial.Articles;

/// <summary>
/// Finds direct quotations in a block: curly (“ ”), guillemets (« ») and straight (") double quotes. A straight
/// quote opens after a space or at the start of the block and closes otherwise. A quotation still open at the end
/// of the block is kept as not closed: the multi-paragraph convention, or a missing mark.
/// Single quotes are not read as quotation marks here: they are far more often apostrophes.
/// </summary>
internal static class QuotationFinder
{
    public static void Find(char[] text, TextSpan block, int paragraphIndex, List<Quotation> quotations)
    {
        var open = -1;
        var mark = '\0';
        for (var i = block.Start; i < block.End; i++)
        {
            var c = text[i];
            var opens = c is '“' or '«' || (c == '"' && open < 0 && (i == block.Start || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '[' or '—' or '–'));
            var closes = c is '”' or '»' || (c == '"' && !opens);
            if (opens)
            {
                if (open >= 0) Add(quotations, open, i, paragraphIndex, mark, closed: false);
                open = i;
                mark = c;
            }
            else if (closes && open >= 0)
            {
                quotations.Add(new Quotation(TextSpan.FromBounds(open, i + 1), TextSpan.FromBounds(open + 1, i), paragraphIndex, mark, true));
                open = -1;
            }
        }
        if (open >= 0) Add(quotations, open, block.End, paragraphIndex, mark, closed: false);
    }

    private static void Add(List<Quotation> quotations, int open, int end, int paragraphIndex, char mark, bool closed) =>
        quotations.Add(new Quotation(TextSpan.FromBounds(open, end), TextSpan.FromBounds(open + 1, end), paragraphIndex, mark, closed));
}
