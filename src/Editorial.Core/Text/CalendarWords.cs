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

    public static readonly HashSet<string> DayNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    };
}
