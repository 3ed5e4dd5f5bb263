using System.Linq;

namespace Editorial.Articles;

/// <summary>
/// A wire dateline opening a paragraph of copy: "KYIV, Ukraine (AP) —", "WASHINGTON —", "Cleveland (AFP) –". The dash that
/// closes it is the wire's convention, kept whichever dash the outlet uses in its own sentences.
/// </summary>
public static class Datelines
{
    /// <summary>A dateline is a place, a region and an agency at most: a dash further in is the sentence's own.</summary>
    private const int MaximumTokens = 10;

    /// <summary>The index of the dash that closes the dateline opening the paragraph's first sentence, or -1 when it has none.
    /// Capitalised words, commas and points come before the dash, and the place is in capitals or an agency in parentheses
    /// follows it: "Kyiv – the capital – was shelled" opens with a capitalised word and a dash and is no dateline.</summary>
    public static int ClosingDash(Article article, Paragraph paragraph)
    {
        if (paragraph.IsHeading || paragraph.SentenceCount == 0) return -1;
        var tokens = article.Tokens;
        var sentence = article.Sentences[paragraph.FirstSentence];
        var placeInCapitals = false;
        var agency = false;
        for (var k = sentence.FirstToken; k < sentence.EndToken && k < sentence.FirstToken + MaximumTokens; k++)
        {
            var token = tokens[k];
            if (token.Kind == TokenKind.Punctuation && token.Text is "—" or "–" or "-")
            {
                return k > sentence.FirstToken && (placeInCapitals || agency) ? k : -1;
            }
            if (token.IsWord)
            {
                if (!token.StartsUpper) return -1;
                if (k == sentence.FirstToken && token.Text.Length >= 3 && !token.Text.Any(char.IsLower)) placeInCapitals = true;
            }
            else if (token.IsPunctuation('(') && k + 2 < sentence.EndToken && tokens[k + 1].IsWord && !tokens[k + 1].Text.Any(char.IsLower)
                     && tokens[k + 2].IsPunctuation(')'))
            {
                agency = true;
                k += 2;
            }
            else if (!token.IsPunctuation(',') && !token.IsPunctuation('.'))
            {
                return -1;
            }
        }
        return -1;
    }
}
