namespace Editorial.Benchmarks.Shared;

/// <summary>The repository's sample newsroom, whose articles the benchmarks replicate: found above the benchmark's build output.</summary>
internal static class SampleNewsroom
{
    public static string Folder()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var samples = Path.Combine(directory.FullName, "samples", "Newsroom");
            if (Directory.Exists(samples) && File.Exists(Path.Combine(directory.FullName, "Editorial.sln"))) return samples;
        }
        throw new InvalidOperationException("samples/Newsroom not found above " + AppContext.BaseDirectory);
    }
}
