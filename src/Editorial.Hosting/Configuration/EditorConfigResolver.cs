using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Editorial.Configuration;
using Editorial.Diagnostics;
using Editorial.Text;
using Microsoft.CodeAnalysis;
using Location = Editorial.Diagnostics.Location;
using RoslynDiagnostic = Microsoft.CodeAnalysis.Diagnostic;

namespace Editorial.Hosting.Configuration;

/// <summary>What a run found in a configuration file, kept by a results cache with the file's stamp (<see cref="ArticleResultsCache"/>):
/// a later run that finds the file of the same size and time need not read it, unless an article's settings are resolved from it.
/// The hash of its text (part of the key of the settings of the articles below it), whether it is a global config, and the problems
/// its lines gave (ED9010).</summary>
public sealed record ConfigFileEntry(ArticleResultsCache.FileStamp Stamp, string TextHash, bool IsGlobal, IReadOnlyList<Editorial.Diagnostics.Diagnostic> Problems);

/// <summary>
/// Reads <c>.editorconfig</c> and <c>.globalconfig</c> files with Roslyn's own analyzer-config API
/// (<see cref="AnalyzerConfig.Parse(string, string)"/>, <see cref="AnalyzerConfigSet"/>), so that the CLI and the
/// MSBuild task see exactly the options the compiler hands the analyzer. Section keys give each article its
/// <c>editorial.*</c> options; only the global config's <c>dotnet_diagnostic.*.severity</c> keys are honoured for
/// severities, as the compiler does for diagnostics in additional files (roslyn#31916).
/// </summary>
public sealed class EditorConfigResolver
{
    public const string EditorConfigName = ".editorconfig";
    public const string GlobalConfigName = ".globalconfig";

    private readonly ConcurrentDictionary<string, ParsedConfig?> _configs = new(StringComparer.Ordinal);
    // Articles under the same configuration files share one set: building a set per article is most of a large run's cost.
    private readonly ConcurrentDictionary<string, AnalyzerConfigSet> _sets = new(StringComparer.Ordinal);
    private readonly IReadOnlyList<string> _explicitGlobalConfigs;
    private readonly ConcurrentBag<Editorial.Diagnostics.Diagnostic> _problems = new();

    /// <summary>Asked of each configuration file before it is read: its stamp now, and what an earlier run found in it when the
    /// file is as it was then (a results cache, <see cref="ArticleResultsCache.FindConfigFile"/>); null without a cache.</summary>
    private readonly Func<string, (ConfigFileEntry? Known, ArticleResultsCache.FileStamp Stamp)>? _knownFile;

    /// <param name="globalConfigPaths">Global configs named by the host (the task's <c>GlobalAnalyzerConfigFiles</c>); any
    /// <c>.globalconfig</c> found beside or above an article is used as well, as the .NET SDK does.</param>
    /// <param name="knownFile">What a results cache knows of a configuration file whose size and time are those it recorded:
    /// such a file is read only if an article's settings are resolved from it (<see cref="GetSettings"/>).</param>
    /// <param name="isReportedId">Whether the engine reports a diagnostic ID (<see cref="Editorial.Engine.EditorialEngine.Reports"/>): the section
    /// severities of those IDs are handed over to be reported as ignored (<see cref="SectionSeverities"/>).</param>
    /// <param name="filesAbove">Every <c>.editorconfig</c> and <c>.globalconfig</c> in the articles' folders and above them, when the
    /// host has found them already (the MSBuild targets list them, <c>EditorialConfigFile</c>): no other is looked for. Null: each
    /// folder is probed for both names.</param>
    public EditorConfigResolver(IEnumerable<string>? globalConfigPaths = null,
        Func<string, (ConfigFileEntry? Known, ArticleResultsCache.FileStamp Stamp)>? knownFile = null, Func<string, bool>? isReportedId = null,
        IEnumerable<string>? filesAbove = null)
    {
        _explicitGlobalConfigs = (globalConfigPaths ?? []).Select(Path.GetFullPath).ToList();
        _knownFile = knownFile;
        _isReportedId = isReportedId;
        _filesAbove = filesAbove is null ? null : new HashSet<string>(filesAbove.Select(Path.GetFullPath), ProjectLayout.PathComparer);
        _foldersWithFiles = _filesAbove is null ? null : new HashSet<string>(_filesAbove.Select(Path.GetDirectoryName).OfType<string>(), ProjectLayout.PathComparer);
    }

    /// <summary>The configuration files the host found above the articles (see the constructor), or null. A content project of ten
    /// thousand articles has as many folders: probing 12,000 folders for both names took 0.14-0.23 s of CPU (measured alone), in
    /// every build after one article changed, and the targets have just looked for the same files.</summary>
    private readonly HashSet<string>? _filesAbove;

    /// <summary>The folders of <see cref="_filesAbove"/>'s files: no other folder is looked into (nor are the paths of its two
    /// names made) when the host's list is given.</summary>
    private readonly HashSet<string>? _foldersWithFiles;

    private readonly Func<string, bool>? _isReportedId;

    /// <summary>Each configuration file met in this run, with its stamp when it was first met and what was found in it, for a
    /// results cache to keep (<see cref="ArticleResultsCache.Save"/>).</summary>
    public IReadOnlyList<KeyValuePair<string, ConfigFileEntry>> FilesMet =>
        _configs.Where(entry => entry.Value is not null).Select(entry => new KeyValuePair<string, ConfigFileEntry>(entry.Key, entry.Value!.Entry)).ToList();

    /// <summary>Problems found in the configuration files themselves (unreadable files, invalid global configs).</summary>
    public IReadOnlyList<Editorial.Diagnostics.Diagnostic> Problems => _problems.ToList();

    /// <summary>The settings of the article at <paramref name="articlePath"/>, with the host's default outlet and the name of the
    /// setting that gave it (<c>--outlet</c>, <c>EditorialOutlet</c>), which an unknown outlet's message names.</summary>
    public ArticleSettings GetSettings(string articlePath, string? defaultOutlet = null, string? defaultOutletSetting = null)
    {
        var fullPath = Path.GetFullPath(articlePath);
        var configs = FindConfigs(fullPath);
        var set = _sets.GetOrAdd(string.Join("\n", configs.Select(c => c.Path)), _ =>
        {
            var created = AnalyzerConfigSet.Create(configs.Select(c => c.Config).ToList(), out var setDiagnostics);
            Report(setDiagnostics, configs);
            return created;
        });
        var options = set.GetOptionsForSourcePath(fullPath);
        var global = GlobalSeverities(set, configs);
        var editorial = options.AnalyzerOptions
            .Where(entry => entry.Key.StartsWith(EditorialOptions.Prefix, StringComparison.OrdinalIgnoreCase)
                || string.Equals(entry.Key, EditorialOptions.Charset, StringComparison.OrdinalIgnoreCase))
            .ToDictionary(entry => Spelling(configs, entry.Key), entry => entry.Value, StringComparer.OrdinalIgnoreCase);
        foreach (var severity in SectionSeverities(options, configs, fullPath)) editorial[severity.Key] = severity.Value;
        return new ArticleSettings(editorial, global, defaultOutlet, key => Locate(configs, key, fullPath), defaultOutletSetting);
    }

    /// <summary>The paths and the hashes of the texts of the configuration files that apply to <paramref name="articlePath"/>, as
    /// one string (all its settings, and where each is set, follow from them: the key of <see cref="ArticleResultsCache"/>), and
    /// whether one is a global config: merging global configs can find problems in them (<see cref="Problems"/>) that only
    /// <see cref="GetSettings"/> reports, so settings under a global config are always resolved afresh.</summary>
    public (string Files, bool IncludesGlobal) ConfigurationOf(string articlePath)
    {
        var found = ConfigsFrom(Path.GetDirectoryName(Path.GetFullPath(articlePath)));
        // Looked up before a factory is made: ten thousand articles share a few thousand configurations.
        return _configurations.TryGetValue(found, out var known) ? known : _configurations.GetOrAdd(found, ConfigurationOfFound);
    }

    private (string Files, bool IncludesGlobal) ConfigurationOfFound(IReadOnlyList<ParsedConfig> found)
    {
        var configs = WithExplicitGlobalConfigs(found);
        return (string.Concat(configs.Select(c => c.Path + "\0" + c.TextHash + "\0")), configs.Any(c => c.IsGlobal));
    }

    /// <summary>By the list of configuration files found from a folder up (<see cref="ConfigsFrom"/>), which the folders below it that
    /// have none of their own share: a newsroom of ten thousand articles in as many folders has a few thousand configurations, each
    /// written out once.</summary>
    private readonly ConcurrentDictionary<IReadOnlyList<ParsedConfig>, (string Files, bool IncludesGlobal)> _configurations = new();

    /// <summary>
    /// The <c>dotnet_diagnostic.&lt;ID&gt;.severity</c> keys of the global configs, as Roslyn parsed them: it keeps them apart from
    /// the other options (<see cref="AnalyzerConfigOptionsResult.TreeOptions"/>). A value Roslyn cannot read it drops with a
    /// diagnostic naming the ID; that value is handed on as written, so that the engine reports it (ED9006) at its line.
    /// </summary>
    private static Dictionary<string, string> GlobalSeverities(AnalyzerConfigSet set, List<ParsedConfig> configs)
    {
        var global = set.GlobalConfigOptions;
        var severities = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in global.TreeOptions)
        {
            // Roslyn's parsed severity in Editorial's terms, written back in the words a severity key takes (SeverityNames).
            Severity? severity = entry.Value switch
            {
                ReportDiagnostic.Error => Severity.Error,
                ReportDiagnostic.Warn => Severity.Warning,
                ReportDiagnostic.Info => Severity.Suggestion,
                ReportDiagnostic.Hidden or ReportDiagnostic.Suppress => Severity.None,
                _ => null,
            };
            if (severity is { } known) severities[EditorialOptions.DotnetSeverityKey(entry.Key)] = known.ToConfigName();
        }
        var globalConfigs = configs.Where(c => c.IsGlobal).ToList();
        foreach (var id in IdsOfDroppedSeverities(global.Diagnostics))
        {
            if (KeyAsWritten(globalConfigs, EditorialOptions.DotnetSeverityKey(id), articlePath: null) is { } written) severities[written.Key] = written.Value;
        }
        return severities;
    }

    /// <summary>The IDs of the severities Roslyn could not read and dropped, from its diagnostics about them: "The diagnostic
    /// 'ed1001' was given an invalid severity 'loud' ...": the first quoted word is the ID.</summary>
    private static IEnumerable<string> IdsOfDroppedSeverities(IEnumerable<RoslynDiagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            var message = diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
            var open = message.IndexOf('\'');
            var close = open < 0 ? -1 : message.IndexOf('\'', open + 1);
            if (close > open + 1) yield return message.Substring(open + 1, close - open - 1);
        }
    }

    /// <summary>
    /// The <c>dotnet_diagnostic.&lt;ID&gt;.severity</c> keys of the <c>.editorconfig</c> sections that apply to the article, each as
    /// written with its value, read or not: the compiler ignores them for diagnostics in additional files (roslyn#31916), so
    /// Editorial ignores them too, and hands those that name its own diagnostics (<see cref="_isReportedId"/>) to the engine, which
    /// says so (ED9011). Roslyn keeps them apart from the other options (<see cref="AnalyzerConfigOptionsResult.TreeOptions"/>, with
    /// the global config's), or drops a value it cannot read with a diagnostic.
    /// </summary>
    private IEnumerable<KeyValuePair<string, string>> SectionSeverities(AnalyzerConfigOptionsResult options, List<ParsedConfig> configs, string articlePath)
    {
        if (_isReportedId is null || (options.TreeOptions.Count == 0 && options.Diagnostics.IsEmpty)) yield break;
        var sectionConfigs = configs.Where(c => !c.IsGlobal).ToList();
        foreach (var id in options.TreeOptions.Keys.Concat(IdsOfDroppedSeverities(options.Diagnostics)).Where(_isReportedId).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            if (KeyAsWritten(sectionConfigs, EditorialOptions.DotnetSeverityKey(id), articlePath) is { } written) yield return written;
        }
    }

    /// <summary>The key as the nearest of <paramref name="configs"/> that sets it writes it, with its value as written
    /// (<see cref="Locate"/>).</summary>
    private static KeyValuePair<string, string>? KeyAsWritten(List<ParsedConfig> configs, string key, string? articlePath)
    {
        if (Locate(configs, key, articlePath) is not { } location) return null;
        var text = configs.First(c => c.Path == location.Path).Text;
        return new KeyValuePair<string, string>(text.Substring(location.Span.Start, location.Span.Length), ValueAfter(text, location.Span.End));
    }

    /// <summary>The value of the <c>key = value</c> line whose key ends at <paramref name="keyEnd"/>, as written.</summary>
    private static string ValueAfter(string text, int keyEnd)
    {
        var separator = text.IndexOfAny(['=', ':'], keyEnd);
        var lineEnd = text.IndexOfAny(['\r', '\n'], keyEnd);
        if (lineEnd < 0) lineEnd = text.Length;
        return separator < 0 || separator > lineEnd ? "" : text.Substring(separator + 1, lineEnd - separator - 1).Trim();
    }

    /// <summary>A configuration file, parsed by Roslyn only when a set is made of it, and read only when its text is asked for: an
    /// article whose settings a results cache holds needs only the hash of the file's text (<see cref="ConfigurationOf"/>), which
    /// the cache keeps for a file of the size and time it recorded, and a newsroom has thousands of folder configs.</summary>
    private sealed class ParsedConfig(string path, Lazy<string> text, bool isGlobal, ConfigFileEntry? known, ArticleResultsCache.FileStamp stamp,
        IReadOnlyList<Editorial.Diagnostics.Diagnostic> problems)
    {
        private readonly Lazy<AnalyzerConfig> _parsed = new(() => AnalyzerConfig.Parse(ParsedText(text.Value, isGlobal), path));
        private readonly Lazy<string> _textHash = new(() => known?.TextHash ?? ArticleResultsCache.Hash(text.Value));

        public string Path { get; } = path;
        public string Text => text.Value;
        public bool IsGlobal { get; } = isGlobal;
        public AnalyzerConfig Config => _parsed.Value;
        public string TextHash => _textHash.Value;
        public ConfigFileEntry Entry => new(stamp, TextHash, IsGlobal, problems);
    }

    /// <summary>The SDK treats a file named .globalconfig as global even without "is_global = true"; so does Roslyn's parser only
    /// when the key is present, so it is supplied for files passed or found as global configs.</summary>
    private static string ParsedText(string text, bool isGlobal) => isGlobal && !text.Contains("is_global") ? "is_global = true\n" + text : text;

    private List<ParsedConfig> FindConfigs(string articlePath) => ConfigsOfFolder(Path.GetDirectoryName(articlePath));

    /// <summary>The configuration files of the articles of <paramref name="folder"/>: the global configs the host names, then those
    /// found from the folder up (<see cref="ConfigsFrom"/>).</summary>
    private List<ParsedConfig> ConfigsOfFolder(string? folder) => WithExplicitGlobalConfigs(ConfigsFrom(folder));

    private List<ParsedConfig> WithExplicitGlobalConfigs(IReadOnlyList<ParsedConfig> foundFromFolder)
    {
        var found = new List<ParsedConfig>();
        foreach (var global in _explicitGlobalConfigs)
        {
            if (Load(global, isGlobalByName: true) is { } config) found.Add(config);
        }
        found.AddRange(foundFromFolder);
        return found;
    }

    /// <summary>
    /// The configuration files found in <paramref name="directory"/> and every folder above it, nearest first. Every .editorconfig
    /// up to the file system root is handed over, as the SDK hands them to the compiler: AnalyzerConfigSet itself stops at a file
    /// that says "root = true". Known by folder, each made of its parent's: a newsroom's thousands of articles share a few
    /// thousand folders, and walking up from each article probed the same files again and again. A folder with no configuration
    /// file of its own has its parent's list itself.
    /// </summary>
    private IReadOnlyList<ParsedConfig> ConfigsFrom(string? directory)
    {
        if (directory is null) return [];
        // Looked up before a factory is made: each of ten thousand articles asks for its folder's.
        return _configsFrom.TryGetValue(directory, out var known) ? known : _configsFrom.GetOrAdd(directory, ConfigsOfFolderFound);
    }

    private IReadOnlyList<ParsedConfig> ConfigsOfFolderFound(string directory)
    {
        if (_foldersWithFiles?.Contains(directory) == false) return ConfigsFrom(Path.GetDirectoryName(directory));
        var found = new List<ParsedConfig>();
        var editorConfigPath = Path.Combine(directory, EditorConfigName);
        if (MayExist(editorConfigPath) && Load(editorConfigPath, isGlobalByName: false) is { } editorConfig) found.Add(editorConfig);
        var globalPath = Path.Combine(directory, GlobalConfigName);
        if (!_explicitGlobalConfigs.Contains(globalPath, StringComparer.Ordinal) && MayExist(globalPath) && Load(globalPath, isGlobalByName: true) is { } globalConfig)
        {
            found.Add(globalConfig);
        }
        var above = ConfigsFrom(Path.GetDirectoryName(directory));
        if (found.Count == 0) return above;
        found.AddRange(above);
        return found;
    }

    private readonly ConcurrentDictionary<string, IReadOnlyList<ParsedConfig>> _configsFrom = new(StringComparer.Ordinal);

    /// <summary>Whether a configuration file found from the folders up can be at <paramref name="path"/>: any path without the host's
    /// list, only a listed one with it (<see cref="Load"/> then finds whether it is there still).</summary>
    private bool MayExist(string path) => _filesAbove?.Contains(path) ?? true;

    private ParsedConfig? Load(string path, bool isGlobalByName) => _configs.GetOrAdd(path, p =>
    {
        if (!File.Exists(p)) return null;
        // Taken before the file is read: a change while it is read leaves a stamp that no longer matches.
        var (known, stamp) = _knownFile?.Invoke(p) ?? (null, ArticleResultsCache.FileStamp.None);
        if (known is not null)
        {
            // As it was when an earlier run read it: what that run found in it is reported again, and its text is read only if
            // an article's settings are resolved from it.
            foreach (var problem in known.Problems) _problems.Add(problem);
            return new ParsedConfig(p, new Lazy<string>(() => ReadLate(p)), known.IsGlobal, known, stamp, known.Problems);
        }
        try
        {
            var text = File.ReadAllText(p);
            var problems = LinesNotRead(p, text);
            foreach (var problem in problems) _problems.Add(problem);
            return new ParsedConfig(p, new Lazy<string>(() => text), isGlobalByName || text.Contains("is_global"), null, stamp, problems);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            _problems.Add(Unreadable(p, exception));
            return null;
        }
    });

    /// <summary>The text of a configuration file known from an earlier run, when an article's settings are resolved from it after
    /// all; a file that can no longer be read is reported as one that could not be read at first, and gives no settings.</summary>
    private string ReadLate(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            _problems.Add(Unreadable(path, exception));
            return "";
        }
    }

    private static Editorial.Diagnostics.Diagnostic Unreadable(string path, Exception exception) =>
        new(ConfigurationDescriptors.UnreadableFile, Location.StartOf(path), Severity.Error, [path, exception.Message]);

    /// <summary>
    /// ED9010 for each line that Roslyn's parser skips without a diagnostic, as the compiler does: an unclosed section header
    /// quietly leaves the keys below it in the section above. Roslyn itself decides what a line is (<see cref="IsReadByRoslyn"/>).
    /// </summary>
    private List<Editorial.Diagnostics.Diagnostic> LinesNotRead(string path, string text)
    {
        var problems = new List<Editorial.Diagnostics.Diagnostic>();
        var lines = new LineMap(text);
        for (var line = 0; line < lines.LineCount; line++)
        {
            var start = lines.GetLineStart(line);
            var end = text.IndexOfAny(['\r', '\n'], start);
            var content = text.Substring(start, (end < 0 ? text.Length : end) - start);
            var trimmed = content.Trim();
            if (trimmed.Length == 0 || trimmed[0] is '#' or ';' || _linesRead.GetOrAdd(ProbedAs(content), line => IsReadByRoslyn(line, path))) continue;
            var span = new TextSpan(start + content.Length - content.TrimStart().Length, trimmed.Length);
            problems.Add(new Editorial.Diagnostics.Diagnostic(ConfigurationDescriptors.ConfigurationLineNotRead,
                new Location(path, span, lines.GetLineSpan(span)), Severity.Warning, [trimmed]));
        }
        return problems;
    }

    private const string LineProbe = "editorial_line_probe";

    /// <summary>A plain key line (<c>editorial.story = copy0042</c>: a key and a value of letters, digits, dots, dashes and
    /// underscores) is probed with its value as <c>x</c>: what Roslyn reads of it does not depend on such a value, and a
    /// newsroom's folders give each story its own value.</summary>
    private static readonly Regex PlainKeyLine = new(@"^(\s*[\w.\-]+\s*[=:]\s*)[\w.\-]+\s*$", RegexOptions.CultureInvariant);

    private static string ProbedAs(string line) => PlainKeyLine.Match(line) is { Success: true } plain ? plain.Groups[1].Value + "x" : line;

    // Each line is probed once per run: a newsroom's folders repeat the same few lines in thousands of .editorconfig files,
    // and two analyzer-config sets per line for each of them cost more than checking the articles. What Roslyn reads of a
    // line does not depend on the file it stands in.
    private readonly ConcurrentDictionary<string, bool> _linesRead = new(StringComparer.Ordinal);

    /// <summary>Whether Roslyn reads <paramref name="line"/> as a key or a section header. A key: under a section that matches a
    /// probe file, the file gets an option, or Roslyn says why its value is dropped (a severity it cannot read, which ED9006
    /// reports). A section header: in a global config, a key after it leaves the global section.</summary>
    private static bool IsReadByRoslyn(string line, string path)
    {
        var directory = Path.GetDirectoryName(path) ?? "";
        var asKey = AnalyzerConfig.Parse("[" + LineProbe + ".txt]\n" + line + "\n", Path.Combine(directory, EditorConfigName));
        var keyOptions = AnalyzerConfigSet.Create(new List<AnalyzerConfig> { asKey }, out _)
            .GetOptionsForSourcePath(Path.Combine(directory, LineProbe + ".txt"));
        if (keyOptions.AnalyzerOptions.Count + keyOptions.TreeOptions.Count + keyOptions.Diagnostics.Length > 0) return true;
        var asSection = AnalyzerConfig.Parse("is_global = true\n" + line + "\n" + LineProbe + " = 1\n", path);
        return !AnalyzerConfigSet.Create(new List<AnalyzerConfig> { asSection }, out _).GlobalConfigOptions.AnalyzerOptions.ContainsKey(LineProbe);
    }

    private void Report(IEnumerable<RoslynDiagnostic> diagnostics, List<ParsedConfig> configs)
    {
        foreach (var diagnostic in diagnostics)
        {
            var path = diagnostic.Location.GetLineSpan().Path;
            var config = configs.FirstOrDefault(c => c.Path == path) ?? configs.FirstOrDefault();
            if (config is null) continue;
            var location = Location.StartOf(config.Path);
            var problem = new Editorial.Diagnostics.Diagnostic(ConfigurationDescriptors.InvalidSetting, location, Severity.Error,
                [Path.GetFileName(config.Path), "global configuration", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)]);
            if (!_problems.Any(p => p.ToString() == problem.ToString())) _problems.Add(problem);
        }
    }

    /// <summary>The key as the nearest config file writes it (<c>editorial.ED1001.severity</c>): Roslyn hands keys over in lower
    /// case, and a message about a setting should quote it as the user wrote it.</summary>
    private static string Spelling(List<ParsedConfig> configs, string key) => KeyAsWritten(configs, key, articlePath: null)?.Key ?? key;

    /// <summary>
    /// Where <paramref name="key"/> is set for <paramref name="articlePath"/>, nearest file first: the line of
    /// <c>key = value</c> in the last section of that file that applies to the article (later sections win, as in the compiler).
    /// With no article path, the last line that sets the key in any section.
    /// </summary>
    private static Location? Locate(List<ParsedConfig> configs, string key, string? articlePath)
    {
        foreach (var config in configs)
        {
            var lines = new LineMap(config.Text);
            string? section = null;
            Location? found = null;
            for (var line = 0; line < lines.LineCount; line++)
            {
                var start = lines.GetLineStart(line);
                var content = start;
                while (content < config.Text.Length && config.Text[content] is ' ' or '\t') content++;
                if (content < config.Text.Length && config.Text[content] == '[')
                {
                    var end = config.Text.IndexOfAny(['\r', '\n'], content);
                    section = config.Text.Substring(content, (end < 0 ? config.Text.Length : end) - content).Trim();
                    continue;
                }
                if (KeyedLines.KeyAt(config.Text, start, key, "=:", listItems: false, StringComparison.OrdinalIgnoreCase) < 0) continue;
                if (articlePath is null || SectionApplies(config, section, articlePath))
                {
                    var span = new TextSpan(content, key.Length);
                    found = new Location(config.Path, span, lines.GetLineSpan(span));
                }
            }
            if (found is not null) return found;
        }
        return null;
    }

    /// <summary>Whether a section of <paramref name="config"/> applies to the article, decided by Roslyn's own section matching
    /// on a one-section copy of the file. Keys before the first section apply only in a global config.</summary>
    private static bool SectionApplies(ParsedConfig config, string? section, string articlePath)
    {
        if (section is null) return config.IsGlobal;
        const string Probe = "editorial_section_probe";
        var text = (config.IsGlobal ? "is_global = true\n" : "") + section + "\n" + Probe + " = 1\n";
        var set = AnalyzerConfigSet.Create(new List<AnalyzerConfig> { AnalyzerConfig.Parse(text, config.Path) }, out _);
        return set.GetOptionsForSourcePath(articlePath).AnalyzerOptions.ContainsKey(Probe);
    }
}
