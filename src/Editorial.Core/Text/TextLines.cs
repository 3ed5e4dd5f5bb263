namespace Editorial.Text;

/// <summary>Lines of a text read without a <see cref="LineMap"/>: for the readers that see the text once, before its map is
/// made or on a view of it.</summary>
internal static class TextLines
{
    /// <summary>Where the line that holds <paramref name="position"/> ends: its line break, or the text's end.</summary>
    public static int EndOf(string text, int position)
    {
        var end = text.IndexOf('\n', position);
        return end < 0 ? text.Length : end;
    }
}
