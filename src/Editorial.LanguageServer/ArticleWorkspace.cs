using Editorial.Articles;
using Editorial.Diagnostics;
using Editorial.Engine;
using Editorial.Hosting;
using Editorial.Hosting.Configuration;
using Editorial.Hosting.Fixing;
using Editorial.Rules;
using Editorial.Text;

namespace Editorial.LanguageServer;

/// <summary>What <c>editorial lsp</c> was started with: the <c>--outlet</c> and <c>--profiles</c> of <c>editorial check</c>.</summary>
public sealed record ServerOptions(string? DefaultOutlet = null, IReadOnlyList<string>? Profiles = null, IReadOnlyList<Rule>? Rules = null);

/// <summary>
/// The editor's articles as the server knows them, and when each is checked. Every check is <see cref="CheckRun"/>, the check
/// of <c>editorial check</c>, over a <see cref="CheckRequest"/> made as the CLI makes it for a folder (its articles, its own
/// <c>rules/</c> folder, <c>.editorconfig</c> resolved per article), with the open documents' text in place of the files':
/// <list type="bullet">
/// <item>On open and save, the whole workspace folder of the document: the cross-article rules see every article in it.</item>
/// <item>On change, the document alone (a keystroke cannot wait for the folder), once for the edits that came in while the
/// check before it ran (<see cref="Edit"/>, then <see cref="CheckEdited"/>). Its cross-article findings from the last
/// open or save are kept while the text up to each one's end is unchanged, so no finding is ever shown at a stale position.</item>
/// </list>
/// Published are the open documents' findings; of a closed article, its cross-article findings that name an open document
/// (the other side of the comparison); of a configuration file (<c>.editorconfig</c>, a profile), its problems.
/// </summary>
public sealed class ArticleWorkspace
{
    private static readonly StringComparer PathComparer = ProjectLayout.PathComparer;

    private readonly ServerOptions _options;
    /// <summary>What the corpus rules report: shown from the last whole-folder check until the text before it changes.</summary>
    private readonly ISet<string> _crossArticleIds;
    private readonly List<string> _folders = [];
    private readonly Dictionary<string, OpenDocument> _open = new(PathComparer);
    /// <summary>The cross-article findings of each article at the last check of its folder, with the text they were found in.</summary>
    private readonly Dictionary<string, (string Text, IReadOnlyList<Diagnostic> Findings)> _crossArticle = new(PathComparer);
    /// <summary>What was last published for each path, and the check (its folder, or the article itself) that published it.</summary>
    private readonly Dictionary<string, (string Scope, IReadOnlyList<Diagnostic> Findings)> _published = new(PathComparer);

    public ArticleWorkspace(ServerOptions options)
    {
        _options = options;
        _crossArticleIds = RuleCatalog.CrossArticleIds(options.Rules ?? RuleCatalog.Rules);
    }

    /// <summary>The folders the client opened (the workspace folders, or its root); an article outside them is checked alone.</summary>
    public void AddFolder(string folder) => _folders.Add(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)));

    public IReadOnlyList<Lsp.PublishDiagnosticsParams> Open(string uri, int version, string text)
    {
        if (ArticlePath(uri) is not { } path) return [];
        _open[path] = new OpenDocument(uri, version, text);
        return CheckFolderOf(path);
    }

    /// <summary>Takes an open document's changes, in order, without checking it: <see cref="CheckEdited"/> does, once for
    /// however many edits came before it.</summary>
    public void Edit(string uri, int version, IReadOnlyList<Lsp.TextDocumentContentChangeEvent> changes)
    {
        if (ArticlePath(uri) is not { } path || !_open.TryGetValue(path, out var document)) return;
        document.Version = version;
        foreach (var change in changes)
        {
            document.Text = change.Range is null ? change.Text : LspConversion.Apply(document.Text, change.Range, change.Text);
        }
        document.Edited = true;
    }

    /// <summary>The document's check, when its text has changed since its findings were last published; nothing otherwise
    /// (an open or save checked its folder since).</summary>
    public IReadOnlyList<Lsp.PublishDiagnosticsParams> CheckEdited(string uri)
    {
        if (ArticlePath(uri) is not { } path || !_open.TryGetValue(path, out var document) || !document.Edited) return [];
        return [CheckDocument(path, document), .. WithoutMovedRelations(path, document.Text)];
    }

    /// <summary>The saved text is the open text, which the server already has (the client may send it again). A saved
    /// configuration file (<c>.editorconfig</c>, <c>.globalconfig</c>, a profile) is <see cref="FilesChanged"/>.</summary>
    public IReadOnlyList<Lsp.PublishDiagnosticsParams> Save(string uri, string? text)
    {
        if (ArticlePath(uri) is not { } path) return FilesChanged([uri]);
        if (!_open.TryGetValue(path, out var document)) return [];
        if (text is not null) document.Text = text;
        return CheckFolderOf(path);
    }

    /// <summary>
    /// Files changed on disk (saved in the editor, or written by a pull or a script: the client's file events). A configuration
    /// file (<c>.editorconfig</c>, <c>.globalconfig</c>, a <c>*.yml</c> or <c>*.yaml</c> profile) or an article the editor does not hold changes
    /// what the open articles' checks see, so every open article's folder is checked again, once, and republished: a profile's
    /// new spelling or a severity set in <c>.editorconfig</c> shows without reopening anything, and so do the configuration
    /// file's own problems. So is a folder none of whose articles is open any more but whose configuration problems are still
    /// shown: a problem fixed after the last article was closed goes. Other files change nothing.
    /// </summary>
    public IReadOnlyList<Lsp.PublishDiagnosticsParams> FilesChanged(IEnumerable<string> uris)
    {
        var relevant = uris.Select(LspConversion.PathOfUri).OfType<string>().Any(path =>
            Path.GetFileName(path) is EditorConfigResolver.EditorConfigName or EditorConfigResolver.GlobalConfigName || IsReadAsProfile(path)
            || ArticleFormats.FromPath(path) is not null && !_open.ContainsKey(Path.GetFullPath(path)));
        if (!relevant) return [];
        var scopes = _open.Keys.Select(ScopeOf).Concat(_published.Values.Select(published => published.Scope));
        return scopes.Distinct(PathComparer).Order(StringComparer.Ordinal).SelectMany(CheckScope).ToList();
    }

    /// <summary>Whether a check reads <paramref name="path"/> as a profile: a <c>*.yml</c> or <c>*.yaml</c> file in a workspace
    /// folder's own <c>rules/</c> folder, or one that <c>--profiles</c> names (itself, or its folder). Other YAML files (a CI
    /// workflow, a <c>rules/</c> folder further down) are no profiles, and saving one checks nothing.</summary>
    private bool IsReadAsProfile(string path)
    {
        if (!ProjectLayout.IsProfileName(path)) return false;
        var folder = Path.GetDirectoryName(path);
        return _folders.Any(workspace => PathComparer.Equals(folder, Path.Combine(workspace, ProjectLayout.ProfileFolderName)))
            || (_options.Profiles ?? []).Select(Path.GetFullPath).Any(named => PathComparer.Equals(named, path) || PathComparer.Equals(Path.TrimEndingDirectorySeparator(named), folder));
    }

    /// <summary>Clears the document's diagnostics, and a closed article's cross-article findings that named no other open
    /// document than this one (what is published for a closed article is the other side of an open one's).</summary>
    public IReadOnlyList<Lsp.PublishDiagnosticsParams> Close(string uri)
    {
        if (ArticlePath(uri) is not { } path || !_open.Remove(path)) return [];
        _published.Remove(path);
        var publications = new List<Lsp.PublishDiagnosticsParams> { new(uri, null, []) };
        foreach (var (closed, (scope, findings)) in _published.Where(p => ArticleFormats.FromPath(p.Key) is not null && !_open.ContainsKey(p.Key))
                     .OrderBy(p => p.Key, StringComparer.Ordinal).ToList())
        {
            var kept = findings.Where(NamesAnOpenDocument).ToList();
            if (kept.Count < findings.Count) publications.Add(Republish(closed, scope, kept));
        }
        return publications;
    }

    /// <summary>
    /// The fixes of the findings published for an open document: one quick fix per finding whose range touches
    /// <paramref name="range"/>, and one action that makes every fix of the article at once as <c>editorial fix</c> does
    /// (<see cref="FixPlan"/>: fixes that overlap an earlier one are left for a second run).
    /// </summary>
    public IReadOnlyList<Lsp.CodeAction> CodeActions(string uri, Lsp.Range range, IReadOnlyList<string>? only)
    {
        if (ArticlePath(uri) is not { } path || !_open.TryGetValue(path, out var document) || !_published.TryGetValue(path, out var published)) return [];
        var fixable = published.Findings.Where(d => d.Fix is not null).ToList();
        var lines = new LineMap(document.Text);
        var actions = new List<Lsp.CodeAction>();
        if (Wanted(Lsp.CodeActionKind.QuickFix, only))
        {
            foreach (var diagnostic in fixable.Where(d => LspConversion.Touches(LspConversion.ToRange(d.Location.LineSpan), range)))
            {
                actions.Add(new Lsp.CodeAction(diagnostic.Fix!.Title, Lsp.CodeActionKind.QuickFix, [ToLsp(diagnostic)], IsPreferred: true,
                    Edit(uri, lines, [diagnostic.Fix.Edit])));
            }
        }
        if (Wanted(Lsp.CodeActionKind.SourceFixAll, only) && fixable.Count > 0
            && ArticleFile.FromText(path, document.Text, int.MaxValue, out _) is { } file)
        {
            var plan = FixPlan.Apply(file, fixable);
            actions.Add(new Lsp.CodeAction("Fix all Editorial findings in this article", Lsp.CodeActionKind.SourceFixAll,
                plan.Applied.Select(ToLsp).ToList(), IsPreferred: null, Edit(uri, lines, plan.Applied.Select(d => d.Fix!.Edit).Distinct())));
        }
        return actions;
    }

    private static bool Wanted(string kind, IReadOnlyList<string>? only) =>
        only is null || only.Any(o => kind == o || kind.StartsWith(o + ".", StringComparison.Ordinal));

    private static Lsp.WorkspaceEdit Edit(string uri, LineMap lines, IEnumerable<TextEdit> edits) =>
        new(new Dictionary<string, IReadOnlyList<Lsp.TextEdit>>
        {
            [uri] = edits.Select(edit => new Lsp.TextEdit(LspConversion.ToRange(lines, edit.Span), edit.NewText)).ToList(),
        });

    private IReadOnlyList<Lsp.PublishDiagnosticsParams> CheckFolderOf(string path) => CheckScope(ScopeOf(path));

    /// <summary>What a check of <paramref name="path"/> covers, and publishes for: its workspace folder, or the article alone.</summary>
    private string ScopeOf(string path) => FolderOf(path) ?? path;

    /// <summary>Checks a workspace folder, or an article outside every folder, and publishes what changed for its files.</summary>
    private IReadOnlyList<Lsp.PublishDiagnosticsParams> CheckScope(string scope)
    {
        var folder = _folders.Contains(scope, PathComparer) ? scope : null;
        var pathProblems = new List<Diagnostic>();
        IReadOnlyList<string> articles = folder is null
            ? [scope]
            : ArticleDiscovery.Expand([folder], pathProblems).Concat(_open.Keys.Where(open => FolderOf(open) == folder))
                .Distinct(PathComparer).Order(StringComparer.Ordinal).ToList();
        var result = CheckRun.Run(Request(articles, folder) with { PathProblems = pathProblems });
        var byPath = result.Diagnostics.ToLookup(d => Path.GetFullPath(d.Location.Path), PathComparer);

        foreach (var stale in _crossArticle.Keys.Where(known => ScopeOf(known) == scope).ToList()) _crossArticle.Remove(stale);
        foreach (var file in result.Files)
        {
            var article = Path.GetFullPath(file.Path);
            _crossArticle[article] = (file.Text, byPath[article].Where(d => _crossArticleIds.Contains(d.Id)).ToList());
        }

        var shown = new Dictionary<string, IReadOnlyList<Diagnostic>>(PathComparer);
        foreach (var open in articles.Where(_open.ContainsKey))
        {
            shown[open] = byPath[open].ToList();
            _open[open].Edited = false;
        }
        foreach (var group in byPath.Where(g => !_open.ContainsKey(g.Key)))
        {
            var findings = ArticleFormats.FromPath(group.Key) is null
                ? group.ToList()
                : group.Where(d => _crossArticleIds.Contains(d.Id) && NamesAnOpenDocument(d)).ToList();
            if (findings.Count > 0) shown[group.Key] = findings;
        }

        var publications = new List<Lsp.PublishDiagnosticsParams>();
        foreach (var cleared in _published.Where(p => p.Value.Scope == scope && !shown.ContainsKey(p.Key)).Select(p => p.Key).ToList())
        {
            _published.Remove(cleared);
            publications.Add(new Lsp.PublishDiagnosticsParams(UriOf(cleared), VersionOf(cleared), []));
        }
        foreach (var (shownPath, findings) in shown.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            publications.Add(Publish(shownPath, scope, findings));
        }
        return publications;
    }

    private Lsp.PublishDiagnosticsParams CheckDocument(string path, OpenDocument document)
    {
        document.Edited = false;
        var result = CheckRun.Run(Request([path], FolderOf(path)));
        var own = result.Diagnostics.Where(d => PathComparer.Equals(Path.GetFullPath(d.Location.Path), path) && !_crossArticleIds.Contains(d.Id));
        IEnumerable<Diagnostic> kept = _crossArticle.TryGetValue(path, out var last)
            ? last.Findings.Where(d => UnchangedUpTo(last.Text, document.Text, d.Location.Span.End))
            : [];
        var scope = _published.TryGetValue(path, out var published) ? published.Scope : ScopeOf(path);
        return Publish(path, scope, EditorialEngine.Sort(own.Concat(kept)));
    }

    private bool NamesAnOpenDocument(Diagnostic finding) => finding.RelatedLocations.Any(related => _open.ContainsKey(Path.GetFullPath(related.Path)));

    /// <summary>
    /// Another article's cross-article findings that point into the edited one (the other side of the comparison) are kept while
    /// the text up to the place they point to is unchanged, as the edited article's own are; once it has moved they are hidden
    /// until the folder is checked again, so no related location is ever shown at a stale position.
    /// </summary>
    private IReadOnlyList<Lsp.PublishDiagnosticsParams> WithoutMovedRelations(string path, string text)
    {
        if (!_crossArticle.TryGetValue(path, out var last)) return [];
        var publications = new List<Lsp.PublishDiagnosticsParams>();
        foreach (var (other, (scope, findings)) in _published.Where(p => !PathComparer.Equals(p.Key, path)).OrderBy(p => p.Key, StringComparer.Ordinal).ToList())
        {
            var kept = findings.Where(d => d.RelatedLocations.All(related =>
                !PathComparer.Equals(Path.GetFullPath(related.Path), path) || UnchangedUpTo(last.Text, text, related.Span.End))).ToList();
            if (kept.Count < findings.Count) publications.Add(Republish(other, scope, kept));
        }
        return publications;
    }

    /// <summary>Publishes what is left of a file's findings; a file not open that is left with none is cleared and forgotten.</summary>
    private Lsp.PublishDiagnosticsParams Republish(string path, string scope, IReadOnlyList<Diagnostic> kept)
    {
        if (kept.Count > 0 || _open.ContainsKey(path)) return Publish(path, scope, kept);
        _published.Remove(path);
        return new Lsp.PublishDiagnosticsParams(UriOf(path), null, []);
    }

    private static bool UnchangedUpTo(string before, string now, int end) =>
        end <= before.Length && end <= now.Length && string.CompareOrdinal(before, 0, now, 0, end) == 0;

    /// <summary>The request <c>editorial check FOLDER</c> makes (<paramref name="folder"/> null: <c>editorial check FILE</c>),
    /// for <paramref name="articles"/>, with the open documents' text.</summary>
    private CheckRequest Request(IReadOnlyList<string> articles, string? folder) => new(
        articles,
        ArticleDiscovery.ProfileFiles(_options.Profiles ?? [], folder is null ? [] : [folder]),
        _options.DefaultOutlet,
        Rules: _options.Rules,
        Contents: _open.ToDictionary(open => open.Key, open => ArticleContent.FromText(open.Value.Text), PathComparer));

    private Lsp.PublishDiagnosticsParams Publish(string path, string scope, IReadOnlyList<Diagnostic> findings)
    {
        _published[path] = (scope, findings);
        return new Lsp.PublishDiagnosticsParams(UriOf(path), VersionOf(path), findings.Select(ToLsp).ToList());
    }

    private Lsp.Diagnostic ToLsp(Diagnostic diagnostic) => LspConversion.ToDiagnostic(diagnostic, UriOf);

    /// <summary>An open document keeps the URI its client gave it, so the client matches what it is sent.</summary>
    private string UriOf(string path) =>
        _open.TryGetValue(Path.GetFullPath(path), out var document) ? document.Uri : LspConversion.UriOfPath(path);

    private int? VersionOf(string path) => _open.TryGetValue(path, out var document) ? document.Version : null;

    private static string? ArticlePath(string uri) =>
        LspConversion.PathOfUri(uri) is { } path && ArticleFormats.FromPath(path) is not null ? path : null;

    /// <summary>The innermost workspace folder holding <paramref name="path"/>.</summary>
    private string? FolderOf(string path) => _folders
        .Where(folder => path.StartsWith(folder + Path.DirectorySeparatorChar, ProjectLayout.PathComparison))
        .MaxBy(folder => folder.Length);

    private sealed class OpenDocument(string uri, int version, string text)
    {
        public string Uri { get; } = uri;
        public int Version { get; set; } = version;
        public string Text { get; set; } = text;
        /// <summary>The text has changed since the findings last published for it were found.</summary>
        public bool Edited { get; set; }
    }
}
