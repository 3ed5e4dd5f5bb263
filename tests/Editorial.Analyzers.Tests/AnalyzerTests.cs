using Editorial.Configuration;
using Editorial.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using RoslynDiagnostic = Microsoft.CodeAnalysis.Diagnostic;

namespace Editorial.Analyzers.Tests;

/// <summary>The analyzer in a compilation: what it reports on articles, with which severity, location, message and fix.</summary>
public sealed class AnalyzerTests
{
    /// <summary>The built-in outlets, as the unknown-outlet message lists them.</summary>
    private static readonly string BuiltInOutlets = string.Join(", ", Editorial.Profiles.ProfileSet.BuiltIn.Names);

    private const string Path = "/newsroom/desk/story.txt";

    private static readonly EditorialAnalyzer Analyzer = new(TestRules.All);

    private static async Task<IReadOnlyList<RoslynDiagnostic>> Run(AnalyzerHarness harness, params TestFile[] files)
    {
        var diagnostics = await harness.RunAsync(Analyzer, files);
        harness.Exceptions.ShouldBeEmpty();
        diagnostics.ShouldNotContain(d => d.Id == "AD0001");
        return diagnostics;
    }

    private static Task<IReadOnlyList<RoslynDiagnostic>> Run(params TestFile[] files) => Run(new AnalyzerHarness(), files);

    private static IReadOnlyDictionary<string, string> Options(params (string Key, string Value)[] entries) =>
        entries.ToDictionary(e => e.Key, e => e.Value);

    [Fact]
    public async Task Reports_each_finding_at_the_engines_line_and_column_with_its_fix_in_the_properties()
    {
        var diagnostics = await Run(new TestFile(Path, "Talks in kyiv\nZelensky met officials.\n"));

        diagnostics.Select(AnalyzerHarness.Format).ShouldBe([
            "/newsroom/desk/story.txt(1,10,1,14): warning EDT1001: Use 'Kyiv' rather than 'kyiv'",
            "/newsroom/desk/story.txt(2,1,2,9): warning EDT1001: Use 'Zelenskyy' rather than 'Zelensky'",
        ]);
        var zelensky = diagnostics[1];
        zelensky.Location.Kind.ShouldBe(LocationKind.ExternalFile);
        zelensky.Location.SourceSpan.ShouldBe(new Microsoft.CodeAnalysis.Text.TextSpan(14, 8));
        zelensky.Properties.ShouldBe(new Dictionary<string, string?>
        {
            ["Replacement"] = "Zelenskyy",
            ["ReplacementStart"] = "14",
            ["ReplacementLength"] = "8",
            ["ReplacedText"] = "Zelensky",
            ["FixTitle"] = "Use 'Zelenskyy' (default style)",
        }, ignoreOrder: true);
        zelensky.Descriptor.HelpLinkUri.ShouldBe("https://github.com/editorial-tools/editorial/blob/main/docs/rules/EDT1001.md");
    }

    [Fact]
    public async Task A_finding_inside_a_quotation_takes_the_quotation_severity()
    {
        var diagnostics = await Run(new TestFile(Path, "She said: “Zelensky is here.”\n"));

        diagnostics.Select(AnalyzerHarness.Format).ShouldBe(["/newsroom/desk/story.txt(1,12,1,20): info EDT1001: Use 'Zelenskyy' rather than 'Zelensky'"]);
    }

    [Fact]
    public async Task The_folder_severity_key_sets_the_severity_the_compiler_reports()
    {
        var diagnostics = await Run(new TestFile(Path, "Zelensky.", Options(("editorial.edt1001.severity", "error"))));

        diagnostics.Single().Severity.ShouldBe(DiagnosticSeverity.Error);
    }

    [Fact]
    public async Task A_rule_off_by_default_is_silent_until_a_folder_key_switches_it_on()
    {
        (await Run(new TestFile(Path, "Talks resume on Monday."))).ShouldBeEmpty();

        var diagnostics = await Run(new TestFile(Path, "Talks resume on Monday.", Options(("editorial.EDT1002.severity", "warning"))));

        diagnostics.Select(AnalyzerHarness.Format).ShouldBe(["/newsroom/desk/story.txt(1,17,1,23): warning EDT1002: The word 'Monday'"]);
        Analyzer.SupportedDiagnostics.Single(d => d.Id == "EDT1002").IsEnabledByDefault.ShouldBeFalse();
    }

    [Fact]
    public async Task In_a_host_whose_options_cannot_list_their_keys_Editorials_own_keys_are_still_read()
    {
        var harness = new AnalyzerHarness { OptionsListKeys = false };

        var diagnostics = await Run(harness, new TestFile(Path, "Zelensky.", Options(("editorial.EDT1001.severity", "error"), ("editorial.outlet", "nosuch"))));

        diagnostics.Select(d => (d.Id, d.Severity)).ShouldBe([("ED9005", DiagnosticSeverity.Error), ("EDT1001", DiagnosticSeverity.Error)]);
    }

    [Fact]
    public async Task NoWarn_suppresses_and_WarningsAsErrors_promotes_what_the_analyzer_reports()
    {
        var file = new TestFile(Path, "Zelensky.");

        (await Run(new AnalyzerHarness { SpecificOptions = new Dictionary<string, ReportDiagnostic> { ["EDT1001"] = ReportDiagnostic.Suppress } }, file))
            .ShouldBeEmpty();
        (await Run(new AnalyzerHarness { SpecificOptions = new Dictionary<string, ReportDiagnostic> { ["EDT1001"] = ReportDiagnostic.Error } }, file))
            .Single().Severity.ShouldBe(DiagnosticSeverity.Error);
    }

    [Fact]
    public async Task A_global_config_severity_overrides_the_folder_key_as_in_the_engine()
    {
        var file = new TestFile(Path, "Zelensky.", Options(("editorial.EDT1001.severity", "error")));

        (await Run(new AnalyzerHarness { GlobalSeverities = new Dictionary<string, ReportDiagnostic> { ["EDT1001"] = ReportDiagnostic.Suppress } }, file))
            .ShouldBeEmpty();
        (await Run(new AnalyzerHarness { GlobalSeverities = new Dictionary<string, ReportDiagnostic> { ["EDT1001"] = ReportDiagnostic.Info } }, file))
            .Single().Severity.ShouldBe(DiagnosticSeverity.Info);
    }

    [Fact]
    public async Task A_file_an_editorconfig_section_excludes_is_not_analyzed()
    {
        (await Run(new TestFile(Path, "Zelensky.", Options(("editorial.exclude", "true"), ("editorial.outlet", "nosuch"))))).ShouldBeEmpty();
        (await Run(new TestFile(Path, "Zelensky.", Options(("editorial.exclude", "false"))))).ShouldNotBeEmpty();
    }

    [Fact]
    public async Task An_unknown_outlet_from_the_folder_or_the_project_property_is_ED9005()
    {
        var fromFolder = await Run(new TestFile(Path, "Text.", Options(("editorial.outlet", "nosuch"))));
        var fromProperty = await Run(new AnalyzerHarness { GlobalOptions = Options(("build_property.EditorialOutlet", "gazette")) }, new TestFile(Path, "Text."));

        fromFolder.Select(AnalyzerHarness.Format).ShouldBe(["/newsroom/desk/story.txt(1,1,1,1): error ED9005: Unknown outlet 'nosuch' (from editorial.outlet); known outlets: " + BuiltInOutlets + ""]);
        fromProperty.Select(AnalyzerHarness.Format).ShouldBe(["/newsroom/desk/story.txt(1,1,1,1): error ED9005: Unknown outlet 'gazette' (from EditorialOutlet); known outlets: " + BuiltInOutlets + ""]);
    }

    [Fact]
    public async Task An_invalid_setting_is_ED9006_and_the_default_applies()
    {
        var diagnostics = await Run(new TestFile(Path, "She said: “Zelensky is here.”", Options(("editorial.quotation_severity", "loud"))));

        diagnostics.Select(AnalyzerHarness.Format).ShouldBe([
            "/newsroom/desk/story.txt(1,1,1,1): error ED9006: Invalid value 'loud' for 'editorial.quotation_severity': a severity is one of none, suggestion, warning, error, default",
            "/newsroom/desk/story.txt(1,12,1,20): info EDT1001: Use 'Zelenskyy' rather than 'Zelensky'",
        ]);
    }

    [Fact]
    public async Task A_project_profile_passed_as_an_additional_file_is_used_and_its_problems_are_reported_in_it()
    {
        var profile = new TestFile("/newsroom/rules/gazette.yml", "name: gazette\nseverities:\n  EDT1001: error\n");
        var broken = new TestFile("/newsroom/rules/broken.yml", "name: broken\ncolour: blue\n");
        var article = new TestFile(Path, "Zelensky.", Options(("editorial.outlet", "gazette")));

        var diagnostics = await Run(profile, broken, article);

        diagnostics.Select(AnalyzerHarness.Format).ShouldBe([
            "/newsroom/desk/story.txt(1,1,1,9): error EDT1001: Use 'Zelenskyy' rather than 'Zelensky'",
            "/newsroom/rules/broken.yml(2,1,2,1): error ED9004: Profile 'broken' is invalid: unknown key 'colour'; the keys of a profile are name, title, extends, locale, source, spellings, settings, lists, remove-from-lists, severities, examples",
        ]);
        diagnostics[0].Properties["FixTitle"].ShouldBe("Use 'Zelenskyy' (gazette style)");
    }

    [Fact]
    public async Task Files_the_package_did_not_mark_as_articles_are_left_alone()
    {
        var kind = AdditionalFileRoles.KindKey;
        var diagnostics = await Run(
            new TestFile("/newsroom/PublicAPI.Shipped.txt", "Zelensky", Options((kind, ""))),
            new TestFile("/newsroom/copy/story.text", "Zelensky", Options((kind, "Article"))));

        diagnostics.Select(AnalyzerHarness.Format).ShouldBe(["/newsroom/copy/story.text(1,1,1,9): warning EDT1001: Use 'Zelenskyy' rather than 'Zelensky'"]);
    }

    [Fact]
    public async Task A_file_with_NUL_characters_is_ED9002_and_is_not_checked()
    {
        var diagnostics = await Run(new TestFile(Path, "Zelensky\0met"));

        diagnostics.Select(AnalyzerHarness.Format).ShouldBe(["/newsroom/desk/story.txt(1,9,1,9): error ED9002: '/newsroom/desk/story.txt' is not article text: it holds a NUL character, so it is binary"]);
    }

    [Fact]
    public async Task A_file_the_compiler_had_to_decode_with_a_fallback_encoding_is_ED9002_as_in_the_CLI()
    {
        const string expected = "/newsroom/desk/story.txt(1,4,1,4): error ED9002: '/newsroom/desk/story.txt' is not article text: it is not valid UTF-8; "
            + "if it is in another encoding, declare it in .editorconfig: [*.txt] charset = latin1";
        // Where the system code page is UTF-8 (Linux, macOS) the compiler falls back to UTF-8 that replaces invalid bytes.
        var replacing = await Run(new TestFile(Path, "caf\uFFFD society", Encoding: new System.Text.UTF8Encoding(false)));
        // Where it is a legacy code page (Windows), the text is decoded with that code page.
        var legacy = await Run(new TestFile(Path, "café society", Encoding: System.Text.Encoding.Latin1));
        // A valid file the compiler read as strict UTF-8 may hold a replacement character of its own.
        var valid = await Run(new TestFile(Path, "caf\uFFFD society", Encoding: new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true)));

        replacing.Select(AnalyzerHarness.Format).ShouldBe([expected]);
        legacy.Select(AnalyzerHarness.Format).ShouldBe([expected]);
        valid.ShouldBeEmpty();
    }

    [Fact]
    public async Task An_article_over_the_size_limit_is_ED9003_and_is_not_checked()
    {
        var diagnostics = await Run(new TestFile(Path, "Zelensky met officials.", Options((EditorialOptions.MaxArticleChars, "10"))));

        diagnostics.Select(AnalyzerHarness.Format).ShouldBe(["/newsroom/desk/story.txt(1,1,1,1): error ED9003: '/newsroom/desk/story.txt' has 23 characters, more than the limit of 10"]);
    }

    [Fact]
    public async Task A_rule_that_throws_is_ED9000_and_the_other_rules_still_report()
    {
        var diagnostics = await Run(new TestFile(Path, "BOOM Zelensky"));

        diagnostics.Select(AnalyzerHarness.Format).ShouldBe([
            "/newsroom/desk/story.txt(1,1,1,1): warning ED9000: Rule EDT9999 failed on this article: InvalidOperationException: boom",
            "/newsroom/desk/story.txt(1,6,1,14): warning EDT1001: Use 'Zelenskyy' rather than 'Zelensky'",
        ]);
    }

    [Fact]
    public async Task Cross_article_findings_are_reported_at_compilation_end_with_the_other_article_as_additional_location()
    {
        var first = new TestFile("/newsroom/a.txt", "Zelenskyy spoke.");
        var second = new TestFile("/newsroom/b.txt", "Later, Zelensky left.");

        var diagnostics = await Run(first, second);

        var consistency = diagnostics.Single(d => d.Id == "EDT2001");
        AnalyzerHarness.Format(consistency).ShouldBe("/newsroom/b.txt(1,8,1,16): warning EDT2001: 'Zelensky' here, 'Zelenskyy' in /newsroom/a.txt");
        var related = consistency.AdditionalLocations.Single().GetLineSpan();
        (related.Path, related.StartLinePosition.Line, related.StartLinePosition.Character).ShouldBe(("/newsroom/a.txt", 0, 0));
    }

    [Fact]
    public async Task Analysing_one_article_as_an_IDE_does_at_a_keystroke_gives_its_own_findings_and_leaves_cross_article_ones_to_the_build()
    {
        var first = new TestFile("/newsroom/a.txt", "Zelenskyy spoke.");
        var second = new TestFile("/newsroom/b.txt", "Later, Zelensky left.");
        var harness = new AnalyzerHarness();
        var withAnalyzers = harness.Prepare(Analyzer, [first, second]);
        var edited = withAnalyzers.AnalysisOptions.Options!.AdditionalFiles.Single(f => f.Path == second.Path);

        var result = await withAnalyzers.GetAnalysisResultAsync(edited, CancellationToken.None);

        harness.Exceptions.ShouldBeEmpty();
        result.GetAllDiagnostics().Select(AnalyzerHarness.Format)
            .ShouldBe(["/newsroom/b.txt(1,8,1,16): warning EDT1001: Use 'Zelenskyy' rather than 'Zelensky'"]);
    }

    [Fact]
    public void Descriptors_come_from_the_rules_with_severities_mapped_and_cross_article_ones_tagged_compilation_end()
    {
        var supported = Analyzer.SupportedDiagnostics.ToDictionary(d => d.Id);

        supported.Keys.ShouldBe(["ED9000", "ED9001", "ED9002", "ED9003", "ED9004", "ED9005", "ED9006", "ED9007", "ED9008", "ED9009", "ED9010", "ED9011", "EDT1001", "EDT1002", "EDT2001", "EDT9999"]);
        supported["EDT1001"].DefaultSeverity.ShouldBe(DiagnosticSeverity.Warning);
        supported["ED9004"].DefaultSeverity.ShouldBe(DiagnosticSeverity.Error);
        supported["EDT1002"].DefaultSeverity.ShouldBe(DiagnosticSeverity.Info);
        supported["EDT2001"].CustomTags.ShouldContain(WellKnownDiagnosticTags.CompilationEnd);
        supported["EDT1001"].CustomTags.ShouldNotContain(WellKnownDiagnosticTags.CompilationEnd);
        supported["EDT1001"].Title.ToString().ShouldBe(TestRules.Spelling.Title);
    }

    [Fact]
    public void The_default_analyzer_supports_every_descriptor_of_the_catalog()
    {
        new EditorialAnalyzer().SupportedDiagnostics.Select(d => d.Id)
            .ShouldBe(Editorial.Engine.RuleCatalog.Descriptors.Select(d => d.Id));
    }
}
