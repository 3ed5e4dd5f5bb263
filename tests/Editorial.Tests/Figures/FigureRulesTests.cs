using Editorial.Configuration;
using Editorial.Diagnostics;
using Editorial.Engine;
using Editorial.Rules;

namespace Editorial.Tests.Figures;

public class FigureRulesTests
{
    private static readonly string[] SeedFiles = ["agency-a/000.txt", "agency-b/001.txt", "aljazeera/002.txt", "ap/003.txt", "afp/004.txt"];

    private static IReadOnlyList<Diagnostic> Check(params ArticleInput[] inputs) =>
        new EditorialEngine().Check(inputs).Where(d => d.Id.StartsWith("ED2", StringComparison.Ordinal)).ToList();

    private static ArticleInput Input(string path, string text, string? story = null) =>
        new(path, text, story is null ? ArticleSettings.Empty : new ArticleSettings(new Dictionary<string, string> { ["editorial.story"] = story }));

    private static ArticleInput Seed(string relative, string? story = null) => Input("samples/Newsroom/" + relative, Seeds.Text(relative), story);

    [Fact]
    public void The_figure_rules_are_in_the_catalog()
    {
        RuleCatalog.Rules.SelectMany(r => r.Descriptors).Select(d => d.Id).Where(id => id.StartsWith("ED2", StringComparison.Ordinal))
            .ShouldBe(["ED2001", "ED2002", "ED2003", "ED2004", "ED2005"]);
        RuleCatalog.CrossArticleIds(RuleCatalog.Rules).ShouldContain("ED2002");
        RuleCatalog.Find("ED2004")!.DefaultSeverity.ShouldBe(Severity.Suggestion);
        RuleCatalog.Find("ED2005")!.DefaultSeverity.ShouldBe(Severity.Suggestion);
    }

    [Fact]
    public void The_seeds_report_exactly_the_round_of_talks()
    {
        var diagnostics = Check(SeedFiles.Select(f => Seed(f)).ToArray());

        diagnostics.Select(d => d.ToString()).ShouldBe(
        [
            "samples/Newsroom/afp/004.txt(1,35,1,55): info ED2002: Conflicting figures for round of talks on Monday in the same story: " +
            "“third round of talks” here and “fourth round” in ap/003.txt(9,60) cannot both be true (third vs fourth)",
            "samples/Newsroom/ap/003.txt(9,60,9,72): info ED2002: Conflicting figures for round of talks on Monday in the same story: " +
            "“fourth round” here and “third round of talks” in afp/004.txt(1,35) cannot both be true (fourth vs third)",
        ]);
        diagnostics[0].RelatedLocations.Select(l => l.ToString()).ShouldBe(["samples/Newsroom/ap/003.txt(9,60,9,72)"]);
        diagnostics[1].RelatedLocations.Select(l => l.ToString()).ShouldBe(["samples/Newsroom/afp/004.txt(1,35,1,55)"]);
    }

    [Fact]
    public void The_seeds_are_one_story_by_the_editorial_story_key_too()
    {
        var diagnostics = Check(SeedFiles.Select(f => Seed(f, story: "2022-03-14-ukraine-talks")).ToArray());
        diagnostics.Select(d => $"{d.Id} {d.Location}").ShouldBe(
            ["ED2002 samples/Newsroom/afp/004.txt(1,35,1,55)", "ED2002 samples/Newsroom/ap/003.txt(9,60,9,72)"]);
    }

    /// <summary>Many copies of one side of a conflict: the lone dissenting figure is reported once, naming the first place and
    /// counting the rest, and each copy once, pointing at it; never once per pair of articles.</summary>
    [Fact]
    public void A_figure_that_several_articles_contradict_is_reported_once_with_the_others_related()
    {
        var diagnostics = Check(
            Seed("afp/004.txt", story: "talks"),
            Input("desk/a.txt", Seeds.Text("ap/003.txt"), story: "talks"),
            Input("desk/b.txt", Seeds.Text("ap/003.txt"), story: "talks"));

        diagnostics.Select(d => d.ToString()).ShouldBe(
        [
            "desk/a.txt(9,60,9,72): info ED2002: Conflicting figures for round of talks on Monday in the same story: " +
            "“fourth round” here and “third round of talks” in samples/Newsroom/afp/004.txt(1,35) cannot both be true (fourth vs third)",
            "desk/b.txt(9,60,9,72): info ED2002: Conflicting figures for round of talks on Monday in the same story: " +
            "“fourth round” here and “third round of talks” in samples/Newsroom/afp/004.txt(1,35) cannot both be true (fourth vs third)",
            "samples/Newsroom/afp/004.txt(1,35,1,55): info ED2002: Conflicting figures for round of talks on Monday in the same story: " +
            "“third round of talks” here and “fourth round” in desk/a.txt(9,60) cannot both be true (third vs fourth); 1 more in this story disagree too",
        ]);
        diagnostics[2].RelatedLocations.Select(l => l.ToString()).ShouldBe(["desk/a.txt(9,60,9,72)", "desk/b.txt(9,60,9,72)"]);
    }

    [Fact]
    public void Articles_of_different_named_stories_are_not_compared()
    {
        Check(Seed("afp/004.txt", story: "talks-day-18"), Seed("ap/003.txt", story: "talks-day-19")).ShouldBeEmpty();
    }

    [Fact]
    public void Front_matter_names_the_story()
    {
        var first = "---\nstory: kabul-bombing\n---\nA bomb in Kabul killed 35 people on Monday.\n";
        var second = "---\nstory: kabul-bombing\n---\nThe bomb in Kabul killed 41 people.\n";
        var other = "---\nstory: another-story\n---\nThe bomb in Kabul killed 41 people.\n";

        Check(Input("a.md", first), Input("b.md", second)).Select(d => d.ToString()).ShouldBe(
        [
            "a.md(4,24,4,33): info ED2002: Conflicting figures for people killed in Kabul on Monday in the same story: “35 people” here and “41 people” in b.md(4,26) cannot both be true (35 vs 41)",
            "b.md(4,26,4,35): info ED2002: Conflicting figures for people killed in Kabul on Monday in the same story: “41 people” here and “35 people” in a.md(4,24) cannot both be true (41 vs 35)",
        ]);
        Check(Input("a.md", first), Input("c.md", other)).ShouldBeEmpty();
    }

    [Fact]
    public void Articles_that_share_few_names_are_not_one_story()
    {
        Check(Input("a.txt", "A bomb in Kabul killed 35 people on Monday."), Input("b.txt", "The bomb in Kabul killed 41 people.")).ShouldBeEmpty();
    }

    [Fact]
    public void Two_figures_for_the_same_quantity_in_one_article_are_reported_with_both_places()
    {
        var text = "A suicide bomber in Kabul killed 35 people on Monday, officials said.\n\nThe Taliban denied any role.\n\n" +
                   "The bombing in Kabul killed 36 people, the deadliest attack this year.\n";
        var diagnostics = Check(Input("kabul.txt", text));

        diagnostics.Select(d => d.ToString()).ShouldBe(
        [
            "kabul.txt(5,29,5,38): info ED2001: Conflicting figures for people killed in the bombing in Kabul: “36 people” here and “35 people” at line 1 cannot both be true (36 vs 35)",
        ]);
        diagnostics[0].RelatedLocations.Select(l => l.ToString()).ShouldBe(["kabul.txt(1,34,1,43)"]);
    }

    [Theory]
    [InlineData("At least 35 people were killed in Kabul on Monday.", "The attack in Kabul killed 35 people.")]
    [InlineData("Nearly 2,200 people have been killed in Mariupol.", "A total of 2,187 residents have now died in Mariupol.")]
    [InlineData("More than 130 people were wounded in Lviv.", "Some 140 people were wounded in Lviv.")]
    [InlineData("Up to 40 people were killed in Kabul.", "At least 35 people were killed in Kabul.")]
    [InlineData("Dozens of people were killed in Kabul.", "At least 35 people were killed in Kabul.")]
    [InlineData("Two people were killed when missiles struck an aircraft factory in Kyiv.", "Nine people were killed in a rocket attack on a TV tower in Antopol.")]
    [InlineData("Two people were killed in Kyiv.", "Artillery also hit a building in Kyiv, killing two other people.")]
    [InlineData("Nine people were killed in Antopol.", "Two people were killed in Kyiv.")]
    [InlineData("At least 35 people were killed in Kabul.", "Up to 180 foreign fighters were killed in Kabul.")]
    [InlineData("Four people were killed in Kabul on Monday.", "Seven people were killed in Kabul on Tuesday.")]
    [InlineData("Four people were killed in Kabul.", "Four people were wounded in Kabul.")]
    [InlineData("The third round of talks began in Istanbul.", "The EU adopted a fourth round of sanctions in Istanbul.")]
    [InlineData("The third round of talks between Russia and Ukraine began.", "The fourth round of talks between China and America began.")]
    public void Figures_that_can_both_be_true_or_count_different_things_are_not_reported(string first, string second)
    {
        Check(Input("one.txt", first + "\n\n" + second + "\n")).ShouldBeEmpty();
    }

    [Fact]
    public void Figures_from_different_sources_are_a_discrepancy_between_sources()
    {
        var text = "Ukrainian officials said 35 people were killed at the base near Yavoriv.\n\n" +
                   "Russia's defence ministry said 180 people were killed at the base.\n";
        var diagnostics = Check(Input("yavoriv.txt", text));

        diagnostics.Select(d => d.ToString()).ShouldBe(
        [
            "yavoriv.txt(3,32,3,42): info ED2004: Sources disagree on people killed at the base in Yavoriv: “180 people” (Russia's defence ministry) here and " +
            "“35 people” (Ukrainian officials) at line 1",
        ]);
        diagnostics[0].Severity.ShouldBe(Severity.Suggestion);
        diagnostics[0].RelatedLocations.Select(l => l.ToString()).ShouldBe(["yavoriv.txt(1,26,1,35)"]);
    }

    [Fact]
    public void A_source_is_one_body_whatever_the_case_it_is_written_in()
    {
        // "the Health Ministry" and "the health ministry" are one body: the figures conflict, from one source.
        var text = "On Sunday the Health Ministry said 35 people were killed at the base near Yavoriv.\n\n" +
                   "At the base 53 people were killed, the health ministry said.\n";
        Check(Input("yavoriv.txt", text)).Select(d => d.Id).ShouldBe([RuleIds.ConflictingFiguresInArticle]);
    }

    [Fact]
    public void Sources_that_disagree_across_articles_are_reported_in_both()
    {
        var diagnostics = Check(
            Input("a.txt", "Ukrainian officials said 35 people were killed at the base near Yavoriv.", story: "yavoriv"),
            Input("b.txt", "At least 180 people were killed at the base near Yavoriv, Russia's defence ministry said.", story: "yavoriv"));

        diagnostics.Select(d => d.ToString()).ShouldBe(
        [
            "a.txt(1,26,1,35): info ED2004: Sources disagree on people killed at the base in Yavoriv: “35 people” (Ukrainian officials) here and " +
            "“At least 180 people” (Russia's defence ministry) in b.txt(1,1)",
            "b.txt(1,1,1,20): info ED2004: Sources disagree on people killed at the base in Yavoriv: “At least 180 people” (Russia's defence ministry) here and " +
            "“35 people” (Ukrainian officials) in a.txt(1,26)",
        ]);
    }

    [Fact]
    public void A_conversion_that_does_not_match_is_reported_with_a_fix()
    {
        var text = "Russian troops were still about 15 kilometers (12 miles) from central Kyiv.";
        var diagnostic = Check(Input("km.txt", text)).ShouldHaveSingleItem();

        diagnostic.ToString().ShouldBe("km.txt(1,48,1,56): info ED2003: “about 15 kilometers (12 miles)”: 15 kilometers is about 9.3 miles, not 12 miles");
        diagnostic.RelatedLocations.Select(l => l.ToString()).ShouldBe(["km.txt(1,27,1,46)"]);
        diagnostic.Fix!.Title.ShouldBe("Change the conversion to 9.3 miles");
        diagnostic.Fix.Edit.NewText.ShouldBe("9.3");
        text.Substring(diagnostic.Fix.Edit.Span.Start, diagnostic.Fix.Edit.Span.Length).ShouldBe("12");
    }

    [Fact]
    public void A_range_s_conversion_is_fixed_end_for_end()
    {
        var text = "The ridge runs 300 to 400 miles (1,800 to 2,400 km) north.";
        var diagnostic = Check(Input("range.txt", text)).ShouldHaveSingleItem();
        diagnostic.Fix!.Title.ShouldBe("Change the conversion to 483 to 644 km");
        Hygiene.HygieneRun.ApplyFix(text, diagnostic).ShouldBe("The ridge runs 300 to 400 miles (483 to 644 km) north.");
    }

    [Theory]
    [InlineData("The troops were 15 kilometers (9 miles) away.")]
    [InlineData("The troops were 15km (9.3 miles) away.")]
    [InlineData("The convoy was 100 km (62 miles) long.")]
    [InlineData("The convoy was 100 km (60 miles) long.")]
    [InlineData("It was 30C (86F) in the shade.")]
    [InlineData("It was 30 degrees Celsius (86 degrees Fahrenheit).")]
    [InlineData("The bomb weighed 100 kg (220 pounds).")]
    [InlineData("The wall is 12 feet (3.7 meters) high.")]
    [InlineData("The fire burned 500 hectares (1,235 acres).")]
    [InlineData("The convoy was 40 miles (64 km) long.")]
    [InlineData("The ferry sailed 40 nautical miles (74 km).")]
    [InlineData("The shell landed less than 60 km (40 miles) from the border.")]
    [InlineData("At night it fell to -11 degrees Celsius (12 degrees Fahrenheit).")]
    [InlineData("The target is a rise of no more than 2 degrees Celsius (3.6 degrees Fahrenheit).")]
    // A compound measure converts whole: the conversion is not of its smaller part.
    [InlineData("She cleared two meters and four centimeters (about 6.69 feet) at the meet.")]
    [InlineData("The skipper is 6 feet 2 inches (1.88 meters) tall.")]
    public void Conversions_that_match_within_the_rounding_shown_are_not_reported(string text) =>
        Check(Input("ok.txt", text)).ShouldBeEmpty();

    [Theory]
    [InlineData("It was 30C (50F) in the shade.", "30C", "86F", "50F")]
    [InlineData("The bomb weighed 100 kg (100 pounds).", "100 kg", "220 pounds", "100 pounds")]
    [InlineData("The convoy was 40 miles (40 km) long.", "40 miles", "64 km", "40 km")]
    [InlineData("The ferry sailed 40 nautical miles (46 km).", "40 nautical miles", "74 km", "46 km")]
    [InlineData("At night it fell to -11 degrees Celsius (52 degrees Fahrenheit).", "11 degrees Celsius", "12 degrees Fahrenheit", "52 degrees Fahrenheit")]
    [InlineData("The ridge runs 300 to 400 miles (1,800 to 2,400 km) north.", "300 to 400 miles", "483 to 644 km", "1,800 to 2,400 km")]
    // The message says "about" once: the writer's hedge stays with the written conversion only.
    [InlineData("The gap is four centimeters (about 6.69 feet) wide.", "four centimeters", "0.1 feet", "about 6.69 feet")]
    public void Conversions_that_do_not_match_are_reported(string text, string original, string correct, string written)
    {
        var diagnostic = Check(Input("bad.txt", text)).ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("ED2003");
        diagnostic.Message.ShouldEndWith($"{original} is about {correct}, not {written}");
    }

    [Fact]
    public void A_figure_in_a_quotation_takes_the_quotation_severity()
    {
        var text = "A suicide bomber in Kabul killed 35 people on Monday.\n\n\"The bombing in Kabul killed 36 people,\" the governor said.\n";
        var diagnostic = Check(Input("q.txt", text)).ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("ED2001");
        diagnostic.Severity.ShouldBe(Severity.Suggestion);
    }

    /// <summary>Same day: a conflict. A day later: the later article updates the earlier. A week later: another event.</summary>
    [Theory]
    [InlineData("2022-03-14", "2022-03-14", "ED2002 afp.md,ED2002 ap.md")]
    [InlineData("2022-03-14", "2022-03-15", "ED2005 ap.md")]
    [InlineData("2022-03-14", "2022-03-21", "")]
    public void Articles_grouped_by_names_must_also_be_close_in_time(string firstDate, string secondDate, string findings)
    {
        var afp = Input("afp.md", $"---\ndate: {firstDate}\n---\n" + Seeds.Text("afp/004.txt"));
        var ap = Input("ap.md", $"---\ndate: {secondDate}\n---\n" + Seeds.Text("ap/003.txt"));
        string.Join(",", Check(afp, ap).Select(d => d.Id + " " + d.Location.Path)).ShouldBe(findings);
    }

    [Fact]
    public void A_clause_that_points_back_to_the_attack_takes_its_place_from_the_paragraph_before()
    {
        var text = "Nine people were killed in a rocket attack on a TV tower in Antopol.\n\nThe attack killed 12 people, the governor said.\n";
        Check(Input("antopol.txt", text)).Select(d => d.ToString()).ShouldBe(
        [
            "antopol.txt(3,19,3,28): info ED2001: Conflicting figures for people killed in the attack at the tower in Antopol: “12 people” here and “Nine people” at line 1 cannot both be true (12 vs Nine)",
        ]);
    }

    [Theory]
    [InlineData("Nine people were killed in a rocket attack in Antopol.\n\nTwo people were killed in a separate strike.")]
    [InlineData("Nine people were killed in a rocket attack in Antopol. Elsewhere, two people were killed, officials said.")]
    [InlineData("Nine people were killed in a rocket attack in Antopol.\n\nTwo people were killed, officials said.")]
    [InlineData("Nine people were killed in a rocket attack in Antopol. Another attack killed two people.")]
    public void A_clause_about_another_occasion_does_not_take_the_place_before_it(string text) =>
        Check(Input("elsewhere.txt", text)).ShouldBeEmpty();

    [Fact]
    public void The_country_an_article_keeps_naming_ties_no_figure_to_an_occasion()
    {
        var text = "Russia invaded Ukraine in February.\n\nUkraine has asked for help.\n\nUkraine said the war goes on.\n\n" +
                   "Ukraine is under attack.\n\nIn Ukraine, 35 people were killed in a strike on a base.\n\n" +
                   "A total of 2,187 residents of Mariupol in Ukraine have died.\n";
        Check(Input("country.txt", text)).ShouldBeEmpty();
    }
}
