using Editorial.Hosting.Reporting;
using Editorial.Testing;

namespace Editorial.Cli.Tests;

/// <summary>
/// Whether the lines editorial prints become annotations through the problem matcher that <c>actions/setup-dotnet</c>
/// registers (<see cref="SetupDotnetProblemMatcher"/>). The matcher wants MSBuild's <c>file(line,col)</c> with the
/// <c>[project]</c> MSBuild appends, and takes no four-number location. In a GitHub Actions step the CLI prints that
/// shape; elsewhere it keeps the whole span. The build's own lines are checked in Editorial.Build.Tests.
/// </summary>
public class ProblemMatcherTests
{
    private static string[] CheckLines(CliHarness cli, TerminalCapabilities terminal)
    {
        cli.Write("news/one.txt", "The talks in Kiev went on.\nA quiet line.\nThen Kiev again.\n");
        var output = new StringWriter { NewLine = "\n" };
        new EditorialCli(output, new StringWriter(), cli.Rules, cli.Root, terminal: terminal).Run(["check", cli.PathOf("news")]);
        return output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    [Fact]
    public void In_github_actions_the_clis_lines_match_with_every_group_and_root_the_file_in_the_checked_folder()
    {
        using var cli = new CliHarness();
        var lines = CheckLines(cli, TerminalCapabilities.Detect(true, true, new System.Collections.Hashtable { ["GITHUB_ACTIONS"] = "true" }));
        var root = cli.Root + Path.DirectorySeparatorChar;
        lines.ShouldBe([
            $"news/one.txt(1,14): warning EDT001: Use 'Kyiv', not 'Kiev' [{root}]",
            $"news/one.txt(3,6): warning EDT001: Use 'Kyiv', not 'Kiev' [{root}]",
        ]);

        var match = SetupDotnetProblemMatcher.Regex.Match(lines[0]);
        match.Success.ShouldBeTrue();
        match.Groups[1].Value.ShouldBe("news/one.txt");
        match.Groups[2].Value.ShouldBe("1");
        match.Groups[3].Value.ShouldBe("warning");
        match.Groups[4].Value.ShouldBe("EDT001");
        match.Groups[5].Value.ShouldBe("Use 'Kyiv', not 'Kiev'");
        // The runner joins the folder of fromPath and the file: the article itself.
        File.Exists(Path.Combine(Path.GetDirectoryName(match.Groups[6].Value)!, match.Groups[1].Value)).ShouldBeTrue();
    }

    [Fact]
    public void Outside_github_actions_the_lines_keep_the_whole_span_which_the_matcher_does_not_take()
    {
        using var cli = new CliHarness();
        var lines = CheckLines(cli, TerminalCapabilities.Plain);
        lines[0].ShouldBe("news/one.txt(1,14,1,18): warning EDT001: Use 'Kyiv', not 'Kiev'");
        SetupDotnetProblemMatcher.Regex.IsMatch(lines[0]).ShouldBeFalse();
    }

    [Fact]
    public void Only_github_actions_true_turns_the_shape_on()
    {
        TerminalCapabilities.Detect(true, true, new System.Collections.Hashtable { ["GITHUB_ACTIONS"] = "true" }).GitHubActions.ShouldBeTrue();
        TerminalCapabilities.Detect(true, true, new System.Collections.Hashtable { ["GITHUB_ACTIONS"] = "false" }).GitHubActions.ShouldBeFalse();
        TerminalCapabilities.Detect(true, true, new System.Collections.Hashtable { ["CI"] = "true" }).GitHubActions.ShouldBeFalse();
    }

    [Fact]
    public void Suggestions_never_match_because_the_matcher_knows_only_error_and_warning()
    {
        SetupDotnetProblemMatcher.Regex.IsMatch("news/one.txt(1,14): suggestion EDT002: Use 'Kyiv Oblast', not 'Kiev region' [/w/]").ShouldBeFalse();
    }
}
