using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Editorial.Diagnostics;
using Editorial.Engine;

namespace Editorial.Hosting;

/// <summary>
/// A run's findings as a report lists them (every finding once, sorted: <see cref="EditorialEngine.Sort"/>), held path by path: the
/// list is the paths' groups one after the other, in the ordinal order of their paths. A check with a results cache gives them so
/// (<see cref="CheckRun"/>): after one article changed, the ten thousand others' findings are the same as in the last build, and a
/// host that keeps each group as it reported it (the MSBuild task's results file) copies it again by its <see cref="Group.Key"/>
/// instead of reading back, sorting and writing fifty thousand findings. The list itself is made when first asked for.
/// </summary>
public sealed class FindingsByPath : IReadOnlyList<Diagnostic>
{
    private readonly Lazy<List<Diagnostic>> _all;

    private FindingsByPath(string scope, IReadOnlyList<Group> groups)
    {
        Scope = scope;
        Groups = groups;
        _all = new Lazy<List<Diagnostic>>(() => groups.SelectMany(group => group.Findings).ToList());
    }

    /// <summary>What the keys are valid for: the results cache's run fingerprint (<see cref="ArticleResultsCache.RunFingerprint"/>),
    /// the engine, rules and profiles that make an article's findings from its key. Keys of another scope say nothing.</summary>
    public string Scope { get; }

    /// <summary>The findings at each path, in the ordinal order of the paths.</summary>
    public IReadOnlyList<Group> Groups { get; }

    public int Count => _all.Value.Count;
    public Diagnostic this[int index] => _all.Value[index];
    public IEnumerator<Diagnostic> GetEnumerator() => _all.Value.GetEnumerator();
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The findings at one path, sorted and without repeats, made when first asked for. <see cref="Key"/>, when not null,
    /// settles them within the <see cref="Scope"/>: the same key, the same findings.</summary>
    public sealed class Group
    {
        private readonly Lazy<IReadOnlyList<Diagnostic>> _findings;

        internal Group(string path, string? key, Func<IReadOnlyList<Diagnostic>> findings) =>
            (Path, Key, _findings) = (path, key, new Lazy<IReadOnlyList<Diagnostic>>(findings));

        public string Path { get; }
        public string? Key { get; }
        public IReadOnlyList<Diagnostic> Findings => _findings.Value;
    }

    /// <summary>The findings of a run with a results cache, by path: the same list, finding for finding, as
    /// <c>Sort(WithoutRepeats(host + run.Diagnostics))</c>, since the order begins with the path and a repeat is at the same path.
    /// An article whose own findings are all at itself (<see cref="ArticleResultsCache.AtOwnPath"/>) and whose path nothing but
    /// cross-article findings shares gets a key: its findings key (<paramref name="findingsKeys"/>: its path, configuration and text),
    /// with what the cross-article findings at it say. Its own findings, when the cache holds them, are not read to make the key.</summary>
    /// <param name="hostFindings">The host's findings before the engine's (files that could not be read, configuration problems), in
    /// their order: with the run's, the first of findings that read the same is kept (<see cref="CheckRun.WithoutRepeats"/>).</param>
    internal static FindingsByPath Of(IReadOnlyList<Diagnostic> hostFindings, EngineResult run, IReadOnlyList<ArticleInput> inputs,
        IReadOnlyList<string> findingsKeys, string scope)
    {
        var atPaths = new Dictionary<string, AtPath>(StringComparer.Ordinal);
        AtPath At(string path) => atPaths.TryGetValue(path, out var found) ? found : atPaths[path] = new AtPath();
        foreach (var finding in hostFindings) At(finding.Location.Path).Host.Add(finding);
        foreach (var finding in run.ProfileFindings) At(finding.Location.Path).Engine.Add(finding);
        for (var i = 0; i < inputs.Count; i++)
        {
            var own = run.ArticleFindings[i];
            if (ArticleResultsCache.AtOwnPath(own, inputs[i].Path))
            {
                var at = At(inputs[i].Path);
                at.Own.Add(own);
                at.Article = i;
            }
            else
            {
                foreach (var finding in own) At(finding.Location.Path).Own.Add([finding]);
            }
        }
        foreach (var finding in run.CorpusFindings) At(finding.Location.Path).Corpus.Add(finding);
        var groups = atPaths.OrderBy(entry => entry.Key, StringComparer.Ordinal)
            .Select(entry => new Group(entry.Key, KeyOf(entry.Value, findingsKeys), entry.Value.Findings))
            .ToList();
        return new FindingsByPath(scope, groups);
    }

    /// <summary>The key of the findings at a path that only one article's own findings and cross-article findings reach; null
    /// otherwise.</summary>
    private static string? KeyOf(AtPath at, IReadOnlyList<string> findingsKeys)
    {
        if (at is not { Article: { } article, Own.Count: 1, Host.Count: 0, Engine.Count: 0 }) return null;
        if (at.Corpus.Count == 0) return findingsKeys[article];
        // What places, sorts, merges and shows a cross-article finding: its ID, severity, start, lines and columns, and message.
        var key = new StringBuilder(findingsKeys[article]);
        foreach (var finding in at.Corpus)
        {
            var lines = finding.Location.LineSpan;
            key.Append('\0').Append(finding.Id).Append('\0').Append((int)finding.Severity).Append('\0').Append(finding.Location.Span.Start)
                .Append('\0').Append(lines.StartLine).Append(',').Append(lines.StartColumn).Append(',').Append(lines.EndLine).Append(',')
                .Append(lines.EndColumn).Append('\0').Append(finding.Message);
        }
        return ArticleResultsCache.Hash(key.ToString());
    }

    /// <summary>What reaches one path: the host's findings, the engine's own (profile problems), articles' own findings (each
    /// article's list whole, in the inputs' order; <see cref="Article"/>: the article at this path, whose list is among them) and
    /// cross-article findings.</summary>
    private sealed class AtPath
    {
        public List<Diagnostic> Host { get; } = [];
        public List<Diagnostic> Engine { get; } = [];
        public List<IReadOnlyList<Diagnostic>> Own { get; } = [];
        public int? Article { get; set; }
        public List<Diagnostic> Corpus { get; } = [];

        /// <summary>As the whole run orders them: the engine's findings sorted (profile, articles', cross-article), after the host's.</summary>
        public IReadOnlyList<Diagnostic> Findings() =>
            EditorialEngine.Sort(CheckRun.WithoutRepeats(Host.Concat(EditorialEngine.Sort(Engine.Concat(Own.SelectMany(own => own)).Concat(Corpus)))));
    }
}
