using System;
using System.Collections.Generic;

namespace Editorial.Text;

/// <summary>The names of the months and the days of the week, in any case: they make a number a date, and tie a figure to a day.</summary>
internal static class CalendarWords
{
    /// <summary>Full names and the abbreviations newsrooms use ("Feb", "Sept"); compare without the abbreviation's point.</summary>
    public static readonly HashSet<string> Months = new(StringComparer.OrdinalIgnoreCase)
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    };

    private static readonly string[] MonthPrefixes = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>1 for "January" or "Jan", 9 for "Sept"; 0 for a word that is no month.</summary>
    public static int MonthNumber(string name) =>
        Months.Contains(name) ? Array.IndexOf(MonthPrefixes, name.Substring(0, 3).ToLowerInvariant()) + 1 : 0;

    public static readonly HashSet<string> DayNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    };

    /// <summary>True for the name of a day or a month: a date's word, never a name of a person or a place.</summary>
    public static bool IsDayOrMonth(string word) => DayNames.Contains(word) || Months.Contains(word);
}
