using Editorial.Engine;
using Editorial.Profiles;

namespace Editorial.Tests.Spelling;

/// <summary>ED9004: the keys, list names, setting keys and rule IDs a profile does not know, broken YAML, and cycles.</summary>
public class ProfileValidationTests
{
    private const string Settings = "abbreviations, abbreviations-headline, abbreviations-uk, abbreviations-un, abbreviations-us, anonymous-source-reason, "
        + "courtesy-titles, honorific-period, ise-spelling, number-style, opinion-sourcing, quote-punctuation, quoted-spelling, reproduced-text, time-format, variants-in-names";
    private const string Lists = "amount-expectations, amount-nouns-duration, amount-nouns-measure, amount-nouns-money, amount-verbs, anonymity-reasons, anonymous-sourcing, author-roles, capitalised-titles, caption-credit-labels, caption-debris, contested-events, debris-lines, distance-verbs, embed-debris, embed-hosts, foreign-phrases, "
        + "hedges-about, hedges-at-least, hedges-fewer-than, hedges-more-than, hedges-nearly, hedges-range, hedges-up-to, meeting-record-phrases, metadata-labels, name-particles, particle-verbs, proper-names, regional-names, repeatable-words, reporting-verbs, speech-nouns, standalone-titles, undescribed-source-words, vague-sourcing, writing-verbs";

    private static string[] Load(params ProfileSource[] sources) => ProfileSet.Load(sources, RuleCatalog.Vocabulary).Diagnostics.Select(d => d.ToString()).ToArray();

    [Fact]
    public void An_unknown_top_level_key_names_the_known_ones()
    {
        Load(new ProfileSource("rules/desk.yml", "name: desk\ntitle: Desk\n  # note\ncolour: red\n")).ShouldBe(
            ["rules/desk.yml(4,1,4,1): error ED9004: Profile 'desk' is invalid: unknown key 'colour'; the keys of a profile are "
             + "name, title, extends, locale, source, spellings, settings, lists, remove-from-lists, severities, examples"]);
    }

    [Fact]
    public void Unknown_lists_and_settings_are_each_reported_at_their_key()
    {
        Load(new ProfileSource("rules/desk.yml", "name: desk\nsettings:\n  time-format: hhmm\n  timeformat: hhmm\nlists:\n  reporting-verbs: [quipped]\n  reporting-verb: [mused]\n"))
            .ShouldBe(
            [
                "rules/desk.yml(4,3,4,3): error ED9004: Profile 'desk' is invalid: unknown setting 'timeformat'; the known settings are " + Settings,
                "rules/desk.yml(7,3,7,3): error ED9004: Profile 'desk' is invalid: unknown list 'reporting-verb'; the known lists are " + Lists,
            ]);
    }

    [Fact]
    public void Every_setting_and_list_of_the_built_in_profiles_is_known()
    {
        ProfileSet.BuiltIn.Diagnostics.ShouldBeEmpty();
        ProfileSet.Load([], RuleCatalog.Vocabulary).Diagnostics.ShouldBeEmpty();
        // A run does not check the built-in profiles' keys again: each is checked here as a project's profile would be.
        foreach (var source in BuiltInProfiles.Sources)
        {
            ProfileSet.Load([source with { IsBuiltIn = false }], RuleCatalog.Vocabulary).Diagnostics.ShouldBeEmpty(source.Path);
        }
        ProfileSet.BuiltIn.Profiles.SelectMany(p => p.Settings.Keys).Where(k => !RuleCatalog.Vocabulary.IsSetting(k)).ShouldBeEmpty();
        ProfileSet.BuiltIn.Default.Lists.Keys.OrderBy(k => k, StringComparer.Ordinal).ShouldBe(RuleCatalog.Vocabulary.ListNames);
    }

    [Fact]
    public void Every_setting_and_list_the_code_declares_is_in_the_vocabulary()
    {
        const System.Reflection.BindingFlags PublicStatic = System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static;
        var fields = typeof(ProfileSet).Assembly.GetTypes().SelectMany(t => t.GetFields(PublicStatic)).ToList();
        var settings = fields.Where(f => f.FieldType == typeof(ProfileSetting)).Select(f => (ProfileSetting)f.GetValue(null)!).ToList();
        settings.Count.ShouldBeGreaterThan(10);
        settings.Where(s => !RuleCatalog.Vocabulary.Settings.Contains(s)).Select(s => s.Key).ShouldBeEmpty();
        var lists = fields.Where(f => f.IsLiteral && f.FieldType == typeof(string) && (f.Name.EndsWith("List", StringComparison.Ordinal) || f.Name == "ListName"))
            .Select(f => (string)f.GetRawConstantValue()!).ToList();
        lists.Count.ShouldBeGreaterThan(10);
        lists.Where(name => !RuleCatalog.Vocabulary.IsList(name)).ShouldBeEmpty();
    }

    [Fact]
    public void A_setting_value_the_setting_does_not_take_is_reported_at_the_value_with_the_values_it_takes()
    {
        Load(new ProfileSource("rules/desk.yml", "name: desk\nsettings:\n  time-format: \"hh.mm\"\n  ise-spelling: TRUE\n  quote-punctuation: [american]\n")).ShouldBe(
        [
            "rules/desk.yml(3,16,3,16): error ED9004: Profile 'desk' is invalid: 'hh.mm' is not a value of setting 'time-format'; its values are hh:mm, hhmm",
            "rules/desk.yml(5,22,5,22): error ED9004: Profile 'desk' is invalid: 'quote-punctuation' holds a list, not one value",
        ]);
    }

    [Fact]
    public void A_value_in_a_shape_its_key_cannot_hold_is_reported_at_the_value_not_as_the_deserializer_words_it()
    {
        const string Profile = "name: desk\nextends: [ap, bbc]\nspellings:\n  - preferred: Kyiv\n    variants: Kiev\n  - Odesa\n"
                               + "lists:\n  reporting-verbs: [quipped, [mused]]\n  speech-nouns: remark\nseverities: [ED1001]\nexamples:\n  - text: The talks.\n    reports:\n";
        Load(new ProfileSource("rules/desk.yml", Profile)).ShouldBe(
        [
            "rules/desk.yml(2,10,2,10): error ED9004: Profile 'desk' is invalid: 'extends' holds a list, not one value",
            "rules/desk.yml(5,15,5,15): error ED9004: Profile 'desk' is invalid: 'variants' holds a single value, not a list",
            "rules/desk.yml(6,5,6,5): error ED9004: Profile 'desk' is invalid: an item of 'spellings' holds a single value, not keys and values",
            "rules/desk.yml(8,30,8,30): error ED9004: Profile 'desk' is invalid: an item of 'reporting-verbs' holds a list, not one value",
            "rules/desk.yml(9,17,9,17): error ED9004: Profile 'desk' is invalid: 'speech-nouns' holds a single value, not a list",
            "rules/desk.yml(10,13,10,13): error ED9004: Profile 'desk' is invalid: 'severities' holds a list, not keys and values",
        ]);
    }

    [Fact]
    public void A_setting_reads_its_value_in_any_case_and_its_default_when_unset()
    {
        var set = ProfileSet.Load([new ProfileSource("rules/desk.yml", "name: desk\nsettings:\n  ise-spelling: \" True \"\n")], RuleCatalog.Vocabulary);
        set.TryGet("desk", out var desk).ShouldBeTrue();
        Rules.Spelling.MixedRegionalSpellingRule.IseSetting.ValueIn(desk).ShouldBe("true");
        Rules.Spelling.TimeFormatRule.Setting.ValueIn(desk).ShouldBeNull();
        Rules.Spelling.OutletSpellingRule.QuotedSpellingSetting.ValueIn(desk).ShouldBe("keep");
    }

    [Fact]
    public void An_unknown_rule_under_severities_names_the_rules_of_the_run()
    {
        ProfileSet.Load([new ProfileSource("rules/desk.yml", "name: desk\nseverities:\n  ED1008: error\n  ED1040: error\n")], RuleCatalog.VocabularyOf([new Rules.Spelling.TimeFormatRule()]))
            .Diagnostics.Select(d => d.ToString()).ShouldBe(
            ["rules/desk.yml(4,3,4,3): error ED9004: Profile 'desk' is invalid: unknown rule 'ED1040'; the known rules are "
             + "ED1008, ED9000, ED9001, ED9002, ED9003, ED9004, ED9005, ED9006, ED9007, ED9008, ED9009, ED9010, ED9011"]);
    }

    [Fact]
    public void An_unknown_key_of_a_spelling_entry_names_its_keys()
    {
        Load(new ProfileSource("rules/desk.yml", "name: desk\nspellings:\n  - preferred: Kyiv\n    variants: [Kiev]\n    sinse: 2019-08-14\n")).ShouldBe(
            ["rules/desk.yml(5,5,5,5): error ED9004: Profile 'desk' is invalid: unknown key 'sinse' in a spelling entry; its keys are "
             + "preferred, variants, since, exceptions, scope, match-case, source"]);
    }

    [Fact]
    public void An_unknown_key_of_an_example_names_its_keys()
    {
        Load(new ProfileSource("rules/desk.yml", "name: desk\nexamples:\n  - text: Talks in Kyiv.\n    report: []\n")).ShouldBe(
            ["rules/desk.yml(4,5,4,5): error ED9004: Profile 'desk' is invalid: unknown key 'report' in an example; its keys are text, date, reports"]);
    }

    [Fact]
    public void An_unclosed_flow_list_followed_by_more_keys_is_reported_readably_at_its_bracket()
    {
        Load(new ProfileSource("rules/desk.yml", "name: desk\nlists:\n  reporting-verbs:\n    [said, told,\n     added\n  speech-nouns:\n    [remarks]\n")).ShouldBe(
            ["rules/desk.yml(4,5,4,5): error ED9004: Profile 'desk' is invalid: a '[', '{' or quotation mark is not closed"]);
        Load(new ProfileSource("rules/desk.yml", "name: desk\nspellings:\n  - preferred: Kyiv\n    variants: [Kiev\n  - preferred: Odesa\n    variants: [Odessa]\n")).ShouldBe(
            ["rules/desk.yml(4,15,4,15): error ED9004: Profile 'desk' is invalid: a '[', '{' or quotation mark is not closed"]);
    }

    [Fact]
    public void A_tab_that_indents_a_key_is_reported_at_the_tab_not_at_the_top_of_the_file()
    {
        // YamlDotNet throws this one without a position; the scanner knows where it stopped.
        Load(new ProfileSource("rules/desk.yml", "name: desk\nextends: default\nsettings:\n\tnumber-style: ap\n")).ShouldBe(
            ["rules/desk.yml(4,1,4,1): error ED9004: Profile 'desk' is invalid: While scanning a mapping, found invalid tab as indentation."]);
    }

    [Fact]
    public void A_list_or_mapping_left_open_at_the_end_is_reported_at_its_bracket()
    {
        Load(new ProfileSource("rules/desk.yml", "name: desk\nlists:\n  reporting-verbs: [said, told\n")).ShouldBe(
            ["rules/desk.yml(3,20,3,20): error ED9004: Profile 'desk' is invalid: a '[', '{' or quotation mark is not closed"]);
        Load(new ProfileSource("rules/desk.yml", "name: desk\nsettings: {time-format: hhmm\n")).ShouldBe(
            ["rules/desk.yml(2,11,2,11): error ED9004: Profile 'desk' is invalid: a '[', '{' or quotation mark is not closed"]);
        Load(new ProfileSource("rules/desk.yml", "name: desk\ntitle: \"House\n")).ShouldBe(
            ["rules/desk.yml(2,8,2,8): error ED9004: Profile 'desk' is invalid: While scanning a quoted scalar, found unexpected end of stream."]);
    }

    [Fact]
    public void A_file_of_one_value_or_a_list_is_reported_at_its_start_and_the_other_profiles_still_load()
    {
        var keys = "name, title, extends, locale, source, spellings, settings, lists, remove-from-lists, severities, examples";
        var set = ProfileSet.Load(
        [
            new ProfileSource("rules/notes.yml", "# desk notes\nKyiv, not Kiev\n"),
            new ProfileSource("rules/list.yml", "- name: desk\n- extends: ap\n"),
            new ProfileSource("rules/desk.yml", "name: desk\n"),
        ], RuleCatalog.Vocabulary);
        set.Diagnostics.Select(d => d.ToString()).ShouldBe(
        [
            $"rules/notes.yml(2,1,2,1): error ED9004: Profile 'notes' is invalid: the file holds a single value, not the keys of a profile ({keys})",
            $"rules/list.yml(1,1,1,1): error ED9004: Profile 'list' is invalid: the file holds a list, not the keys of a profile ({keys})",
        ]);
        set.TryGet("desk", out _).ShouldBeTrue();
    }

    [Fact]
    public void A_circular_extends_is_one_error()
    {
        Load(new ProfileSource("rules/a.yml", "name: a\nextends: b\n"), new ProfileSource("rules/b.yml", "name: b\nextends: a\n")).ShouldBe(
            ["rules/b.yml(2,1,2,1): error ED9004: Profile 'b' is invalid: 'extends' makes a cycle: a -> b -> a"]);
    }

    [Fact]
    public void A_profile_extending_an_invalid_one_says_so()
    {
        Load(new ProfileSource("rules/a.yml", "name: a\ncolor: red\n"), new ProfileSource("rules/c.yml", "name: c\n\nextends: a\n")).ShouldBe(
        [
            "rules/a.yml(2,1,2,1): error ED9004: Profile 'a' is invalid: unknown key 'color'; the keys of a profile are "
            + "name, title, extends, locale, source, spellings, settings, lists, remove-from-lists, severities, examples",
            "rules/c.yml(3,1,3,1): error ED9004: Profile 'c' is invalid: it extends 'a', which is invalid",
        ]);
    }
}
