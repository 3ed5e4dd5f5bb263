using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using Editorial.Articles;

namespace Editorial.Hosting;

/// <summary>
/// Which files of a project are articles and profiles, by their names alone: the one definition the CLI's folder search
/// (<see cref="ArticleDiscovery"/>, <see cref="ArticleDefinition"/>) and the analyzer without the package's item metadata
/// use. The build's default items (EditorialArticleInclude, EditorialDefaultArticleExclude and EditorialProfileInclude in
/// Editorial.targets) say the same; tests keep them equal.
/// </summary>
public static class ProjectLayout
{
    /// <summary>A file whose name is one of these before its first dot is a project's document, not an article, whatever its
    /// case or extension ("README.md", "readme.txt", "README.en.md", "OFL.txt", a font's licence). The whole name, not its
    /// start: a newsroom's "security-council-vote.md", "support-for-ukraine.md" and "history-of-the-port.txt" are articles.</summary>
    public static readonly IReadOnlyList<string> ProjectDocumentNames =
    [
        "README", "LICENSE", "LICENCE", "COPYING", "OFL", "CHANGELOG", "CHANGES", "HISTORY", "NOTICE", "THIRD-PARTY-NOTICES",
        "ThirdPartyNotices", "AUTHORS", "CONTRIBUTING", "CODE_OF_CONDUCT", "SECURITY", "SUPPORT", "CODEOWNERS",
    ];

    /// <summary>Folders that hold build output or packages, never articles, at any depth: a .NET project's, npm's, and a Jekyll
    /// site's (its templates in <c>_layouts</c> and <c>_includes</c>, whose HTML is markup and Liquid, and the site it builds in
    /// <c>_site</c>, every article again as HTML). Hidden folders (<c>.git</c>, <c>.github</c>: see <see cref="IsSkippedFolder"/>)
    /// are skipped as well. <c>--help</c> names them from here.</summary>
    public static readonly IReadOnlyList<string> SkippedFolderNames = ["bin", "obj", "node_modules", "_layouts", "_includes", "_site"];

    /// <summary>How two paths of one machine are compared: its file system tells case apart on Linux, and by default not on
    /// Windows or macOS.</summary>
    public static StringComparer PathComparer { get; } =
        RuntimeInformation.IsOSPlatform(OSPlatform.Linux) ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase;

    /// <summary><see cref="PathComparer"/> as a comparison, for a path's prefix.</summary>
    public static StringComparison PathComparison { get; } =
        RuntimeInformation.IsOSPlatform(OSPlatform.Linux) ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;

    /// <summary>The folder of a project's own outlet profiles (<c>rules/*.yml</c>).</summary>
    public const string ProfileFolderName = "rules";

    private static readonly HashSet<string> SkippedFolders = new(SkippedFolderNames, StringComparer.OrdinalIgnoreCase);

    /// <summary>True for a file with an article extension (<see cref="ArticleFormats.FromPath"/>, in any case) that is not a project document.</summary>
    public static bool IsArticleName(string path) => ArticleFormats.FromPath(path) is not null && !IsProjectDocument(path);

    public static bool IsProjectDocument(string path)
    {
        var name = Path.GetFileName(path);
        var firstDot = name.IndexOf('.');
        var stem = firstDot < 0 ? name : name.Substring(0, firstDot);
        return ProjectDocumentNames.Any(document => stem.Equals(document, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>True for a folder a search does not enter: build output, packages, and hidden folders.</summary>
    public static bool IsSkippedFolder(string name) => name.StartsWith(".", StringComparison.Ordinal) || SkippedFolders.Contains(name);

    /// <summary>True for a profile file's name: <c>.yml</c> or <c>.yaml</c>, in any case.</summary>
    public static bool IsProfileName(string path) =>
        path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase);
}
