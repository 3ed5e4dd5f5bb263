using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Editorial.Diagnostics;
using Editorial.Text;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Editorial.Profiles;

/// <summary>
/// The outlet profiles a run can use: the built-in ones from rules/ and a project's own, which may extend them
/// (<c>extends:</c>) or replace one of the same name. Problems become ED9004 diagnostics at the profile's line and column.
/// </summary>
public sealed class ProfileSet
{
    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(HyphenatedNamingConvention.Instance)
        .Build();

    private readonly Dictionary<string, OutletProfile> _profiles;

    private ProfileSet(Dictionary<string, OutletProfile> profiles, IReadOnlyList<Diagnostic> diagnostics)
    {
        _profiles = profiles;
        Diagnostics = diagnostics;
    }

    /// <summary>The built-in profiles only.</summary>
    public static ProfileSet BuiltIn { get; } = Load([]);

    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    public IEnumerable<OutletProfile> Profiles => _profiles.Values.OrderBy(p => p.Name, StringComparer.Ordinal);

    public IEnumerable<string> Names => _profiles.Keys.OrderBy(n => n, StringComparer.Ordinal);

    public OutletProfile Default => _profiles[BuiltInProfiles.DefaultName];

    public bool TryGet(string name, out OutletProfile profile) => _profiles.TryGetValue(name.Trim().ToLowerInvariant(), out profile!);

    public static ProfileSet Load(IEnumerable<ProfileSource> customSources)
    {
        var diagnostics = new List<Diagnostic>();
        var builtIn = Parse(BuiltInProfiles.Sources, diagnostics);
        var custom = Parse(customSources, diagnostics);
        var resolved = new Dictionary<string, OutletProfile>(StringComparer.Ordinal);
        foreach (var name in builtIn.Keys.Concat(custom.Keys).Distinct())
        {
            Resolve(name, builtIn, custom, resolved, new List<string>(), diagnostics);
        }
        return new ProfileSet(resolved, diagnostics);
    }

    private sealed record Parsed(ProfileSource Source, ProfileDocument Document, string Name);

    private static Dictionary<string, Parsed> Parse(IEnumerable<ProfileSource> sources, List<Diagnostic> diagnostics)
    {
        var parsed = new Dictionary<string, Parsed>(StringComparer.Ordinal);
        foreach (var source in sources)
        {
            try
            {
                var document = Deserializer.Deserialize<ProfileDocument>(source.Text) ?? new ProfileDocument();
                var name = (document.Name ?? source.DefaultName).Trim().ToLowerInvariant();
                var problem = Validate(document);
                if (problem is not null)
                {
                    diagnostics.Add(Error(source, name, problem.Value.Message, FindKey(source.Text, problem.Value.Key)));
                    continue;
                }
                if (parsed.ContainsKey(name))
                {
                    diagnostics.Add(Error(source, name, $"another profile file is already named '{name}'", 0));
                    continue;
                }
                parsed[name] = new Parsed(source, document, name);
            }
            catch (YamlException exception)
            {
                var lines = new LineMap(source.Text);
                var offset = lines.GetOffset((int)exception.Start.Line, (int)exception.Start.Column, source.Text.Length);
                diagnostics.Add(Error(source, source.DefaultName, Describe(exception), offset));
            }
        }
        return parsed;
    }

    /// <summary>YamlDotNet wraps the real problem ("Property 'colour' not found") in an outer exception.</summary>
    private static string Describe(YamlException exception)
    {
        var inner = exception.InnerException as YamlException ?? exception;
        var message = inner.InnerException?.Message ?? inner.Message;
        var text = message.StartsWith("(Line:", StringComparison.Ordinal) ? message.Substring(message.IndexOf("): ", StringComparison.Ordinal) + 3) : message;
        return text.Split('\n')[0].Trim();
    }

    private static (string Key, string Message)? Validate(ProfileDocument document)
    {
        if (document.Locale is { } locale && locale is not ("en-US" or "en-GB"))
        {
            return ("locale", $"locale '{locale}' is not one of en-US, en-GB");
        }
        foreach (var spelling in document.Spellings ?? [])
        {
            if (string.IsNullOrWhiteSpace(spelling.Preferred)) return ("spellings", "a spelling entry has no 'preferred' form");
            if (spelling.Since is { } since && !TryParseDate(since, out _)) return ("since", $"'{since}' is not a date (yyyy-mm-dd)");
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

    private static void Resolve(string name, Dictionary<string, Parsed> builtIn, Dictionary<string, Parsed> custom,
        Dictionary<string, OutletProfile> resolved, List<string> visiting, List<Diagnostic> diagnostics)
    {
        if (resolved.ContainsKey(name)) return;
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
                diagnostics.Add(Error(parsed.Source, name, $"'extends' makes a cycle: {string.Join(" -> ", visiting.Append(name).Append(parentName))}", FindKey(parsed.Source.Text, "extends")));
                return;
            }
            else
            {
                visiting.Add(name);
                Resolve(parentName, builtIn, custom, resolved, visiting, diagnostics);
                visiting.Remove(name);
                resolved.TryGetValue(parentName, out parent);
            }
            if (parent is null)
            {
                diagnostics.Add(Error(parsed.Source, name, $"it extends '{parentName}', which is not a known profile", FindKey(parsed.Source.Text, "extends")));
                return;
            }
        }
        resolved[name] = Merge(name, parsed, parent);
    }

    private static OutletProfile? ResolveBuiltIn(string name, Dictionary<string, Parsed> builtIn, List<Diagnostic> diagnostics)
    {
        var shipped = new Dictionary<string, OutletProfile>(StringComparer.Ordinal);
        foreach (var key in builtIn.Keys) Resolve(key, builtIn, new Dictionary<string, Parsed>(), shipped, new List<string>(), diagnostics);
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
            e.Text!, e.Date is { } date && TryParseDate(date, out var parsedDate) ? parsedDate : null, e.Reports ?? [])).ToList();
        var chain = new List<string> { name };
        if (parent is not null) chain.AddRange(parent.Chain);
        return new OutletProfile(name, document.Title ?? parent?.Title ?? name, chain, document.Locale ?? parent?.Locale, spellings, settings,
            lists, severities, examples, parsed.Source.Path);
    }

    private static SpellingEntry ToEntry(SpellingDocument document, string profileName) => new(
        document.Preferred!.Trim(),
        // An entry may name only its preferred form ("- preferred: JavaScript"): its other case forms are its variants.
        (document.Variants ?? []).Select(v => v.Trim()).ToList(),
        document.Since is { } since && TryParseDate(since, out var date) ? date : null,
        document.Exceptions ?? [],
        document.Scope is { } scope && Enum.TryParse<SpellingScope>(scope, ignoreCase: true, out var parsedScope) ? parsedScope : SpellingScope.All,
        document.MatchCase ?? false,
        profileName);

    private static bool TryParseDate(string text, out DateTime date) =>
        DateTime.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out date);

    /// <summary>The offset of the first line that sets <paramref name="key"/>, to point a diagnostic at it; 0 when not found.</summary>
    private static int FindKey(string text, string key)
    {
        var lines = new LineMap(text);
        for (var line = 0; line < lines.LineCount; line++)
        {
            var start = lines.GetLineStart(line);
            var content = start;
            while (content < text.Length && text[content] is ' ' or '\t' or '-') content++;
            if (string.CompareOrdinal(text, content, key, 0, key.Length) == 0 && content + key.Length < text.Length && text[content + key.Length] == ':')
            {
                return content;
            }
        }
        return 0;
    }

    private static Diagnostic Error(ProfileSource source, string name, string message, int offset)
    {
        var lines = new LineMap(source.Text);
        var span = new TextSpan(Math.Min(offset, source.Text.Length), 0);
        var location = new Location(source.Path, span, lines.GetLineSpan(span));
        return new Diagnostic(ConfigurationDescriptors.InvalidProfile, location, ConfigurationDescriptors.InvalidProfile.DefaultSeverity, [name, message]);
    }
}
