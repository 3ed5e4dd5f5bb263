using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Editorial.Articles;
using Editorial.Configuration;
using Editorial.Diagnostics;
using Editorial.Engine;
using Editorial.Hosting;
using Editorial.Profiles;
using Editorial.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using EditorialDiagnostic = Editorial.Diagnostics.Diagnostic;
using EditorialLocation = Editorial.Diagnostics.Location;
using RoslynDiagnosticDescriptor = Microsoft.CodeAnalysis.DiagnosticDescriptor;

namespace Editorial.Analyzers;

/// <summary>
/// Editorial inside the compiler and the IDE: checks the article files a project passes as <c>AdditionalFiles</c>, with the
/// engine and rules the CLI and the MSBuild task use. Per-article rules run in the additional-file action, so IDEs show their
/// findings as the article changes; cross-article rules run at compilation end, which IDEs leave to the build.
/// Nothing it reads (article text, profile YAML, configuration) can make it throw into the compiler: the engine turns a failing
/// rule into ED9000, and the analyzer reports its own failures the same way.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp, LanguageNames.VisualBasic)]
public sealed class EditorialAnalyzer : DiagnosticAnalyzer
{
    private const string AnalyzerName = "EditorialAnalyzer";

    private readonly IReadOnlyList<Rule> _rules;
    private readonly RoslynDescriptors _descriptors;
    private readonly bool _articleRulesInParallel;
    /// <summary>The engine of the last profile set a compilation used. An IDE makes a new compilation at every keystroke, and
    /// the engine (its rules sorted, their descriptors indexed) depends on nothing but the profiles and the rules: it is
    /// made again only when the profile set changes (<see cref="ProfileCache"/> keeps one set per profile texts). Replaced
    /// whole, never mutated, so concurrent compilations can read and replace it without locks.</summary>
    private EditorialEngine? _lastEngine;

    public EditorialAnalyzer()
        : this(RuleCatalog.Rules)
    {
    }

    /// <summary>An analyzer running <paramref name="rules"/> instead of the catalog's (tests), and an article's rules one after
    /// the other when <paramref name="articleRulesInParallel"/> is off (the benchmark's single-thread time).</summary>
    internal EditorialAnalyzer(IReadOnlyList<Rule> rules, bool articleRulesInParallel = true)
    {
        _rules = rules;
        _articleRulesInParallel = articleRulesInParallel;
        _descriptors = new RoslynDescriptors(RuleCatalog.DescriptorsOf(rules), RuleCatalog.CrossArticleIds(rules));
    }

    public override ImmutableArray<RoslynDiagnosticDescriptor> SupportedDiagnostics => _descriptors.Supported;

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        // Articles are additional files, never generated C#: there is no generated code to analyse or report in.
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(StartCompilation);
    }

    private void StartCompilation(CompilationStartAnalysisContext context)
    {
        Session session;
        try
        {
            session = Session.Create(context.Options, _rules, EngineFor, _descriptors, context.CancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The profiles or options could not be read: say so on each of Editorial's files rather than fail the compilation.
            var failure = exception;
            var provider = context.Options.AnalyzerConfigOptionsProvider;
            context.RegisterAdditionalFileAction(file =>
            {
                if (IsEditorials(file.AdditionalFile, provider)) ReportHostFailure(file.ReportDiagnostic, _descriptors, file.AdditionalFile.Path, failure);
            });
            return;
        }
        context.RegisterAdditionalFileAction(session.AnalyzeFile);
        if (session.HasCompilationEndWork) context.RegisterCompilationEndAction(session.AnalyzeCorpus);
    }

    private EditorialEngine EngineFor(ProfileSet profiles)
    {
        var last = Volatile.Read(ref _lastEngine);
        if (last is not null && ReferenceEquals(last.Profiles, profiles)) return last;
        // An IDE re-analyses the one article being edited and the writer waits for it: its rules share the cores.
        var engine = new EditorialEngine(profiles, _rules) { ArticleRulesInParallel = _articleRulesInParallel };
        Volatile.Write(ref _lastEngine, engine);
        return engine;
    }

    private static bool IsEditorials(AdditionalText file, AnalyzerConfigOptionsProvider provider)
    {
        try
        {
            return AdditionalFileRoles.GetRole(file, provider.GetOptions(file)) != AdditionalFileRole.None;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>Reports an exception of the analyzer's own code as ED9000 on the file, as the engine reports a failing rule.</summary>
    private static void ReportHostFailure(Action<Microsoft.CodeAnalysis.Diagnostic> report, RoslynDescriptors descriptors, string path, Exception exception)
    {
        try
        {
            var location = new EditorialLocation(path, new Editorial.Text.TextSpan(0, 0), new Editorial.Text.LinePositionSpan(1, 1, 1, 1));
            var diagnostic = new EditorialDiagnostic(ConfigurationDescriptors.InternalError, location, ConfigurationDescriptors.InternalError.DefaultSeverity,
                [AnalyzerName, exception.GetType().Name + ": " + exception.Message]);
            report(DiagnosticConversion.ToRoslyn(diagnostic, descriptors, null));
        }
        catch (Exception reportFailure) when (reportFailure is not OperationCanceledException)
        {
            // Reporting the failure failed as well; there is nothing left to tell the user without throwing into the compiler.
        }
    }

    /// <summary>The state of one compilation: its profiles and default outlet, and the articles analysed so far for the cross-article rules.</summary>
    private sealed class Session
    {
        private readonly RoslynDescriptors _descriptors;
        private readonly EditorialEngine _engine;
        private readonly AnalyzerConfigOptionsProvider _configOptions;
        private readonly string? _defaultOutlet;
        /// <summary>Profile problems, by the path of the profile file they are in.</summary>
        private readonly ILookup<string, EditorialDiagnostic> _profileProblems;
        /// <summary>Profile problems located in a file that is not one of the compilation's additional files (a built-in profile).</summary>
        private readonly IReadOnlyList<EditorialDiagnostic> _unplacedProfileProblems;
        private readonly ConcurrentBag<AnalyzedArticle> _articles = new();

        private Session(RoslynDescriptors descriptors, EditorialEngine engine, AnalyzerConfigOptionsProvider configOptions, string? defaultOutlet,
            ILookup<string, EditorialDiagnostic> profileProblems, IReadOnlyList<EditorialDiagnostic> unplacedProfileProblems)
        {
            _descriptors = descriptors;
            _engine = engine;
            _configOptions = configOptions;
            _defaultOutlet = defaultOutlet;
            _profileProblems = profileProblems;
            _unplacedProfileProblems = unplacedProfileProblems;
        }

        public bool HasCompilationEndWork => _engine.CorpusRules.Count > 0 || _unplacedProfileProblems.Count > 0;

        /// <param name="engineFor">The engine that runs the rules with a profile set.</param>
        public static Session Create(AnalyzerOptions options, IReadOnlyList<Rule> rules, Func<ProfileSet, EditorialEngine> engineFor,
            RoslynDescriptors descriptors, CancellationToken cancellationToken)
        {
            var provider = options.AnalyzerConfigOptionsProvider;
            // An IDE makes a compilation at every keystroke, and a newsroom project passes thousands of articles: only the
            // few profiles among them are sorted (by path, as the build reads them), and the files' paths are gathered only
            // when there are profile problems to place (2,000 articles: 0.6 ms of each keystroke before).
            var profileFiles = new List<AdditionalText>();
            foreach (var file in options.AdditionalFiles)
            {
                if (AdditionalFileRoles.GetRole(file, provider.GetOptions(file)) == AdditionalFileRole.Profile) profileFiles.Add(file);
            }
            var profileSources = new List<ProfileSource>();
            foreach (var file in profileFiles.OrderBy(f => f.Path, StringComparer.Ordinal))
            {
                // An unreadable profile is reported on the profile file itself, by the additional-file action.
                if (file.GetText(cancellationToken) is { } text) profileSources.Add(new ProfileSource(file.Path, text.ToString()));
            }
            var profiles = ProfileCache.Get(profileSources, rules);
            IReadOnlyList<EditorialDiagnostic> unplacedProblems = [];
            if (profiles.Diagnostics.Count > 0)
            {
                var additionalPaths = new HashSet<string>(options.AdditionalFiles.Select(f => f.Path), StringComparer.Ordinal);
                unplacedProblems = profiles.Diagnostics.Where(d => !additionalPaths.Contains(d.Location.Path)).ToList();
            }
            return new Session(descriptors, engineFor(profiles), provider, AdditionalFileRoles.GetDefaultOutlet(provider.GlobalOptions),
                profiles.Diagnostics.ToLookup(d => d.Location.Path, StringComparer.Ordinal), unplacedProblems);
        }

        public void AnalyzeFile(AdditionalFileAnalysisContext context)
        {
            var file = context.AdditionalFile;
            try
            {
                var fileOptions = _configOptions.GetOptions(file);
                switch (AdditionalFileRoles.GetRole(file, fileOptions))
                {
                    case AdditionalFileRole.Article:
                        AnalyzeArticle(context, AdditionalFileRoles.GetSettings(fileOptions, _defaultOutlet, _descriptors.KnownKeys));
                        break;
                    case AdditionalFileRole.Profile:
                        if (file.GetText(context.CancellationToken) is null) Report(context.ReportDiagnostic, ArticleFile.Unreadable(file.Path, CompilerCouldNotRead), null);
                        foreach (var problem in _profileProblems[file.Path]) Report(context.ReportDiagnostic, problem, null);
                        break;
                }
            }
            catch (OperationCanceledException) when (context.CancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception exception)
            {
                ReportHostFailure(context.ReportDiagnostic, _descriptors, file.Path, exception);
            }
        }

        public void AnalyzeCorpus(CompilationAnalysisContext context)
        {
            try
            {
                foreach (var problem in _unplacedProfileProblems) Report(context.ReportDiagnostic, problem, null);
                // The order the engine sees in a build: by path, whatever order the additional-file actions ran in; a file a
                // project lists twice is one article.
                var articles = _articles.GroupBy(a => a.Article.Path, StringComparer.Ordinal).Select(g => g.First())
                    .OrderBy(a => a.Article.Path, StringComparer.Ordinal).ToList();
                var texts = articles.ToDictionary(a => a.Article.Path, a => a.Article.Text, StringComparer.Ordinal);
                foreach (var diagnostic in _engine.AnalyzeCorpus(articles, context.CancellationToken))
                {
                    Report(context.ReportDiagnostic, diagnostic, texts.TryGetValue(diagnostic.Location.Path, out var text) ? text : null);
                }
            }
            catch (OperationCanceledException) when (context.CancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception exception)
            {
                var first = _articles.Select(a => a.Article.Path).OrderBy(p => p, StringComparer.Ordinal).FirstOrDefault();
                if (first is not null) ReportHostFailure(context.ReportDiagnostic, _descriptors, first, exception);
            }
        }

        private void AnalyzeArticle(AdditionalFileAnalysisContext context, ArticleSettings settings)
        {
            var file = context.AdditionalFile;
            var sourceText = file.GetText(context.CancellationToken);
            var content = sourceText is null ? ArticleContent.Unreadable(CompilerCouldNotRead) : ArticleContent.FromCompilerText(sourceText.ToString(), sourceText.Encoding);
            // Whether the article is checked, whether it is text and fits the size limit: decided as for the CLI and the task.
            if (ArticleReader.Read(file.Path, settings, content, out var refused) is not { } articleFile)
            {
                if (refused is not null) Report(context.ReportDiagnostic, refused, null);
                return;
            }
            var text = articleFile.Text;
            if (EditorialEngine.Parse(file.Path, text, out var fault) is not { } article)
            {
                Report(context.ReportDiagnostic, fault!, text);
                return;
            }
            var analyzed = _engine.Prepare(article, settings, out var problems);
            foreach (var problem in problems) Report(context.ReportDiagnostic, problem, text);
            foreach (var diagnostic in _engine.AnalyzeArticle(analyzed, context.CancellationToken)) Report(context.ReportDiagnostic, diagnostic, text);
            if (_engine.CorpusRules.Count > 0) _articles.Add(analyzed);
        }

        private void Report(Action<Microsoft.CodeAnalysis.Diagnostic> report, EditorialDiagnostic diagnostic, string? articleText)
        {
            // A rule can only report its own descriptors, which are all supported; anything else would make Roslyn throw.
            if (!_descriptors.Contains(diagnostic.Id)) return;
            report(DiagnosticConversion.ToRoslyn(diagnostic, _descriptors, articleText));
        }

        private const string CompilerCouldNotRead = "the compiler could not read it";
    }
}
