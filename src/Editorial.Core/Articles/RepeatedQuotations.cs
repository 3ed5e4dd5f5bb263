using System;
using System.Collections.Generic;
using System.Text;
using Editorial.Text;

namespace Editorial.Articles;

/// <summary>
/// Posts an article quotes and then embeds, as a page export leaves them: the article's sentence quotes the post ("“Will
/// definitely visit the wreck,” he added in a tweet"), and the embed that follows prints the post again without quotation
/// marks or signature. A sentence of the running text that repeats a quotation word for word is that embed, not the
/// article's prose. The post is taken from the end of the last quotation before it, no further back than a post's length,
/// to the end of that sentence: the text an embed of the quoted post prints before the quoted words is the post's too.
/// </summary>
internal static class RepeatedQuotations
{
    /// <summary>How many words a repetition runs to at least: fewer is a phrase any writer may repeat ("in the east").</summary>
    private const int MinimumWords = 6;

    /// <summary>The longest post: a tweet's 280 characters.</summary>
    private const int MaximumPostLength = 280;

    /// <summary>The embeds' spans, in text order, none overlapping another or any of <paramref name="posts"/>.</summary>
    public static List<TextSpan> Find(TokenList tokens, List<Sentence> sentences, List<Paragraph> paragraphs, List<Quotation> quotations,
        IReadOnlyList<TextSpan> posts)
    {
        var found = new List<TextSpan>();
        var quoted = new List<(string Words, Quotation Quotation)>();
        foreach (var quotation in quotations)
        {
            if (quotation.IsTerm) continue;
            var (words, count) = WordsIn(tokens, quotation.ContentSpan, insideQuotations: true);
            if (count >= MinimumWords) quoted.Add((words, quotation));
        }
        if (quoted.Count == 0) return found;
        // Every run of three words the quotations hold: a sentence with none of them repeats none, and most sentences are
        // set aside with one look-up per word rather than a search of every quotation.
        var shingles = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (quotedWords, _) in quoted) AddShingles(quotedWords, shingles, null);
        var previousEnd = 0;
        var lastRepeating = -2;
        foreach (var sentence in sentences)
        {
            if (paragraphs[sentence.ParagraphIndex].IsHeading || sentence.Span.Start < previousEnd) continue;
            var (words, count) = WordsIn(tokens, sentence.Span, insideQuotations: false);
            var end = tokens[sentence.LastToken].Span.End;
            // A short sentence of the quotation right after a repeating one goes on with the same post ("Stakes are high.").
            if (count >= 3 && count < MinimumWords && lastRepeating == sentence.Index - 1 && Repeats(words, quoted)
                && found.Count > 0 && !Overlaps(posts, TextSpan.FromBounds(found[found.Count - 1].Start, end)))
            {
                found[found.Count - 1] = TextSpan.FromBounds(found[found.Count - 1].Start, end);
                (previousEnd, lastRepeating) = (end, sentence.Index);
                continue;
            }
            if (count < MinimumWords || !AddShingles(words, null, shingles) || !Repeats(words, quoted)) continue;
            var start = PostStart(tokens, sentences, sentence, quotations, previousEnd);
            var span = TextSpan.FromBounds(start, end);
            if (Overlaps(posts, span)) continue;
            found.Add(span);
            (previousEnd, lastRepeating) = (end, sentence.Index);
        }
        return found;
    }

    /// <summary>Adds the runs of three words of <paramref name="words"/> to <paramref name="into"/>, or tells whether one of
    /// them is in <paramref name="known"/>.</summary>
    private static bool AddShingles(string words, HashSet<string>? into, HashSet<string>? known)
    {
        // Word starts: the words are one space apart, with a space before the first.
        var starts = new List<int>();
        for (var i = 0; i + 1 < words.Length; i++)
        {
            if (words[i] == ' ') starts.Add(i + 1);
        }
        // The end, where a word would start after the last one.
        starts.Add(words.Length);
        for (var w = 0; w + 3 < starts.Count; w++)
        {
            var shingle = words.Substring(starts[w], starts[w + 3] - starts[w]);
            if (into is not null) into.Add(shingle);
            else if (known!.Contains(shingle)) return true;
        }
        return false;
    }

    /// <summary>True when the sentence's words hold a quotation's, or a quotation's hold the sentence's.</summary>
    private static bool Repeats(string words, List<(string Words, Quotation Quotation)> quoted)
    {
        foreach (var (quotedWords, _) in quoted)
        {
            if (words.IndexOf(quotedWords, StringComparison.Ordinal) >= 0 || quotedWords.IndexOf(words, StringComparison.Ordinal) >= 0) return true;
        }
        return false;
    }

    /// <summary>Where the embed starts: after the last quotation that ends before the sentence in its paragraph (the
    /// article's sentence quoting the post), within a post's length before it and after the previous post; else the
    /// sentence itself.</summary>
    private static int PostStart(TokenList tokens, List<Sentence> sentences, Sentence sentence, List<Quotation> quotations, int previousEnd)
    {
        var earliest = sentence.Span.Start - MaximumPostLength;
        var before = Sorted.FirstAtOrAfter(quotations, sentence.Span.Start, q => q.Span.End) - 1;
        if (before < 0) return sentence.Span.Start;
        var quotation = quotations[before];
        if (quotation.ParagraphIndex != sentence.ParagraphIndex || quotation.Span.End < earliest || quotation.Span.End < previousEnd) return sentence.Span.Start;
        // The first word after the quotation, past whatever closes the article's sentence around it.
        var next = Sorted.FirstAtOrAfter(tokens, quotation.Span.End, t => t.Span.Start);
        while (next < sentence.FirstToken && !tokens[next].IsWord) next++;
        return next < sentence.FirstToken ? tokens[next].Span.Start : sentence.Span.Start;
    }

    private static bool Overlaps(IReadOnlyList<TextSpan> spans, TextSpan span)
    {
        var after = Sorted.FirstAtOrAfter(spans, span.End, s => s.Start);
        return after > 0 && spans[after - 1].End > span.Start;
    }

    /// <summary>The words of the tokens in <paramref name="span"/>, in lower case, one space apart and around, with the
    /// number of words; only those outside quotation marks unless <paramref name="insideQuotations"/>.</summary>
    private static (string Words, int Count) WordsIn(TokenList tokens, TextSpan span, bool insideQuotations)
    {
        var builder = new StringBuilder(" ");
        var count = 0;
        for (var k = Sorted.FirstAtOrAfter(tokens, span.Start, t => t.Span.Start); k < tokens.Count && tokens[k].Span.End <= span.End; k++)
        {
            var token = tokens[k];
            if (!token.IsWord || !insideQuotations && token.IsInQuotation) continue;
            builder.Append(token.Text.ToLowerInvariant().Replace('\u2019', '\'')).Append(' ');
            count++;
        }
        return (builder.ToString(), count);
    }
}
