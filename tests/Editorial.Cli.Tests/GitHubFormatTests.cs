using Editorial.Diagnostics;
using Editorial.Hosting.Reporting;

namespace Editorial.Cli.Tests;

public class GitHubFormatTests
{
    private const string Article = "The talks in Kiev went on.\nKiev said no.\n";

    [Fact]
    public void Github_writes_one_workflow_command_per_finding_with_the_path_relative_to_the_current_directory()
    {
        using var cli = new CliHarness();
        cli.Write("news/one.txt", Article);
        var outcome = cli.Run("check", "news", "--format", "github");
        outcome.Lines.ShouldBe(
        [
            "::warning file=news/one.txt,line=1,col=14,endLine=1,endColumn=18,title=EDT001::Use 'Kyiv', not 'Kiev'",
            "::warning file=news/one.txt,line=2,col=1,endLine=2,endColumn=5,title=EDT001::Use 'Kyiv', not 'Kiev'",
        ]);
        outcome.Error.ShouldBe("Checked 1 file: 0 errors, 2 warnings, 0 suggestions.\n");
        outcome.ExitCode.ShouldBe(0);
    }

    [Fact]
    public void Github_names_errors_error_and_suggestions_notice_and_escapes_a_comma_in_the_path()
    {
        using var cli = new CliHarness { Rules = [new KievRule(), new KievRegionRule()] };
        cli.Write(".editorconfig", "root = true\n\n[loud/**]\neditorial.EDT001.severity = error\n");
        cli.Write("loud/a,b.txt", "In the Kiev region.\n");
        var outcome = cli.Run("check", "loud", "--format", "github");
        outcome.Lines.ShouldBe(
        [
            "::error file=loud/a%2Cb.txt,line=1,col=8,endLine=1,endColumn=12,title=EDT001::Use 'Kyiv', not 'Kiev'",
            "::notice file=loud/a%2Cb.txt,line=1,col=8,endLine=1,endColumn=19,title=EDT002::Use 'Kyiv Oblast', not 'Kiev region'",
        ]);
        outcome.ExitCode.ShouldBe(1);
    }

    [Fact]
    public void Github_keeps_the_full_path_of_a_file_outside_the_current_directory()
    {
        using var cli = new CliHarness();
        using var other = new CliHarness();
        var path = other.Write("far.txt", Article);
        var outcome = cli.Run("check", path, "--format", "github");
        outcome.Lines[0].ShouldBe($"::warning file={GitHubWriter.EscapeProperty(path)},line=1,col=14,endLine=1,endColumn=18,title=EDT001::Use 'Kyiv', not 'Kiev'");
    }

    [Fact]
    public void Github_escapes_percent_and_line_breaks_in_the_message_and_also_colons_and_commas_in_properties()
    {
        var descriptor = new DiagnosticDescriptor("EDT009", "Test message", "Note: {0}", "Test", Severity.Warning, "Escaping test.");
        var article = Editorial.Articles.Article.Parse("/tmp/base/dir:x/a,b%.txt", "Kiev, 50%.\r\nMore.\n");
        var location = article.GetLocation(new Editorial.Text.TextSpan(6, 3));
        var diagnostic = new Diagnostic(descriptor, location, Severity.Suggestion, ["50% of\r\nthe vote, said: no"]);

        // A finding's message reads its quoted text's line break as a space; the command's data escapes one all the same.
        GitHubWriter.Format(diagnostic, "/tmp/base").ShouldBe(
            "::notice file=dir%3Ax/a%2Cb%25.txt,line=1,col=7,endLine=1,endColumn=10,title=EDT009::Note: 50%25 of the vote, said: no");
        GitHubWriter.EscapeData("of\r\nthe").ShouldBe("of%0D%0Athe");
        GitHubWriter.Format(diagnostic.WithSeverity(Severity.Error), "/tmp/base").ShouldStartWith("::error file=dir%3Ax/a%2Cb%25.txt,");
        GitHubWriter.Format(diagnostic.WithSeverity(Severity.Warning), "/tmp/base").ShouldStartWith("::warning file=");
    }

    [Fact]
    public void Escaping_replaces_percent_first_so_an_escape_is_not_escaped_twice()
    {
        GitHubWriter.EscapeData("100%\n").ShouldBe("100%25%0A");
        GitHubWriter.EscapeData("%0A").ShouldBe("%250A");
        GitHubWriter.EscapeProperty("C:\\a,b\r").ShouldBe("C%3A\\a%2Cb%0D");
    }

    [Fact]
    public void An_unknown_format_is_a_usage_error_that_names_github_among_the_choices()
    {
        using var cli = new CliHarness();
        cli.Write("a.txt", Article);
        var outcome = cli.Run("check", "a.txt", "--format", "gitlab");
        outcome.ExitCode.ShouldBe(2);
        outcome.Error.ShouldContain("github");
    }
}
