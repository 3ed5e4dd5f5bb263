using System;
using System.Collections.Generic;
using Editorial.Articles;
using Editorial.Figures;
using Editorial.Lexicon;
using Editorial.Text;

namespace Editorial.Attribution;

/// <summary>A count of something contested ("35 people … killed", "more than 900 missiles") and the event word it counts.</summary>
/// <param name="Span">The number as written, without its hedge or currency sign: "35" in "at least 35 people".</param>
public sealed record ContestedFigure(TextSpan Span, string Text, TextSpan EventSpan, string Event);

/// <summary>
/// Picks the contested figures of a sentence from the figures the figure extractor read in it (which has already told
/// dates, years, clock times, ages, percentages, measures, names and adjectives from counts): a count or an amount of
/// money within a few words of a contested-event word from the profile ("killed", "wounded", "fled", "missiles", "damage").
/// </summary>
internal static class ContestedFigureFinder
{
    /// <summary>How many tokens either side of a number its event word may be: "killed at least 35 people", "20 civilians in … were killed".</summary>
    private const int EventWindow = 12;

    /// <summary>Words before a number word that make it no new count: "the two sides", "no one", "each one".</summary>
    private static readonly HashSet<string> NotACountAfter = new(StringComparer.OrdinalIgnoreCase) { "no", "any", "every", "the", "each" };

    /// <summary>What a count may count that is no contested thing: spans of time ("over three days"), repetitions
    /// ("fired 100 times"), weights the extractor leaves to the context ("5,000 tons"), members of a named group ("two
    /// brothers"), and the events of a career ("scored 30 goals", "won five titles").</summary>
    private static readonly HashSet<string> UncontestedNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years", "decades",
        "times", "ton", "tons", "degrees",
        "brothers", "sisters", "sons", "daughters", "siblings", "twins",
        "goals", "titles", "medals", "trophies", "awards", "albums", "films", "books", "novels", "songs", "games", "matches", "wins",
        "victories", "seasons", "races", "championships", "appearances", "points", "runs", "caps", "terms", "nominations", "tries",
        "touchdowns", "yards", "assists", "rebounds", "innings", "strikeouts", "laps", "passes",
    };

    /// <summary>Words before a number that make it a rank, a position or a label, not a count: "No. 3", "ranked 12",
    /// "number 5", "seed 4", "Stage 1", "Round 3".</summary>
    private static readonly HashSet<string> RankWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "no", "ranked", "number", "seed", "seeded", "rank", "#", "stage", "phase", "step", "part", "chapter", "round", "section", "article", "level",
    };

    /// <summary>Words after a score that say it is one: "a 3-1 win", "won 3-1 against …".</summary>
    private static readonly HashSet<string> ResultWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "win", "victory", "defeat", "loss", "lead", "draw", "against", "over", "in", "at", "on", "to", "with", "after", "and",
    };

    public static List<ContestedFigure> Find(Article article, Sentence sentence, IEnumerable<Figure> figures, PhraseList contestedEvents)
    {
        var contested = new List<ContestedFigure>();
        var tokens = article.Tokens;
        var from = sentence.FirstToken;
        var to = sentence.EndToken;
        foreach (var figure in figures)
        {
            // Percentages count as contested near an event word: poll numbers, a share of a toll. "No one was killed" counts
            // none, which nobody has to source.
            if (figure.IsNone || figure.Kind is not (FigureKind.Count or FigureKind.Money or FigureKind.Percentage) || tokens[figure.NumberFirstToken].IsInQuotation) continue;
            if (PointsBack(tokens, from, figure) || CountsUncontested(tokens, to, figure) || IsRankOrListNumber(tokens, from, to, figure)
                || IsScore(tokens, to, figure) || IsAgeAtDeath(tokens, from, to, figure) || EndsDateRange(tokens, figures, figure)) continue;
            var (eventStart, eventLength) = NearestEvent(tokens, from, to, figure, contestedEvents);
            if (eventLength == 0) continue;
            var number = TextSpan.FromBounds(tokens[figure.NumberFirstToken].Span.Start, tokens[figure.NumberLastToken].Span.End);
            var eventSpan = TextSpan.FromBounds(tokens[eventStart].Span.Start, tokens[eventStart + eventLength - 1].Span.End);
            contested.Add(new ContestedFigure(number, article.GetText(number), eventSpan, tokens[eventStart].Text));
        }
        return contested;
    }

    /// <summary>A number word after "the", "no", "any", "every" or "each" points back to things already counted, or to none.</summary>
    private static bool PointsBack(TokenList tokens, int from, Figure figure) =>
        tokens[figure.FirstToken].IsWord && figure.FirstToken > from
        && tokens[figure.FirstToken - 1] is { IsWord: true } before && NotACountAfter.Contains(before.Text);

    private static bool CountsUncontested(TokenList tokens, int to, Figure figure) =>
        figure.LastToken + 1 < to && tokens[figure.LastToken + 1] is { IsWord: true } noun && UncontestedNouns.Contains(noun.Text);

    /// <summary>"No. 3", "ranked 12", and a list's numbering: a number that opens its sentence followed by "." or ")".</summary>
    private static bool IsRankOrListNumber(TokenList tokens, int from, int to, Figure figure)
    {
        var before = figure.FirstToken - 1;
        if (before >= from && tokens[before].IsPunctuation('.') && before - 1 >= from) before--;
        if (before >= from && RankWords.Contains(tokens[before].Text)) return true;
        return figure.FirstToken == from && figure.LastToken + 1 < to && tokens[figure.LastToken + 1].Text is "." or ")";
    }

    /// <summary>A score or result: two numbers joined by a dash with nothing counted after them ("won 3-1", "a 2–0 win").
    /// A range of a count goes on to what it counts ("10-15 people").</summary>
    private static bool IsScore(TokenList tokens, int to, Figure figure)
    {
        var dash = figure.NumberLastToken + 1;
        if (dash + 1 >= to || tokens[dash].Text is not ("-" or "–") || tokens[dash + 1].Kind != TokenKind.Number) return false;
        if (tokens[dash].Span.Start != tokens[dash - 1].Span.End || tokens[dash + 1].Span.Start != tokens[dash].Span.End) return false;
        var after = dash + 2;
        return after >= to || !tokens[after].IsWord || ResultWords.Contains(tokens[after].Text);
    }

    /// <summary>The second day of a range of dates: "from Sept. 19 to 22", "March 3-5".</summary>
    private static bool EndsDateRange(TokenList tokens, IEnumerable<Figure> figures, Figure figure)
    {
        var joint = figure.FirstToken - 1;
        if (joint < 0 || tokens[joint].Text is not ("to" or "through" or "-" or "–" or "and")) return false;
        foreach (var other in figures)
        {
            if (other.Kind == FigureKind.Date && other.LastToken == joint - 1) return true;
        }
        return false;
    }

    /// <summary>"died at 91", "died aged 91": an age at death, with no noun counted after it.</summary>
    private static bool IsAgeAtDeath(TokenList tokens, int from, int to, Figure figure)
    {
        var before = figure.FirstToken - 1;
        if (before < from || tokens[before].Text is not ("at" or "aged" or "age")) return false;
        return figure.LastToken + 1 >= to || !tokens[figure.LastToken + 1].IsWord;
    }

    /// <summary>The contested-event phrase nearest the number within <see cref="EventWindow"/> tokens of it; the first of two equally near.</summary>
    private static (int Start, int Length) NearestEvent(TokenList tokens, int from, int to, Figure figure, PhraseList events)
    {
        var best = (Start: -1, Length: 0);
        var bestDistance = int.MaxValue;
        var windowEnd = Math.Min(to, figure.NumberLastToken + EventWindow + 1);
        for (var j = Math.Max(from, figure.NumberFirstToken - EventWindow); j < windowEnd; j++)
        {
            if (j >= figure.FirstToken && j <= figure.LastToken || tokens[j].IsInQuotation) continue;
            var length = events.MatchAt(tokens, j, windowEnd);
            var distance = j < figure.NumberFirstToken ? figure.NumberFirstToken - j : j - figure.NumberLastToken;
            if (length > 0 && distance < bestDistance) (best, bestDistance) = ((j, length), distance);
        }
        return best;
    }
}
