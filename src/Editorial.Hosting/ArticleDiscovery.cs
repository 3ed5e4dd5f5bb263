using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Editorial.Articles;
using Editorial.Diagnostics;

namespace Editorial.Hosting;

/// <summary>Expands the paths a user names (files or folders) into article files: in folders, the files
/// <see cref="ArticleDefinition"/> takes as articles, skipping bin/, obj/, node_modules/ and hidden folders
/// (<see cref="ProjectLayout.IsSkippedFolder"/>) and what the work tree's .gitignore files ignore (<see cref="GitIgnoredPaths"/>);
/// a file named is taken
/// as it is unless an exclusion glob matches it, and each file once, however often and by whatever names it is reached. A
/// folder that cannot be searched (no permission, a path too long, a name that is not UTF-8) is ED9001 at that folder, and
/// the rest is still searched.</summary>
public static class ArticleDiscovery
{
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths, ICollection<Diagnostic> problems, ArticleDefinition? definition = null)
    {
        definition ??= ArticleDefinition.Default;
        var found = new SortedSet<string>(StringComparer.Ordinal);
        var gitIgnored = new GitIgnoredPaths();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                // A folder is searched by its full path, so "." does not give "./a.txt" beside "a.txt" for the same file. A
                // folder named that git ignores, or one inside an ignored folder (a site's _site/ output, a data folder), is searched
                // whole: the user asked for it.
                var folder = Path.GetFullPath(path);
                AddFolder(folder, found, problems, definition, gitIgnored.IsInIgnoredFolder(folder) ? null : gitIgnored);
            }
            else if (!definition.IsExcluded(path)) found.Add(path);
        }
        // A file named again ("a.txt ./a.txt"), or named and inside a folder named too, is one article, checked and
        // reported once, under the first of its names in path order.
        return Distinct(found);
    }

    /// <summary>The first of the paths that name each file (<c>a.txt</c>, <c>./a.txt</c>, <c>/news/a.txt</c>), in order.</summary>
    private static List<string> Distinct(IEnumerable<string> paths)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return paths.Where(path => seen.Add(FullPathOf(path))).ToList();
    }

    /// <summary>The full path of <paramref name="path"/>, or the path as given when it is no valid path (it is then reported
    /// as unreadable under that name).</summary>
    private static string FullPathOf(string path)
    {
        try
        {
            return Path.GetFullPath(path);
        }
        catch (Exception exception) when (exception is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return path;
        }
    }

    /// <summary>The profile files of a check of <paramref name="checkedPaths"/>: those named (<c>--profiles</c>), and each checked
    /// folder's own <c>rules/</c> folder, where the MSBuild task reads a project's profiles too.
    /// A profile reached twice (a folder checked as <c>desk</c> and <c>./desk</c>) is read once: it would clash with itself.</summary>
    public static IReadOnlyList<string> ProfileFiles(IEnumerable<string> namedProfiles, IEnumerable<string> checkedPaths) => Distinct(
        ExpandProfiles(namedProfiles)
            .Concat(ExpandProfiles(checkedPaths.Select(p => Path.Combine(p, ProjectLayout.ProfileFolderName)).Where(Directory.Exists), keepEmptyFolders: false)));

    /// <summary>Expands profile paths: a file is taken as it is, a folder gives its <c>*.yml</c> and <c>*.yaml</c> files (not its
    /// subfolders). A folder named for its profiles that holds none is kept, for <see cref="ArticleReader.ReadProfiles"/> to say so
    /// (a mistyped <c>--profiles</c> folder would otherwise be no profile without a word); a project's own <c>rules/</c> folder
    /// may be empty.</summary>
    public static IReadOnlyList<string> ExpandProfiles(IEnumerable<string> paths, bool keepEmptyFolders = true)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (!Directory.Exists(path))
            {
                files.Add(path);
                continue;
            }
            var profiles = Directory.EnumerateFiles(path).Where(ProjectLayout.IsProfileName).OrderBy(f => f, StringComparer.Ordinal).ToList();
            if (profiles.Count == 0 && keepEmptyFolders) files.Add(path);
            files.AddRange(profiles);
        }
        return Distinct(files);
    }

    private static void AddFolder(string folder, SortedSet<string> files, ICollection<Diagnostic> problems, ArticleDefinition definition,
        GitIgnoredPaths? gitIgnored)
    {
        List<string> children;
        try
        {
            foreach (var file in Directory.EnumerateFiles(folder))
            {
                if (definition.IsArticle(file) && gitIgnored?.IsIgnored(file, isFolder: false) != true) files.Add(file);
            }
            children = Directory.EnumerateDirectories(folder)
                .Where(child => !ProjectLayout.IsSkippedFolder(Path.GetFileName(child)) && gitIgnored?.IsIgnored(child, isFolder: true) != true).ToList();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            problems.Add(ArticleFile.Unreadable(folder, ArticleReader.UnreadableReason(folder, exception)));
            return;
        }
        foreach (var child in children)
        {
            FileAttributes attributes;
            try
            {
                attributes = File.GetAttributes(child);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                // That folder alone: the folders beside it are still searched.
                problems.Add(ArticleFile.Unreadable(child, ArticleReader.UnreadableReason(child, exception)));
                continue;
            }
            // Linked folders are not followed: a link back up the tree would never end.
            if ((attributes & FileAttributes.ReparsePoint) == 0) AddFolder(child, files, problems, definition, gitIgnored);
        }
    }
}
