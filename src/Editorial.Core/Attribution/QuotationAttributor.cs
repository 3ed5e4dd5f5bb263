using System;
using System.Collections.Generic;
using System.Linq;
using Editorial.Articles;
using Editorial.Text;

namespace Editorial.Attribution;

/// <summary>
/// Ties each direct quotation to its attribution: a reporting cue in the sentences the quotation spans, a speaker
/// named before a colon, the speaker of an interview turn, a cue or a person as subject in the next or previous
/// sentence of the paragraph (a split quotation, "She shook her head. “…”"), a source line in brackets, another
/// paragraph of the same running quotation, or an attributed quotation ending the previous paragraph.
/// </summary>
internal static class QuotationAttributor
{
    private const int MaximumNameWords = 6;
    /// <summary>A headline-style speaker with a topic: "Zelenskyy on the talks with Moscow:".</summary>
    private const int MaximumHeadlineWords = 9;

    private static readonly HashSet<string> PersonalPronouns = new(StringComparer.Ordinal) { "He", "She", "They", "I", "We" };
    /// <summary>Capitalised words that open a sentence without being part of a name: "The White House", "On Monday".</summary>
    private static readonly HashSet<string> NotNameStarts = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "This", "That", "These", "Those", "On", "In", "At", "By", "For", "After", "Before", "Since", "When", "While", "But", "And", "If",
    };

    public static List<QuotationAttribution> Attribute(Article article, SentenceCues cues)
    {
        var tokens = article.Tokens;
        var result = new List<QuotationAttribution>(article.Quotations.Count);
        // Quotations are in text order and do not overlap: one cursor finds the token each opens at, where a search of all
        // the tokens for each would cost a page of a million quotation marks a second.
        var open = 0;
        foreach (var quotation in article.Quotations)
        {
            while (open < tokens.Count && tokens[open].Span.Start < quotation.Span.Start) open++;
            result.Add(OwnAttribution(article, quotation, open, cues));
        }
        Spread(article, result, cues);
        // A source line after the quotation is the weakest sign, taken only where no speaker nearer to it was found:
        // “…” – Agencies after a paragraph that quotes Peskov is still Peskov's.
        for (var i = 0; i < result.Count; i++)
        {
            if (!result[i].IsAttributed && SourceLineAfter(article, result[i].Quotation) is { } source)
            {
                result[i] = result[i] with { Kind = AttributionKind.SourceLine, Speaker = source };
            }
        }
        Spread(article, result, cues);
        return result;
    }

    /// <summary>Spreads attributions through running quotations and paragraph carry-over until nothing changes.</summary>
    private static void Spread(Article article, List<QuotationAttribution> result, SentenceCues cues)
    {
        bool changed;
        do
        {
            changed = false;
            for (var i = 0; i < result.Count; i++)
            {
                if (result[i].IsAttributed) continue;
                var borrowed = FromRunningQuotation(result, i) ?? FromPreviousParagraph(article, result, i, cues);
                if (borrowed is null) continue;
                result[i] = borrowed;
                changed = true;
            }
        }
        while (changed);
    }

    /// <param name="open">The first token at or after the quotation's opening mark.</param>
    private static QuotationAttribution OwnAttribution(Article article, Quotation quotation, int open, SentenceCues cues)
    {
        var tokens = article.Tokens;
        var words = 0;
        var contentStart = open;
        while (contentStart < tokens.Count && tokens[contentStart].Span.Start < quotation.ContentSpan.Start) contentStart++;
        for (var k = contentStart; k < tokens.Count && tokens[k].Span.End <= quotation.ContentSpan.End; k++)
        {
            if (tokens[k].Kind != TokenKind.Punctuation) words++;
        }
        var unattributed = new QuotationAttribution(quotation, words, AttributionKind.None, null, null);
        var paragraph = article.Paragraphs[quotation.ParagraphIndex];
        var paragraphEnd = paragraph.FirstSentence + paragraph.SentenceCount;
        // The sentences the quotation spans: sentences are in text order and do not overlap, so they are the run from the
        // first that ends after the quotation's start (a scan of the paragraph for each quotation would cost a paragraph of
        // many quoted sentences time in the square of its length).
        var first = Math.Max(paragraph.FirstSentence, Sorted.FirstAtOrAfter(article.Sentences, quotation.Span.Start + 1, s => s.Span.End));
        var last = first - 1;
        while (last + 1 < paragraphEnd && article.Sentences[last + 1].Span.OverlapsWith(quotation.Span)) last++;
        if (last < first) return unattributed;

        var sentence = article.Sentences[first];
        var colon = ColonBefore(tokens, sentence, open);
        // The nearest cue of the sentences it spans, the first of equals.
        ReportingCue? nearest = null;
        for (var s = first; s <= last; s++)
        {
            foreach (var cue in cues[s])
            {
                if (nearest is null || Distance(cue.Span, quotation.Span) < Distance(nearest.Span, quotation.Span)) nearest = cue;
            }
        }
        if (nearest is not null)
        {
            var kind = colon >= 0 && nearest.Span.End <= tokens[colon].Span.Start ? AttributionKind.Colon : AttributionKind.SameSentence;
            return unattributed with { Kind = kind, Cue = nearest.Span, Speaker = nearest.Speaker };
        }
        // "Podolyak: “…”", "Zelenskyy on the talks: “…”": a name before the colon is the speaker; "She was blunt: “…”":
        // so is a person who is the subject of the clause before it.
        if (colon >= 0 && (NameBefore(tokens, sentence.FirstToken, colon) ?? PersonSubject(tokens, sentence)) is { } named)
        {
            return unattributed with { Kind = AttributionKind.Colon, Speaker = named };
        }
        if (TurnSpeaker(article, paragraph) is { } turn && turn.End <= quotation.Span.Start)
        {
            return unattributed with { Kind = AttributionKind.Turn, Speaker = turn };
        }
        if (WovenSubject(tokens, sentence, open) is { } subject)
        {
            return unattributed with { Kind = AttributionKind.Woven, Speaker = subject };
        }
        var split = first > paragraph.FirstSentence && cues[first - 1].Count > 0 ? cues[first - 1][cues[first - 1].Count - 1]
            : last + 1 < paragraphEnd && cues[last + 1].Count > 0 ? cues[last + 1][0]
            : null;
        if (split is not null) return unattributed with { Kind = AttributionKind.SplitQuote, Cue = split.Span, Speaker = split.Speaker };
        var person = (first > paragraph.FirstSentence ? PersonSubject(tokens, article.Sentences[first - 1]) : null)
                     ?? (last + 1 < paragraphEnd ? PersonSubject(tokens, article.Sentences[last + 1]) : null);
        return person is null ? unattributed : unattributed with { Kind = AttributionKind.PersonNearby, Speaker = person };
    }

    /// <summary>The subject of the sentence a quotation is woven into: the quotation opens after words of its sentence, and
    /// those words name a person or a body, a personal pronoun or a name of capitalised words that is not just the
    /// sentence's first word ("Rubio also bemoaned a climate in which people “…”", "She thanked him for
    /// “…”"). Null for a quotation that opens its sentence, and for a clause with no one in it ("The policy was “…”").</summary>
    private static TextSpan? WovenSubject(TokenList tokens, Sentence sentence, int open)
    {
        for (var k = sentence.FirstToken; k < open; k++)
        {
            var token = tokens[k];
            if (token.IsInQuotation) return null;
            if (!token.IsWord) continue;
            if (PersonalPronouns.Contains(token.Text) || (k > sentence.FirstToken && PersonalPronouns.Contains(Capitalised(token.Text)))) return token.Span;
            // A capitalised word inside the clause, or two opening it: a name ("Mike Huckabee", "the White House").
            if (token.StartsUpper && (k > sentence.FirstToken ? !token.IsSentenceStart : k + 1 < open && tokens[k + 1].IsWord && tokens[k + 1].StartsUpper)
                && !NotNameStarts.Contains(token.Text))
            {
                var last = k;
                while (last + 1 < open && last - k + 1 < MaximumNameWords && tokens[last + 1].IsWord && tokens[last + 1].StartsUpper) last++;
                return TextSpan.FromBounds(token.Span.Start, tokens[last].Span.End);
            }
        }
        return null;
    }

    /// <summary>A personal pronoun, or a capitalised word that is not just the first word of its sentence: a person or a
    /// named body ("she", "Ana Ruiz", "the Kremlin"), not "The talks".</summary>
    private static bool NamesSomeone(TokenList tokens, TextSpan speaker)
    {
        for (var k = tokens.FirstStartingAt(speaker.Start); k < tokens.Count && tokens[k].Span.End <= speaker.End; k++)
        {
            var token = tokens[k];
            if (!token.IsWord) continue;
            if (PersonalPronouns.Contains(Capitalised(token.Text))) return true;
            if (token.StartsUpper && !token.IsSentenceStart && !NotNameStarts.Contains(token.Text)) return true;
            if (token.StartsUpper && token.IsSentenceStart && k + 1 < tokens.Count && tokens[k + 1].IsWord && tokens[k + 1].StartsUpper && !NotNameStarts.Contains(token.Text)) return true;
        }
        return false;
    }

    private static string Capitalised(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word.Substring(1);

    /// <summary>The speaker of an interview or transcript turn: the paragraph opens with "Q:", "A:" or a name and a colon
    /// ("MARTINEZ:", "Ana Martinez:"). Null for any other paragraph.</summary>
    private static TextSpan? TurnSpeaker(Article article, Paragraph paragraph)
    {
        if (paragraph.SentenceCount == 0) return null;
        var tokens = article.Tokens;
        var sentence = article.Sentences[paragraph.FirstSentence];
        if (tokens[sentence.FirstToken].IsInQuotation) return null;
        var end = Math.Min(sentence.EndToken, sentence.FirstToken + MaximumNameWords + 1);
        for (var k = sentence.FirstToken + 1; k < end; k++)
        {
            if (!tokens[k].IsPunctuation(':')) continue;
            var prefix = TextSpan.FromBounds(tokens[sentence.FirstToken].Span.Start, tokens[k - 1].Span.End);
            return IsName(tokens, prefix) ? prefix : null;
        }
        return null;
    }

    /// <summary>A person who is the subject of a sentence: a personal pronoun ("She shook her head."), a courtesy title
    /// and a name ("Mr. Lopez"), or a name of two to four capitalised words before a lowercase word ("Ana Lopez shrugged.").
    /// A single capitalised word is not taken: it is as often a place or an institution ("Kyiv was quiet").</summary>
    private static TextSpan? PersonSubject(TokenList tokens, Sentence sentence)
    {
        var end = sentence.EndToken;
        var k = sentence.FirstToken;
        if (k >= end || !tokens[k].IsWord || !tokens[k].StartsUpper || tokens[k].IsInQuotation) return null;
        if (PersonalPronouns.Contains(tokens[k].Text)) return tokens[k].Span;
        var courtesy = CourtesyTitles.Contains(tokens[k].Text);
        var nameStart = k + 1;
        // "Mr. Lopez": the abbreviation's full stop stands inside the name.
        if (courtesy && nameStart < end && tokens[nameStart].IsPunctuation('.')) nameStart++;
        var run = nameStart;
        while (run < end && tokens[run].IsWord && tokens[run].StartsUpper && !tokens[run].IsInQuotation) run++;
        var isName = courtesy ? run > nameStart : run - k is >= 2 and <= 4 && !NotNameStarts.Contains(tokens[k].Text);
        if (!isName || run >= end) return null;
        var next = tokens[run];
        return next.IsWord && !next.StartsUpper && !next.IsPossessive ? TextSpan.FromBounds(tokens[k].Span.Start, tokens[run - 1].Span.End) : null;
    }

    /// <summary>The source line of a speech excerpt or an epigraph: in brackets right after the quotation ("“…” [Address to
    /// parliament, May 2]") or as the next paragraph when the quotation ends its own, or after a dash ("“…” – @harbourmaster").</summary>
    private static TextSpan? SourceLineAfter(Article article, Quotation quotation)
    {
        var text = article.ProseText;
        var paragraph = article.Paragraphs[quotation.ParagraphIndex];
        var i = quotation.Span.End;
        while (i < paragraph.Span.End && (char.IsWhiteSpace(text[i]) || text[i] is '.' or ',' or ';')) i++;
        if (i < paragraph.Span.End && text[i] is '–' or '—' && DashedSource(article, i + 1, paragraph.Span.End) is { } dashed) return dashed;
        if (i < paragraph.Span.End) return Bracketed(text, TextSpan.FromBounds(i, paragraph.Span.End));
        if (paragraph.Index + 1 >= article.Paragraphs.Count) return null;
        // A short source line has no full stop, so the layout may take it for a subheading: the brackets decide.
        return Bracketed(text, article.Paragraphs[paragraph.Index + 1].Span);
    }

    /// <summary>The name or handle after a dash that signs a quotation: "– Ana Ruiz", "— @harbourmaster".</summary>
    private static TextSpan? DashedSource(Article article, int from, int end)
    {
        var tokens = article.Tokens;
        var k = tokens.FirstStartingAt(from);
        // A handle is one non-prose token.
        if (k < tokens.Count && tokens[k].IsNonProse && tokens[k].Text.StartsWith("@", StringComparison.Ordinal)) return tokens[k].Span;
        var last = k;
        while (last < tokens.Count && tokens[last].Span.End <= end && tokens[last].IsWord && tokens[last].StartsUpper && last - k < MaximumNameWords) last++;
        return last > k ? TextSpan.FromBounds(tokens[k].Span.Start, tokens[last - 1].Span.End) : null;
    }

    /// <summary>The text inside the brackets when <paramref name="span"/>, trimmed, opens with a bracket and ends with its closer: "[…]", "(…)".</summary>
    private static TextSpan? Bracketed(string text, TextSpan span)
    {
        int start = span.Start, end = span.End;
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] == '.')) end--;
        if (end - start < 3) return null;
        var closer = text[start] switch { '[' => ']', '(' => ')', _ => '\0' };
        return closer != '\0' && text[end - 1] == closer ? TextSpan.FromBounds(start + 1, end - 1) : null;
    }

    /// <summary>The name before the colon at <paramref name="colon"/>, read back to the start of its clause; null when the words there are no name.</summary>
    private static TextSpan? NameBefore(TokenList tokens, int from, int colon) =>
        colon > from && ReportingCueFinder.RunBefore(tokens, from, colon - 1) is { } run && IsName(tokens, run) ? run : null;

    /// <summary>A name as a speaker before a colon: a few capitalised words, with "of", "in", "at" or a possessive between
    /// them ("Mykhailo Podolyak", "Minister of Defence", "Zelensky in Kyiv"), in headline style with a topic after "on" or
    /// "about" ("Zelenskyy on the talks"), or a byline ("by Post's Ana Ruiz"). "The situation was dire:" is not one.</summary>
    private static bool IsName(TokenList tokens, TextSpan run)
    {
        var first = tokens.FirstStartingAt(run.Start);
        var count = 0;
        var topic = false;
        for (var k = first; k < tokens.Count && tokens[k].Span.End <= run.End; k++, count++)
        {
            var token = tokens[k];
            if (topic || token.StartsUpper) continue;
            if (k > first && token.Text is "on" or "about") topic = true;
            // A byline introducing an excerpt: "by Post's Ana Ruiz:".
            else if (k == first && token.Text == "by") continue;
            else if (k == first || !(token.Text is "of" or "in" or "at" || token.IsPossessive)) return false;
        }
        return count <= (topic ? MaximumHeadlineWords : MaximumNameWords);
    }

    /// <summary>The index of the colon token right before the quotation's opening mark, in its sentence; -1 when none.</summary>
    private static int ColonBefore(TokenList tokens, Sentence sentence, int open)
    {
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

    /// <summary>A paragraph that opens with a quotation right after a paragraph whose last sentence names a speaker: in news
    /// copy the same speaker goes on. That sentence holds an attributed quotation (Peskov said: “No.” ¶ “Russia possesses
    /// …”), a reporting verb with its speaker (Ana Ruiz, a nurse, said she would vote. ¶ “He speaks his mind.”), or ends
    /// in a colon that introduces what follows (The statement read: ¶ “…”).</summary>
    private static QuotationAttribution? FromPreviousParagraph(Article article, List<QuotationAttribution> result, int i, SentenceCues cues)
    {
        var quotation = result[i].Quotation;
        var paragraph = article.Paragraphs[quotation.ParagraphIndex];
        if (paragraph.Index == 0 || paragraph.SentenceCount == 0 || article.Sentences[paragraph.FirstSentence].Span.Start != quotation.Span.Start) return null;
        var previous = article.Paragraphs[paragraph.Index - 1];
        if (previous.IsHeading || previous.SentenceCount == 0) return null;
        var lastSentence = article.Sentences[previous.LastSentence];
        for (var j = i - 1; j >= 0 && result[j].Quotation.ParagraphIndex == previous.Index; j--)
        {
            if (result[j].IsAttributed && result[j].Quotation.Span.OverlapsWith(lastSentence.Span))
            {
                return result[i] with { Kind = AttributionKind.PreviousParagraph, Cue = result[j].Cue, Speaker = result[j].Speaker };
            }
        }
        var tokens = article.Tokens;
        // The speaker must be someone: "The talks went on." has a reporting phrase but nobody speaking.
        if (cues[lastSentence.Index].LastOrDefault(c => c.Speaker is { } speaker && NamesSomeone(tokens, speaker)) is { } cue)
        {
            return result[i] with { Kind = AttributionKind.PreviousParagraph, Cue = cue.Span, Speaker = cue.Speaker };
        }
        var lastToken = lastSentence.LastToken;
        return tokens[lastToken].IsPunctuation(':')
            ? result[i] with { Kind = AttributionKind.PreviousParagraph, Speaker = PersonSubject(tokens, lastSentence) }
            : null;
    }

    private static int Distance(TextSpan cue, TextSpan quotation) =>
        cue.Start >= quotation.End ? cue.Start - quotation.End : Math.Max(0, quotation.Start - cue.End);

}
