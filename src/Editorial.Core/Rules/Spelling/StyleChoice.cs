using System;
using System.Collections.Generic;
using System.Linq;
using Editorial.Articles;
using Editorial.Diagnostics;
using Editorial.Text;

namespace Editorial.Rules.Spelling;

/// <summary>A place where the article makes a style choice (a spelling region, "U.S." or "US", "Mr" or "Mr.").</summary>
internal interface IStyleOccurrence
{
    string Style { get; }
    /// <summary>Where the choice is made: the span a finding would be on.</summary>
    TextSpan Span { get; }
    /// <summary>Inside a direct quotation or a reproduced document: the speaker's or the source's choice, which does not decide the article's own.</summary>
    bool InQuotation { get; }
}

/// <summary>
/// Which style an article follows for one choice: the profile's when it states one; otherwise the style of most
/// occurrences outside quotations (or, where a rule says so, anywhere), and on a tie the one the article used first. Null
/// when there is nothing to compare.
/// </summary>
internal static class StyleChoice
{
    public static string? Expected<T>(IReadOnlyList<T> occurrences, string? profileStyle, bool quotationsCount = false) where T : IStyleOccurrence
    {
        if (profileStyle is not null) return profileStyle;
        // Most words are written one way only: there is nothing to choose between, and nothing to count.
        if (OneStyle(occurrences)) return null;
        var own = quotationsCount ? occurrences.ToList() : occurrences.Where(o => !o.InQuotation).ToList();
        if (own.Count == 0) own = occurrences.ToList();
        // The styles the article's own text uses, in order of first use, and how often.
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var styles = new List<string>();
        foreach (var occurrence in own)
        {
            if (counts.TryGetValue(occurrence.Style, out var count))
            {
                counts[occurrence.Style] = count + 1;
                continue;
            }
            counts[occurrence.Style] = 1;
            styles.Add(occurrence.Style);
        }
        if (styles.Count < 2 && !occurrences.Any(o => o.Style != occurrences[0].Style)) return null;
        var expected = styles[0];
        foreach (var style in styles)
        {
            if (counts[style] > counts[expected]) expected = style;
        }
        return expected;
    }

    private static bool OneStyle<T>(IReadOnlyList<T> occurrences) where T : IStyleOccurrence
    {
        for (var i = 1; i < occurrences.Count; i++)
        {
            if (occurrences[i].Style != occurrences[0].Style) return false;
        }
        return true;
    }

    /// <summary>
    /// The occurrences that depart from <paramref name="expected"/> and should be reported. When the profile decides, or the
    /// article's own text has a majority, that is every other occurrence. On a tie (one "US" and one "U.S.") there is no
    /// majority to depart from: both stay, unless a later form contradicts an earlier one in the same paragraph (the
    /// labelling guide's rule: then the later one is the variant). That contradiction decides the style, and every other
    /// occurrence departs from it: fixing only the contradicting ones would give the expected style a majority, and the
    /// next <c>fix</c> would report the rest.
    /// </summary>
    public static IEnumerable<T> Departures<T>(Article article, IReadOnlyList<T> occurrences, string expected, bool decidedByProfile)
        where T : IStyleOccurrence
    {
        var departures = occurrences.Where(o => o.Style != expected).ToList();
        if (decidedByProfile || !IsTie(Votes(article, occurrences), expected)) return departures;
        // The first occurrence in the expected style in each paragraph short enough to be one writer's: a departure after it
        // in the paragraph contradicts it. Gathered once, so an article of thousands of occurrences is not read in its square.
        var firstExpected = new Dictionary<int, int>();
        foreach (var occurrence in occurrences)
        {
            if (occurrence.Style != expected) continue;
            var paragraph = article.ParagraphIndexAt(occurrence.Span.Start);
            if (article.Paragraphs[paragraph].Span.Length > MaximumParagraphLength) continue;
            if (!firstExpected.TryGetValue(paragraph, out var first) || occurrence.Span.Start < first) firstExpected[paragraph] = occurrence.Span.Start;
        }
        var contradicted = departures.Any(o => firstExpected.TryGetValue(article.ParagraphIndexAt(o.Span.Start), out var first) && first < o.Span.Start);
        return contradicted ? departures : [];
    }

    /// <summary>
    /// The longest paragraph in which a later form contradicts an earlier one, in characters: a long paragraph of copy. A
    /// longer one is a page that an export ran together into one line, whose paragraphs, and the writers of its sections,
    /// are lost: two forms there are a tie like any other.
    /// </summary>
    private const int MaximumParagraphLength = 1500;

    /// <summary>
    /// The departures the article can correct. A quoted statement or a reproduced document (a post, a letter) keeps its
    /// author's spelling, as the labelling guide says of quotations: "centre" in a quoted British minister's letter departs
    /// neither from an American article's "center" nor from an American outlet's locale. Only an outlet that respells the
    /// words it transcribes (<c>quoted-spelling: house</c>) reaches into them. A quoted term (a scare quote, a title) is the
    /// outlet's own wording and departs like the rest.
    /// </summary>
    public static IEnumerable<T> WritersOwn<T>(ArticleContext context, IEnumerable<T> departures) where T : IStyleOccurrence =>
        departures.Where(o => SpellingGates.IsWritersOwn(context.Analyzed, o.Span));

    /// <summary>
    /// Reports each departure the writer can correct from the style the article follows (the profile's, else its own
    /// majority's) as "'written' should be 'replacement' (reason)", with the places written in that style as related
    /// locations and the replacement as the fix: the report of a rule whose every occurrence can be rewritten in either style.
    /// Without a profile's style, a departure that <paramref name="keepsOwnStyle"/> says follows a style of its own is left.
    /// </summary>
    public static void ReportDepartures<T>(ArticleContext context, DiagnosticDescriptor descriptor, IReadOnlyList<T> occurrences, string? profileStyle,
        string profileReason, Func<T, string> written, Func<T, string, string> rewrittenIn, Func<T, bool>? keepsOwnStyle = null) where T : IStyleOccurrence
    {
        var expected = Expected(occurrences, profileStyle);
        if (expected is null) return;
        var reason = profileStyle is null ? "as in the rest of this article" : profileReason;
        foreach (var occurrence in WritersOwn(context, Departures(context.Article, occurrences, expected, profileStyle is not null)))
        {
            if (profileStyle is null && keepsOwnStyle is not null && keepsOwnStyle(occurrence)) continue;
            var replacement = rewrittenIn(occurrence, expected);
            context.Report(descriptor, occurrence.Span, [written(occurrence), replacement, reason],
                SpellingText.Related(context.Article, occurrences.Where(o => o.Style == expected).Select(o => o.Span)),
                SpellingText.Use(replacement, occurrence.Span, reason), quotationSensitive: true);
        }
    }

    /// <summary>True when another style is used as often as <paramref name="expected"/> outside quotations (or, with
    /// <paramref name="quotationsCount"/>, anywhere).</summary>
    public static bool IsTie<T>(IReadOnlyList<T> occurrences, string expected, bool quotationsCount = false) where T : IStyleOccurrence
    {
        var own = quotationsCount ? occurrences.ToList() : occurrences.Where(o => !o.InQuotation).ToList();
        if (own.Count == 0) own = occurrences.ToList();
        var counts = own.GroupBy(o => o.Style, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var top = counts.TryGetValue(expected, out var count) ? count : 0;
        return counts.Any(c => c.Key != expected && c.Value >= top);
    }

    /// <summary>How many characters either side of an occurrence make its context (<see cref="Votes"/>).</summary>
    private const int ContextLength = 40;

    /// <summary>
    /// The occurrences that vote on the article's style: each one once, and a text the article repeats (a gallery caption
    /// printed under each of its photos, a boilerplate line) once, however often it is printed. One caption repeated six
    /// times is one choice of its writer, and must not outvote the running text. Repeated text is an occurrence of the same
    /// form whose surroundings in its sentence, up to <see cref="ContextLength"/> characters either side, read exactly as an
    /// earlier one's.
    /// </summary>
    public static IReadOnlyList<T> Votes<T>(Article article, IReadOnlyList<T> occurrences) where T : IStyleOccurrence
    {
        if (occurrences.Count < 2) return occurrences;
        var seen = new HashSet<Repetition>();
        var votes = new List<T>(occurrences.Count);
        foreach (var occurrence in occurrences)
        {
            if (seen.Add(Repetition.Of(article, occurrence.Span, occurrence.Style))) votes.Add(occurrence);
        }
        return votes.Count == occurrences.Count ? occurrences : votes;
    }

    /// <summary>What makes an occurrence of a form at a span a repetition of an earlier one (<see cref="Votes"/>): the form and
    /// its surroundings in its sentence, up to <see cref="ContextLength"/> characters either side. Two occurrences with equal
    /// repetitions are one text printed twice. The surroundings are compared where they stand in the article's text, not
    /// copied out into a key of three strings for each occurrence that votes. Comparing the three parts is comparing them
    /// joined by NUL characters, as that key did: an article holds none (a NUL makes a file binary, ED9002).</summary>
    public readonly struct Repetition : IEquatable<Repetition>
    {
        private readonly string _text;
        private readonly int _start;
        private readonly TextSpan _span;
        private readonly int _end;
        private readonly string _form;

        private Repetition(string text, int start, TextSpan span, int end, string form)
        {
            _text = text;
            _start = start;
            _span = span;
            _end = end;
            _form = form;
        }

        public static Repetition Of(Article article, TextSpan span, string form)
        {
            var text = article.Text;
            // Within its sentence: a caption repeated after different sentences is the same caption.
            var sentence = article.SentenceIndexAt(span.Start);
            var (sentenceStart, sentenceEnd) = sentence >= 0 ? (article.Sentences[sentence].Span.Start, article.Sentences[sentence].Span.End) : (0, text.Length);
            var start = Math.Max(sentenceStart, span.Start - ContextLength);
            var end = Math.Max(span.End, Math.Min(sentenceEnd, span.End + ContextLength));
            return new Repetition(text, start, span, end, form);
        }

        private int BeforeLength => _span.Start - _start;
        private int AfterLength => _end - _span.End;

        public bool Equals(Repetition other) =>
            BeforeLength == other.BeforeLength && AfterLength == other.AfterLength && string.Equals(_form, other._form, StringComparison.Ordinal)
            && string.CompareOrdinal(_text, _start, other._text, other._start, BeforeLength) == 0
            && string.CompareOrdinal(_text, _span.End, other._text, other._span.End, AfterLength) == 0;

        public override bool Equals(object? obj) => obj is Repetition other && Equals(other);

        public override int GetHashCode()
        {
            var hash = Fnv1a.Basis32;
            for (var i = _start; i < _span.Start; i++) hash = Fnv1a.Add32(hash, _text[i]);
            hash = Fnv1a.Add32(hash, 0);
            foreach (var c in _form) hash = Fnv1a.Add32(hash, c);
            hash = Fnv1a.Add32(hash, 0);
            for (var i = _span.End; i < _end; i++) hash = Fnv1a.Add32(hash, _text[i]);
            return (int)hash;
        }
    }
}
