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

    /// <summary>True when <paramref name="text"/> is a date as front matter and page metadata write one: an ISO day, or whatever
    /// else the invariant culture reads as a date and time (<c>2024-05-01T10:00:00-05:00</c>, <c>1 May 2024</c>), as UTC.</summary>
    public static bool TryParseDate(string text, out DateTime date) =>
        TryParseDay(text, out date)
        || DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out date);
}
