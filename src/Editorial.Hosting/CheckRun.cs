using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Editorial.Articles;
using Editorial.Configuration;
using Editorial.Diagnostics;
using Editorial.Engine;
using Editorial.Hosting.Configuration;
using Editorial.Profiles;
using Editorial.Rules;

namespace Editorial.Hosting;

/// <summary>What a host asks of a check: the article files, the project's own profile files, the default outlet, global configs,
/// and the rules to run (<see cref="RuleCatalog.Rules"/> unless a host or a test names others).</summary>
public sealed record CheckRequest(
    IReadOnlyList<string> Articles,
    IReadOnlyList<string>? ProfileFiles = null,
    string? DefaultOutlet = null,
    IReadOnlyList<string>? GlobalConfigFiles = null,
    IReadOnlyList<Rule>? Rules = null);

/// <summary>The outcome of a check: every diagnostic (configuration problems included), and the files that were read.</summary>
public sealed record CheckResult(IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<ArticleFile> Files)
{
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);
}

/// <summary>
/// The check as the CLI and the MSBuild task run it: read the files, resolve their configuration the compiler's way,
/// load the profiles, run the engine. A file that cannot be read becomes a diagnostic and the others are still checked.
/// </summary>
public static class CheckRun
{
    public static CheckResult Run(CheckRequest request, System.Threading.CancellationToken cancellationToken = default)
    {
        var diagnostics = new List<Diagnostic>();
        var profiles = ProfileSet.Load(ReadProfiles(request.ProfileFiles ?? [], diagnostics));
        var engine = new EditorialEngine(profiles, request.Rules);
        var resolver = new EditorConfigResolver(request.GlobalConfigFiles);
        var inputs = new List<ArticleInput>();
        var files = new List<ArticleFile>();
        foreach (var path in request.Articles)
        {
            var settings = resolver.GetSettings(path, request.DefaultOutlet);
            var maxChars = int.TryParse(settings.Get(EditorialOptions.MaxArticleChars), out var max) && max > 0 ? max : EditorialOptions.DefaultMaxArticleChars;
            var file = ArticleFile.Read(path, maxChars, out var problem);
            if (problem is not null) diagnostics.Add(problem);
            if (file is null) continue;
            files.Add(file);
            inputs.Add(new ArticleInput(path, file.Text, settings));
        }
        diagnostics.AddRange(engine.Check(inputs, cancellationToken));
        diagnostics.AddRange(resolver.Problems);
        return new CheckResult(EditorialEngine.Sort(diagnostics.Distinct(DiagnosticIdentity.Instance)), files);
    }

    private static IEnumerable<ProfileSource> ReadProfiles(IEnumerable<string> paths, List<Diagnostic> diagnostics)
    {
        foreach (var path in paths)
        {
            var file = ArticleFile.Read(path, EditorialOptions.DefaultMaxArticleChars, out var problem);
            if (problem is not null) diagnostics.Add(problem);
            if (file is not null) yield return new ProfileSource(path, file.Text);
        }
    }

    /// <summary>The same finding reached twice (a profile problem seen by two articles) is reported once.</summary>
    private sealed class DiagnosticIdentity : IEqualityComparer<Diagnostic>
    {
        public static readonly DiagnosticIdentity Instance = new();
        public bool Equals(Diagnostic? x, Diagnostic? y) => x?.ToString() == y?.ToString();
        public int GetHashCode(Diagnostic obj) => StringComparer.Ordinal.GetHashCode(obj.ToString());
    }
}
