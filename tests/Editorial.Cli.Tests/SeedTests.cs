namespace Editorial.Cli.Tests;

/// <summary>The CLI over a copy of the seed articles in samples/Newsroom: real text, curly quotes, long lines.</summary>
public class SeedTests
{
    private static string SamplesFolder() => Path.Combine(Repository.Root, "samples", "Newsroom");

    private static CliHarness CopyOfSeeds()
    {
        var cli = new CliHarness { Rules = [new LowercaseKyivRule()] };
        foreach (var file in Directory.EnumerateFiles(SamplesFolder(), "*.txt", SearchOption.AllDirectories))
        {
            cli.WriteBytes("Newsroom/" + Path.GetRelativePath(SamplesFolder(), file).Replace('\\', '/'), File.ReadAllBytes(file));
        }
        return cli;
    }

    [Fact]
    public void Check_reports_the_six_lowercase_kyivs_of_the_ap_seed_at_their_columns()
    {
        using var cli = CopyOfSeeds();
        var outcome = cli.Run("check", "Newsroom");
        outcome.Lines.Length.ShouldBe(6);
        outcome.Lines[0].ShouldBe("Newsroom/ap/003.txt(5,142,5,146): warning EDT003: Capitalise 'kyiv'");
        outcome.Lines.ShouldAllBe(line => line.StartsWith("Newsroom/ap/003.txt("));
        outcome.Error.ShouldBe("Checked 5 files: 0 errors, 6 warnings, 0 suggestions.\n");
    }

    [Fact]
    public void Fix_changes_only_the_six_words_and_leaves_the_other_seeds_byte_for_byte()
    {
        using var cli = CopyOfSeeds();
        var before = Directory.EnumerateFiles(cli.PathOf("Newsroom"), "*.txt", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllBytes);
        cli.Run("fix", "Newsroom").Error.ShouldBe("Fixed 6 issues in 1 file.\n");
        foreach (var (path, bytes) in before)
        {
            var expected = path.EndsWith("003.txt") ? System.Text.Encoding.UTF8.GetBytes(System.Text.Encoding.UTF8.GetString(bytes).Replace("kyiv", "Kyiv")) : bytes;
            File.ReadAllBytes(path).ShouldBe(expected, path);
        }
        cli.Run("check", "Newsroom").Lines.ShouldBeEmpty();
        cli.Run("fix", "Newsroom").Error.ShouldBe("Fixed 0 issues in 0 files.\n");
    }
}
