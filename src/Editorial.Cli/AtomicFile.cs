namespace Editorial.Cli;

/// <summary>Rewrites a file so that a crash or a full disk leaves either the old file or the new one, never half of each.</summary>
public static class AtomicFile
{
    public static void Replace(string path, byte[] contents)
    {
        var fullPath = Path.GetFullPath(path);
        var temporary = Path.Combine(Path.GetDirectoryName(fullPath)!, $".{Path.GetFileName(fullPath)}.{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllBytes(temporary, contents);
            // The new file takes the old one's place, and its permissions: an article only its owner may read stays so.
            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(temporary, File.GetUnixFileMode(fullPath));
            File.Replace(temporary, fullPath, destinationBackupFileName: null);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }
}
