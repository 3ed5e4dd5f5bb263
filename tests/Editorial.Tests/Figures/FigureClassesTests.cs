using Editorial.Articles;
using Editorial.Configuration;
using Editorial.Diagnostics;
using Editorial.Engine;
using Editorial.Figures;

namespace Editorial.Tests.Figures;

/// <summary>The classes of figure pairs of the labelling guide (docs/evaluation.md): different quantities, updates, conflicts.
/// Every text here is made up for the test.</summary>
public class FigureClassesTests
{
    private static IReadOnlyList<Diagnostic> Check(params ArticleInput[] inputs) =>
        new EditorialEngine().Check(inputs).Where(d => d.Id.StartsWith("ED2", StringComparison.Ordinal)).ToList();

    private static ArticleInput Input(string path, string text, string? story = null) =>
        new(path, text, story is null ? ArticleSettings.Empty : new ArticleSettings(new Dictionary<string, string> { ["editorial.story"] = story }));

    private static IReadOnlyList<string> One(string text) => Check(Input("one.txt", text)).Select(d => d.ToString()).ToList();

    [Theory]
    // A part and the whole.
    [InlineData("At least 40 people were killed in Tarnow on Friday.\n\nTwelve people were killed at the stadium in Tarnow.")]
    [InlineData("At least 40 people were killed in Tarnow on Friday.\n\nIn Tarnow, 12 people were killed in the north.")]
    [InlineData("Of the 40 dead in Tarnow, 12 were children.\n\nThe blast killed 40 people in Tarnow.")]
    [InlineData("Agents arrested 97 people at a plant in Tarnow on Friday.\n\nA spokeswoman said that of the 97 people taken from the plant, 11 people were arrested on criminal charges.")]
    [InlineData("The blast killed 40 people in Tarnow, including 12 people at a wedding.")]
    [InlineData("The blast killed 40 people in Tarnow; among them were 12 people from one street.")]
    [InlineData("Shelling killed 12 soldiers in Tarnow on Monday.\n\nAnother 30 soldiers were killed in Tarnow in an ambush.")]
    [InlineData("The blast killed 12 people in Tarnow.\n\nA further 3 people died in Tarnow.")]
    [InlineData("The blast killed 40 people in Tarnow.\n\nPolice said 12 people were killed at the hospital in Tarnow.")]
    [InlineData("Missiles hit a building and a mall in Tarnow on Friday, killing 21 people.\n\nRescuers said 16 people were killed at the building in Tarnow.")]
    // Different groups.
    [InlineData("The gunmen killed 9 people in Tarnow.\n\nTwo attackers were killed in Tarnow.")]
    [InlineData("Shelling killed 14 soldiers in Tarnow.\n\nShelling killed 6 civilians in Tarnow.")]
    [InlineData("Police arrested 3 suspects in Tarnow.\n\nPolice arrested 20 people in Tarnow.")]
    // Words of one class name one group (figure-words.yml's counted); the words of two classes name two groups.
    [InlineData("Shelling killed 12 troops in Tarnow on Monday.\n\nShelling killed 15 firefighters in Tarnow on Monday.")]
    [InlineData("Police arrested 40 protesters in Halden on Saturday.\n\nPolice arrested 52 journalists in Halden on Saturday.")]
    [InlineData("The collapse injured 12 workers in Halden.\n\nThe collapse injured 5 rescue workers in Halden.")]
    // Two sides' attacks: each side's toll of the other's shelling, not one toll given twice.
    [InlineData("Halish shelling killed at least 8 civilians in Tarnow on Monday.\n\nSeparatists said attacks by Moravian forces killed 4 civilians in Tarnow on Monday.")]
    [InlineData("At least 12 civilians were killed in Tarnow on Monday as Halland pounds the valley.\n\nSeparatists said 4 civilians were killed in Tarnow on Monday in Moravian shelling.")]
    // One side's soldiers are not the soldiers of a toll that names no side.
    [InlineData("Shelling killed 12 soldiers in Tarnow on Monday.\n\nUkrainian forces killed 40 Russian soldiers in Tarnow on Monday.")]
    // A count that takes in the attackers is not the victims' toll.
    [InlineData("The gunman killed 12 people at the school in Tarnow.\n\nThirteen people, including the gunman, were killed at the school in Tarnow.")]
    [InlineData("A bomb killed 12 people at the market in Tarnow.\n\nThe bomb killed 13 people at the market in Tarnow, among them two attackers.")]
    // Daily and cumulative.
    [InlineData("Shelling killed 8 people in Tarnow overnight.\n\nShelling has killed 230 people in Tarnow since the war began.")]
    [InlineData("In the past 24 hours, 8 people were killed in Tarnow.\n\nSome 230 people have been killed in Tarnow since March.")]
    // A toll of a run of attacks sums several occasions, of which one attack's toll is a part.
    [InlineData("A suicide bomber killed 12 people at a wedding in Tarnow on Monday.\n\nAt least 40 people were killed in Tarnow on Monday in a series of attacks.")]
    [InlineData("A bomb killed 12 people in Tarnow on Monday.\n\nA wave of strikes killed 40 people in Tarnow on Monday.")]
    // Background events.
    [InlineData("The blast killed 40 people in Tarnow.\n\nA similar blast killed 17 people in Tarnow.")]
    [InlineData("The blast killed 40 people in Tarnow.\n\nIn the 2019 attack, 25 people were killed in Tarnow.")]
    [InlineData("The blast killed 40 people in Tarnow.\n\nLast March, 25 people were killed in Tarnow.")]
    // A dead person named before the count: the count is of the others.
    [InlineData("A rocket hit the station in Tarnow, killing 25 people.\n\nA girl was killed when a shell struck her home in Tarnow and 24 people died at the station.")]
    // Another occasion, dated by this one.
    [InlineData("The strike on the clinic in Tarnow killed three people. It came a week after a strike on a block in Tarnow killed 11 people.")]
    // The toll of a siege is the whole of which one attack's toll is a part.
    [InlineData("About 300 people died when a bomb hit the theatre on Friday.\n\nThe theatre cellar held. More than 2,300 people have died in the siege.")]
    // A sentence that opens on another occasion lends it to the count after it.
    [InlineData("A jet crashed into a block of flats in Halden, and 13 people were killed in the building.\n\nDrones hit the capital overnight. " +
                "Another drone slammed into a building. Three people were killed and 19 rescued.")]
    // Nobody is no count.
    [InlineData("The blast in Tarnow injured 29 people.\n\nNo one was injured in the blast in Tarnow's suburb.")]
    [InlineData("A bomb hit Tarnow, injuring 29 people.\n\nOf the 29, 12 were injured in the blast in Tarnow by glass.")]
    // Other units.
    [InlineData("The flood displaced 300 people in Tarnow.\n\nThe flood displaced 90 families in Tarnow.")]
    [InlineData("The flood displaced 300 people in Tarnow.\n\nThe flood displaced 120 households in Tarnow.")]
    public void Different_quantities_are_not_conflicts(string text) => One(text).ShouldBeEmpty();

    [Theory]
    [InlineData("In April, a rocket attack on the station in Tarnow killed more than 50 people.")]
    [InlineData("On April 3, a rocket attack on the station in Tarnow killed more than 50 people.")]
    public void A_toll_of_another_month_is_another_occasion(string background) =>
        Check(Input("one.md", "---\ndate: 2031-08-25\n---\nA rocket hit the station in Tarnow, killing 25 people.\n\n" + background + "\n")).ShouldBeEmpty();

    [Fact]
    public void Counts_dated_to_different_months_count_different_stretches_and_a_weekday_is_no_month()
    {
        One("The agency took 2,366 disciplinary actions from Jan. 1 to Jan. 30, the Halden office said.\n\n"
            + "The agency took 2,185 disciplinary actions from July 1 to Dec. 31, the Halden office said.").ShouldBeEmpty();
        One("The agency took 2,366 disciplinary actions in January, the Halden office said.\n\n"
            + "The agency took 2,185 disciplinary actions in January, the Halden office said.").ShouldBe(
        [
            "one.txt(3,17,3,43): info ED2001: Conflicting figures for actions the agency took: “2,185 disciplinary actions” here and " +
            "“2,366 disciplinary actions” at line 1 cannot both be true (2,185 vs 2,366)",
        ]);
        // "Late Monday" and "in December" may tell one count from two days: a day of the week is not set against a month.
        One("The blast killed 40 people in Tarnow late Monday.\n\nIn December, 35 people were killed in Tarnow.").ShouldBe(
        [
            "one.txt(3,14,3,23): info ED2001: Conflicting figures for people killed in the blast in Tarnow on Monday: “35 people” here and " +
            "“40 people” at line 1 cannot both be true (35 vs 40)",
        ]);
    }

    [Fact]
    public void A_toll_that_names_no_side_is_compared_with_one_side_s()
    {
        // Only two sides named tell two tolls apart: a toll that names none may be the same one.
        One("Shelling in the east\n\nHalish shelling killed at least eight civilians in Tarnow on Wednesday.\n\nOn Wednesday four civilians were killed in Tarnow.")
            .ShouldBe(["one.txt(5,14,5,28): info ED2001: Conflicting figures for civilians killed in the shelling in Tarnow on Wednesday: “four civilians” here " +
                       "and “at least eight civilians” at line 3 cannot both be true (four vs at least eight)"]);
    }

    [Fact]
    public void A_revision_is_an_update_not_a_conflict()
    {
        One("Twelve people were killed in the blast in Tarnow.\n\nBy evening the toll in Tarnow rose to 15 people killed.").ShouldBe(
        [
            "one.txt(3,39,3,48): info ED2005: Figure updated for people killed in the blast in Tarnow: “15 people” here is later than " +
            "“Twelve people” at line 1 (Twelve, then 15)",
        ]);
    }

    [Fact]
    public void Tolls_one_sentence_gives_for_several_places_are_no_update_of_each_other()
    {
        One("Shelling killed 20 people across the region on Monday, officials said.\n\n"
            + "The toll in Kharkiv rose to 12, about 5 people were killed in Izium and 3 died in Balakliia, the officials said.\n").ShouldBeEmpty();
    }

    [Fact]
    public void A_toll_that_rose_to_less_than_the_other_figure_is_neither_an_update_nor_a_conflict()
    {
        // A toll does not rise to less: either the other figure came after the rise, or it counts something else.
        One("Sixteen people were killed in the blast in Tarnow.\n\nBy evening the toll in Tarnow rose to 15 people killed.").ShouldBeEmpty();
        // "Revised" says nothing of the way the figure went: a revision down is still an update.
        One("Sixteen people were killed in the blast in Tarnow.\n\nBy evening the toll in Tarnow was revised to 15 people killed.")
            .ShouldHaveSingleItem().ShouldContain("info ED2005: Figure updated for people killed in the blast in Tarnow: “15 people” here is later than “Sixteen people” at line 1 (Sixteen, then 15)");
    }

    [Fact]
    public void A_time_stamp_is_read_with_its_half_of_the_day()
    {
        // 10:15 p.m. is after 9 p.m.; 12:30 a.m. is half past midnight, before 9 a.m.
        One("At 10:15 p.m., officials said 15 people were killed in Tarnow.\n\nAt 9 p.m., officials said 12 people were killed in Tarnow.")
            .ShouldHaveSingleItem().ShouldContain("info ED2005: Figure updated for people killed in Tarnow: “15 people” here is later than “12 people” at line 3 (12, then 15)");
        One("At 9 a.m., officials said 15 people were killed in Tarnow.\n\nAt 12:30 a.m., officials said 12 people were killed in Tarnow.")
            .ShouldHaveSingleItem().ShouldContain("info ED2005: Figure updated for people killed in Tarnow: “15 people” here is later than “12 people” at line 3 (12, then 15)");
    }

    [Fact]
    public void A_later_time_stamp_is_an_update()
    {
        One("At 09:00, officials said 12 people were killed in Tarnow.\n\nAt 18:00, officials said 15 people were killed in Tarnow.")
            .ShouldHaveSingleItem().ShouldContain("info ED2005: Figure updated for people killed in Tarnow: “15 people” here is later than “12 people” at line 1 (12, then 15)");
    }

    [Fact]
    public void An_article_dated_later_updates_the_earlier_one()
    {
        var first = "---\ndate: 2031-05-02\nstory: tarnow-blast\n---\nThe blast killed 12 people in Tarnow.\n";
        var second = "---\ndate: 2031-05-03\nstory: tarnow-blast\n---\nThe blast killed 15 people in Tarnow.\n";
        var diagnostic = Check(Input("desk/day1.md", first), Input("desk/day2.md", second)).ShouldHaveSingleItem();
        diagnostic.ToString().ShouldBe("desk/day2.md(5,18,5,27): info ED2005: Figure updated for people killed in the blast in Tarnow: " +
                                       "“15 people” here is later than “12 people” in day1.md(5,18) (12, then 15)");
        diagnostic.Story.ShouldBe("tarnow-blast");
        diagnostic.RelatedLocations.Select(l => l.ToString()).ShouldBe(["desk/day1.md(5,18,5,27)"]);
    }

    [Fact]
    public void A_running_total_in_the_present_perfect_grows_from_one_release_to_the_next()
    {
        // "has authored" counts the senator's bills to date: a day later there may be one more, an update, not a conflict.
        var first = "---\ndate: 2031-04-03\nstory: ferry-bills\n---\nSenator Lee has authored three pieces of legislation on ferry safety.\n";
        var second = "---\ndate: 2031-04-04\nstory: ferry-bills\n---\nSenator Lee has now authored four pieces of legislation on ferry safety.\n";
        Check(Input("desk/day1.md", first), Input("desk/day2.md", second)).Select(d => d.Id).ShouldBe(["ED2005"]);
        // Acts told in the past tense were settled when they happened: another count of them is a conflict.
        Check(Input("desk/day1.md", first.Replace("has authored", "authored")), Input("desk/day2.md", second.Replace("has now authored", "authored")))
            .Select(d => d.Id).ShouldBe(["ED2002", "ED2002"]);
    }

    [Fact]
    public void Passengers_across_outlets_conflict()
    {
        var diagnostics = Check(
            Input("/news/one/a.txt", "The plane carrying 150 passengers crashed near Halden.", story: "halden"),
            Input("/news/two/b.txt", "The jet with 159 passengers on board went down near Halden.", story: "halden"));
        diagnostics.Select(d => d.ToString()).ShouldBe(
        [
            "/news/one/a.txt(1,20,1,34): info ED2002: Conflicting figures for passengers on board in Halden in the same story: " +
            "“150 passengers” here and “159 passengers” in two/b.txt(1,14) cannot both be true (150 vs 159)",
            "/news/two/b.txt(1,14,1,28): info ED2002: Conflicting figures for passengers on board in Halden in the same story: " +
            "“159 passengers” here and “150 passengers” in one/a.txt(1,20) cannot both be true (159 vs 150)",
        ]);
        diagnostics.ShouldAllBe(d => d.Story == "halden");
    }

    [Theory]
    [InlineData("At least 31 people were killed in the blast in Tarnow.", "A total of 28 people were killed in the blast in Tarnow.")]
    [InlineData("The death toll in Tarnow stands at 31.", "The blast in Tarnow left 28 people dead.")]
    [InlineData("All 72 people on board died when the plane crashed near Halden.", "The plane had 68 passengers and crew on board when it crashed near Halden.")]
    [InlineData("Blast In Tarnow Kills 31 People", "The blast killed 28 people in Tarnow.")]
    [InlineData("The plane went down near Halden, killing all 12 people on board.", "Ten people died when the plane went down near Halden.")]
    [InlineData("The raid in Tarnow killed four Canadians, including a diplomat.", "Three Canadians were killed in the raid in Tarnow.")]
    [InlineData("In Tarnow, 21 schoolgirls were freed on Thursday.", "The army said 24 girls were released in Tarnow on Thursday.")]
    [InlineData("The blast in Tarnow killed 35 people and wounded 134 others.", "The blast in Tarnow killed 35 people and wounded 120 people.")]
    // Everyone on board, however it is said.
    [InlineData("There were 72 passengers and crew on the plane that crashed near Halden.", "The plane that crashed near Halden had 68 people on board.")]
    [InlineData("The ferry went down near Halden with 200 people aboard.", "The ferry that sank near Halden was carrying 180 people.")]
    // The toll and the number of dead.
    [InlineData("The toll in Tarnow reached 31.", "The blast killed 28 people in Tarnow.")]
    [InlineData("The number of people killed in Tarnow is 31.", "The blast killed 28 people in Tarnow.")]
    // Lives lost and taken.
    [InlineData("Thirty-one people lost their lives in the blast in Tarnow.", "The blast killed 28 people in Tarnow.")]
    [InlineData("The blast in Tarnow claimed 31 lives.", "The blast killed 28 people in Tarnow.")]
    [InlineData("The blast in Tarnow claimed the lives of 31 people.", "The blast killed 28 people in Tarnow.")]
    // A number with no noun that was killed is people.
    [InlineData("Officials in Tarnow said 31 had died.", "The blast killed 28 people in Tarnow.")]
    [InlineData("# Tarnow blast kills 31\n\nA blast hit a market in Tarnow on Friday.", "# Tarnow market blast\n\nThe blast killed 28 people in Tarnow.")]
    [InlineData("A blast in Tarnow killed 31 and injured 50.", "The blast killed 28 people in Tarnow.")]
    // A name before the attack or the site is its place.
    [InlineData("The Tarnow blast killed 31 people.", "28 people were killed in the Tarnow blast.")]
    [InlineData("A fire in a Tarnow nightclub killed 31 people.", "A nightclub fire in Tarnow killed 28 people.")]
    public void Real_conflicts_are_found_however_each_outlet_words_them(string first, string second)
    {
        Check(Input("a.txt", first, story: "s"), Input("b.txt", second, story: "s")).Select(d => d.Id).ShouldBe(["ED2002", "ED2002"]);
    }

    [Fact]
    public void Tolls_in_the_openings_of_two_reports_are_the_story_toll_though_no_place_anchors_them()
    {
        var diagnostics = Check(
            Input("/news/wire/a.txt", "Seven people were killed when a tram overturned on a bend early on Wednesday.", story: "tram"),
            Input("/news/daily/b.txt", "# Five dead as tram overturns\n\nThe tram came off the rails on a tight bend.", story: "tram"));
        diagnostics.Select(d => d.ToString()).ShouldBe(
        [
            "/news/daily/b.txt(1,3,1,12): info ED2002: Conflicting figures for people killed on Wednesday in the same story: “Five dead” " +
            "here and “Seven people” in wire/a.txt(1,1) cannot both be true (Five vs Seven)",
            "/news/wire/a.txt(1,1,1,13): info ED2002: Conflicting figures for people killed on Wednesday in the same story: “Seven people” " +
            "here and “Five dead” in daily/b.txt(1,3) cannot both be true (Seven vs Five)",
        ]);
    }

    [Fact]
    public void A_headline_takes_the_hedge_its_body_gives_the_same_number()
    {
        // "Five dead" over "At least five people are dead" is at least five: no conflict with a later report of seven.
        Check(Input("a.txt", "# Five dead as tram overturns\n\nAt least five people are dead after a tram overturned on a bend.", story: "s"),
              Input("b.txt", "# Seven dead as tram overturns\n\nSeven people were killed when a tram overturned on a bend.", story: "s"))
            .ShouldBeEmpty();
    }

    [Fact]
    public void An_article_that_says_its_toll_may_rise_gives_the_toll_so_far()
    {
        const string early = "# Tram overturns on a bend\n\nFive people were killed when a tram overturned on a bend. The death toll is expected to rise.";
        // A later, higher count is the toll grown.
        Check(Input("a.txt", early, story: "s"), Input("b.txt", "Seven people were killed when a tram overturned on a bend.", story: "s"))
            .ShouldBeEmpty();
        // A lower count still cannot be true beside it.
        Check(Input("a.txt", early, story: "s"), Input("b.txt", "Three people were killed when a tram overturned on a bend.", story: "s"))
            .Select(d => d.Id).ShouldBe(["ED2002", "ED2002"]);
    }

    [Fact]
    public void A_kind_of_site_does_not_tie_a_toll_in_one_town_to_a_toll_in_a_report_that_names_no_town()
    {
        // The first report's building is in Halden, as the sentence before says; the second's could be in any town.
        var roundup = "# Strikes across Norland\n\nSirens sounded at dawn. Power failed in many towns. Schools closed.\n\n" +
                      "A missile struck a block of flats in the port of Halden. It destroyed one wing of the building, killing one person.";
        var report = "# Drones at dawn\n\nSirens sounded at dawn. One drone slammed into a residential building, killing three people, officials said.";
        Check(Input("a.txt", roundup, story: "s"), Input("b.txt", report, story: "s")).ShouldBeEmpty();
    }

    [Fact]
    public void A_toll_in_a_place_is_the_toll_of_a_report_that_opens_on_that_place()
    {
        const string named = "At least 31 people were killed in Tarnow when a bomb went off on Friday.";
        Check(Input("a.txt", named, story: "s"), Input("b.txt", "# Bomb in Tarnow market\n\nThe bomb killed 28 people, police said.", story: "s"))
            .Select(d => d.Id).ShouldBe(["ED2002", "ED2002"]);
        // The second report opens on another town: its toll is not Tarnow's.
        Check(Input("a.txt", named, story: "s"), Input("b.txt", "# Bomb in Halden market\n\nThe bomb killed 28 people. Tarnow was spared.", story: "s"))
            .ShouldBeEmpty();
        // A clause that says it tells of another occasion is no toll of the story's event.
        Check(Input("a.txt", named, story: "s"), Input("b.txt", "# Bombs in Tarnow\n\nIn a separate blast, 2 people were killed.", story: "s"))
            .ShouldBeEmpty();
    }

    [Fact]
    public void A_count_that_takes_in_victims_of_one_kind_is_still_the_victims_toll()
    {
        One("The gunman killed 12 people at the school in Tarnow.\n\nThirteen people, including two teachers, were killed at the school in Tarnow.")
            .ShouldBe(
            [
                "one.txt(3,1,3,16): info ED2001: Conflicting figures for people killed at the school in Tarnow: “Thirteen people” here and " +
                "“12 people” at line 1 cannot both be true (Thirteen vs 12)",
            ]);
    }

    [Fact]
    public void A_toll_in_the_body_tied_only_by_the_place_its_story_is_about_is_not_the_story_toll()
    {
        // Both reports keep coming back to Ostmark: the place says whose toll each opening gives, but "five people were killed in
        // Ostmark" late in the second report may be any occasion there.
        var first = "A gunman killed 12 people at a school in Ostmark on Monday. Ostmark's mayor spoke. Ostmark schools closed.";
        var second = "A gunman opened fire at a school in Ostmark on Monday, killing 12 people. Ostmark's mayor spoke.\n\n" +
                     "Ostmark schools closed. Ostmark waits. Five people were killed in Ostmark.";
        Check(Input("a.txt", first, story: "s"), Input("b.txt", second, story: "s")).ShouldBeEmpty();
    }

    [Fact]
    public void A_toll_dated_from_this_occasion_after_a_comma_is_another_occasion()
    {
        // "days after 30 people died in Halden" tells of an earlier bombing: its toll is no toll of Tarnow's, and its place is not
        // the place of the clause before it.
        One("A bomb killed 12 people at the market in Tarnow on Monday.\n\n" +
            "The bomb at the market in Tarnow killed 14 people on Monday, days after 30 people died in a bombing in Halden.").ShouldBe(
        [
            "one.txt(3,41,3,50): info ED2001: Conflicting figures for people killed at the market in Tarnow on Monday: “14 people” here and " +
            "“12 people” at line 1 cannot both be true (14 vs 12)",
        ]);
    }

    [Fact]
    public void Tolls_of_one_side_conflict()
    {
        One("Ukrainian forces killed 40 Russian soldiers in Tarnow on Monday.\n\nAt least 45 Russian troops were killed in Tarnow on Monday.").ShouldBe(
        [
            "one.txt(3,1,3,27): info ED2001: Conflicting figures for Russian soldiers killed in Tarnow on Monday: “At least 45 Russian troops” here " +
            "and “40 Russian soldiers” at line 1 cannot both be true (At least 45 vs 40)",
        ]);
    }

    [Fact]
    public void Words_newsrooms_use_for_one_group_conflict()
    {
        // "service members" is two words for the soldiers "troops" names; "demonstrators" are the protesters.
        One("Shelling killed 12 troops in Tarnow on Monday.\n\nAt least 15 service members were killed in Tarnow on Monday.").ShouldBe(
        [
            "one.txt(3,1,3,28): info ED2001: Conflicting figures for soldiers killed in the shelling in Tarnow on Monday: “At least 15 service members” here " +
            "and “12 troops” at line 1 cannot both be true (At least 15 vs 12)",
        ]);
        One("Police arrested 40 protesters in Halden on Saturday.\n\nPolice arrested 52 demonstrators in Halden on Saturday.").ShouldBe(
        [
            "one.txt(3,17,3,33): info ED2001: Conflicting figures for protesters arrested in Halden on Saturday: “52 demonstrators” here " +
            "and “40 protesters” at line 1 cannot both be true (52 vs 40)",
        ]);
    }

    [Fact]
    public void A_gunman_who_opened_fire_set_no_fire()
    {
        // The message names the quantity: the school's dead, not the dead "in the fire".
        One("A gunman opened fire at the school in Tarnow, killing 12 people.\n\nThirteen people were killed at the school in Tarnow.").ShouldBe(
        [
            "one.txt(3,1,3,16): info ED2001: Conflicting figures for people killed at the school in Tarnow: “Thirteen people” here and " +
            "“12 people” at line 1 cannot both be true (Thirteen vs 12)",
        ]);
    }

    [Fact]
    public void A_toll_deep_in_a_roundup_is_not_the_story_toll()
    {
        const string roundup = "The tram line reopened on Thursday. Engineers checked the rails overnight. Commuters returned slowly. " +
                               "Two people were killed when a bus hit a wall on a bend.";
        Check(Input("a.txt", "Seven people were killed when a tram overturned on a bend.", story: "s"), Input("b.txt", roundup, story: "s"))
            .ShouldBeEmpty();
    }

    [Fact]
    public void A_toll_whose_clause_names_what_the_other_report_never_names_is_another_event()
    {
        // A list of earlier shootings opens the second article: "Ostmark" tells the reader it is another event.
        Check(Input("a.txt", "A gunman killed 20 people at a concert on Sunday night.", story: "s"),
              Input("b.txt", "# Deadliest shootings\n\nOstmark mall: 9 killed.\n\nA gunman opened fire at a concert on Sunday.", story: "s"))
            .ShouldBeEmpty();
    }

    [Fact]
    public void Tolls_of_the_places_two_articles_are_about_differ_when_the_places_differ()
    {
        // Each article keeps coming back to its own place: too general to anchor its figures inside it, that place still says
        // whose toll each is across the story.
        var city = "Eight people were killed in Ostmark on Monday. Ostmark's mayor spoke. Ostmark has no power. " +
                   "Ostmark schools closed. Ostmark waits.";
        var country = "Nineteen people were killed in Norland on Monday. Norland's president spoke. Norland has no power. " +
                      "Norland schools closed. Norland waits. Ostmark was hit too.";
        Check(Input("a.txt", city, story: "s"), Input("b.txt", country, story: "s")).ShouldBeEmpty();
    }

    [Fact]
    public void A_later_report_of_fewer_dead_contradicts_the_earlier_one()
    {
        var first = "---\ndate: 2031-05-02\nstory: tarnow-blast\n---\nAt least 31 people were killed in the blast in Tarnow.\n";
        var second = "---\ndate: 2031-05-03\nstory: tarnow-blast\n---\nA total of 28 people were killed in the blast in Tarnow.\n";
        Check(Input("day1.md", first), Input("day2.md", second)).Select(d => d.Id).ShouldBe(["ED2002", "ED2002"]);
    }

    [Theory]
    // A round number is how a headline shortens the hedged one.
    [InlineData("# Fifty injured in Tarnow blast\n\nMore than 50 people were injured in the blast in Tarnow.")]
    // A toll of a stretch of time is not the toll of the event.
    [InlineData("The blast killed 4 people in Tarnow.\n\nShelling has killed more than 70 people in Tarnow in the past fortnight.")]
    // More dead beside the dead counted before are a part of the toll.
    [InlineData("The blast killed 30 people in Tarnow, and two others died later in Tarnow.")]
    // A woman is one of the people, not all of them.
    [InlineData("# 1 Woman Killed In Tarnow Blast\n\nThe blast killed 21 people in Tarnow.")]
    public void Different_quantities_read_from_headlines_and_stretches_of_time_are_not_conflicts(string text) => One(text).ShouldBeEmpty();

    [Fact]
    public void A_source_is_named_without_the_day_it_spoke()
    {
        var text = "Officials on Monday said 12 people were killed at the market in Tarnow.\n\n" +
                   "The ministry said 30 people were killed at the market in Tarnow.\n";
        One(text).ShouldHaveSingleItem().ShouldContain("“30 people” (ministry) here and “12 people” (officials) at line 1");
    }

    [Fact]
    public void Sources_are_the_bodies_that_give_the_figures_not_other_actors()
    {
        var text = "Rebel fighters shelled the market in Tarnow, killing 12 people, officials said.\n\n" +
                   "The army attacked the market in Tarnow, where 30 people were killed, the ministry said.\n";
        One(text).ShouldBe(
        [
            "one.txt(3,47,3,56): info ED2004: Sources disagree on people killed at the market in Tarnow: “30 people” (ministry) here and " +
            "“12 people” (officials) at line 1",
        ]);
        // Those who describe the event after "what" give no figure: the count is the writer's own.
        One("Agents arrested 97 people at a plant in Tarnow, in what activists say was the largest raid in a decade.\n\n" +
            "Police said 90 people were arrested at the plant in Tarnow.\n").ShouldBe(
        [
            "one.txt(3,13,3,22): info ED2001: Conflicting figures for people arrested in the raid at the factory in Tarnow: “90 people” here and “97 people” at line 1 cannot both be true (90 vs 97)",
        ]);
    }
}

/// <summary>Which articles are one story when none names its story (texts made up for the test).</summary>
public class StoryGroupingTests
{
    private static readonly string[] Outlets = ["wire", "daily", "gazette", "herald", "courier"];

    /// <summary>One event, worded five ways: the names a report of it cannot avoid, in a different order and phrasing each time.</summary>
    private static string Report(int outlet, string date) =>
        $"---\ndate: {date}\n---\n" + (outlet switch
        {
            0 => "A gas explosion tore through a market in Tarnow on Friday. Mayor Ilse Vandermeer said rescuers from Krosno and Rzeszow " +
                 "searched the rubble of the Brzozowa Street hall. Governor Piotr Lenarczyk visited the Tarnow hospital. Firefighter Anka Sowa was hurt.",
            1 => "Rescuers from Rzeszow and Krosno dug through the Brzozowa Street hall after Friday's blast in Tarnow. Ilse Vandermeer, the mayor, " +
                 "spoke of a dark day. Piotr Lenarczyk, the governor, came to the hospital, where Anka Sowa is treated.",
            2 => "In Tarnow, the Brzozowa Street market hall collapsed after an explosion. Vandermeer thanked crews from Krosno and Rzeszow; " +
                 "Lenarczyk promised an inquiry. Sowa, a firefighter, was injured.",
            3 => "Governor Lenarczyk and Mayor Vandermeer stood by the ruins of the market hall on Brzozowa Street in Tarnow as teams from Krosno " +
                 "and Rzeszow worked. The firefighter Anka Sowa is in hospital.",
            _ => "The Tarnow blast: what we know. The hall on Brzozowa Street fell; Mayor Ilse Vandermeer, Governor Piotr Lenarczyk, " +
                 "rescuers from Rzeszow and Krosno, and the injured firefighter Anka Sowa.",
        });

    private static StoryGrouping Group(params (string Path, string Text)[] articles)
    {
        var engine = new EditorialEngine();
        var analyzed = articles.Select(a => engine.Prepare(Article.Parse(a.Path, a.Text), ArticleSettings.Empty, out _)).ToList();
        return Stories.Group(analyzed);
    }

    [Fact]
    public void Unnamed_men_of_two_reports_that_names_alone_group_are_one_man_only_where_one_names_the_place_the_other_opens_on()
    {
        // Two crime reports of one city's day open on different places, but share its names (the hospital, the police chief, the
        // districts) with the day's council report, which chains all three into one story; each tells of a man of its own.
        const string City = " Police chief Halvard Ismene said officers from Joralt and Kestrin districts responded, and the man was taken to Lumora Maddox Hospital.\n";
        const string Council = "---\ndate: 2031-05-02\n---\nThe council met on Tuesday to hear the police budget. Police chief Halvard Ismene said officers "
            + "from Joralt and Kestrin districts need more pay, and Lumora Maddox Hospital needs beds.\n";
        static string Report(string opening) => "---\ndate: 2031-05-02\n---\n" + opening + City;
        static IReadOnlyList<string> Figures(string first, string second) => new EditorialEngine()
            .Check([new ArticleInput("a.md", Report(first), ArticleSettings.Empty), new ArticleInput("b.md", Report(second), ArticleSettings.Empty),
                    new ArticleInput("c.md", Council, ArticleSettings.Empty)])
            .Where(d => d.Id.StartsWith("ED2", StringComparison.Ordinal)).Select(d => d.Id).ToList();
        Figures("A 50-year-old man was shot on his porch in Westfield on Tuesday.",
                "A 26-year-old man was charged with shooting a co-worker in Northgate on Tuesday.").ShouldBeEmpty();
        // The second report names the place the first opens on: one event, one man, two ages.
        Figures("A 50-year-old man was shot on his porch in Westfield on Tuesday.",
                "A 52-year-old man was shot on his porch on Tuesday. Neighbours in Westfield heard the shots.").ShouldBe(["ED2002", "ED2002"]);
    }

    [Fact]
    public void One_event_told_by_five_outlets_is_one_story()
    {
        var grouping = Group(Outlets.Select((outlet, i) => ($"{outlet}/tarnow.md", Report(i, i < 3 ? "2031-05-02" : "2031-05-03"))).ToArray());
        var story = grouping.Stories.ShouldHaveSingleItem();
        story.IsExplicit.ShouldBeFalse();
        story.Members.Select(m => m.Article.Article.Path).ShouldBe(Outlets.Select(o => $"{o}/tarnow.md"));
        story.Members.ShouldAllBe(m => m.Reason.StartsWith("shares ", StringComparison.Ordinal));
    }

    [Fact]
    public void Two_reports_of_one_day_are_one_story_though_each_shares_rarer_names_with_older_articles()
    {
        // Each report's eight rarest names are each given by one article of last year too; the names the two reports share are
        // commoner. Probing with the rare names alone finds only last year's articles, which are too far apart to be the story.
        string[] shared = ["Halvard", "Ismene", "Joralt", "Kestrin", "Lumora", "Maddox", "Norwin", "Oriel"];
        var rareOfWire = Enumerable.Range(0, 8).Select(k => "Wirel" + (char)('a' + k) + "son").ToArray();
        var rareOfDaily = Enumerable.Range(0, 8).Select(k => "Daimor" + (char)('a' + k) + "ton").ToArray();
        static string Article(string date, IEnumerable<string> names) =>
            $"---\ndate: {date}\n---\nThe council heard from " + string.Join(", ", names) + " on the plan.\n";
        var articles = new List<(string, string)>
        {
            ("wire/plan.md", Article("2031-05-02", shared.Concat(rareOfWire))),
            ("daily/plan.md", Article("2031-05-02", shared.Concat(rareOfDaily))),
            ("archive/shared.md", Article("2030-01-10", shared)),
        };
        for (var k = 0; k < 8; k++) articles.Add(($"archive/rare{k}.md", Article("2030-01-10", [rareOfWire[k], rareOfDaily[k]])));
        var grouping = Group(articles.ToArray());
        grouping.SameStory(grouping.Stories.SelectMany(s => s.Members).Single(m => m.Article.Article.Path == "wire/plan.md").Article,
                grouping.Stories.SelectMany(s => s.Members).Single(m => m.Article.Article.Path == "daily/plan.md").Article)
            .ShouldBeTrue();
    }

    [Fact]
    public void Undated_articles_that_only_a_chain_of_shared_names_joins_are_not_one_story()
    {
        // No date bounds a story of undated articles: each of these shares names with the next, but the last shares none with
        // the first, so the chain is three events, not one. The first two are one story; the last two link to each other.
        static string Article(IEnumerable<string> names) => "The council heard from " + string.Join(", ", names) + " on the plan.\n";
        string[] first = ["Halvard", "Ismene", "Joralt", "Kestrin", "Lumora", "Maddox"];
        string[] second = ["Norwin", "Oriel", "Pellam", "Quorra", "Ruston", "Sefton"];
        string[] third = ["Tamsin", "Ulvane", "Varrow", "Wendell", "Yarrow", "Zorah"];
        var grouping = Group(
            ("a.md", Article(first)),
            ("b.md", Article(first.Concat(second))),
            ("c.md", Article(second.Concat(third))),
            ("d.md", Article(third)));
        grouping.Stories.Select(s => string.Join(" ", s.Members.Select(m => m.Article.Article.Path))).ShouldBe(["a.md b.md", "c.md d.md"]);
    }

    /// <summary>Two short reports of one vote that share two names, and the vote's numbers or not.</summary>
    private static (string, string)[] VoteReports(string tally, string cost) =>
    [
        ("wire/vote.md", $"---\ndate: 2031-05-02\n---\nThe council of Orvald backed the plan of Kestrel by {tally} votes, and Brannock, Tilsey and Mervyn said it would cost {cost} in all.\n"),
        ("daily/vote.md", $"---\ndate: 2031-05-02\n---\nA plan from Kestrel won {tally} votes in Orvald, where Quenby, Harlow and Dunmore warned of its {cost} cost.\n"),
    ];

    [Fact]
    public void Two_reports_that_give_the_same_numbers_are_one_story_though_they_share_few_names()
    {
        var grouping = Group(VoteReports("312", "$48,250"));
        var story = grouping.Stories.ShouldHaveSingleItem();
        story.Members.Select(m => m.Reason).ShouldBe(
        [
            "shares Kestrel, Orvald and 2 numbers with daily/vote.md, dated the same day",
            "shares Kestrel, Orvald and 2 numbers with wire/vote.md, dated the same day",
        ]);
    }

    [Fact]
    public void A_tally_written_two_ways_is_one_number_both_reports_give()
    {
        static (string, string)[] Reports(string wire, string daily) =>
        [
            ("wire/vote.md", $"---\ndate: 2031-05-02\n---\nThe council of Orvald backed the plan of Kestrel {wire}, and Brannock, Tilsey and Mervyn spoke.\n"),
            ("daily/vote.md", $"---\ndate: 2031-05-02\n---\nA plan from Kestrel won {daily} in Orvald, where Brannock, Harlow and Dunmore spoke.\n"),
        ];
        Group(Reports("by 312 to 187", "a 312-to-187 vote")).Stories.ShouldHaveSingleItem().Members.Select(m => m.Reason).ShouldBe(
        [
            "shares Brannock, Kestrel, Orvald and 1 number with daily/vote.md, dated the same day",
            "shares Brannock, Kestrel, Orvald and 1 number with wire/vote.md, dated the same day",
        ]);
        Group(Reports("by a wide margin", "a clear vote")).Stories.Count.ShouldBe(2);
    }

    [Fact]
    public void A_quantity_of_one_named_holder_both_reports_give_is_shared_whatever_its_values()
    {
        static (string, string)[] Reports(string wire, string daily) =>
        [
            ("wire/vote.md", $"---\ndate: 2031-05-02\n---\nThe council of Orvald backed the plan of Kestrel, and Brannock, Tilsey and Mervyn spoke. {wire}\n"),
            ("daily/vote.md", $"---\ndate: 2031-05-02\n---\nA plan from Kestrel won in Orvald, where Brannock, Harlow and Dunmore spoke. {daily}\n"),
        ];
        Group(Reports("Kestrel has led the Orvald Greens since 2019.", "Kestrel has led the Orvald Greens since 2018.")).Stories.ShouldHaveSingleItem()
            .Members.Select(m => m.Reason).ShouldBe(
            [
                "shares Brannock, Greens, Kestrel, Orvald and 1 quantity with daily/vote.md, dated the same day",
                "shares Brannock, Greens, Kestrel, Orvald and 1 quantity with wire/vote.md, dated the same day",
            ]);
        Group(Reports("Kestrel has led the Orvald Greens since 2019.", "Kestrel has led the Orvald Greens for years.")).Stories.Count.ShouldBe(2);
    }

    [Fact]
    public void Two_reports_that_share_few_names_and_no_number_stay_apart()
    {
        var grouping = Group(VoteReports("312", "$48,250").Select(a => (a.Item1, a.Item2.Replace("312", "many").Replace("$48,250", "much"))).ToArray());
        grouping.Stories.Count.ShouldBe(2);
        grouping.Stories[0].Members.ShouldHaveSingleItem().Reason
            .ShouldBe("alone: closest is daily/vote.md, shares too little: Kestrel, Orvald (weight 2.0 of 4.0 needed)");
    }

    [Fact]
    public void Round_numbers_are_no_shared_evidence()
    {
        // "500 votes" and "$40,000" are what any report may give of anything: the two reports share only two names.
        var grouping = Group(VoteReports("500", "$40,000"));
        grouping.Stories.Count.ShouldBe(2);
        grouping.Stories[0].Members.ShouldHaveSingleItem().Reason
            .ShouldBe("alone: closest is daily/vote.md, shares too little: Kestrel, Orvald (weight 2.0 of 4.0 needed)");
    }

    [Fact]
    public void Two_events_weeks_apart_stay_apart()
    {
        var grouping = Group(("wire/may.md", Report(0, "2031-05-02")), ("wire/june.md", Report(1, "2031-06-20")));
        grouping.Stories.Count.ShouldBe(2);
        grouping.Stories[0].Members.ShouldHaveSingleItem().Reason.ShouldBe("alone: closest is june.md, dated 49 days apart");
    }

    [Fact]
    public void A_lone_article_is_told_of_the_same_days_report_before_a_heavier_one_weeks_away()
    {
        var grouping = Group(("wire/may.md", Report(0, "2031-05-02")), ("wire/june.md", Report(1, "2031-06-20")),
            ("daily/brief.md", "---\ndate: 2031-05-03\n---\nTrains from Krosno to Tarnow ran late on Saturday.\n"));
        grouping.Stories.Count.ShouldBe(3);
        grouping.Stories.SelectMany(s => s.Members).Single(m => m.Article.Article.Path == "wire/may.md").Reason
            .ShouldBe("alone: closest is daily/brief.md, shares too little: Krosno, Tarnow (weight 2.0 of 4.0 needed)");
    }

    [Fact]
    public void Two_events_in_different_places_stay_apart_though_they_share_country_and_leaders()
    {
        const string leaders = " President Arvid Kallberg and Prime Minister Dana Ostrowska of Norland condemned it, and the Norland Red Cross, " +
                               "the United Nations and the European Union sent help. Norland's interior minister Jonas Fell spoke in Ostmark.";
        var grouping = Group(
            ("wire/a.md", "---\ndate: 2031-05-02\n---\nA bomb exploded in Tarnow on Friday." + leaders),
            ("wire/b.md", "---\ndate: 2031-05-02\n---\nA bomb exploded in Halden on Friday." + leaders));
        grouping.Stories.Count.ShouldBe(2);
        grouping.Stories[0].Members[0].Reason.ShouldBe("alone: closest is b.md, opens on Tarnow where it opens on Halden");
    }

    [Fact]
    public void A_wire_credit_and_a_city_of_two_words_do_not_make_two_events_one_story()
    {
        var grouping = Group(
            ("wire/rail.md", "---\ndate: 2031-05-02\n---\nNEW YORK (Associated Press) - Two maintenance trains collided in a tunnel under the river."),
            ("wire/bank.md", "---\ndate: 2031-05-02\n---\nNEW YORK (Associated Press) - Shares of the lender fell after it took a charge on taxes."));
        grouping.Stories.Count.ShouldBe(2);
    }

    [Fact]
    public void An_explicit_story_decides()
    {
        var grouping = Group(("a.md", "---\nstory: one\n---\n" + Report(0, "2031-05-02")), ("b.md", "---\nstory: two\n---\n" + Report(1, "2031-05-02")));
        grouping.Stories.Select(s => $"{s.Id}: {s.Members.Single().Reason}").ShouldBe(["one: front matter story: one", "two: front matter story: two"]);
    }
}

public class FigureClassesInOneArticleTests
{
    private static IReadOnlyList<Diagnostic> Check(string text) =>
        new EditorialEngine().Check([new ArticleInput("one.txt", text, ArticleSettings.Empty)]).Where(d => d.Id.StartsWith("ED2", StringComparison.Ordinal)).ToList();

    [Fact]
    public void One_article_may_name_several_rounds_of_a_series() =>
        Check("Voters in Norland went to the first round of elections on Sunday.\n\nThe second round of elections follows in May.").ShouldBeEmpty();

    [Fact]
    public void A_toll_over_years_is_not_the_toll_of_the_event() =>
        Check("The shelling killed 40 people in Ostmark.\n\nAbout 9,000 people have been killed in Ostmark in eight years of fighting.").ShouldBeEmpty();

    [Fact]
    public void A_stale_headline_conflicts_with_the_lead_though_neither_names_a_place() =>
        Check("# Five dead as tram overturns\n\nSeven people were killed when a tram overturned on a bend.\n").Select(d => d.ToString()).ShouldBe(
        [
            "one.txt(3,1,3,13): info ED2001: Conflicting figures for people killed: “Seven people” here and “Five dead” at line 1 " +
            "cannot both be true (Seven vs Five)",
        ]);

    [Fact]
    public void The_message_names_a_place_of_several_words_whole() =>
        Check("# 58 killed in Port Arvel shooting\n\nAt least 59 people were killed in the shooting in Port Arvel on Sunday.\n").Select(d => d.ToString()).ShouldBe(
        [
            "one.txt(3,1,3,19): info ED2001: Conflicting figures for people killed in the shooting in Port Arvel on Sunday: “At least 59 people” " +
            "here and “58 killed” at line 1 cannot both be true (At least 59 vs 58)",
        ]);

    [Fact]
    public void Tolls_of_the_opening_without_a_headline_between_them_are_not_compared_by_position() =>
        Check("Storms left 3 dead, 5 dead and 8 dead across the coast. Seven people were killed when a tram overturned.\n").ShouldBeEmpty();

    [Fact]
    public void A_toll_later_in_the_article_needs_a_place_to_be_compared() =>
        Check("Seven people were killed when a tram overturned on a bend.\n\nThe line reopened. Crews worked all night. Trams ran again.\n\n" +
              "Two people were killed when a lorry hit a bridge.\n").ShouldBeEmpty();

    [Fact]
    public void The_day_a_source_gave_a_figure_is_not_the_day_of_the_event_it_counts() =>
        Check("An earthquake in Tarnvik killed 19 people on Monday.\n\nThe earthquake in Tarnvik killed 12 people, officials said on Tuesday.\n")
            .Select(d => d.ToString()).ShouldBe(
        [
            "one.txt(3,34,3,43): info ED2001: Conflicting figures for people killed in the earthquake in Tarnvik on Monday: “12 people” here " +
            "and “19 people” at line 1 cannot both be true (12 vs 19)",
        ]);

    [Fact]
    public void A_headline_that_says_the_toll_rises_is_an_update() =>
        Check("# Death Toll In Ostmark Blast Rises To 30\n\nThe blast killed 27 people in Ostmark.\n").Select(d => d.Id).ShouldBe(["ED2005"]);
}
