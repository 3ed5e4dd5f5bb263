using System;
using System.Collections.Generic;
using Editorial.Articles;
using Editorial.Diagnostics;
using Editorial.Profiles;
using Editorial.Figures;
using Editorial.Text;

namespace Editorial.Rules.Hygiene;

/// <summary>
/// ED4007: a number written against the outlet's number style. With the profile setting <c>number-style: ap</c>, the
/// whole numbers one to nine are spelled out in running text ("five people", not "5 people"). AP's exceptions keep
/// figures: ages ("a 5-year-old", "aged 5", "5 years old"), percentages, dimensions and units ("9 miles"), money,
/// millions, times, dates, scores and ranges, and numbers that name something ("No. 5", "Route 9", "Article 5").
/// Headlines are left alone (AP uses figures there). The rule only reports a digit that the figure extractor reads as a
/// plain count (not an age, percentage, measure, amount of money, time, date, name or range) and that stands alone
/// between a space and a lowercase word it counts, which is where the exceptions cannot hide.
/// </summary>
public sealed class NumberStyleRule : ArticleRule
{
    public static readonly ProfileSetting NumberStyleSetting = new("number-style", ["ap", "none"], "none",
        "ap: figures from 1 to 9 in running text are spelled out, as AP style asks (ED4007)");

    public static readonly DiagnosticDescriptor Descriptor = new(
        RuleIds.NumberStyle, "Number style", "Spell out '{0}' as '{1}' ({2} style spells out one to nine)", RuleCategory.Hygiene, Severity.Warning,
        "The outlet's style (number-style in its profile) spells out small numbers in running text. AP spells out one to nine, "
        + "except ages, percentages, dimensions, money, times, dates and numbers that name something.", offersFix: true, fix: "spells the number out");

    private static readonly string[] Words = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];

    /// <summary>Words after a count that keep it a figure in AP style, beyond the units, percentages, money and times the
    /// figure extractor already tells from counts: the units it leaves to the context, scores, dimensions and proportions.</summary>
    private static readonly HashSet<string> FigureWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "pct", "in", "mm", "tons", "ton", "degrees", "degree", "cents", "pence", "p", "points", "magnitude", "x", "by", "to", "of", "out",
        "or", "and",
        // Percentages and magnitudes written as words ("5 percentage points", "a 1 million-member army").
        "percentage", "million", "billion", "trillion",
        // Units of power and energy, which AP writes with figures like every other unit.
        "watts", "kilowatts", "megawatts", "gigawatts", "terawatts", "kwh", "mwh", "gwh",
        // Currencies named in words: money keeps its figures ("1 dirham", "2 rupees").
        "dirham", "dirhams", "rupee", "rupees", "euro", "euros", "dollar", "dollars", "pound", "pounds", "yen", "yuan", "rubles", "ruble",
        "roubles", "rouble", "hryvnias", "hryvnia", "lira", "riyal", "riyals", "shekel", "shekels", "francs", "franc", "pesos", "peso",
    };

    /// <summary>Units of time that, followed by another figure, make a duration in figures: "in 3 hours, 10 minutes".</summary>
    private static readonly HashSet<string> TimeUnits = new(StringComparer.OrdinalIgnoreCase) { "hours", "hour", "minutes", "minute" };

    /// <summary>Words before a figure that make it a name, an age or a score rather than a count.</summary>
    private static readonly HashSet<string> NamingWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "no", "nos", "number", "age", "aged", "ages", "page", "chapter", "article", "section", "route", "room", "gate", "level", "phase",
        "grade", "category", "channel", "platform", "act", "step", "day", "week", "round", "game", "stage", "version", "size", "district",
        "precinct", "ward", "zone", "unit", "floor", "lane", "highway", "interstate", "flight", "figure", "table", "item", "rule",
        // "he was 8 when the war began": after a form of "to be" or "turn" a small figure is most often an age.
        "was", "is", "were", "are", "turned", "turns",
    };

    public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [Descriptor];

    public override void Analyze(ArticleContext context)
    {
        if (NumberStyleSetting.ValueIn(context.Profile) != "ap") return;
        var article = context.Article;
        var tokens = article.Tokens;
        var text = article.Text;
        foreach (var figure in ArticleFigures.Of(context.Analyzed).Figures)
        {
            if (figure.Kind != FigureKind.Count || figure.Hedge == Hedge.Range || figure.NumberFirstToken != figure.NumberLastToken) continue;
            var k = figure.NumberFirstToken;
            var number = tokens[k];
            if (number.Kind != TokenKind.Number || number.IsInHeading || number.Text.Length != 1 || number.Text[0] is < '1' or > '9' || k + 1 >= tokens.Count) continue;
            var next = tokens[k + 1];
            if (!next.IsWord || next.SentenceIndex != number.SentenceIndex || !char.IsLower(next.Text[0])) continue;
            if (!IsSpace(text, number.Span.End) || (number.Span.Start > 0 && !IsSpace(text, number.Span.Start - 1))) continue;
            // "a 1 million-member army": the word the figure counts is the first of a compound.
            if (FigureWords.Contains(next.Text.Split('-')[0]) || IsAge(tokens, k) || IsCompoundDuration(tokens, k)) continue;
            if (k > 0 && tokens[k - 1] is var previous && previous.SentenceIndex == number.SentenceIndex && IsNamingOrFigure(previous)) continue;
            if (AfterNamingAbbreviation(tokens, k) || EndsListOfFigures(tokens, k)) continue;
            var word = Words[number.Text[0] - '1'];
            if (number.IsSentenceStart) word = char.ToUpperInvariant(word[0]) + word.Substring(1);
            context.Report(Descriptor, number.Span, [number.Text, word, "AP"],
                fix: new Fix($"Spell out '{word}'", new TextEdit(number.Span, word)), quotationSensitive: true);
        }
    }

    private static bool IsSpace(string text, int position) => position < text.Length && text[position] is ' ' or '\t' or '\u00A0' or '\n' or '\r';

    /// <summary>"5 years old", "9 months old".</summary>
    private static bool IsAge(TokenList tokens, int k) =>
        k + 2 < tokens.Count && tokens[k + 1].Text is "years" or "year" or "months" or "month" or "weeks" or "days"
        && string.Equals(tokens[k + 2].Text, "old", StringComparison.OrdinalIgnoreCase);

    /// <summary>"3 hours, 10 minutes", "2 hours 5 minutes": a time in figures, as AP writes race and match times; both of its figures.</summary>
    private static bool IsCompoundDuration(TokenList tokens, int k)
    {
        if (!TimeUnits.Contains(tokens[k + 1].Text)) return false;
        var before = k >= 1 && tokens[k - 1].IsPunctuation(',') ? k - 2 : k - 1;
        if (before >= 1 && TimeUnits.Contains(tokens[before].Text) && tokens[before - 1].Kind == TokenKind.Number) return true;
        for (var i = k + 2; i < tokens.Count && i <= k + 3; i++)
        {
            if (tokens[i].Kind == TokenKind.Number) return true;
        }
        return false;
    }

    /// <summary>"No. 7", "the No. 1 seed": the abbreviation's full stop stands between it and the figure.</summary>
    private static bool AfterNamingAbbreviation(TokenList tokens, int k) =>
        k >= 2 && tokens[k - 1].IsPunctuation('.') && tokens[k - 2].IsWord && NamingWords.Contains(tokens[k - 2].Text);

    /// <summary>"Nord Stream 1 and 2": the last of figures joined by "and" or "or" names or counts like the first.</summary>
    private static bool EndsListOfFigures(TokenList tokens, int k) =>
        k >= 2 && tokens[k - 1].IsWord && tokens[k - 1].Text is "and" or "or" && tokens[k - 2].Kind == TokenKind.Number;

    /// <summary>A naming word ("No.", "Route"), a capitalised name ("Boeing 7"), a currency sign, a month, or a mark that makes a range or a score.</summary>
    private static bool IsNamingOrFigure(Token previous)
    {
        if (previous.IsWord) return NamingWords.Contains(previous.Text.TrimEnd('.')) || (char.IsUpper(previous.Text[0]) && !previous.IsSentenceStart);
        if (previous.Kind == TokenKind.Number) return true;
        return previous.Text[0] is '$' or '£' or '€' or '¥' or '#' or '-' or '–' or '—' or '/' or ':' or '(' or '§';
    }
}
