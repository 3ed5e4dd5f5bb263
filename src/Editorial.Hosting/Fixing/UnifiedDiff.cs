using System;
using System.Collections.Generic;
using System.Text;

namespace Editorial.Hosting.Fixing;

/// <summary>
/// A unified diff (<c>---</c>/<c>+++</c> headers, <c>@@ -l,n +l,n @@</c> hunks with three lines of context) of two texts,
/// as <c>diff -u</c> and <c>git diff</c> print it, so <c>editorial fix --dry-run</c> output can be read or applied with <c>patch</c>.
/// Lines are compared with their line endings; the shortest edit script is found with Myers' algorithm.
/// </summary>
public static class UnifiedDiff
{
    public const int ContextLines = 3;

    /// <summary>
    /// The diff of a file's fix, or null when no diff can apply to the file. A diff is UTF-8 text and patch tools apply it
    /// byte for byte, so it applies to a file stored in UTF-8 only (a byte order mark is its first line's first character,
    /// as in the file); git apply and patch read UTF-16 files as binary, and a Latin-1 file's bytes differ from UTF-8's.
    /// </summary>
    public static string? Create(FileFix fix, string oldName, string newName)
    {
        if (fix.File.Encoding is not UTF8Encoding) return null;
        var byteOrderMark = fix.File.Preamble.Length > 0 ? "\uFEFF" : "";
        return Create(byteOrderMark + fix.File.Text, byteOrderMark + fix.NewText, oldName, newName);
    }

    public static string Create(string oldText, string newText, string oldName, string newName)
    {
        var oldLines = SplitLines(oldText);
        var newLines = SplitLines(newText);
        var script = Myers(oldLines, newLines);
        if (script.TrueForAll(op => op.Kind == OpKind.Equal)) return "";

        var output = new StringBuilder();
        output.Append("--- ").Append(oldName).Append('\n');
        output.Append("+++ ").Append(newName).Append('\n');
        foreach (var (start, end) in Hunks(script))
        {
            WriteHunk(output, script, start, end, oldLines, newLines);
        }
        return output.ToString();
    }

    private enum OpKind { Equal, Delete, Insert }

    /// <summary>One step of the edit script, with the line it is at in each text (0-based).</summary>
    private readonly record struct Op(OpKind Kind, int OldIndex, int NewIndex);

    /// <summary>Splits after each LF, keeping it on its line. As in diff and git, a CR before the LF is part of the line, so a
    /// diff of a CRLF file applies to it byte for byte (and a file with lone CR endings is one line to them, and here).</summary>
    private static List<string> SplitLines(string text)
    {
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                lines.Add(text.Substring(start, i + 1 - start));
                start = i + 1;
            }
        }
        if (start < text.Length) lines.Add(text.Substring(start));
        return lines;
    }

    /// <summary>Myers' O((N+M)D) shortest edit script: the furthest-reaching path on each diagonal, then a walk back.
    /// Step d keeps only diagonals -d-1..d+1 of the previous step, so the trace is O(D²), not O((N+M)D).</summary>
    private static List<Op> Myers(List<string> a, List<string> b)
    {
        int n = a.Count, m = b.Count, max = n + m, offset = max + 1;
        var v = new int[2 * max + 3];
        var trace = new List<int[]>();
        for (var d = 0; d <= max; d++)
        {
            var window = new int[2 * d + 3];
            Array.Copy(v, offset - d - 1, window, 0, window.Length);
            trace.Add(window);
            for (var k = -d; k <= d; k += 2)
            {
                var x = k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
                var y = x - k;
                while (x < n && y < m && string.Equals(a[x], b[y], StringComparison.Ordinal)) { x++; y++; }
                v[offset + k] = x;
                if (x >= n && y >= m) return Backtrack(trace, a.Count, b.Count);
            }
        }
        throw new InvalidOperationException("unreachable: an edit script of length N+M always exists");
    }

    private static List<Op> Backtrack(List<int[]> trace, int n, int m)
    {
        var ops = new List<Op>();
        int x = n, y = m;
        for (var d = trace.Count - 1; d >= 0; d--)
        {
            var window = trace[d];
            int V(int diagonal) => window[diagonal + d + 1];
            var k = x - y;
            var previousK = k == -d || (k != d && V(k - 1) < V(k + 1)) ? k + 1 : k - 1;
            var previousX = d == 0 ? 0 : V(previousK);
            var previousY = previousX - previousK;
            while (x > previousX && y > previousY)
            {
                x--; y--;
                ops.Add(new Op(OpKind.Equal, x, y));
            }
            if (d == 0) break;
            if (x == previousX) ops.Add(new Op(OpKind.Insert, x, previousY));
            else ops.Add(new Op(OpKind.Delete, previousX, y));
            x = previousX;
            y = previousY;
        }
        ops.Reverse();
        return ops;
    }

    /// <summary>Ranges of the script to print: each change with up to three equal lines around it; hunks that would touch are merged.</summary>
    private static IEnumerable<(int Start, int End)> Hunks(List<Op> script)
    {
        var changes = new List<int>();
        for (var i = 0; i < script.Count; i++) if (script[i].Kind != OpKind.Equal) changes.Add(i);
        var start = Math.Max(0, changes[0] - ContextLines);
        var end = Math.Min(script.Count, changes[0] + 1 + ContextLines);
        foreach (var change in changes)
        {
            if (change - ContextLines > end)
            {
                yield return (start, end);
                start = change - ContextLines;
            }
            end = Math.Min(script.Count, change + 1 + ContextLines);
        }
        yield return (start, end);
    }

    private static void WriteHunk(StringBuilder output, List<Op> script, int start, int end, List<string> oldLines, List<string> newLines)
    {
        int oldCount = 0, newCount = 0;
        for (var i = start; i < end; i++)
        {
            if (script[i].Kind != OpKind.Insert) oldCount++;
            if (script[i].Kind != OpKind.Delete) newCount++;
        }
        // A range's start line is 1-based; an empty range names the line before it, as diff -u does.
        var oldStart = script[start].OldIndex + (oldCount == 0 ? 0 : 1);
        var newStart = script[start].NewIndex + (newCount == 0 ? 0 : 1);
        output.Append("@@ -").Append(Range(oldStart, oldCount)).Append(" +").Append(Range(newStart, newCount)).Append(" @@\n");
        for (var i = start; i < end; i++)
        {
            var op = script[i];
            var (prefix, line) = op.Kind switch
            {
                OpKind.Equal => (' ', oldLines[op.OldIndex]),
                OpKind.Delete => ('-', oldLines[op.OldIndex]),
                _ => ('+', newLines[op.NewIndex]),
            };
            var hasNewline = line.EndsWith("\n", StringComparison.Ordinal);
            output.Append(prefix).Append(line, 0, hasNewline ? line.Length - 1 : line.Length).Append('\n');
            if (!hasNewline) output.Append("\\ No newline at end of file\n");
        }
    }

    private static string Range(int start, int count) => count == 1 ? start.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"{start},{count}";
}
