using System;
using System.Collections.Generic;
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
        // sentences are set aside with a hash per word, before any of their words are compared. A hit is confirmed on the
        // words. The runs are one array, sorted and searched rather than kept in a set (a set of an article's hundreds of runs
        // was made at each edit table after table as it grew), behind a filter of their bits that answers most searches.
        var runs = 0;
        foreach (var quotation in quotations)
        {
            if (quotation.IsTerm) continue;
            var words = CountWords(tokens, quotation.ContentSpan, insideQuotations: true);
            if (words < MinimumWords) continue;
            longQuotations.Add(quotation);
            runs += words - 2;
        }
        if (longQuotations.Count == 0) return found;
        var shingles = new ulong[runs];
        var filter = new ShingleFilter();
        var wordHashes = new List<ulong>();
        runs = 0;
        foreach (var quotation in longQuotations)
        {
            HashWords(tokens, quotation.ContentSpan, insideQuotations: true, wordHashes);
            for (var w = 0; w + 2 < wordHashes.Count; w++) filter.Add(shingles[runs++] = Shingle(wordHashes, w));
        }
        Array.Sort(shingles);
        List<List<int>>? quoted = null;
        List<List<int>> Quoted() => quoted ??= longQuotations.ConvertAll(quotation => WordsIn(tokens, quotation.ContentSpan, insideQuotations: true));
        var previousEnd = 0;
        var lastRepeating = -2;
        foreach (var sentence in sentences)
        {
            if (paragraphs[sentence.ParagraphIndex].IsHeading || sentence.Span.Start < previousEnd) continue;
            var count = HashWords(tokens, sentence.Span, insideQuotations: false, wordHashes);
            var end = tokens[sentence.LastToken].Span.End;
            // A short sentence of the quotation right after a repeating one goes on with the same post ("Stakes are high.").
            if (count >= 3 && count < MinimumWords && lastRepeating == sentence.Index - 1
                && Repeats(tokens, WordsIn(tokens, sentence.Span, insideQuotations: false), Quoted())
                && found.Count > 0 && !Sorted.AnyOverlaps(posts, TextSpan.FromBounds(found[found.Count - 1].Start, end)))
            {
                found[found.Count - 1] = TextSpan.FromBounds(found[found.Count - 1].Start, end);
                (previousEnd, lastRepeating) = (end, sentence.Index);
                continue;
            }
            if (count < MinimumWords || !HasShingleOf(wordHashes, shingles, filter)
                || !Repeats(tokens, WordsIn(tokens, sentence.Span, insideQuotations: false), Quoted())) continue;
            var start = PostStart(tokens, sentence, quotations, previousEnd);
            var span = TextSpan.FromBounds(start, end);
            if (Sorted.AnyOverlaps(posts, span)) continue;
            found.Add(span);
            (previousEnd, lastRepeating) = (end, sentence.Index);
        }
        return found;
    }

    /// <param name="shingles">Sorted.</param>
    /// <param name="filter">The bits of <paramref name="shingles"/>: a run whose bit is not set is not among them.</param>
    private static bool HasShingleOf(List<ulong> wordHashes, ulong[] shingles, ShingleFilter filter)
    {
        for (var w = 0; w + 2 < wordHashes.Count; w++)
        {
            var shingle = Shingle(wordHashes, w);
            if (filter.MayHold(shingle) && Array.BinarySearch(shingles, shingle) >= 0) return true;
        }
        return false;
    }

    /// <summary>One bit for each of 4,096 values of a run's hash, set for the quotations' runs: a sentence's run whose bit is
    /// not set is none of them, and most are answered so without a search.</summary>
    private sealed class ShingleFilter
    {
        private const int Bits = 4096;
        private readonly ulong[] _words = new ulong[Bits / 64];

        public void Add(ulong shingle)
        {
            var bit = BitOf(shingle);
            _words[bit >> 6] |= 1UL << (bit & 63);
        }

        public bool MayHold(ulong shingle)
        {
            var bit = BitOf(shingle);
            return (_words[bit >> 6] & (1UL << (bit & 63))) != 0;
        }

        private static int BitOf(ulong shingle) => (int)((shingle ^ (shingle >> 32)) & (Bits - 1));
    }

    /// <summary>The run of three words from <paramref name="w"/> as one hash.</summary>
    private static ulong Shingle(List<ulong> wordHashes, int w) => (wordHashes[w] * 1_000_003 + wordHashes[w + 1]) * 1_000_003 + wordHashes[w + 2];

    /// <summary>True when the sentence's words hold a quotation's, or a quotation's hold the sentence's, word for word
    /// (<see cref="SameWord"/>).</summary>
    /// <param name="words">The sentence's word tokens (<see cref="WordsIn"/>).</param>
    /// <param name="quoted">Each long quotation's word tokens.</param>
    private static bool Repeats(TokenList tokens, List<int> words, List<List<int>> quoted)
    {
        foreach (var quotedWords in quoted)
        {
            if (Holds(tokens, words, quotedWords) || Holds(tokens, quotedWords, words)) return true;
        }
        return false;
    }

    /// <summary>True when <paramref name="part"/>'s words stand one after another somewhere in <paramref name="whole"/>.</summary>
    private static bool Holds(TokenList tokens, List<int> whole, List<int> part)
    {
        for (var start = 0; start + part.Count <= whole.Count; start++)
        {
            var k = 0;
            while (k < part.Count && SameWord(tokens[whole[start + k]].Text, tokens[part[k]].Text)) k++;
            if (k == part.Count) return true;
        }
        return false;
    }

    /// <summary>True when two words read the same in lower case, a curly apostrophe as a straight one, compared in place. A
    /// word token holds no surrogate (the tokenizer reads letters of the basic plane as words), so lowering it character by
    /// character is lowering it as a string.</summary>
    private static bool SameWord(string a, string b)
    {
        if (ReferenceEquals(a, b)) return true;
        if (a.Length != b.Length) return false;
        for (var i = 0; i < a.Length; i++)
        {
            if (Fold(a[i]) != Fold(b[i])) return false;
        }
        return true;
    }

    /// <summary>A word's character as the comparison reads it: in lower case, a curly apostrophe as a straight one.</summary>
    private static char Fold(char c) => c == '\u2019' ? '\'' : char.ToLowerInvariant(c);

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

    /// <summary>The word tokens in <paramref name="span"/>, by their index; only those outside quotation marks unless
    /// <paramref name="insideQuotations"/>.</summary>
    private static List<int> WordsIn(TokenList tokens, TextSpan span, bool insideQuotations)
    {
        var words = new List<int>();
        for (var k = tokens.FirstStartingAt(span.Start); k < tokens.Count && tokens[k].Span.End <= span.End; k++)
        {
            if (Counts(tokens[k], insideQuotations)) words.Add(k);
        }
        return words;
    }

    /// <summary>How many words <see cref="WordsIn"/> would give.</summary>
    private static int CountWords(TokenList tokens, TextSpan span, bool insideQuotations)
    {
        var count = 0;
        for (var k = tokens.FirstStartingAt(span.Start); k < tokens.Count && tokens[k].Span.End <= span.End; k++)
        {
            if (Counts(tokens[k], insideQuotations)) count++;
        }
        return count;
    }

    /// <summary>Fills <paramref name="into"/> with a hash of each word <see cref="WordsIn"/> gives (lower case, a curly
    /// apostrophe as a straight one), without copying the text, and returns how many there are.</summary>
    private static int HashWords(TokenList tokens, TextSpan span, bool insideQuotations, List<ulong> into)
    {
        into.Clear();
        for (var k = tokens.FirstStartingAt(span.Start); k < tokens.Count && tokens[k].Span.End <= span.End; k++)
        {
            var token = tokens[k];
            if (!Counts(token, insideQuotations)) continue;
            var hash = Fnv1a.Basis64;
            foreach (var character in token.Text) hash = Fnv1a.Add64(hash, Fold(character));
            into.Add(hash);
        }
        return into.Count;
    }

    private static bool Counts(Token token, bool insideQuotations) => token.IsWord && (insideQuotations || !token.IsInQuotation);
}
