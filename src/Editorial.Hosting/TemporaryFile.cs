using System;
using System.IO;

namespace Editorial.Hosting;

/// <summary>Where a file's new contents are written before one rename puts them in its place (a fix, a report, a baseline): in the
/// same folder, so the rename does not cross file systems; hidden, named after the file, and unique.</summary>
public static class TemporaryFile
{
    public static string Beside(string path)
    {
        var fullPath = Path.GetFullPath(path);
        return Path.Combine(Path.GetDirectoryName(fullPath)!, $".{Path.GetFileName(fullPath)}.{Guid.NewGuid():N}.tmp");
    }
}
