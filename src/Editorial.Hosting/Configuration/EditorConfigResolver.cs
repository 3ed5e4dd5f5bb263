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

    /// <param name="globalConfigPaths">Global configs named by the host (the task's <c>GlobalAnalyzerConfigFiles</c>); any
    /// <c>.globalconfig</c> found beside or above an article is used as well, as the .NET SDK does.</param>
    public EditorConfigResolver(IEnumerable<string>? globalConfigPaths = null)
    {
        _explicitGlobalConfigs = (globalConfigPaths ?? []).Select(Path.GetFullPath).ToList();
    }

    /// <summary>Problems found in the configuration files themselves (unreadable files, invalid global configs).</summary>
    public IReadOnlyList<Editorial.Diagnostics.Diagnostic> Problems => _problems.ToList();

    public ArticleSettings GetSettings(string articlePath, string? defaultOutlet = null)
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
        return new ArticleSettings(editorial, global, defaultOutlet, key => Locate(configs, key, fullPath));
    }

    /// <summary>The paths and texts of the configuration files that apply to <paramref name="articlePath"/>, as one string (all
    /// its settings, and where each is set, follow from them: the key of <see cref="ArticleResultsCache"/>), and whether one is a
    /// global config: merging global configs can find problems in them (<see cref="Problems"/>) that only
    /// <see cref="GetSettings"/> reports, so settings under a global config are always resolved afresh.</summary>
    public (string Files, bool IncludesGlobal) ConfigurationOf(string articlePath)
    {
        var configs = FindConfigs(Path.GetFullPath(articlePath));
        return _configurations.GetOrAdd(string.Join("\n", configs.Select(c => c.Path)),
            _ => (string.Concat(configs.Select(c => c.Path + "\0" + c.Text + "\0")), configs.Any(c => c.IsGlobal)));
    }

    private readonly ConcurrentDictionary<string, (string Files, bool IncludesGlobal)> _configurations = new(StringComparer.Ordinal);

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
        foreach (var diagnostic in global.Diagnostics)
        {
            // "The diagnostic 'ed1001' was given an invalid severity 'loud' ...": the first quoted word is the ID.
            var message = diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
            var open = message.IndexOf('\'');
            var close = open < 0 ? -1 : message.IndexOf('\'', open + 1);
            if (close < 0) continue;
            var key = EditorialOptions.DotnetSeverityKey(message.Substring(open + 1, close - open - 1));
            if (Locate(globalConfigs, key, articlePath: null) is { } location)
            {
                var text = globalConfigs.First(c => c.Path == location.Path).Text;
                severities[text.Substring(location.Span.Start, location.Span.Length)] = ValueAfter(text, location.Span.End);
            }
        }
        return severities;
    }

    /// <summary>The value of the <c>key = value</c> line whose key ends at <paramref name="keyEnd"/>, as written.</summary>
    private static string ValueAfter(string text, int keyEnd)
    {
        var separator = text.IndexOfAny(['=', ':'], keyEnd);
        var lineEnd = text.IndexOfAny(['\r', '\n'], keyEnd);
        if (lineEnd < 0) lineEnd = text.Length;
        return separator < 0 || separator > lineEnd ? "" : text.Substring(separator + 1, lineEnd - separator - 1).Trim();
    }

    /// <summary>A configuration file, parsed by Roslyn only when a set is made of it: an article whose settings a results cache
    /// holds needs only the file's text (<see cref="ConfigurationOf"/>), and a newsroom has thousands of folder configs.</summary>
    private sealed record ParsedConfig(Lazy<AnalyzerConfig> Parsed, string Path, string Text, bool IsGlobal)
    {
        public AnalyzerConfig Config => Parsed.Value;
    }

    private List<ParsedConfig> FindConfigs(string articlePath)
    {
        var found = new List<ParsedConfig>();
        foreach (var global in _explicitGlobalConfigs)
        {
            if (Load(global, isGlobalByName: true) is { } config) found.Add(config);
        }
        // Every .editorconfig up to the file system root is handed over, as the SDK hands them to the compiler:
        // AnalyzerConfigSet itself stops at a file that says "root = true".
        for (var directory = Path.GetDirectoryName(articlePath); directory is not null; directory = Path.GetDirectoryName(directory))
        {
            if (Load(Path.Combine(directory, EditorConfigName), isGlobalByName: false) is { } editorConfig)
            {
                found.Add(editorConfig);
            }
            var globalPath = Path.Combine(directory, GlobalConfigName);
            if (!_explicitGlobalConfigs.Contains(globalPath, StringComparer.Ordinal) && Load(globalPath, isGlobalByName: true) is { } globalConfig)
            {
                found.Add(globalConfig);
            }
        }
        return found;
    }

    private ParsedConfig? Load(string path, bool isGlobalByName) => _configs.GetOrAdd(path, p =>
    {
        if (!File.Exists(p)) return null;
        try
        {
            var text = File.ReadAllText(p);
            // The SDK treats a file named .globalconfig as global even without "is_global = true"; so does Roslyn's parser
            // only when the key is present, so it is supplied here for files passed or found as global configs.
            var parsedText = isGlobalByName && !text.Contains("is_global") ? "is_global = true\n" + text : text;
            ReportLinesNotRead(p, text);
            return new ParsedConfig(new Lazy<AnalyzerConfig>(() => AnalyzerConfig.Parse(parsedText, p)), p, text, isGlobalByName || parsedText.Contains("is_global"));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            _problems.Add(new Editorial.Diagnostics.Diagnostic(ConfigurationDescriptors.UnreadableFile,
                Location.StartOf(p), Severity.Error, [p, exception.Message]));
            return null;
        }
    });

    /// <summary>
    /// ED9010 for each line that Roslyn's parser skips without a diagnostic, as the compiler does: an unclosed section header
    /// quietly leaves the keys below it in the section above. Roslyn itself decides what a line is (<see cref="IsReadByRoslyn"/>).
    /// </summary>
    private void ReportLinesNotRead(string path, string text)
    {
        var lines = new LineMap(text);
        for (var line = 0; line < lines.LineCount; line++)
        {
            var start = lines.GetLineStart(line);
            var end = text.IndexOfAny(['\r', '\n'], start);
            var content = text.Substring(start, (end < 0 ? text.Length : end) - start);
            var trimmed = content.Trim();
            if (trimmed.Length == 0 || trimmed[0] is '#' or ';' || _linesRead.GetOrAdd(ProbedAs(content), line => IsReadByRoslyn(line, path))) continue;
            var span = new TextSpan(start + content.Length - content.TrimStart().Length, trimmed.Length);
            _problems.Add(new Editorial.Diagnostics.Diagnostic(ConfigurationDescriptors.ConfigurationLineNotRead,
                new Location(path, span, lines.GetLineSpan(span)), Severity.Warning, [trimmed]));
        }
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
    private static string Spelling(List<ParsedConfig> configs, string key) =>
        Locate(configs, key, articlePath: null) is { } location ? configs.First(c => c.Path == location.Path).Text.Substring(location.Span.Start, location.Span.Length) : key;

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
