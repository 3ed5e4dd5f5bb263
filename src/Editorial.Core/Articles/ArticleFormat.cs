using System.Collections.Generic;

namespace Editorial.Articles;

public enum ArticleFormat
{
    PlainText,
    Markdown,
    /// <summary>An HTML article body or page, as a content management system stores or exports it.</summary>
    Html,
    /// <summary>MDX: Markdown with JSX components, expressions and ES module lines (Docusaurus, Next.js, Astro), whose JSX and
    /// expressions are not prose.</summary>
    Mdx,
}

public static class ArticleFormats
{
    /// <summary>The extensions of article files (lower case, with the dot) and the format each implies. The build's default
    /// items (EditorialArticleInclude in Editorial.targets) take the same extensions; a test keeps the two equal.</summary>
    public static IReadOnlyDictionary<string, ArticleFormat> Extensions { get; } = new Dictionary<string, ArticleFormat>
    {
        [".txt"] = ArticleFormat.PlainText,
        [".md"] = ArticleFormat.Markdown,
        [".markdown"] = ArticleFormat.Markdown,
        [".mdx"] = ArticleFormat.Mdx,
        // Quarto's and R Markdown's documents, as data teams write them: Markdown whose code chunks are fenced code.
        [".qmd"] = ArticleFormat.Markdown,
        [".rmd"] = ArticleFormat.Markdown,
        [".html"] = ArticleFormat.Html,
        [".htm"] = ArticleFormat.Html,
    };

    /// <summary>True for Markdown and MDX, read as Markdown is: the writer writes links, and a renderer joins soft-wrapped lines
    /// into one paragraph and makes a bare address a link (MDX as documentation sites compile it, with GitHub's extensions).</summary>
    public static bool IsMarkdown(ArticleFormat format) => format is ArticleFormat.Markdown or ArticleFormat.Mdx;

    /// <summary>The format an article file's extension implies (in any case), or null when it is not an article file.</summary>
    public static ArticleFormat? FromPath(string path) =>
        Extensions.TryGetValue(System.IO.Path.GetExtension(path).ToLowerInvariant(), out var format) ? format : null;
}
