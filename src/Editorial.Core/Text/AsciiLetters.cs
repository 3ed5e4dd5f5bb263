namespace Editorial.Text;

/// <summary>The letters of an English keyboard, A to Z in either case: what a typed English word and a line of English text are
/// made of, as no accented or other script's letter is.</summary>
internal static class AsciiLetters
{
    public static bool Is(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z';

    /// <summary>True when every character of <paramref name="text"/> from <paramref name="start"/> to <paramref name="end"/> is a
    /// lower-case letter from a to z: a domain's ending, a name a web address is made of.</summary>
    public static bool AreLower(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (text[i] is < 'a' or > 'z') return false;
        }
        return true;
    }
}
