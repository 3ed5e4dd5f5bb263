using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Editorial.Articles;
using Microsoft.Extensions.FileSystemGlobbing;

namespace Editorial.Hosting;

/// <summary>
/// Which files in a searched folder are articles: an article extension (<see cref="ArticleFormats.FromPath"/>, compared
/// without regard to case, so "NOTES.TXT" is one) and not a project's own documents (README, LICENSE, CHANGELOG and the like,
/// whatever their case or extension). The build's default items (EditorialDefaultArticleExclude in Editorial.targets) exclude
/// the same names; a test keeps the two lists equal. A file the user names on the command line is checked whatever its name.
/// </summary>
public sealed class ArticleDefinition
{
    /// <summary>File names that begin with one of these are a project's documents, not articles.</summary>
    public static readonly IReadOnlyList<string> ProjectDocumentNames =
    [
        "README", "LICENSE", "LICENCE", "CHANGELOG", "CHANGES", "HISTORY", "NOTICE", "THIRD-PARTY-NOTICES", "ThirdPartyNotices",
        "AUTHORS", "CONTRIBUTING", "CODE_OF_CONDUCT", "SECURITY", "SUPPORT", "CODEOWNERS",
    ];

    private readonly Matcher? _excluded;

    /// <param name="excludeGlobs">Globs (<c>drafts/**</c>, <c>**/*.draft.md</c>) of files that are not articles, matched
    /// without regard to case against the path relative to <paramref name="baseDirectory"/>.</param>
    public ArticleDefinition(IEnumerable<string>? excludeGlobs = null, string? baseDirectory = null)
    {
        var globs = excludeGlobs?.Where(g => !string.IsNullOrWhiteSpace(g)).ToList() ?? [];
        BaseDirectory = Path.GetFullPath(baseDirectory ?? Directory.GetCurrentDirectory());
        if (globs.Count == 0) return;
        _excluded = new Matcher(StringComparison.OrdinalIgnoreCase);
        _excluded.AddIncludePatterns(globs);
    }

    public static ArticleDefinition Default { get; } = new();

    public string BaseDirectory { get; }

    /// <summary>True for a file a folder search takes as an article.</summary>
    public bool IsArticle(string path)
    {
        if (ArticleFormats.FromPath(path) is null || IsProjectDocument(path)) return false;
        return !IsExcluded(path);
    }

    /// <summary>True when an <c>--exclude</c> glob matches the path.</summary>
    public bool IsExcluded(string path)
    {
        if (_excluded is null) return false;
        var relative = PathRelativeToBase(Path.GetFullPath(path)).Replace('\\', '/');
        return _excluded.Match(relative).HasMatches;
    }

    public static bool IsProjectDocument(string path)
    {
        var name = Path.GetFileName(path);
        return ProjectDocumentNames.Any(document => name.StartsWith(document, StringComparison.OrdinalIgnoreCase));
    }

    private string PathRelativeToBase(string fullPath)
    {
        var prefix = BaseDirectory.EndsWith(Path.DirectorySeparatorChar.ToString(), StringComparison.Ordinal) ? BaseDirectory : BaseDirectory + Path.DirectorySeparatorChar;
        return fullPath.StartsWith(prefix, StringComparison.Ordinal) ? fullPath.Substring(prefix.Length) : fullPath;
    }
}
