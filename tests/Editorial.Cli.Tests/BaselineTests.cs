namespace Editorial.Cli.Tests;

/// <summary><c>--baseline FILE</c> leaves out the findings an archive already had; <c>--update-baseline</c> writes them. Entries
/// match by rule, file and text, so edits elsewhere in a file leave them matched.</summary>
public class BaselineTests
{
    [Fact]
    public void Update_writes_every_finding_sorted_by_file_and_then_none_is_reported()
    {
        using var cli = new CliHarness();
        cli.Write("news/b.txt", "Kiev.\n");
        cli.Write("news/a.txt", "From Kiev, the KIEV line.\n");

        var outcome = cli.Run("check", "news", "--baseline", "editorial-baseline.json", "--update-baseline");

        outcome.Output.ShouldBeEmpty();
        outcome.Error.ShouldBe("Wrote 3 findings to the baseline editorial-baseline.json.\nChecked 2 files: 0 errors, 0 warnings, 0 suggestions (3 more in the baseline).\n");
        outcome.ExitCode.ShouldBe(ExitCodes.Success);
        // The file as written, byte for byte: BaselineTests.Update_writes_every_finding_sorted_by_file_and_then_none_is_reported.approved.json.
        File.ReadAllText(cli.PathOf("editorial-baseline.json")).ShouldMatchApproved(c => c.WithFileExtension("json"));
    }

    [Fact]
    public void The_baseline_is_written_and_read_without_reflection_as_the_native_executable_runs()
    {
        using var cli = new CliHarness();
        cli.Write("a.txt", "Talks in Kiev.\n");
        var written = cli.RunWithoutJsonReflection("check", "a.txt", "--outlet", "ap", "--baseline", "baseline.json", "--update-baseline");
        written.Error.ShouldBe("Wrote 1 finding to the baseline baseline.json.\nChecked 1 file: 0 errors, 0 warnings, 0 suggestions (1 more in the baseline).\n");
        written.ExitCode.ShouldBe(ExitCodes.Success);

        cli.Write("a.txt", "Talks in Kiev.\nKiev again.\n");
        var read = cli.RunWithoutJsonReflection("check", "a.txt", "--outlet", "ap", "--baseline", "baseline.json");
        read.Output.ShouldBe("a.txt(2,1,2,5): warning ED1002: 'Kiev' is spelled 'Kyiv' in Associated Press style\n");
        read.ExitCode.ShouldBe(ExitCodes.Success);
    }

    [Fact]
    public void Only_findings_not_in_the_baseline_are_reported_after_edits_elsewhere_in_the_file()
    {
        using var cli = new CliHarness();
        cli.Write(".editorconfig", "root = true\n[*.txt]\neditorial.EDT001.severity = error\n");
        cli.Write("a.txt", "Talks in Kiev.\n");
        cli.Run("check", "a.txt", "--baseline", "baseline.json", "--update-baseline").ExitCode.ShouldBe(ExitCodes.Success);

        cli.Write("a.txt", "A new first line.\n\nTalks in Kiev.\nThen kiev again.\n");
        var outcome = cli.Run("check", "a.txt", "--baseline", "baseline.json");

        outcome.Lines.ShouldBe(["a.txt(4,6,4,10): error EDT001: Use 'Kyiv', not 'kiev'"]);
        outcome.Error.ShouldBe("Checked 1 file: 1 error, 0 warnings, 0 suggestions (1 more in the baseline).\n");
        outcome.ExitCode.ShouldBe(ExitCodes.Errors);
    }

    [Fact]
    public void The_same_text_once_more_in_a_file_is_a_new_finding()
    {
        using var cli = new CliHarness();
        cli.Write("a.txt", "Kiev.\n");
        cli.Run("check", "a.txt", "--baseline", "baseline.json", "--update-baseline");

        cli.Write("a.txt", "Kiev.\nKiev.\n");
        cli.Run("check", "a.txt", "--baseline", "baseline.json").Lines.ShouldBe(["a.txt(2,1,2,5): warning EDT001: Use 'Kyiv', not 'Kiev'"]);
    }

    [Fact]
    public void Configuration_problems_are_never_in_the_baseline()
    {
        using var cli = new CliHarness();
        cli.Write(".editorconfig", "root = true\n[*.txt]\neditorial.EDT001.severity = loud\n");
        cli.Write("a.txt", "Kiev.\n");
        var outcome = cli.Run("check", "a.txt", "--baseline", "baseline.json", "--update-baseline");
        outcome.Error.ShouldStartWith("Wrote 1 finding to the baseline baseline.json.\n");
        outcome.Lines.ShouldHaveSingleItem().ShouldContain("error ED9006: Invalid value 'loud'");
        outcome.ExitCode.ShouldBe(ExitCodes.UsageOrConfiguration);
    }

    [Fact]
    public void A_missing_baseline_or_an_update_without_a_file_is_a_usage_error()
    {
        using var cli = new CliHarness();
        cli.Write("a.txt", "Kiev.\n");
        var missing = cli.Run("check", "a.txt", "--baseline", "none.json");
        missing.Error.ShouldBe($"editorial: the baseline '{cli.PathOf("none.json")}' does not exist; write it with --update-baseline.\n");
        missing.Output.ShouldBeEmpty();
        missing.ExitCode.ShouldBe(ExitCodes.UsageOrConfiguration);

        var noFile = cli.Run("check", "a.txt", "--update-baseline");
        noFile.Error.ShouldStartWith("editorial: --update-baseline needs --baseline FILE: the file to write.\n");
        noFile.ExitCode.ShouldBe(ExitCodes.UsageOrConfiguration);

        cli.Write("bad.json", "[1, 2]");
        var bad = cli.Run("check", "a.txt", "--baseline", "bad.json");
        bad.Error.ShouldStartWith($"editorial: '{cli.PathOf("bad.json")}' is not an Editorial baseline");
        bad.ExitCode.ShouldBe(ExitCodes.UsageOrConfiguration);
    }

    [Fact]
    public void A_baseline_the_disk_cannot_hold_is_a_usage_error_and_the_previous_baseline_is_kept_whole()
    {
        if (!OperatingSystem.IsLinux()) return;
        using var cli = new CliHarness();
        // 200 findings, about 20 KB of baseline, against a limit of 8 KB.
        cli.Write("news/a.txt", "Talks resumed.\n\n" + string.Concat(Enumerable.Repeat("Advertisement\n\nThe talks went on.\n\n", 200)));
        cli.Write("baseline.json", "{ \"version\": 1, \"findings\": [] }\n");

        var outcome = cli.RunWithFileSizeLimit(8, "check", "news", "--baseline", "baseline.json", "--update-baseline");

        outcome.Error.ShouldBe($"editorial: cannot write the baseline to '{cli.PathOf("baseline.json")}': the file would be larger than the file system allows.\n");
        outcome.ExitCode.ShouldBe(ExitCodes.UsageOrConfiguration);
        File.ReadAllText(cli.PathOf("baseline.json")).ShouldBe("{ \"version\": 1, \"findings\": [] }\n");
        Directory.GetFiles(cli.Root).Select(Path.GetFileName).Order().ShouldBe([".editorconfig", "baseline.json"]);
    }
}
