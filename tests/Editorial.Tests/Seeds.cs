using Editorial.Articles;

namespace Editorial.Tests;

/// <summary>The five seed articles shipped in samples/Newsroom, one story (14 March 2022) from several outlets.</summary>
public static class Seeds
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string Path(string relative) => System.IO.Path.Combine(RepositoryRoot, "samples", "Newsroom", relative);

    public static string Text(string relative) => File.ReadAllText(Path(relative));

    public static Article Parse(string relative) => Article.Parse("samples/Newsroom/" + relative, Text(relative));

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "Editorial.sln"))) return directory.FullName;
        }
        throw new InvalidOperationException("Editorial.sln not found above " + AppContext.BaseDirectory);
    }
}
