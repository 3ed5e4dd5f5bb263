using System.Text.RegularExpressions;

namespace Editorial.Cli.Tests;

/// <summary>
/// Whether the lines editorial prints are picked up by the problem matcher that <c>actions/setup-dotnet</c> registers.
/// The pattern is copied verbatim from actions/setup-dotnet, <c>.github/csc.json</c> (the same text at commits
/// 353d872a1760a08aa148c5b5eee3cbf1e718b446 and 01c866d3e18463269a5db12c7204017a0a9a0ff5), with its groups: file 1,
/// line 2, severity 3, code 4, message 5, fromPath 6. The Actions runner evaluates problem matchers with .NET regular
/// expressions, as this test does. Two things keep editorial's lines out: the pattern wants the <c>[project]</c> that
/// MSBuild appends (the CLI prints none), and it accepts <c>(line)</c>, <c>(line,col)</c> or <c>(line,col,n)</c> but
/// not the four-number <c>(line,col,endLine,endCol)</c> that both the CLI and MSBuild print for a finding with an end
/// (MSBuild's shape for the task's LogWarning with end line and column: see Consumer.DiagnosticLine in
/// Editorial.Build.Tests). Only the analyzer's compiler lines, <c>path(line,col): ...</c>, match. Hence README points CI
/// users to <c>--format github</c>.
/// </summary>
public class ProblemMatcherTests
{
    private const string SetupDotnetCsc =
        @"^([^\s].*)\((\d+)(?:,\d+|,\d+,\d+)?\):\s+(error|warning)\s+([a-zA-Z]+(?<!MSB)\d+):\s*(.*?)\s+\[(.*?)\]$";

    private static readonly Regex Matcher = new(SetupDotnetCsc);

    private const string Project = "/home/runner/work/news/News.csproj";

    private static string CliLine()
    {
        using var cli = new CliHarness();
        cli.Write("news/one.txt", "The talks in Kiev went on.\n");
        var lines = cli.Run("check", "news").Lines;
        lines.ShouldBe(["news/one.txt(1,14,1,18): warning EDT001: Use 'Kyiv', not 'Kiev'"]);
        return lines[0];
    }

    [Fact]
    public void The_clis_msbuild_lines_do_not_match_setup_dotnets_matcher()
    {
        Matcher.IsMatch(CliLine()).ShouldBeFalse();
    }

    [Fact]
    public void The_build_tasks_lines_do_not_match_either_because_of_the_four_number_location()
    {
        // How MSBuild prints the task's warning (file, line, col, endLine, endCol set), project appended.
        var taskLine = CliLine() + " [" + Project + "]";
        taskLine.ShouldBe($"news/one.txt(1,14,1,18): warning EDT001: Use 'Kyiv', not 'Kiev' [{Project}]");
        Matcher.IsMatch(taskLine).ShouldBeFalse();
        // With the node prefix MSBuild adds in a parallel build, still no match (the pattern allows none).
        Matcher.IsMatch("  1>" + taskLine).ShouldBeFalse();
    }

    [Fact]
    public void A_line_in_msbuilds_line_col_shape_with_the_project_matches_with_every_group()
    {
        // The analyzer's findings, as the compiler reports them through MSBuild: path(line,col), help link, project.
        var line = $"news/one.txt(1,14): warning EDT001: Use 'Kyiv', not 'Kiev' (https://example.org/EDT001.md) [{Project}]";
        var match = Matcher.Match(line);
        match.Success.ShouldBeTrue();
        match.Groups[1].Value.ShouldBe("news/one.txt");
        match.Groups[2].Value.ShouldBe("1");
        match.Groups[3].Value.ShouldBe("warning");
        match.Groups[4].Value.ShouldBe("EDT001");
        match.Groups[5].Value.ShouldBe("Use 'Kyiv', not 'Kiev' (https://example.org/EDT001.md)");
        match.Groups[6].Value.ShouldBe(Project);

        var error = Matcher.Match(line.Replace(": warning EDT001:", ": error ED1004:", StringComparison.Ordinal));
        error.Groups[3].Value.ShouldBe("error");
        error.Groups[4].Value.ShouldBe("ED1004");
    }

    [Fact]
    public void Suggestions_never_match_because_the_matcher_knows_only_error_and_warning()
    {
        Matcher.IsMatch($"news/one.txt(1,14): info EDT002: Use 'Kyiv Oblast', not 'Kiev region' [{Project}]").ShouldBeFalse();
    }
}
