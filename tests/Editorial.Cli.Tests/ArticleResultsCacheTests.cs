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
    public void With_a_cache_the_findings_come_path_by_path_and_a_key_kept_after_a_change_keeps_its_findings()
    {
        using var folder = new CliHarness();
        WriteNewsroom(folder);
        FindingsByPath Check() => CheckRun.Run(Request(folder, cached: true)).Diagnostics.ShouldBeOfType<FindingsByPath>();
        static string Shown(FindingsByPath.Group group) => string.Join("\n", group.Findings);

        var cold = Check();
        cold.Groups.Select(group => group.Path).ShouldBe(cold.Groups.Select(group => group.Path).Order(StringComparer.Ordinal));
        cold.Groups.ShouldAllBe(group => group.Findings.All(finding => finding.Location.Path == group.Path));
        cold.Groups.SelectMany(group => group.Findings).ShouldBe(cold);
        var keyed = cold.Groups.Where(group => group.Key != null).ToDictionary(group => group.Key!, Shown);
        keyed.Count.ShouldBe(5, "each article's own findings and the cross-article findings at it");

        var warm = Check();
        warm.Scope.ShouldBe(cold.Scope);
        warm.Groups.Select(group => group.Key).ShouldBe(cold.Groups.Select(group => group.Key));

        folder.Write("news/b.txt", "Officials said 25 people were rushed to hospital after the coach crash. They met by video conference.\n");
        var changed = Check();
        var b = changed.Groups.Single(group => group.Path.EndsWith("b.txt", StringComparison.Ordinal));
        keyed.ShouldNotContainKey(b.Key!);
        var kept = changed.Groups.Where(group => group.Key != null && keyed.ContainsKey(group.Key)).ToList();
        kept.ShouldNotBeEmpty();
        foreach (var group in kept) Shown(group).ShouldBe(keyed[group.Key!], group.Path);
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

    /// <summary>Two outlets: ap's articles tell one named story (front matter or configuration), aljazeera's are grouped by the
    /// names they share; Markdown with front matter, suppressions and HTML sit beside plain text. Every cross-article rule has
    /// a finding whose other side is in another article.</summary>
    private static void WriteTwoOutlets(CliHarness folder)
    {
        folder.Write(".editorconfig", "root = true\n[ap/*]\neditorial.outlet = ap\neditorial.story = ferry-fire\n[aj/*]\neditorial.outlet = aljazeera\n");
        folder.Write("ap/1.txt", "Fire on Korsgaard ferry\n\nAt least 14 people were killed when fire swept the Korsgaard ferry near Hvalby on Tuesday, "
            + "police said. The coastguard said 20 people were injured. Officials met by videoconference.\n\n"
            + "Korsgaard Line posted a net profit of $412 million in 2025.\n");
        folder.Write("ap/2.txt", "Nine people were killed when fire swept the Korsgaard ferry near Hvalby on Tuesday. The harbour master said "
            + "“the crew did all they could.” Another videoconference is planned.\n\n"
            + "Korsgaard Line reported a net profit of $385 million in 2025, its chairman said.\n");
        folder.Write("ap/3.md", "---\ndate: 2026-03-04\n---\n# Ferry toll rises\n\nThe toll from the Korsgaard ferry fire near Hvalby rose to 17 people "
            + "killed, officials said on Wednesday. A video conference with families was held.\n\n<!-- editorial-disable-next-line ED2002 -->\n"
            + "Earlier reports said 12 people were killed near Hvalby.\n\nAnalysts had expected Korsgaard Line to post a net profit of $300 million in 2025.\n");
        folder.Write("ap/4.html", "<p>The inquiry into the <em>Korsgaard</em> ferry fire opened by videoconference on Thursday.</p>\n");
        folder.Write("aj/1.txt", "Storm floods Brenholt valley\n\nFloods in the Brenholt valley near Lissvik killed 31 people, the Lindqvist "
            + "agency said. Mayor Ostergaard called the response “a disgrace”. Rescuers in Lissvik described the scene as “grim”.\n");
        // No place of its own: its toll is the story's, compared with the others' as the toll of the place aj/2 opens on.
        folder.Write("aj/2.txt", "The floods killed 26 people, Mayor Ostergaard said. Rescuers worked near Lissvik in the Brenholt valley all night. The Lindqvist "
            + "agency called the damage “severe”. Officials said the response was “slow”.\n");
        folder.Write("aj/3.txt", "Mayor Ostergaard visited the Brenholt valley near Lissvik, where floods killed 31 people. Residents called the "
            + "shelters “cramped.” Aid workers said the roads were “impassable.”\n");
    }

    private static string TwoOutletsReport(CliHarness folder, IReadOnlyList<Editorial.Rules.Rule>? rules = null, bool cached = true)
    {
        var request = new CheckRequest(
            Directory.GetFiles(folder.Root, "*.*", SearchOption.AllDirectories).Where(p => !p.EndsWith(".editorconfig") && !p.Contains("obj"))
                .OrderBy(p => p, StringComparer.Ordinal).ToList(),
            [], ResultsCacheFile: cached ? folder.PathOf("obj/editorial.articles.cache") : null) { Rules = rules };
        using var stream = new MemoryStream();
        JsonWriter.Write(stream, CheckRun.Run(request).Diagnostics, folder.Root);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    [Fact]
    public void Cross_article_findings_from_restored_summaries_equal_the_full_check()
    {
        using var folder = new CliHarness();
        WriteTwoOutlets(folder);
        var full = TwoOutletsReport(folder, cached: false);
        foreach (var id in (string[])["ED2002", "ED2004", "ED2005", "ED1005", "ED4008"]) full.ShouldContain($"\"{id}\"");
        // An amount's anchors (its noun's qualifiers, times, mode) come back from the summary too: the profit analysts expected
        // is not the profit posted.
        full.ShouldContain("Conflicting figures for net profit (USD) in 2025");
        full.ShouldNotContain("$300 million");

        TwoOutletsReport(folder).ShouldBe(full);
        TwoOutletsReport(folder).ShouldBe(full);

        // One side of several cross-article findings changes: the others' sides come from their summaries.
        folder.Write("aj/2.txt", "Floods in the Brenholt valley near Lissvik killed 31 people, Mayor Ostergaard said. The Lindqvist agency called "
            + "the damage “severe.”\n");
        folder.Write("ap/2.txt", "Fourteen people were killed when fire swept the Korsgaard ferry near Hvalby on Tuesday. A video conference is planned.\n");
        var changed = TwoOutletsReport(folder, cached: false);
        changed.ShouldNotBe(full);
        TwoOutletsReport(folder).ShouldBe(changed);
        TwoOutletsReport(folder).ShouldBe(changed);
    }

    [Fact]
    public void Articles_met_before_are_neither_checked_nor_summarised_again()
    {
        using var folder = new CliHarness();
        WriteTwoOutlets(folder);
        var counter = new ArticleCounter();
        var summaries = new SummaryCounter();
        Editorial.Rules.Rule[] rules = [counter, summaries, .. Editorial.Engine.RuleCatalog.Rules];
        var full = TwoOutletsReport(folder, rules, cached: false);
        summaries.Summarized.Count.ShouldBe(7);
        summaries.Summarized.Clear();
        counter.Checked.Clear();

        TwoOutletsReport(folder, rules).ShouldBe(full);
        summaries.Summarized.Clear();
        TwoOutletsReport(folder, rules).ShouldBe(full);
        summaries.Summarized.ShouldBeEmpty();

        folder.Write("aj/3.txt", "Mayor Ostergaard visited the Brenholt valley near Lissvik, where floods killed 29 people.\n");
        counter.Checked.Clear();
        var changed = TwoOutletsReport(folder, rules, cached: false);
        summaries.Summarized.Clear();
        counter.Checked.Clear();
        TwoOutletsReport(folder, rules).ShouldBe(changed);
        summaries.Summarized.Select(Path.GetFileName).ShouldBe(["3.txt"]);
        counter.Checked.Select(Path.GetFileName).ShouldBe(["3.txt"]);
    }

    [Fact]
    public void Only_the_parts_of_the_run_where_an_article_changed_are_compared_again()
    {
        using var folder = new CliHarness();
        WriteTwoOutlets(folder);
        var byOutlet = new PartRecorder();
        Editorial.Rules.Rule[] rules = [byOutlet, .. Editorial.Engine.RuleCatalog.Rules];
        var full = TwoOutletsReport(folder, rules, cached: false);
        byOutlet.Compared.Count.ShouldBe(7);

        byOutlet.Compared.Clear();
        TwoOutletsReport(folder, rules).ShouldBe(full);
        byOutlet.Compared.Count.ShouldBe(7);
        byOutlet.Compared.Clear();
        TwoOutletsReport(folder, rules).ShouldBe(full);
        byOutlet.Compared.ShouldBeEmpty();

        // One aljazeera article changes: ap's articles are not compared again, and the findings on them (ED2002, ED1005, ED4008)
        // are those of the full check.
        folder.Write("aj/3.txt", "Mayor Ostergaard visited the Brenholt valley near Lissvik, where floods killed 29 people.\n");
        var changed = TwoOutletsReport(folder, rules, cached: false);
        byOutlet.Compared.Clear();
        TwoOutletsReport(folder, rules).ShouldBe(changed);
        byOutlet.Compared.Select(path => Path.GetRelativePath(folder.Root, path)).ShouldBe(["aj/1.txt", "aj/2.txt", "aj/3.txt"]);
    }

    /// <summary>Compares the articles of each outlet apart, and records which it is given to compare; it reports nothing.</summary>
    private sealed class PartRecorder : Editorial.Rules.CorpusRule
    {
        public List<string> Compared { get; } = [];

        public override IReadOnlyList<Editorial.Diagnostics.DiagnosticDescriptor> Descriptors => [];

        public override string PartOf(AnalyzedArticle article) => article.Profile.Name;

        public override void Analyze(Editorial.Rules.CorpusContext context) => Compared.AddRange(context.Articles.Select(a => a.Article.Path));
    }

    /// <summary>Counts the articles its engine summarises for the cross-article pass; it keeps nothing of them.</summary>
    private sealed class SummaryCounter : Editorial.Rules.CorpusRule
    {
        public System.Collections.Concurrent.ConcurrentBag<string> Summarized { get; } = [];

        public override IReadOnlyList<Editorial.Diagnostics.DiagnosticDescriptor> Descriptors => [];

        public override void Summarize(AnalyzedArticle article) => Summarized.Add(article.Article.Path);

        public override void Analyze(Editorial.Rules.CorpusContext context)
        {
        }
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

    /// <summary>A name's occurrences come back from an unchanged article's summary without their words, which are read from the
    /// file only when ED1005 reports one: the finding in the unchanged article, its fix and the related places are the full
    /// check's after another article of the outlet changed.</summary>
    [Fact]
    public void A_name_ED1005_reports_in_an_unchanged_article_equals_the_full_check()
    {
        using var folder = new CliHarness();
        folder.Write(".editorconfig", "root = true\n[*.txt]\neditorial.outlet = ap\n");
        for (var i = 1; i <= 3; i++)
        {
            folder.Write($"news/{i}.txt", $"General Oleksandr Syrskyi toured the eastern front on Monday, officials said.\n\nSyrskyi said the line held near town {i}.\n");
        }
        folder.Write("news/4.txt", "General Oleksandr Syrsky toured the eastern front on Tuesday, officials said.\n\nSyrsky said the line held.\n");
        SettleAll(folder);
        var full = Report(folder, cached: false);
        full.ShouldContain("'Syrsky' is spelled 'Syrskyi' in most Associated Press articles (3 of 4)");
        Report(folder, cached: true).ShouldBe(full);

        WriteSettled(folder, "news/1.txt", "General Oleksandr Syrskyi toured the eastern front on Monday, officials said.\n\nSyrskyi said the line held.\n",
            Settled.AddMinutes(1));
        var changed = Report(folder, cached: false);
        changed.ShouldContain("'Syrsky' is spelled 'Syrskyi' in most Associated Press articles (3 of 4)");
        Report(folder, cached: true).ShouldBe(changed);
    }

    /// <summary>A time well before the run: a file's size and time are trusted to tell a change only once it has settled.</summary>
    private static readonly DateTime Settled = DateTime.UtcNow.AddHours(-1);

    private static void WriteSettled(CliHarness folder, string relative, string text, DateTime? time = null)
    {
        folder.Write(relative, text);
        File.SetLastWriteTimeUtc(folder.PathOf(relative), time ?? Settled);
    }

    private static void SettleAll(CliHarness folder)
    {
        foreach (var path in Directory.GetFiles(folder.PathOf("news"))) File.SetLastWriteTimeUtc(path, Settled);
    }

    [Fact]
    public void A_file_of_the_size_and_time_recorded_is_not_read_again()
    {
        using var folder = new CliHarness();
        WriteNewsroom(folder);
        SettleAll(folder);
        var full = Report(folder, cached: false);
        full.ShouldContain("Kiev");
        Report(folder, cached: true).ShouldBe(full);

        // Same size, same time: taken as the text it was (so a tool that rewrites a file must change its time, as for make).
        WriteSettled(folder, "news/c.txt", "Another videoconference with the operator followed in Kyiv on Saturday.\n");
        Report(folder, cached: true).ShouldBe(full);

        // Another time: read, and checked again as its text changed.
        File.SetLastWriteTimeUtc(folder.PathOf("news/c.txt"), Settled.AddMinutes(1));
        var kyiv = Report(folder, cached: false);
        kyiv.ShouldNotBe(full);
        Report(folder, cached: true).ShouldBe(kyiv);

        // Another size at the same time: read again.
        WriteSettled(folder, "news/b.txt", "More than 25 people were also rushed to hospital after the coach crash.\n", Settled.AddMinutes(1));
        var resized = Report(folder, cached: false);
        resized.ShouldNotBe(kyiv);
        Report(folder, cached: true).ShouldBe(resized);
    }

    [Fact]
    public void A_configuration_file_of_the_size_and_time_recorded_is_not_read_again()
    {
        using var folder = new CliHarness();
        WriteNewsroom(folder);
        // A line Roslyn skips (ED9010) and a setting of no severity (ED9006, located at its line) are reported from the cache too.
        const string Configuration = "[*.txt]\neditorial.ED1002.severity = error\neditorial.ED1005.severity = loud\n[*.md\n";
        WriteSettled(folder, "news/.editorconfig", Configuration);
        WriteSettled(folder, ".editorconfig", File.ReadAllText(folder.PathOf(".editorconfig")));
        SettleAll(folder);
        var full = Report(folder, cached: false);
        full.ShouldContain("\"ED9010\"");
        full.ShouldContain("\"ED9006\"");
        full.ShouldContain("\"severity\": \"error\"");
        Report(folder, cached: true).ShouldBe(full);
        Report(folder, cached: true).ShouldBe(full);

        // Same size, same time: taken as the text it was (the line skipped, the severity of ED1002), as an article is.
        WriteSettled(folder, "news/.editorconfig", Configuration.Replace("error", "never").Replace("[*.md", "[*.mx"));
        Report(folder, cached: true).ShouldBe(full);

        // Back as it was: an article changed, and one added, under it have their settings, and the line of a setting, from it.
        WriteSettled(folder, "news/.editorconfig", Configuration);
        WriteSettled(folder, "news/c.txt", "Another videoconference with the operator followed in Kiev on Sunday.\n", Settled.AddMinutes(1));
        WriteSettled(folder, "news/f.txt", "A video conference in Kiev closed the day.\n");
        var changed = Report(folder, cached: false);
        changed.ShouldNotBe(full);
        Report(folder, cached: true).ShouldBe(changed);
        Report(folder, cached: true).ShouldBe(changed);

        // Another time: read again, and every article under it has its settings resolved again.
        WriteSettled(folder, "news/.editorconfig", "[*.txt]\neditorial.ED1002.severity = suggestion\n", Settled.AddMinutes(1));
        var configured = Report(folder, cached: false);
        configured.ShouldNotContain("\"ED9010\"");
        configured.ShouldNotContain("\"severity\": \"error\"");
        configured.ShouldContain("\"severity\": \"suggestion\"");
        Report(folder, cached: true).ShouldBe(configured);
        Report(folder, cached: true).ShouldBe(configured);

        // Removed, and back with its stamp of before: the articles under it have the settings of the files left, then its own.
        File.Delete(folder.PathOf("news/.editorconfig"));
        var removed = Report(folder, cached: false);
        removed.ShouldNotBe(configured);
        Report(folder, cached: true).ShouldBe(removed);
        WriteSettled(folder, "news/.editorconfig", "[*.txt]\neditorial.ED1002.severity = suggestion\n", Settled.AddMinutes(1));
        Report(folder, cached: true).ShouldBe(configured);
    }

    [Fact]
    public void A_file_written_just_before_the_run_is_read_whatever_its_size_and_time()
    {
        using var folder = new CliHarness();
        WriteNewsroom(folder);
        var full = Report(folder, cached: true);
        var time = File.GetLastWriteTimeUtc(folder.PathOf("news/c.txt"));

        // A file system that keeps times coarsely gives a second write of the same size the same time.
        folder.Write("news/c.txt", "Another videoconference with the operator followed in Kyiv on Saturday.\n");
        File.SetLastWriteTimeUtc(folder.PathOf("news/c.txt"), time);
        var changed = Report(folder, cached: false);
        changed.ShouldNotBe(full);
        Report(folder, cached: true).ShouldBe(changed);
    }

    [Fact]
    public void A_file_touched_without_a_change_is_read_but_not_checked_again()
    {
        using var folder = new CliHarness();
        WriteNewsroom(folder);
        SettleAll(folder);
        var counter = new ArticleCounter();
        var request = Request(folder, cached: true) with { Rules = [counter, new KievRule()] };
        var first = CheckRun.Run(request).Diagnostics.Select(d => d.ToString()).ToList();
        counter.Checked.Count.ShouldBe(5);

        counter.Checked.Clear();
        File.SetLastWriteTimeUtc(folder.PathOf("news/c.txt"), Settled.AddMinutes(1));
        CheckRun.Run(request).Diagnostics.Select(d => d.ToString()).ShouldBe(first);
        counter.Checked.ShouldBeEmpty();
    }

    [Fact]
    public void Unchanged_files_under_a_changed_configuration_or_profile_are_checked_again()
    {
        using var folder = new CliHarness();
        WriteNewsroom(folder);
        SettleAll(folder);
        Report(folder, cached: true);

        WriteSettled(folder, "news/.editorconfig", "[*.txt]\neditorial.ED1002.severity = error\n");
        var configured = Report(folder, cached: false);
        configured.ShouldContain("\"severity\": \"error\"");
        Report(folder, cached: true).ShouldBe(configured);

        folder.Write("rules/ap.yml", "name: ap\ntitle: Associated Press\nextends: ap\nseverities:\n  ED1005: warning\n");
        var profiled = Report(folder, cached: false);
        profiled.ShouldNotBe(configured);
        Report(folder, cached: true).ShouldBe(profiled);
    }

    [Fact]
    public void Deleted_and_added_files_leave_the_report_of_a_full_check()
    {
        using var folder = new CliHarness();
        WriteNewsroom(folder);
        SettleAll(folder);
        var full = Report(folder, cached: true);

        File.Delete(folder.PathOf("news/d.txt"));
        WriteSettled(folder, "news/f.txt", "A video conference in Kiev closed the day.\n");
        var moved = Report(folder, cached: false);
        moved.ShouldNotBe(full);
        Report(folder, cached: true).ShouldBe(moved);
        Report(folder, cached: true).ShouldBe(moved);

        // Back as it was: the summaries no index names any more are not read.
        File.Delete(folder.PathOf("news/f.txt"));
        WriteSettled(folder, "news/d.txt", "A video conference with the families was held later.\n");
        Report(folder, cached: true).ShouldBe(full);
    }

    /// <summary>A summary the summaries file no longer holds whole (the file cut short) is none: its article, restored because its
    /// outlet is compared again, is summarised again from its text, and the report is the full check's.</summary>
    [Fact]
    public void A_summary_cut_short_in_its_file_is_made_again()
    {
        using var folder = new CliHarness();
        WriteTwoOutlets(folder);
        TwoOutletsReport(folder);
        var summaries = folder.PathOf("obj/editorial.articles.cache.summaries");
        var bytes = File.ReadAllBytes(summaries);
        // The end of the last summary written: ap/4.html's, whose outlet the change below compares again.
        File.WriteAllBytes(summaries, bytes[..^40]);
        folder.Write("ap/2.txt", "Nine people were killed when fire swept the Korsgaard ferry near Hvalby. Another video conference is planned.\n");
        var changed = TwoOutletsReport(folder, cached: false);

        TwoOutletsReport(folder).ShouldBe(changed);
        TwoOutletsReport(folder).ShouldBe(changed);
    }

    /// <summary>A byte of the index changed (a damaged disk, a hand edit): the findings it holds are read back only when reported,
    /// so the index's digest sets it aside whole when it is loaded, and the report is the full check's, not a failure.</summary>
    [Fact]
    public void A_damaged_index_is_set_aside_whole()
    {
        using var folder = new CliHarness();
        WriteNewsroom(folder);
        var full = Report(folder, cached: false);
        Report(folder, cached: true).ShouldBe(full);
        SettleAll(folder);
        Report(folder, cached: true).ShouldBe(full);
        var index = folder.PathOf("obj/editorial.articles.cache");
        var bytes = File.ReadAllBytes(index);
        for (var at = 0; at < bytes.Length; at += Math.Max(1, bytes.Length / 97))
        {
            var damaged = (byte[])bytes.Clone();
            damaged[at] ^= 0x20;
            File.WriteAllBytes(index, damaged);

            Report(folder, cached: true).ShouldBe(full, $"byte {at} of {bytes.Length} changed");
        }
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

        SettleAll(folder);
        Report(folder, cached: true).ShouldBe(full);
        folder.Write("obj/editorial.articles.cache.summaries", "not summaries");
        Report(folder, cached: true).ShouldBe(full);
        Report(folder, cached: true).ShouldBe(full);
        folder.Write("obj/editorial.articles.cache.summaries", "");
        Report(folder, cached: true).ShouldBe(full);
        Report(folder, cached: true).ShouldBe(full);
    }
}
