using System;
using System.Collections.Generic;
using Editorial.Articles;
using Editorial.Lexicon;
using Editorial.Text;

namespace Editorial.Attribution;

/// <summary>
/// A reporting phrase outside quotation marks and the one it attributes to: "officials said", "the UN has
/// recorded", "according to the Red Cross", "“…,” said Oleksiy Reznikov". <see cref="Speaker"/> is null when the
/// speaker is the subject of an earlier clause ("Russia denies it, saying …").
/// </summary>
public sealed record ReportingCue(TextSpan Span, TextSpan? Speaker, int TokenIndex);

/// <summary>
/// Each sentence's reporting cues, read the first time a sentence is asked for: quotations and contested figures read
/// every sentence's, vague sourcing only those of the sentences with a vague phrase. Shared by the parts of one article's
/// <see cref="AttributionAnalysis"/>, which rules may read at once: two threads may read one sentence twice, and each
/// stores the same cues, so the race costs time, never a result.
/// </summary>
internal sealed class SentenceCues
{
    private readonly Article _article;
    private readonly AttributionLexicon _lexicon;
    private readonly List<ReportingCue>?[] _bySentence;

    public SentenceCues(Article article, AttributionLexicon lexicon)
    {
        _article = article;
        _lexicon = lexicon;
        _bySentence = new List<ReportingCue>?[article.Sentences.Count];
    }

    public List<ReportingCue> this[int sentence]
    {
        get
        {
            if (_bySentence[sentence] is { } cues) return cues;
            var s = _article.Sentences[sentence];
            return _bySentence[sentence] = ReportingCueFinder.Find(_article.Tokens, s.FirstToken, s.EndToken, _lexicon);
        }
    }
}

/// <summary>
/// Finds reporting cues in a sentence. A reporting verb counts only when it has someone doing the reporting: not
/// after a form of "be" ("were reported", "is said to") unless an agent follows with "by", and not as an adjective
/// after a determiner ("the reported attack"). A noun of speech counts when someone owns it ("her answer").
/// </summary>
internal static class ReportingCueFinder
{
    /// <summary>Forms of "be", in lower case: a reporting verb after one is passive ("were reported").</summary>
    internal static readonly HashSet<string> BeForms = Words("is are was were be been being");
    private static readonly HashSet<string> Determiners = Words("the a an this these those its their his her our");
    /// <summary>Words that may stand between a speaker and the verb: "the UN has recorded", "both said", "also told".</summary>
    private static readonly HashSet<string> Auxiliaries = Words("has have had also both later then would will could may might did does do not never again earlier previously repeatedly");
    /// <summary>Cues whose speaker follows them.</summary>
    private static readonly HashSet<string> SourceFirst = Words("according citing quoting");
    /// <summary>Words that end a speaker's name read backwards or forwards: they open another clause or phrase.</summary>
    private static readonly HashSet<string> ClauseWords = Words("that with while when as but because which who whom whose where what how why after before if since though although than so");
    private static readonly HashSet<string> TrailingPhraseWords = Words("on in at during earlier late later");
    private static readonly HashSet<string> PossessivePronouns = Words("his her their its my our");

    public static List<ReportingCue> Find(TokenList tokens, int from, int to, AttributionLexicon lexicon)
    {
        var cues = new List<ReportingCue>();
        for (var k = from; k < to; k++)
        {
            if (tokens[k].IsInQuotation || !tokens[k].IsWord) continue;
            var length = lexicon.ReportingVerbs.MatchAt(tokens, k, to);
            if (length > 0)
            {
                if (Read(tokens, from, to, k, length) is { } cue) cues.Add(cue);
                k += length - 1;
            }
            else if (lexicon.SpeechNouns.MatchAt(tokens, k, to) is > 0 and var nounLength && Possessor(tokens, from, k) is { } possessor)
            {
                cues.Add(new ReportingCue(TextSpan.FromBounds(tokens[k].Span.Start, tokens[k + nounLength - 1].Span.End), possessor, k));
                k += nounLength - 1;
            }
        }
        return cues;
    }

    /// <summary>True for a cue that names its source after itself: "according to …", "citing …", "quoting …".</summary>
    public static bool NamesSourceAfterCue(TokenList tokens, ReportingCue cue) => SourceFirst.Contains(tokens[cue.TokenIndex].Text.ToLowerInvariant());

    /// <summary>Whose the speech noun at <paramref name="noun"/> is: "<em>His</em> message was clear: “…”",
    /// "<em>the Kremlin</em>’s statement"; null when it has no possessor ("the statement").</summary>
    private static TextSpan? Possessor(TokenList tokens, int from, int noun)
    {
        if (noun - 1 < from || tokens[noun - 1].IsInQuotation) return null;
        var previous = tokens[noun - 1];
        if (previous.IsWord && PossessivePronouns.Contains(previous.Text.ToLowerInvariant())) return previous.Span;
        if (previous.IsPossessive && noun - 2 >= from) return RunBefore(tokens, from, noun - 2);
        return null;
    }

    private static ReportingCue? Read(TokenList tokens, int from, int to, int k, int length)
    {
        var span = TextSpan.FromBounds(tokens[k].Span.Start, tokens[k + length - 1].Span.End);
        var after = k + length;
        var first = tokens[k].Text.ToLowerInvariant();
        if (SourceFirst.Contains(first))
        {
            return after < to && IsNameToken(tokens[after]) ? new ReportingCue(span, RunAfter(tokens, after, to), k) : null;
        }
        // Inverted attribution after a quotation: "“…,” said Oleksiy Reznikov."
        if (k > from && IsClosingQuote(tokens[k - 1]) && after < to && IsNameToken(tokens[after]))
        {
            return new ReportingCue(span, RunAfter(tokens, after, to), k);
        }
        var p = k - 1;
        while (p >= from && tokens[p].IsWord && Auxiliaries.Contains(tokens[p].Text.ToLowerInvariant())) p--;
        if (first.EndsWith("ing", StringComparison.Ordinal))
        {
            // "with an aide to Zelenskyy saying …", "Russia denies it, saying …": the subject is the clause's.
            return new ReportingCue(span, p >= from ? RunBefore(tokens, from, p) : null, k);
        }
        if (p < from) return null;
        var previous = tokens[p].Text.ToLowerInvariant();
        if (BeForms.Contains(previous))
        {
            // "X was quoted as saying": the phrase reports the subject's own words.
            if (tokens[k + length - 1].Text.Equals("saying", StringComparison.OrdinalIgnoreCase) && p > from)
            {
                return new ReportingCue(span, RunBefore(tokens, from, p - 1), k);
            }
            return after + 1 < to && tokens[after].Text.Equals("by", StringComparison.OrdinalIgnoreCase)
                ? new ReportingCue(span, RunAfter(tokens, after + 1, to), k)
                : null;
        }
        if (Determiners.Contains(previous)) return null;
        return new ReportingCue(span, RunBefore(tokens, from, p), k);
    }

    /// <summary>The speaker ending at <paramref name="last"/>: words back to a clause boundary. Skips an appositive set
    /// off by commas: "Leonid Slutsky, a senior member of Russia’s negotiating team, told …" gives "Leonid Slutsky".</summary>
    internal static TextSpan? RunBefore(TokenList tokens, int from, int last)
    {
        if (tokens[last].IsPunctuation(','))
        {
            var comma = last - 1;
            while (comma >= from && !tokens[comma].IsPunctuation(',') && !tokens[comma].IsInQuotation && !IsQuoteMark(tokens[comma])) comma--;
            if (comma < from || !tokens[comma].IsPunctuation(',')) return null;
            last = comma - 1;
        }
        var start = last + 1;
        while (start - 1 >= from && IsNameToken(tokens[start - 1]) && !ClauseWords.Contains(tokens[start - 1].Text.ToLowerInvariant())) start--;
        // "…, and has repeatedly blamed": a conjunction joins the verb to an earlier clause, whose subject is not read here.
        // Within a name it stays: "medics and witnesses said".
        if (start <= last && tokens[start].Text is "and" or "or") start++;
        return start > last ? null : TextSpan.FromBounds(tokens[start].Span.Start, tokens[last].Span.End);
    }

    private static TextSpan? RunAfter(TokenList tokens, int first, int to)
    {
        var end = first;
        while (end < to && IsNameToken(tokens[end]))
        {
            var word = tokens[end].Text.ToLowerInvariant();
            if (end > first && (ClauseWords.Contains(word) || TrailingPhraseWords.Contains(word))) break;
            end++;
        }
        return end == first ? null : TextSpan.FromBounds(tokens[first].Span.Start, tokens[end - 1].Span.End);
    }

    private static bool IsNameToken(Token token) => !token.IsInQuotation && token.Kind != TokenKind.Punctuation;

    private static bool IsQuoteMark(Token token) => token.Kind == TokenKind.Punctuation && QuotationMarks.IsMark(token.Text[0]);

    private static bool IsClosingQuote(Token token) => token.Kind == TokenKind.Punctuation && QuotationMarks.IsClosing(token.Text[0]);

    private static HashSet<string> Words(string words) => new(words.Split(' '), StringComparer.Ordinal);
}
