using System;
using System.Collections.Generic;
using System.Linq;
using Editorial.Articles;

namespace Editorial.Figures;

/// <summary>
/// The age of one named person: "Jane Roe, 34,", "34-year-old Jane Roe", "Roe, who is 35,", "Roe, aged 35", "Roe is 35 years
/// old". The key is the person's surname, as later references name them ("Roe said"), with the given name the text writes
/// before it, or, for the surname alone, the one given name its article gives that surname: two people of one surname
/// ("John Smith, 45, and his wife Mary Smith, 43") are two quantities, and a surname alone in an article that names two
/// such people is no one sure. An age no name holds ("the 42-year-old driver") is the age of the one person of its noun
/// that each article of the story tells of.
/// </summary>
internal static partial class QuantityKeyReader
{
    /// <summary>The oldest age read as a person's: a number past it set off by commas after a name is something else.</summary>
    private const double OldestAge = 120;

    /// <summary>What an age's key counts (<see cref="QuantityKey.Counted"/>).</summary>
    internal const string AgeCounted = "age";

    /// <summary>The age and its holder, or null when no person's name holds the figure for sure.</summary>
    private static SpecificReading? Age(ArticleReading reading, Clause segment, Figure figure)
    {
        if (figure.Value is < 1 or > OldestAge || figure.Value != Math.Floor(figure.Value) || figure.Hedge != Hedge.None) return null;
        var (first, last) = (figure.NumberFirstToken, figure.LastToken);
        int surname;
        var isPast = segment.IsWord(first - 1, "was");
        if (figure.Kind == FigureKind.Count)
        {
            // "Roe, who is 35,": a count that a relative clause gives a name, and nothing after it that it counts.
            if (!(segment.IsWord(first - 1, "is") || segment.IsWord(first - 1, "was")) || !segment.IsWord(first - 2, "who")
                || segment.Text(first - 3) != "," || !(segment.Text(last + 1) is "," or "." or "" || segment.IsWord(last + 1, "and")))
            {
                return null;
            }
            surname = first - 4;
        }
        else if (figure.Kind != FigureKind.Age) return null;
        else if (segment.Text(first + 1) == "-" || segment.Word(first).IndexOf('-') > 0)
        {
            // "the 34-year-old Jane Roe", "a five-year-old boy"; in an aside after "a" the words describe and the person stands
            // before the aside: "Jane Roe, a 34-year-old teacher,", "Kim, a 20-year-old South Korean,".
            var isAside = (segment.IsWord(first - 1, "a") || segment.IsWord(first - 1, "an")) && segment.Text(first - 2) == ",";
            surname = isAside ? first - 3 : NameAfterAge(reading, segment, last + 1);
            if (surname < 0 && !isAside) return UnnamedPerson(reading, segment, figure);
        }
        else if (segment.IsWord(first - 1, "aged")) surname = segment.Text(first - 2) == "," ? first - 3 : first - 2;
        else if (segment.IsWord(last, "old"))
        {
            // "Roe is 35 years old", "Roe, 35 years old,".
            surname = segment.Text(first - 1) == "," || segment.IsWord(first - 1, "is") || segment.IsWord(first - 1, "was") ? first - 2 : -1;
        }
        else surname = segment.Text(first - 1) == "," ? first - 2 : -1; // "Jane Roe, 34,"
        if (surname < 0 || PersonNamed(reading, segment, surname) is not { } person) return null;
        if (IsAgeAtAnotherTime(reading, segment, figure, isPast)) return null;
        return new SpecificReading(AgeCounted, "of " + person.Surname, false, last, person.GivenNames, 0);
    }

    /// <summary>
    /// True when the age is the person's at another time than the story's, which their age now may differ from by years: the
    /// past tense dated ("Roe was 3 years old on March 30, 1981, when …"), "then" before it ("then 19-year-old Moore"), "at the
    /// time" after it ("was 16 years old at the time"), a date with its year before it in its clause ("On March 27, 1992,
    /// 19-year-old Mora …" in a parole release that gives his age as 39; a dated article's own year aside), or a clause about
    /// another occasion (<see cref="Clause.IsAboutAnotherOccasion"/>).
    /// </summary>
    private static bool IsAgeAtAnotherTime(ArticleReading reading, Clause segment, Figure figure, bool isPast)
    {
        var (first, last) = (figure.NumberFirstToken, figure.LastToken);
        if (isPast && (segment.IsWord(last + 1, "when") || segment.FiguresIn(reading.Figures).Any(f => f.Kind is FigureKind.Date or FigureKind.Year))) return true;
        var then = segment.Text(first - 1) == "-" ? first - 2 : first - 1;
        if (segment.IsWord(then, "then")) return true;
        if (segment.IsWord(last + 1, "at") && segment.IsWord(last + 2, "the") && segment.IsWord(last + 3, "time")) return true;
        // In a dated article a date of another year anywhere in the clause is another occasion (IsAboutAnotherOccasion); in an
        // undated one only a date that opens the age's part of it dates the age.
        if (reading.DateMonth is null && segment.FiguresIn(reading.Figures).Any(f => f.Kind == FigureKind.Date && f.LastToken < first && segment.WrittenYear(f) is not null)) return true;
        return segment.IsAboutAnotherOccasion(reading);
    }

    /// <summary>
    /// "the 42-year-old driver", "a 42-year-old male driver": the age of a person no name holds, keyed by the noun (one of the
    /// data file's <see cref="PersonNouns"/>: "the 38-year-old said" has a verb after the age), and only when the article tells
    /// of one such person: it never writes the noun in the plural ("two drivers", "men") and introduces at most one ("a
    /// 12-year-old boy and a 14-year-old boy" are two boys). An age that stands for its noun after "the" ("The six-year-old fell
    /// into the well") is of the one person noun the article has written before it ("A boy was trapped …"), and of no one when
    /// it has written none or several ("a boy … his father"). Across the articles of a story, each of which tells of one such
    /// person, "the boy" is the story's boy: "a five-year-old boy" and "a six-year-old boy" cannot both be true.
    /// </summary>
    private static SpecificReading? UnnamedPerson(ArticleReading reading, Clause segment, Figure figure)
    {
        var determiner = segment.Word(figure.NumberFirstToken - 1).ToLowerInvariant();
        if (determiner is not ("a" or "an" or "the")) return null;
        var end = figure.LastToken;
        while (end < figure.LastToken + 2 && IsHolderNounWord(segment, end + 1) && !segment.IsName(end + 1)) end++;
        if (!EndsNounPhrase(reading, segment, end + 1)) return null;
        var noun = end > figure.LastToken ? segment.Word(end).ToLowerInvariant() : determiner == "the" ? reading.PersonNounBefore : null;
        if (noun is null || !PersonNouns.Contains(noun)) return null;
        var plural = IrregularPlurals.TryGetValue(noun, out var irregular) ? irregular : noun + "s";
        if (reading.WritesInLowerCase(plural) || reading.WritesInLowerCase(noun + "es")) return null;
        return reading.IntroducesSeveral(noun) ? null : new SpecificReading(AgeCounted, "of the " + noun, false, end, [], 0, IsHeldByCommonNoun: true);
    }

    /// <summary>The one noun of <see cref="PersonNouns"/> that the article writes before <paramref name="before"/>, in the
    /// singular or the plural; null when it writes none or more than one.</summary>
    internal static string? OnlyPersonNounBefore(ArticleReading reading, int before)
    {
        string? only = null;
        var tokens = reading.Article.Tokens;
        for (var k = 0; k < before && k < tokens.Count; k++)
        {
            if (tokens[k].Kind != TokenKind.Word || PersonNounOf(tokens[k].Text) is not { } noun || noun == only) continue;
            if (only is not null) return null;
            only = noun;
        }
        return only;
    }

    /// <summary>The person noun that <paramref name="word"/> writes in the singular or the plural ("boys", "men"), or null.</summary>
    private static string? PersonNounOf(string word)
    {
        var lower = word.ToLowerInvariant();
        if (PersonNouns.Contains(lower)) return lower;
        foreach (var irregular in IrregularPlurals)
        {
            if (irregular.Value == lower && PersonNouns.Contains(irregular.Key)) return irregular.Key;
        }
        return lower.EndsWith("s", StringComparison.Ordinal) && PersonNouns.Contains(lower.Substring(0, lower.Length - 1)) ? lower.Substring(0, lower.Length - 1) : null;
    }

    /// <summary>How many people of <paramref name="noun"/> the article introduces by age: "a 12-year-old boy".</summary>
    internal static int Introductions(ArticleReading reading, string noun)
    {
        var tokens = reading.Article.Tokens;
        var introductions = 0;
        foreach (var age in reading.Figures)
        {
            if (age.Kind != FigureKind.Age || age.NumberFirstToken < 1 || !(tokens[age.NumberFirstToken - 1].Text is "a" or "an" or "A" or "An")) continue;
            for (var k = age.LastToken + 1; k <= age.LastToken + 2 && k < tokens.Count; k++)
            {
                if (string.Equals(tokens[k].Text, noun, StringComparison.OrdinalIgnoreCase)) introductions++;
            }
        }
        return introductions;
    }

    /// <summary>The last token of the name after an age that qualifies it: "34-year-old Jane Roe", "the 34-year-old British
    /// journalist Jane Roe"; -1 when the words after the age name no one ("the 33-year-old Chelsea striker", "a 12-year-old
    /// boy"). A name must end its noun phrase: a capitalised run that a lower-case noun follows qualifies that noun.</summary>
    private static int NameAfterAge(ArticleReading reading, Clause segment, int start)
    {
        var k = start;
        for (var skipped = 0; skipped <= 3 && segment.Has(k); skipped++)
        {
            if (IsHolderName(reading, segment, k))
            {
                var end = k;
                while (IsHolderName(reading, segment, end + 1)) end++;
                // "the 50-year-old Nuclear Nonproliferation Treaty": a person introduced so is named again by the surname alone
                // ("Roe said"); a thing's name is not.
                if (EndsNounPhrase(reading, segment, end + 1)) return reading.IsNamedAlone(segment.Word(end)) ? end : -1;
                k = end + 1;
                continue;
            }
            var word = segment.Word(k);
            // Only the words of a description may stand between the age and the name: "the 34-year-old British journalist".
            if (word.Length == 0 || !char.IsLower(word[0]) || NounRunEnds.Contains(word) || Auxiliaries.Contains(word) || HolderExclusions.Contains(word)) return -1;
            k++;
        }
        return -1;
    }

    /// <summary>True when nothing of the noun phrase follows <paramref name="k"/>: punctuation, the end of the clause, a word
    /// that ends a noun's run ("of", "was") or a verb of the past, regular ("died") or of the data file's
    /// <see cref="IrregularPastTenses"/> ("fell").</summary>
    private static bool EndsNounPhrase(ArticleReading reading, Clause segment, int k)
    {
        if (!segment.Has(k)) return true;
        var word = segment.Word(k);
        if (word.Length == 0) return true;
        return char.IsLower(word[0]) && (NounRunEnds.Contains(word) || Auxiliaries.Contains(word) || word.EndsWith("ed", StringComparison.Ordinal)
                                         || IrregularPastTenses.Contains(word) || segment.MatchAt(reading.ReportingVerbs, k) > 0);
    }

    /// <summary>A person named by the capitalised run that ends at <paramref name="last"/>: its surname, as written, and the given
    /// name, stemmed; none for a run of one word that the article never writes after a given name (a team, a place), and none
    /// for a surname alone that the article gives two given names.</summary>
    private static (string Surname, IReadOnlyCollection<string> GivenNames)? PersonNamed(ArticleReading reading, Clause segment, int last)
    {
        if (!IsHolderName(reading, segment, last)) return null;
        var surname = segment.Word(last);
        // Not an abbreviation ("MP", "CEO") nor a people ("a 20-year-old South Korean").
        if (surname.All(c => !char.IsLower(c)) || segment.IsDemonym(last)) return null;
        // "Rep. Joseph Crowley of New York, 56,": a place after a name is not the person the age is of.
        var start = last;
        while (IsHolderName(reading, segment, start - 1)) start--;
        if (PlacePrepositions.Contains(segment.Word(start - 1)) || segment.IsWord(start - 1, "from")) return null;
        // The given names are the run's words before the surname, the first first: "Thomas Edwin Emery" is not "Edwin Emery",
        // his brother, nor "Mohammed Rami Abdo" "Mohammed Hatem Abdo", his cousin, each with his father's name between
        // (QuantityKey compares the runs).
        if (start < last) return (surname, [string.Join(" ", Enumerable.Range(start, last - start).Select(k => Stem(segment.Word(k))))]);
        return reading.OnlyGivenName(surname) is { } given ? (surname, [given]) : null;
    }

    /// <summary>The names of an article's people: the given names it writes before each surname, by the surname as written
    /// ("Jane" of "Jane Roe", stemmed), and the names it writes alone ("Roe said"), from the runs of capitalised words of its
    /// body; the given name is the first word of a run ("Thomas" of "Thomas Edwin Emery"). Headlines in title case are left
    /// out: their capitals run over verbs ("Fire Kills Roe").</summary>
    internal sealed record PersonNameIndex(IReadOnlyDictionary<string, HashSet<string>> GivenNames, HashSet<string> NamedAlone);

    internal static PersonNameIndex ReadPersonNames(ArticleReading reading)
    {
        var given = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var alone = new HashSet<string>(StringComparer.Ordinal);
        var tokens = reading.Article.Tokens;
        bool IsNameWord(int k) =>
            k >= 0 && k < tokens.Count && tokens[k].Kind == TokenKind.Word && !tokens[k].IsInHeading && !IsNoHolder(tokens[k].Text)
            && char.IsUpper(tokens[k].Text[0]) && (!tokens[k].IsSentenceStart || !reading.LowerCaseWords.Contains(tokens[k].Text));
        for (var k = 0; k < tokens.Count; k++)
        {
            if (!IsNameWord(k) || IsNameWord(k + 1)) continue;
            if (!IsNameWord(k - 1))
            {
                alone.Add(tokens[k].Text);
                continue;
            }
            if (!given.TryGetValue(tokens[k].Text, out var names)) given[tokens[k].Text] = names = new HashSet<string>(StringComparer.Ordinal);
            var first = k - 1;
            while (IsNameWord(first - 1)) first--;
            names.Add(Stem(tokens[first].Text));
        }
        return new PersonNameIndex(given, alone);
    }
}
