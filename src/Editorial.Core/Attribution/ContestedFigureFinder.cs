using System;
using System.Collections.Generic;
using Editorial.Articles;
using Editorial.Text;

namespace Editorial.Attribution;

/// <summary>A count of something contested ("35 people … killed", "more than 900 missiles") and the event word it counts.</summary>
public sealed record ContestedFigure(TextSpan Span, string Text, TextSpan EventSpan, string Event);

/// <summary>
/// Finds contested figures in a sentence: a count (digits, or a number word such as "nine", "dozens", "hundreds")
/// within a few words of a contested-event word from the profile ("killed", "wounded", "fled", "missiles").
/// Dates, years, clock times, ages, percentages and measures are not counts.
/// This is a stand-in for the figure extractor of Editorial.Figures (issue 5): when that lands, only
/// <see cref="Find"/> needs to change, to ask it for the article's figures instead of reading tokens here.
/// </summary>
internal static class ContestedFigureFinder
{
    /// <summary>How many tokens either side of a count its event word may be: "killed at least 35 people", "20 civilians in … were killed".</summary>
    private const int EventWindow = 12;

    private static readonly HashSet<string> NumberWords = Words(
        "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen " +
        "nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands million millions " +
        "billion billions dozen dozens scores");
    /// <summary>Number words that still count before "of": "hundreds of people", but not "one of the largest".</summary>
    private static readonly HashSet<string> CountsBeforeOf = Words("hundreds thousands millions billions dozens scores");
    private static readonly HashSet<string> NotACountBefore = Words("no any every the each");
    private static readonly HashSet<string> Months = Words(
        "january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec");
    private static readonly HashSet<string> Units = Words(
        "gmt utc am pm a.m. p.m. percent per km kilometers kilometres kilometer kilometre miles mile metres meters metre meter feet foot " +
        "kg kilograms tonnes tons hours hour minutes minute seconds days day weeks week months month years year times degrees");
    /// <summary>Multiplier suffixes that keep a number a count or amount: "2.8m", "10bn", "5k". Others make it a measure or ordinal.</summary>
    private static readonly HashSet<string> CountSuffixes = Words(" m bn b k");

    public static List<ContestedFigure> Find(IReadOnlyList<Token> tokens, int from, int to, PhraseList contestedEvents)
    {
        var figures = new List<ContestedFigure>();
        for (var k = from; k < to; k++)
        {
            if (tokens[k].IsInQuotation || !IsCount(tokens, from, to, k)) continue;
            var (eventStart, eventLength) = NearestEvent(tokens, Math.Max(from, k - EventWindow), Math.Min(to, k + EventWindow + 1), k, contestedEvents);
            if (eventLength == 0) continue;
            var eventSpan = TextSpan.FromBounds(tokens[eventStart].Span.Start, tokens[eventStart + eventLength - 1].Span.End);
            figures.Add(new ContestedFigure(tokens[k].Span, tokens[k].Text, eventSpan, tokens[eventStart].Text));
        }
        return figures;
    }

    private static (int Start, int Length) NearestEvent(IReadOnlyList<Token> tokens, int from, int to, int figure, PhraseList events)
    {
        var best = (Start: -1, Length: 0);
        for (var j = from; j < to; j++)
        {
            if (tokens[j].IsInQuotation) continue;
            var length = events.MatchAt(tokens, j, to);
            if (length > 0 && (best.Length == 0 || Math.Abs(j - figure) < Math.Abs(best.Start - figure))) best = (j, length);
        }
        return best;
    }

    private static bool IsCount(IReadOnlyList<Token> tokens, int from, int to, int k)
    {
        var token = tokens[k];
        var previous = k > from ? tokens[k - 1] : (Token?)null;
        var next = k + 1 < to ? tokens[k + 1] : (Token?)null;
        if (next is { } n && IsAttached(token, n) && n.Text[0] is '-' or '%' or '/') return false;
        if (previous is { } p && IsAttached(p, token) && p.Text[0] is '-' or '/') return false;
        if (previous is { IsWord: true } before && Months.Contains(before.Text.ToLowerInvariant())) return false;
        // "Feb. 24"
        if (previous is { } dot && dot.IsPunctuation('.') && k - 2 >= from && tokens[k - 2].IsWord && Months.Contains(tokens[k - 2].Text.ToLowerInvariant())) return false;
        if (next is { IsWord: true } following && (Months.Contains(following.Text.ToLowerInvariant()) || Units.Contains(following.Text.ToLowerInvariant()))) return false;
        if (token.Kind == TokenKind.Word)
        {
            var word = token.Text.ToLowerInvariant();
            if (!NumberWords.Contains(word)) return false;
            if (previous is { IsWord: true } determiner && NotACountBefore.Contains(determiner.Text.ToLowerInvariant())) return false;
            return next is not { IsWord: true } of || !of.Text.Equals("of", StringComparison.OrdinalIgnoreCase) || CountsBeforeOf.Contains(word);
        }
        if (token.Kind != TokenKind.Number || token.Text.IndexOf(':') >= 0) return false;
        var digitsEnd = token.Text.Length;
        while (digitsEnd > 0 && char.IsLetter(token.Text[digitsEnd - 1])) digitsEnd--;
        if (!CountSuffixes.Contains(token.Text.Substring(digitsEnd).ToLowerInvariant())) return false;
        var isYear = digitsEnd == 4 && int.TryParse(token.Text.Substring(0, 4), out var year) && year is >= 1800 and <= 2199;
        return !isYear;
    }

    private static bool IsAttached(Token first, Token second) => first.Span.End == second.Span.Start;

    private static HashSet<string> Words(string words) => new(words.Split(' '), StringComparer.Ordinal);
}
