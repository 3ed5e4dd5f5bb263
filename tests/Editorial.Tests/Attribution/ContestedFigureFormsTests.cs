using Editorial.Attribution;

namespace Editorial.Tests.Attribution;

/// <summary>Which figures ED3002 takes for contested, and where it finds their source, in sentences written for these tests.</summary>
public class ContestedFigureFormsTests
{
    /// <summary>A lede that gives no source, so that it sources nothing.</summary>
    private const string Lede = "The storm reached the coast on Tuesday.\n\n";

    [Theory]
    [InlineData("At least 14 people were injured when the stand collapsed.", "ED3002 (3,10): Figure '14' (injured) has no source: say who gives it")]
    [InlineData("A crowd of 40,000 filled the square for the final rally.", "ED3002 (3,12): Figure '40,000' (crowd) has no source: say who gives it")]
    [InlineData("The flooding caused $3 million in damage to the harbour.", "ED3002 (3,22): Figure '3 million' (damage) has no source: say who gives it")]
    [InlineData("The surge destroyed an estimated 2,000 homes.", "ED3002 (3,34): Figure '2,000' (destroyed) has no source: say who gives it")]
    [InlineData("The mayor's approval fell to 38% in the latest poll.", "ED3002 (3,30): Figure '38' (approval) has no source: say who gives it")]
    public void Tolls_injuries_crowds_damages_estimates_and_polls_need_a_source(string sentence, string finding)
    {
        AttributionTestKit.Check("a.txt", Lede + sentence + "\n").ShouldBe([finding]);
    }

    [Theory]
    [InlineData("The former harbour master died aged 91 at his home.")]
    [InlineData("The poet died at 88, surrounded by her family.")]
    [InlineData("United won 3-1 and the crowd went home happy.")]
    [InlineData("The hosts were killed off by a 2–0 defeat in the rain.")]
    [InlineData("She was ranked No. 3 when the injury struck.")]
    [InlineData("Two brothers were killed off in the final episode of the series.")]
    [InlineData("He scored 30 goals in a season and was injured twice.")]
    [InlineData("The strike lasted 12 days before the port reopened.")]
    [InlineData("The ferry sank on March 3, 1987, and the wreck was destroyed by salvors.")]
    [InlineData("The poll was taken from March 19 to 22.")]
    [InlineData("Stage 2 of the rocket was launched on schedule.")]
    [InlineData("The quarterback threw two touchdowns before he was injured.")]
    public void Ages_scores_ranks_groups_careers_durations_and_dates_are_not_contested(string sentence)
    {
        AttributionTestKit.Check("a.txt", Lede + sentence + "\n").ShouldBeEmpty();
    }

    [Fact]
    public void A_numbered_list_item_is_not_a_count()
    {
        AttributionTestKit.Check("a.txt", Lede + "1. Houses destroyed by the surge must be cleared first.\n").ShouldBeEmpty();
    }

    [Fact]
    public void Any_sentence_of_the_paragraph_gives_the_source()
    {
        var text = Lede + "The coastguard gave an update at noon. Boats were out all night. At least 12 people died in the surge.\n";
        AttributionTestKit.Check("a.txt", text).ShouldBeEmpty();
        AttributionTestKit.Analyze(text).Claims.ShouldHaveSingleItem().Kind.ShouldBe(ClaimSourceKind.Paragraph);
    }

    [Fact]
    public void The_first_paragraph_gives_the_source_of_the_story()
    {
        var text = "The coastguard said the storm had killed at least 12 people.\n\nMore than 300 homes were destroyed in the surge.\n";
        AttributionTestKit.Check("a.txt", text).ShouldBeEmpty();
        AttributionTestKit.Analyze(text).Claims.Select(c => c.Kind).ShouldBe([ClaimSourceKind.SameSentence, ClaimSourceKind.Lede]);
    }

    [Fact]
    public void The_same_figure_with_a_source_elsewhere_in_the_article_is_sourced()
    {
        var text = Lede + "At least 12 people died in the surge.\n\nThe coastguard said at least 12 people died and dozens more were hurt.\n";
        AttributionTestKit.Check("a.txt", text).ShouldBeEmpty();
        AttributionTestKit.Analyze(text).Claims.Select(c => c.Kind).ShouldBe([ClaimSourceKind.SameFigureElsewhere, ClaimSourceKind.SameSentence]);
    }

    [Fact]
    public void The_finding_carries_the_figure_and_its_event()
    {
        var engine = new Engine.EditorialEngine(Profiles.ProfileSet.BuiltIn, AttributionTestKit.Rules);
        var diagnostic = engine.Check([new Engine.ArticleInput("a.txt", Lede + "At least 14 people were injured.\n", AttributionTestKit.WithRulesOffByDefault())])
            .ShouldHaveSingleItem();
        diagnostic.Properties.ShouldBe(new Dictionary<string, string> { ["figure"] = "14", ["event"] = "injured", ["attribution"] = "none" });
    }
}
