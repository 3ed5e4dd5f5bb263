namespace Editorial.Text;

/// <summary>1-based line and column; the end column is exclusive, as in MSBuild's <c>file(line,col,endLine,endCol)</c>.</summary>
public readonly record struct LinePositionSpan(int StartLine, int StartColumn, int EndLine, int EndColumn)
{
    public override string ToString() => $"({StartLine},{StartColumn},{EndLine},{EndColumn})";
}
