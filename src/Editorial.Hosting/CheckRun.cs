using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Editorial.Articles;
using Editorial.Configuration;
using Editorial.Diagnostics;
using Editorial.Engine;
using Editorial.Figures;
using Editorial.Hosting.Configuration;
using Editorial.Profiles;
using Editorial.Rules;
using Editorial.Text;

namespace Editorial.Hosting;

/// <summary>What a host asks of a check: the article files, the project's own profile files, the default outlet, global configs,
/// the rules to run (<see cref="RuleCatalog.Rules"/> unless a host or a test names others), and the paths that could not be
/// searched for articles (<see cref="ArticleDiscovery.Expand"/>), which are reported as the articles' own problems.
/// <see cref="Contents"/> holds, by full path, the articles a host has in hand instead of on disk (one piped on standard input,
/// an editor's unsaved documents): the path still names the article and chooses its configuration.
/// <see cref="ResultsCacheFile"/>, when set, keeps each article's own findings between runs (<see cref="ArticleResultsCache"/>):
/// only new and changed articles are checked on their own; the report is the same as without it. <see cref="ConfigFiles"/>, when
/// set, are every <c>.editorconfig</c> and <c>.globalconfig</c> in the articles' folders and above them, as the host found them:
/// the folders are not probed for others. <see cref="DefaultOutletSetting"/> names the host's setting that gave
/// <see cref="DefaultOutlet"/> (<c>--outlet</c>, <c>EditorialOutlet</c>): an outlet no profile names is then refused once
/// (<see cref="UnknownDefaultOutletException"/>), before any article is read; without it (an editor, which shows every
/// open article's problems) each article that takes the outlet reports ED9005.</summary>
public sealed record CheckRequest(
    IReadOnlyList<string> Articles,
    IReadOnlyList<string>? ProfileFiles = null,
    string? DefaultOutlet = null,
    IReadOnlyList<string>? GlobalConfigFiles = null,
    IReadOnlyList<Rule>? Rules = null,
    IReadOnlyList<Diagnostic>? PathProblems = null,
    IReadOnlyDictionary<string, ArticleContent>? Contents = null,
    string? ResultsCacheFile = null,
    IReadOnlyList<string>? ConfigFiles = null,
    string? DefaultOutletSetting = null);

/// <summary>The outcome of a check: every diagnostic (configuration problems included), the files that were read, and the
/// diagnostics of article paths that could not be read or decoded (a subset of <see cref="Diagnostics"/>): those are findings
/// of one file, not a broken configuration. With a results cache, <see cref="Diagnostics"/> is a <see cref="FindingsByPath"/>.</summary>
public sealed record CheckResult(IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<ArticleFile> Files, IReadOnlyList<Diagnostic> ArticleProblems)
{
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);

    /// <summary>The engine and the inputs (one for each of <see cref="Files"/>) of the check, so that
    /// <see cref="Fixing.FixPlan"/> can check the fixed texts again.</summary>
    internal (EditorialEngine Engine, IReadOnlyList<ArticleInput> Inputs)? Run { get; init; }
}

/// <summary>The host's default outlet (<see cref="CheckRequest.DefaultOutlet"/>) is no profile's name: nothing is checked, and the
/// host reports it where its setting is (<see cref="CheckRequest.DefaultOutletSetting"/>). The message is ED9005's
/// (<see cref="ConfigurationDescriptors.UnknownOutlet"/>), naming that setting.</summary>
public sealed class UnknownDefaultOutletException(string outlet, string setting, IReadOnlyList<string> knownOutlets)
    : Exception(string.Format(System.Globalization.CultureInfo.InvariantCulture, ConfigurationDescriptors.UnknownOutlet.MessageFormat,
        outlet, setting, string.Join(", ", knownOutlets)))
{
    public string Outlet { get; } = outlet;
}

/// <summary>
/// The check as the CLI and the MSBuild task run it: read the files, resolve their configuration the compiler's way,
/// load the profiles, run the engine. A file that cannot be read becomes a diagnostic and the others are still checked.
/// </summary>
public static class CheckRun
{
    /// <param name="progress">Told the number of articles checked so far, of <see cref="CheckRequest.Articles"/>.</param>
    public static CheckResult Run(CheckRequest request, System.Threading.CancellationToken cancellationToken = default, IProgress<int>? progress = null)
    {
        // A run without a results cache checks every article and needs the lists; one with it checks the articles that changed (the
        // MSBuild task runs only when an input did), and its lists load on the other core while the cache's index and the profiles
        // are read (about 30 ms less of a one-change build of 10,000 articles).
        EditorialEngine.BeginLoadingWordLists();
        var diagnostics = new List<Diagnostic>();
        var (engine, inputs, files, articleProblems) = Read(request, diagnostics, out var cached);
        IReadOnlyList<Diagnostic> findings;
        if (cached is not { } use)
        {
            diagnostics.AddRange(engine.Check(inputs, cancellationToken, progress));
            findings = EditorialEngine.Sort(WithoutRepeats(diagnostics));
        }
        else
        {
            using var cache = use.Cache;
            // An unchanged file has its key already (ArticleResultsCache.UnchangedFindingsKey), and is not read here.
            var findingsKeys = new string[inputs.Count];
            Parallel.For(0, inputs.Count, i => findingsKeys[i] = use.FindingsKeys[i] ?? ArticleResultsCache.FindingsKeyOf(use.SettingsKeys[i], inputs[i].Text));
            var run = engine.Run(cache.WithKnownFindings(inputs, findingsKeys, engine), cancellationToken, progress,
                fingerprint => cache.FindPartFindings(fingerprint, engine), cache.FindPartTable, key => cache.FindKnownArticle(key, request.DefaultOutlet));
            // By path, so that a host that keeps what it reported need not read back the unchanged articles' findings.
            findings = FindingsByPath.Of(diagnostics, run, inputs, findingsKeys, cache.Fingerprint);
            try
            {
                cache.Save(inputs, use.SettingsKeys, findingsKeys, use.Stamps, run, use.Resolver.FilesMet);
            }
            catch (Exception exception) when (WriteFailures.IsWriteFailure(exception))
            {
                // The cache only saves time: a file that cannot be written (a read-only folder, a full disk) leaves this
                // report whole, and the next run checks every article again.
            }
        }
        // The inputs as read, without known findings: a fix checks changed texts again (FixPlan), all of them afresh.
        return new CheckResult(findings, files, articleProblems) { Run = (engine, inputs) };
    }

    /// <summary>The stories the figure rules would see in a check of the same articles (<c>editorial stories</c>), and the
    /// problems met reading the files and their configuration, of which <c>ArticleProblems</c> are the articles' own (a file
    /// that could not be read, decoded or taken whole), as in <see cref="CheckResult.ArticleProblems"/>.</summary>
    public static (StoryGrouping Stories, IReadOnlyList<Diagnostic> Problems, IReadOnlyList<Diagnostic> ArticleProblems) Stories(CheckRequest request)
    {
        var diagnostics = new List<Diagnostic>();
        var (engine, inputs, _, articleProblems) = Read(request with { ResultsCacheFile = null }, diagnostics, out _);
        var articles = inputs.Select(input =>
        {
            var article = engine.Prepare(Article.Parse(input.Path, input.Text), input.Settings, out var problems);
            diagnostics.AddRange(problems);
            return article;
        }).ToList();
        return (Figures.Stories.Group(articles), WithoutRepeats(diagnostics), articleProblems);
    }

    /// <summary>Reads the files with their configuration and loads the profiles; problems go to <paramref name="diagnostics"/>.
    /// With <see cref="CheckRequest.ResultsCacheFile"/>, also the cache and the key of each input's settings in it; settings found
    /// there are not resolved again.</summary>
    private static (EditorialEngine Engine, List<ArticleInput> Inputs, List<ArticleFile> Files, List<Diagnostic> ArticleProblems) Read(
        CheckRequest request, List<Diagnostic> diagnostics, out CachedRun? cached)
    {
        var articleProblems = new List<Diagnostic>(request.PathProblems ?? []);
        diagnostics.AddRange(articleProblems);
        // The cache's index is read on the other core while the profiles its fingerprint is made of are loaded.
        var loadCache = string.IsNullOrWhiteSpace(request.ResultsCacheFile) ? null : ArticleResultsCache.BeginLoading(request.ResultsCacheFile!);
        var profileSources = ArticleReader.ReadProfiles(request.ProfileFiles ?? [], diagnostics).ToList();
        var profiles = ProfileSet.Load(profileSources, RuleCatalog.VocabularyOf(request.Rules ?? RuleCatalog.Rules));
        // A default outlet no profile names is the host's own setting gone wrong: said once, by the host, where the setting is,
        // rather than as an error at the top of every article. Unless a profile failed to load: its errors say why it is unknown.
        if (request is { DefaultOutlet: { } outlet, DefaultOutletSetting: { } setting } && profiles.Diagnostics.Count == 0 && !profiles.TryGet(outlet, out _))
        {
            throw new UnknownDefaultOutletException(outlet, setting, profiles.Names.ToList());
        }
        var engine = new EditorialEngine(profiles, request.Rules);
        var cache = loadCache?.Invoke(
            ArticleResultsCache.RunFingerprint(engine.Rules.Select(rule => rule.GetType()), profileSources.Select(source => (source.Path, source.Text)), request.DefaultOutlet));
        var resolver = new EditorConfigResolver(request.GlobalConfigFiles, cache is null ? null : path => cache.FindConfigFile(path, engine), engine.Reports,
            request.ConfigFiles);
        var settingsKeys = new List<string>();
        var findingsKeys = new List<string?>();
        var stamps = new List<ArticleResultsCache.FileStamp>();
        var inputs = new List<ArticleInput>();
        var files = new List<ArticleFile>();
        // Each article's configuration and text are found apart from the others', on every core: with a results cache, reading ten
        // thousand files and their configuration is the largest part of a run after one article changed. Joined in the request's order.
        var read = new (string Path, ArticleFile? File, string? SettingsKey, string? FindingsKey, ArticleResultsCache.FileStamp Stamp,
            ArticleSettings Settings, Diagnostic? Problem)[request.Articles.Count];
        Parallel.For(0, request.Articles.Count, i =>
        {
            var path = request.Articles[i];
            ArticleSettings? settings = null;
            string? settingsKey = null;
            if (cache is not null)
            {
                var (configuration, includesGlobal) = resolver.ConfigurationOf(path);
                settingsKey = cache.SettingsKeyOf(path, configuration);
                if (!includesGlobal)
                {
                    settings = cache.FindSettings(settingsKey, request.DefaultOutlet, key => resolver.GetSettings(path, request.DefaultOutlet).LocateOption?.Invoke(key),
                        request.DefaultOutletSetting);
                }
            }
            settings ??= resolver.GetSettings(path, request.DefaultOutlet, request.DefaultOutletSetting);
            var content = request.Contents is { } contents && contents.TryGetValue(Path.GetFullPath(path), out var held) ? held : null;
            var stamp = ArticleResultsCache.FileStamp.None;
            string? findingsKey = null;
            if (cache is not null && content is null && !EditorialOptions.IsExcluded(settings))
            {
                stamp = cache.Stamp(path);
                findingsKey = cache.UnchangedFindingsKey(path, settingsKey!, stamp);
            }
            Diagnostic? problem = null;
            var file = findingsKey is not null
                ? ArticleFile.ReadWhenAsked(path, () => ArticleReader.Read(path, settings, null, out var late) ?? throw new IOException(late?.Message))
                : ArticleReader.Read(path, settings, content, out problem);
            read[i] = (path, file, settingsKey, findingsKey, stamp, settings, problem);
        });
        foreach (var (path, file, settingsKey, findingsKey, stamp, settings, problem) in read)
        {
            if (problem is not null)
            {
                diagnostics.Add(problem);
                articleProblems.Add(problem);
            }
            if (file is null) continue;
            files.Add(file);
            inputs.Add(new ArticleInput(path, () => file.Text, settings));
            if (settingsKey is null) continue;
            settingsKeys.Add(settingsKey);
            findingsKeys.Add(findingsKey);
            stamps.Add(stamp);
        }
        diagnostics.AddRange(resolver.Problems);
        cached = cache is null ? null : new CachedRun(cache, resolver, settingsKeys, findingsKeys, stamps);
        return (engine, inputs, files, articleProblems);
    }

    /// <summary>A run with a results cache: the cache, the resolver (whose configuration files the cache keeps), and for each input
    /// its settings key, its findings key when its file is unchanged (null: made from its text) and its file's stamp
    /// (<see cref="ArticleResultsCache.Stamp"/>).</summary>
    private sealed record CachedRun(ArticleResultsCache Cache, EditorConfigResolver Resolver, IReadOnlyList<string> SettingsKeys, IReadOnlyList<string?> FindingsKeys,
        IReadOnlyList<ArticleResultsCache.FileStamp> Stamps);

    /// <summary>The same finding reached twice (a profile problem seen by two articles) is reported once: the first of the findings
    /// that read the same (<see cref="Diagnostic.ToString"/>: path, place, severity word, ID and message). Compared part by part,
    /// never written out: a run of ten thousand articles has fifty thousand findings.</summary>
    internal static List<Diagnostic> WithoutRepeats(IEnumerable<Diagnostic> diagnostics)
    {
        var seen = new HashSet<(string, LinePositionSpan, string, string, string)>();
        return diagnostics.Where(d => seen.Add((d.Location.Path, d.Location.LineSpan, Diagnostic.SeverityWord(d.Severity), d.Id, d.Message))).ToList();
    }
}
