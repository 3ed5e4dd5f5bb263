namespace Editorial.Profiles;

/// <summary>The text of a profile file and where it came from (a path on disk, or the built-in resource name).</summary>
public sealed record ProfileSource(string Path, string Text, bool IsBuiltIn = false)
{
    /// <summary>The profile's name when it does not state one: its file name without extension.</summary>
    public string DefaultName => System.IO.Path.GetFileNameWithoutExtension(Path).ToLowerInvariant();
}
