using Editorial.Articles;
using Editorial.Configuration;
using Editorial.Diagnostics;
using Editorial.Engine;
using Editorial.Figures;

namespace Editorial.Tests.Figures;

/// <summary>How different outlets phrase one count, and the phrasings that make a count a part, a wider whole or another
/// stretch of time: the quantity keys must read all of them, not the wording of one story.</summary>
public class PhrasingAndPartsTests
{
    private static IReadOnlyList<CountedFigure> Counted(string text) => ArticleFigures.Analyze(Article.Parse("test.txt", text)).Counted;

    private static CountedFigure Only(string text) => Counted(text).ShouldHaveSingleItem();

    private static IReadOnlyList<string> Check(string text) =>
        new EditorialEngine().Check([new ArticleInput("story.txt", text, ArticleSettings.Empty)])
            .Where(d => d.Id.StartsWith("ED2", StringComparison.Ordinal)).Select(d => d.ToString()).ToList();

    [Theory]
    [InlineData("Twelve people were shot dead in the square.", "Twelve people", "people killed")]
    [InlineData("Three men were stabbed to death outside the bar.", "Three men", "men killed")]
    [InlineData("Police said the gunman fatally shot 4 people.", "4 people", "people killed")]
    [InlineData("Two guards were gunned down at the gate.", "Two guards", null)]
    [InlineData("Five people were found dead in the house.", "Five people", "people killed")]
    [InlineData("The crash killed all 132 aboard.", "132", "people killed")]
    [InlineData("A boat with 40 on board sank on Sunday.", "40", "people on board")]
    public void A_manner_of_death_and_those_on_board_are_read_as_the_count_they_give(string text, string phrase, string? description)
    {
        var counted = Counted(text).SingleOrDefault(c => c.PhraseText == phrase);
        if (description is null) counted.ShouldBeNull(); // "guards" is no counted noun the reader knows: unsure, so unkeyed
        else counted.ShouldNotBeNull().Key.Description.ShouldBe(description);
    }

    [Fact]
    public void A_headline_sum_of_the_grants_a_sentence_lists_is_their_total()
    {
        // $1,077,000 and $150,000 make the headline's $1.2 million, to its rounding: the total of two grants, not a third value.
        const string Headline = "SENS. LEE, ROE APPLAUD $1.2 MILLION GRANT FOR FERRY SAFETY INITIATIVE\n\n";
        const string Body = "Sens. Ann Lee and Bo Roe today applauded the Department of Transportation for awarding a $1,077,000 grant to the "
                            + "city of Dover and $150,000 to the Harbour Board for the Ferry Safety Initiative.\n\n\"I applaud it,\" said Lee.\n";
        Check(Headline + Body).ShouldBeEmpty();
        // Without the second grant, the headline's grant is the body's, and the two values conflict.
        Check(Headline + Body.Replace(" and $150,000 to the Harbour Board", "")).ShouldBe(
        [
            "story.txt(3,90,3,106): info ED2001: Conflicting figures for grant (USD): “$1,077,000 grant” here and “$1.2 MILLION GRANT” at line 1 "
            + "cannot both be true ($1,077,000 vs $1.2 MILLION)",
        ]);
        // A total the sum misses ($1.3 million), or an open one that holds any sum ("at least"), is still another value.
        Check(Headline.Replace("$1.2", "$1.3") + Body).ShouldBe(
        [
            "story.txt(3,90,3,106): info ED2001: Conflicting figures for grant (USD): “$1,077,000 grant” here and “$1.3 MILLION GRANT” at line 1 "
            + "cannot both be true ($1,077,000 vs $1.3 MILLION)",
        ]);
        Check(Headline.Replace("$1.2", "AT LEAST $1.2") + Body).ShouldBe(
        [
            "story.txt(3,90,3,106): info ED2001: Conflicting figures for grant (USD): “$1,077,000 grant” here and “AT LEAST $1.2 MILLION GRANT” at "
            + "line 1 cannot both be true ($1,077,000 vs AT LEAST $1.2 MILLION)",
        ]);
    }

    [Fact]
    public void Shot_alone_says_no_death() => Counted("Three people were shot outside the club.").ShouldBeEmpty();

    [Fact]
    public void A_verb_that_claims_lives_is_no_source()
    {
        var claimed = Only("The explosion claimed 41 lives.");
        claimed.Key.Description.ShouldBe("people killed");
        claimed.Source.ShouldBeNull();
    }

    [Fact]
    public void The_site_of_a_source_is_not_where_the_dead_were()
    {
        var toll = Only("The death toll from the bombing stands at 28, a hospital official said.");
        toll.Source.ShouldBe("hospital official");
        toll.Key.Sites.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("More than 300 people have been killed in attacks this year.", null, "cumulative")]
    [InlineData("The bombing killed 31 people, the deadliest attack this year.", null, null)]
    [InlineData("More than 300 people have been killed across the country.", "across the country", null)]
    [InlineData("Some 120 people were killed in the province.", "in the province", null)]
    [InlineData("At least 31 people were killed in the country's worst attack.", null, null)]
    [InlineData("Twelve people were killed instantly.", "instantly", null)]
    [InlineData("Twelve people died on the spot.", "instantly", null)]
    public void A_wider_area_a_stretch_of_the_calendar_or_the_dead_of_the_first_moment_set_a_count_apart(string text, string? scope, string? period)
    {
        var counted = Only(text);
        counted.Key.Scope.ShouldBe(scope);
        counted.Key.Period.ShouldBe(period);
    }

    [Fact]
    public void A_place_off_the_coast_anchors_the_count() =>
        Only("A ferry with 72 people on board sank off Sulawesi on Saturday.").Key.Places.ShouldBe(["sulawesi"]);

    [Fact]
    public void The_toll_of_the_province_and_the_dead_of_the_first_moment_do_not_conflict_with_the_event_toll()
    {
        var text = "At least 31 people were killed in the bombing in Quetta on Tuesday.\n\n" +
                   "More than 300 people have been killed in the province this year.\n\n" +
                   "Twelve people were killed instantly in Quetta.\n";
        Check(text).ShouldBeEmpty();
    }

    [Fact]
    public void Shot_dead_and_killing_count_one_toll_and_conflict()
    {
        var text = "Ten people were shot dead at a mall in Tulsa on Saturday.\n\n" +
                   "The gunman opened fire at the mall in Tulsa, killing eight people.\n";
        Check(text).ShouldBe(
        [
            "story.txt(3,54,3,66): info ED2001: Conflicting figures for people killed at the mall in Tulsa on Saturday: “eight people” here and “Ten people” at line 1 cannot both be true (eight vs Ten)",
        ]);
    }

    [Theory]
    [InlineData("At least 31 people, including 12 children, were killed in the blast.", "At least 31 people", "people killed")]
    [InlineData("Some 30 civilians, most of them women, died in the fire.", "Some 30 civilians", "civilians killed")]
    [InlineData("Thirty people, according to police, were injured.", "Thirty people", "people wounded")]
    [InlineData("Thirty-one people are known to have died.", "Thirty-one people", "people killed")]
    [InlineData("Twelve people are believed to have been killed.", "Twelve people", "people killed")]
    [InlineData("Quarry blast toll hits 31", "31", "people killed")]
    public void An_aside_a_presumption_or_a_headline_toll_still_gives_the_count(string text, string phrase, string description) =>
        Counted(text).Single(c => c.PhraseText == phrase).Key.Description.ShouldBe(description);

    [Fact]
    public void An_order_to_evacuate_is_no_evacuation() => Counted("The governor ordered 1,500 residents to be evacuated.").ShouldBeEmpty();

    [Theory]
    [InlineData("The chief constable said: \"We can confirm that at least seven people have lost their lives.\"", "chief constable")]
    [InlineData("Preliminary reports said the army had fired three missiles.", "preliminary reports")]
    [InlineData("He spent seven years with the team, saying he would retire if he wasn't paid, and 12 people were killed.", null)]
    public void A_source_is_the_body_that_speaks_never_a_pronoun_or_a_clause(string text, string? source) =>
        Counted(text).Last().Source.ShouldBe(source);

    [Fact]
    public void A_title_case_headline_ties_its_figure_only_by_the_names_its_body_writes_as_names()
    {
        var headline = Counted("# Tram Derails Near Croydon, Killing At Least 7\n\nThe tram derailed near Croydon on Wednesday, and seven people died.\n")
            .First(c => c.IsInHeadline);
        headline.Key.Names.ShouldBe(["croydon"]);
        headline.Key.Places.ShouldBe(["croydon"]);
    }

    [Theory]
    [InlineData("Nearly two-thirds of the 300 passengers were rescued.", "300 passengers", "passengers on board")]
    [InlineData("Most of the 40 people on board were rescued.", "40 people", "people on board")]
    [InlineData("Two of the 31 people killed were children.", "31 people", "people killed")]
    [InlineData("The ferry's 300 passengers were rescued.", "300 passengers", "passengers rescued")]
    public void The_whole_a_part_is_taken_of_keeps_only_what_is_said_of_the_whole(string text, string phrase, string description) =>
        Counted(text).Single(c => c.PhraseText == phrase).Key.Description.ShouldBe(description);

    [Fact]
    public void Bringing_the_toll_to_a_sum_is_a_revision_of_the_whole_toll_not_a_count_of_the_night()
    {
        var sum = Counted("Four more people died overnight, bringing the toll to 35.").Single(c => c.PhraseText == "35");
        sum.Key.Description.ShouldBe("people killed");
        sum.Key.Period.ShouldBeNull();
        sum.Timing.IsRevision.ShouldBeTrue();
    }

    [Fact]
    public void Brought_back_is_no_revision() =>
        Counted("The driver brought the car back, and 12 people were injured.").ShouldHaveSingleItem().Timing.IsRevision.ShouldBeFalse();

    [Fact]
    public void The_toll_that_stands_now_is_read() =>
        Only("The death toll is now 35.").Key.Description.ShouldBe("people killed");

    [Theory]
    [InlineData("The attack killed 31 and wounded 50.")]
    [InlineData("The blast killed 31, wounded 50 and displaced 200 families.")]
    public void Bare_counts_of_the_dead_and_the_wounded_side_by_side_are_both_people(string text) =>
        Counted(text).Take(2).Select(c => c.Key.Description).ShouldBe(["people killed", "people wounded"]);

    [Theory]
    [InlineData("The strike, which Kyiv blamed on Moscow, killed 12 people, officials said.", "officials")]
    [InlineData("The governor, who visited the site, said 12 people had died.", "governor")]
    [InlineData("The group claimed responsibility for the attack, which killed 12 people.", null)]
    public void An_aside_or_a_claim_of_responsibility_gives_no_source(string text, string? source) =>
        Only(text).Source.ShouldBe(source);

    [Theory]
    [InlineData("The tram overturned, trapping five people and injuring another 40.", "40", "people wounded")]
    [InlineData("The blast killed three people and wounded another 20.", "20", "people wounded")]
    [InlineData("The blast wounded three people and wounded another 20 near the gate.", "20", null)]
    [InlineData("Lena Ortiz, who was among more than 50 injured, said the tram sped up.", "more than 50", "people wounded")]
    [InlineData("Two nurses were among 14 injured in the blast.", "14", "people wounded")]
    [InlineData("The dead included 12 children, among them three infants.", "three", null)]
    public void Another_after_a_count_of_something_else_and_being_among_a_count_say_it_is_the_whole(string text, string phrase, string? description)
    {
        var counted = Counted(text).SingleOrDefault(c => c.PhraseText.StartsWith(phrase, StringComparison.Ordinal));
        if (description is null) counted.ShouldBeNull();
        else counted.ShouldNotBeNull().Key.Description.ShouldBe(description);
    }
}
