using Editorial.Configuration;
using Editorial.Engine;
using Editorial.Profiles;

namespace Editorial.Tests.Spelling;

/// <summary>The outlet profiles of rules/: their examples run as self-tests, and broken profiles are reported as ED9004.</summary>
public class ProfileTests
{
    public static TheoryData<string, int> Examples()
    {
        var data = new TheoryData<string, int>();
        foreach (var profile in ProfileSet.BuiltIn.Profiles)
        {
            for (var i = 0; i < profile.Examples.Count; i++) data.Add(profile.Name, i);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Each_profile_example_reports_exactly_what_it_states(string profileName, int index)
    {
        ProfileSet.BuiltIn.TryGet(profileName, out var profile).ShouldBeTrue();
        var example = profile.Examples[index];
        // The example's date travels as front matter, the way an article states its own.
        var text = example.Date is { } date ? $"---\ndate: {date:yyyy-MM-dd}\n---\n{example.Text}\n" : example.Text;
        var path = example.Date is null ? "example.txt" : "example.md";
        var reported = new EditorialEngine().Check([new ArticleInput(path, text, new ArticleSettings(defaultOutlet: profileName))]);
        reported.Select(d => d.Id).Distinct().OrderBy(id => id, StringComparer.Ordinal)
            .ShouldBe(example.Reports.Distinct().OrderBy(id => id, StringComparer.Ordinal), $"{profile.Path}: \"{example.Text}\"");
    }

    [Fact]
    public void Every_outlet_the_issue_names_has_a_profile_that_extends_default_and_cites_its_sources()
    {
        var names = ProfileSet.BuiltIn.Names.ToList();
        names.ShouldBe(["afp", "aljazeera", "ap", "bbc", "default", "guardian", "reuters"]);
        ProfileSet.BuiltIn.Diagnostics.ShouldBeEmpty();
        foreach (var profile in ProfileSet.BuiltIn.Profiles.Where(p => p.Name != "default"))
        {
            profile.Chain.Last().ShouldBe("default");
            var source = BuiltInProfiles.Sources.Single(s => s.DefaultName == profile.Name).Text;
            source.ShouldStartWith("#", customMessage: profile.Name + " begins with a comment naming its sources");
        }
    }

    [Fact]
    public void The_styles_the_outlets_publish()
    {
        var set = ProfileSet.BuiltIn;
        set.TryGet("ap", out var ap);
        ap.Locale.ShouldBe("en-US");
        ap.Spellings.Single(s => s.Preferred == "Kyiv").Since.ShouldBe(new DateTime(2019, 8, 14, 0, 0, 0, DateTimeKind.Utc));
        ap.Spellings.Single(s => s.Preferred == "Kyiv").Exceptions.ShouldBe(["chicken Kiev", "Kievan Rus"]);
        set.TryGet("bbc", out var bbc);
        bbc.Spellings.Single(s => s.Preferred == "Kyiv").Since.ShouldBe(new DateTime(2019, 10, 14, 0, 0, 0, DateTimeKind.Utc));
        set.TryGet("guardian", out var guardian);
        guardian.Spellings.Single(s => s.Preferred == "Kyiv").Since.ShouldBe(new DateTime(2019, 2, 13, 0, 0, 0, DateTimeKind.Utc));
        guardian.GetSetting("abbreviations").ShouldBe("no-points");
        set.TryGet("afp", out var afp);
        afp.Spellings.Single(s => s.Variants.Contains("Zelenskyy")).Preferred.ShouldBe("Zelensky");
        afp.GetSetting("time-format").ShouldBe("hhmm");
    }

    [Fact]
    public void A_project_profile_extends_a_built_in_one()
    {
        var set = ProfileSet.Load([new ProfileSource("rules/desk.yml", "name: desk\nextends: guardian\nsettings:\n  time-format: \"hh:mm\"\n")], RuleCatalog.Vocabulary);
        set.Diagnostics.ShouldBeEmpty();
        set.TryGet("desk", out var desk).ShouldBeTrue();
        desk.Locale.ShouldBe("en-GB");
        desk.GetSetting("abbreviations").ShouldBe("no-points");
        desk.GetSetting("time-format").ShouldBe("hh:mm");
        desk.Chain.ShouldBe(["desk", "guardian", "default"]);
    }

    [Fact]
    public void An_outlet_of_an_English_that_spells_as_Britain_does_gets_British_spelling()
    {
        var set = ProfileSet.Load([new ProfileSource("rules/desk.yml", "name: desk\ntitle: Harbour Herald\nextends: default\nlocale: en-AU\n")], RuleCatalog.Vocabulary);
        set.Diagnostics.ShouldBeEmpty();
        set.TryGet("desk", out var desk).ShouldBeTrue();
        desk.SpellingLocale.ShouldBe("en-GB");
        new EditorialEngine(set, SpellingCheck.Rules).Check([new ArticleInput("a.txt", "The defense ministry spoke.", new ArticleSettings(defaultOutlet: "desk"))])
            .Select(d => d.ToString()).ShouldBe(
            [
                "a.txt(1,5,1,12): info ED1003: 'defense' is American spelling; Harbour Herald style uses British spelling: 'defence'",
            ]);
        // A locale whose spelling no list gives is reported, with the ones that are.
        ProfileSet.Load([new ProfileSource("rules/desk.yml", "name: desk\nlocale: en-CA\n")], RuleCatalog.Vocabulary).Diagnostics.Select(d => d.ToString()).ShouldBe(
            ["rules/desk.yml(2,1,2,1): error ED9004: Profile 'desk' is invalid: locale 'en-CA' is not one of en-US, en-GB, en-AU, en-NZ, en-IE, en-ZA, en-IN"]);
    }

    [Fact]
    public void Broken_yaml_is_reported_at_its_line_and_column()
    {
        var set = ProfileSet.Load([new ProfileSource("rules/desk.yml", "name: desk\nspellings:\n  - preferred: [Kyiv\n")], RuleCatalog.Vocabulary);
        set.Diagnostics.Select(d => d.Id + " " + d.Location).ShouldBe(["ED9004 rules/desk.yml(3,16,3,16)"]);
    }

    [Fact]
    public void Yaml_the_parser_reads_but_cannot_represent_is_ED9004_not_a_crash()
    {
        var set = ProfileSet.Load([new ProfileSource("rules/desk.yml", "name: desk\nlists:\n    - : 2019\n")], RuleCatalog.Vocabulary);
        set.Diagnostics.Select(d => d.ToString()).ShouldBe(
            ["rules/desk.yml(1,1,1,1): error ED9004: Profile 'desk' is invalid: it cannot be read as keys and values"]);
        set.TryGet("desk", out _).ShouldBeFalse();
    }

    [Fact]
    public void A_key_set_twice_is_reported_at_the_second_naming_the_key()
    {
        ProfileSet.Load([new ProfileSource("rules/desk.yml", "name: desk\ntitle: Desk\ntitle: Desk two\n")], RuleCatalog.Vocabulary)
            .Diagnostics.Select(d => d.ToString())
            .ShouldBe(["rules/desk.yml(3,1,3,1): error ED9004: Profile 'desk' is invalid: the key 'title' is set twice"]);
    }

    [Fact]
    public void An_unknown_key_is_reported_at_its_line_and_column()
    {
        var set = ProfileSet.Load([new ProfileSource("rules/desk.yml", "name: desk\nspellings:\n  - preferred: Kyiv\n    variants: [Kiev]\n    sinse: 2019-08-14\n")], RuleCatalog.Vocabulary);
        var diagnostic = set.Diagnostics.Single();
        diagnostic.Id.ShouldBe("ED9004");
        diagnostic.Location.ToString().ShouldBe("rules/desk.yml(5,5,5,5)");
        diagnostic.Message.ShouldContain("sinse");
    }

    [Fact]
    public void Extending_an_unknown_profile_is_reported_at_the_extends_key()
    {
        var set = ProfileSet.Load([new ProfileSource("rules/desk.yml", "# house style\nname: desk\nextends: apx\n")], RuleCatalog.Vocabulary);
        set.Diagnostics.Select(d => d.ToString()).ShouldBe(
            ["rules/desk.yml(3,1,3,1): error ED9004: Profile 'desk' is invalid: it extends 'apx', which is not a known profile"]);
        set.TryGet("desk", out _).ShouldBeFalse();
    }

    [Fact]
    public void A_profile_removes_entries_from_the_lists_it_extends_before_adding_its_own()
    {
        var set = ProfileSet.Load([new ProfileSource("rules/desk.yml",
            "name: desk\nextends: ap\nremove-from-lists:\n  standalone-titles: [ Mayor , governor]\nlists:\n  standalone-titles: [chancellor, mayor]\n")], RuleCatalog.Vocabulary);
        set.Diagnostics.ShouldBeEmpty();
        set.TryGet("desk", out var desk).ShouldBeTrue();
        var inherited = set.Default.GetList("standalone-titles");
        desk.GetList("standalone-titles").ShouldBe([.. inherited.Where(title => title is not ("governor" or "mayor")), "chancellor", "mayor"]);
    }

    [Fact]
    public void Removing_an_entry_the_extended_list_does_not_hold_is_reported_at_the_entry()
    {
        var set = ProfileSet.Load([new ProfileSource("rules/desk.yml",
            "name: desk\nremove-from-lists:\n  standalone-titles: [govenor, mayor]\n  proper-names:\n    - Atlantis\n")], RuleCatalog.Vocabulary);
        set.Diagnostics.Select(d => d.ToString()).ShouldBe(
        [
            "rules/desk.yml(3,23,3,23): error ED9004: Profile 'desk' is invalid: it removes 'govenor' from 'standalone-titles', but 'default' does not list it",
            "rules/desk.yml(5,7,5,7): error ED9004: Profile 'desk' is invalid: it removes 'Atlantis' from 'proper-names', but 'default' does not list it",
        ]);
        set.TryGet("desk", out _).ShouldBeFalse();
    }

    [Fact]
    public void Removing_from_a_list_no_rule_reads_is_reported_at_its_name()
    {
        ProfileSet.Load([new ProfileSource("rules/desk.yml", "name: desk\nremove-from-lists:\n  standalone-title: [mayor]\n")], RuleCatalog.Vocabulary)
            .Diagnostics.Select(d => d.Location.ToString() + " " + d.Message.Split(';')[0])
            .ShouldBe(["rules/desk.yml(3,3,3,3) Profile 'desk' is invalid: unknown list 'standalone-title'"]);
    }
}

public class SpellingDocsTests
{
    [Fact]
    public void The_derived_word_lists_travel_with_their_notice()
    {
        var assembly = typeof(Engine.RuleCatalog).Assembly;
        assembly.GetManifestResourceNames().ShouldContain("Editorial.Data.WORDLISTS-NOTICE.txt");
        using var notice = new StreamReader(assembly.GetManifestResourceStream("Editorial.Data.WORDLISTS-NOTICE.txt")!);
        var text = notice.ReadToEnd();
        text.ShouldContain("Copyright 2000-2019 by Kevin Atkinson");
        text.ShouldContain("Copyright 2016 by Benjamin Titze");
        text.ShouldContain("Permission to use, copy, modify, distribute and sell");
    }
}
