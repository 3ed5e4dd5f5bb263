using Editorial.LanguageServer;

namespace Editorial.Cli.Tests.LanguageServer;

/// <summary>The language server's decisions, without the wire: what is checked on open, change, save and close, what is
/// published for which document, and which fixes are offered. Test rules: EDT001 (each "Kiev", fixed to "Kyiv") and
/// EDT004 (cross-article: "Kiev" in another article too).</summary>
public sealed class ArticleWorkspaceTests : IDisposable
{
    private readonly CliHarness _files = new();
    private readonly ArticleWorkspace _workspace;

    public ArticleWorkspaceTests()
    {
        _workspace = new ArticleWorkspace(new ServerOptions(Rules: [new KievRule(), new SharedKievRule()]));
        _workspace.AddFolder(_files.Root);
    }

    public void Dispose() => _files.Dispose();

    private string Uri(string relative) => LspConversion.UriOfPath(_files.PathOf(relative));

    private static Lsp.Range Range(int line, int character, int endLine, int endCharacter) => new(new(line, character), new(endLine, endCharacter));

    /// <summary>Each publication as its file name, version and findings (ID, range, message).</summary>
    private static string[] Show(IEnumerable<Lsp.PublishDiagnosticsParams> publications) => publications
        .Select(p => $"{Path.GetFileName(new Uri(p.Uri).LocalPath)} v{p.Version?.ToString() ?? "-"}: "
            + string.Join("; ", p.Diagnostics.Select(d => $"{d.Code} {d.Range.Start.Line}:{d.Range.Start.Character}-{d.Range.End.Line}:{d.Range.End.Character} {d.Message}")))
        .ToArray();

    [Fact]
    public void An_opened_article_is_checked_as_the_editor_holds_it_not_as_saved()
    {
        _files.Write("a.txt", "Nothing to see.\n");

        Show(_workspace.Open(Uri("a.txt"), 1, "Talks in Kiev.\n"))
            .ShouldBe(["a.txt v1: EDT001 0:9-0:13 Use 'Kyiv', not 'Kiev'"]);
    }

    [Fact]
    public void An_unknown_outlet_given_to_the_server_is_shown_in_each_open_article_which_is_still_checked()
    {
        // The CLI refuses an unknown --outlet before it reads anything; an editor shows the problem where it acts instead.
        var workspace = new ArticleWorkspace(new ServerOptions(DefaultOutlet: "nosuch", Rules: [new KievRule()]));
        workspace.AddFolder(_files.Root);
        _files.Write("a.txt", "Talks in Kiev.\n");

        Show(workspace.Open(Uri("a.txt"), 1, "Talks in Kiev.\n")).ShouldBe([
            "a.txt v1: ED9005 0:0-0:0 Unknown outlet 'nosuch' (from the default outlet); known outlets: "
                + string.Join(", ", Profiles.ProfileSet.BuiltIn.Names) + "; EDT001 0:9-0:13 Use 'Kyiv', not 'Kiev'"]);
    }

    [Fact]
    public void Unsaved_text_meets_the_limits_a_file_meets()
    {
        _files.Write(".editorconfig", "root = true\n\n[*.txt]\neditorial.max_article_chars = 20\n");

        Show(_workspace.Open(Uri("long.txt"), 1, "Talks in Kiev went on all night.\n"))
            .ShouldBe([$"long.txt v1: ED9003 0:0-0:0 '{_files.PathOf("long.txt")}' has 33 characters, more than the limit of 20"]);
        // The folder is checked again, and both open documents republished.
        Show(_workspace.Open(Uri("nul.txt"), 1, "Talks\0 in Kiev.\n")).Last()
            .ShouldBe($"nul.txt v1: ED9002 0:5-0:5 '{_files.PathOf("nul.txt")}' is not article text: it holds a NUL character, so it is binary");
    }

    /// <summary>A change as the server makes it when no other change comes in during its check: the edit, then its check.</summary>
    private IReadOnlyList<Lsp.PublishDiagnosticsParams> Change(string uri, int version, string text)
    {
        _workspace.Edit(uri, version, [new(text)]);
        return _workspace.CheckEdited(uri);
    }

    [Fact]
    public void Edits_that_came_in_before_their_check_are_checked_once_as_the_last_left_the_text()
    {
        _workspace.Open(Uri("a.txt"), 1, "Talks in Kiev.\n");
        _workspace.Edit(Uri("a.txt"), 2, [new("Talks in Kiev and Kiev.\n")]);
        _workspace.Edit(Uri("a.txt"), 3, [new("Talks in Kyiv and Kiev.\n")]);

        Show(_workspace.CheckEdited(Uri("a.txt"))).ShouldBe(["a.txt v3: EDT001 0:18-0:22 Use 'Kyiv', not 'Kiev'"]);
        _workspace.CheckEdited(Uri("a.txt")).ShouldBeEmpty();
    }

    [Fact]
    public void An_edit_that_a_save_checked_is_not_checked_again()
    {
        _workspace.Open(Uri("a.txt"), 1, "Talks in Kiev.\n");
        _workspace.Edit(Uri("a.txt"), 2, [new("Talks in Kyiv.\n")]);

        Show(_workspace.Save(Uri("a.txt"), null)).ShouldBe(["a.txt v2: "]);
        _workspace.CheckEdited(Uri("a.txt")).ShouldBeEmpty();
    }

    [Fact]
    public void An_edit_of_a_closed_document_is_never_checked()
    {
        _workspace.Open(Uri("a.txt"), 1, "Talks in Kiev.\n");
        _workspace.Edit(Uri("a.txt"), 2, [new("Talks in Kiev again.\n")]);
        _workspace.Close(Uri("a.txt"));

        _workspace.CheckEdited(Uri("a.txt")).ShouldBeEmpty();
    }

    [Fact]
    public void A_change_is_checked_and_published_with_its_version()
    {
        _workspace.Open(Uri("a.txt"), 1, "Talks in Kiev.\n");

        Show(Change(Uri("a.txt"), 2, "Talks in Kyiv and Kiev.\n"))
            .ShouldBe(["a.txt v2: EDT001 0:18-0:22 Use 'Kyiv', not 'Kiev'"]);
        Show(Change(Uri("a.txt"), 3, "Talks in Kyiv.\n")).ShouldBe(["a.txt v3: "]);
    }

    [Fact]
    public void Editorconfig_settings_apply_as_in_every_other_host()
    {
        _files.Write(".editorconfig", "root = true\n\n[quiet/**]\neditorial.EDT001.severity = none\n\n[loud/**]\neditorial.EDT001.severity = error\n");

        _workspace.Open(Uri("quiet/a.txt"), 1, "Talks in Kiev.\n").Single().Diagnostics.ShouldBeEmpty();
        _workspace.Open(Uri("loud/b.txt"), 1, "Talks in Kiev.\n").Single(p => p.Uri == Uri("loud/b.txt")).Diagnostics
            .Select(d => (d.Code, d.Severity)).ShouldBe([("EDT001", Lsp.DiagnosticSeverity.Error), ("EDT004", Lsp.DiagnosticSeverity.Information)]);
    }

    [Fact]
    public void Opening_checks_the_folder_and_publishes_the_cross_article_finding_for_the_closed_article_too()
    {
        _files.Write("b.txt", "Kiev again.\n");

        Show(_workspace.Open(Uri("a.txt"), 1, "Talks in Kiev.\n")).ShouldBe([
            "a.txt v1: EDT001 0:9-0:13 Use 'Kyiv', not 'Kiev'; EDT004 0:9-0:13 'Kiev' is also in b.txt",
            "b.txt v-: EDT004 0:0-0:4 'Kiev' is also in a.txt",
        ]);
    }

    [Fact]
    public void A_closed_articles_cross_article_finding_is_published_only_when_it_names_an_open_document()
    {
        // The test rule relates each article to the first other one (in path order): a.txt and b.txt to each other, the open c.txt to a.txt.
        _files.Write("a.txt", "Kiev again.\n");
        _files.Write("b.txt", "Kiev, the third time.\n");

        Show(_workspace.Open(Uri("c.txt"), 1, "Talks in Kiev.\n"))
            .ShouldBe(["c.txt v1: EDT001 0:9-0:13 Use 'Kyiv', not 'Kiev'; EDT004 0:9-0:13 'Kiev' is also in a.txt"]);
    }

    [Fact]
    public void A_closed_articles_own_findings_are_not_published()
    {
        _files.Write("b.txt", "Kiev and Kiev.\n");

        var published = _workspace.Open(Uri("a.txt"), 1, "Nothing to see.\n");

        Show(published).ShouldBe(["a.txt v1: "]);
    }

    [Fact]
    public void A_cross_article_finding_stays_while_the_text_before_it_is_unchanged_and_returns_on_save()
    {
        _files.Write("b.txt", "Kiev again.\n");
        _workspace.Open(Uri("a.txt"), 1, "Talks in Kiev.\nMore.\n");

        // Text after it moves nothing: only the open article is published.
        Show(Change(Uri("a.txt"), 2, "Talks in Kiev.\nMore to come.\n"))
            .ShouldBe(["a.txt v2: EDT001 0:9-0:13 Use 'Kyiv', not 'Kiev'; EDT004 0:9-0:13 'Kiev' is also in b.txt"]);
        // A line above it moves it: it is held back rather than shown at a stale place, and so is the closed article's
        // finding whose related location is that place.
        Show(Change(Uri("a.txt"), 3, "Headline\nTalks in Kiev.\nMore to come.\n"))
            .ShouldBe(["a.txt v3: EDT001 1:9-1:13 Use 'Kyiv', not 'Kiev'", "b.txt v-: "]);
        Show(_workspace.Save(Uri("a.txt"), null)).ShouldBe([
            "a.txt v3: EDT001 1:9-1:13 Use 'Kyiv', not 'Kiev'; EDT004 1:9-1:13 'Kiev' is also in b.txt",
            "b.txt v-: EDT004 0:0-0:4 'Kiev' is also in a.txt",
        ]);
    }

    [Fact]
    public void Saving_clears_what_no_longer_applies_to_other_documents()
    {
        _files.Write("b.txt", "Kiev again.\n");
        _workspace.Open(Uri("a.txt"), 1, "Talks in Kiev.\n");
        _files.Write("b.txt", "Kyiv again.\n");

        Show(_workspace.Save(Uri("a.txt"), null)).ShouldBe(["b.txt v-: ", "a.txt v1: EDT001 0:9-0:13 Use 'Kyiv', not 'Kiev'"]);
    }

    [Fact]
    public void Saving_a_configuration_file_checks_the_open_articles_again_with_it()
    {
        _workspace.Open(Uri("desk/a.txt"), 1, "Talks in Kiev.\n");
        _files.Write(".editorconfig", "root = true\n\n[desk/**]\neditorial.EDT001.severity = none\n");

        Show(_workspace.Save(Uri(".editorconfig"), null)).ShouldBe(["a.txt v1: "]);
        // A value the configuration does not define is its own problem, published for the file that holds it.
        _files.Write(".editorconfig", "root = true\n\n[desk/**]\neditorial.EDT001.severity = loud\n");
        Show(_workspace.Save(Uri(".editorconfig"), null)).ShouldBe([
            ".editorconfig v-: ED9006 3:0-3:25 Invalid value 'loud' for 'editorial.EDT001.severity': a severity is one of none, silent, suggestion, info, warning, error, default",
            "a.txt v1: EDT001 0:9-0:13 Use 'Kyiv', not 'Kiev'",
        ]);
    }

    [Fact]
    public void A_changed_global_config_checks_the_open_articles_again_with_it()
    {
        _workspace.Open(Uri("desk/a.txt"), 1, "Talks in Kiev.\n");
        _files.Write(".globalconfig", "is_global = true\neditorial.EDT001.severity = none\n");

        Show(_workspace.FilesChanged([Uri(".globalconfig")])).ShouldBe(["a.txt v1: "]);
    }

    [Fact]
    public void Files_changed_on_disk_check_the_open_articles_again_when_a_check_reads_them()
    {
        _workspace.Open(Uri("a.txt"), 1, "Talks in Kiev.\n");
        _files.Write("b.txt", "Kiev again.\n");
        _files.Write("notes.json", "{ }");

        _workspace.FilesChanged([Uri("notes.json")]).ShouldBeEmpty();
        Show(_workspace.FilesChanged([Uri("b.txt"), Uri("notes.json")])).ShouldBe([
            "a.txt v1: EDT001 0:9-0:13 Use 'Kyiv', not 'Kiev'; EDT004 0:9-0:13 'Kiev' is also in b.txt",
            "b.txt v-: EDT004 0:0-0:4 'Kiev' is also in a.txt",
        ]);
    }

    [Fact]
    public void Only_a_yaml_file_that_a_check_reads_as_a_profile_checks_the_open_articles_again()
    {
        _workspace.Open(Uri("a.txt"), 1, "Talks in Kiev.\n");
        _files.Write(".github/workflows/build.yml", "on: [push]\n");
        _files.Write("desk/rules/notes.yml", "on: [push]\n");
        _files.Write("rules/desk.yml", "name: desk\ntitle: [Desk\n");

        _workspace.FilesChanged([Uri(".github/workflows/build.yml"), Uri("desk/rules/notes.yml")]).ShouldBeEmpty();
        Show(_workspace.FilesChanged([Uri("rules/desk.yml")])).ShouldBe([
            "a.txt v1: EDT001 0:9-0:13 Use 'Kyiv', not 'Kiev'",
            "desk.yml v-: ED9004 1:7-1:7 Profile 'desk' is invalid: a '[', '{' or quotation mark is not closed",
        ]);
    }

    [Fact]
    public void A_profile_named_with_the_profiles_option_is_read_as_one_wherever_it_is()
    {
        using var elsewhere = new CliHarness();
        elsewhere.Write("house/desk.yml", "name: desk\ntitle: [Desk\n");
        elsewhere.Write("single.yaml", "name: single\ntitle: [Single\n");
        var workspace = new ArticleWorkspace(new ServerOptions(Profiles: [elsewhere.PathOf("house"), elsewhere.PathOf("single.yaml")], Rules: [new KievRule()]));
        workspace.AddFolder(_files.Root);
        workspace.Open(Uri("a.txt"), 1, "Talks in Kiev.\n");

        workspace.FilesChanged([LspConversion.UriOfPath(elsewhere.PathOf("house/desk.yml"))]).ShouldNotBeEmpty();
        workspace.FilesChanged([LspConversion.UriOfPath(elsewhere.PathOf("single.yaml"))]).ShouldNotBeEmpty();
    }

    [Fact]
    public void Closing_clears_the_documents_diagnostics()
    {
        _workspace.Open(Uri("a.txt"), 1, "Talks in Kiev.\n");

        Show(_workspace.Close(Uri("a.txt"))).ShouldBe(["a.txt v-: "]);
        _workspace.CodeActions(Uri("a.txt"), Range(0, 9, 0, 9), null).ShouldBeEmpty();
    }

    [Fact]
    public void Closing_an_article_clears_a_closed_articles_finding_that_named_only_it()
    {
        _files.Write("b.txt", "Kiev again.\n");
        _workspace.Open(Uri("a.txt"), 1, "Talks in Kiev.\n");

        Show(_workspace.Close(Uri("a.txt"))).ShouldBe(["a.txt v-: ", "b.txt v-: "]);
    }

    [Fact]
    public void Closing_an_article_keeps_a_closed_articles_finding_that_names_another_open_one()
    {
        // The test rule relates each article to the first other one: b.txt to the open a.txt, whichever else is open.
        _files.Write("b.txt", "Kiev again.\n");
        _workspace.Open(Uri("a.txt"), 1, "Talks in Kiev.\n");
        _workspace.Open(Uri("c.txt"), 1, "More talks in Kiev.\n");

        Show(_workspace.Close(Uri("c.txt"))).ShouldBe(["c.txt v-: "]);
    }

    [Fact]
    public void A_configuration_files_problem_is_cleared_when_it_is_fixed_with_no_article_open()
    {
        _files.Write(".editorconfig", "root = true\n\n[*.txt]\neditorial.EDT001.severity = loud\n");
        _workspace.Open(Uri("a.txt"), 1, "Talks in Kiev.\n");
        _workspace.Close(Uri("a.txt"));

        _files.Write(".editorconfig", "root = true\n\n[*.txt]\neditorial.EDT001.severity = error\n");
        Show(_workspace.Save(Uri(".editorconfig"), null)).ShouldBe([".editorconfig v-: "]);
    }

    [Fact]
    public void An_article_outside_the_workspace_folders_is_checked_alone()
    {
        using var elsewhere = new CliHarness();
        elsewhere.Write("b.txt", "Kiev again.\n");
        var uri = LspConversion.UriOfPath(elsewhere.PathOf("a.txt"));

        Show(_workspace.Open(uri, 1, "Talks in Kiev.\n")).ShouldBe(["a.txt v1: EDT001 0:9-0:13 Use 'Kyiv', not 'Kiev'"]);
    }

    [Fact]
    public void Documents_that_are_not_articles_are_left_alone()
    {
        _workspace.Open(Uri("notes.json"), 1, "{ \"city\": \"Kiev\" }").ShouldBeEmpty();
        _workspace.Open("untitled:Untitled-1", 1, "Talks in Kiev.").ShouldBeEmpty();
    }

    [Fact]
    public void A_quick_fix_is_offered_for_the_finding_under_the_cursor()
    {
        _workspace.Open(Uri("a.txt"), 1, "Kiev talks.\nTalks in Kiev.\n");

        var actions = _workspace.CodeActions(Uri("a.txt"), Range(1, 11, 1, 11), [Lsp.CodeActionKind.QuickFix]);

        var action = actions.ShouldHaveSingleItem();
        action.Title.ShouldBe("Use 'Kyiv'");
        action.Kind.ShouldBe("quickfix");
        action.IsPreferred.ShouldBe(true);
        action.Diagnostics!.Select(d => (d.Code, d.Range)).ShouldBe([("EDT001", Range(1, 9, 1, 13))]);
        action.Edit.Changes.ShouldHaveSingleItem().Key.ShouldBe(Uri("a.txt"));
        action.Edit.Changes[Uri("a.txt")].ShouldBe([new Lsp.TextEdit(Range(1, 9, 1, 13), "Kyiv")]);
    }

    [Fact]
    public void Fix_all_makes_every_fix_of_the_article_as_editorial_fix_does()
    {
        _workspace.Open(Uri("a.txt"), 1, "Kiev talks.\nTalks in Kiev.\n");

        var actions = _workspace.CodeActions(Uri("a.txt"), Range(0, 0, 0, 0), [Lsp.CodeActionKind.SourceFixAll]);

        var action = actions.ShouldHaveSingleItem();
        action.Kind.ShouldBe("source.fixAll");
        action.Edit.Changes[Uri("a.txt")].ShouldBe([
            new Lsp.TextEdit(Range(0, 0, 0, 4), "Kyiv"),
            new Lsp.TextEdit(Range(1, 9, 1, 13), "Kyiv"),
        ]);
    }

    [Fact]
    public void Without_a_kind_asked_for_both_kinds_are_offered_and_none_away_from_a_finding()
    {
        _workspace.Open(Uri("a.txt"), 1, "Kiev talks.\nNothing here.\n");

        _workspace.CodeActions(Uri("a.txt"), Range(0, 2, 0, 2), null).Select(a => a.Kind).ShouldBe(["quickfix", "source.fixAll"]);
        _workspace.CodeActions(Uri("a.txt"), Range(1, 2, 1, 2), [Lsp.CodeActionKind.QuickFix]).ShouldBeEmpty();
        _workspace.CodeActions(Uri("a.txt"), Range(0, 2, 0, 2), ["refactor"]).ShouldBeEmpty();
    }
}
