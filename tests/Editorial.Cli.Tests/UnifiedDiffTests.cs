using Editorial.Hosting.Fixing;

namespace Editorial.Cli.Tests;

public class UnifiedDiffTests
{
    private static string Lines(int from, int to) => string.Concat(Enumerable.Range(from, to - from + 1).Select(i => $"line {i}\n"));

    [Fact]
    public void Equal_texts_give_no_diff() => UnifiedDiff.Create("a\nb\n", "a\nb\n", "a", "b").ShouldBeEmpty();

    [Fact]
    public void Changes_far_apart_make_separate_hunks_with_three_lines_of_context()
    {
        var old = Lines(1, 20);
        var changed = old.Replace("line 2\n", "line two\n").Replace("line 15\n", "line fifteen\n");
        UnifiedDiff.Create(old, changed, "a/x", "b/x").ShouldBe(
            "--- a/x\n+++ b/x\n" +
            "@@ -1,5 +1,5 @@\n line 1\n-line 2\n+line two\n line 3\n line 4\n line 5\n" +
            "@@ -12,7 +12,7 @@\n line 12\n line 13\n line 14\n-line 15\n+line fifteen\n line 16\n line 17\n line 18\n");
    }

    [Fact]
    public void Changes_six_lines_apart_share_one_hunk()
    {
        var old = Lines(1, 12);
        var changed = old.Replace("line 3\n", "line three\n").Replace("line 10\n", "line ten\n");
        var diff = UnifiedDiff.Create(old, changed, "a/x", "b/x");
        diff.Split('\n').Count(l => l.StartsWith("@@")).ShouldBe(1);
        diff.ShouldContain("@@ -1,12 +1,12 @@\n");
    }

    [Fact]
    public void Insertions_and_deletions_count_their_ranges_as_diff_does()
    {
        UnifiedDiff.Create("a\nb\n", "a\nb\nc\n", "o", "n").ShouldBe("--- o\n+++ n\n@@ -1,2 +1,3 @@\n a\n b\n+c\n");
        UnifiedDiff.Create("a\n", "", "o", "n").ShouldBe("--- o\n+++ n\n@@ -1 +0,0 @@\n-a\n");
        UnifiedDiff.Create("", "a\n", "o", "n").ShouldBe("--- o\n+++ n\n@@ -0,0 +1 @@\n+a\n");
    }

    [Fact]
    public void A_last_line_without_newline_is_marked()
    {
        UnifiedDiff.Create("a\nKiev", "a\nKyiv", "o", "n").ShouldBe(
            "--- o\n+++ n\n@@ -1,2 +1,2 @@\n a\n-Kiev\n\\ No newline at end of file\n+Kyiv\n\\ No newline at end of file\n");
    }

    [Fact]
    public void A_crlf_line_keeps_its_cr_so_the_diff_applies_to_the_file_as_diff_and_git_print_it()
    {
        UnifiedDiff.Create("a\r\nb\r\nc\r\n", "a\r\nB\r\nc\r\n", "o", "n").ShouldBe("--- o\n+++ n\n@@ -1,3 +1,3 @@\n a\r\n-b\r\n+B\r\n c\r\n");
    }

    [Fact]
    public void The_script_is_minimal_when_lines_move()
    {
        var diff = UnifiedDiff.Create("a\nb\nc\nd\n", "b\nc\nd\na\n", "o", "n");
        diff.Split('\n').Count(l => l.StartsWith('-') && !l.StartsWith("---")).ShouldBe(1);
        diff.Split('\n').Count(l => l.StartsWith('+') && !l.StartsWith("+++")).ShouldBe(1);
    }

    [Fact]
    public void Applying_the_diff_to_the_old_text_gives_the_new_text()
    {
        var random = new Random(20220314);
        for (var round = 0; round < 300; round++)
        {
            string Text() => string.Concat(Enumerable.Range(0, random.Next(0, 25)).Select(_ => "abcde"[random.Next(5)] + "\n"));
            var (old, changed) = (Text(), Text());
            var diff = UnifiedDiff.Create(old, changed, "o", "n");
            Apply(old, diff).ShouldBe(changed, $"round {round}:\n{diff}");
        }
    }

    /// <summary>A minimal patch: checks every context and removed line against the old text, so a wrong hunk header fails.</summary>
    private static string Apply(string old, string diff)
    {
        var oldLines = old.Split('\n')[..^1];
        var result = new List<string>();
        var next = 0;
        foreach (var line in diff.Split('\n')[..^1].Skip(2))
        {
            if (line.StartsWith("@@"))
            {
                var start = int.Parse(line.Split(' ')[1].TrimStart('-').Split(',')[0]);
                var count = line.Split(' ')[1].Contains(',') ? int.Parse(line.Split(' ')[1].Split(',')[1]) : 1;
                var firstLine = count == 0 ? start : start - 1;
                while (next < firstLine) result.Add(oldLines[next++]);
                continue;
            }
            var content = line[1..];
            switch (line[0])
            {
                case ' ': oldLines[next].ShouldBe(content); result.Add(oldLines[next++]); break;
                case '-': oldLines[next].ShouldBe(content); next++; break;
                case '+': result.Add(content); break;
            }
        }
        while (next < oldLines.Length) result.Add(oldLines[next++]);
        return string.Concat(result.Select(l => l + "\n"));
    }
}
