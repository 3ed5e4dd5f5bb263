namespace Editorial.Text;

/// <summary>Text held in a character array (the article's prose view, a block the tokenizer reads) compared with a string
/// where it lies, without making a string of it.</summary>
internal static class CharArrays
{
    /// <summary>True when <paramref name="chars"/> hold <paramref name="text"/> from <paramref name="start"/> on (and may go on
    /// after it).</summary>
    public static bool HoldAt(char[] chars, int start, string text)
    {
        if (start + text.Length > chars.Length) return false;
        for (var i = 0; i < text.Length; i++)
        {
            if (chars[start + i] != text[i]) return false;
        }
        return true;
    }
}
