using System.Globalization;
using System.Collections.Generic;
using System.Linq;
using Editorial.Articles;
using Editorial.Diagnostics;
using Editorial.Profiles;
using Editorial.Text;

namespace Editorial.Rules.Spelling;

/// <summary>
/// ED1008: clock times before a time zone written "08:20 GMT" and "0820 GMT" in one article, or against the profile's
/// <c>time-format:</c> (<c>hh:mm</c> or <c>hhmm</c>).
/// </summary>
public sealed class TimeFormatRule : ArticleRule
{
    private const string Colon = "hh:mm";
    private const string Compact = "hhmm";

    public static readonly ProfileSetting Setting = new("time-format", [Colon, Compact], null,
        "clock times before a time zone: 08:20 GMT or 0820 GMT (ED1008)");

    public static readonly DiagnosticDescriptor Descriptor = new(
        RuleIds.TimeFormat, "Time written two ways", "'{0}' should be '{1}' ({2})",
        RuleCategory.Spelling, Severity.Warning,
        "Times given with a time zone are written with a colon (08:20 GMT) or without (0820 GMT). An article should use one style, " +
        "the outlet's if its profile states one.", offersFix: true, fix: "the outlet's style, else the article's majority");

    public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [Descriptor];

    private static readonly string[] Zones = ["GMT", "UTC"];

    private sealed record Occurrence(TextSpan Span, string Text, int Hour, int Minute, string Style, bool InQuotation) : IStyleOccurrence;

    public override void Analyze(ArticleContext context)
    {
        var article = context.Article;
        var occurrences = Find(article);
        if (occurrences.Count == 0) return;
        StyleChoice.ReportDepartures(context, Descriptor, occurrences, Setting.ValueIn(context.Profile), SpellingText.StyleName(context.Profile),
            occurrence => occurrence.Text,
            (occurrence, style) => style == Colon ? $"{occurrence.Hour:00}:{occurrence.Minute:00}" : $"{occurrence.Hour:00}{occurrence.Minute:00}");
    }

    private static List<Occurrence> Find(Article article)
    {
        var occurrences = new List<Occurrence>();
        var tokens = article.Tokens;
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            var token = tokens[i];
            var zone = tokens[i + 1];
            if (token.Kind != TokenKind.Number || !zone.IsWord || System.Array.IndexOf(Zones, zone.Text) < 0
                || !SpellingText.OnlySpacesBetween(article.Text, token.Span, zone.Span)) continue;
            var text = token.Text;
            int hour, minute;
            string style;
            if (text.Length is 4 or 5 && text[text.Length - 3] == ':' && AllDigits(text, ':'))
            {
                (hour, minute, style) = (int.Parse(text.Substring(0, text.Length - 3), CultureInfo.InvariantCulture), int.Parse(text.Substring(text.Length - 2), CultureInfo.InvariantCulture), Colon);
            }
            else if (text.Length == 4 && AllDigits(text, null))
            {
                (hour, minute, style) = (int.Parse(text.Substring(0, 2), CultureInfo.InvariantCulture), int.Parse(text.Substring(2), CultureInfo.InvariantCulture), Compact);
            }
            else continue;
            if (hour > 23 || minute > 59) continue;
            occurrences.Add(new Occurrence(token.Span, text, hour, minute, style, token.IsTranscribed));
        }
        return occurrences;
    }

    private static bool AllDigits(string text, char? separator)
    {
        foreach (var c in text)
        {
            // ASCII digits only: int.Parse reads no other script's digits, and a time in Arabic-Indic digits is not this style question.
            if (c is < '0' or > '9' && c != separator) return false;
        }
        return true;
    }
}
