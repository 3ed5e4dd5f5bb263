using System;
using System.Collections.Generic;
using System.Linq;

namespace Editorial.Profiles;

/// <summary>
/// What a profile may name besides its own keys: the rule IDs its <c>severities:</c> may set, and the settings
/// (<c>settings:</c>, with the values each takes) and phrase lists (<c>lists:</c>) that the rules read. The rules declare
/// them (the catalog's vocabulary, <c>RuleCatalog.Vocabulary</c>), so a key or value no rule reads is reported (ED9004),
/// not ignored; this layer only checks against them, which keeps profiles below the rules that read them.
/// </summary>
public sealed class ProfileVocabulary
{
    public ProfileVocabulary(IEnumerable<string> ruleIds, IEnumerable<ProfileSetting> settings, IEnumerable<string> lists)
    {
        RuleIds = ruleIds.Distinct(StringComparer.OrdinalIgnoreCase).OrderBy(id => id, StringComparer.Ordinal).ToList();
        Settings = settings.OrderBy(setting => setting.Key, StringComparer.Ordinal).ToList();
        SettingKeys = Settings.Select(setting => setting.Key).ToList();
        ListNames = lists.Distinct(StringComparer.OrdinalIgnoreCase).OrderBy(name => name, StringComparer.Ordinal).ToList();
    }

    public IReadOnlyList<string> RuleIds { get; }

    public IReadOnlyList<ProfileSetting> Settings { get; }

    public IReadOnlyList<string> SettingKeys { get; }

    public IReadOnlyList<string> ListNames { get; }

    public bool IsRuleId(string id) => RuleIds.Contains(id, StringComparer.OrdinalIgnoreCase);

    public ProfileSetting? Setting(string key) => Settings.FirstOrDefault(setting => string.Equals(setting.Key, key, StringComparison.OrdinalIgnoreCase));

    public bool IsSetting(string key) => Setting(key) is not null;

    public bool IsList(string name) => ListNames.Contains(name, StringComparer.OrdinalIgnoreCase);
}
