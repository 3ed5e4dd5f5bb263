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
/// <item>Two apostrophes ('') are one mark, as exports that cannot print a double quotation mark write one; they close
/// only what they opened.</item>
/// <item>Terms are not statements: fewer than <see cref="QuotationFinder.MinimumStatementWords"/> words ('special
/// operation'), or every word capitalised (a title: 'Servant of the People').</item>
/// </list>
/// </summary>
internal static class SingleQuotedStatements
{
    public static void Find(char[] text, TextSpan block, List<TextSpan> statements)
    {
        var contentStart = -1;
        var openedDoubled = false;
        for (var i = block.Start; i < block.End; i++)
        {
            var c = text[i];
            if (c is not ('\'' or '‘' or '’')) continue;
            // Some exports write a double quotation mark as two apostrophes (''We will stay,'' she said): the pair is one mark.
            var markEnd = c == '\'' && i + 1 < block.End && text[i + 1] == '\'' ? i + 2 : i + 1;
            var doubled = markEnd == i + 2;
            if (contentStart >= 0 && c is '\'' or '’' && doubled == openedDoubled && Closes(text, block, i, markEnd))
            {
                var content = TextSpan.FromBounds(contentStart, i);
                if (IsStatement(text, content)) statements.Add(content);
                contentStart = -1;
            }
            else if (c is '\'' or '‘' && Opens(text, block, i, markEnd) && (contentStart < 0 || !FollowsSentenceEnd(text, block, i)))
            {
                contentStart = markEnd;
                openedDoubled = doubled;
            }
            i = markEnd - 1;
        }
    }

    private static bool Opens(char[] text, TextSpan block, int mark, int markEnd) =>
        (mark == block.Start || char.IsWhiteSpace(text[mark - 1]) || text[mark - 1] is '(' or '[' or '—' or '–' or ':')
        && markEnd < block.End && char.IsUpper(text[markEnd]);

    private static bool Closes(char[] text, TextSpan block, int mark, int markEnd)
    {
        if (mark == block.Start) return false;
        var before = text[mark - 1];
        var atEnd = markEnd >= block.End;
        var after = atEnd ? ' ' : text[markEnd];
        if (char.IsLetterOrDigit(after)) return false;
        if (before is '.' or ',' or '!' or '?' or '…') return true;
        // No possessive ends in two apostrophes: after a word they close, whatever follows ("… the mechanics'' of it").
        var doubled = markEnd == mark + 2;
        return char.IsLetterOrDigit(before) && (doubled || atEnd || after is ',' or '.' or ';' or ':' or '!' or '?' or ')');
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
