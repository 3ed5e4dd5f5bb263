using System;
using System.Collections.Generic;
using System.Linq;
using Editorial.Text;

namespace Editorial.Articles;

/// <summary>
/// Documents an article reproduces after a lead-in that names them, someone else's words though no quotation marks hold
/// them: a paragraph after a lead-in paragraph ("The ministry's statement reads:"), or the rest of a paragraph after a
/// lead-in sentence of its own that ends in a colon ("Via the Daily Planet: Troops crossed …", "She wrote on Facebook: I
/// never …"). A lead-in names a document or a platform that carries one, or credits a source ("Via …"); a verb alone ("He
/// wrote:", "READ ALSO:") and a label ("Note:", "Editor's note:", "EDS NOTE:") are no evidence of one, and a quotation
/// after the colon is read as a quotation.
/// </summary>
internal static class LeadInExcerpts
{
    // Documents a lead-in names when it introduces one ("The statement reads:", "In the post, she wrote:").
    private static readonly HashSet<string> DocumentWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "statement", "statements", "letter", "letters", "post", "posts", "tweet", "tweets", "transcript", "memo", "note", "message",
        "declaration", "communique", "communiqué", "excerpt", "excerpts", "email", "emails", "e-mail", "speech", "remarks",
        "announcement", "decree", "ruling", "indictment", "petition",
    };

    // Platforms whose posts an article reproduces ("he wrote on Facebook:").
    private static readonly HashSet<string> Platforms = new(StringComparer.OrdinalIgnoreCase) { "Facebook", "Twitter", "Instagram", "Telegram" };

    /// <summary>How many words a lead-in inside a paragraph runs to at least: fewer is a label ("Editor's note:").</summary>
    private const int MinimumLeadInWords = 3;

    /// <summary>The longest excerpt a lead-in inside a paragraph introduces, in characters: a long paragraph of copy.</summary>
    private const int MaximumExcerptLength = 1500;

    /// <summary>True when <paramref name="previous"/> is a lead-in paragraph: it ends in a colon and names a document or its
    /// source. The paragraph after it is that document.</summary>
    public static bool IntroducesDocument(string view, Paragraph previous, List<Sentence> sentences, TokenList tokens) =>
        !previous.IsHeading && previous.SentenceCount > 0 && view[previous.Span.End - 1] == ':'
        && NamesDocument(tokens, sentences[previous.FirstSentence].FirstToken, previous.Span.End);

    /// <summary>True when the lead-in paragraph <paramref name="previous"/> (<see cref="IntroducesDocument"/>) says the document
    /// follows in full, where a release puts it: "The full text of the letter is below:", "Senator Lee's remarks as prepared
    /// follow:" (<see cref="Article.AppendedDocumentStart"/>).</summary>
    public static bool SaysDocumentFollows(Paragraph previous, List<Sentence> sentences, TokenList tokens)
    {
        var last = sentences[previous.LastSentence];
        for (var k = last.FirstToken; k < last.EndToken; k++)
        {
            if (tokens[k].IsWord && FollowingWords.Contains(tokens[k].Text)) return true;
        }
        return false;
    }

    /// <summary>True when the tokens from <paramref name="first"/> to <paramref name="end"/>, a paragraph of their own, are a
    /// letter's salutation ("Dear Secretary Stone:", "Dear Mr. Leader,"): a release that prints one prints the letter from
    /// there on, whether or not a lead-in said so ("The letter is attached." above its date and address). Its sourcing is
    /// its writers' (<see cref="Article.AppendedDocumentStart"/>): a blind round judged 8 of 10 such findings wrong.</summary>
    public static bool IsLetterSalutation(TokenList tokens, int first, int end)
    {
        if (end - first < 3 || !tokens[first].IsWord || !string.Equals(tokens[first].Text, "Dear", StringComparison.Ordinal)) return false;
        if (!tokens[first + 1].IsWord || !char.IsUpper(tokens[first + 1].Text[0]) || !(tokens[end - 1].IsPunctuation(':') || tokens[end - 1].IsPunctuation(','))) return false;
        var words = 0;
        for (var k = first; k < end; k++)
        {
            if (tokens[k].IsWord) words++;
        }
        return words <= MaximumSalutationWords;
    }

    /// <summary>The most words a salutation runs to: "Dear Commissioner von Eschenbach and Secretary Leavitt:".</summary>
    private const int MaximumSalutationWords = 8;

    /// <summary>The words of a lead-in that puts the whole document after it.</summary>
    private static readonly HashSet<string> FollowingWords = new(StringComparer.OrdinalIgnoreCase) { "below", "follows", "follow" };

    /// <summary>The excerpts that follow a lead-in sentence inside a paragraph, each from the first word after the colon to
    /// the paragraph's end, in text order.</summary>
    public static List<TextSpan> Find(string view, IReadOnlyList<Paragraph> paragraphs, IReadOnlyList<Sentence> sentences, TokenList tokens)
    {
        var excerpts = new List<TextSpan>();
        foreach (var paragraph in paragraphs)
        {
            if (paragraph.IsHeading || paragraph.IsReproduced || paragraph.SentenceCount == 0) continue;
            var first = sentences[paragraph.FirstSentence].FirstToken;
            var lastSentence = sentences[paragraph.LastSentence];
            var last = lastSentence.LastToken;
            for (var k = first; k < last; k++)
            {
                var colon = tokens[k];
                var next = tokens[k + 1];
                if (!colon.IsPunctuation(':') || colon.IsTranscribed || !next.IsWord || !next.StartsUpper || next.IsTranscribed) continue;
                var leadInStart = sentences[colon.SentenceIndex].FirstToken;
                if (LeadsInAnswer(view, sentences, tokens, first, leadInStart, k, out var question))
                {
                    if (question is { } asked && (excerpts.Count == 0 || excerpts[excerpts.Count - 1].End <= asked.Start)) excerpts.Add(asked);
                    // A record's answer ends with its line; a line longer than any answer is a page run into one line.
                    var answerEnd = Math.Min(tokens[last].Span.End, TextLines.EndOf(view, next.Span.Start));
                    if (answerEnd - next.Span.Start <= MaximumAnswerLength) excerpts.Add(TextSpan.FromBounds(next.Span.Start, answerEnd));
                    break;
                }
                if (CountWords(tokens, leadInStart, k) < MinimumLeadInWords || !EndsNamingDocument(tokens, leadInStart, k)) continue;
                // Longer than any paragraph of copy, the rest is an export that ran paragraphs together: where the excerpt
                // ends and the article's own words resume is lost, and the article's words must not be hidden. Only a post
                // has a length of its own: it runs to the end of the sentence that reaches a post's length.
                if (tokens[last].Span.End - next.Span.Start <= MaximumExcerptLength) excerpts.Add(TextSpan.FromBounds(next.Span.Start, tokens[last].Span.End));
                else if (NamesPost(tokens, leadInStart, k)) excerpts.Add(TextSpan.FromBounds(next.Span.Start, PostEnd(sentences, next)));
                break;
            }
        }
        return excerpts;
    }

    /// <summary>The longest answer to a recorded question, in characters: a minister's written reply of several paragraphs'
    /// length, printed as one line.</summary>
    private const int MaximumAnswerLength = 3000;

    // Verbs that lead in an answer to the question before them ("The minister replied:").
    private static readonly HashSet<string> ReplyVerbs = new(StringComparer.OrdinalIgnoreCase) { "replied", "replies", "answered", "answers", "responded" };

    /// <summary>How far back from an answer's label its question's label is looked for, in tokens: a written question's length.
    /// A paragraph of many answer labels and no question is not read back to its start for each.</summary>
    private const int MaximumQuestionTokens = 400;

    /// <summary>
    /// True when the colon at <paramref name="colon"/> leads in the answer to a question the article has just printed, as a
    /// release quotes a parliament's written questions and their replies: a reply verb ending a lead-in sentence right after
    /// the question's mark ("… on what date was he appointed? Hon Jane Hale (Minister of Education) replied: Mr Tan began
    /// …"), or an answer's label opening its line below a line that a question's label opens, in the paragraph that starts at
    /// <paramref name="paragraphStart"/> ("**Question:** Who was told …  \n**Reply:** Officials have …"). The answer is its
    /// giver's words, reproduced without quotation marks. After a reply verb, <paramref name="question"/> is the question it
    /// answers (<see cref="AskedQuestion"/>); under a label, null: the question's own label leads it in.
    /// </summary>
    private static bool LeadsInAnswer(string view, IReadOnlyList<Sentence> sentences, TokenList tokens, int paragraphStart, int leadInStart, int colon,
        out TextSpan? question)
    {
        question = null;
        var word = tokens[colon - 1];
        if (!word.IsWord) return false;
        if (ReplyVerbs.Contains(word.Text))
        {
            var sentence = tokens[leadInStart].SentenceIndex;
            if (colon - 1 <= leadInStart || sentence == 0 || !tokens[sentences[sentence - 1].LastToken].IsPunctuation('?')) return false;
            question = AskedQuestion(tokens, sentences[sentence - 1]);
            return true;
        }
        if (!Transcripts.AnswerLabels.Contains(word.Text) || !OpensLine(view, word)) return false;
        for (var k = colon - 2; k >= Math.Max(paragraphStart, colon - MaximumQuestionTokens); k--)
        {
            if (tokens[k].IsWord && Transcripts.QuestionLabels.Contains(tokens[k].Text) && tokens[k + 1].IsPunctuation(':') && OpensLine(view, tokens[k])) return true;
        }
        return false;
    }

    /// <summary>
    /// The question a reply verb's answer (<see cref="LeadsInAnswer"/>) answers, in the sentence before the lead-in: from the
    /// word after its last colon, where a written question's record names the member who asked it ("1204 (2024). Jane Hale
    /// to the Minister of Transport (3 May 2024): How many …?"). The question is its member's words, as the answer is its
    /// giver's.
    /// </summary>
    private static TextSpan? AskedQuestion(TokenList tokens, Sentence question)
    {
        var start = question.FirstToken;
        for (var k = question.LastToken - 1; k > question.FirstToken; k--)
        {
            if (!tokens[k].IsPunctuation(':')) continue;
            start = k + 1;
            break;
        }
        return start < question.LastToken ? TextSpan.FromBounds(tokens[start].Span.Start, tokens[question.LastToken].Span.End) : null;
    }

    /// <summary>True when only white space and the marks of emphasis stand between the line's start and <paramref name="token"/>.</summary>
    private static bool OpensLine(string view, Token token)
    {
        for (var i = token.Span.Start - 1; i >= 0 && view[i] != '\n'; i--)
        {
            if (!char.IsWhiteSpace(view[i]) && view[i] is not ('*' or '_')) return false;
        }
        return true;
    }

    /// <summary>
    /// Statements and posts an article pastes in after a sentence that names them, without a colon or quotation marks:
    /// "In a statement issued on Friday, the dean said she would act. I have been saddened to learn … We must do better."
    /// A news writer reports in the third person; the sentences right after the naming one that speak in the first person
    /// ("I", "we", "our") are the document's, as far as they go on doing so. A naming sentence whose colon opens the first
    /// person ("… on her Facebook page, since deleted: Today I was …") starts the document at the colon. At least two
    /// sentences: one "we" may be the writer's own aside.
    /// </summary>
    public static List<TextSpan> FindFirstPerson(IReadOnlyList<Paragraph> paragraphs, IReadOnlyList<Sentence> sentences, TokenList tokens,
        IReadOnlyList<TextSpan> excerpts)
    {
        var documents = new List<TextSpan>();
        var previousEnd = 0;
        for (var s = 0; s + 1 < sentences.Count; s++)
        {
            var naming = sentences[s];
            // The sentence after is in the first person in every document of two sentences or more (read below): the
            // cheapest test first, since most sentences of a news article are followed by one in the third person.
            if (naming.Span.Start < previousEnd || paragraphs[naming.ParagraphIndex].IsHeading
                || sentences[s + 1].ParagraphIndex > naming.ParagraphIndex + 1 || !InFirstPerson(s + 1)
                || !NamesDocument(tokens, naming.FirstToken, naming.Span.End) || tokens[naming.FirstToken].IsTranscribed) continue;
            // The document starts at the naming sentence's colon when the first person follows it, else at the next sentence.
            var colon = ColonBeforeFirstPerson(tokens, naming);
            var start = colon >= 0 ? tokens[colon + 1].Span.Start : -1;
            var last = colon >= 0 ? s : -1;
            var run = colon >= 0 ? 1 : 0;
            for (var next = s + 1; next < sentences.Count && sentences[next].ParagraphIndex <= naming.ParagraphIndex + 1; next++)
            {
                if (!InFirstPerson(next)) break;
                if (start < 0) start = sentences[next].Span.Start;
                last = next;
                run++;
            }
            if (run < 2) continue;
            var span = TextSpan.FromBounds(start, sentences[last].Span.End);
            if (Sorted.AnyOverlaps(excerpts, span)) continue;
            documents.Add(span);
            previousEnd = span.End;
            s = last;
        }
        return documents;

        bool InFirstPerson(int index) =>
            !paragraphs[sentences[index].ParagraphIndex].IsHeading && SpeaksInFirstPerson(tokens, sentences[index].FirstToken, sentences[index].EndToken);
    }

    private static int ColonBeforeFirstPerson(TokenList tokens, Sentence sentence)
    {
        for (var k = sentence.FirstToken; k < sentence.LastToken; k++)
        {
            if (tokens[k].IsPunctuation(':') && !tokens[k].IsTranscribed && tokens[k + 1].IsWord && tokens[k + 1].StartsUpper)
                return SpeaksInFirstPerson(tokens, k + 1, sentence.EndToken) ? k : -1;
        }
        return -1;
    }

    // Pronouns of the first person; "US" in capitals is the country.
    private static readonly HashSet<string> FirstPerson = new(StringComparer.Ordinal)
    {
        "I", "me", "my", "mine", "myself", "we", "We", "us", "our", "Our", "ours", "ourselves", "My",
    };

    /// <summary>The pronouns' lengths and initials: every sentence of an article is read for them, and a word of none of them
    /// is passed over without hashing it (<see cref="IsFirstPerson"/>).</summary>
    private static readonly WordShapes FirstPersonShapes = WordShapes.Of(FirstPerson, ignoreCase: false);

    private static bool IsFirstPerson(string word) => FirstPersonShapes.MayHold(word) && FirstPerson.Contains(word);

    private static bool SpeaksInFirstPerson(TokenList tokens, int first, int end)
    {
        for (var k = first; k < end; k++)
        {
            if (tokens[k].IsWord && !tokens[k].IsInQuotation && IsFirstPerson(tokens[k].Text)) return true;
        }
        return false;
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
    /// source's credit ("Via …"), or names a document with its last words: a platform ("… on Facebook:"), a reading verb
    /// after a document it names ("The ministry's statement reads in full:"), or a document it reads out or announces
    /// ("… she wrote in an email:", "… released the following statement:").</summary>
    private static bool EndsNamingDocument(TokenList tokens, int first, int colon)
    {
        if (tokens[first].IsWord && tokens[first].Text.Equals("via", StringComparison.OrdinalIgnoreCase)) return true;
        var last = colon - 1;
        while (last > first && tokens[last].IsWord && TrailingWords.Contains(tokens[last].Text)) last--;
        var word = tokens[last];
        // A word in capitals before the colon is a label ("EDS NOTE:", "PRESS RELEASE:"), and so is a note ("Editor's note:").
        if (!word.IsWord || IsInCapitals(word.Text) || word.Text.Equals("note", StringComparison.OrdinalIgnoreCase)) return false;
        // A platform anywhere in the lead-in carries what follows ("She wrote on Facebook on Tuesday:", "Twitter users
        // reminded him:"): the words after the colon are its posts.
        if (NamesPlatform(tokens, first, colon)) return true;
        if (ReadingVerbs.Contains(word.Text)) return NamesDocument(tokens, first, word.Span.Start);
        // A document named last is introduced only when the lead-in reads it out or announces it ("she wrote in an email:",
        // "released the following statement:"); otherwise it is the article's summary of it ("sent an unmistakable message:
        // stop").
        return DocumentWords.Contains(word.Text) && AnnouncesReading(tokens, first, last);
    }

    private static bool AnnouncesReading(TokenList tokens, int first, int end)
    {
        for (var k = first; k < end; k++)
        {
            if (tokens[k].IsWord && (ReadingVerbs.Contains(tokens[k].Text) || tokens[k].Text.Equals("following", StringComparison.OrdinalIgnoreCase))) return true;
        }
        return false;
    }

    /// <summary>True when the words from <paramref name="first"/> up to <paramref name="end"/> name a document, or open
    /// with a source's credit ("Via …").</summary>
    private static bool NamesDocument(TokenList tokens, int first, int end)
    {
        if (first < tokens.Count && tokens[first].IsWord && tokens[first].Text.Equals("via", StringComparison.OrdinalIgnoreCase)) return true;
        for (var k = first; k < tokens.Count && tokens[k].Span.End <= end; k++)
        {
            if (tokens[k].IsWord && (DocumentWords.Contains(tokens[k].Text) || Platforms.Contains(tokens[k].Text))) return true;
        }
        return false;
    }

    /// <summary>The longest post a lead-in names in a page run together, in characters: a tweet's.</summary>
    private const int MaximumPostLength = 280;

    /// <summary>The end of a post that starts at <paramref name="first"/>, a page's paragraphs run together after it: the end of
    /// the sentence that reaches <see cref="MaximumPostLength"/> characters, or of the paragraph before that.</summary>
    private static int PostEnd(IReadOnlyList<Sentence> sentences, Token first)
    {
        var sentence = sentences[first.SentenceIndex];
        while (sentence.Span.End - first.Span.Start < MaximumPostLength && sentence.Index + 1 < sentences.Count
               && sentences[sentence.Index + 1].ParagraphIndex == sentence.ParagraphIndex) sentence = sentences[sentence.Index + 1];
        return sentence.Span.End;
    }

    /// <summary>True when the lead-in from <paramref name="first"/> to <paramref name="end"/> reads out a post: it names a
    /// platform, a post or a tweet, and a verb that reads it ("in a message posted on Twitter:", "she wrote on
    /// Telegram:"). A platform alone is as often the article's own subject ("Telegram is his preferred outlet: Since …").</summary>
    private static bool NamesPost(TokenList tokens, int first, int end)
    {
        if (!AnnouncesReading(tokens, first, end)) return false;
        for (var k = first; k < end; k++)
        {
            if (tokens[k].IsWord && (Platforms.Contains(tokens[k].Text) || PostWords.Contains(tokens[k].Text))) return true;
        }
        return false;
    }

    private static readonly HashSet<string> PostWords = new(StringComparer.OrdinalIgnoreCase) { "post", "posts", "tweet", "tweets" };

    private static bool NamesPlatform(TokenList tokens, int first, int end)
    {
        for (var k = first; k < end; k++)
        {
            if (tokens[k].IsWord && Platforms.Contains(tokens[k].Text)) return true;
        }
        return false;
    }

    private static bool IsInCapitals(string word) => word.Length > 1 && word.All(c => !char.IsLetter(c) || char.IsUpper(c));

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
