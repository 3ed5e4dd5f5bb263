using System.Collections;
using Editorial.Hosting;
using Editorial.Hosting.Reporting;

namespace Editorial.Cli.Tests;

public class TerminalOutputTests
{
    private const string Article = "The talks in Kiev went on.\n";

    private static CliOutcome Check(CliHarness cli, TerminalCapabilities terminal)
    {
        cli.Write("news/one.txt", Article);
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var exitCode = new EditorialCli(output, error, cli.Rules, cli.Root, terminal: terminal).Run(["check", cli.PathOf("news")]);
        return new CliOutcome(exitCode, output.ToString(), error.ToString());
    }

    [Fact]
    public void A_colour_terminal_gets_the_severity_in_colour_the_line_and_carets_under_the_span()
    {
        using var cli = new CliHarness();
        var outcome = Check(cli, new TerminalCapabilities(Colour: true, Progress: false));
        outcome.Output.ShouldBe(
            "news/one.txt(1,14,1,18): \u001b[33mwarning\u001b[0m EDT001: Use 'Kyiv', not 'Kiev'\n" +
            "    The talks in Kiev went on.\n" +
            "                 \u001b[33m^^^^\u001b[0m\n");
        outcome.Error.ShouldBe("Checked 1 file: 0 errors, 1 warning, 0 suggestions.\n");
    }

    [Theory]
    // A combining accent takes no column; CJK characters, full-width forms and emoji take two; a tab stays a tab.
    [InlineData("Cafe\u0301 owners in Kiev.", "               ")]
    [InlineData("\u6F22\u5B57 in Kiev.", "        ")]
    [InlineData("\uFF2E\uFF25\uFF37\uFF33 from Kiev.", "              ")]
    [InlineData("\U0001F4F0\t\U0001F30D Kiev.", "  \t   ")]
    public void Carets_stand_under_the_span_where_characters_are_wide_or_take_no_column(string line, string indent)
    {
        using var cli = new CliHarness();
        cli.Write("news/one.txt", line + "\n");
        var output = new StringWriter { NewLine = "\n" };
        new EditorialCli(output, new StringWriter(), cli.Rules, cli.Root, terminal: new TerminalCapabilities(Colour: true, Progress: false))
            .Run(["check", cli.PathOf("news")]);
        output.ToString().Split('\n')[2].ShouldBe("    " + indent + "\u001b[33m^^^^\u001b[0m");
    }

    [Fact]
    public void No_color_gives_the_plain_line()
    {
        using var cli = new CliHarness();
        var terminal = TerminalCapabilities.Detect(outputRedirected: false, errorRedirected: false, new Hashtable { ["NO_COLOR"] = "1" });
        terminal.Colour.ShouldBeFalse();
        Check(cli, terminal).Output.ShouldBe("news/one.txt(1,14,1,18): warning EDT001: Use 'Kyiv', not 'Kiev'\n");
    }

    [Fact]
    public void Colour_is_for_terminals_only_and_progress_not_in_ci()
    {
        TerminalCapabilities.Detect(outputRedirected: true, errorRedirected: true, new Hashtable()).ShouldBe(TerminalCapabilities.Plain);
        TerminalCapabilities.Detect(outputRedirected: false, errorRedirected: false, new Hashtable { ["NO_COLOR"] = "" }).Colour.ShouldBeTrue();
        TerminalCapabilities.Detect(outputRedirected: false, errorRedirected: false, new Hashtable { ["CI"] = "true" }).Progress.ShouldBeFalse();
    }

    [Fact]
    public void Json_stays_plain_in_a_colour_terminal()
    {
        using var cli = new CliHarness();
        cli.Write("news/one.txt", Article);
        var output = new StringWriter { NewLine = "\n" };
        new EditorialCli(output, new StringWriter(), cli.Rules, cli.Root, terminal: new TerminalCapabilities(true, false))
            .Run(["check", cli.PathOf("news"), "--format", "json"]);
        output.ToString().ShouldNotContain("\u001b");
    }

    [Fact]
    public void Help_names_every_folder_and_document_the_search_skips()
    {
        using var cli = new CliHarness();
        var help = cli.Run("check", "--help").Output;
        foreach (var name in ProjectLayout.SkippedFolderNames.Concat(ProjectLayout.ProjectDocumentNames)) help.ShouldContain(name);
    }

    [Fact]
    public void Progress_waits_a_second_then_rewrites_one_line_and_clears_it()
    {
        var error = new StringWriter();
        var now = TimeSpan.FromSeconds(0.5);
        var progress = new ProgressLine(error, 2000, () => now);
        progress.Report(3);
        error.ToString().ShouldBeEmpty();
        now = TimeSpan.FromSeconds(1.2);
        progress.Report(812);
        now = TimeSpan.FromSeconds(1.25);
        progress.Report(813);
        now = TimeSpan.FromSeconds(2);
        progress.Report(1999);
        progress.Clear();
        error.ToString().ShouldBe("\rChecked 812 of 2,000 files…\rChecked 1,999 of 2,000 files…\r" + new string(' ', 29) + "\r");
    }

    [Fact]
    public void A_redirected_standard_error_gets_no_progress()
    {
        using var cli = new CliHarness();
        Check(cli, TerminalCapabilities.Plain).Error.ShouldBe("Checked 1 file: 0 errors, 1 warning, 0 suggestions.\n");
    }
}
