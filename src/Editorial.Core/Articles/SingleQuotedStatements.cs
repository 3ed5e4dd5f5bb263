using System.Collections.Generic;
using Editorial.Text;

namespace Editorial.Articles;

/// <summary>
/// Statements in single quotation marks, as British copy prints them ('We will not leave,' she said). They are someone
/// else's words like a quotation in double marks, but they are not read as <see cref="Quotation"/>s: the same marks are
/// apostrophes far more often, so only a pair that is shaped like a statement counts, and only for what "someone else's
/// words" decides (<see cref="Article.IsInOthersWords"/>), not for attribution.
/// <list type="bullet">
/// <item>It opens with ‘ or ' where an opening mark stands (the block start, after a space, a bracket, a dash or a colon)
/// before a capital: elisions ('n', 'em, 'til, '90s) never start with one.</item>
/// <item>It closes with ’ or ' after the statement's own punctuation ('… product,' he said) or after a word and before a
/// punctuation mark ('… product'.): the plural possessive (the soldiers' families) stands before a word and does not close.</item>
/// <item>An opening mark after a sentence end while one is open continues it (an export merged the quotation's
/// paragraphs); elsewhere the open one was never closed and the new one replaces it. One never closed is not read.</item>
/// <item>Terms are not statements: fewer than <see cref="QuotationFinder.MinimumStatementWords"/> words ('special
/// operation'), or every word capitalised (a title: 'Servant of the People').</item>
/// </list>
/// </summary>
internal static class SingleQuotedStatements
{
    public static void Find(char[] text, TextSpan block, List<TextSpan> statements)
    {
        var open = -1;
        for (var i = block.Start; i < block.End; i++)
        {
            var c = text[i];
            if (c is not ('\'' or '‘' or '’')) continue;
            if (open >= 0 && c is '\'' or '’' && Closes(text, block, i))
            {
                var content = TextSpan.FromBounds(open + 1, i);
                if (IsStatement(text, content)) statements.Add(content);
                open = -1;
            }
            else if (c is '\'' or '‘' && Opens(text, block, i) && (open < 0 || !FollowsSentenceEnd(text, block, i)))
            {
                open = i;
            }
        }
    }

    private static bool Opens(char[] text, TextSpan block, int i) =>
        (i == block.Start || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '[' or '—' or '–' or ':')
        && i + 1 < block.End && char.IsUpper(text[i + 1]);

    private static bool Closes(char[] text, TextSpan block, int i)
    {
        if (i == block.Start) return false;
        var before = text[i - 1];
        var atEnd = i + 1 >= block.End;
        var after = atEnd ? ' ' : text[i + 1];
        if (char.IsLetterOrDigit(after)) return false;
        if (before is '.' or ',' or '!' or '?' or '…') return true;
        return char.IsLetterOrDigit(before) && (atEnd || after is ',' or '.' or ';' or ':' or '!' or '?' or ')');
    }

    /// <summary>True when only spaces stand between the mark and a full stop, question or exclamation mark.</summary>
    private static bool FollowsSentenceEnd(char[] text, TextSpan block, int i)
    {
        var before = i - 1;
        while (before >= block.Start && char.IsWhiteSpace(text[before])) before--;
        return before < i - 1 && before >= block.Start && text[before] is '.' or '?' or '!' or '…';
    }

    private static bool IsStatement(char[] text, TextSpan content)
    {
        var words = 0;
        var capitalised = 0;
        for (var i = content.Start; i < content.End; i++)
        {
            if (!char.IsLetterOrDigit(text[i]) || (i > content.Start && !char.IsWhiteSpace(text[i - 1]) && text[i - 1] is not ('\'' or '‘'))) continue;
            words++;
            if (char.IsUpper(text[i])) capitalised++;
        }
        return words >= QuotationFinder.MinimumStatementWords && capitalised < words;
    }
}
