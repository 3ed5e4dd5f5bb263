using System;

namespace Editorial.Text;

/// <summary>Maps offsets to 1-based lines and columns. LF, CRLF and a lone CR each end a line.</summary>
public sealed class LineMap
{
    private readonly int[] _lineStarts;
    private readonly int _textLength;

    public LineMap(string text)
    {
        // Counted first, then filled: one array of the right size rather than a list grown line by line and copied.
        _lineStarts = new int[LineBreaksIn(text, null) + 1];
        LineBreaksIn(text, _lineStarts);
        _textLength = text.Length;
    }

    /// <summary>The number of line breaks in <paramref name="text"/>; with <paramref name="starts"/>, the start of each line
    /// after the first is written there from index 1 on.</summary>
    private static int LineBreaksIn(string text, int[]? starts)
    {
        var breaks = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n') i++;
            }
            else if (c != '\n')
            {
                continue;
            }
            breaks++;
            if (starts is not null) starts[breaks] = i + 1;
        }
        return breaks;
    }

    public int LineCount => _lineStarts.Length;

    /// <summary>The 0-based index of the line holding <paramref name="offset"/>.</summary>
    public int GetLineIndex(int offset)
    {
        var index = Array.BinarySearch(_lineStarts, offset);
        return index >= 0 ? index : ~index - 1;
    }

    public int GetLineStart(int lineIndex) => _lineStarts[lineIndex];

    /// <summary>Where the line ends with its line break: the next line's start, or the end of the text for the last line.</summary>
    public int GetLineEnd(int lineIndex) => lineIndex + 1 < _lineStarts.Length ? _lineStarts[lineIndex + 1] : _textLength;

    /// <summary>The line's text without the white space around it (and so without its line break); empty for a blank line.</summary>
    public TextSpan GetTrimmedLine(string text, int lineIndex)
    {
        var start = _lineStarts[lineIndex];
        var end = GetLineEnd(lineIndex);
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        return TextSpan.FromBounds(start, end);
    }

    public (int Line, int Column) GetPosition(int offset)
    {
        var line = GetLineIndex(offset);
        return (line + 1, offset - _lineStarts[line] + 1);
    }

    public LinePositionSpan GetLineSpan(TextSpan span)
    {
        var (startLine, startColumn) = GetPosition(span.Start);
        var (endLine, endColumn) = GetPosition(span.End);
        return new LinePositionSpan(startLine, startColumn, endLine, endColumn);
    }

    /// <summary>The offset of a 1-based line and column, clamped to the text.</summary>
    public int GetOffset(int line, int column, int textLength)
    {
        if (line < 1) return 0;
        if (line > _lineStarts.Length) return textLength;
        return Math.Min(textLength, _lineStarts[line - 1] + Math.Max(0, column - 1));
    }
}
