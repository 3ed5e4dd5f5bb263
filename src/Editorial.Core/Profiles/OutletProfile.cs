using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using Editorial.Diagnostics;

namespace Editorial.Profiles;

public enum SpellingScope
{
    All,
    Body,
    Headline,
}

/// <summary>One preferred spelling of an outlet and the variants it replaces.</summary>
public sealed record SpellingEntry(
    string Preferred,
    IReadOnlyList<string> Variants,
    DateTime? Since,
    IReadOnlyList<string> Exceptions,
    SpellingScope Scope,
    bool MatchCase,
    string ProfileName)
{
    public bool AppliesOn(DateTime? articleDate) => Since is null || articleDate is null || articleDate >= Since;

    /// <summary>True when the entry lists <paramref name="form"/> among its variants to avoid, in any case.</summary>
    public bool ListsVariant(string form)
    {
        foreach (var variant in Variants)
        {
            if (string.Equals(variant, form, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }
}

public sealed record ProfileExample(string Text, DateTime? Date, IReadOnlyList<string> Reports);

/// <summary>An outlet's profile with everything it extends folded in.</summary>
public sealed class OutletProfile
{
    internal OutletProfile(string name, string title, IReadOnlyList<string> chain, string? locale, IReadOnlyList<SpellingEntry> spellings,
        IReadOnlyDictionary<string, string> settings, IReadOnlyDictionary<string, IReadOnlyList<string>> lists,
        IReadOnlyDictionary<string, Severity> severities, IReadOnlyList<ProfileExample> examples, string path)
    {
        Name = name;
        Title = title;
        Chain = chain;
        Locale = locale;
        Spellings = spellings;
        Settings = settings;
        Lists = lists;
        Severities = severities;
        Examples = examples;
        Path = path;
    }

    public string Name { get; }
    public string Title { get; }
    /// <summary>This profile and the ones it extends, nearest first.</summary>
    public IReadOnlyList<string> Chain { get; }
    /// <summary>One of <see cref="SpellingOfLocale"/>'s locales, or null when the profile takes no side.</summary>
    public string? Locale { get; }

    /// <summary>The locales a profile may give, each with the regional spelling it follows: American for en-US, British for
    /// en-GB and for the Englishes that spell as Britain does (Australia, New Zealand, Ireland, South Africa, India).</summary>
    public static IReadOnlyDictionary<string, string> SpellingOfLocale { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["en-US"] = "en-US", ["en-GB"] = "en-GB", ["en-AU"] = "en-GB", ["en-NZ"] = "en-GB", ["en-IE"] = "en-GB", ["en-ZA"] = "en-GB",
        ["en-IN"] = "en-GB",
    };

    /// <summary>en-US or en-GB: the regional spelling that <see cref="Locale"/> follows; null when the profile takes no side.</summary>
    public string? SpellingLocale => Locale is { } locale && SpellingOfLocale.TryGetValue(locale, out var spelling) ? spelling : null;
    public IReadOnlyList<SpellingEntry> Spellings { get; }
    public IReadOnlyDictionary<string, string> Settings { get; }
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Lists { get; }
    public IReadOnlyDictionary<string, Severity> Severities { get; }
    /// <summary>The profile's own examples (not those of what it extends), run by the test suite.</summary>
    public IReadOnlyList<ProfileExample> Examples { get; }
    public string Path { get; }

    public string? GetSetting(string key) => Settings.TryGetValue(key, out var value) ? value : null;

    public IReadOnlyList<string> GetList(string name) => Lists.TryGetValue(name, out var list) ? list : [];

    /// <summary>What a rule derives from this profile alone (a set of its list's words, an index of its spellings), one of each
    /// type, made once per profile by <paramref name="create"/>: a profile never changes once loaded, and an IDE analyses an
    /// article again at every keystroke. <paramref name="create"/> must read nothing but the profile.</summary>
    public T GetDerived<T>(Func<OutletProfile, T> create) where T : class => (T)_derived.GetOrAdd(typeof(T), _ => create(this));

    private readonly ConcurrentDictionary<Type, object> _derived = new();

    public override string ToString() => Name;
}
