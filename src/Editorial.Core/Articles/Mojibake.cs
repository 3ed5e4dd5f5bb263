namespace Editorial.Articles;

/// <summary>
/// Text decoded with the wrong character set ("â\u0080\u0099", "Ã©", "Â"), or extracted from a PDF that printed each glyph
/// twice for bold type ("DDaallllaass CCoouunnttyy"): the letters it leaves are no words of the copy, so no rule reads them as
/// names, repeated words or sentence fragments. What is wrong there is the encoding or the extraction, which a sub-editor
/// does not mend one word at a time.
/// </summary>
public static class Mojibake
{
    /// <summary>True for a token that holds 'Ã' or 'Â' or ends in 'â' (the lead bytes of a UTF-8 character read as
    /// Latin-1), that touches a C1 control character (U+0080–U+009F, never in real text: its middle bytes), or whose every
    /// letter is written twice (<see cref="IsEachLetterDoubled"/>).</summary>
    public static bool IsGarbled(Article article, Token token)
    {
        var text = token.Text;
        if (text.IndexOf('Ã') >= 0 || text.IndexOf('Â') >= 0 || text[text.Length - 1] == 'â' || IsEachLetterDoubled(text)) return true;
        var (start, end) = (token.Span.Start, token.Span.End);
        return (start > 0 && IsC1(article.Text[start - 1])) || (end < article.Text.Length && IsC1(article.Text[end]));
    }

    private static bool IsC1(char c) => c is >= '\u0080' and <= '\u009F';

    /// <summary>The fewest letters of a word each written twice: "aallll" is three pairs, no English word; "aall" may be a
    /// name's initials ("AAll") or a shout.</summary>
    private const int MinimumDoubledLetters = 6;

    /// <summary>True when the word is its letters each written twice, in pairs from its start ("DDaallllaass", "ccoorrrreecctt"),
    /// as a PDF's bold type extracts, the last one's second copy lost or not ("CCrreeuuzzoot"): no word of any language reads so.</summary>
    internal static bool IsEachLetterDoubled(string text)
    {
        if (text.Length < MinimumDoubledLetters) return false;
        for (var i = 0; i + 1 < text.Length; i += 2)
        {
            if (text[i] != text[i + 1] || !char.IsLetter(text[i])) return false;
        }
        return true;
    }
}
