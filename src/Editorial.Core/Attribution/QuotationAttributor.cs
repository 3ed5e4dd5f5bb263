using System;
using System.Collections.Generic;
using System.Linq;
using Editorial.Articles;
using Editorial.Text;

namespace Editorial.Attribution;

/// <summary>
/// Ties each direct quotation to its attribution: a reporting cue in the sentences the quotation spans, a speaker
/// named before a colon, a cue in the next or previous sentence of the paragraph (a split quotation), another
/// paragraph of the same running quotation, or an attributed quotation ending the previous paragraph.
/// </summary>
internal static class QuotationAttributor
{
    private const int MaximumNameWords = 6;

    public static List<QuotationAttribution> Attribute(Article article, List<List<ReportingCue>> cues)
    {
        var result = article.Quotations.Select(q => OwnAttribution(article, q, cues)).ToList();
        // Attributions spread through running quotations and paragraph carry-over until nothing changes.
        bool changed;
        do
        {
            changed = false;
            for (var i = 0; i < result.Count; i++)
            {
                if (result[i].IsAttributed) continue;
                var borrowed = FromRunningQuotation(result, i) ?? FromPreviousParagraph(article, result, i);
                if (borrowed is null) continue;
                result[i] = borrowed;
                changed = true;
            }
        }
        while (changed);
        return result;
    }

    private static QuotationAttribution OwnAttribution(Article article, Quotation quotation, List<List<ReportingCue>> cues)
    {
        var tokens = article.Tokens;
        var words = 0;
        var titleCase = true;
        for (var k = FirstTokenAt(tokens, quotation.ContentSpan.Start); k < tokens.Count && tokens[k].Span.End <= quotation.ContentSpan.End; k++)
        {
            if (tokens[k].Kind == TokenKind.Punctuation) continue;
            words++;
            // Short words ("of", "and", "the") stay lowercase in titles.
            if (tokens[k].IsWord && tokens[k].Text.Length > 3 && !tokens[k].StartsUpper) titleCase = false;
        }
        var paragraph = article.Paragraphs[quotation.ParagraphIndex];
        var paragraphEnd = paragraph.FirstSentence + paragraph.SentenceCount;
        var first = -1;
        var last = -1;
        for (var s = paragraph.FirstSentence; s < paragraphEnd; s++)
        {
            if (!article.Sentences[s].Span.OverlapsWith(quotation.Span)) continue;
            if (first < 0) first = s;
            last = s;
        }
        if (first < 0) return new QuotationAttribution(quotation, words, titleCase, AttributionKind.None, null, null);

        var colon = ColonBefore(tokens, article.Sentences[first], quotation);
        var own = Enumerable.Range(first, last - first + 1).SelectMany(s => cues[s]).ToList();
        if (own.Count > 0)
        {
            var nearest = own.OrderBy(cue => Distance(cue.Span, quotation.Span)).First();
            var kind = colon >= 0 && nearest.Span.End <= tokens[colon].Span.Start ? AttributionKind.Colon : AttributionKind.SameSentence;
            return new QuotationAttribution(quotation, words, titleCase, kind, nearest.Span, nearest.Speaker);
        }
        // "Podolyak: “…”": a name before the colon is the speaker.
        if (colon > article.Sentences[first].FirstToken && ReportingCueFinder.RunBefore(tokens, article.Sentences[first].FirstToken, colon - 1) is { } named
            && IsName(tokens, named))
        {
            return new QuotationAttribution(quotation, words, titleCase, AttributionKind.Colon, null, named);
        }
        var split = first > paragraph.FirstSentence && cues[first - 1].Count > 0 ? cues[first - 1][cues[first - 1].Count - 1]
            : last + 1 < paragraphEnd && cues[last + 1].Count > 0 ? cues[last + 1][0]
            : null;
        return split is null
            ? new QuotationAttribution(quotation, words, titleCase, AttributionKind.None, null, null)
            : new QuotationAttribution(quotation, words, titleCase, AttributionKind.SplitQuote, split.Span, split.Speaker);
    }

    /// <summary>A name as a speaker before a colon: a few capitalised words, with "on", "of" or a possessive between them
    /// ("Mykhailo Podolyak", "Zelensky on Twitter"). "The situation was dire:" is not one.</summary>
    private static bool IsName(IReadOnlyList<Token> tokens, TextSpan run)
    {
        var first = FirstTokenAt(tokens, run.Start);
        var count = 0;
        for (var k = first; k < tokens.Count && tokens[k].Span.End <= run.End; k++, count++)
        {
            var token = tokens[k];
            if (!token.StartsUpper && (k == first || token.Text is not ("on" or "of" or "in" or "at" or "’s" or "'s"))) return false;
        }
        return count <= MaximumNameWords;
    }

    /// <summary>The index of the colon token right before the quotation's opening mark, in its sentence; -1 when none.</summary>
    private static int ColonBefore(IReadOnlyList<Token> tokens, Sentence sentence, Quotation quotation)
    {
        var open = FirstTokenAt(tokens, quotation.Span.Start);
        return open - 1 >= sentence.FirstToken && tokens[open - 1].IsPunctuation(':') ? open - 1 : -1;
    }

    private static QuotationAttribution? FromRunningQuotation(List<QuotationAttribution> result, int i)
    {
        var quotation = result[i].Quotation;
        var source = quotation.ContinuesPrevious && i > 0 && result[i - 1].IsAttributed ? result[i - 1]
            : i + 1 < result.Count && result[i + 1].Quotation.ContinuesPrevious && result[i + 1].IsAttributed ? result[i + 1]
            : null;
        return source is null ? null : result[i] with { Kind = AttributionKind.ContinuedQuotation, Cue = source.Cue, Speaker = source.Speaker };
    }

    /// <summary>A paragraph that opens with a quotation right after a paragraph whose last sentence holds an attributed
    /// quotation: in news copy the same speaker goes on (Peskov said: “No.” ¶ “Russia possesses …”).</summary>
    private static QuotationAttribution? FromPreviousParagraph(Article article, List<QuotationAttribution> result, int i)
    {
        var quotation = result[i].Quotation;
        var paragraph = article.Paragraphs[quotation.ParagraphIndex];
        if (paragraph.Index == 0 || paragraph.SentenceCount == 0 || article.Sentences[paragraph.FirstSentence].Span.Start != quotation.Span.Start) return null;
        var previous = article.Paragraphs[paragraph.Index - 1];
        if (previous.IsHeading || previous.SentenceCount == 0) return null;
        var lastSentence = article.Sentences[previous.FirstSentence + previous.SentenceCount - 1];
        for (var j = i - 1; j >= 0 && result[j].Quotation.ParagraphIndex == previous.Index; j--)
        {
            if (result[j].IsAttributed && result[j].Quotation.Span.OverlapsWith(lastSentence.Span))
            {
                return result[i] with { Kind = AttributionKind.PreviousParagraph, Cue = result[j].Cue, Speaker = result[j].Speaker };
            }
        }
        return null;
    }

    private static int Distance(TextSpan cue, TextSpan quotation) =>
        cue.Start >= quotation.End ? cue.Start - quotation.End : Math.Max(0, quotation.Start - cue.End);

    /// <summary>The index of the first token that starts at or after <paramref name="position"/>.</summary>
    private static int FirstTokenAt(IReadOnlyList<Token> tokens, int position)
    {
        int low = 0, high = tokens.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (tokens[middle].Span.Start < position) low = middle + 1;
            else high = middle;
        }
        return low;
    }
}
