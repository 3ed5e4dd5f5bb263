namespace Editorial.Articles;

/// <summary>The double quotation marks that delimit direct quotations: curly (“ ”), guillemets (« ») and straight (").
/// Single quotes are left out: they are far more often apostrophes.</summary>
public static class QuotationMarks
{
    public static bool IsMark(char c) => c is '“' or '”' or '«' or '»' or '"';

    /// <summary>A mark that can close a quotation: ” and », and the straight " when it does not open one.</summary>
    public static bool IsClosing(char c) => c is '”' or '»' or '"';
}
