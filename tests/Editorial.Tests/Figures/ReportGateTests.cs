using Editorial.Configuration;
using Editorial.Engine;

namespace Editorial.Tests.Figures;

/// <summary>
/// The conditions a pair of figures of one key must meet to be reported (ReportGates, docs/figures.md "When a pair is
/// reported"): each with a pair it reports and a quiet twin that differs from it only in the condition. Every sentence is made up.
/// </summary>
public class ReportGateTests
{
    private static IReadOnlyList<string> Story(string first, string second) => StoryFigures.Check(("a.txt", first), ("b.txt", second));

    /// <summary>Three sentences that give no figure, which push a count out of an article's opening.</summary>
    private const string Preamble = "The president called for more air defence on Sunday. Talks on grain exports were to resume next week. " +
                                    "The army said it had pushed back an assault near the river. ";

    private static IReadOnlyList<string> Dated(string firstDate, string first, string secondDate, string second) => StoryFigures.Check(
        ("a.md", $"---\ndate: {firstDate}\n---\n\n{first}\n"), ("b.md", $"---\ndate: {secondDate}\n---\n\n{second}\n"));

    [Fact]
    public void Two_tolls_in_the_openings_of_a_story_conflict() =>
        Story("Shelling killed three people in Marinsk on Sunday.", "Shelling killed two people in Marinsk on Sunday.").ShouldBe(
        [
            "a.txt(1,17,1,29): info ED2002: Conflicting figures for people killed in the shelling in Marinsk on Sunday in the same story: “three people” here and “two people” in b.txt(1,17) cannot both be true (three vs two)",
            "b.txt(1,17,1,27): info ED2002: Conflicting figures for people killed in the shelling in Marinsk on Sunday in the same story: “two people” here and “three people” in a.txt(1,17) cannot both be true (two vs three)",
        ]);

    [Fact]
    public void The_same_tolls_deep_in_their_articles_are_quiet() =>
        Story(Preamble + "Shelling killed three people in Marinsk on Sunday.", Preamble + "Shelling killed two people in Marinsk on Sunday.").ShouldBeEmpty();

    [Fact]
    public void A_toll_deep_in_an_article_is_quiet_against_its_lead() =>
        StoryFigures.Check(("a.txt", "Shelling killed three people in Marinsk on Sunday. " + Preamble + "Shelling killed two people in Marinsk on Sunday.")).ShouldBeEmpty();

    [Fact]
    public void Two_forecasts_of_one_cost_conflict() =>
        Story("The new bridge in Leeds will cost £40 million.", "The new bridge in Leeds will cost £45 million.").ShouldBe(
        [
            "a.txt(1,9,1,46): info ED2002: Conflicting figures for cost of the bridge (GBP) in the same story: “bridge in Leeds will cost £40 million” here and “bridge in Leeds will cost £45 million” in b.txt(1,9) cannot both be true (£40 million vs £45 million)",
            "b.txt(1,9,1,46): info ED2002: Conflicting figures for cost of the bridge (GBP) in the same story: “bridge in Leeds will cost £45 million” here and “bridge in Leeds will cost £40 million” in a.txt(1,9) cannot both be true (£45 million vs £40 million)",
        ]);

    [Fact]
    public void A_forecast_cost_is_quiet_against_the_cost_paid() =>
        Story("The new bridge in Leeds will cost £40 million.", "The new bridge in Leeds cost £45 million to build.").ShouldBeEmpty();

    [Fact]
    public void Two_stated_tolls_of_soldiers_conflict() =>
        Story("Its forces killed 200 soldiers near Izium on Sunday.", "Its forces killed 150 soldiers near Izium on Sunday.").ShouldBe(
        [
            "a.txt(1,19,1,31): info ED2002: Conflicting figures for soldiers killed in Izium on Sunday in the same story: “200 soldiers” here and “150 soldiers” in b.txt(1,19) cannot both be true (200 vs 150)",
            "b.txt(1,19,1,31): info ED2002: Conflicting figures for soldiers killed in Izium on Sunday in the same story: “150 soldiers” here and “200 soldiers” in a.txt(1,19) cannot both be true (150 vs 200)",
        ]);

    [Fact]
    public void A_disputed_claim_of_a_toll_is_quiet() =>
        Story("The ministry claimed its forces killed 200 soldiers near Izium on Sunday.", "Its forces killed 150 soldiers near Izium on Sunday.").ShouldBeEmpty();

    [Fact]
    public void A_claim_word_that_qualifies_something_after_the_figure_disputes_no_figure() =>
        Dated("2025-03-02", "Jane Roe, 35, died in an alleged arson attack on her home in Lyon.", "2025-03-02", "Jane Roe, 29, died when her home in Lyon burned down.").ShouldBe(
        [
            "a.md(5,11,5,13): info ED2002: Conflicting figures for age of Roe in the same story: “35” here and “29” in b.md(5,11) cannot both be true (35 vs 29)",
            "b.md(5,11,5,13): info ED2002: Conflicting figures for age of Roe in the same story: “29” here and “35” in a.md(5,11) cannot both be true (29 vs 35)",
        ]);

    [Fact]
    public void Ages_of_a_person_in_undated_articles_are_quiet() =>
        Story("Jane Roe, 18, was charged with setting fire to a barn in Lyon.", "Jane Roe, 21, was jailed for setting fire to a barn in Lyon.").ShouldBeEmpty();

    [Fact]
    public void Ages_of_a_person_are_quiet_when_one_article_is_undated() =>
        StoryFigures.Check(
            ("a.md", "---\ndate: 2025-03-02\n---\n\nJane Roe, 18, was charged with setting fire to a barn in Lyon.\n"),
            ("b.md", "Jane Roe, 21, was jailed for setting fire to a barn in Lyon.\n")).ShouldBeEmpty();

    [Fact]
    public void Figures_of_articles_dated_within_the_window_conflict() =>
        Dated("2025-03-02", "The singer posted three photos of her nephew on Sunday.", "2025-03-04", "The singer posted four photos of her nephew on Sunday.")
            .ShouldBe(
        [
            "a.md(5,19,5,31): info ED2002: Conflicting figures for photos the singer posted in the same story: “three photos” here and “four photos” in b.md(5,19) cannot both be true (three vs four)",
            "b.md(5,19,5,30): info ED2002: Conflicting figures for photos the singer posted in the same story: “four photos” here and “three photos” in a.md(5,19) cannot both be true (four vs three)",
        ]);

    [Fact]
    public void Figures_of_articles_dated_weeks_apart_are_quiet() =>
        Dated("2025-03-02", "The singer posted three photos of her nephew on Sunday.", "2025-03-24", "The singer posted four photos of her nephew on Sunday.")
            .ShouldBeEmpty();
}
