using System.Collections.Generic;
using Editorial.Text;

namespace Editorial.Articles;

/// <summary>
/// Code listings that a page export saved with their line numbers and without their fence: three or more lines in a row, blank
/// lines and lone hard breaks ("\") between them allowed, each opening with the number after the line before's, which the
/// code runs into ("15def get_logits(par):", "20  // Codex's plan tool.\", a number alone for an empty line of code). Such a
/// line is code, not prose: its quotation marks, spacing and comments are the program's. A list in prose never reads so: its
/// number is followed by a stop, a bracket or one space ("1. Book a crossing", "2) Board"), or is an ordinal ("1st", "2nd").
/// </summary>
internal static class NumberedListings
{
    /// <summary>The fewest numbered lines in a row that make a listing: two could be any two lines that open with figures.</summary>
    private const int MinimumLines = 3;

    /// <summary>The most digits of a line number: a listing of ten thousand lines is no article's, and a longer number (a year
    /// with its month, "202403") opens prose.</summary>
    private const int MaximumDigits = 4;

    /// <summary>The numbered listings of <paramref name="text"/>, in text order, each from its first line's start to its last line's
    /// end: the lines between, blank or a lone hard break, are the listing's too.</summary>
    public static IReadOnlyList<TextSpan> Find(string text)
    {
        List<TextSpan>? found = null;
        var (runStart, runEnd, runLines) = (-1, -1, 0);
        var previousNumber = -1;
        for (var start = 0; start < text.Length;)
        {
            var end = TextLines.EndOf(text, start);
            if (!IsEmptyLine(text, start, end))
            {
                var number = LineNumber(text, start, end);
                if (number < 0 || number != previousNumber + 1) Flush();
                if (number >= 0)
                {
                    if (runLines++ == 0) runStart = start;
                    runEnd = end;
                }
                previousNumber = number;
            }
            start = end + 1;
        }
        Flush();
        return found ?? (IReadOnlyList<TextSpan>)[];

        void Flush()
        {
            if (runLines >= MinimumLines) (found ??= new List<TextSpan>()).Add(TextSpan.FromBounds(runStart, runEnd));
            runLines = 0;
        }
    }

    /// <summary>True for a line of spaces, or of a Markdown hard break ("\") alone, which an export writes between code lines.</summary>
    private static bool IsEmptyLine(string text, int start, int end)
    {
        var i = start;
        while (i < end && char.IsWhiteSpace(text[i])) i++;
        if (i < end && text[i] == '\\') i++;
        while (i < end && char.IsWhiteSpace(text[i])) i++;
        return i == end;
    }

    /// <summary>The line number that opens the line (after the backticks of a code span the export left unclosed), when the code
    /// runs into it or stands two spaces from it, or it stands alone; -1 otherwise.</summary>
    private static int LineNumber(string text, int start, int end)
    {
        var i = start;
        while (i < end && text[i] == '`') i++;
        var digits = i;
        while (i < end && text[i] is >= '0' and <= '9') i++;
        if (i == digits || i - digits > MaximumDigits) return -1;
        var number = 0;
        for (var d = digits; d < i; d++) number = number * 10 + (text[d] - '0');
        if (IsEmptyLine(text, i, end)) return number;
        var next = text[i];
        if (next is ' ' or '\t') return i + 1 < end && text[i + 1] is ' ' or '\t' ? number : -1;
        // A stop or bracket, escaped or not ("1\. Gallup, 2025"), marks a list; a comma, a colon, a unit or a dash, prose.
        if (next is '.' or ')' or '\\' or ',' or ':' or ';' or '%' or '-' or '–' or '—' or '/' || char.IsWhiteSpace(next)) return -1;
        return IsOrdinalSuffix(text, i, end) ? -1 : number;
    }

    private static bool IsOrdinalSuffix(string text, int i, int end)
    {
        if (i + 2 > end) return false;
        var suffix = (char.ToLowerInvariant(text[i]), char.ToLowerInvariant(text[i + 1]));
        return suffix is ('s', 't') or ('n', 'd') or ('r', 'd') or ('t', 'h') && (i + 2 == end || !char.IsLetter(text[i + 2]));
    }
}
