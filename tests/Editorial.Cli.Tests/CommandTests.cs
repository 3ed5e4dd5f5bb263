namespace Editorial.Cli.Tests;

/// <summary>Usage, exit codes and the listing commands.</summary>
public class CommandTests
{
    [Fact]
    public void Warnings_only_exit_0_an_error_exits_1()
    {
        using var cli = new CliHarness();
        cli.Write("a.txt", "Kiev.\n");
        cli.Run("check", "a.txt").ExitCode.ShouldBe(ExitCodes.Success);
        cli.Write(".editorconfig", "root = true\n[*.txt]\neditorial.EDT001.severity = error\n");
        cli.Run("check", "a.txt").ExitCode.ShouldBe(ExitCodes.Errors);
    }

    [Fact]
    public void Warnings_as_errors_reports_each_warning_as_an_error_and_exits_1()
    {
        using var cli = new CliHarness();
        cli.Write("a.txt", "Kiev.\n");
        var outcome = cli.Run("check", "a.txt", "--warnings-as-errors");
        outcome.Lines.ShouldBe(["a.txt(1,1,1,5): error EDT001: Use 'Kyiv', not 'Kiev'"]);
        outcome.Error.ShouldBe("Checked 1 file: 1 error, 0 warnings, 0 suggestions.\n");
        outcome.ExitCode.ShouldBe(ExitCodes.Errors);
    }

    [Fact]
    public void Warnings_as_errors_leaves_suggestions_and_the_baseline_s_findings_alone()
    {
        using var cli = new CliHarness();
        cli.Write("a.txt", "Kiev.\n");
        cli.Run("check", "a.txt", "--baseline", "b.json", "--update-baseline").ExitCode.ShouldBe(ExitCodes.Success);
        cli.Run("check", "a.txt", "--baseline", "b.json", "--warnings-as-errors").ExitCode.ShouldBe(ExitCodes.Success);
        cli.Write(".editorconfig", "root = true\n[*.txt]\neditorial.EDT001.severity = suggestion\n");
        var outcome = cli.Run("check", "a.txt", "--warnings-as-errors");
        outcome.Lines.ShouldBe(["a.txt(1,1,1,5): suggestion EDT001: Use 'Kyiv', not 'Kiev'"]);
        outcome.ExitCode.ShouldBe(ExitCodes.Success);
    }

    [Theory]
    [InlineData("check")]
    [InlineData("check", "a.txt", "--format", "xml")]
    [InlineData("check", "a.txt", "--colour")]
    [InlineData("lint", "a.txt")]
    [InlineData]
    public void Bad_usage_exits_2_with_a_message(params string[] args)
    {
        using var cli = new CliHarness();
        cli.Write("a.txt", "Kiev.\n");
        var outcome = cli.Run(args);
        outcome.ExitCode.ShouldBe(ExitCodes.UsageOrConfiguration);
        outcome.Error.ShouldStartWith("editorial: ");
        outcome.Output.ShouldBeEmpty();
    }

    [Fact]
    public void A_folder_without_articles_is_a_clean_run()
    {
        using var cli = new CliHarness();
        Directory.CreateDirectory(cli.PathOf("empty"));
        var outcome = cli.Run("check", "empty");
        outcome.ExitCode.ShouldBe(ExitCodes.Success);
        outcome.Error.ShouldBe("Checked 0 files: 0 errors, 0 warnings, 0 suggestions.\n" +
                               "No article was found: folders are searched for .txt, .md, .markdown, .mdx, .qmd, .rmd, .html, .htm files;"
                               + " a project's own documents (README, LICENSE, CHANGELOG and the rest --help names), hidden and build folders,"
                               + " and what .gitignore ignores are skipped.\n");
    }

    [Fact]
    public void A_folder_of_project_documents_only_says_they_are_skipped()
    {
        // A data repository's folders hold a README each: the run names what it skipped, not only what it searched for.
        using var cli = new CliHarness();
        cli.Write("polls/README.md", "The polls of the ferry referendum, by week.\n");
        var outcome = cli.Run("check", "polls");
        outcome.ExitCode.ShouldBe(ExitCodes.Success);
        outcome.Error.ShouldEndWith("hidden and build folders, and what .gitignore ignores are skipped.\n");
    }

    [Fact]
    public void Bin_and_obj_folders_are_not_searched()
    {
        using var cli = new CliHarness();
        cli.Write("news/bin/a.txt", "Kiev.\n");
        cli.Write("news/obj/b.md", "Kiev.\n");
        cli.Write("news/c.markdown", "Kiev.\n");
        cli.Write("news/d.html", "Kiev.\n");
        cli.Write("news/e.json", "Kiev.\n");
        cli.Run("check", "news").Lines.ShouldBe(
        [
            "news/c.markdown(1,1,1,5): warning EDT001: Use 'Kyiv', not 'Kiev'",
            "news/d.html(1,1,1,5): warning EDT001: Use 'Kyiv', not 'Kiev'",
        ]);
    }

    [Fact]
    public void A_folder_link_back_up_the_tree_is_not_followed()
    {
        using var cli = new CliHarness();
        cli.Write("news/a.txt", "Kiev.\n");
        Directory.CreateSymbolicLink(cli.PathOf("news/loop"), cli.PathOf("news"));
        cli.Run("check", "news").Lines.ShouldBe(["news/a.txt(1,1,1,5): warning EDT001: Use 'Kyiv', not 'Kiev'"]);
    }

    [Fact]
    public void Rules_lists_every_rule_with_severity_category_fix_title_and_help_link()
    {
        using var cli = new CliHarness();
        cli.Rules = [new KievRule(), new KievRegionRule()];
        var outcome = cli.Run("rules");
        outcome.ExitCode.ShouldBe(ExitCodes.Success);
        outcome.Lines[0].ShouldBe("ID      Severity    Category       Fix  Title                        Help");
        outcome.Lines[1].ShouldBe("ED9000  warning     Configuration  -    A rule failed                https://github.com/editorial-tools/editorial/blob/main/docs/rules/ED9000.md");
        outcome.Lines.Skip(1).Select(l => l.Split(' ')[0]).ShouldBe(
            ["ED9000", "ED9001", "ED9002", "ED9003", "ED9004", "ED9005", "ED9006", "ED9007", "ED9008", "ED9009", "ED9010", "ED9011", "EDT001", "EDT002"]);
        outcome.Lines[^1].ShouldBe("EDT002  suggestion  Spelling       yes  Test phrase                  https://github.com/editorial-tools/editorial/blob/main/docs/rules/EDT002.md");
    }

    [Fact]
    public void Profiles_lists_outlets_with_their_extends_chain()
    {
        using var cli = new CliHarness();
        cli.Write("p/house.yml", "name: house\ntitle: House style\nlocale: en-GB\n");
        cli.Write("p/weekend.yaml", "name: weekend\ntitle: Weekend edition\nextends: house\n");
        var outcome = cli.Run("profiles", "--profiles", "p");
        outcome.Lines.ShouldBe(ProfileListing.With("house      House style                 en-GB   default", "weekend    Weekend edition             en-GB   house -> default"));
        outcome.ExitCode.ShouldBe(ExitCodes.Success);
    }

    [Fact]
    public void An_output_file_that_cannot_be_written_is_a_usage_error()
    {
        using var cli = new CliHarness();
        cli.Write("a.txt", "Kiev.\n");
        var outcome = cli.Run("check", "a.txt", "--output", "no/such/folder/report.txt");
        outcome.ExitCode.ShouldBe(ExitCodes.UsageOrConfiguration);
        outcome.Error.ShouldStartWith("editorial: ");
    }

    [Fact]
    public void A_report_the_disk_cannot_hold_is_a_usage_error_and_the_previous_report_is_kept_whole()
    {
        if (!OperatingSystem.IsLinux()) return;
        using var cli = new CliHarness();
        // 200 findings, about 16 KB of report, against a limit of 8 KB.
        cli.Write("news/a.txt", "Talks resumed.\n\n" + string.Concat(Enumerable.Repeat("Advertisement\n\nThe talks went on.\n\n", 200)));
        cli.Write("report.log", "Yesterday's report.\n");

        var outcome = cli.RunWithFileSizeLimit(8, "check", "news", "--output", "report.log");

        outcome.Error.ShouldBe($"editorial: cannot write the report to '{cli.PathOf("report.log")}': the file would be larger than the file system allows.\n");
        outcome.ExitCode.ShouldBe(ExitCodes.UsageOrConfiguration);
        File.ReadAllText(cli.PathOf("report.log")).ShouldBe("Yesterday's report.\n");
        Directory.GetFiles(cli.Root).Select(Path.GetFileName).Order().ShouldBe([".editorconfig", "report.log"]);
        cli.RunWithFileSizeLimit(1024, "check", "news", "--output", "report.log").ExitCode.ShouldBe(ExitCodes.Success);
        File.ReadAllLines(cli.PathOf("report.log")).Length.ShouldBe(200);
    }

    [Fact]
    public void A_cache_the_disk_cannot_hold_is_left_unwritten_and_the_check_reports_all_the_same()
    {
        if (!OperatingSystem.IsLinux()) return;
        using var cli = new CliHarness();
        // Twenty articles' summaries, each of a long article, against a limit of 8 KB.
        for (var i = 0; i < 20; i++)
        {
            cli.Write($"news/{i:00}.txt", "Talks resumed in Kyiv .\n\n" + string.Concat(Enumerable.Repeat($"The ferry {i} sailed at noon and docked at dusk.\n\n", 60)));
        }

        var outcome = cli.RunWithFileSizeLimit(8, "check", "news", "--cache", "cache/check.bin");

        outcome.ExitCode.ShouldBe(ExitCodes.Success, outcome.Error);
        outcome.Output.Split('\n').Count(line => line.Contains(": warning ED4003: Space before '.'")).ShouldBe(20);
        // Nothing of the cache it could not finish: no half-written file is left for the next run to read.
        Directory.GetFiles(cli.PathOf("cache")).ShouldBeEmpty();
        cli.RunWithFileSizeLimit(4096, "check", "news", "--cache", "cache/check.bin").ExitCode.ShouldBe(ExitCodes.Success);
        Directory.GetFiles(cli.PathOf("cache")).Select(Path.GetFileName).Order().ShouldBe(["check.bin", "check.bin.summaries"]);
    }

    [Theory]
    [InlineData("news/a.txt")]
    [InlineData("news/../news/a.txt")]
    [InlineData("link.txt")]
    public void An_output_file_that_is_one_of_the_articles_is_a_usage_error_and_the_article_is_kept(string output)
    {
        using var cli = new CliHarness();
        cli.Write("news/a.txt", "Kiev.\n");
        File.CreateSymbolicLink(cli.PathOf("link.txt"), cli.PathOf("news/a.txt"));
        var outcome = cli.Run("check", "news", "--output", output);
        outcome.ExitCode.ShouldBe(ExitCodes.UsageOrConfiguration);
        outcome.Output.ShouldBeEmpty();
        outcome.Error.ShouldBe("editorial: --output names an article being checked (news/a.txt); the report would overwrite it.\n");
        File.ReadAllText(cli.PathOf("news/a.txt")).ShouldBe("Kiev.\n");
    }
}
