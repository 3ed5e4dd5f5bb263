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
/// before a capital, or a bracket and a capital ('(Germany) must decide …'): elisions ('n', 'em, 'til, '90s) never start
/// with one. A statement woven into a sentence opens before a lower-case word ("she hoped her 'calm would keep her safe'
/// there") that is no elision.</item>
/// <item>It closes with ’ or ' after the statement's own punctuation ('… product,' he said), after a word and before a
/// punctuation mark ('… product'.), or after a word that does not end in "s" and before a space ('… keep her safe' there):
/// the plural possessive (the soldiers' families) ends in "s", stands before a word and does not close.</item>
/// <item>An opening mark after a sentence end while one is open continues it (an export merged the quotation's
/// paragraphs); elsewhere the open one was never closed and the new one replaces it. One never closed is not read.</item>
/// <item>A statement that quotes another to its own end, at the end of its paragraph, closes both with one mark ('The
/// leader wrote that the 'Button is on my desk.'): the outer statement holds the inner.</item>
/// <item>Two apostrophes ('') are one mark, as exports that cannot print a double quotation mark write one; they close
/// only what they opened.</item>
/// <item>Terms are not statements: fewer than <see cref="QuotationFinder.MinimumStatementWords"/> words ('special
/// operation'), or every word capitalised (a title: 'Servant of the People').</item>
/// </list>
/// </summary>
internal static class SingleQuotedStatements
{
    public static void Find(string text, TextSpan block, List<TextSpan> statements)
    {
        var contentStart = -1;
        var openedDoubled = false;
        // A term quoted inside the open statement ('… the army is rated 'weak' and at risk …'): its closing mark is its own.
        var termOpen = false;
        // A statement woven into a sentence, opened before a lower-case word, ends within that sentence.
        var openedInSentence = false;
        // The open statement that a mark before a capital interrupted: the mark opened a name quoted inside it ('… at the
        // hotel 'Donbass'.') when what it opens closes as a term within the sentence, and the statement goes on.
        (int Start, bool Doubled, bool InSentence)? interrupted = null;
        for (var i = block.Start; i < block.End; i++)
        {
            var c = text[i];
            if (c is '.' or '!' or '?' && i + 1 < block.End && char.IsWhiteSpace(text[i + 1]))
            {
                // A woven statement or a term does not run on past its sentence: one still open there was a term whose
                // closing mark reads as a possessive's ('terrorists' and …).
                if (openedInSentence) contentStart = -1;
                termOpen = openedInSentence = false;
                interrupted = null;
                continue;
            }
            if (c is not ('\'' or '‘' or '’')) continue;
            // Some exports write a double quotation mark as two apostrophes (''We will stay,'' she said): the pair is one mark.
            var markEnd = c == '\'' && i + 1 < block.End && text[i + 1] == '\'' ? i + 2 : i + 1;
            var doubled = markEnd == i + 2;
            if (contentStart >= 0 && c is '\'' or '’' && doubled == openedDoubled && Closes(text, block, i, markEnd))
            {
                if (termOpen)
                {
                    termOpen = false;
                }
                else
                {
                    var content = TextSpan.FromBounds(contentStart, i);
                    // "'The leader said that the 'button is on his desk.'" ending its paragraph: a statement that quotes another
                    // to its own end closes both with the one mark, and the outer statement holds the inner.
                    if (interrupted is { } quoting && BlankText.IsBlank(text, markEnd, block.End)) content = TextSpan.FromBounds(quoting.Start, i);
                    var isStatement = IsStatement(text, content);
                    if (isStatement) statements.Add(content);
                    contentStart = -1;
                    if (!isStatement && interrupted is { } outer) (contentStart, openedDoubled, openedInSentence) = outer;
                    interrupted = null;
                }
            }
            else if (c is '\'' or '‘' && Opens(text, block, i, markEnd) && (contentStart < 0 || !FollowsSentenceEnd(text, block, i)))
            {
                // Inside an open statement, a mark before a lower-case word opens a term within it; one before a capital
                // means the open one was never closed, and replaces it, unless what it opens is a name quoted inside it.
                if (contentStart >= 0 && char.IsLower(text[markEnd]))
                {
                    termOpen = true;
                }
                else
                {
                    interrupted = contentStart >= 0 ? (contentStart, openedDoubled, openedInSentence) : null;
                    contentStart = markEnd;
                    openedDoubled = doubled;
                    termOpen = false;
                    openedInSentence = char.IsLower(text[markEnd]);
                }
            }
            i = markEnd - 1;
        }
    }

    private static bool Opens(string text, TextSpan block, int mark, int markEnd)
    {
        if (!(mark == block.Start || char.IsWhiteSpace(text[mark - 1]) || text[mark - 1] is '(' or '[' or '—' or '–' or ':') || markEnd >= block.End) return false;
        var first = text[markEnd];
        if (char.IsUpper(first)) return true;
        // '(Germany) must decide …', '[The] talks failed …': an editor's bracket opens the statement.
        if (first is '(' or '[') return markEnd + 1 < block.End && char.IsUpper(text[markEnd + 1]);
        return char.IsLower(first) && !IsElision(text, block, markEnd);
    }

    // Words an apostrophe shortens at their start, which a lower-case word after an opening mark may be.
    private static readonly HashSet<string> Elisions = new(System.StringComparer.OrdinalIgnoreCase)
    {
        "em", "til", "tis", "twas", "cause", "cos", "bout", "round", "nuff", "kay", "cept", "fore", "neath", "ere", "tween", "less", "scuse",
    };

    /// <summary>True when the word from <paramref name="start"/> is one letter ('n', 'd) or an elision ('em, 'til).</summary>
    private static bool IsElision(string text, TextSpan block, int start)
    {
        var end = start;
        while (end < block.End && char.IsLetter(text[end])) end++;
        return end - start < 2 || Elisions.Contains(text.Substring(start, end - start));
    }

    private static bool Closes(string text, TextSpan block, int mark, int markEnd)
    {
        if (mark == block.Start) return false;
        var before = text[mark - 1];
        var atEnd = markEnd >= block.End;
        var after = atEnd ? ' ' : text[markEnd];
        if (char.IsLetterOrDigit(after)) return false;
        if (before is '.' or ',' or '!' or '?' or '…') return true;
        // No possessive ends in two apostrophes: after a word they close, whatever follows ("… the mechanics'' of it").
        var doubled = markEnd == mark + 2;
        if (!char.IsLetterOrDigit(before)) return false;
        if (doubled || atEnd || after is ',' or '.' or ';' or ':' or '!' or '?' or ')') return true;
        // Before a space, only a possessive's apostrophe follows a word's "s" (the soldiers' families).
        return char.IsWhiteSpace(after) && before is not ('s' or 'S');
    }


    /// <summary>True when only spaces stand between the mark and a full stop, question or exclamation mark.</summary>
    private static bool FollowsSentenceEnd(string text, TextSpan block, int i)
    {
        var before = i - 1;
        while (before >= block.Start && char.IsWhiteSpace(text[before])) before--;
        return before < i - 1 && before >= block.Start && text[before] is '.' or '?' or '!' or '…';
    }

    private static bool IsStatement(string text, TextSpan content)
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
