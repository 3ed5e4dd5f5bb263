using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Editorial.CodeFixes;
using Editorial.Tests;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Editorial.Analyzers.Tests;

/// <summary>
/// The code fix in a workspace, as an IDE applies it: a C# project whose articles are additional documents, diagnostics from
/// the analyzer, the fix's <see cref="ApplyChangesOperation"/> applied to the solution.
/// </summary>
public sealed class CodeFixTests
{
    private static readonly EditorialAnalyzer Analyzer = new(TestRules.All);
    private static readonly ArticleCodeFixProvider Provider = new();

    private static Project CreateProject(AdhocWorkspace workspace, string name, params (string Path, string Text)[] articles)
    {
        var project = workspace.AddProject(ProjectInfo.Create(ProjectId.CreateNewId(), VersionStamp.Default, name, name, LanguageNames.CSharp)
            .WithMetadataReferences([MetadataReference.CreateFromFile(typeof(object).Assembly.Location)]));
        var solution = project.Solution.AddDocument(DocumentId.CreateNewId(project.Id), "Placeholder.cs", "class Placeholder { }");
        foreach (var (path, text) in articles)
        {
            solution = solution.AddAdditionalDocument(DocumentInfo.Create(DocumentId.CreateNewId(project.Id), System.IO.Path.GetFileName(path),
                loader: TextLoader.From(TextAndVersion.Create(SourceText.From(text), VersionStamp.Default, path)), filePath: path));
        }
        workspace.TryApplyChanges(solution).ShouldBeTrue();
        return workspace.CurrentSolution.GetProject(project.Id)!;
    }

    /// <summary>What an IDE shows for the project: the analyzer's diagnostics, with the project's own additional files and options.</summary>
    private static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(Project project)
    {
        var compilation = (await project.GetCompilationAsync())!;
        return await compilation.WithAnalyzers([Analyzer], project.AnalyzerOptions).GetAnalyzerDiagnosticsAsync();
    }

    private static async Task<string> TextOf(Solution solution, string path) =>
        (await solution.Projects.SelectMany(p => p.AdditionalDocuments).Single(d => d.FilePath == path).GetTextAsync()).ToString();

    private static async Task<Solution> ApplyAsync(CodeAction action)
    {
        var operations = await action.GetOperationsAsync(CancellationToken.None);
        return operations.OfType<ApplyChangesOperation>().Single().ChangedSolution;
    }

    private static async Task<List<CodeAction>> FixesFor(TextDocument document, Diagnostic diagnostic)
    {
        var actions = new List<CodeAction>();
        await Provider.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
        return actions;
    }

    [Fact]
    public async Task The_fix_replaces_the_reported_word_and_leaves_every_other_character_as_it_was()
    {
        const string path = "/newsroom/desk/story.txt";
        const string text = "\uFEFFHeadline\r\n\r\nShe said: “Zelensky is here,” in kyiv.\r\n\tZelensky’s aides\u2028left.\n";
        using var workspace = new AdhocWorkspace();
        var project = CreateProject(workspace, "Newsroom", (path, text));
        var diagnostics = await AnalyzeAsync(project);
        var first = diagnostics.Where(d => d.Id == "EDT1001").OrderBy(d => d.Location.SourceSpan.Start).First();
        var document = project.AdditionalDocuments.Single();

        var actions = await FixesFor(document, first);

        actions.Select(a => a.Title).ShouldBe(["Use 'Zelenskyy' (default style)"]);
        actions[0].EquivalenceKey.ShouldBe("Editorial.Replace.EDT1001");
        var fixedSolution = await ApplyAsync(actions[0]);
        (await TextOf(fixedSolution, path)).ShouldBe("\uFEFFHeadline\r\n\r\nShe said: “Zelenskyy is here,” in kyiv.\r\n\tZelensky’s aides\u2028left.\n");

        // Applied again (a stale diagnostic after the edit), the fix finds 'Zelenskyy' where 'Zelensky' was and changes nothing.
        var fixedDocument = fixedSolution.GetAdditionalDocument(document.Id)!;
        var again = await ApplyAsync((await FixesFor(fixedDocument, first)).Single());
        (await TextOf(again, path)).ShouldBe(await TextOf(fixedSolution, path));
    }

    [Fact]
    public async Task Fix_all_in_project_fixes_every_finding_in_every_article_in_one_pass_and_a_second_pass_changes_nothing()
    {
        var ap = ("/newsroom/ap/003.txt", Seeds.Text("ap/003.txt"));
        var afp = ("/newsroom/afp/004.txt", Seeds.Text("afp/004.txt"));
        using var workspace = new AdhocWorkspace();
        var project = CreateProject(workspace, "Newsroom", ap, afp);
        var diagnostics = await AnalyzeAsync(project);
        diagnostics.Count(d => d.Id == "EDT1001").ShouldBe(9);

        var fixedSolution = await FixAllAsync(project, FixAllScope.Project, diagnostics);

        (await TextOf(fixedSolution, ap.Item1)).ShouldBe(Regex.Replace(ap.Item2, @"\bkyiv\b", "Kyiv"));
        (await TextOf(fixedSolution, afp.Item1)).ShouldBe(Regex.Replace(afp.Item2, @"\bZelensky\b", "Zelenskyy"));
        var fixedProject = fixedSolution.GetProject(project.Id)!;
        var remaining = await AnalyzeAsync(fixedProject);
        remaining.ShouldNotContain(d => d.Id == "EDT1001");
        (await FixAllCodeAction(fixedProject, FixAllScope.Project, remaining)).ShouldBeNull();
    }

    [Fact]
    public async Task Fix_all_in_solution_fixes_the_articles_of_every_project()
    {
        using var workspace = new AdhocWorkspace();
        var first = CreateProject(workspace, "Desk", ("/desk/a.txt", "Zelensky and Zelensky."));
        var second = CreateProject(workspace, "Wire", ("/wire/b.md", "# kyiv\n\nIn kyiv, Zelensky.\n"));
        var diagnostics = (await AnalyzeAsync(first)).AddRange(await AnalyzeAsync(workspace.CurrentSolution.GetProject(second.Id)!));

        var fixedSolution = await FixAllAsync(workspace.CurrentSolution.GetProject(first.Id)!, FixAllScope.Solution, diagnostics);

        (await TextOf(fixedSolution, "/desk/a.txt")).ShouldBe("Zelenskyy and Zelenskyy.");
        (await TextOf(fixedSolution, "/wire/b.md")).ShouldBe("# Kyiv\n\nIn Kyiv, Zelenskyy.\n");
    }

    [Fact]
    public async Task Fix_all_takes_the_first_of_overlapping_replacements_and_skips_stale_or_malformed_ones()
    {
        const string path = "/desk/a.txt";
        using var workspace = new AdhocWorkspace();
        var project = CreateProject(workspace, "Desk", (path, "abcdefghij"));
        Diagnostic Replace(int start, int length, string newText, string? replaced, string? startText = null) => Diagnostic.Create(
            new DiagnosticDescriptor("EDT1001", "t", "{0}", "Spelling", DiagnosticSeverity.Warning, true), Location.Create(path, new TextSpan(start, length),
                new LinePositionSpan(new LinePosition(0, start), new LinePosition(0, start + length))),
            new Dictionary<string, string?>
            {
                ["Replacement"] = newText, ["ReplacementStart"] = startText ?? start.ToString(), ["ReplacementLength"] = length.ToString(),
                ["ReplacedText"] = replaced, ["FixTitle"] = "t",
            }.ToImmutableDictionary(),
            "m");

        var fixedSolution = await FixAllAsync(project, FixAllScope.Project, [
            Replace(0, 2, "AB", "ab"),
            Replace(1, 2, "XX", "bc"),          // overlaps the first: left for the next analysis
            Replace(3, 1, "D", "d"),            // adjacent to the first: applied
            Replace(5, 1, "F", "z"),            // stale: the text no longer holds 'z'
            Replace(8, 5, "IJ", "ij!!!"),       // beyond the end of the text
            Replace(6, 1, "G", "g", startText: "-6"),
            Replace(7, 0, "+", null),           // an insertion
            Replace(7, 0, "*", null),           // a second insertion at the same point: left for later
        ]);

        (await TextOf(fixedSolution, path)).ShouldBe("ABcDefg+hij");
    }

    [Fact]
    public void The_provider_is_exported_for_additional_documents_and_fixes_the_catalogs_IDs()
    {
        var export = typeof(ArticleCodeFixProvider).GetCustomAttributes(typeof(ExportCodeFixProviderAttribute), false).Cast<ExportCodeFixProviderAttribute>().Single();

        export.DocumentKinds.ShouldBe([nameof(TextDocumentKind.AdditionalDocument)]);
        export.Languages.ShouldContain(LanguageNames.CSharp);
        Provider.FixableDiagnosticIds.ShouldBe(Editorial.Engine.RuleCatalog.Descriptors.Select(d => d.Id));
        Provider.GetFixAllProvider()!.GetSupportedFixAllScopes().ShouldBe([FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution]);
    }

    /// <summary>
    /// The shipped rules, not test rules: the AFP seed checked as an AP article (an <c>.editorconfig</c> names the outlet) reports
    /// ED1002 on each 'Zelensky', and fixing all of them in the project changes those words and nothing else.
    /// </summary>
    [Fact]
    public async Task The_shipped_rules_fix_Zelensky_to_Zelenskyy_in_an_ap_article_and_a_second_pass_changes_nothing()
    {
        const string path = "/newsroom/afp/004.txt";
        var text = Seeds.Text("afp/004.txt");
        using var workspace = new AdhocWorkspace();
        var project = CreateProject(workspace, "Newsroom", (path, text));
        var config = DocumentInfo.Create(DocumentId.CreateNewId(project.Id), ".editorconfig", filePath: "/newsroom/.editorconfig",
            loader: TextLoader.From(TextAndVersion.Create(SourceText.From("root = true\n\n[*.txt]\neditorial.outlet = ap\n"), VersionStamp.Default)));
        workspace.TryApplyChanges(project.Solution.AddAnalyzerConfigDocuments([config])).ShouldBeTrue();
        project = workspace.CurrentSolution.GetProject(project.Id)!;
        var shipped = new EditorialAnalyzer();

        var diagnostics = await (await project.GetCompilationAsync())!.WithAnalyzers([shipped], project.AnalyzerOptions).GetAnalyzerDiagnosticsAsync();
        var zelensky = diagnostics.Where(d => d.Id == "ED1002").ToList();
        zelensky.Select(AnalyzerHarness.Format).ShouldBe([
            "/newsroom/afp/004.txt(6,167,6,175): warning ED1002: 'Zelensky' is spelled 'Zelenskyy' in Associated Press style",
            "/newsroom/afp/004.txt(11,1,11,9): warning ED1002: 'Zelensky' is spelled 'Zelenskyy' in Associated Press style",
            "/newsroom/afp/004.txt(12,158,12,166): warning ED1002: 'Zelensky' is spelled 'Zelenskyy' in Associated Press style",
        ]);
        (await FixesFor(project.AdditionalDocuments.Single(), zelensky[0])).Select(a => a.Title).ShouldBe(["Use 'Zelenskyy' (Associated Press style)"]);

        var context = new FixAllContext(project, Provider, FixAllScope.Project, "Editorial.Replace.ED1002", ["ED1002"],
            new FixedDiagnostics(diagnostics), CancellationToken.None);
        var fixedSolution = await ApplyAsync((await Provider.GetFixAllProvider()!.GetFixAsync(context))!);

        (await TextOf(fixedSolution, path)).ShouldBe(text.Replace("Zelensky", "Zelenskyy", StringComparison.Ordinal));
        var fixedProject = fixedSolution.GetProject(project.Id)!;
        var again = await (await fixedProject.GetCompilationAsync())!.WithAnalyzers([shipped], fixedProject.AnalyzerOptions).GetAnalyzerDiagnosticsAsync();
        again.ShouldNotContain(d => d.Id == "ED1002");
    }

    private static async Task<Solution> FixAllAsync(Project project, FixAllScope scope, ImmutableArray<Diagnostic> diagnostics) =>
        await ApplyAsync((await FixAllCodeAction(project, scope, diagnostics))!);

    private static Task<CodeAction?> FixAllCodeAction(Project project, FixAllScope scope, ImmutableArray<Diagnostic> diagnostics)
    {
        var context = new FixAllContext(project, Provider, scope, "Editorial.Replace.EDT1001", ["EDT1001"],
            new FixedDiagnostics(diagnostics.Where(d => d.Id == "EDT1001").ToImmutableArray()), CancellationToken.None);
        return Provider.GetFixAllProvider()!.GetFixAsync(context);
    }

    /// <summary>The diagnostics an IDE's diagnostic service would hand fix-all: those of the additional documents of each project.</summary>
    private sealed class FixedDiagnostics(ImmutableArray<Diagnostic> diagnostics) : FixAllContext.DiagnosticProvider
    {
        private IEnumerable<Diagnostic> In(Project project) =>
            diagnostics.Where(d => project.AdditionalDocuments.Any(a => a.FilePath == d.Location.GetLineSpan().Path));

        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) => Task.FromResult(In(project));

        public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken) =>
            Task.FromResult(diagnostics.Where(d => d.Location.GetLineSpan().Path == document.FilePath));

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) => Task.FromResult(In(project));
    }
}
