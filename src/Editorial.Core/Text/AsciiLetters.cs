namespace Editorial.Text;

/// <summary>The letters of an English keyboard, A to Z in either case: what a typed English word and a line of English text are
/// made of, as no accented or other script's letter is.</summary>
internal static class AsciiLetters
{
    public static bool Is(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z';
}
