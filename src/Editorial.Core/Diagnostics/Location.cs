using Editorial.Text;

namespace Editorial.Diagnostics;

/// <summary>A place in an article: its path, the span in its text and the same span as lines and columns.</summary>
public sealed record Location(string Path, TextSpan Span, LinePositionSpan LineSpan)
{
    public override string ToString() => Path + LineSpan;
}
