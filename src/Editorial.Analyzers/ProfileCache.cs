using System.Collections.Generic;
using System.Threading;
using Editorial.Engine;
using Editorial.Profiles;
using Editorial.Rules;

namespace Editorial.Analyzers;

/// <summary>
/// The project's profile set, loaded once per distinct set of profile texts rather than once per compilation: an IDE makes a
/// new compilation at every keystroke, and the profiles rarely change. The cache holds one immutable entry, replaced whole
/// (never mutated), so concurrent compilations can read and replace it without locks.
/// </summary>
internal static class ProfileCache
{
    private sealed class Entry(IReadOnlyList<ProfileSource> sources, IReadOnlyList<Rule> rules, ProfileSet profiles)
    {
        public IReadOnlyList<ProfileSource> Sources { get; } = sources;
        /// <summary>The rules whose IDs the profiles' <c>severities:</c> were checked against.</summary>
        public IReadOnlyList<Rule> Rules { get; } = rules;
        public ProfileSet Profiles { get; } = profiles;
    }

    private static Entry? s_last;

    public static ProfileSet Get(IReadOnlyList<ProfileSource> sources, IReadOnlyList<Rule> rules)
    {
        if (sources.Count == 0) return ProfileSet.BuiltIn;
        var last = Volatile.Read(ref s_last);
        if (last is not null && ReferenceEquals(last.Rules, rules) && SameSources(last.Sources, sources)) return last.Profiles;
        var profiles = ProfileSet.Load(sources, RuleCatalog.VocabularyOf(rules));
        Volatile.Write(ref s_last, new Entry(sources, rules, profiles));
        return profiles;
    }

    private static bool SameSources(IReadOnlyList<ProfileSource> cached, IReadOnlyList<ProfileSource> current)
    {
        if (cached.Count != current.Count) return false;
        for (var i = 0; i < cached.Count; i++)
        {
            if (cached[i].Path != current[i].Path || cached[i].Text != current[i].Text) return false;
        }
        return true;
    }
}
