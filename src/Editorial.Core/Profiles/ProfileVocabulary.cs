using System;
using System.Collections.Generic;
using System.Linq;

namespace Editorial.Profiles;

/// <summary>
/// What a profile may name besides its own keys: the rule IDs its <c>severities:</c> may set, and the settings
/// (<c>settings:</c>) and phrase lists (<c>lists:</c>) that the rules read. The rules declare them (the catalog's
/// vocabulary, <c>RuleCatalog.Vocabulary</c>), so a profile key no rule reads is reported (ED9004), not ignored; this
/// layer only checks against them, which keeps profiles below the rules that read them.
/// </summary>
public sealed class ProfileVocabulary
{
    public ProfileVocabulary(IEnumerable<string> ruleIds, IEnumerable<string> settings, IEnumerable<string> lists)
    {
        RuleIds = Sorted(ruleIds);
        Settings = Sorted(settings);
        Lists = Sorted(lists);
    }

    public IReadOnlyList<string> RuleIds { get; }

    public IReadOnlyList<string> Settings { get; }

    public IReadOnlyList<string> Lists { get; }

    public bool IsRuleId(string id) => RuleIds.Contains(id, StringComparer.OrdinalIgnoreCase);

    public bool IsSetting(string key) => Settings.Contains(key, StringComparer.OrdinalIgnoreCase);

    public bool IsList(string name) => Lists.Contains(name, StringComparer.OrdinalIgnoreCase);

    private static IReadOnlyList<string> Sorted(IEnumerable<string> names) =>
        names.Distinct(StringComparer.OrdinalIgnoreCase).OrderBy(name => name, StringComparer.Ordinal).ToList();
}
