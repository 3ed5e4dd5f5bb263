using System;
using System.Collections.Generic;
using System.Linq;

namespace Editorial.Diagnostics;

/// <summary>What becomes of one of several edits proposed for one text.</summary>
public enum EditChoice
{
    /// <summary>The edit is made.</summary>
    Made,
    /// <summary>The very edit made just before (two rules proposing one change): it is made once, for both.</summary>
    SameAsMade,
    /// <summary>It overlaps the edit made before it, or inserts at the same point: which one the writer wants is unknown,
    /// so it is left for the next run, which reports it again if it still applies.</summary>
    Overlaps,
}

/// <summary>
/// The one policy for edits that meet in one text, shared by <c>editorial fix</c>, the language server's fix-all and the
/// IDE's fix-all, so that each makes the same changes: in order of position, an edit is made unless it overlaps one made
/// before it. Edits are never merged, so what each edit writes stays what its rule proposed.
/// </summary>
public static class EditOverlaps
{
    /// <summary>Each item with its choice, in order of position (start, then end; items at one span keep the order given).</summary>
    public static IReadOnlyList<(T Item, EditChoice Choice)> Choose<T>(IEnumerable<T> items, Func<T, TextEdit> edit)
    {
        var chosen = new List<(T, EditChoice)>();
        TextEdit? made = null;
        foreach (var item in items.OrderBy(item => edit(item).Span))
        {
            var proposed = edit(item);
            if (made is not null && made.Span == proposed.Span && made.NewText == proposed.NewText)
            {
                chosen.Add((item, EditChoice.SameAsMade));
            }
            else if (made is not null && (proposed.Span.Start < made.Span.End || proposed.Span.Start == made.Span.Start))
            {
                chosen.Add((item, EditChoice.Overlaps));
            }
            else
            {
                chosen.Add((item, EditChoice.Made));
                made = proposed;
            }
        }
        return chosen;
    }
}
