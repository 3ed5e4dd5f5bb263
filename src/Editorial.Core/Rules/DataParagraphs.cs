using Editorial.Articles;
using Editorial.Text;

namespace Editorial.Rules;

/// <summary>
/// Paragraphs of data: a table or a list of results run into one paragraph (a plain-text table's rows, a wire story's
/// commodity tables), whose marks and repeated cells are the data's, not slips of a sentence.
/// </summary>
internal static class DataParagraphs
{
    /// <summary>The fewest numbers a paragraph of data holds: a sentence of figures ("rose 3% to 1,204 in 2023 from 998") is
    /// prose.</summary>
    private const int MinimumNumbers = 12;

    /// <summary>True when <paramref name="span"/> starts in a paragraph of data (<see cref="IsData"/>).</summary>
    public static bool Contain(Article article, TextSpan span)
    {
        var token = article.Tokens.FirstStartingAt(span.Start);
        if (token >= article.Tokens.Count || article.Tokens[token].SentenceIndex < 0) return false;
        return IsData(article, article.Sentences[article.Tokens[token].SentenceIndex].ParagraphIndex);
    }

    /// <summary>True when numbers are a third or more of the paragraph's words and numbers, and at least
    /// <see cref="MinimumNumbers"/>: a table or a list of results run into one paragraph, not sentences.</summary>
    public static bool IsData(Article article, int paragraph)
    {
        var (words, numbers) = (0, 0);
        var sentences = article.Sentences;
        var p = article.Paragraphs[paragraph];
        for (var s = p.FirstSentence; s <= p.LastSentence; s++)
        {
            for (var t = sentences[s].FirstToken; t < sentences[s].EndToken; t++)
            {
                var kind = article.Tokens[t].Kind;
                if (kind == TokenKind.Number) numbers++;
                else if (kind == TokenKind.Word) words++;
            }
        }
        return numbers >= MinimumNumbers && numbers * 3 >= words + numbers;
    }
}
