using System;
using System.Collections.Generic;
using System.Linq;
using Editorial.Articles;

namespace Editorial.Figures;

/// <summary>
/// The year a named holder's state began: "Pelosi has led House Democrats since 2002". The perfect tense says the state has
/// gone on since that year, so one holder's one state has one start: "since 2003" in another report of the story cannot
/// also be true. A year of any other phrasing ("in 2003", "by 2003") is left alone: it may be one of many years of a
/// lasting state or one act of many.
/// </summary>
internal static partial class QuantityKeyReader
{
    /// <summary>The auxiliaries of a perfect tense: "has led", "had lived".</summary>
    private static readonly HashSet<string> PerfectAuxiliaries = new(StringComparer.OrdinalIgnoreCase) { "has", "have", "had" };

    /// <summary>How many words the thing a state is of may take between its verb and "since": "led House Democrats", "served
    /// as the party's leader".</summary>
    private const int MaximumStateWords = 5;

    /// <summary>"Pelosi has led House Democrats since 2002", "Jane Roe had served as mayor since May 2011": keyed by the holder,
    /// the verb and every word between the verb and "since" (as written, so that "led the caucus" and "led House Democrats" are
    /// two states), and compared by the year alone; a holder must be named, for "the firm" of one report may be another's.</summary>
    private static SpecificReading? StateSince(ArticleReading reading, Clause segment, Figure figure)
    {
        if (!segment.IsWord(figure.FirstToken - 1, "since") || YearOf(segment, figure) is not { } year) return null;
        var since = figure.FirstToken - 1;
        for (var auxiliary = since - 2; auxiliary >= since - 2 - MaximumStateWords && segment.Has(auxiliary); auxiliary--)
        {
            if (!PerfectAuxiliaries.Contains(segment.Word(auxiliary))) continue;
            var verb = auxiliary + 1;
            if (!IsStateParticiple(reading, segment, verb)) return null;
            var words = new List<string>();
            for (var k = verb + 1; k < since; k++)
            {
                // "has been the party's leader": the possessive ending belongs to its word.
                if (Token.IsPossessiveEnding(segment.Text(k)) && words.Count > 0)
                {
                    words[words.Count - 1] += "'s";
                    continue;
                }
                // "has led, with a break, since": the words between must be the thing the state is of, and nothing else.
                if (segment.Word(k).Length == 0 || segment.IsNumber(k)) return null;
                words.Add(segment.Word(k));
            }
            // "Pelosi, who has led House Democrats since 2003,": the holder stands before the relative pronoun.
            var subject = segment.IsWord(auxiliary - 1, "who") && segment.Text(auxiliary - 2) == "," ? auxiliary - 3 : auxiliary - 1;
            if (Holder(reading, segment, subject) is not { } holder || !char.IsUpper(holder[0])) return null;
            // The holder by the last word of its name: reports call "Marla Quint" "Quint" after the first mention.
            var surname = holder.Substring(holder.LastIndexOf(' ') + 1);
            var state = string.Join(" ", new[] { surname, segment.Word(auxiliary).ToLowerInvariant(), segment.Word(verb).ToLowerInvariant() }.Concat(words));
            return new SpecificReading("year since which", state, false, figure.LastToken, [], 0, CheckOccasion: false,
                Values: Interval.Exactly(year));
        }
        return null;
    }

    /// <summary>A participle of a state: "led", "served", "lived", "been"; not a verb that reports, revises or tells of the dead.</summary>
    private static bool IsStateParticiple(ArticleReading reading, Clause segment, int k)
    {
        var word = segment.Word(k);
        if (word.Length == 0 || !char.IsLower(word[0])) return false;
        if (word == "been") return true;
        return PastTenseAct(reading, segment, k) is not null;
    }

    /// <summary>The year a year or a date figure names: "2002", "May 2011", "April 14, 2014"; null for a date without one.</summary>
    private static int? YearOf(Clause segment, Figure figure)
    {
        for (var k = figure.NumberFirstToken; k <= figure.LastToken; k++)
        {
            var text = segment.Text(k);
            if (text.Length == 4 && text.All(char.IsDigit) && int.Parse(text, System.Globalization.CultureInfo.InvariantCulture) is var year and >= 1800 and <= 2100) return year;
        }
        return null;
    }
}
