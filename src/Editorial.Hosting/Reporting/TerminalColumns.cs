using System.Globalization;
using System.Text;

namespace Editorial.Hosting.Reporting;

/// <summary>
/// The columns a terminal gives characters, as wcwidth(3) counts them (Markus Kuhn's ranges): none for a combining mark or
/// a zero-width format character, two for East Asian wide and full-width characters and emoji, one for the rest. Columns
/// in reports count UTF-16 code units; carets under a line in a terminal must count these instead.
/// </summary>
internal static class TerminalColumns
{
    /// <summary>What stands under <c>line[0..end]</c> so that the next character lines up with <c>line[end]</c>: a tab for
    /// each tab (whatever the terminal's tab width) and a space for each column.</summary>
    public static string Padding(string line, int end)
    {
        var padding = new StringBuilder();
        for (var i = 0; i < end; i += Length(line, i))
        {
            if (line[i] == '\t') padding.Append('\t');
            else padding.Append(' ', Width(line, i));
        }
        return padding.ToString();
    }

    /// <summary>The columns <c>line[start..end]</c> takes.</summary>
    public static int Of(string line, int start, int end)
    {
        var columns = 0;
        for (var i = start; i < end; i += Length(line, i)) columns += Width(line, i);
        return columns;
    }

    private static int Length(string line, int index) => char.IsSurrogatePair(line, index) ? 2 : 1;

    private static int Width(string line, int index)
    {
        switch (CharUnicodeInfo.GetUnicodeCategory(line, index))
        {
            case UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format:
                return 0;
        }
        var c = char.IsSurrogatePair(line, index) ? char.ConvertToUtf32(line[index], line[index + 1]) : line[index];
        return c >= 0x1100 && (c <= 0x115F || c is 0x2329 or 0x232A || c is >= 0x2E80 and <= 0xA4CF && c != 0x303F
            || c is >= 0xAC00 and <= 0xD7A3 || c is >= 0xF900 and <= 0xFAFF || c is >= 0xFE10 and <= 0xFE19 || c is >= 0xFE30 and <= 0xFE6F
            || c is >= 0xFF00 and <= 0xFF60 || c is >= 0xFFE0 and <= 0xFFE6 || c is >= 0x1F300 and <= 0x1F64F || c is >= 0x1F680 and <= 0x1F6FF
            || c is >= 0x1F900 and <= 0x1F9FF || c is >= 0x1FA70 and <= 0x1FAFF || c is >= 0x20000 and <= 0x3FFFD) ? 2 : 1;
    }
}
