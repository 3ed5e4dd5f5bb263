using System;
using System.Globalization;

namespace Editorial.Text;

/// <summary>Dates written the ISO way (<c>2024-05-01</c>), as profiles and most front matter write them, read as UTC days.</summary>
internal static class IsoDates
{
    /// <summary>True when <paramref name="text"/>, trimmed, is a <c>yyyy-mm-dd</c> date; <paramref name="date"/> is its midnight, UTC.</summary>
    /// <remarks>The separators are quoted: at an unquoted literal, and in <see cref="DateTime.TryParse(string, IFormatProvider, DateTimeStyles, out DateTime)"/>,
    /// the parser compares words ignoring case with the invariant culture, whose ICU collator takes a native start-up
    /// milliseconds to build (see <c>HyphenatedKeys</c>).</remarks>
    public static bool TryParseDay(string text, out DateTime date) =>
        DateTime.TryParseExact(text.Trim(), "yyyy'-'MM'-'dd", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out date);

    /// <summary>True when <paramref name="text"/> is a date as front matter and page metadata write one: an ISO day, an ISO day
    /// written without separators (<c>20241120</c>, as some publishers' page metadata gives it), or whatever else the invariant
    /// culture reads as a date and time (<c>2024-05-01T10:00:00-05:00</c>, <c>1 May 2024</c>), as UTC; a day may have its ordinal
    /// ending (<c>March 22nd, 2021</c>), and a time may be followed by the name of UTC (<c>2014-12-22 17:43:29 UTC</c>, "GMT").</summary>
    public static bool TryParseDate(string text, out DateTime date) =>
        TryParseDay(text, out date)
        || DateTime.TryParseExact(text.Trim(), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out date)
        || DateTime.TryParse(WithoutUtcName(WithoutOrdinalEndings(text)), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out date)
        || TryParseWithOffsetOfADay(text, out date);

    /// <summary>
    /// True for an ISO date and time whose offset from UTC is more than the 14 hours .NET takes, and less than a day
    /// (<c>2021-03-05 17:20:00+17:20</c>, where a post's template wrote the time again as its offset): Ruby's Time, which reads
    /// the dates of Jekyll's pages, takes it, and the page builds. <paramref name="date"/> is that time in UTC.
    /// </summary>
    private static bool TryParseWithOffsetOfADay(string text, out DateTime date)
    {
        date = default;
        var trimmed = text.Trim();
        var sign = trimmed.LastIndexOfAny(['+', '-']);
        // The offset's sign comes after the day's hyphens and a time.
        if (sign <= DayLength) return false;
        if (!TimeSpan.TryParseExact(trimmed.Substring(sign + 1), OffsetFormats, CultureInfo.InvariantCulture, out var offset) || offset.TotalHours <= 14) return false;
        if (!DateTime.TryParseExact(trimmed.Substring(0, sign).TrimEnd(), TimeFormats, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time)) return false;
        date = trimmed[sign] == '+' ? time - offset : time + offset;
        return true;
    }

    /// <summary>The characters of an ISO day, "2024-05-01".</summary>
    public const int DayLength = 10;

    private static readonly string[] OffsetFormats = ["hh':'mm", "hhmm"];

    private static readonly string[] TimeFormats = ["yyyy'-'MM'-'dd HH':'mm':'ss", "yyyy'-'MM'-'dd'T'HH':'mm':'ss", "yyyy'-'MM'-'dd HH':'mm", "yyyy'-'MM'-'dd'T'HH':'mm"];

    /// <summary>The text without a last word naming UTC ("UTC", "GMT"), which the invariant culture does not read: the time is
    /// then taken as UTC, as it says.</summary>
    private static string WithoutUtcName(string text)
    {
        var trimmed = text.TrimEnd();
        return trimmed.EndsWith(" UTC", StringComparison.OrdinalIgnoreCase) || trimmed.EndsWith(" GMT", StringComparison.OrdinalIgnoreCase)
            ? trimmed.Substring(0, trimmed.Length - 4)
            : text;
    }

    /// <summary>A date a site generator sets when it renders the page (Quarto's <c>today</c>, <c>now</c> and
    /// <c>last-modified</c>): no date the article gives, and no mistake.</summary>
    public static bool IsSetAtRender(string text) =>
        text.Trim().ToLowerInvariant() is "today" or "now" or "last-modified";

    /// <summary>"22nd" read as "22": the ending a day's number takes in English ("1st", "2nd", "3rd", "4th").</summary>
    private static string WithoutOrdinalEndings(string text)
    {
        var result = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (i > 0 && char.IsDigit(text[i - 1]) && i + 1 < text.Length && IsOrdinalEnding(char.ToLowerInvariant(c), char.ToLowerInvariant(text[i + 1]))
                && (i + 2 == text.Length || !char.IsLetter(text[i + 2])))
            {
                i++;
                continue;
            }
            result.Append(c);
        }
        return result.ToString();
    }

    private static bool IsOrdinalEnding(char first, char second) => (first, second) is ('s', 't') or ('n', 'd') or ('r', 'd') or ('t', 'h');
}
