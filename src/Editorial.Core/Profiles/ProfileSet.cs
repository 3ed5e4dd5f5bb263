using System;
using System.Collections.Generic;
using System.Linq;
using Editorial.Diagnostics;
using Editorial.Documents;
using Editorial.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Editorial.Profiles;

/// <summary>
/// The outlet profiles a run can use: the built-in ones from rules/ and a project's own, which may extend them
/// (<c>extends:</c>) or replace one of the same name. Problems become ED9004 diagnostics at the profile's line and column.
/// </summary>
public sealed class ProfileSet
{
    // Before BuiltIn, which loads the built-in profiles with them: static fields are set in the order they are written.
    /// <summary>The keys of a profile, of a spelling entry and of an example, as YAML writes them (<c>match-case</c>).</summary>
    private static readonly IReadOnlyList<string> ProfileKeys = YamlDocuments.KeysOf(typeof(ProfileDocument));
    /// <summary>The documents inside a profile whose unknown keys <see cref="DocumentShapes"/> reports, as its messages name them.</summary>
    private static readonly Dictionary<Type, string> NestedDocuments = new()
    {
        [typeof(SpellingDocument)] = "a spelling entry",
        [typeof(ExampleDocument)] = "an example",
    };

    /// <summary>The built-in profiles read once per process, not again for every <see cref="Load"/> after <see cref="BuiltIn"/>:
    /// YAML is most of what a one-article check does before its article.</summary>
    private static readonly IReadOnlyList<SourceReading> BuiltInReadings = BuiltInProfiles.Sources.Select(s => new SourceReading(s)).ToList();

    private readonly Dictionary<string, OutletProfile> _profiles;

    private ProfileSet(Dictionary<string, OutletProfile> profiles, IReadOnlyList<Diagnostic> diagnostics)
    {
        _profiles = profiles;
        Diagnostics = diagnostics;
    }

    /// <summary>The built-in profiles only. Their setting and list keys and rule IDs are not checked here (this layer does not
    /// know the rules); a test checks them against the catalog's vocabulary, and every <see cref="Load"/> checks them again.</summary>
    public static ProfileSet BuiltIn { get; } = Read([], vocabulary: null);

    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    public IEnumerable<OutletProfile> Profiles => _profiles.Values.OrderBy(p => p.Name, StringComparer.Ordinal);

    public IEnumerable<string> Names => _profiles.Keys.OrderBy(n => n, StringComparer.Ordinal);

    public OutletProfile Default => _profiles[BuiltInProfiles.DefaultName];

    public bool TryGet(string name, out OutletProfile profile) => _profiles.TryGetValue(name.Trim().ToLowerInvariant(), out profile!);

    /// <param name="customSources">The project's profiles.</param>
    /// <param name="vocabulary">What the rules of the run read: the rule IDs a profile's <c>severities:</c> may name and the
    /// settings and lists it may set (<c>RuleCatalog.Vocabulary</c> for the whole catalog).</param>
    public static ProfileSet Load(IEnumerable<ProfileSource> customSources, ProfileVocabulary vocabulary) =>
        Read(customSources, vocabulary ?? throw new ArgumentNullException(nameof(vocabulary)));

    private static ProfileSet Read(IEnumerable<ProfileSource> customSources, ProfileVocabulary? vocabulary)
    {
        var diagnostics = new List<Diagnostic>();
        var invalid = new HashSet<string>(StringComparer.Ordinal);
        var builtIn = Parse(BuiltInReadings, vocabulary, invalid, diagnostics);
        var custom = Parse(customSources.Select(s => new SourceReading(s)), vocabulary, invalid, diagnostics);
        var resolved = new Dictionary<string, OutletProfile>(StringComparer.Ordinal);
        var failed = new HashSet<string>(invalid.Where(name => !builtIn.ContainsKey(name) && !custom.ContainsKey(name)), StringComparer.Ordinal);
        foreach (var name in builtIn.Keys.Concat(custom.Keys).Distinct())
        {
            Resolve(name, builtIn, custom, resolved, new List<string>(), failed, diagnostics);
        }
        return new ProfileSet(resolved, diagnostics);
    }

    /// <param name="Reading">Its source and YAML tree, for the places of entries that only resolving against the extended profile finds wrong.</param>
    private sealed record Parsed(SourceReading Reading, ProfileDocument Document, string Name)
    {
        public ProfileSource Source => Reading.Source;
    }

    /// <summary>A profile's text as YAML: its tree, or why it has none, and its document, deserialized from the same text. Each
    /// is read when first asked for: the tree is not needed for a built-in profile.</summary>
    private sealed class SourceReading
    {
        private readonly Lazy<(YamlNode? Root, YamlLoading.Failure? Failure)> _tree;
        private readonly Lazy<ProfileDocument> _document;

        public SourceReading(ProfileSource source)
        {
            Source = source;
            _tree = new(() => (YamlLoading.Load(source.Text, out var failure), failure));
            _document = new(() => YamlDocuments.Deserializer.Deserialize<ProfileDocument>(source.Text) ?? new ProfileDocument());
        }

        public ProfileSource Source { get; }

        public YamlNode? Root => _tree.Value.Root;

        public YamlLoading.Failure? Failure => _tree.Value.Failure;

        /// <summary>The document; throws the deserializer's <see cref="YamlException"/>, the same one each time.</summary>
        public ProfileDocument Document => _document.Value;
    }

    private static Dictionary<string, Parsed> Parse(IEnumerable<SourceReading> readings, ProfileVocabulary? vocabulary, HashSet<string> invalid,
        List<Diagnostic> diagnostics)
    {
        var parsed = new Dictionary<string, Parsed>(StringComparer.Ordinal);
        foreach (var reading in readings)
        {
            var source = reading.Source;
            // A built-in profile's keys, lists, settings and rule IDs are checked by the tests (ProfileValidationTests), which
            // load each as a project's profile, not by every run.
            if (!source.IsBuiltIn && reading.Failure is { } broken)
            {
                invalid.Add(source.DefaultName);
                diagnostics.Add(Error(source, source.DefaultName, broken.Message, broken.Offset));
                continue;
            }
            // A file of one value or a list deserializes as no profile at all (YamlDotNet throws a cast exception for it).
            if (!source.IsBuiltIn && reading.Root is { } top and not YamlMappingNode)
            {
                invalid.Add(source.DefaultName);
                diagnostics.Add(Error(source, source.DefaultName, $"the file holds {YamlLoading.ShapeOf(top)}, not the keys of a profile ({string.Join(", ", ProfileKeys)})",
                    YamlLoading.OffsetOf(source.Text, top.Start)));
                continue;
            }
            var problems = source.IsBuiltIn ? [] : KeyProblems(reading.Root, vocabulary);
            if (problems.Count > 0)
            {
                var name = NameOf(reading.Root, source);
                invalid.Add(name);
                foreach (var (mark, message) in problems) diagnostics.Add(Error(source, name, message, YamlLoading.OffsetOf(source.Text, mark)));
                continue;
            }
            try
            {
                var document = reading.Document;
                var name = (document.Name ?? source.DefaultName).Trim().ToLowerInvariant();
                var problem = Validate(document);
                if (problem is not null)
                {
                    invalid.Add(name);
                    diagnostics.Add(Error(source, name, problem.Value.Message, FindKey(source.Text, problem.Value.Key)));
                    continue;
                }
                if (parsed.ContainsKey(name))
                {
                    diagnostics.Add(Error(source, name, $"another profile file is already named '{name}'", 0));
                    continue;
                }
                parsed[name] = new Parsed(reading, document, name);
            }
            catch (YamlException exception)
            {
                invalid.Add(source.DefaultName);
                diagnostics.Add(Error(source, source.DefaultName, YamlLoading.Describe(exception), YamlLoading.OffsetOf(source.Text, exception.Start)));
            }
        }
        return parsed;
    }

    private static string NameOf(YamlNode? root, ProfileSource source) =>
        (root is YamlMappingNode map && map.Children.TryGetValue(new YamlScalarNode("name"), out var value) && value is YamlScalarNode { Value: { } name }
            ? name : source.DefaultName).Trim().ToLowerInvariant();

    /// <summary>
    /// Keys the profile does not know, each at its place: top-level keys, list names and setting keys and rule IDs under
    /// <c>severities:</c> (<see cref="ProfileVocabulary"/>; not checked without one); and, in one walk of the document types
    /// (<see cref="DocumentShapes"/>), keys of spelling entries and examples and values in a shape their key cannot hold; in
    /// the order they are written.
    /// </summary>
    private static List<(Mark Start, string Message)> KeyProblems(YamlNode? root, ProfileVocabulary? vocabulary)
    {
        var problems = new List<(Mark, string)>();
        if (root is not YamlMappingNode profile) return problems;
        foreach (var entry in profile.Children)
        {
            if (entry.Key is not YamlScalarNode { Value: { } key }) continue;
            if (!ProfileKeys.Contains(key, StringComparer.Ordinal))
            {
                problems.Add((entry.Key.Start, $"unknown key '{key}'; the keys of a profile are {string.Join(", ", ProfileKeys)}"));
                continue;
            }
            switch (key)
            {
                case "lists" or "remove-from-lists" when vocabulary is not null:
                    Check(entry.Value, vocabulary.IsList, "list", vocabulary.ListNames);
                    break;
                case "settings" when vocabulary is not null:
                    Check(entry.Value, vocabulary.IsSetting, "setting", vocabulary.SettingKeys);
                    CheckValues(entry.Value, vocabulary);
                    break;
                case "severities" when vocabulary is not null:
                    Check(entry.Value, vocabulary.IsRuleId, "rule", vocabulary.RuleIds);
                    break;
            }
        }
        DocumentShapes.Check(profile, typeof(ProfileDocument), problems, NestedDocuments);
        return problems.OrderBy(problem => problem.Item1.Index).ToList();

        void Check(YamlNode node, Func<string, bool> known, string what, IReadOnlyList<string> names)
        {
            if (node is not YamlMappingNode map) return;
            foreach (var key in map.Children.Keys)
            {
                if (key is YamlScalarNode { Value: { } name } && !known(name))
                {
                    problems.Add((key.Start, $"unknown {what} '{name}'; the known {what}s are {string.Join(", ", names)}"));
                }
            }
        }

        void CheckValues(YamlNode node, ProfileVocabulary known)
        {
            if (node is not YamlMappingNode map) return;
            foreach (var setting in map.Children)
            {
                if (setting.Key is not YamlScalarNode { Value: { } key } || known.Setting(key) is not { } declared) continue;
                // A list or keys in place of the value is DocumentShapes' to report.
                if (setting.Value is not YamlScalarNode { Value: { } value } || declared.Allows(value)) continue;
                problems.Add((setting.Value.Start, $"'{value}' is not a value of setting '{declared.Key}'; its values are {string.Join(", ", declared.Values)}"));
            }
        }
    }

    private static (string Key, string Message)? Validate(ProfileDocument document)
    {
        if (document.Locale is { } locale && !OutletProfile.SpellingOfLocale.ContainsKey(locale))
        {
            return ("locale", $"locale '{locale}' is not one of {string.Join(", ", OutletProfile.SpellingOfLocale.Keys)}");
        }
        foreach (var spelling in document.Spellings ?? [])
        {
            if (string.IsNullOrWhiteSpace(spelling.Preferred)) return ("spellings", "a spelling entry has no 'preferred' form");
            if (spelling.Since is { } since && !IsoDates.TryParseDay(since, out _)) return ("since", $"'{since}' is not a date (yyyy-mm-dd)");
            if (spelling.Scope is { } scope && !Enum.TryParse<SpellingScope>(scope, ignoreCase: true, out _)) return ("scope", $"scope '{scope}' is not one of all, body, headline");
        }
        foreach (var entry in document.Severities ?? [])
        {
            if (!SeverityNames.TryParse(entry.Value, out _)) return (entry.Key, $"severity '{entry.Value}' of {entry.Key} is not one of none, suggestion, warning, error");
        }
        foreach (var example in document.Examples ?? [])
        {
            if (string.IsNullOrEmpty(example.Text)) return ("examples", "an example has no text");
        }
        return null;
    }

    /// <param name="failed">Profiles that cannot be loaded (invalid, or part of a cycle): one extending them is reported,
    /// and a cycle is reported once, not again by each profile in it.</param>
    private static void Resolve(string name, Dictionary<string, Parsed> builtIn, Dictionary<string, Parsed> custom,
        Dictionary<string, OutletProfile> resolved, List<string> visiting, HashSet<string> failed, List<Diagnostic> diagnostics)
    {
        if (resolved.ContainsKey(name) || failed.Contains(name)) return;
        var parsed = custom.TryGetValue(name, out var own) ? own : builtIn.TryGetValue(name, out var shipped) ? shipped : null;
        if (parsed is null) return;
        var parentName = parsed.Document.Extends?.Trim().ToLowerInvariant()
                         ?? (name == BuiltInProfiles.DefaultName && parsed.Source.IsBuiltIn ? null : BuiltInProfiles.DefaultName);
        OutletProfile? parent = null;
        if (parentName is not null)
        {
            // A project profile that shares a built-in profile's name and extends that name builds on the built-in one.
            if (parentName == name && custom.ContainsKey(name))
            {
                parent = ResolveBuiltIn(name, builtIn, diagnostics);
            }
            else if (visiting.Contains(parentName) || parentName == name)
            {
                var cycle = (parentName == name ? Enumerable.Empty<string>() : visiting.Skip(visiting.IndexOf(parentName))).Append(name).ToList();
                foreach (var member in cycle) failed.Add(member);
                diagnostics.Add(Error(parsed.Source, name, $"'extends' makes a cycle: {string.Join(" -> ", cycle.Append(parentName))}", FindKey(parsed.Source.Text, "extends")));
                return;
            }
            else
            {
                visiting.Add(name);
                Resolve(parentName, builtIn, custom, resolved, visiting, failed, diagnostics);
                visiting.Remove(name);
                resolved.TryGetValue(parentName, out parent);
            }
            // A profile in a cycle that was reported while resolving its parent.
            if (failed.Contains(name)) return;
            if (parent is null && failed.Contains(parentName))
            {
                failed.Add(name);
                diagnostics.Add(Error(parsed.Source, name, $"it extends '{parentName}', which is invalid", FindKey(parsed.Source.Text, "extends")));
                return;
            }
            if (parent is null)
            {
                diagnostics.Add(Error(parsed.Source, name, $"it extends '{parentName}', which is not a known profile", FindKey(parsed.Source.Text, "extends")));
                return;
            }
        }
        var notInherited = RemovalsNotInherited(parsed, parent);
        if (notInherited.Count > 0)
        {
            failed.Add(name);
            foreach (var (list, entry, start) in notInherited)
            {
                var extended = parent is null ? "it extends no profile" : $"'{parent.Name}' does not list it";
                diagnostics.Add(Error(parsed.Source, name, $"it removes '{entry}' from '{list}', but {extended}", YamlLoading.OffsetOf(parsed.Source.Text, start)));
            }
            return;
        }
        resolved[name] = Merge(name, parsed, parent);
    }

    /// <summary>The entries under <c>remove-from-lists:</c> that the extended profile's list does not hold, each at its place: a
    /// misspelt entry would otherwise remove nothing without a word.</summary>
    private static List<(string List, string Entry, Mark Start)> RemovalsNotInherited(Parsed parsed, OutletProfile? parent)
    {
        var stray = new List<(string, string, Mark)>();
        if (parsed.Document.RemoveFromLists is null
            || parsed.Reading.Root is not YamlMappingNode profile
            || !profile.Children.TryGetValue(new YamlScalarNode("remove-from-lists"), out var removals)
            || removals is not YamlMappingNode lists) return stray;
        foreach (var list in lists.Children)
        {
            if (list.Key is not YamlScalarNode { Value: { } listName } || list.Value is not YamlSequenceNode entries) continue;
            var inherited = parent?.GetList(listName) ?? [];
            foreach (var entry in entries.Children.OfType<YamlScalarNode>())
            {
                if (entry.Value is { } value && !inherited.Contains(value.Trim(), StringComparer.OrdinalIgnoreCase)) stray.Add((listName, value, entry.Start));
            }
        }
        return stray;
    }

    private static OutletProfile? ResolveBuiltIn(string name, Dictionary<string, Parsed> builtIn, List<Diagnostic> diagnostics)
    {
        var shipped = new Dictionary<string, OutletProfile>(StringComparer.Ordinal);
        foreach (var key in builtIn.Keys) Resolve(key, builtIn, new Dictionary<string, Parsed>(), shipped, new List<string>(), new HashSet<string>(), diagnostics);
        return shipped.TryGetValue(name, out var profile) ? profile : null;
    }

    private static OutletProfile Merge(string name, Parsed parsed, OutletProfile? parent)
    {
        var document = parsed.Document;
        var ownSpellings = (document.Spellings ?? []).Select(s => ToEntry(s, name)).ToList();
        var overridden = new HashSet<string>(ownSpellings.Select(s => s.Preferred), StringComparer.OrdinalIgnoreCase);
        var spellings = (parent?.Spellings ?? []).Where(s => !overridden.Contains(s.Preferred)).Concat(ownSpellings).ToList();

        var settings = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (parent is not null) foreach (var entry in parent.Settings) settings[entry.Key] = entry.Value;
        foreach (var entry in document.Settings ?? []) settings[entry.Key] = entry.Value;

        var lists = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        if (parent is not null) foreach (var entry in parent.Lists) lists[entry.Key] = entry.Value;
        foreach (var entry in document.RemoveFromLists ?? [])
        {
            var removed = new HashSet<string>((entry.Value ?? []).Select(e => e.Trim()), StringComparer.OrdinalIgnoreCase);
            if (lists.TryGetValue(entry.Key, out var inherited)) lists[entry.Key] = inherited.Where(e => !removed.Contains(e)).ToList();
        }
        foreach (var entry in document.Lists ?? [])
        {
            lists[entry.Key] = (lists.TryGetValue(entry.Key, out var inherited) ? inherited : []).Concat(entry.Value ?? []).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        }

        var severities = new Dictionary<string, Severity>(StringComparer.OrdinalIgnoreCase);
        if (parent is not null) foreach (var entry in parent.Severities) severities[entry.Key] = entry.Value;
        foreach (var entry in document.Severities ?? [])
        {
            if (SeverityNames.TryParse(entry.Value, out var severity) && severity is { } value) severities[entry.Key] = value;
        }

        var examples = (document.Examples ?? []).Select(e => new ProfileExample(
            e.Text!, e.Date is { } date && IsoDates.TryParseDay(date, out var parsedDate) ? parsedDate : null, e.Reports ?? [])).ToList();
        var chain = new List<string> { name };
        if (parent is not null) chain.AddRange(parent.Chain);
        // The title names this outlet in messages ("Associated Press style"): one that extends another without a title of its
        // own is named by its name, not by the outlet it extends.
        return new OutletProfile(name, document.Title ?? name, chain, document.Locale ?? parent?.Locale, spellings, settings,
            lists, severities, examples, parsed.Source.Path);
    }

    private static SpellingEntry ToEntry(SpellingDocument document, string profileName) => new(
        document.Preferred!.Trim(),
        // An entry may name only its preferred form ("- preferred: JavaScript"): its other case forms are its variants.
        (document.Variants ?? []).Select(v => v.Trim()).ToList(),
        document.Since is { } since && IsoDates.TryParseDay(since, out var date) ? date : null,
        document.Exceptions ?? [],
        document.Scope is { } scope && Enum.TryParse<SpellingScope>(scope, ignoreCase: true, out var parsedScope) ? parsedScope : SpellingScope.All,
        document.MatchCase ?? false,
        profileName);

    /// <summary>The offset of the first line that sets <paramref name="key"/>, to point a diagnostic at it; 0 when not found.</summary>
    private static int FindKey(string text, string key) => KeyedLines.FindYamlKey(text, key)?.Start ?? 0;

    private static Diagnostic Error(ProfileSource source, string name, string message, int offset)
    {
        var lines = new LineMap(source.Text);
        var span = new TextSpan(Math.Min(offset, source.Text.Length), 0);
        var location = new Location(source.Path, span, lines.GetLineSpan(span));
        return new Diagnostic(ConfigurationDescriptors.InvalidProfile, location, ConfigurationDescriptors.InvalidProfile.DefaultSeverity, [name, message]);
    }
}
