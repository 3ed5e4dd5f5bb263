using System;
using System.Collections.Generic;
using System.IO;
using MAB.DotIgnore;

namespace Editorial.Hosting;

/// <summary>
/// The files and folders that git ignores in a work tree (its <c>.gitignore</c> files), which a folder search skips: a site
/// generator's output (Jekyll's and Eleventy's <c>_site/</c>, Hugo's <c>public/</c>) holds every article again as the HTML
/// it renders, and would be checked twice and compared with itself. Only inside a work tree (a folder holds <c>.git</c> at
/// or above the path), as ripgrep reads them: elsewhere a <c>.gitignore</c> file ignores nothing. The <c>.gitignore</c> of
/// each folder from the path's up to the work tree's root applies, read with MAB.DotIgnore, which matches patterns as git
/// does. A deeper file's negation ("!keep.md") does not take back what a file above it ignores: the library says whether a
/// file ignores a path, not whether it says nothing of it. Files are read once per search, and one that cannot be read
/// ignores nothing.
/// </summary>
public sealed class GitIgnoredPaths
{
    private const string IgnoreFileName = ".gitignore";

    private readonly Dictionary<string, IgnoreList?> _lists = new(ProjectLayout.PathComparer);
    private readonly Dictionary<string, string?> _workTreeRoots = new(ProjectLayout.PathComparer);

    /// <summary>True when a <c>.gitignore</c> of the work tree ignores <paramref name="fullPath"/>, a file or, with
    /// <paramref name="isFolder"/>, a folder.</summary>
    public bool IsIgnored(string fullPath, bool isFolder)
    {
        var parent = Path.GetDirectoryName(fullPath);
        if (parent is null || WorkTreeRoot(parent) is not { } root) return false;
        for (var folder = parent; folder is not null; folder = Path.GetDirectoryName(folder))
        {
            if (ListIn(folder) is { } list && list.IsIgnored(RelativePath(folder, fullPath), isFolder)) return true;
            if (ProjectLayout.PathComparer.Equals(folder, root)) break;
        }
        return false;
    }

    /// <summary>True when <paramref name="folder"/> (a full path) or a folder above it in its work tree is ignored: a folder named
    /// for a search that git would never show, such as one inside an ignored <c>data/</c> folder.</summary>
    public bool IsInIgnoredFolder(string folder)
    {
        if (WorkTreeRoot(folder) is not { } root) return false;
        for (var current = folder; current is not null && !ProjectLayout.PathComparer.Equals(current, root); current = Path.GetDirectoryName(current))
        {
            if (IsIgnored(current, isFolder: true)) return true;
        }
        return false;
    }

    /// <summary>The nearest folder at or above <paramref name="folder"/> that holds <c>.git</c> (a folder, or a file in a linked
    /// work tree or a submodule); null outside a work tree.</summary>
    private string? WorkTreeRoot(string folder)
    {
        if (_workTreeRoots.TryGetValue(folder, out var known)) return known;
        var git = Path.Combine(folder, ".git");
        var root = Directory.Exists(git) || File.Exists(git) ? folder : Path.GetDirectoryName(folder) is { } parent ? WorkTreeRoot(parent) : null;
        _workTreeRoots[folder] = root;
        return root;
    }

    private IgnoreList? ListIn(string folder)
    {
        if (_lists.TryGetValue(folder, out var known)) return known;
        IgnoreList? list = null;
        var file = Path.Combine(folder, IgnoreFileName);
        try
        {
            if (File.Exists(file)) list = new IgnoreList(file);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException)
        {
            // An unreadable .gitignore ignores nothing: the files it would hide are checked rather than lost.
        }
        _lists[folder] = list;
        return list;
    }

    /// <summary><paramref name="fullPath"/> relative to <paramref name="folder"/>, with '/' between its parts, as patterns are written.</summary>
    private static string RelativePath(string folder, string fullPath) =>
        fullPath.Substring(folder.Length).TrimStart(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar).Replace('\\', '/');
}
