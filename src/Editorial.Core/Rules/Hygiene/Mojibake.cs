using Editorial.Articles;

namespace Editorial.Rules.Hygiene;

/// <summary>
/// Text decoded with the wrong character set ("â\u0080\u0099", "Â"): the letters it leaves are no words of the copy, so the
/// hygiene rules do not read them as repeated words or sentence fragments. What is wrong there is the encoding, which a
/// sub-editor does not mend one mark at a time.
/// </summary>
internal static class Mojibake
{
    /// <summary>True for a token that touches a C1 control character (U+0080–U+009F, never in real text: the middle bytes of
    /// a UTF-8 character read as Latin-1), or that is a lone 'â', 'Ã' or 'Â' (the lead bytes of such a character).</summary>
    public static bool IsGarbled(string text, Token token)
    {
        if (token.Text is "â" or "Ã" or "Â") return true;
        var start = token.Span.Start;
        var end = token.Span.End;
        return (start > 0 && IsC1(text[start - 1])) || (end < text.Length && IsC1(text[end]));
    }

    private static bool IsC1(char c) => c is >= '\u0080' and <= '\u009F';
}
