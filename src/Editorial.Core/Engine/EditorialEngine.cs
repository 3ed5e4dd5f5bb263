using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Editorial.Articles;
using Editorial.Configuration;
using Editorial.Diagnostics;
using Editorial.Figures;
using Editorial.Lexicon;
using Editorial.Profiles;
using Editorial.Rules;
using Editorial.Rules.Spelling;
using Editorial.Text;

namespace Editorial.Engine;

/// <summary>
/// The rule engine: reads each article once, runs every article rule on it and then every corpus rule on the set.
/// It knows nothing of its hosts (CLI, MSBuild task, Roslyn analyzer); they adapt input, configuration and output.
/// A rule that throws is reported as ED9000 on the article and never stops the run.
/// </summary>
public sealed class EditorialEngine
{
    public EditorialEngine(ProfileSet? profiles = null, IReadOnlyList<Rule>? rules = null)
    {
        Profiles = profiles ?? ProfileSet.BuiltIn;
        Rules = rules ?? RuleCatalog.Rules;
        ArticleRules = Rules.OfType<ArticleRule>().ToList();
        CorpusRules = Rules.OfType<CorpusRule>().ToList();
        _descriptors = RuleCatalog.DescriptorsOf(Rules).ToDictionary(d => d.Id, StringComparer.Ordinal);
        _ruleIds = new HashSet<string>(_descriptors.Keys, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Starts loading, on the thread pool, the word lists and the figure vocabulary that the rules read on their first article,
    /// and returns at once. A host that checks once per process calls it first, so that the loading overlaps reading its
    /// settings and profiles on the other core: together they are most of a one-article check. A rule that needs one of them
    /// before it is loaded waits for it; nothing is loaded twice.
    /// </summary>
    public static void BeginLoadingWordLists() => Task.Run(() =>
    {
        CommonWords.Contains("a");
        ProperNames.ContainsLetters("a");
        RegionalLexicon.TryGet("a", out _);
        _ = FigureWords.Instance;
    });

    private readonly Dictionary<string, DiagnosticDescriptor> _descriptors;

    /// <summary>The IDs an <c>editorial.&lt;ID&gt;.severity</c> key may name: this engine's rules and the configuration diagnostics.</summary>
    private readonly HashSet<string> _ruleIds;

    public ProfileSet Profiles { get; }
    public IReadOnlyList<Rule> Rules { get; }

    /// <summary>Whether this engine reports <paramref name="id"/>: one of its rules' or a configuration diagnostic's, in any case.</summary>
    public bool Reports(string id) => _ruleIds.Contains(id);
    public IReadOnlyList<ArticleRule> ArticleRules { get; }
    public IReadOnlyList<CorpusRule> CorpusRules { get; }

    /// <summary>Checks a set of articles: per-article rules on each (in parallel), then the corpus rules on all.
    /// Profile problems are included. The result is sorted by path, line, column and ID.
    /// Each article is summarised for the corpus rules (<see cref="CorpusRule.Summarize"/>) as soon as its own rules have run,
    /// and only the summaries are held for the cross-article pass.</summary>
    /// <param name="progress">Told how many articles have been checked on their own, after each one (from any thread).</param>
    public IReadOnlyList<Diagnostic> Check(IReadOnlyList<ArticleInput> inputs, CancellationToken cancellationToken = default, IProgress<int>? progress = null) =>
        RunArticles(inputs, cancellationToken, progress, null, encodeSummaries: false).Diagnostics;

    /// <summary><see cref="Check"/>, with each article's own findings and corpus summary apart (what a host's results cache
    /// stores). An input with <see cref="ArticleInput.KnownFindings"/> is not checked on its own again: those are its findings;
    /// with <see cref="ArticleInput.KnownSummary"/> too, it is not summarised again either. A part of the run whose findings
    /// <paramref name="knownPartFindings"/> gives, by its fingerprint (<see cref="EngineResult.PartFindings"/>), is not compared again.
    /// A part compared again whose table <paramref name="knownPartTables"/> gives (<see cref="EngineResult.PartTables"/>) is compared
    /// from that table, with the articles that left the part, as <paramref name="knownArticles"/> gives them by their key (their
    /// settings and summary when they were counted in), taken out of it and those that joined it put in.</summary>
    public EngineResult Run(IReadOnlyList<ArticleInput> inputs, CancellationToken cancellationToken = default, IProgress<int>? progress = null,
        Func<string, IReadOnlyList<Diagnostic>?>? knownPartFindings = null, Func<string, StoredSummary?>? knownPartTables = null,
        Func<string, ArticleInput?>? knownArticles = null) =>
        RunArticles(inputs, cancellationToken, progress, new KnownParts(knownPartFindings, knownPartTables, knownArticles), encodeSummaries: true);

    /// <summary>What a host kept of an earlier run's parts: their findings and tables, and the articles counted in those tables.</summary>
    private sealed record KnownParts(Func<string, IReadOnlyList<Diagnostic>?>? Findings, Func<string, StoredSummary?>? Tables,
        Func<string, ArticleInput?>? Articles);

    /// <param name="encodeSummaries">Whether each article's summary is written as bytes (<see cref="EngineResult.ArticleSummaries"/>):
    /// only a host that keeps them asks, and a check without a cache would write 2,000 summaries to drop them.</param>
    private EngineResult RunArticles(IReadOnlyList<ArticleInput> inputs, CancellationToken cancellationToken, IProgress<int>? progress,
        KnownParts? known, bool encodeSummaries)
    {
        var checkedArticles = 0;
        var members = new CorpusMember?[inputs.Count];
        var perArticle = new IReadOnlyList<Diagnostic>[inputs.Count];
        var summaries = new ArraySegment<byte>?[inputs.Count];
        var strings = new SharedStrings();
        Parallel.For(0, inputs.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            var input = inputs[i];
            if (input is { KnownFindings: { } stored, KnownSummary: { } summary, KnownParts: { } parts } && parts.Count == CorpusRules.Count)
            {
                // Checked and summarised before, and its parts known: restored only if a part of it is compared again.
                (members[i], perArticle[i]) = (new CorpusMember(input.Path, input.Key, parts, () => RestoreKnown(input, summary(), strings)), stored);
            }
            else if (input is { KnownFindings: { } findings, KnownSummary: { } knownSummary }
                     && Restore(input, knownSummary(), strings) is { } restored)
            {
                // Checked and summarised before: the article is not read again, only restored as the per-article pass left it.
                (members[i], perArticle[i]) = (CorpusMember.Of(input, restored), findings);
            }
            else if (Parse(input.Path, input.Text, out var fault) is not { } article)
            {
                perArticle[i] = [fault!];
                return;
            }
            else if (input.KnownFindings is { } known)
            {
                // Its findings are known, its summary is not: only the summary is made again.
                var prepared = SummarizedWithKnownFindings(article, input.Settings, strings);
                perArticle[i] = known;
                if (encodeSummaries) summaries[i] = EncodeSummary(prepared);
                members[i] = CorpusMember.Of(input, prepared);
            }
            else
            {
                var prepared = Prepare(article, input.Settings, strings, out var setup);
                perArticle[i] = setup.Concat(AnalyzeArticle(prepared, cancellationToken)).Concat(SummarizeForCorpus(prepared)).ToList();
                if (encodeSummaries) summaries[i] = EncodeSummary(prepared);
                members[i] = CorpusMember.Of(input, prepared);
            }
            progress?.Report(Interlocked.Increment(ref checkedArticles));
        });
        var read = members.Where(member => member is not null).Select(member => member!).ToList();
        var (corpusFindings, partFindings, partTables) = AnalyzeCorpus(read, known, cancellationToken);
        var parts = members.Select(member => member is null ? null
            : member.Parts ?? (member.Article.IsFullySummarized ? CorpusRules.Select(rule => rule.PartOf(member.Article)).ToList() : null)).ToList();
        return new EngineResult(Profiles.Diagnostics, perArticle, corpusFindings, summaries, parts, partFindings) { PartTables = partTables };
    }

    /// <param name="strings">The run's shared strings, which the restored analyses' strings join (<see cref="AnalyzedArticle.Share"/>).</param>
    private AnalyzedArticle? Restore(ArticleInput input, StoredSummary summary, SharedStrings? strings = null) =>
        CorpusSummaryFormat.Restore(input.Path, () => input.Text, summary, article => Prepare(article, input.Settings, strings, out _));

    /// <summary>An article whose findings, summary and parts are known, for the cross-article pass of a part it belongs to that is
    /// compared again: restored from its summary, or, should that be of another layout, read and summarised again.</summary>
    private AnalyzedArticle RestoreKnown(ArticleInput input, StoredSummary summary, SharedStrings strings)
    {
        if (Restore(input, summary, strings) is { } restored) return restored;
        var article = Parse(input.Path, input.Text, out var fault) ?? throw new InvalidOperationException(fault!.Message);
        return SummarizedWithKnownFindings(article, input.Settings, strings);
    }

    /// <summary>An article whose own findings are known, prepared and summarised for the corpus rules; its article rules are not
    /// run again.</summary>
    private AnalyzedArticle SummarizedWithKnownFindings(Article article, ArticleSettings settings, SharedStrings strings)
    {
        var prepared = Prepare(article, settings, strings, out _);
        SummarizeForCorpus(prepared);
        return prepared;
    }

    /// <summary>An article as the cross-article pass sees it: its path, its key in a host's results cache, its part for each corpus
    /// rule when they are known without it (<see cref="ArticleInput.KnownParts"/>), and the article, restored when first asked for.</summary>
    private sealed class CorpusMember(string path, string? key, IReadOnlyList<string>? parts, Func<AnalyzedArticle> article)
    {
        private readonly Lazy<AnalyzedArticle> _article = new(article);

        public static CorpusMember Of(ArticleInput input, AnalyzedArticle article) => new(input.Path, input.Key, null, () => article);

        public string Path { get; } = path;
        public string? Key { get; } = key;
        public IReadOnlyList<string>? Parts { get; } = parts;
        public AnalyzedArticle Article => _article.Value;
    }

    /// <summary>The article's corpus summary, as a host's results cache keeps it; null when no corpus rule keeps anything of it.</summary>
    private static ArraySegment<byte>? EncodeSummary(AnalyzedArticle article) =>
        CorpusSummaryFormat.Encode(article) is { } encoded ? new ArraySegment<byte>(encoded) : null;

    /// <summary>The descriptor of <paramref name="id"/> among this engine's rules and the configuration diagnostics, for
    /// findings read back from a results cache (<see cref="ArticleFindingsFormat"/>); null for an ID it does not know.</summary>
    public DiagnosticDescriptor? FindDescriptor(string id) => _descriptors.TryGetValue(id, out var descriptor) ? descriptor : null;

    /// <summary>Reads an article. Input problems are the article's own diagnostics (ED9007, ED9008); should the reader
    /// itself fail, that is ED9000 at the article, naming the stage, and this article is skipped, never the run.</summary>
    public static Article? Parse(string path, string text, out Diagnostic? fault)
    {
        fault = null;
        try
        {
            return Article.Parse(path, text);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            fault = new Diagnostic(ConfigurationDescriptors.InternalError, Location.StartOf(path), ConfigurationDescriptors.InternalError.DefaultSeverity,
                ["Reading the article", exception.GetType().Name + ": " + exception.Message]);
            return null;
        }
    }

    /// <summary>Resolves the outlet, story and settings of an article; problems with them are returned as ED9xxx diagnostics.</summary>
    public AnalyzedArticle Prepare(Article article, ArticleSettings settings, out IReadOnlyList<Diagnostic> problems)
    {
        var sink = new DiagnosticSink();
        var profile = ResolveProfile(article, settings, sink);
        var story = article.Metadata.TryGetValue("story", out var fromFrontMatter) ? fromFrontMatter : settings.Get(EditorialOptions.Story);
        var analyzed = new AnalyzedArticle(article, profile, settings, story);
        foreach (var problem in article.Problems)
        {
            var descriptor = problem.Kind == ArticleProblemKind.Markup ? ConfigurationDescriptors.MarkupNotRead : ConfigurationDescriptors.InvalidFrontMatter;
            sink.Report(analyzed, descriptor, problem.Span, [problem.Message], null, null, false);
        }
        ValidateSettings(analyzed, settings, sink);
        // The profile was chosen before the article's severities were known: apply them to the outlet diagnostic now.
        var configured = sink.Diagnostics.Select(d => Configure(analyzed, d)).Where(d => d is not null).Select(d => d!).ToList();
        problems = configured;
        return analyzed;
    }

    /// <summary><see cref="Prepare(Article, ArticleSettings, out IReadOnlyList{Diagnostic})"/> for an article of a run, whose kept
    /// analyses share the run's <paramref name="strings"/> (<see cref="AnalyzedArticle.Share"/>).</summary>
    private AnalyzedArticle Prepare(Article article, ArticleSettings settings, SharedStrings? strings, out IReadOnlyList<Diagnostic> problems)
    {
        var prepared = Prepare(article, settings, out problems);
        prepared.Strings = strings;
        return prepared;
    }

    public IReadOnlyList<Diagnostic> AnalyzeArticle(AnalyzedArticle article, CancellationToken cancellationToken = default)
    {
        var rules = RulesInForce(article);
        if (ArticleRulesInParallel || article.Article.Text.Length >= RulesInParallelFrom)
        {
            // One article alone can be most of a run (a merged page, a feed of millions of characters), or all a host waits for
            // (an IDE at each edit): its rules share the cores, each with a sink of its own, and their findings are joined in
            // the rules' order, as they would run one by one.
            var sinks = rules.Select(_ => new DiagnosticSink()).ToArray();
            Parallel.For(0, rules.Count, new ParallelOptions { CancellationToken = cancellationToken },
                i => Guard(rules[i], article, sinks[i], () => rules[i].Analyze(new ArticleContext(article, sinks[i]))));
            return sinks.SelectMany(sink => sink.Diagnostics).ToList();
        }
        var sequential = new DiagnosticSink();
        var context = new ArticleContext(article, sequential);
        foreach (var rule in rules)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Guard(rule, article, sequential, () => rule.Analyze(context));
        }
        return sequential.Diagnostics;
    }

    /// <summary>
    /// The article rules that can report something in this article: a rule whose every descriptor is <c>none</c> here (ED3001
    /// by default, or any rule a folder switches off) would only have its findings dropped, so it is not run at all, as a
    /// compiler skips an analyzer whose diagnostics are all suppressed.
    /// </summary>
    private List<ArticleRule> RulesInForce(AnalyzedArticle article) =>
        ArticleRules.Where(rule => rule.Descriptors.Any(d => DiagnosticSink.EffectiveSeverity(article, d) != Severity.None)).ToList();

    /// <summary>Runs the rules of every article in parallel, whatever its length: for a host that checks one article at a time
    /// and waits for its findings (the analyzer, at each edit in an IDE), where the time of one article is the latency the
    /// writer sees. A host that checks many articles at once already has them share the cores and leaves this off.</summary>
    public bool ArticleRulesInParallel { get; init; }

    /// <summary>The length from which an article's rules run in parallel: far beyond any news article (a few thousand
    /// characters), where the cost of starting threads is nothing beside the rules' work.</summary>
    public const int RulesInParallelFrom = 100_000;

    /// <summary>Runs every corpus rule's <see cref="CorpusRule.Summarize"/> on the article, then releases what no corpus rule
    /// kept. A rule that fails here is ED9000 on the article, as in any other stage.</summary>
    private IReadOnlyList<Diagnostic> SummarizeForCorpus(AnalyzedArticle article)
    {
        var sink = new DiagnosticSink();
        foreach (var rule in CorpusRules)
        {
            if (!Guard(rule, article, sink, () => rule.Summarize(article))) article.MarkUnsummarized(rule.GetType());
        }
        article.ReleaseForCorpus();
        return sink.Diagnostics;
    }

    public IReadOnlyList<Diagnostic> AnalyzeCorpus(IReadOnlyList<AnalyzedArticle> articles, CancellationToken cancellationToken = default) =>
        AnalyzeCorpus(articles.Select(article => new CorpusMember(article.Article.Path, null, null, () => article)).ToList(), null, cancellationToken).Findings;

    /// <summary>
    /// Runs every corpus rule on the parts of the run (<see cref="CorpusRule.PartOf"/>) whose findings are not known: the findings
    /// of a part whose fingerprint (the rule, the run's folder, the keys of its articles in order) <paramref name="known"/> gives are
    /// those, and its articles are not restored for that rule. Returns every finding, and the findings of each part that has a
    /// fingerprint (all its articles have a key), for a host to keep; with them, for a rule that keeps tables of its parts, each
    /// such part's table (<see cref="EngineResult.PartTables"/>).
    /// </summary>
    private (List<Diagnostic> Findings, Dictionary<string, IReadOnlyList<Diagnostic>> Parts, Dictionary<string, ArraySegment<byte>?> Tables) AnalyzeCorpus(
        IReadOnlyList<CorpusMember> members, KnownParts? known, CancellationToken cancellationToken)
    {
        var findings = new List<Diagnostic>();
        var parts = new Dictionary<string, IReadOnlyList<Diagnostic>>(StringComparer.Ordinal);
        var tables = new Dictionary<string, ArraySegment<byte>?>(StringComparer.Ordinal);
        if (members.Count == 0) return (findings, parts, tables);
        var root = ArticlePaths.CommonRoot(members.Select(m => m.Path));
        // A finding is told to its part by its article's path; a run that names a path twice keeps no part findings.
        var byPath = new Dictionary<string, int>(StringComparer.Ordinal);
        var pathsUnique = true;
        for (var i = 0; i < members.Count && pathsUnique; i++)
        {
            pathsUnique = !byPath.ContainsKey(members[i].Path);
            byPath[members[i].Path] = i;
        }
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        // Rules with the same parts compare the same list of articles: analyses made once per list (stories, pairs) are shared.
        var compared = new List<(bool[] Stale, IReadOnlyList<AnalyzedArticle> Articles)>();
        // Rules that split the run the same way (by outlet, by story) share the hashes of their parts' keys: the run's keys are
        // hashed once for each way of splitting it, not once for each rule.
        var keyHashes = new List<(string?[] PartOf, Dictionary<string, byte[]?> Hashes)>();
        for (var r = 0; r < CorpusRules.Count; r++)
        {
            var rule = CorpusRules[r];
            cancellationToken.ThrowIfCancellationRequested();
            // An article the rule failed to summarise is in none of its parts (AnalyzedArticle.MarkUnsummarized).
            var partOf = members.Select(m => m.Parts is { } known ? known[r] : m.Article.IsSummarizedFor(rule.GetType()) ? rule.PartOf(m.Article) : null).ToArray();
            var partMembers = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            for (var i = 0; i < members.Count; i++)
            {
                if (partOf[i] is not { } part) continue;
                if (!partMembers.TryGetValue(part, out var list)) partMembers[part] = list = new List<int>();
                list.Add(i);
            }
            var stale = new bool[members.Count];
            var fingerprints = new Dictionary<string, string>(StringComparer.Ordinal);
            var reused = new List<Diagnostic>();
            var partKeyHashes = keyHashes.FirstOrDefault(split => split.PartOf.SequenceEqual(partOf)).Hashes;
            if (partKeyHashes is null && pathsUnique)
            {
                partKeyHashes = partMembers.ToDictionary(part => part.Key, part => KeysHash(sha, part.Value.Select(i => members[i].Key)), StringComparer.Ordinal);
                keyHashes.Add((partOf, partKeyHashes));
            }
            foreach (var part in partMembers)
            {
                var fingerprint = partKeyHashes?[part.Key] is { } keysHash ? PartFingerprint(sha, rule, root, keysHash) : null;
                if (fingerprint is not null && known?.Findings?.Invoke(fingerprint) is { } stored)
                {
                    parts[fingerprint] = stored;
                    reused.AddRange(stored);
                    continue;
                }
                if (fingerprint is not null) fingerprints[part.Key] = fingerprint;
                foreach (var i in part.Value) stale[i] = true;
            }
            var sink = new DiagnosticSink();
            if (rule.NewTable is not null)
            {
                AnalyzeByTables(rule, members, partMembers, stale, pathsUnique, known, sink, root, tables, cancellationToken);
            }
            else if (stale.Any(s => s))
            {
                var toCompare = compared.FirstOrDefault(c => c.Stale.SequenceEqual(stale)).Articles;
                if (toCompare is null)
                {
                    var indices = Enumerable.Range(0, members.Count).Where(i => stale[i]).ToList();
                    // Restoring is most of the work of an unchanged article: on every core, in the run's order.
                    var restored = new AnalyzedArticle[indices.Count];
                    Parallel.For(0, indices.Count, new ParallelOptions { CancellationToken = cancellationToken }, k => restored[k] = members[indices[k]].Article);
                    toCompare = restored;
                    compared.Add((stale, toCompare));
                }
                Guard(rule, toCompare[0], sink, () => rule.Analyze(new CorpusContext(toCompare, sink, root)));
            }
            findings.AddRange(sink.Diagnostics);
            findings.AddRange(reused);
            var fresh = fingerprints.Keys.ToDictionary(part => part, _ => new List<Diagnostic>(), StringComparer.Ordinal);
            // A rule that failed (ED9000) may have failed on any of the parts: none of its findings are kept.
            var attributed = sink.Diagnostics.All(d => d.Descriptor != ConfigurationDescriptors.InternalError
                                                       && byPath.TryGetValue(d.Location.Path, out var i) && stale[i]);
            if (!attributed) continue;
            foreach (var finding in sink.Diagnostics)
            {
                if (partOf[byPath[finding.Location.Path]] is { } part && fresh.TryGetValue(part, out var list)) list.Add(finding);
            }
            foreach (var part in fresh) parts[fingerprints[part.Key]] = part.Value;
        }
        return (findings, parts, tables);
    }

    /// <summary>
    /// Compares the parts of <paramref name="partMembers"/> that are <paramref name="stale"/> from their tables (<see cref="CorpusRule.NewTable"/>):
    /// each the table a host kept, brought up to date (<see cref="UpdatedTable"/>), or one made of all the part's articles. Adds the
    /// table of each part whose articles all have a key to <paramref name="tables"/>, by <see cref="TableIdOf"/>: written again for a part
    /// compared, null (the kept one stands) for a part whose findings were known.
    /// </summary>
    private void AnalyzeByTables(CorpusRule rule, IReadOnlyList<CorpusMember> members, Dictionary<string, List<int>> partMembers, bool[] stale,
        bool pathsUnique, KnownParts? known, DiagnosticSink sink, string root, Dictionary<string, ArraySegment<byte>?> tables, CancellationToken cancellationToken)
    {
        var compared = new List<ComparedPart>();
        var kept = new List<(string Id, PartTable Table)>();
        foreach (var part in partMembers)
        {
            var keyed = pathsUnique && part.Value.All(i => members[i].Key is not null);
            var id = keyed ? TableIdOf(rule, part.Key) : null;
            if (!stale[part.Value[0]])
            {
                if (id is not null) tables[id] = null;
                continue;
            }
            // Without keys (a run with no results cache) the table lives for this run alone: its members are named by their place.
            var partArticles = part.Value.Select(i => (Member: members[i].Key is { } key && keyed ? key : i.ToString(System.Globalization.CultureInfo.InvariantCulture),
                members[i].Path, Article: (Func<AnalyzedArticle>)(() => members[i].Article))).ToList();
            var table = (id is not null && known?.Tables?.Invoke(id) is { } stored ? UpdatedTable(rule, stored, partArticles, known.Articles) : null)
                        ?? TableOf(rule, partArticles, cancellationToken);
            compared.Add(new ComparedPart(table, partArticles));
            if (id is not null) kept.Add((id, table));
        }
        if (compared.Count == 0) return;
        try
        {
            rule.Analyze(new CorpusContext([], sink, root, compared));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            ReportFault(rule, compared[0].Read([compared[0].Members.First()])[0].Article, sink, exception);
            return;
        }
        // Written after the rule ran: it may have completed the table (what it had to read of every article to answer).
        foreach (var (id, table) in kept)
        {
            using var stream = new MemoryStream();
            using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true)) table.Write(writer);
            tables[id] = new ArraySegment<byte>(stream.GetBuffer(), 0, (int)stream.Length);
        }
    }

    /// <summary>What a host keeps a part's table by: the rule and the part. Its members say which articles it counts.</summary>
    private static string TableIdOf(CorpusRule rule, string part) => rule.GetType().FullName + "\0" + part;

    /// <summary>The table of a part, made of all its articles (restored on every core first).</summary>
    private static PartTable TableOf(CorpusRule rule, IReadOnlyList<(string Member, string Path, Func<AnalyzedArticle> Article)> articles,
        CancellationToken cancellationToken)
    {
        Parallel.For(0, articles.Count, new ParallelOptions { CancellationToken = cancellationToken }, i => articles[i].Article());
        var table = rule.NewTable!();
        foreach (var (member, _, article) in articles) table.Add(member, article());
        return table;
    }

    /// <summary>The table a host kept (<paramref name="stored"/>), with the articles no longer in the part taken out (each restored from
    /// the summary <paramref name="knownArticles"/> gives for its key) and the part's new articles put in; null when it cannot be read,
    /// an article that left cannot be restored, or most of the part changed (making the table again reads about as much).</summary>
    private PartTable? UpdatedTable(CorpusRule rule, StoredSummary stored, IReadOnlyList<(string Member, string Path, Func<AnalyzedArticle> Article)> articles,
        Func<string, ArticleInput?>? knownArticles)
    {
        try
        {
            var bytes = stored.Read(0, stored.Length);
            using var reader = new BinaryReader(new MemoryStream(bytes.Array!, bytes.Offset, bytes.Count, writable: false), Encoding.UTF8);
            var table = rule.NewTable!();
            table.Read(reader);
            if (reader.BaseStream.Position != bytes.Count) return null;
            var current = new HashSet<string>(articles.Select(a => a.Member), StringComparer.Ordinal);
            var left = table.Members.Where(member => !current.Contains(member)).ToList();
            var joined = articles.Where(a => !table.Members.Contains(a.Member)).ToList();
            if (2 * (left.Count + joined.Count) > articles.Count) return null;
            foreach (var member in left)
            {
                if (knownArticles?.Invoke(member) is not { KnownSummary: { } summary } input || Restore(input, summary()) is not { } article) return null;
                table.Remove(member, article);
            }
            foreach (var (member, _, article) in joined) table.Add(member, article());
            return table;
        }
        catch (Exception exception) when (exception is EndOfStreamException or FormatException or ArgumentException or IndexOutOfRangeException
                                              or OverflowException or KeyNotFoundException or InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>The hash of the keys of a part's articles in the run's order, each after a NUL; null when an article has no key.
    /// Hashed piece by piece: an outlet's part holds the keys of thousands of articles, which as one text would be a large object.</summary>
    private static byte[]? KeysHash(IncrementalHash sha, IEnumerable<string?> keys)
    {
        var buffer = new byte[256];
        foreach (var key in keys)
        {
            if (key is null)
            {
                sha.GetHashAndReset();
                return null;
            }
            var most = 1 + Encoding.UTF8.GetMaxByteCount(key.Length);
            if (buffer.Length < most) buffer = new byte[most];
            buffer[0] = 0;
            sha.AppendData(buffer, 0, 1 + Encoding.UTF8.GetBytes(key, 0, key.Length, buffer, 1));
        }
        return sha.GetHashAndReset();
    }

    /// <summary>What a part of a run is to a host's results cache: the rule, the folder messages name paths against, and the hash of
    /// the keys of the part's articles (<see cref="KeysHash"/>).</summary>
    private static string PartFingerprint(IncrementalHash sha, CorpusRule rule, string root, byte[] keysHash)
    {
        sha.AppendData(Encoding.UTF8.GetBytes(rule.GetType().FullName + "\0" + root + "\0"));
        sha.AppendData(keysHash);
        return Convert.ToBase64String(sha.GetHashAndReset());
    }

    /// <summary>The findings by path, place, ID and message, in a new list; those of equal keys keep their order.</summary>
    public static IReadOnlyList<Diagnostic> Sort(IEnumerable<Diagnostic> diagnostics)
    {
        var list = diagnostics.ToList();
        // A host sorts the engine's sorted findings again with the few of its own (none, most often): checking the order is one
        // comparison a finding, ordering 50,000 findings some fifteen.
        for (var i = 1; i < list.Count; i++)
        {
            if (Compare(list[i - 1], list[i]) <= 0) continue;
            // OrderBy is stable: findings of equal keys keep their order.
            return list.OrderBy(d => d, FindingOrder).ToList();
        }
        return list;
    }

    private static readonly IComparer<Diagnostic> FindingOrder = Comparer<Diagnostic>.Create(Compare);

    /// <summary>The order of <see cref="Sort"/>: path, place, ID and message.</summary>
    private static int Compare(Diagnostic x, Diagnostic y)
    {
        var order = string.CompareOrdinal(x.Location.Path, y.Location.Path);
        if (order == 0) order = x.Location.Span.Start.CompareTo(y.Location.Span.Start);
        if (order == 0) order = string.CompareOrdinal(x.Id, y.Id);
        return order != 0 ? order : string.CompareOrdinal(x.Message, y.Message);
    }

    /// <summary>Runs <paramref name="action"/>; false when it threw, which is ED9000 at <paramref name="article"/>.</summary>
    private static bool Guard(Rule rule, AnalyzedArticle article, DiagnosticSink sink, Action action)
    {
        try
        {
            action();
            return true;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            ReportFault(rule, article, sink, exception);
            return false;
        }
    }

    /// <summary>A rule that threw: ED9000 on <paramref name="article"/>, naming the rule.</summary>
    private static void ReportFault(Rule rule, AnalyzedArticle article, DiagnosticSink sink, Exception exception)
    {
        var id = rule.Descriptors.Count > 0 ? rule.Descriptors[0].Id : rule.GetType().Name;
        sink.Report(article, ConfigurationDescriptors.InternalError, new TextSpan(0, 0), ["Rule " + id, exception.GetType().Name + ": " + exception.Message], null, null, false);
    }

    private OutletProfile ResolveProfile(Article article, ArticleSettings settings, DiagnosticSink sink)
    {
        string? name;
        string origin;
        // Where the outlet is named is only needed for a diagnostic, and locating a key in the configuration files is costly.
        Func<Location?> where = () => null;
        if (article.Metadata.TryGetValue("outlet", out var fromFrontMatter))
        {
            (name, origin) = (fromFrontMatter, "front matter");
            where = () => article.GetLocation(FindFrontMatterKey(article, "outlet"));
        }
        else if (settings.Get(EditorialOptions.Outlet) is { } fromConfig)
        {
            (name, origin) = (fromConfig, EditorialOptions.Outlet);
            where = () => settings.LocateOption?.Invoke(EditorialOptions.Outlet);
        }
        else
        {
            (name, origin) = (settings.DefaultOutlet, settings.DefaultOutletSetting ?? "the default outlet");
        }
        if (string.IsNullOrWhiteSpace(name)) return Profiles.Default;
        if (Profiles.TryGet(name!, out var profile)) return profile;
        var location = where() ?? article.GetLocation(new TextSpan(0, 0));
        sink.Add(new Diagnostic(ConfigurationDescriptors.UnknownOutlet, location, ConfigurationDescriptors.UnknownOutlet.DefaultSeverity,
            [name, origin, string.Join(", ", Profiles.Names)]));
        return Profiles.Default;
    }

    private void ValidateSettings(AnalyzedArticle article, ArticleSettings settings, DiagnosticSink sink)
    {
        foreach (var entry in settings.SectionSeverities)
        {
            if (!EditorialOptions.TryGetSeverityId(entry.Key, out var ignoredId)) continue;
            sink.Add(new Diagnostic(ConfigurationDescriptors.SectionSeverityIgnored, Where(entry.Key), ConfigurationDescriptors.SectionSeverityIgnored.DefaultSeverity,
                [entry.Key, EditorialOptions.SeverityKey(ignoredId)]));
        }
        foreach (var entry in settings.Options.Where(entry => !entry.Key.StartsWith(EditorialOptions.DotnetPrefix, StringComparison.OrdinalIgnoreCase)).Concat(settings.GlobalSeverities))
        {
            string? problem = null;
            var severityKey = EditorialOptions.TryGetSeverityId(entry.Key, out var id);
            // Only Editorial's own keys: a global config's dotnet_diagnostic keys also set other analyzers' severities.
            var editorialKey = entry.Key.StartsWith(EditorialOptions.Prefix, StringComparison.OrdinalIgnoreCase);
            if (editorialKey && !severityKey && !EditorialOptions.IsSetting(entry.Key))
            {
                problem = "no such setting; Editorial reads " + string.Join(", ", EditorialOptions.Keys) + " and editorial.<rule ID>.severity";
            }
            else if (editorialKey && severityKey && !_ruleIds.Contains(id))
            {
                problem = $"no rule {id}";
            }
            else if (severityKey && !SeverityNames.TryParse(entry.Value, out _))
            {
                problem = "a severity is one of " + string.Join(", ", SeverityNames.Accepted);
            }
            else if (string.Equals(entry.Key, EditorialOptions.QuotationSeverity, StringComparison.OrdinalIgnoreCase) && !SeverityNames.TryParse(entry.Value, out _))
            {
                problem = "a severity is one of none, suggestion, warning, error, default";
            }
            else if (string.Equals(entry.Key, EditorialOptions.MaxArticleChars, StringComparison.OrdinalIgnoreCase) && (!int.TryParse(entry.Value, out var max) || max <= 0))
            {
                problem = "a positive whole number of characters is expected";
            }
            else if (EditorialOptions.SwitchKeys.Contains(entry.Key, StringComparer.OrdinalIgnoreCase) && !EditorialOptions.IsSwitchValue(entry.Value))
            {
                problem = "true or false is expected";
            }
            else if (string.Equals(entry.Key, EditorialOptions.Language, StringComparison.OrdinalIgnoreCase) && !ArticleLanguage.IsTag(entry.Value))
            {
                problem = "a language tag is expected, such as en, en-GB or fr";
            }
            else if (string.Equals(entry.Key, EditorialOptions.Charset, StringComparison.OrdinalIgnoreCase) && !ArticleFile.IsCharset(entry.Value))
            {
                problem = "editorconfig's charsets are " + ArticleFile.CharsetNames + "; the article's encoding is detected instead";
            }
            if (problem is null) continue;
            sink.Add(new Diagnostic(ConfigurationDescriptors.InvalidSetting, Where(entry.Key), ConfigurationDescriptors.InvalidSetting.DefaultSeverity,
                [entry.Value, entry.Key, problem]));
        }

        Location Where(string key) => settings.LocateOption?.Invoke(key) ?? article.Article.GetLocation(new TextSpan(0, 0));
    }

    private static Diagnostic? Configure(AnalyzedArticle article, Diagnostic diagnostic)
    {
        var severity = DiagnosticSink.EffectiveSeverity(article, diagnostic.Descriptor);
        return severity == Severity.None ? null : diagnostic.WithSeverity(severity);
    }

    private static TextSpan FindFrontMatterKey(Article article, string key) =>
        KeyedLines.FindYamlKey(article.Text, key, StringComparison.OrdinalIgnoreCase) ?? new TextSpan(0, 0);
}
