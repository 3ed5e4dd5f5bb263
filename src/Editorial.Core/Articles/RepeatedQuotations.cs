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
        var longQuotations = new List<Quotation>();
        // Every run of three words the quotations hold, as hashes: a sentence with none of them repeats none, and most
        // sentences are set aside with a hash per word, before any of their text is copied. A hit is confirmed on the words;
        // the quotations' are copied only then, once. The runs are sorted and searched rather than kept in a set: a set of an
        // article's hundreds of runs was made at each edit table after table as it grew, and a list of them is one array.
        var shingles = new List<ulong>();
        var wordHashes = new List<ulong>();
        foreach (var quotation in quotations)
        {
            if (quotation.IsTerm || HashWords(tokens, quotation.ContentSpan, insideQuotations: true, wordHashes) < MinimumWords) continue;
            longQuotations.Add(quotation);
            for (var w = 0; w + 2 < wordHashes.Count; w++) shingles.Add(Shingle(wordHashes, w));
        }
        if (longQuotations.Count == 0) return found;
        shingles.Sort();
        List<string>? quoted = null;
        List<string> Quoted() => quoted ??= longQuotations.ConvertAll(quotation => WordsIn(tokens, quotation.ContentSpan, insideQuotations: true));
        var previousEnd = 0;
        var lastRepeating = -2;
        foreach (var sentence in sentences)
        {
            if (paragraphs[sentence.ParagraphIndex].IsHeading || sentence.Span.Start < previousEnd) continue;
            var count = HashWords(tokens, sentence.Span, insideQuotations: false, wordHashes);
            var end = tokens[sentence.LastToken].Span.End;
            // A short sentence of the quotation right after a repeating one goes on with the same post ("Stakes are high.").
            if (count >= 3 && count < MinimumWords && lastRepeating == sentence.Index - 1
                && Repeats(WordsIn(tokens, sentence.Span, insideQuotations: false), Quoted())
                && found.Count > 0 && !Sorted.AnyOverlaps(posts, TextSpan.FromBounds(found[found.Count - 1].Start, end)))
            {
                found[found.Count - 1] = TextSpan.FromBounds(found[found.Count - 1].Start, end);
                (previousEnd, lastRepeating) = (end, sentence.Index);
                continue;
            }
            if (count < MinimumWords || !HasShingleOf(wordHashes, shingles) || !Repeats(WordsIn(tokens, sentence.Span, insideQuotations: false), Quoted())) continue;
            var start = PostStart(tokens, sentence, quotations, previousEnd);
            var span = TextSpan.FromBounds(start, end);
            if (Sorted.AnyOverlaps(posts, span)) continue;
            found.Add(span);
            (previousEnd, lastRepeating) = (end, sentence.Index);
        }
        return found;
    }

    /// <param name="shingles">Sorted.</param>
    private static bool HasShingleOf(List<ulong> wordHashes, List<ulong> shingles)
    {
        for (var w = 0; w + 2 < wordHashes.Count; w++)
        {
            if (shingles.BinarySearch(Shingle(wordHashes, w)) >= 0) return true;
        }
        return false;
    }

    /// <summary>The run of three words from <paramref name="w"/> as one hash.</summary>
    private static ulong Shingle(List<ulong> wordHashes, int w) => (wordHashes[w] * 1_000_003 + wordHashes[w + 1]) * 1_000_003 + wordHashes[w + 2];

    /// <summary>True when the sentence's words hold a quotation's, or a quotation's hold the sentence's.</summary>
    private static bool Repeats(string words, List<string> quoted)
    {
        foreach (var quotedWords in quoted)
        {
            if (words.IndexOf(quotedWords, StringComparison.Ordinal) >= 0 || quotedWords.IndexOf(words, StringComparison.Ordinal) >= 0) return true;
        }
        return false;
    }

    /// <summary>Where the embed starts: after the last quotation that ends before the sentence in its paragraph (the
    /// article's sentence quoting the post), within a post's length before it and after the previous post; else the
    /// sentence itself.</summary>
    private static int PostStart(TokenList tokens, Sentence sentence, List<Quotation> quotations, int previousEnd)
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

    /// <summary>The words of the tokens in <paramref name="span"/>, in lower case, one space apart and around; only those
    /// outside quotation marks unless <paramref name="insideQuotations"/>.</summary>
    private static string WordsIn(TokenList tokens, TextSpan span, bool insideQuotations)
    {
        var builder = new StringBuilder(" ");
        for (var k = tokens.FirstStartingAt(span.Start); k < tokens.Count && tokens[k].Span.End <= span.End; k++)
        {
            var token = tokens[k];
            if (Counts(token, insideQuotations)) builder.Append(token.Text.ToLowerInvariant().Replace('\u2019', '\'')).Append(' ');
        }
        return builder.ToString();
    }

    /// <summary>Fills <paramref name="into"/> with a hash of each word <see cref="WordsIn"/> would write (lower case, a
    /// curly apostrophe as a straight one), without copying the text, and returns how many there are.</summary>
    private static int HashWords(TokenList tokens, TextSpan span, bool insideQuotations, List<ulong> into)
    {
        into.Clear();
        for (var k = tokens.FirstStartingAt(span.Start); k < tokens.Count && tokens[k].Span.End <= span.End; k++)
        {
            var token = tokens[k];
            if (!Counts(token, insideQuotations)) continue;
            var hash = Fnv1a.Basis64;
            foreach (var character in token.Text) hash = Fnv1a.Add64(hash, character == '\u2019' ? '\'' : char.ToLowerInvariant(character));
            into.Add(hash);
        }
        return into.Count;
    }

    private static bool Counts(Token token, bool insideQuotations) => token.IsWord && (insideQuotations || !token.IsInQuotation);
}
