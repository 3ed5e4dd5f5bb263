using System.Text;

namespace Editorial.Cli.Tests;

/// <summary><c>editorial fix</c>: edits only the reported spans, keeps every byte around them, never half-writes a file.</summary>
public class FixTests
{
    private static readonly UTF8Encoding Utf8 = new(false);

    [Fact]
    public void Fix_rewrites_in_place_and_a_second_run_changes_nothing()
    {
        using var cli = new CliHarness();
        cli.Write("news/a.txt", "The Kiev talks.\nKiev said no.\n");
        cli.Write("news/b.txt", "Nothing here.\n");
        var outcome = cli.Run("fix", "news");
        outcome.ExitCode.ShouldBe(ExitCodes.Success);
        outcome.Output.ShouldBeEmpty();
        outcome.Error.ShouldBe("Fixed 2 issues in 1 file.\n");
        Utf8.GetString(cli.ReadBytes("news/a.txt")).ShouldBe("The Kyiv talks.\nKyiv said no.\n");
        Utf8.GetString(cli.ReadBytes("news/b.txt")).ShouldBe("Nothing here.\n");

        var again = cli.Run("fix", "news");
        again.Error.ShouldBe("Fixed 0 issues in 0 files.\n");
        cli.Run("check", "news").Lines.ShouldBeEmpty();
        Directory.GetFiles(cli.PathOf("news")).Select(Path.GetFileName).Order().ShouldBe(["a.txt", "b.txt"]);
    }

    [Fact]
    public void An_html_article_is_found_in_a_folder_checked_at_its_source_positions_and_fixed_in_its_markup()
    {
        using var cli = new CliHarness();
        cli.Write("news/a.html", "<html><head><title>Kiev</title></head><body>\n<h1>Talks in Kiev</h1>\n"
            + "<p>Envoys met in <a href=\"/kiev\">Kiev</a> and in K<em>iev</em>.</p>\n<pre>Kiev</pre>\n</body></html>\n");
        cli.Run("check", "news").Lines.ShouldBe(
        [
            "news/a.html(2,14,2,18): warning EDT001: Use 'Kyiv', not 'Kiev'",
            "news/a.html(3,34,3,38): warning EDT001: Use 'Kyiv', not 'Kiev'",
            "news/a.html(3,50,3,58): warning EDT001: Use 'Kyiv', not 'Kiev'",
        ]);
        // The word cut by <em> keeps its finding but has no fix: the edit would take the tag away.
        cli.Run("fix", "news").Error.ShouldBe("Fixed 2 issues in 1 file.\n");
        Utf8.GetString(cli.ReadBytes("news/a.html")).ShouldBe("<html><head><title>Kiev</title></head><body>\n<h1>Talks in Kyiv</h1>\n"
            + "<p>Envoys met in <a href=\"/kiev\">Kyiv</a> and in K<em>iev</em>.</p>\n<pre>Kiev</pre>\n</body></html>\n");
    }

    [Fact]
    public void Fix_keeps_the_file_permissions()
    {
        if (OperatingSystem.IsWindows()) return;
        using var cli = new CliHarness();
        var path = cli.Write("a.txt", "Kiev.\n");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        cli.Run("fix", "a.txt");
        Utf8.GetString(cli.ReadBytes("a.txt")).ShouldBe("Kyiv.\n");
        File.GetUnixFileMode(path).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite);
    }

    public static TheoryData<string, Encoding, bool, string> Files => new()
    {
        { "utf-8, LF", new UTF8Encoding(false), false, "Kiev.\nThe “Kiev” talks.\n" },
        { "utf-8 BOM, CRLF", new UTF8Encoding(true), true, "Kiev.\r\nThe “Kiev” talks.\r\n" },
        { "utf-16 LE BOM, CR", new UnicodeEncoding(false, true), true, "Kiev.\rThe “Kiev” talks.\r" },
        { "utf-16 BE BOM, mixed", new UnicodeEncoding(true, true), true, "Kiev.\r\nThe “Kiev” talks.\nEnd" },
        { "utf-32 LE BOM, LF", new UTF32Encoding(false, true), true, "Kiev.\nThe “Kiev” talks \U0001F600.\n" },
        { "utf-32 BE BOM, CRLF", new UTF32Encoding(true, true), true, "Kiev.\r\nThe “Kiev” talks.\r\n" },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void Fix_keeps_the_encoding_the_byte_order_mark_and_the_line_endings(string name, Encoding encoding, bool bom, string text)
    {
        using var cli = new CliHarness();
        byte[] Bytes(string t) => [.. bom ? encoding.GetPreamble() : [], .. encoding.GetBytes(t)];
        cli.WriteBytes("a.txt", Bytes(text));
        cli.Run("fix", "a.txt").ExitCode.ShouldBe(ExitCodes.Success);
        cli.ReadBytes("a.txt").ShouldBe(Bytes(text.Replace("Kiev", "Kyiv")), name);
    }

    [Fact]
    public void Dry_run_prints_a_unified_diff_and_changes_no_file()
    {
        using var cli = new CliHarness();
        var original = "Line one.\nLine two.\nLine three.\nLine four.\nThe Kiev talks.\nLine six.\n";
        cli.Write("news/a.txt", original);
        var outcome = cli.Run("fix", "news", "--dry-run");
        outcome.Output.ShouldBe(
            "--- a/news/a.txt\n" +
            "+++ b/news/a.txt\n" +
            "@@ -2,5 +2,5 @@\n" +
            " Line two.\n" +
            " Line three.\n" +
            " Line four.\n" +
            "-The Kiev talks.\n" +
            "+The Kyiv talks.\n" +
            " Line six.\n");
        outcome.Error.ShouldBe("Would fix 1 issue in 1 file.\n");
        Utf8.GetString(cli.ReadBytes("news/a.txt")).ShouldBe(original);
    }

    [Theory]
    [InlineData("git", new[] { "apply", "--check", "fix.diff" })]
    [InlineData("patch", new[] { "-p1", "--dry-run", "-i", "fix.diff" })]
    public void A_dry_run_diff_of_a_file_with_a_utf8_byte_order_mark_applies(string tool, string[] arguments)
    {
        using var cli = new CliHarness();
        cli.WriteBytes("news/a.txt", [.. Encoding.UTF8.GetPreamble(), .. Utf8.GetBytes("The Kiev talks.\nMore.\n")]);
        File.WriteAllText(cli.PathOf("fix.diff"), cli.Run("fix", "news", "--dry-run").Output, Utf8);
        var (exitCode, error) = Run(cli.Root, tool, arguments);
        exitCode.ShouldBe(0, error);
    }

    [Fact]
    public void A_dry_run_of_a_utf16_file_prints_no_diff_and_says_why()
    {
        using var cli = new CliHarness();
        cli.WriteBytes("news/a.txt", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("The Kiev talks.\n")]);
        cli.WriteBytes("news/b.txt", Utf8.GetBytes("The Kiev talks.\n"));
        var outcome = cli.Run("fix", "news", "--dry-run");
        outcome.Output.ShouldBe("--- a/news/b.txt\n+++ b/news/b.txt\n@@ -1 +1 @@\n-The Kiev talks.\n+The Kyiv talks.\n");
        outcome.Error.ShouldBe(
            "editorial: no diff for 'news/a.txt': it is stored as utf-16, and git apply and patch apply diffs to UTF-8 files only; " +
            "'editorial fix' rewrites it in its own encoding.\n" +
            "Would fix 2 issues in 2 files.\n");
    }

    private static (int ExitCode, string Error) Run(string directory, string tool, string[] arguments)
    {
        var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo(tool, arguments)
        {
            WorkingDirectory = directory,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        })!;
        var error = process.StandardError.ReadToEnd() + process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, error);
    }

    [Fact]
    public void The_dry_run_diff_applied_with_git_gives_what_fix_writes()
    {
        using var cli = new CliHarness();
        var text = "Kiev.\r\nOne.\r\nTwo.\r\nThree.\r\nFour.\r\nFive.\r\nSix.\r\nSeven.\r\nThe Kiev talks.\r\nEnd, no newline: Kiev";
        cli.Write("news/a.txt", text);
        File.WriteAllText(cli.PathOf("fix.diff"), cli.Run("fix", "news", "--dry-run").Output);

        var git = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("git", ["apply", "--whitespace=nowarn", "fix.diff"])
        {
            WorkingDirectory = cli.Root,
            RedirectStandardError = true,
        })!;
        var gitError = git.StandardError.ReadToEnd();
        git.WaitForExit();
        git.ExitCode.ShouldBe(0, gitError);
        var patched = cli.ReadBytes("news/a.txt");

        cli.Write("news/a.txt", text);
        cli.Run("fix", "news");
        patched.ShouldBe(cli.ReadBytes("news/a.txt"));
        Utf8.GetString(patched).ShouldBe(text.Replace("Kiev", "Kyiv"));
    }

    [Fact]
    public void Overlapping_fixes_apply_the_first_and_report_the_rest()
    {
        using var cli = new CliHarness();
        cli.Rules = [new KievRule(), new KievRegionRule()];
        cli.Write("a.txt", "The Kiev region is calm.\n");
        var outcome = cli.Run("fix", "a.txt");
        outcome.Error.ShouldBe(
            "a.txt(1,5,1,16): suggestion EDT002: Use 'Kyiv Oblast', not 'Kiev region' [fix skipped: it overlaps another fix; run 'editorial fix' again]\n" +
            "Fixed 1 issue in 1 file.\n");
        Utf8.GetString(cli.ReadBytes("a.txt")).ShouldBe("The Kyiv region is calm.\n");
    }

    [Fact]
    public void An_html_page_that_declares_windows_1252_is_read_in_it_and_fixed_in_it()
    {
        // A CMS export: curly quotation marks and an accented letter as Windows-1252 writes them, which is not UTF-8.
        using var cli = new CliHarness();
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var windows1252 = Encoding.GetEncoding(1252);
        cli.WriteBytes("news/a.html", windows1252.GetBytes("<html><head><meta charset=\"windows-1252\"></head><body>\n<p>The café said \u201cthe talks in Kiev\u201d went on.</p>\n</body></html>\n"));
        cli.WriteBytes("news/b.html", windows1252.GetBytes("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"></head><body>\n<p>Caf\u00e9 owners met in Kiev.</p>\n</body></html>\n"));
        cli.Run("check", "news").Lines.ShouldBe([
            "news/a.html(2,32,2,36): warning EDT001: Use 'Kyiv', not 'Kiev'",
            "news/b.html(2,23,2,27): warning EDT001: Use 'Kyiv', not 'Kiev'",
        ]);

        cli.Run("fix", "news/a.html").ExitCode.ShouldBe(ExitCodes.Success);
        windows1252.GetString(cli.ReadBytes("news/a.html")).ShouldBe(
            "<html><head><meta charset=\"windows-1252\"></head><body>\n<p>The café said \u201cthe talks in Kyiv\u201d went on.</p>\n</body></html>\n");
    }

    [Fact]
    public void An_html_page_that_is_not_utf_8_and_declares_nothing_is_ed9002_that_says_where_to_declare_it()
    {
        using var cli = new CliHarness();
        cli.WriteBytes("a.html", [.. Encoding.ASCII.GetBytes("<p>The caf"), 0xE9, .. Encoding.ASCII.GetBytes(" opened.</p>\n")]);
        cli.Run("check", "a.html").Lines.ShouldBe([
            $"a.html(1,11,1,11): error ED9002: '{cli.PathOf("a.html")}' is not article text: it is not valid UTF-8; if it is in another encoding, declare it in the page (<meta charset=\"windows-1252\">) or in .editorconfig: [*.html] charset = latin1",
        ]);
    }

    [Fact]
    public void An_html_page_that_declares_utf_8_and_holds_a_byte_of_another_encoding_is_ed9002_at_that_byte()
    {
        using var cli = new CliHarness();
        cli.WriteBytes("a.html", [.. Encoding.ASCII.GetBytes("<html><head><meta charset=\"utf-8\"></head><body>\n<p>The caf"), 0xE9, .. Encoding.ASCII.GetBytes(" opened.</p></body></html>\n")]);
        cli.Run("check", "a.html").Lines.ShouldBe([
            $"a.html(2,11,2,11): error ED9002: '{cli.PathOf("a.html")}' is not article text: it is not valid UTF-8, the charset its <meta> declares: the bytes here are "
            + "another encoding's; save them as UTF-8, or, if the whole page is in another encoding, declare that in its <meta> or in .editorconfig: [*.html] charset = latin1",
        ]);
    }

    [Fact]
    public void An_html_page_that_declares_its_encoding_after_kilobytes_of_scripts_in_its_head_is_read_in_it()
    {
        using var cli = new CliHarness();
        var script = "<script>var timetable = \"" + new string('x', 3000) + "\";</script>";
        cli.WriteBytes("a.html", [.. Encoding.ASCII.GetBytes("<html><head>" + script + "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"></head><body><p>The caf"),
            0xE9, .. Encoding.ASCII.GetBytes(" in Kiev opened.</p></body></html>\n")]);
        cli.Run("check", "a.html").Lines.ShouldBe(["a.html(1,3149,1,3153): warning EDT001: Use 'Kyiv', not 'Kiev'"]);
    }

    [Fact]
    public void An_html_page_whose_bytes_are_not_the_encoding_it_declares_is_ed9002_where_they_stop_being_it()
    {
        using var cli = new CliHarness();
        cli.WriteBytes("a.html", [.. Encoding.ASCII.GetBytes("<html><head><meta charset=\"gb2312\"></head><body><p>x "), 0x80, 0xFF, 0xFF, .. Encoding.ASCII.GetBytes("</p></body></html>\n")]);
        cli.Run("check", "a.html").Lines.ShouldBe([
            $"a.html(1,54,1,54): error ED9002: '{cli.PathOf("a.html")}' is not article text: it is neither UTF-8 nor valid GB18030, the charset its <meta> declares",
        ]);
    }

    [Fact]
    public void A_file_that_cannot_be_decoded_is_reported_and_no_file_is_rewritten()
    {
        using var cli = new CliHarness();
        byte[] latin1 = Encoding.Latin1.GetBytes("Café Kiev.\n");
        cli.WriteBytes("latin1.txt", latin1);
        cli.Write("good.txt", "Kiev.\n");
        var outcome = cli.Run("fix", ".");
        outcome.ExitCode.ShouldBe(ExitCodes.Errors);
        outcome.Error.ShouldStartWith("latin1.txt(1,4,1,4): error ED9002: ");
        outcome.Error.ShouldEndWith("\neditorial: an article cannot be read; no file changed.\nFixed 0 issues in 0 files.\n");
        cli.ReadBytes("latin1.txt").ShouldBe(latin1);
        Utf8.GetString(cli.ReadBytes("good.txt")).ShouldBe("Kiev.\n");
    }
}
