using System.Collections.Generic;
using Editorial.Text;

namespace Editorial.Articles;

/// <summary>
/// Transcripts an article reproduces: an interview or a debate whose turns open with the speaker's label ("Q:", "PUTIN:",
/// "MR SMITH:"). Turns printed as paragraphs of their own are a transcript when a labelled paragraph stands beside another
/// one (<see cref="OpensWithSpeakerLabel"/>; one label alone is a kicker, "UPDATE:"). An export that ran the paragraphs
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

    /// <summary>True when the tokens from <paramref name="first"/> are words in capitals (or a lone capital: "Q", "A") and a
    /// colon, with the speaker's words after it before <paramref name="end"/>.</summary>
    public static bool OpensWithSpeakerLabel(TokenList tokens, int first, int end) => LabelColon(tokens, first, end) >= 0;

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
                var colon = LabelColon(tokens, first, lastSentence.Span.End);
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

    /// <summary>The index of the colon that closes the speaker's label opening at <paramref name="first"/>, or -1.</summary>
    private static int LabelColon(TokenList tokens, int first, int end)
    {
        var k = first;
        while (k < tokens.Count && k - first < MaximumLabelWords && tokens[k].IsWord && IsLabelWord(tokens[k].Text)) k++;
        return k > first && k + 1 < tokens.Count && tokens[k].IsPunctuation(':') && tokens[k + 1].Span.Start < end ? k : -1;
    }

    private static bool IsLabelWord(string word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsLetter(c) && !char.IsUpper(c)) return false;
            if (char.IsLetter(c)) letters++;
        }
        return letters > 0;
    }
}
