namespace Editorial.Text;

/// <summary>Whether a stretch of text holds nothing but white space: the blank lines that end paragraphs and blocks.</summary>
public static class BlankText
{
    /// <summary>True when the characters from <paramref name="start"/> to <paramref name="end"/> are all white space (line
    /// breaks included), or there are none.</summary>
    public static bool IsBlank(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!char.IsWhiteSpace(text[i])) return false;
        }
        return true;
    }

    /// <summary>True when the line that starts at <paramref name="lineStart"/> holds only white space, or the text ends there.</summary>
    public static bool IsBlankLine(string text, int lineStart)
    {
        var lineEnd = lineStart < text.Length ? text.IndexOf('\n', lineStart) : -1;
        return IsBlank(text, lineStart, lineEnd < 0 ? text.Length : lineEnd);
    }
}
