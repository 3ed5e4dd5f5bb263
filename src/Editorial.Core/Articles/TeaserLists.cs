using System.Collections.Generic;
using System.Linq;
using Editorial.Text;

namespace Editorial.Articles;

/// <summary>
/// A list of other articles' teasers that an export pasted into the text, each stamped with its time and byline ("… 11/18/16,
/// 9:09 PM CET BY Ana Ruiz Talks resume in Geneva. 11/18/16, 6:31 PM CET BY Kai Tamm …"): the teasers are other pieces'
/// words, not this article's. A list is two stamps or more, each within a teaser's length of the one before; it runs from the
/// first stamp to the end of the teaser after the last one. A single stamp is a dateline or a correction's time, not a list.
/// </summary>
internal static class TeaserLists
{
    /// <summary>The longest teaser between two stamps, in characters.</summary>
    private const int MaximumTeaserLength = 400;

    /// <summary>The lists' spans, in text order.</summary>
    public static List<TextSpan> Find(TokenList tokens, List<Sentence> sentences)
    {
        var lists = new List<TextSpan>();
        int first = -1, last = -1, stamps = 0;
        for (var k = 0; k < tokens.Count; k++)
        {
            if (StampStart(tokens, k) is not { } start) continue;
            var sameList = last >= 0 && sentences[tokens[start].SentenceIndex].ParagraphIndex == sentences[tokens[last].SentenceIndex].ParagraphIndex
                           && tokens[start].Span.Start - tokens[last].Span.End <= MaximumTeaserLength;
            if (!sameList)
            {
                if (stamps >= 2) lists.Add(ListSpan(tokens, sentences, first, last));
                (first, stamps) = (start, 0);
            }
            stamps++;
            last = k;
        }
        if (stamps >= 2) lists.Add(ListSpan(tokens, sentences, first, last));
        return lists;
    }

    /// <summary>From the first stamp to the end of the last stamp's sentence, which runs on through its byline into its
    /// teaser, within a teaser's length.</summary>
    private static TextSpan ListSpan(TokenList tokens, List<Sentence> sentences, int first, int lastBy)
    {
        var sentence = sentences[tokens[lastBy].SentenceIndex];
        var sentenceEnd = sentence.LastToken;
        var limit = tokens[lastBy].Span.End + MaximumTeaserLength;
        var end = lastBy;
        while (end < sentenceEnd && tokens[end + 1].Span.End <= limit) end++;
        return TextSpan.FromBounds(tokens[first].Span.Start, tokens[end].Span.End);
    }

    /// <summary>
    /// When the token at <paramref name="by"/> is a stamp's "BY" (in capitals, as the stamps print it) after a clock time,
    /// AM or PM and an optional time zone ("12:58 PM CET BY"): the index of the stamp's first token, its date ("11/18/16,")
    /// when one comes before the time. Null otherwise.
    /// </summary>
    private static int? StampStart(TokenList tokens, int by)
    {
        if (!tokens[by].IsWord || tokens[by].Text != "BY" || by < 2) return null;
        var k = by - 1;
        if (IsTimeZone(tokens[k].Text) && tokens[k].IsWord) k--;
        if (k < 1 || !tokens[k].IsWord || tokens[k].Text is not ("AM" or "PM") || tokens[k - 1].Kind != TokenKind.Number || !tokens[k - 1].Text.Contains(':'))
            return null;
        k--;
        // The date before the time: numbers and slashes, and the comma between date and time.
        while (k > 0 && (tokens[k - 1].Kind == TokenKind.Number || tokens[k - 1].IsPunctuation('/') || tokens[k - 1].IsPunctuation(','))) k--;
        while (k < by && tokens[k].IsPunctuation(',')) k++;
        return k;
    }

    private static bool IsTimeZone(string word) => word.Length is >= 2 and <= 4 && word is not ("AM" or "PM") && word.All(c => c is >= 'A' and <= 'Z');
}
