namespace Editorial.Articles;

/// <summary>
/// Text decoded with the wrong character set ("â\u0080\u0099", "Ã©", "Â"): the letters it leaves are no words of the copy,
/// so no rule reads them as names, repeated words or sentence fragments. What is wrong there is the encoding, which a
/// sub-editor does not mend one word at a time.
/// </summary>
public static class Mojibake
{
    /// <summary>True for a token that holds 'Ã' or 'Â' or ends in 'â' (the lead bytes of a UTF-8 character read as
    /// Latin-1), or that touches a C1 control character (U+0080–U+009F, never in real text: its middle bytes).</summary>
    public static bool IsGarbled(Article article, Token token)
    {
        var text = token.Text;
        if (text.IndexOf('Ã') >= 0 || text.IndexOf('Â') >= 0 || text[text.Length - 1] == 'â') return true;
        var (start, end) = (token.Span.Start, token.Span.End);
        return (start > 0 && IsC1(article.Text[start - 1])) || (end < article.Text.Length && IsC1(article.Text[end]));
    }

    private static bool IsC1(char c) => c is >= '\u0080' and <= '\u009F';
}
