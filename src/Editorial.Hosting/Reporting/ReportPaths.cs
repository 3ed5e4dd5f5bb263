using System;
using System.IO;

namespace Editorial.Hosting.Reporting;

/// <summary>How the writers name a file: relative to a base directory (the current one, for the CLI) when it lies under it.</summary>
public static class ReportPaths
{
    private static readonly StringComparison PathComparison =
        Path.DirectorySeparatorChar == '\\' ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    /// <summary>The path relative to <paramref name="baseDirectory"/> when the file is under it, else the full path.
    /// Separators are the platform's, as MSBuild prints them.</summary>
    public static string Display(string path, string? baseDirectory)
    {
        var full = SafeFullPath(path);
        if (full is null || baseDirectory is null) return path;
        var root = WithTrailingSeparator(Path.GetFullPath(baseDirectory));
        return full.StartsWith(root, PathComparison) ? full.Substring(root.Length) : full;
    }

    /// <summary>The path relative to <paramref name="baseDirectory"/> with '/' separators, or null when the file is not under it.</summary>
    public static string? RelativeUnder(string path, string? baseDirectory)
    {
        var full = SafeFullPath(path);
        if (full is null || baseDirectory is null) return null;
        var root = WithTrailingSeparator(Path.GetFullPath(baseDirectory));
        return full.StartsWith(root, PathComparison) ? full.Substring(root.Length).Replace('\\', '/') : null;
    }

    public static string WithTrailingSeparator(string directory) =>
        directory.EndsWith(Path.DirectorySeparatorChar.ToString(), StringComparison.Ordinal) || directory.EndsWith(Path.AltDirectorySeparatorChar.ToString(), StringComparison.Ordinal)
            ? directory
            : directory + Path.DirectorySeparatorChar;

    // A path that names no real file (a built-in profile's "rules/default.yml") is still shown as it was given.
    private static string? SafeFullPath(string path)
    {
        try
        {
            return Path.GetFullPath(path);
        }
        catch (Exception exception) when (exception is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return null;
        }
    }
}
