using System.Linq;

namespace Editorial.Articles;

/// <summary>
/// A wire dateline opening a paragraph of copy: "KYIV, Ukraine (AP) —", "WASHINGTON —", "Cleveland (AFP) –", "(Reuters) -",
/// "Colombo, June 23 (Daily Mirror) -". The dash that closes it is the wire's convention, kept whichever dash the outlet uses
/// in its own sentences.
/// </summary>
public static class Datelines
{
    /// <summary>A dateline is a place, a region and an agency at most: a dash further in is the sentence's own.</summary>
    private const int MaximumTokens = 10;

    /// <summary>The index of the dash that closes the dateline opening the paragraph's first sentence, or -1 when it has none.
    /// Capitalised words, commas and points come before the dash, and the place is in capitals, an agency in parentheses
    /// follows it, or a comma sets its region or state after it ("Lviv, Ukraine —"): "Kyiv – the capital – was shelled"
    /// opens with a capitalised word and a dash and is no dateline.</summary>
    public static int ClosingDash(Article article, Paragraph paragraph)
    {
        if (paragraph.IsHeading || paragraph.SentenceCount == 0) return -1;
        var tokens = article.Tokens;
        var sentence = article.Sentences[paragraph.FirstSentence];
        var placeInCapitals = false;
        var agency = false;
        var regionAfterComma = false;
        var dated = false;
        for (var k = sentence.FirstToken; k < sentence.EndToken && k < sentence.FirstToken + MaximumTokens; k++)
        {
            var token = tokens[k];
            if (token.Kind == TokenKind.Punctuation && token.Text is "—" or "–" or "-")
            {
                return k > sentence.FirstToken && (placeInCapitals || agency || regionAfterComma || dated) ? k : -1;
            }
            if (token.IsWord)
            {
                if (!token.StartsUpper) return -1;
                if (k > sentence.FirstToken + 1 && tokens[k - 1].IsPunctuation(',')) regionAfterComma = true;
                if (k == sentence.FirstToken && token.Text.Length >= 3 && !token.Text.Any(char.IsLower)) placeInCapitals = true;
            }
            else if (token.IsPunctuation('(') && AgencyEnd(tokens, k, sentence.EndToken) is var closing and > 0)
            {
                agency = true;
                k = closing;
            }
            // The day of a dated line, "Colombo, June 23 (Daily Mirror) -", passes as its month does, and so does its year, which
            // makes the line a dateline of its own: "May 20, 2011 - The Young Nats raise …".
            else if (IsYearAfterDay(tokens, k, sentence.FirstToken))
            {
                dated = true;
            }
            else if (!token.IsPunctuation(',') && !token.IsPunctuation('.') && !IsDayAfterMonth(tokens, k, sentence.FirstToken))
            {
                return -1;
            }
        }
        return -1;
    }

    /// <summary>The index of the ")" that closes an agency's name in parentheses opening at <paramref name="open"/>, or -1: one word
    /// in capitals ("(AP)", "(AFP)") or up to three capitalised words ("(Reuters)", "(Daily Mirror)").</summary>
    private static int AgencyEnd(TokenList tokens, int open, int end)
    {
        for (var k = open + 1; k < end && k <= open + MaximumAgencyWords + 1; k++)
        {
            if (tokens[k].IsPunctuation(')')) return k > open + 1 ? k : -1;
            if (!tokens[k].IsWord || !tokens[k].StartsUpper) return -1;
        }
        return -1;
    }

    private const int MaximumAgencyWords = 3;

    /// <summary>True for a year after a comma that follows a month's day: the "2011" of "May 20, 2011".</summary>
    private static bool IsYearAfterDay(TokenList tokens, int k, int first) =>
        k >= first + 3 && tokens[k].Text.Length == 4 && Text.Digits.Only(tokens[k].Text) && tokens[k - 1].IsPunctuation(',') && IsDayAfterMonth(tokens, k - 2, first);

    private static bool IsDayAfterMonth(TokenList tokens, int k, int first) =>
        k > first && tokens[k].Text.Length <= 2 && Text.Digits.Only(tokens[k].Text) && Text.CalendarWords.Months.Contains(tokens[k - 1].Text);
}
