using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Editorial.Articles;
using Editorial.Diagnostics;
using Editorial.Text;

namespace Editorial.Rules.Hygiene;

/// <summary>
/// ED4002: a paragraph or sentence followed at once by itself, exactly or once white space, punctuation and case
/// are folded (a paste made twice), and a line repeated as the start of the next one (a caption pasted twice, once bare
/// and once with its credit). Repeats further apart are the page's layout in published copy (summary bullets, captions,
/// live-blog recaps, pull quotes) and are left alone. Short texts ("No.", "It was not.") may repeat on purpose, so only repeats of six words or more count.
/// A table's cell that repeats the cell beside it is the table's data (the same requirement in two columns), not a paste;
/// so is a link's label under each of a page's links ("Click here to see the full-sized image").
/// </summary>
public sealed class RepeatedTextRule : ArticleRule
{
    private const int MinimumWords = 6;
    private const int ExcerptLength = 60;

    // A suggestion, not a warning: its precision on published news (docs/rules/ED4002.md, from the evaluation) is short
    // of the 0.9 a build-breaking warning needs.
    public static readonly DiagnosticDescriptor Descriptor = new(
        RuleIds.RepeatedText, "Repeated paragraph or sentence", "{0}: '{1}'", RuleCategory.Hygiene, Severity.Suggestion,
        "The same paragraph, sentence or caption appears twice in the article: a paste made twice, or a caption left in the body "
        + "next to the caption with its credit.", offersFix: true, fix: "removes a repeated paragraph (every copy in a row) or caption line; none for a repeated sentence");

    public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [Descriptor];

    public override void Analyze(ArticleContext context)
    {
        var article = context.Article;
        // Each paragraph's folded words as a hash and a count: an IDE checks the article at every keystroke, and folding
        // every paragraph into a string of its own cost more than the rest of the rule. A paragraph whose hash matches one
        // before it is folded again beside it and compared in full.
        var paragraphs = article.Paragraphs.Select(p => FoldedWords.Measure(article.Text, p.Span)).ToArray();
        var (buffer, other) = (new StringBuilder(), new StringBuilder());
        var reported = new HashSet<int>();
        var lastParagraph = new Dictionary<ulong, int>();
        var repeatedTexts = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < article.Paragraphs.Count; i++)
        {
            var folded = paragraphs[i];
            if (folded.WordCount < MinimumWords || article.Paragraphs[i].IsTableCell || !HasMinimumProseWords(article, article.Paragraphs[i])) continue;
            if (lastParagraph.TryGetValue(folded.Hash, out var earlier) && FoldedWords.Same(article, i, earlier, buffer, other))
            {
                // Only a paragraph that follows its twin is a paste made twice. Further apart, the repeat is the page's
                // layout: summary bullets repeated in the body, a caption repeated under another photo, a live blog's
                // recap; and a headline repeated as the standfirst. A text repeated three times is reported once.
                // A page's caption widget may print a caption twice, whole and cut short for small screens ("caption-truncated").
                // A list item repeated by the paragraph after it is a roster's entry and its section's title ("- Ann Lee,
                // Nominee for Member of the Board", then "**Ann Lee, Nominee for Member of the Board**" over her biography).
                if (earlier == i - 1 && !article.Paragraphs[i].IsHeading && !article.Paragraphs[earlier].IsHeading && !article.OpensWidget(article.Paragraphs[i].Span)
                    && !IsPullQuote(article.Paragraphs[earlier], article.Paragraphs[i])
                    && !(IsLinkLabel(article, article.Paragraphs[earlier]) && IsLinkLabel(article, article.Paragraphs[i]))
                    && !(ArticleLines.OpensListItem(article, article.Paragraphs[earlier].Span) && ArticleLines.OpensWithEmphasis(article, article.Paragraphs[i].Span))
                    && repeatedTexts.Add(buffer.ToString()))
                {
                    // The fix removes every copy that follows in a row, so that one fix leaves the text once: removing only the
                    // first copy would set the next beside its twin, to be reported and fixed again.
                    var last = i;
                    while (last + 1 < article.Paragraphs.Count && paragraphs[last + 1].Hash == folded.Hash
                           && FoldedWords.Same(article, last + 1, i, buffer, other)) last++;
                    ReportParagraph(context, i, earlier, "Paragraph repeats line {0}", last);
                }
                lastParagraph[folded.Hash] = i;
                reported.Add(i);
            }
            else if (i + 1 < article.Paragraphs.Count && IsCaption(article, article.Paragraphs[i + 1]) && !IsFrontMatterTitle(article, i)
                     && paragraphs[i + 1].WordCount > folded.WordCount && FoldedWords.StartsWith(article, i + 1, i, buffer, other))
            {
                ReportParagraph(context, i, i + 1, "Line is repeated at the start of line {0} (a caption pasted twice)", i);
                reported.Add(i);
            }
            else
            {
                lastParagraph[folded.Hash] = i;
            }
        }

        // As with paragraphs, only a sentence that follows its twin is a paste made twice: each sentence is compared with the
        // one before it alone, by the hash of its folded words, and folded in full only when the two hashes are the same.
        Sentence? previous = null;
        var previousHash = 0UL;
        foreach (var sentence in article.Sentences)
        {
            if (reported.Contains(sentence.ParagraphIndex)) continue;
            var (hash, wordCount) = MeasuredSentences.GetOrRead(article, sentence, MeasureSentence)[0];
            if (wordCount < MinimumWords || !HasMinimumProseWords(article, sentence.FirstToken, sentence.EndToken)) continue;
            var repeated = previous is not null && previous.Index == sentence.Index - 1 && hash == previousHash
                           && FoldedWords.Same(article.Text, previous.Span, sentence.Span, buffer, other) && SameTail(article, previous, sentence);
            var before = previous;
            (previous, previousHash) = (sentence, hash);
            if (!repeated) continue;
            if (IsLayout(article, before!) || IsLayout(article, sentence)
                || IsPullQuote(article.Paragraphs[before!.ParagraphIndex], article.Paragraphs[sentence.ParagraphIndex]) || !repeatedTexts.Add(buffer.ToString())) continue;
            // Removing a sentence may leave the paragraph around it to mend, so this finding has no fix. A quoted sentence
            // said twice is most often a pull quote or an embedded post quoted again: it takes the quotation severity.
            var line = article.GetLocation(before!.Span).LineSpan.StartLine;
            context.Report(Descriptor, Words(article.Text, sentence.Span), [$"Sentence repeats line {line}", Excerpt(article.GetText(sentence.Span))],
                related: [article.GetLocation(before.Span)], quotationSensitive: true);
        }
    }

    /// <summary>True when the tokens from <paramref name="first"/> to before <paramref name="end"/> hold <see cref="MinimumWords"/>
    /// words of prose. Code counts in the comparison (two items that differ by the code they end with differ), not towards
    /// the length: folding white space and punctuation compares prose, and code alone ("- `impl PartialEq&lt;CStr&gt;`",
    /// "- `impl PartialEq&lt;&amp;CStr&gt;`", "resolves as `..\Program Files`") differs by exactly those.</summary>
    private static bool HasMinimumProseWords(Article article, int first, int end)
    {
        var words = 0;
        for (var t = first; t < end; t++)
        {
            if (article.Tokens[t].IsWord && ++words >= MinimumWords) return true;
        }
        return false;
    }

    private static bool HasMinimumProseWords(Article article, Paragraph paragraph) =>
        paragraph.SentenceCount > 0 && HasMinimumProseWords(article, article.Sentences[paragraph.FirstSentence].FirstToken,
            article.Sentences[paragraph.LastSentence].EndToken);

    /// <summary>True when what follows each sentence to its paragraph's end is the same: a sentence that ends its paragraph with
    /// code or an image differs from another by them ("set to `"blue"`"), which its last token, the object's first
    /// character, does not hold.</summary>
    private static bool SameTail(Article article, Sentence a, Sentence b)
    {
        var (tailA, tailB) = (Tail(a), Tail(b));
        return tailA.Length == tailB.Length && string.CompareOrdinal(article.Text, tailA.Start, article.Text, tailB.Start, tailA.Length) == 0;

        TextSpan Tail(Sentence sentence)
        {
            var paragraph = article.Paragraphs[sentence.ParagraphIndex];
            var end = sentence.Index == paragraph.LastSentence ? paragraph.Span.End : sentence.Span.End;
            return TextSpan.FromBounds(sentence.Span.End, Math.Max(sentence.Span.End, end));
        }
    }

    /// <summary>The folded words' hash and count of recently read sentences: they depend on the sentence's characters alone
    /// (its span runs from its first token to its last), so at a keystroke only the edited sentence is folded again.</summary>
    private static readonly SentenceCache<(ulong Hash, int WordCount)> MeasuredSentences = new(bits: 12);

    private static (ulong Hash, int WordCount)[] MeasureSentence(Article article, Sentence sentence) => [FoldedWords.Measure(article.Text, sentence.Span)];

    private static bool SameChars(StringBuilder a, StringBuilder b)
    {
        if (a.Length != b.Length) return false;
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] != b[i]) return false;
        }
        return true;
    }

    /// <summary>Reports paragraph <paramref name="index"/> as a repeat of <paramref name="otherIndex"/>; its fix removes it and
    /// the copies up to <paramref name="lastCopy"/>.</summary>
    private static void ReportParagraph(ArticleContext context, int index, int otherIndex, string format, int lastCopy)
    {
        var article = context.Article;
        var span = article.Paragraphs[index].Span;
        var other = article.GetLocation(article.Paragraphs[otherIndex].Span);
        var fix = new Fix("Remove the repeated text", ArticleLines.DeleteLines(article, TextSpan.FromBounds(span.Start, article.Paragraphs[lastCopy].Span.End)));
        context.Report(Descriptor, span, [string.Format(System.Globalization.CultureInfo.InvariantCulture, format, other.LineSpan.StartLine),
            Excerpt(article.GetText(span))], related: [other], fix: fix);
    }

    /// <summary>True when the paragraph is all one link's text: a label of its link ("Click here to see the full-sized image"
    /// under each cartoon of a page, each linking its own image), which a page repeats for every link, not a paste.</summary>
    private static bool IsLinkLabel(Article article, Paragraph paragraph) =>
        article.LinkTextContaining(paragraph.Span) is not null;

    /// <summary>True when one of two paragraphs is a block quote (<see cref="Paragraph.IsReproduced"/>) and the other is not:
    /// a block quote that repeats the copy beside it is a pull quote, a line of the story the page sets apart in large type
    /// ("> A spokesperson said no jobs were at risk" under that sentence). A paste made twice repeats the copy as it
    /// stands.</summary>
    private static bool IsPullQuote(Paragraph one, Paragraph other) => one.IsReproduced != other.IsReproduced;

    /// <summary>
    /// True for a sentence whose repeat is the page's layout rather than a paste made twice: a sentence of a heading (the
    /// headline repeated in the standfirst) or of a table's cell (the table's data), or of a whole page an export merged onto
    /// one line (<see cref="Paragraph.IsMergedPage"/>), where summary
    /// bullets, fact boxes and the caption repeated under each photo of a gallery stand among the article's sentences and
    /// cannot be told from them.
    /// </summary>
    private static bool IsLayout(Article article, Sentence sentence)
    {
        var paragraph = article.Paragraphs[sentence.ParagraphIndex];
        return paragraph.IsHeading || paragraph.IsTableCell || paragraph.IsMergedPage;
    }

    /// <summary>The span from the first to the last letter or digit: a sentence inside quotation marks is then inside the quotation.</summary>
    private static TextSpan Words(string text, TextSpan span)
    {
        var start = span.Start;
        var end = span.End;
        while (start < end && !char.IsLetterOrDigit(text[start])) start++;
        while (end > start && !char.IsLetterOrDigit(text[end - 1])) end--;
        return end > start ? TextSpan.FromBounds(start, end) : span;
    }

    /// <summary>
    /// A line that reads as a caption rather than a sentence: no closing punctuation (the layout's heading), or a bracketed
    /// credit at its end. A headline followed by a lede that opens with the same words is not a caption pasted twice, and a
    /// table's header cell is the table's. The credit's bracket is the paragraph's last token, not the last character of an
    /// image or a link's address that may end a Markdown paragraph ("![Pier](pier.jpg)").
    /// </summary>
    private static bool IsCaption(Article article, Paragraph paragraph) =>
        !paragraph.IsTableCell && (paragraph.IsHeading || paragraph.SentenceCount > 0
            && article.Tokens[article.Sentences[paragraph.LastSentence].LastToken].Text is "]" or ")");

    /// <summary>
    /// The title a page's front matter gives (<c>title: How to add a splash screen</c>), read as its headline: the page's own
    /// first heading that repeats it, whole or with more words, is the site generator's layout, not a caption pasted twice.
    /// </summary>
    private static bool IsFrontMatterTitle(Article article, int paragraph) =>
        paragraph == 0 && article.Metadata.TryGetValue("title", out var title)
        && string.Equals(article.GetText(article.Paragraphs[0].Span).Trim(), title.Trim(), StringComparison.Ordinal);

    /// <summary>The words of a text in lower case, without the white space and punctuation between them, joined by single
    /// spaces: written into a buffer to compare two texts, or hashed as they would be written.</summary>
    private static class FoldedWords
    {
        /// <summary>The hash of the folded words of <paramref name="span"/> (the characters <see cref="Into"/> writes) and how many there are.</summary>
        public static (ulong Hash, int WordCount) Measure(string text, TextSpan span)
        {
            var sink = new HashSink(Fnv1a.Basis64);
            var wordCount = Fold(text, span, ref sink);
            return (sink.Hash, wordCount);
        }

        /// <summary>True when paragraphs <paramref name="a"/> and <paramref name="b"/> fold to the same words; <paramref name="aWords"/>
        /// then holds them.</summary>
        public static bool Same(Article article, int a, int b, StringBuilder aWords, StringBuilder bWords) =>
            Same(article.Text, article.Paragraphs[a].Span, article.Paragraphs[b].Span, aWords, bWords);

        /// <summary>True when the folded words of <paramref name="a"/> and <paramref name="b"/> are the same; they are left in
        /// <paramref name="aWords"/> and <paramref name="bWords"/>.</summary>
        public static bool Same(string text, TextSpan a, TextSpan b, StringBuilder aWords, StringBuilder bWords)
        {
            Into(text, a, aWords);
            Into(text, b, bWords);
            return SameChars(aWords, bWords);
        }

        /// <summary>True when paragraph <paramref name="whole"/>'s folded words begin with all of paragraph <paramref name="prefix"/>'s.</summary>
        public static bool StartsWith(Article article, int whole, int prefix, StringBuilder wholeWords, StringBuilder prefixWords)
        {
            Into(article.Text, article.Paragraphs[whole].Span, wholeWords);
            Into(article.Text, article.Paragraphs[prefix].Span, prefixWords);
            if (wholeWords.Length <= prefixWords.Length || wholeWords[prefixWords.Length] != ' ') return false;
            for (var i = 0; i < prefixWords.Length; i++)
            {
                if (wholeWords[i] != prefixWords[i]) return false;
            }
            return true;
        }

        /// <summary>Writes the folded words of <paramref name="span"/> in <paramref name="buffer"/>; returns how many there are.</summary>
        public static int Into(string text, TextSpan span, StringBuilder buffer)
        {
            buffer.Clear();
            var sink = new BufferSink(buffer);
            return Fold(text, span, ref sink);
        }

        /// <summary>Gives <paramref name="sink"/> the folded words of <paramref name="span"/>, one character at a time, and
        /// returns how many words there are. A word ends at its last letter or digit: "it’s" and "it's" are the same word, and
        /// "the dogs' owners" has the word "dogs".</summary>
        private static int Fold<TSink>(string text, TextSpan span, ref TSink sink) where TSink : struct, ICharSink
        {
            var wordCount = 0;
            var inWord = false;
            // Apostrophes are given only when a letter or digit follows them in the word.
            var pendingApostrophes = 0;
            for (var i = span.Start; i < span.End; i++)
            {
                var c = text[i];
                if (char.IsLetterOrDigit(c))
                {
                    if (!inWord && wordCount > 0) sink.Add(' ');
                    if (!inWord) wordCount++;
                    inWord = true;
                    for (; pendingApostrophes > 0; pendingApostrophes--) sink.Add('\'');
                    sink.Add(char.ToLowerInvariant(c));
                }
                else if (c is '\'' or '’' && inWord)
                {
                    pendingApostrophes++;
                }
                else if (inWord)
                {
                    pendingApostrophes = 0;
                    inWord = false;
                }
            }
            return wordCount;
        }

        private interface ICharSink
        {
            void Add(char c);
        }

        private struct HashSink(ulong basis) : ICharSink
        {
            public ulong Hash { get; private set; } = basis;

            public void Add(char c) => Hash = Fnv1a.Add64(Hash, c);
        }

        private readonly struct BufferSink(StringBuilder buffer) : ICharSink
        {
            public void Add(char c) => buffer.Append(c);
        }
    }

    private static string Excerpt(string text) => text.Length <= ExcerptLength ? text : text.Substring(0, ExcerptLength - 1).TrimEnd() + "…";
}
