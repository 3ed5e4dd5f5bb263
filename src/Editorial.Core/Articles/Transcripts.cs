using System.Collections.Generic;
using Editorial.Text;

namespace Editorial.Articles;

/// <summary>
/// Transcripts an article reproduces: an interview or a debate whose turns open with the speaker's label ("Q:", "PUTIN:",
/// "MR SMITH:", or in bold: "**Mr Tan:**"). Turns printed as paragraphs of their own are a transcript when a labelled
/// paragraph stands beside another one (<see cref="SpeakerLabelColon"/>, <see cref="EmphasisedLabelColon"/>; one label alone
/// is a kicker, "UPDATE:"). An export that ran the paragraphs
/// together leaves the turns inside one paragraph ("… in the east? FUHRMANN: The risk is …"), where a label opening a
/// sentence is a turn only when speakers take turns: one speaks again after another ("WOLF: … FUHRMANN: … WOLF: …").
/// Kickers repeat without taking turns ("RELATED: … RELATED: …").
/// </summary>
internal static class Transcripts
{
    /// <summary>How many words a speaker's label may run to ("MR SMITH", "DEFENCE SECRETARY BEN WALLACE").</summary>
    private const int MaximumLabelWords = 4;

    /// <summary>How far the last turn in a paragraph may run to the paragraph's end, in characters: a long answer. Further
    /// on, the article's own words may have resumed, and the turn is taken to end with its first sentence.</summary>
    private const int MaximumLastTurnLength = 1500;

    /// <summary>How many words an emphasised speaker's label may run to: a courtesy title and a full name ("Mr Louis Ng Kok Kwang").</summary>
    private const int MaximumEmphasisedLabelWords = 6;

    /// <summary>The labels of a record's question, a turn that names no speaker, as the reply's (<see cref="AnswerLabels"/>) is.</summary>
    internal static readonly HashSet<string> QuestionLabels = new(System.StringComparer.Ordinal) { "Q", "Question" };

    /// <summary>The labels of a reply to a record's question (<see cref="QuestionLabels"/>).</summary>
    internal static readonly HashSet<string> AnswerLabels = new(System.StringComparer.Ordinal) { "A", "Answer", "Reply" };

    /// <summary>
    /// The index of the colon that closes an emphasised label opening at <paramref name="first"/>, before <paramref name="end"/>,
    /// or -1: a turn as a parliament's record or a site's interview prints it, in bold where a wire writes capitals: a courtesy
    /// title and a name ("**Mr Tan Wu Meng:** To ask the Minister …"), or a turn's word alone ("**Answer:**" on a line of its
    /// own, the reply below it). A definition list's bold terms ("**Singleline**: …") and a newsletter's lead-ins ("**Why it
    /// matters:**") name no speaker.
    /// </summary>
    public static int EmphasisedLabelColon(TokenList tokens, int first, int end)
    {
        if (first >= tokens.Count || !tokens[first].StartsLabel || !tokens[first].IsWord) return -1;
        var k = first;
        if (CourtesyTitles.Contains(tokens[k].Text))
        {
            k++;
            // "Mr. Tan:": the title's full point stands inside the label.
            if (k < tokens.Count && tokens[k].IsPunctuation('.')) k++;
            var name = k;
            while (k < tokens.Count && k - first < MaximumEmphasisedLabelWords && tokens[k].IsWord && tokens[k].Span.End <= end && char.IsUpper(tokens[k].Text[0])) k++;
            if (k == name) return -1;
        }
        else if (QuestionLabels.Contains(tokens[k].Text) || AnswerLabels.Contains(tokens[k].Text)) k++;
        else return -1;
        return k < tokens.Count && tokens[k].Span.End <= end && tokens[k].IsPunctuation(':') ? k : -1;
    }

    /// <summary>The turns that speakers take inside paragraphs of running text, each paragraph's from its first label to the
    /// end of its last turn, in text order.</summary>
    public static List<TextSpan> FindInParagraphs(IReadOnlyList<Paragraph> paragraphs, IReadOnlyList<Sentence> sentences, TokenList tokens)
    {
        var transcripts = new List<TextSpan>();
        var labelled = new List<(Sentence Sentence, string Speaker)>();
        foreach (var paragraph in paragraphs)
        {
            if (paragraph.IsHeading || paragraph.IsReproduced || paragraph.SentenceCount < 3) continue;
            labelled.Clear();
            var lastSentence = sentences[paragraph.LastSentence];
            for (var s = paragraph.FirstSentence; s <= lastSentence.Index; s++)
            {
                var first = sentences[s].FirstToken;
                if (tokens[first].IsTranscribed) continue;
                var colon = SpeakerLabelColon(tokens, first, lastSentence.Span.End);
                if (colon >= 0) labelled.Add((sentences[s], Speaker(tokens, first, colon)));
            }
            if (!SpeakersTakeTurns(labelled)) continue;
            var lastTurn = labelled[labelled.Count - 1].Sentence;
            var end = lastSentence.Span.End - lastTurn.Span.Start <= MaximumLastTurnLength ? lastSentence.Span.End : lastTurn.Span.End;
            transcripts.Add(TextSpan.FromBounds(labelled[0].Sentence.Span.Start, end));
        }
        return transcripts;
    }

    /// <summary>True when a speaker speaks again after another one has.</summary>
    private static bool SpeakersTakeTurns(List<(Sentence Sentence, string Speaker)> labelled)
    {
        var spoken = new HashSet<string>(System.StringComparer.Ordinal);
        string? previous = null;
        foreach (var (_, speaker) in labelled)
        {
            if (previous is not null && speaker != previous && spoken.Contains(speaker)) return true;
            spoken.Add(speaker);
            previous = speaker;
        }
        return false;
    }

    private static string Speaker(TokenList tokens, int first, int colon)
    {
        var words = new List<string>(colon - first);
        for (var k = first; k < colon; k++) words.Add(tokens[k].Text);
        return string.Join(" ", words);
    }

    /// <summary>The index of the colon that closes the speaker's label opening at <paramref name="first"/> (words in capitals,
    /// or a lone capital: "Q", "A"), with the speaker's words after it before <paramref name="end"/>; or -1. A title's point
    /// glued to a word of the label stands inside it: "MR. FLEISCHER:", as a White House briefing's record prints it.</summary>
    public static int SpeakerLabelColon(TokenList tokens, int first, int end)
    {
        var k = LabelEnd(tokens, first);
        return k > first && k + 1 < tokens.Count && tokens[k].IsPunctuation(':') && tokens[k + 1].Span.Start < end ? k : -1;
    }

    /// <summary>The index after the words of a speaker's label opening at <paramref name="first"/> (<see cref="IsLabelWord"/>, a
    /// title's point glued to one of them included), or <paramref name="first"/> when none opens there.</summary>
    private static int LabelEnd(TokenList tokens, int first)
    {
        var (k, words) = (first, 0);
        while (k < tokens.Count && words < MaximumLabelWords && tokens[k].IsWord && IsLabelWord(tokens[k].Text))
        {
            k++;
            words++;
            if (k + 1 < tokens.Count && tokens[k].IsPunctuation('.') && tokens[k].Span.Start == tokens[k - 1].Span.End && tokens[k + 1].IsWord
                && IsLabelWord(tokens[k + 1].Text)) k++;
        }
        return k;
    }

    /// <summary>The speaker a paragraph names when it is nothing but a speaker's label and its colon ("FRAN KELLY:", "MR. HALE:"),
    /// as a record prints a label on a line of its own over the turn; or null.</summary>
    public static string? LabelAlone(TokenList tokens, int first, int end)
    {
        var k = LabelEnd(tokens, first);
        if (k == first || k >= tokens.Count || !tokens[k].IsPunctuation(':') || tokens[k].Span.End > end) return null;
        return k + 1 < tokens.Count && tokens[k + 1].Span.Start < end ? null : Speaker(tokens, first, k);
    }

    /// <summary>True for a word of a speaker's label: capitals, and no digit, which names a term or a product ("SHA-512:" in a
    /// list of definitions), never a speaker.</summary>
    private static bool IsLabelWord(string word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsLetter(c) && !char.IsUpper(c) || char.IsDigit(c)) return false;
            if (char.IsLetter(c)) letters++;
        }
        return letters > 0;
    }
}
