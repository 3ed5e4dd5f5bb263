namespace Editorial.Cli;

/// <summary>The file a path names, at the end of its symbolic links.</summary>
internal static class RealPath
{
    /// <summary>The full path of the file <paramref name="path"/> leads to: itself when it is no link or does not exist yet (a
    /// new --output file), and when it is a link that leads to itself, which reading it reports (ED9001).</summary>
    public static string Of(string path)
    {
        var fullPath = Path.GetFullPath(path);
        // ResolveLinkTarget throws for a file that does not exist.
        if (new FileInfo(fullPath).LinkTarget is null) return fullPath;
        try
        {
            return File.ResolveLinkTarget(fullPath, returnFinalTarget: true)!.FullName;
        }
        catch (IOException)
        {
            return fullPath;
        }
    }
}
