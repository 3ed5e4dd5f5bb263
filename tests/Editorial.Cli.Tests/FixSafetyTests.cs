using System.Diagnostics;
using System.Text;

namespace Editorial.Cli.Tests;

/// <summary><c>editorial fix</c> keeps what a file is (a link, a hard link, its owner and mode) and writes nothing when it
/// must not (configuration errors, a read-only file) or cannot (a file it could not write): all files or none.</summary>
public class FixSafetyTests
{
    private static readonly UTF8Encoding Utf8 = new(false);
    private static readonly string BuiltInOutlets = string.Join(", ", Editorial.Profiles.ProfileSet.BuiltIn.Names);

    private static string Text(CliHarness cli, string relative) => Utf8.GetString(cli.ReadBytes(relative));

    private static string Run(string program, params string[] args)
    {
        var process = Process.Start(new ProcessStartInfo(program, args) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        process.ExitCode.ShouldBe(0, $"{program} {string.Join(' ', args)}: {process.StandardError.ReadToEnd()}");
        return output.Trim();
    }

    [Fact]
    public void Fix_writes_through_a_symbolic_link_and_the_link_stays_a_link()
    {
        using var cli = new CliHarness();
        cli.Write("archive/a.txt", "The Kiev talks.\n");
        var link = cli.PathOf("news/a.txt");
        Directory.CreateDirectory(cli.PathOf("news"));
        File.CreateSymbolicLink(link, "../archive/a.txt");
        var outcome = cli.Run("fix", "news/a.txt");
        outcome.Error.ShouldBe("Fixed 1 issue in 1 file.\n");
        outcome.ExitCode.ShouldBe(ExitCodes.Success);
        new FileInfo(link).LinkTarget.ShouldBe("../archive/a.txt");
        Text(cli, "archive/a.txt").ShouldBe("The Kyiv talks.\n");
        Directory.GetFiles(cli.PathOf("archive")).Select(Path.GetFileName).ShouldBe(["a.txt"]);
    }

    [Fact]
    public void Fix_keeps_a_hard_link()
    {
        if (OperatingSystem.IsWindows()) return;
        using var cli = new CliHarness();
        cli.Write("news/a.txt", "The Kiev talks.\n");
        Run("ln", cli.PathOf("news/a.txt"), cli.PathOf("copy.txt"));
        var outcome = cli.Run("fix", "news/a.txt");
        outcome.Error.ShouldBe("Fixed 1 issue in 1 file.\n");
        Text(cli, "copy.txt").ShouldBe("The Kyiv talks.\n");
        Run("stat", "-c", "%h", cli.PathOf("news/a.txt")).ShouldBe("2");
        Directory.GetFiles(cli.PathOf("news")).Select(Path.GetFileName).ShouldBe(["a.txt"]);
    }

    [Fact]
    public void Fix_keeps_the_owner_and_group_of_a_file_another_user_owns()
    {
        // Only root can give a file away; run as another user, the test has nothing to show.
        if (OperatingSystem.IsWindows() || !CliHarness.IsRoot) return;
        using var cli = new CliHarness();
        var path = cli.Write("a.txt", "Kiev.\n");
        Run("chown", "65534:65534", path);
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead);
        cli.Run("fix", "a.txt").Error.ShouldBe("Fixed 1 issue in 1 file.\n");
        Text(cli, "a.txt").ShouldBe("Kyiv.\n");
        Run("stat", "-c", "%u:%g %a", path).ShouldBe("65534:65534 640");
    }

    [Fact]
    public void A_read_only_file_is_reported_and_no_file_is_written_unless_forced()
    {
        if (OperatingSystem.IsWindows()) return;
        using var cli = new CliHarness();
        cli.Write("a.txt", "Kiev.\n");
        var readOnly = cli.Write("b.txt", "Kiev.\n");
        const UnixFileMode ReadOnlyMode = UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead;
        File.SetUnixFileMode(readOnly, ReadOnlyMode);

        var outcome = cli.Run("fix", ".");
        outcome.Error.ShouldBe(
            "editorial: 'b.txt' is read-only; use --force to fix it anyway.\n" +
            "editorial: no file changed.\n" +
            "Fixed 0 issues in 0 files.\n");
        outcome.ExitCode.ShouldBe(ExitCodes.UsageOrConfiguration);
        Text(cli, "a.txt").ShouldBe("Kiev.\n");
        Text(cli, "b.txt").ShouldBe("Kiev.\n");

        var forced = cli.Run("fix", ".", "--force");
        forced.Error.ShouldBe("Fixed 2 issues in 2 files.\n");
        forced.ExitCode.ShouldBe(ExitCodes.Success);
        Text(cli, "b.txt").ShouldBe("Kyiv.\n");
        File.GetUnixFileMode(readOnly).ShouldBe(ReadOnlyMode);
    }

    [Fact]
    public void A_configuration_error_is_printed_with_the_summary_and_no_file_is_written()
    {
        using var cli = new CliHarness();
        cli.Write(".editorconfig", "root = true\n\n[*.txt]\neditorial.outlet = nosuch\n");
        cli.Write("a.txt", "Kiev.\n");
        var outcome = cli.Run("fix", ".");
        outcome.Error.ShouldBe(
            ".editorconfig(4,1,4,17): error ED9005: Unknown outlet 'nosuch' (from editorial.outlet); known outlets: " + BuiltInOutlets + "\n" +
            "editorial: the configuration has errors; no file changed.\n" +
            "Fixed 0 issues in 0 files.\n");
        outcome.ExitCode.ShouldBe(ExitCodes.UsageOrConfiguration);
        Text(cli, "a.txt").ShouldBe("Kiev.\n");
    }

    [Fact]
    public void A_file_that_cannot_be_written_is_named_and_no_file_is_written()
    {
        // A name of 250 characters is a valid file name, but a temporary file beside it with a longer name cannot be created.
        using var cli = new CliHarness();
        var longName = new string('x', 246) + ".txt";
        cli.Write("news/a.txt", "Kiev.\n");
        cli.Write("news/" + longName, "Kiev.\n");
        var outcome = cli.Run("fix", "news");
        outcome.Error.ShouldBe(
            $"editorial: cannot write 'news/{longName}': the name of a temporary file beside it would be too long.\n" +
            "editorial: no file changed.\n" +
            "Fixed 0 issues in 0 files.\n");
        outcome.ExitCode.ShouldBe(ExitCodes.UsageOrConfiguration);
        Text(cli, "news/a.txt").ShouldBe("Kiev.\n");
        Directory.GetFiles(cli.PathOf("news")).Select(Path.GetFileName).Order().ShouldBe(["a.txt", longName]);
    }

    [Fact]
    public void A_file_saved_while_fix_checks_it_keeps_what_was_saved_and_no_file_is_written()
    {
        // The fixes were made for the text the check read: written over the saved file, they would lose the new paragraph.
        using var cli = new CliHarness { Rules = [new SavedDuringCheckRule()] };
        cli.Write("a.txt", "Kiev.\n");
        cli.Write("b.txt", "The Kiev talks.\n");
        var outcome = cli.Run("fix", ".");
        outcome.Error.ShouldBe(
            "editorial: cannot write 'b.txt': it changed after editorial read it; run 'editorial fix' again.\n" +
            "editorial: no file changed.\n" +
            "Fixed 0 issues in 0 files.\n");
        outcome.ExitCode.ShouldBe(ExitCodes.UsageOrConfiguration);
        Text(cli, "a.txt").ShouldBe("Kiev.\n");
        Text(cli, "b.txt").ShouldBe(SavedDuringCheckRule.SavedText);
        Directory.GetFiles(cli.Root).Select(Path.GetFileName).Order().ShouldBe([".editorconfig", "a.txt", "b.txt"]);

        cli.Run("fix", ".").Error.ShouldBe("Fixed 2 issues in 2 files.\n");
        Text(cli, "b.txt").ShouldBe("The Kyiv talks, with the reporter's new paragraph.\n\nIt matters.\n");
    }

    [Fact]
    public void A_fixed_file_the_disk_cannot_hold_is_named_and_no_file_is_written()
    {
        if (!OperatingSystem.IsLinux()) return;
        using var cli = new CliHarness();
        // About 13 KB after its fixes, against a limit of 8 KB: each paragraph its own, so that no fix of a repeat shrinks it.
        var copy = "Talks resumed.\n\n" + string.Concat(Enumerable.Range(1, 300).Select(i => $"Advertisement\n\nThe talks went on in room {i} for an hour.\n\n"));
        cli.Write("a.txt", copy);
        var outcome = cli.RunWithFileSizeLimit(8, "fix", ".");
        outcome.Error.ShouldBe(
            "editorial: cannot write 'a.txt': the file would be larger than the file system allows.\n" +
            "editorial: no file changed.\n" +
            "Fixed 0 issues in 0 files.\n");
        outcome.ExitCode.ShouldBe(ExitCodes.UsageOrConfiguration);
        Text(cli, "a.txt").ShouldBe(copy);
        Directory.GetFiles(cli.Root).Select(Path.GetFileName).Order().ShouldBe([".editorconfig", "a.txt"]);
    }

    [Fact]
    public void A_file_in_a_read_only_folder_is_named_and_no_file_is_written()
    {
        // Root may write in any folder: as root, the fix runs as another user who owns the files, with the real rules,
        // so the folder's mode is what stops it. Either rule set has a fix here: the test rule's Kiev, ED4001's label.
        if (OperatingSystem.IsWindows()) return;
        using var cli = new CliHarness();
        const string Copy = "Talks in Kiev resumed.\n\nAdvertisement\n\nThe talks ended.\n";
        cli.Write("a.txt", Copy);
        cli.Write("locked/b.txt", Copy);
        if (CliHarness.IsRoot) Run("chown", "-R", "65534:65534", cli.Root);
        File.SetUnixFileMode(cli.PathOf("locked"), UnixFileMode.UserRead | UnixFileMode.UserExecute);
        try
        {
            var outcome = CliHarness.IsRoot ? cli.RunAsAnotherUser("fix", ".") : cli.Run("fix", ".");
            outcome.Error.ShouldBe(
                "editorial: cannot write 'locked/b.txt': permission denied.\n" +
                "editorial: no file changed.\n" +
                "Fixed 0 issues in 0 files.\n");
            outcome.ExitCode.ShouldBe(ExitCodes.UsageOrConfiguration);
            Text(cli, "a.txt").ShouldBe(Copy);
        }
        finally
        {
            File.SetUnixFileMode(cli.PathOf("locked"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }
}
