using System;
using System.Collections.Generic;
using System.Linq;
using Editorial.Text;

namespace Editorial.Articles;

/// <summary>
/// Rules switched off inside a Markdown article with HTML comments:
/// <c>&lt;!-- editorial-disable ED1001 ED1002 --&gt;</c> … <c>&lt;!-- editorial-enable --&gt;</c>, and
/// <c>&lt;!-- editorial-disable-next-line ED1001 --&gt;</c>, and in an MDX page with MDX's comments
/// (<c>{/* editorial-disable ED1001 */}</c>, <see cref="MdxSyntax"/>). With no IDs a directive covers every rule.
/// </summary>
public sealed class InlineSuppressions
{
    private const string DisableNextLine = "editorial-disable-next-line";
    private const string Disable = "editorial-disable";
    private const string Enable = "editorial-enable";

    private readonly List<(TextSpan Span, HashSet<string>? Ids)> _ranges;

    private InlineSuppressions(List<(TextSpan, HashSet<string>?)> ranges) => _ranges = ranges;

    public static InlineSuppressions None { get; } = new([]);

    public bool IsSuppressed(string id, TextSpan span) =>
        _ranges.Any(range => range.Span.Contains(span.Start) && (range.Ids is null || range.Ids.Contains(id)));

    /// <summary>The ranges as <see cref="ReadSummary"/> reads them back, for an article's corpus summary (<see cref="Article.WriteRetained"/>).</summary>
    internal void WriteSummary(System.IO.BinaryWriter writer)
    {
        writer.Write(_ranges.Count);
        foreach (var (span, ids) in _ranges)
        {
            writer.Write(span.Start);
            writer.Write(span.Length);
            writer.Write(ids?.Count ?? -1);
            foreach (var id in ids ?? []) writer.Write(id);
        }
    }

    internal static InlineSuppressions ReadSummary(System.IO.BinaryReader reader)
    {
        var ranges = new List<(TextSpan, HashSet<string>?)>();
        for (var count = reader.ReadInt32(); count > 0; count--)
        {
            var span = new TextSpan(reader.ReadInt32(), reader.ReadInt32());
            var idCount = reader.ReadInt32();
            HashSet<string>? ids = idCount < 0 ? null : new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            for (var k = 0; k < idCount; k++) ids!.Add(reader.ReadString());
            ranges.Add((span, ids));
        }
        return ranges.Count == 0 ? None : new InlineSuppressions(ranges);
    }

    internal static InlineSuppressions Read(string text, LineMap lines, IEnumerable<(TextSpan Span, string Text)> comments)
    {
        var ranges = new List<(TextSpan, HashSet<string>?)>();
        var open = new List<(int Start, HashSet<string>? Ids)>();
        foreach (var (span, comment) in comments.OrderBy(c => c.Span.Start))
        {
            var words = comment.Split([' ', '\t', '\r', '\n', ','], StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0) continue;
            var ids = words.Length > 1 ? new HashSet<string>(words.Skip(1), StringComparer.OrdinalIgnoreCase) : null;
            switch (words[0].ToLowerInvariant())
            {
                case DisableNextLine:
                    var nextLine = lines.GetLineIndex(span.End) + 1;
                    if (nextLine < lines.LineCount)
                    {
                        ranges.Add((TextSpan.FromBounds(lines.GetLineStart(nextLine), lines.GetLineEnd(nextLine)), ids));
                    }
                    break;
                case Disable:
                    open.Add((span.End, ids));
                    break;
                case Enable:
                    foreach (var entry in open.ToList())
                    {
                        var remaining = Close(entry, ids, span.Start, ranges);
                        open.Remove(entry);
                        if (remaining is not null) open.Add((span.End, remaining));
                    }
                    break;
            }
        }
        foreach (var (start, ids) in open) ranges.Add((TextSpan.FromBounds(start, text.Length), ids));
        return new InlineSuppressions(ranges);
    }

    /// <summary>Ends a disabled range for the IDs being enabled; returns the IDs that stay disabled, if any.</summary>
    private static HashSet<string>? Close((int Start, HashSet<string>? Ids) entry, HashSet<string>? enabling, int at,
        List<(TextSpan, HashSet<string>?)> ranges)
    {
        ranges.Add((TextSpan.FromBounds(entry.Start, at), entry.Ids));
        if (enabling is null || entry.Ids is null) return null;
        var remaining = new HashSet<string>(entry.Ids.Except(enabling, StringComparer.OrdinalIgnoreCase), StringComparer.OrdinalIgnoreCase);
        return remaining.Count > 0 ? remaining : null;
    }
}
