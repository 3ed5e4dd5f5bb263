namespace Editorial.Cli.Tests;

/// <summary><c>check --cache FILE</c> keeps each article's own findings between runs: the report is the same as without it,
/// and a cache that cannot be written costs only time.</summary>
public class CacheOptionTests
{
    [Fact]
    public void A_check_with_a_cache_reports_what_a_check_without_one_reports_before_and_after_an_edit()
    {
        using var cli = new CliHarness();
        cli.Write("news/a.txt", "Talks in Kiev.\n");
        cli.Write("news/b.txt", "Talks ended.\n");
        var uncached = cli.Run("check", "news");

        cli.Run("check", "news", "--cache", "obj/editorial.cache").Output.ShouldBe(uncached.Output);
        File.Exists(cli.PathOf("obj/editorial.cache")).ShouldBeTrue();
        var warm = cli.Run("check", "news", "--cache", "obj/editorial.cache");
        warm.Output.ShouldBe(uncached.Output);
        warm.Lines.ShouldBe(["news/a.txt(1,10,1,14): warning EDT001: Use 'Kyiv', not 'Kiev'"]);

        cli.Write("news/b.txt", "Talks ended in kiev.\n");
        cli.Run("check", "news", "--cache", "obj/editorial.cache").Lines.ShouldBe(
        [
            "news/a.txt(1,10,1,14): warning EDT001: Use 'Kyiv', not 'Kiev'",
            "news/b.txt(1,16,1,20): warning EDT001: Use 'Kyiv', not 'kiev'",
        ]);
    }

    [Fact]
    public void A_cache_that_cannot_be_written_leaves_the_report_whole()
    {
        using var cli = new CliHarness();
        cli.Write("news/a.txt", "Talks in Kiev.\n");
        // A cache "inside" a file: its folder cannot be made.
        var outcome = cli.Run("check", "news", "--cache", "news/a.txt/editorial.cache");
        outcome.Lines.ShouldBe(["news/a.txt(1,10,1,14): warning EDT001: Use 'Kyiv', not 'Kiev'"]);
        outcome.ExitCode.ShouldBe(ExitCodes.Success);
    }
}
