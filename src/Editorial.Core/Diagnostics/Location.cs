using Editorial.Text;

namespace Editorial.Diagnostics;

/// <summary>A place in an article: its path, the span in its text and the same span as lines and columns.</summary>
public sealed record Location(string Path, TextSpan Span, LinePositionSpan LineSpan)
{
    public override string ToString() => Path + LineSpan;

    /// <summary>The start of a file, (1,1): for what is about the whole file (it cannot be read, it is too large).</summary>
    public static Location StartOf(string path) => new(path, new TextSpan(0, 0), new LinePositionSpan(1, 1, 1, 1));
}
