using System;
using System.Collections.Generic;
using Editorial.Text;

namespace Editorial.Articles;

/// <summary>
/// Documents an article reproduces after a lead-in that names them, someone else's words though no quotation marks hold
/// them: a paragraph after a lead-in paragraph ("The ministry's statement reads:"), or the rest of a paragraph after a
/// lead-in sentence of its own that ends in a colon ("Via the Daily Planet: Troops crossed …", "She wrote on Facebook: I
/// never …"). A lead-in names a document, a platform that carries one, or credits a source ("Via …"); a verb alone ("He
/// wrote:", "READ ALSO:") and a label ("Note:", "Editor's note:") are no evidence of one, and a quotation after the colon
/// is read as a quotation.
/// </summary>
internal static class LeadInExcerpts
{
    // Documents a lead-in names when it introduces one ("The statement reads:", "In the post, she wrote:"), and the
    // platforms whose posts an article reproduces ("he wrote on Facebook:").
    private static readonly HashSet<string> DocumentWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "statement", "statements", "letter", "letters", "post", "posts", "tweet", "tweets", "transcript", "memo", "note", "message",
        "declaration", "communique", "communiqué", "excerpt", "excerpts", "email", "emails", "e-mail", "speech", "remarks",
        "announcement", "decree", "ruling", "indictment", "petition", "Facebook", "Twitter", "Instagram", "Telegram",
    };

    /// <summary>How many words a lead-in inside a paragraph runs to at least: fewer is a label ("Editor's note:").</summary>
    private const int MinimumLeadInWords = 3;

    /// <summary>True when <paramref name="previous"/> is a lead-in paragraph: it ends in a colon and names a document or its
    /// source. The paragraph after it is that document.</summary>
    public static bool IntroducesDocument(char[] view, Paragraph previous, List<Sentence> sentences, TokenList tokens) =>
        !previous.IsHeading && previous.SentenceCount > 0 && view[previous.Span.End - 1] == ':'
        && NamesDocument(tokens, sentences[previous.FirstSentence].FirstToken, previous.Span.End);

    /// <summary>The excerpts that follow a lead-in sentence inside a paragraph, each from the first word after the colon to
    /// the paragraph's end, in text order.</summary>
    public static List<TextSpan> Find(IReadOnlyList<Paragraph> paragraphs, IReadOnlyList<Sentence> sentences, TokenList tokens)
    {
        var excerpts = new List<TextSpan>();
        foreach (var paragraph in paragraphs)
        {
            if (paragraph.IsHeading || paragraph.IsReproduced || paragraph.SentenceCount == 0) continue;
            var first = sentences[paragraph.FirstSentence].FirstToken;
            var lastSentence = sentences[paragraph.FirstSentence + paragraph.SentenceCount - 1];
            var last = lastSentence.FirstToken + lastSentence.TokenCount - 1;
            for (var k = first; k < last; k++)
            {
                var colon = tokens[k];
                var next = tokens[k + 1];
                if (!colon.IsPunctuation(':') || colon.IsTranscribed || !next.IsWord || !next.StartsUpper || next.IsTranscribed) continue;
                var leadInStart = sentences[colon.SentenceIndex].FirstToken;
                if (CountWords(tokens, leadInStart, k) < MinimumLeadInWords || !EndsNamingDocument(tokens, leadInStart, k)) continue;
                excerpts.Add(TextSpan.FromBounds(next.Span.Start, tokens[last].Span.End));
                break;
            }
        }
        return excerpts;
    }

    // Verbs with which a lead-in reads a document out ("the statement reads:", "the letter said:").
    private static readonly HashSet<string> ReadingVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "reads", "read", "says", "said", "states", "stated", "wrote", "writes", "posted", "tweeted",
    };

    // Words that may follow the naming before the colon ("the statement reads in full:", "the letter is below:").
    private static readonly HashSet<string> TrailingWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "full", "below", "here", "as", "follows", "is", "was",
    };

    /// <summary>True when the lead-in from <paramref name="first"/> to the colon at <paramref name="colon"/> opens with a
    /// source's credit ("Via …"), or names a document with its last words: the document ("… on Facebook:"), or its reading
    /// verb after a document it names ("The ministry's statement reads in full:").</summary>
    private static bool EndsNamingDocument(TokenList tokens, int first, int colon)
    {
        if (tokens[first].IsWord && tokens[first].Text.Equals("via", StringComparison.OrdinalIgnoreCase)) return true;
        var last = colon - 1;
        while (last > first && tokens[last].IsWord && TrailingWords.Contains(tokens[last].Text)) last--;
        if (!tokens[last].IsWord) return false;
        return DocumentWords.Contains(tokens[last].Text) || ReadingVerbs.Contains(tokens[last].Text) && NamesDocument(tokens, first, tokens[last].Span.Start);
    }

    /// <summary>True when the words from <paramref name="first"/> up to <paramref name="end"/> name a document, or open
    /// with a source's credit ("Via …").</summary>
    private static bool NamesDocument(TokenList tokens, int first, int end)
    {
        if (first < tokens.Count && tokens[first].IsWord && tokens[first].Text.Equals("via", StringComparison.OrdinalIgnoreCase)) return true;
        for (var k = first; k < tokens.Count && tokens[k].Span.End <= end; k++)
        {
            if (tokens[k].IsWord && DocumentWords.Contains(tokens[k].Text)) return true;
        }
        return false;
    }

    /// <summary>The words from <paramref name="first"/> to <paramref name="end"/>, a possessive's "'s" (a token of its own)
    /// not counted: "Editor's note" is two words.</summary>
    private static int CountWords(TokenList tokens, int first, int end)
    {
        var words = 0;
        for (var k = first; k < end; k++)
        {
            if (tokens[k].IsWord && char.IsLetterOrDigit(tokens[k].Text[0])) words++;
        }
        return words;
    }
}
