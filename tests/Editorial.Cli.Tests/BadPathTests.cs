using System.Diagnostics;
using System.Text;

namespace Editorial.Cli.Tests;

/// <summary>
/// Every path is reported and none aborts the run: a folder that cannot be searched, a file that cannot be read or decoded,
/// each is an error finding at that path (exit 1), and the rest of the folder is checked and summed up.
/// Root reads any folder, so as root the unreadable folder's check runs as another user (setpriv); a path past PATH_MAX
/// fails for root too.
/// </summary>
public class BadPathTests
{
    [Fact]
    public void A_folder_past_PATH_MAX_is_ED9001_at_that_folder_and_the_rest_is_checked()
    {
        using var cli = new CliHarness();
        cli.Write("good.txt", "Kiev.\n");
        cli.Write("zz/later.txt", "Kiev again.\n");
        // 20 names of 250 characters: past Linux's PATH_MAX of 4096. mkdir -p makes it one name at a time, as .NET cannot.
        var deep = string.Join("/", Enumerable.Repeat(new string('d', 250), 20));
        RunTool("mkdir", cli.Root, "-p", deep);
        try
        {
            var outcome = cli.Run("check", ".");
            var tooLong = outcome.Lines.Single(line => line.Contains("ED9001"));
            tooLong.ShouldStartWith("ddd");
            tooLong.ShouldContain("(1,1,1,1): error ED9001: Cannot read '" + cli.Root + "/ddd");
            outcome.Lines.Where(line => !line.Contains("ED9001")).ShouldBe(
            [
                "good.txt(1,1,1,5): warning EDT001: Use 'Kyiv', not 'Kiev'",
                "zz/later.txt(1,1,1,5): warning EDT001: Use 'Kyiv', not 'Kiev'",
            ]);
            outcome.Error.ShouldBe("Checked 2 files (1 more path could not be checked): 1 error, 2 warnings, 0 suggestions.\n");
            outcome.ExitCode.ShouldBe(ExitCodes.Errors);
        }
        finally
        {
            // Directory.Delete cannot reach past PATH_MAX either.
            RunTool("rm", cli.Root, "-rf", deep.Split('/')[0]);
        }
    }

    [Fact]
    public void An_unreadable_folder_is_ED9001_at_that_folder_and_the_rest_is_checked()
    {
        if (OperatingSystem.IsWindows()) return;
        using var cli = new CliHarness();
        cli.Write("news/a.txt", "Talks went on.\n");
        cli.Write("news/locked/b.txt", "Talks went on.\n");
        cli.Write("news/zz/c.txt", "Talks went on.\n");
        var locked = cli.PathOf("news/locked");
        File.SetUnixFileMode(locked, UnixFileMode.None);
        try
        {
            var outcome = CliHarness.IsRoot ? cli.RunAsAnotherUser("check", "news") : cli.Run("check", "news");
            outcome.Lines.ShouldBe([$"news/locked(1,1,1,1): error ED9001: Cannot read '{locked}': Access to the path '{locked}' is denied."]);
            outcome.Error.ShouldBe("Checked 2 files (1 more path could not be checked): 1 error, 0 warnings, 0 suggestions.\n");
            outcome.ExitCode.ShouldBe(ExitCodes.Errors);
        }
        finally
        {
            File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    [Fact]
    public void A_Latin1_article_is_one_located_ED9002_until_editorconfig_declares_its_charset()
    {
        using var cli = new CliHarness();
        cli.Write("a.txt", "Kiev.\n");
        cli.Write("b.md", "# News\n\nKiev today.\n");
        cli.Write("c.txt", "Quiet day.\n");
        cli.WriteBytes("old/latin1.txt", Encoding.Latin1.GetBytes("First line.\nA café in Kiev.\n"));

        var outcome = cli.Run("check", ".");
        outcome.Lines.ShouldBe(
        [
            "a.txt(1,1,1,5): warning EDT001: Use 'Kyiv', not 'Kiev'",
            "b.md(3,1,3,5): warning EDT001: Use 'Kyiv', not 'Kiev'",
            $"old/latin1.txt(2,6,2,6): error ED9002: '{cli.PathOf("old/latin1.txt")}' is not article text: it is not valid UTF-8; "
                + "if it is in another encoding, declare it in .editorconfig: [*.txt] charset = latin1",
        ]);
        outcome.Error.ShouldBe("Checked 3 files (1 more path could not be checked): 1 error, 2 warnings, 0 suggestions.\n");
        outcome.ExitCode.ShouldBe(ExitCodes.Errors);

        cli.Write("old/.editorconfig", "[latin1.txt]\ncharset = latin1\n");
        outcome = cli.Run("check", ".");
        outcome.Lines.ShouldBe(
        [
            "a.txt(1,1,1,5): warning EDT001: Use 'Kyiv', not 'Kiev'",
            "b.md(3,1,3,5): warning EDT001: Use 'Kyiv', not 'Kiev'",
            "old/latin1.txt(2,11,2,15): warning EDT001: Use 'Kyiv', not 'Kiev'",
        ]);
        outcome.Error.ShouldBe("Checked 4 files: 0 errors, 3 warnings, 0 suggestions.\n");
        outcome.ExitCode.ShouldBe(ExitCodes.Success);
    }

    /// <summary>The archive of the issue, at its size: one Latin-1 file among 2,000 is one located error finding (exit 1, as
    /// the README's exit codes say), every other file is checked, and once <c>charset = latin1</c> declares it, it is
    /// checked like the rest.</summary>
    [Fact]
    public void One_latin1_file_among_2000_articles_is_one_ED9002_and_the_other_1999_are_checked()
    {
        using var cli = new CliHarness();
        for (var i = 0; i < 1999; i++) cli.Write($"archive/{i / 100:D2}/story-{i:D4}.txt", i == 1234 ? "Talks in Kiev went on.\n" : $"Story {i} went to press.\n");
        cli.WriteBytes("archive/07/story-latin1.txt", Encoding.Latin1.GetBytes("Talks went on.\nA café in Kiev.\n"));

        var outcome = cli.Run("check", "archive");
        outcome.Lines.ShouldBe(
        [
            $"archive/07/story-latin1.txt(2,6,2,6): error ED9002: '{cli.PathOf("archive/07/story-latin1.txt")}' is not article text: it is not valid UTF-8; "
                + "if it is in another encoding, declare it in .editorconfig: [*.txt] charset = latin1",
            "archive/12/story-1234.txt(1,10,1,14): warning EDT001: Use 'Kyiv', not 'Kiev'",
        ]);
        outcome.Error.ShouldBe("Checked 1999 files (1 more path could not be checked): 1 error, 1 warning, 0 suggestions.\n");
        outcome.ExitCode.ShouldBe(ExitCodes.Errors);

        cli.Write("archive/07/.editorconfig", "[story-latin1.txt]\ncharset = latin1\n");
        outcome = cli.Run("check", "archive");
        outcome.Lines.ShouldBe(
        [
            "archive/07/story-latin1.txt(2,11,2,15): warning EDT001: Use 'Kyiv', not 'Kiev'",
            "archive/12/story-1234.txt(1,10,1,14): warning EDT001: Use 'Kyiv', not 'Kiev'",
        ]);
        outcome.Error.ShouldBe("Checked 2000 files: 0 errors, 2 warnings, 0 suggestions.\n");
        outcome.ExitCode.ShouldBe(ExitCodes.Success);
    }

    [Fact]
    public void A_fix_its_declared_charset_cannot_hold_changes_no_file()
    {
        using var cli = new CliHarness { Rules = Editorial.Engine.RuleCatalog.Rules };
        cli.Write(".editorconfig", "root = true\n[*.txt]\ncharset = latin1\neditorial.outlet = house\n");
        cli.Write("rules/house.yml", "name: house\nextends: default\nspellings:\n  - preferred: Đoković\n    variants: [Djokovic]\n");
        var original = Encoding.Latin1.GetBytes("Djokovic won the final in straight sets.\n");
        cli.WriteBytes("match.txt", original);

        var outcome = cli.Run("fix", ".");
        outcome.Error.ShouldBe(
            "editorial: cannot write 'match.txt': a fix puts in characters that its charset cannot hold.\n" +
            "editorial: no file changed.\n" +
            "Fixed 0 issues in 0 files.\n");
        cli.ReadBytes("match.txt").ShouldBe(original);
    }

    [Theory]
    [InlineData("utf-16le", "utf-16le")]
    [InlineData("utf-16be", "utf-16be")]
    [InlineData("utf-16le", null)]
    [InlineData("utf-16be", null)]
    public void UTF16_without_a_BOM_is_read_as_declared_or_recognised(string encoding, string? charset)
    {
        using var cli = new CliHarness();
        if (charset is not null) cli.Write(".editorconfig", $"root = true\n\n[*.txt]\ncharset = {charset}\n");
        var bytes = (encoding == "utf-16le" ? new UnicodeEncoding(false, false) : new UnicodeEncoding(true, false)).GetBytes("Talks.\nThe “Kiev” talks.\n");
        cli.WriteBytes("story.txt", bytes);
        var outcome = cli.Run("check", "story.txt");
        outcome.Lines.ShouldBe(["story.txt(2,6,2,10): warning EDT001: Use 'Kyiv', not 'Kiev'"]);
        outcome.ExitCode.ShouldBe(ExitCodes.Success);

        cli.Run("fix", "story.txt").ExitCode.ShouldBe(ExitCodes.Success);
        cli.ReadBytes("story.txt").ShouldBe((encoding == "utf-16le" ? new UnicodeEncoding(false, false) : new UnicodeEncoding(true, false)).GetBytes("Talks.\nThe “Kyiv” talks.\n"));
    }

    [Fact]
    public void A_NUL_is_ED9002_at_its_line_and_column()
    {
        using var cli = new CliHarness();
        cli.WriteBytes("binary.txt", [(byte)'a', (byte)'\n', (byte)'b', (byte)'c', 0, (byte)'d']);
        var outcome = cli.Run("check", "binary.txt");
        outcome.Lines.ShouldBe([$"binary.txt(2,3,2,3): error ED9002: '{cli.PathOf("binary.txt")}' is not article text: it holds a NUL character, so it is binary"]);
        outcome.ExitCode.ShouldBe(ExitCodes.Errors);
    }

    [Theory]
    [InlineData("<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>Harbour</title><link>https://example.org/</link></channel></rss>\n", "rss", "an RSS feed")]
    [InlineData("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Harbour</title><link href=\"https://example.org/\"/></feed>\n", "feed", "an Atom feed")]
    public void A_news_feed_under_a_page_s_name_is_ED9002_at_its_root_element(string feed, string root, string kind)
    {
        using var cli = new CliHarness();
        cli.Write("feed.html", feed);
        // An XHTML page reads as XML too: its root is a page's.
        cli.Write("page.html", "<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>The ferry sailed at noon.</p></body></html>\n");
        var outcome = cli.Run("check", "feed.html", "page.html");
        var line = root == "rss" ? 2 : 1;
        outcome.Lines.ShouldBe([$"feed.html({line},1,{line},1): error ED9002: '{cli.PathOf("feed.html")}' is not article text: it is {kind} (its root element is <{root}>), "
                                + "not an HTML page: its items are other pages' links and summaries; check the articles it lists"]);
        outcome.ExitCode.ShouldBe(ExitCodes.Errors);
    }

    [Fact]
    public void A_binary_profile_is_ED9002_at_its_place_and_a_configuration_failure()
    {
        using var cli = new CliHarness();
        cli.WriteBytes("rules/house.yml", [(byte)'n', (byte)'a', 0, (byte)'e']);
        cli.Write("story.txt", "Talks in Kyiv.\n");
        var outcome = cli.Run("check", "story.txt", "--profiles", "rules/house.yml");
        outcome.Lines.ShouldBe([$"rules/house.yml(1,3,1,3): error ED9002: '{cli.PathOf("rules/house.yml")}' is not article text: it holds a NUL character, so it is binary"]);
        outcome.ExitCode.ShouldBe(ExitCodes.UsageOrConfiguration);
    }

    [Fact]
    public void A_profiles_folder_that_holds_no_profile_is_ED9001_and_a_project_s_empty_rules_folder_is_not()
    {
        using var cli = new CliHarness();
        cli.Write("desk/notes.txt", "Profiles to come.\n");
        cli.Write("rules/README.txt", "House profiles go here.\n");
        cli.Write("story.txt", "Talks in Kyiv.\n");
        var outcome = cli.Run("check", "story.txt", "--profiles", "desk");
        outcome.Lines.ShouldBe([$"desk(1,1,1,1): error ED9001: Cannot read '{cli.PathOf("desk")}': the folder holds no profile (*.yml, *.yaml)"]);
        outcome.ExitCode.ShouldBe(ExitCodes.UsageOrConfiguration);
        cli.Run("check", ".").Lines.ShouldBeEmpty();
    }

    /// <summary>Half an emoji as a file holds it when a tool wrote one half alone: the lone high surrogate U+D83D in each of
    /// the encodings with a byte order mark (in UTF-8, as CESU-8 writes it). The UTF-16 decoder reports the bad bytes as ending
    /// where they do: the text before them once failed to decode again and stopped the run (exit 3).</summary>
    [Theory]
    [InlineData("utf-16le", "FF-FE-54-00-61-00-6C-00-6B-00-73-00-2E-00-0A-00-54-00-68-00-65-00-20-00-3D-D8-20-00-74-00-6F-00-6C-00-64-00-2E-00-0A-00", "UTF-16")]
    [InlineData("utf-16be", "FE-FF-00-54-00-61-00-6C-00-6B-00-73-00-2E-00-0A-00-54-00-68-00-65-00-20-D8-3D-00-20-00-74-00-6F-00-6C-00-64-00-2E-00-0A", "UTF-16BE")]
    [InlineData("utf-8 and CESU-8", "EF-BB-BF-54-61-6C-6B-73-2E-0A-54-68-65-20-ED-A0-BD-20-74-6F-6C-64-2E-0A", "UTF-8")]
    public void A_lone_surrogate_is_ED9002_at_its_line_and_column(string encoding, string hex, string named)
    {
        using var cli = new CliHarness();
        cli.WriteBytes("story.txt", Convert.FromHexString(hex.Replace("-", "")));
        var outcome = cli.Run("check", "story.txt");
        outcome.Lines.ShouldBe([$"story.txt(2,5,2,5): error ED9002: '{cli.PathOf("story.txt")}' is not article text: it is not valid {named}, "
            + "the encoding its byte order mark declares: the bytes here are damaged"], encoding);
        outcome.ExitCode.ShouldBe(ExitCodes.Errors);
    }

    [Fact]
    public void A_declared_charset_the_file_does_not_match_is_located_and_named()
    {
        using var cli = new CliHarness();
        cli.Write(".editorconfig", "root = true\n\n[*.txt]\ncharset = utf-8\n");
        cli.WriteBytes("story.txt", [.. Encoding.UTF8.GetPreamble(), .. Encoding.Latin1.GetBytes("Kiev\nna\u00efve\n")]);
        var outcome = cli.Run("check", "story.txt");
        outcome.Lines.ShouldBe([$"story.txt(2,3,2,3): error ED9002: '{cli.PathOf("story.txt")}' is not article text: it is not valid UTF-8, the charset its .editorconfig declares"]);
        outcome.ExitCode.ShouldBe(ExitCodes.Errors);
    }

    [Theory]
    [InlineData("--output")]
    [InlineData("--baseline")]
    [InlineData("--cache")]
    public void A_file_option_that_names_a_folder_is_a_usage_error_that_says_so(string option)
    {
        using var cli = new CliHarness();
        cli.Write("a.txt", "Kiev.\n");
        Directory.CreateDirectory(cli.PathOf("reports"));

        var outcome = cli.Run("check", "a.txt", option, "reports");

        outcome.Error.ShouldStartWith($"editorial: {option} names a file, and '{cli.PathOf("reports")}' is a folder.\n");
        outcome.Output.ShouldBeEmpty();
        outcome.ExitCode.ShouldBe(ExitCodes.UsageOrConfiguration);
    }

    [Fact]
    public void ED9003_counts_characters_not_bytes()
    {
        using var cli = new CliHarness();
        cli.Write(".editorconfig", "root = true\n\n[*.txt]\neditorial.max_article_chars = 10\n");
        // 20 characters in 40 bytes of UTF-8: more than 3 bytes a character allowed, so counted without reading the file whole.
        cli.Write("big.txt", new string('é', 19) + "\n");
        cli.Write("small.txt", new string('é', 11));
        var outcome = cli.Run("check", ".");
        outcome.Lines.ShouldBe(
        [
            $"big.txt(1,1,1,1): error ED9003: '{cli.PathOf("big.txt")}' has 20 characters, more than the limit of 10",
            $"small.txt(1,1,1,1): error ED9003: '{cli.PathOf("small.txt")}' has 11 characters, more than the limit of 10",
        ]);
        outcome.ExitCode.ShouldBe(ExitCodes.Errors);
    }

    [Fact]
    public void ED9003_measures_an_html_page_without_its_scripts_and_styles_up_to_five_times_the_limit()
    {
        // A saved page is mostly scripts and styles: a page of 130 characters with 58 outside them fits a limit of 60. A page
        // with more than 60 outside them does not, and a page over five times the limit is not measured at all; a text file
        // counts every character.
        using var cli = new CliHarness();
        cli.Write(".editorconfig", "root = true\n\n[*]\neditorial.max_article_chars = 60\n");
        var script = "<script>var ferry = \"" + new string('x', 40) + "\";</script>";
        cli.Write("page.html", "<p>Ferry.</p>" + script + "<style>p { color: red; }</style><p>Kiev.</p>\n");
        cli.Write("long.html", "<p>The ferry sailed at noon from the old quay.</p>" + script + "<p>Kiev.</p>\n");
        cli.Write("huge.html", "<p>Kiev.</p><script>" + new string('x', 300) + "</script>\n");
        cli.Write("page.txt", "The ferry sailed." + new string(' ', 40) + "Kiev.\n");
        var outcome = cli.Run("check", ".");
        outcome.Lines.ShouldBe(
        [
            $"huge.html(1,1,1,1): error ED9003: '{cli.PathOf("huge.html")}' has 330 characters, more than the limit of 60",
            $"long.html(1,1,1,1): error ED9003: '{cli.PathOf("long.html")}' has 80 characters, more than the limit of 60",
            "page.html(1,121,1,125): warning EDT001: Use 'Kyiv', not 'Kiev'",
            $"page.txt(1,1,1,1): error ED9003: '{cli.PathOf("page.txt")}' has 63 characters, more than the limit of 60",
        ]);
    }

    [Fact]
    public async Task A_named_pipe_among_the_articles_is_checked_as_an_empty_file_and_never_opened()
    {
        if (OperatingSystem.IsWindows()) return;
        using var cli = new CliHarness();
        cli.Write("news/a.txt", "Kiev.\n");
        cli.Write("news/empty.txt", "");
        RunTool("mkfifo", cli.Root, "news/pipe.txt");
        // Opening a named pipe waits for a writer that never comes: the check would hang, so it runs with a deadline.
        var outcome = await Task.Run(() => cli.Run("check", "news")).WaitAsync(TimeSpan.FromMinutes(2));
        outcome.Lines.ShouldBe(["news/a.txt(1,1,1,5): warning EDT001: Use 'Kyiv', not 'Kiev'"]);
        outcome.Error.ShouldBe("Checked 3 files: 0 errors, 1 warning, 0 suggestions.\n");
    }

    [Fact]
    public void A_file_named_again_or_inside_a_folder_named_too_is_checked_and_reported_once()
    {
        using var cli = new CliHarness();
        cli.Write("news/a.txt", "Kiev.\n");
        cli.Write("news/b.txt", "Kiev again.\n");
        var outcome = cli.Run("check", "news/a.txt", "news", "./news/a.txt", "news/../news/b.txt");
        outcome.Lines.ShouldBe(
        [
            "news/a.txt(1,1,1,5): warning EDT001: Use 'Kyiv', not 'Kiev'",
            "news/b.txt(1,1,1,5): warning EDT001: Use 'Kyiv', not 'Kiev'",
        ]);
        outcome.Error.ShouldBe("Checked 2 files: 0 errors, 2 warnings, 0 suggestions.\n");

        var fixedOnce = cli.Run("fix", "news", "news/a.txt", "./news/a.txt");
        fixedOnce.Error.ShouldBe("Fixed 2 issues in 2 files.\n");
    }

    [Fact]
    public async Task A_link_to_a_named_pipe_is_checked_as_the_empty_file_the_pipe_reads_as_and_never_opened()
    {
        if (OperatingSystem.IsWindows()) return;
        using var cli = new CliHarness();
        cli.Write("news/a.txt", "Kiev.\n");
        RunTool("mkfifo", cli.Root, "pipe");
        // A link's own size is the length of its target's name: the pipe's size, 0, is the one that says not to open it.
        File.CreateSymbolicLink(cli.PathOf("news/feed.txt"), cli.PathOf("pipe"));
        var outcome = await Task.Run(() => cli.Run("check", "news")).WaitAsync(TimeSpan.FromMinutes(2));
        outcome.Lines.ShouldBe(["news/a.txt(1,1,1,5): warning EDT001: Use 'Kyiv', not 'Kiev'"]);
        outcome.Error.ShouldBe("Checked 2 files: 0 errors, 1 warning, 0 suggestions.\n");
    }

    [Fact]
    public void A_link_to_itself_among_the_articles_is_ED9001_and_the_report_is_still_written_to_the_output_file()
    {
        if (OperatingSystem.IsWindows()) return;
        using var cli = new CliHarness();
        cli.Write("news/a.txt", "Kiev.\n");
        var loop = cli.PathOf("news/loop.txt");
        File.CreateSymbolicLink(loop, "loop.txt");
        var outcome = cli.Run("check", "news", "--output", "report.txt");
        outcome.Output.ShouldBeEmpty();
        outcome.Error.ShouldBe("Checked 1 file (1 more path could not be checked): 1 error, 1 warning, 0 suggestions.\n");
        outcome.ExitCode.ShouldBe(ExitCodes.Errors);
        File.ReadAllText(cli.PathOf("report.txt")).ShouldBe(
            "news/a.txt(1,1,1,5): warning EDT001: Use 'Kyiv', not 'Kiev'\n" +
            $"news/loop.txt(1,1,1,1): error ED9001: Cannot read '{loop}': Too many levels of symbolic links in '{loop}'.\n");
    }

    [Fact]
    public void A_file_or_folder_whose_name_is_not_UTF8_is_ED9001_that_says_so_and_the_folders_beside_it_are_searched()
    {
        // .NET gives such a name with U+FFFD for the byte it cannot decode, and cannot open it by that name: "Could not find
        // file" beside a file the listing shows would send the user looking for a file that is there.
        if (!OperatingSystem.IsLinux()) return;
        using var cli = new CliHarness();
        cli.Write("news/a.txt", "Kiev.\n");
        cli.Write("news/zz/b.txt", "Kiev again.\n");
        RunTool("sh", cli.Root, "-c", "printf 'Kiev.\\n' > \"$(printf 'news/caf\\351.txt')\" && mkdir \"$(printf 'news/r\\351sum\\351s')\"");
        var outcome = cli.Run("check", "news");
        var file = cli.PathOf("news/caf\uFFFD.txt");
        var folder = cli.PathOf("news/r\uFFFDsum\uFFFDs");
        outcome.Lines.ShouldBe(
        [
            "news/a.txt(1,1,1,5): warning EDT001: Use 'Kyiv', not 'Kiev'",
            $"news/caf\uFFFD.txt(1,1,1,1): error ED9001: Cannot read '{file}': its name is not valid UTF-8 (U+FFFD stands for the bytes that are not), and .NET opens files by UTF-8 names only; rename it",
            $"news/r\uFFFDsum\uFFFDs(1,1,1,1): error ED9001: Cannot read '{folder}': its name is not valid UTF-8 (U+FFFD stands for the bytes that are not), and .NET opens files by UTF-8 names only; rename it",
            "news/zz/b.txt(1,1,1,5): warning EDT001: Use 'Kyiv', not 'Kiev'",
        ]);
        outcome.ExitCode.ShouldBe(ExitCodes.Errors);
    }

    private static void RunTool(string tool, string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { WorkingDirectory = workingDirectory };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        process.WaitForExit();
        process.ExitCode.ShouldBe(0);
    }
}
