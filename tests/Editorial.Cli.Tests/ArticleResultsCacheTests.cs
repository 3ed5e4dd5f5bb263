using System.Text;
using Editorial.Hosting;
using Editorial.Hosting.Reporting;

namespace Editorial.Cli.Tests;

/// <summary>A check with a results cache (<see cref="CheckRequest.ResultsCacheFile"/>) reports exactly what a check without one
/// reports: articles met before keep their own findings, and the cross-article rules compare every article again.</summary>
public class ArticleResultsCacheTests
{
    private static void WriteNewsroom(CliHarness folder)
    {
        folder.Write(".editorconfig", "root = true\n[*.txt]\neditorial.story = coach-crash\neditorial.outlet = ap\n");
        folder.Write("news/a.txt", "The coach overturned near the bridge on Friday. Medics said a total of 23 had been taken to two hospitals.\n");
        folder.Write("news/b.txt", "More than 23 people were also rushed to hospital after the coach crash. Officials met by videoconference.\n");
        folder.Write("news/c.txt", "Another videoconference with the operator followed in Kiev on Saturday.\n");
        folder.Write("news/d.txt", "A video conference with the families was held later.\n");
        // ED1005 takes an outlet's house style from three articles or more.
        folder.Write("news/e.txt", "The next videoconference is set for Monday.\n");
    }

    private static CheckRequest Request(CliHarness folder, bool cached) => new(
        Directory.GetFiles(folder.PathOf("news"), "*.txt").OrderBy(p => p, StringComparer.Ordinal).ToList(),
        Directory.Exists(folder.PathOf("rules")) ? Directory.GetFiles(folder.PathOf("rules")) : [],
        ResultsCacheFile: cached ? folder.PathOf("obj/editorial.articles.cache") : null);

    /// <summary>The whole JSON report: IDs, places, messages, related places, fixes and properties.</summary>
    private static string Report(CliHarness folder, bool cached)
    {
        using var stream = new MemoryStream();
        JsonWriter.Write(stream, CheckRun.Run(Request(folder, cached)).Diagnostics, folder.Root);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    [Fact]
    public void Reports_from_a_cold_a_warm_and_a_partly_changed_cache_equal_the_full_check()
    {
        using var folder = new CliHarness();
        WriteNewsroom(folder);
        var full = Report(folder, cached: false);
        full.ShouldContain("\"ED2002\"");
        full.ShouldContain("\"ED1005\"");
        full.ShouldContain("\"ED1002\"");

        Report(folder, cached: true).ShouldBe(full);
        File.Exists(folder.PathOf("obj/editorial.articles.cache")).ShouldBeTrue();
        Report(folder, cached: true).ShouldBe(full);

        folder.Write("news/b.txt", "Officials said 25 people were rushed to hospital after the coach crash. They met by video conference.\n");
        var changed = Report(folder, cached: false);
        changed.ShouldNotBe(full);
        Report(folder, cached: true).ShouldBe(changed);
    }

    [Fact]
    public void A_changed_configuration_or_profile_file_is_not_answered_from_the_cache()
    {
        using var folder = new CliHarness();
        WriteNewsroom(folder);
        Report(folder, cached: true);

        folder.Write("news/.editorconfig", "[*.txt]\neditorial.ED1002.severity = error\n");
        var configured = Report(folder, cached: false);
        configured.ShouldContain("\"severity\": \"error\"");
        Report(folder, cached: true).ShouldBe(configured);

        // Settings come from the cache now; a finding about a setting still names the line that sets it.
        folder.Write("news/.editorconfig", "[*.txt]\neditorial.ED1002.severity = error\neditorial.ED1005.severity = loud\n");
        Report(folder, cached: true);
        folder.Write("news/c.txt", "Another videoconference with the operator followed in Kiev on Sunday.\n");
        var located = Report(folder, cached: false);
        located.ShouldContain("\"ED9006\"");
        Report(folder, cached: true).ShouldBe(located);

        folder.Write("rules/ap.yml", "name: ap\ntitle: Associated Press\nextends: ap\nseverities:\n  ED1005: warning\n");
        var profiled = Report(folder, cached: false);
        profiled.ShouldNotBe(located);
        Report(folder, cached: true).ShouldBe(profiled);
    }

    [Fact]
    public void Only_new_and_changed_articles_are_checked_on_their_own()
    {
        using var folder = new CliHarness();
        WriteNewsroom(folder);
        var counter = new ArticleCounter();
        var request = Request(folder, cached: true) with { Rules = [counter, new KievRule()] };

        CheckRun.Run(request);
        counter.Checked.Count.ShouldBe(5);
        counter.Checked.Clear();
        CheckRun.Run(request).Diagnostics.Select(d => d.Id).ShouldBe(["EDT001"]);
        counter.Checked.ShouldBeEmpty();

        folder.Write("news/d.txt", "A video conference with the families was held later in Kiev.\n");
        CheckRun.Run(request).Diagnostics.Select(d => d.Id).ShouldBe(["EDT001", "EDT001"]);
        counter.Checked.Select(Path.GetFileName).ShouldBe(["d.txt"]);
    }

    /// <summary>Counts the articles its engine checks on their own. It reports nothing, but declares a diagnostic in force (a
    /// rule whose diagnostics are all off is not run).</summary>
    private sealed class ArticleCounter : Editorial.Rules.ArticleRule
    {
        private static readonly Editorial.Diagnostics.DiagnosticDescriptor Counted = new(
            "EDT009", "Test counter", "Counted", Editorial.Diagnostics.RuleCategory.Hygiene, Editorial.Diagnostics.Severity.Warning,
            "A rule for the cache tests: counts the articles it is run on.");

        public System.Collections.Concurrent.ConcurrentBag<string> Checked { get; } = [];

        public override IReadOnlyList<Editorial.Diagnostics.DiagnosticDescriptor> Descriptors => [Counted];

        public override void Analyze(Editorial.Rules.ArticleContext context) => Checked.Add(context.Article.Path);
    }

    [Fact]
    public void A_cache_that_cannot_be_read_is_set_aside()
    {
        using var folder = new CliHarness();
        WriteNewsroom(folder);
        var full = Report(folder, cached: false);
        folder.Write("obj/editorial.articles.cache", "not a cache");

        Report(folder, cached: true).ShouldBe(full);
        Report(folder, cached: true).ShouldBe(full);
    }
}
