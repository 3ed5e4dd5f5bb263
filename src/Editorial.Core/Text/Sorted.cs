using System;
using System.Collections.Generic;
using System.Linq;

namespace Editorial.Text;

/// <summary>Binary search over the article's lists that are in text order (tokens, quotations, figures).</summary>
public static class Sorted
{
    /// <summary>The index of the first item whose <paramref name="key"/> is at least <paramref name="value"/>;
    /// <c>items.Count</c> when there is none. The keys must not decrease along the list.</summary>
    public static int FirstAtOrAfter<T>(IReadOnlyList<T> items, int value, Func<T, int> key)
    {
        int low = 0, high = items.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (key(items[middle]) < value) low = middle + 1;
            else high = middle;
        }
        return low;
    }

    /// <summary>True when one of <paramref name="spans"/> contains <paramref name="span"/>. The spans are in text order and
    /// do not overlap, so the only one that can hold it is the last to start at or before it.</summary>
    public static bool AnyContains(IReadOnlyList<TextSpan> spans, TextSpan span)
    {
        var after = FirstAtOrAfter(spans, span.Start + 1, s => s.Start);
        return after > 0 && spans[after - 1].Contains(span);
    }

    /// <summary>True when one of <paramref name="spans"/> overlaps <paramref name="span"/>. The spans are in text order and do
    /// not overlap each other, so the only one that can reach into it is the last to start before its end.</summary>
    public static bool AnyOverlaps(IReadOnlyList<TextSpan> spans, TextSpan span)
    {
        var after = FirstAtOrAfter(spans, span.End, s => s.Start);
        return after > 0 && spans[after - 1].End > span.Start;
    }

    /// <summary>The spans in text order, overlapping or touching ones joined into one: a list that <see cref="AnyContains"/> and
    /// <see cref="AnyOverlaps"/> can search.</summary>
    public static List<TextSpan> Joined(IEnumerable<TextSpan> spans)
    {
        var joined = new List<TextSpan>();
        foreach (var span in spans.OrderBy(s => s.Start))
        {
            var last = joined.Count - 1;
            if (last >= 0 && span.Start <= joined[last].End)
            {
                joined[last] = TextSpan.FromBounds(joined[last].Start, Math.Max(joined[last].End, span.End));
                continue;
            }
            joined.Add(span);
        }
        return joined;
    }
}
