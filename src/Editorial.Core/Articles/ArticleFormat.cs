namespace Editorial.Articles;

public enum ArticleFormat
{
    PlainText,
    Markdown,
    /// <summary>An HTML article body or page, as a content management system stores or exports it.</summary>
    Html,
}

public static class ArticleFormats
{
    /// <summary>The format an article file's extension implies, or null when it is not an article file.</summary>
    public static ArticleFormat? FromPath(string path)
    {
        var extension = System.IO.Path.GetExtension(path).ToLowerInvariant();
        return extension switch
        {
            ".txt" => ArticleFormat.PlainText,
            ".md" or ".markdown" => ArticleFormat.Markdown,
            ".html" or ".htm" => ArticleFormat.Html,
            _ => null,
        };
    }
}
