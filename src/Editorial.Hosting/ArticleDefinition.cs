using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.Extensions.FileSystemGlobbing;

namespace Editorial.Hosting;

/// <summary>
/// Which files in a searched folder are articles: those whose names make them one (<see cref="ProjectLayout.IsArticleName"/>:
/// an article extension in any case, not a project's own document) and that no <c>--exclude</c> glob matches. A file the
/// user names on the command line is checked whatever its name.
/// </summary>
public sealed class ArticleDefinition
{
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
        return ProjectLayout.IsArticleName(path) && !IsExcluded(path);
    }

    /// <summary>True when an <c>--exclude</c> glob matches the path.</summary>
    public bool IsExcluded(string path)
    {
        if (_excluded is null) return false;
        var relative = PathRelativeToBase(Path.GetFullPath(path)).Replace('\\', '/');
        return _excluded.Match(relative).HasMatches;
    }

    private string PathRelativeToBase(string fullPath)
    {
        var prefix = BaseDirectory.EndsWith(Path.DirectorySeparatorChar.ToString(), StringComparison.Ordinal) ? BaseDirectory : BaseDirectory + Path.DirectorySeparatorChar;
        return fullPath.StartsWith(prefix, StringComparison.Ordinal) ? fullPath.Substring(prefix.Length) : fullPath;
    }
}
