namespace Editorial.Cli.Tests;

/// <summary><c>editorial check - --stdin-filename PATH</c>: one article from standard input (a CMS hook, an editor buffer), checked
/// with the configuration, the profiles and the format that PATH would have.</summary>
public class StandardInputTests
{
    private const string HouseProfile = "name: house\ntitle: House style\nseverities:\n  EDT001: error\n";

    [Fact]
    public void The_article_gets_the_configuration_of_its_name_and_the_profiles_of_the_current_folder()
    {
        using var cli = new CliHarness();
        cli.Write(".editorconfig", "root = true\n\n[strict/**]\neditorial.outlet = house\n");
        cli.Write("rules/house.yml", HouseProfile);

        var strict = cli.RunWithInput("In Kiev.\n", "check", "-", "--stdin-filename", "strict/story.txt");
        strict.Lines.ShouldBe(["strict/story.txt(1,4,1,8): error EDT001: Use 'Kyiv', not 'Kiev'"]);
        strict.Error.ShouldBe("Checked 1 file: 1 error, 0 warnings, 0 suggestions.\n");
        strict.ExitCode.ShouldBe(ExitCodes.Errors);

        var loose = cli.RunWithInput("In Kiev.\n", "check", "-", "--stdin-filename", "loose/story.txt");
        loose.Lines.ShouldBe(["loose/story.txt(1,4,1,8): warning EDT001: Use 'Kyiv', not 'Kiev'"]);
        loose.ExitCode.ShouldBe(ExitCodes.Success);
    }

    [Fact]
    public void The_name_chooses_the_format_so_front_matter_is_read_from_a_markdown_article()
    {
        using var cli = new CliHarness();
        cli.Write("rules/house.yml", HouseProfile);

        cli.RunWithInput("---\noutlet: house\n---\nIn Kiev.\n", "check", "-", "--stdin-filename", "ap/story.md", "--format", "json").ExitCode
            .ShouldBe(ExitCodes.Errors);
        // As plain text, the same lines are prose: no outlet is named, and the finding stays a warning.
        cli.RunWithInput("---\noutlet: house\n---\nIn Kiev.\n", "check", "-", "--stdin-filename", "ap/story.txt").Lines
            .ShouldBe(["ap/story.txt(4,4,4,8): warning EDT001: Use 'Kyiv', not 'Kiev'"]);
        // An HTML body from a CMS: the page's meta names the outlet, and the tags are no prose.
        cli.RunWithInput("<meta name=\"outlet\" content=\"house\"><p>In <b>Kiev</b>.</p>\n", "check", "-", "--stdin-filename", "cms/story.html").Lines
            .ShouldBe(["cms/story.html(1,46,1,50): error EDT001: Use 'Kyiv', not 'Kiev'"]);
    }

    [Fact]
    public void The_file_named_need_not_exist_and_is_not_read()
    {
        using var cli = new CliHarness();
        cli.Write("desk/story.txt", "Nothing here.\n");
        cli.RunWithInput("Kiev.\n", "check", "-", "--stdin-filename", "desk/story.txt").Lines
            .ShouldBe(["desk/story.txt(1,1,1,5): warning EDT001: Use 'Kyiv', not 'Kiev'"]);
        cli.RunWithInput("Kiev.\n", "check", "-", "--stdin-filename", "new/story.txt").Lines
            .ShouldBe(["new/story.txt(1,1,1,5): warning EDT001: Use 'Kyiv', not 'Kiev'"]);
    }

    [Fact]
    public void Bytes_that_are_not_text_are_the_articles_problem()
    {
        using var cli = new CliHarness();
        var outcome = cli.RunWithInput("a\0b", "check", "-", "--stdin-filename", "story.txt");
        outcome.Lines.ShouldHaveSingleItem().ShouldStartWith("story.txt(1,2,1,2): error ED9002: ");
        outcome.ExitCode.ShouldBe(ExitCodes.Errors);
    }

    [Theory]
    [InlineData(new[] { "check", "-" }, "editorial: '-' (standard input) needs --stdin-filename PATH: the article's configuration and format come from that path.")]
    [InlineData(new[] { "check", "-", "a.txt", "--stdin-filename", "b.txt" }, "editorial: '-' (standard input) is checked alone, without other paths.")]
    [InlineData(new[] { "check", "a.txt", "--stdin-filename", "b.txt" }, "editorial: --stdin-filename names the article read from standard input: give '-' as the path.")]
    public void Standard_input_without_a_name_or_with_other_paths_is_a_usage_error(string[] args, string message)
    {
        using var cli = new CliHarness();
        cli.Write("a.txt", "Kiev.\n");
        var outcome = cli.RunWithInput("Kiev.\n", args);
        outcome.Error.ShouldBe(message + "\nRun 'editorial --help' for usage.\n");
        outcome.Output.ShouldBeEmpty();
        outcome.ExitCode.ShouldBe(ExitCodes.UsageOrConfiguration);
    }
}
