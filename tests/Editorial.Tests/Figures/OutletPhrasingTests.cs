namespace Editorial.Tests.Figures;

/// <summary>The ways of phrasing a count that <see cref="PhrasingMatrixTests"/> found unread, read now, with the exact findings
/// they give; and beside each widened reading its quiet twin, where the same words count a part, another group, another day,
/// another unit or nothing yet done. Every sentence is made up.</summary>
public class OutletPhrasingTests
{
    private static IReadOnlyList<string> Story(string first, string second) => StoryFigures.Check(("a.txt", first), ("b.txt", second));

    [Fact]
    public void Those_who_remain_missing_and_those_left_missing_are_the_missing() =>
        Story("Twenty people remain missing after floods in Valencia on Tuesday.\n", "Floods in Valencia on Tuesday killed eight people and left 27 missing.\n")
            .ShouldBe(
            [
                "a.txt(1,1,1,14): info ED2002: Conflicting figures for people missing in Valencia on Tuesday in the same story: “Twenty people” here and “27 missing” in b.txt(1,60) cannot both be true (Twenty vs 27)",
                "b.txt(1,60,1,70): info ED2002: Conflicting figures for people missing in Valencia on Tuesday in the same story: “27 missing” here and “Twenty people” in a.txt(1,1) cannot both be true (27 vs Twenty)",
            ]);

    [Fact]
    public void Arrests_made_and_a_headline_count_of_the_arrested_are_one_count() =>
        Story("Police made 30 arrests after clashes in Leeds on Friday.\n", "# 45 arrested after clashes in Leeds\n\nPolice and protesters clashed in Leeds on Friday.\n")
            .ShouldBe(
            [
                "a.txt(1,13,1,23): info ED2002: Conflicting figures for people arrested in Leeds on Friday in the same story: “30 arrests” here and “45 arrested” in b.txt(1,3) cannot both be true (30 vs 45)",
                "b.txt(1,3,1,14): info ED2002: Conflicting figures for people arrested in Leeds on Friday in the same story: “45 arrested” here and “30 arrests” in a.txt(1,13) cannot both be true (45 vs 30)",
            ]);

    [Fact]
    public void Custody_and_the_arrest_of_are_arrests() =>
        Story("Thirty people have been taken into custody after clashes in Leeds on Friday.\n", "Clashes in Leeds on Friday ended in the arrest of 45 people.\n")
            .ShouldBe(
            [
                "a.txt(1,1,1,14): info ED2002: Conflicting figures for people arrested in Leeds on Friday in the same story: “Thirty people” here and “45 people” in b.txt(1,51) cannot both be true (Thirty vs 45)",
                "b.txt(1,51,1,60): info ED2002: Conflicting figures for people arrested in Leeds on Friday in the same story: “45 people” here and “Thirty people” in a.txt(1,1) cannot both be true (45 vs Thirty)",
            ]);

    [Fact]
    public void Forced_from_their_homes_and_forced_to_flee_are_the_displaced() =>
        Story("A wildfire near Marathon on Monday forced 1,200 people from their homes.\n", "# Wildfire near Marathon forces 1,500 to flee\n\nA wildfire broke out near Marathon on Monday.\n")
            .ShouldBe(
            [
                "a.txt(1,43,1,55): info ED2002: Conflicting figures for people displaced in Marathon on Monday in the same story: “1,200 people” here and “1,500” in b.txt(1,33) cannot both be true (1,200 vs 1,500)",
                "b.txt(1,33,1,38): info ED2002: Conflicting figures for people displaced in Marathon on Monday in the same story: “1,500” here and “1,200 people” in a.txt(1,43) cannot both be true (1,500 vs 1,200)",
            ]);

    [Fact]
    public void Injuries_suffered_and_treated_are_the_wounded() =>
        Story("Forty people suffered minor injuries when a gunman opened fire at a mall in Tulsa on Saturday.\n",
                "Fifty-five people were treated for injuries after a gunman opened fire at a mall in Tulsa on Saturday.\n")
            .ShouldBe(
            [
                "a.txt(1,1,1,13): info ED2002: Conflicting figures for people wounded at the mall in Tulsa on Saturday in the same story: “Forty people” here and “Fifty-five people” in b.txt(1,1) cannot both be true (Forty vs Fifty-five)",
                "b.txt(1,1,1,18): info ED2002: Conflicting figures for people wounded at the mall in Tulsa on Saturday in the same story: “Fifty-five people” here and “Forty people” in a.txt(1,1) cannot both be true (Fifty-five vs Forty)",
            ]);

    [Fact]
    public void Shot_and_killed_and_the_deaths_of_are_the_dead() =>
        Story("Twelve people were shot and killed at a mall in Tulsa on Saturday.\n", "The shooting at a mall in Tulsa on Saturday caused the deaths of 24 people.\n")
            .ShouldBe(
            [
                "a.txt(1,1,1,14): info ED2002: Conflicting figures for people killed in the shooting at the mall in Tulsa on Saturday in the same story: “Twelve people” here and “24 people” in b.txt(1,66) cannot both be true (Twelve vs 24)",
                "b.txt(1,66,1,75): info ED2002: Conflicting figures for people killed in the shooting at the mall in Tulsa on Saturday in the same story: “24 people” here and “Twelve people” in a.txt(1,1) cannot both be true (24 vs Twelve)",
            ]);

    [Fact]
    public void A_verb_that_fines_names_the_fine_whatever_name_stands_before_the_amount() =>
        Story("A court in Paris fined Acme €2 million on Tuesday.\n", "Acme was fined €3 million by a court in Paris on Tuesday.\n")
            .ShouldBe(
            [
                "a.txt(1,29,1,39): info ED2002: Conflicting figures for fine (EUR) in the same story: “€2 million” here and “fined €3 million” in b.txt(1,10) cannot both be true (€2 million vs €3 million)",
                "b.txt(1,10,1,26): info ED2002: Conflicting figures for fine (EUR) in the same story: “fined €3 million” here and “€2 million” in a.txt(1,29) cannot both be true (€3 million vs €2 million)",
            ]);

    [Fact]
    public void Damage_is_an_amount_of_money_worth_of_it_too() =>
        Story("The storm that hit Miami on Monday caused $2 billion worth of damage.\n", "The storm that hit Miami on Monday caused damage worth $3 billion.\n")
            .ShouldBe(
            [
                "a.txt(1,43,1,69): info ED2002: Conflicting figures for damage (USD) in the same story: “$2 billion worth of damage” here and “damage worth $3 billion” in b.txt(1,43) cannot both be true ($2 billion vs $3 billion)",
                "b.txt(1,43,1,66): info ED2002: Conflicting figures for damage (USD) in the same story: “damage worth $3 billion” here and “$2 billion worth of damage” in a.txt(1,43) cannot both be true ($3 billion vs $2 billion)",
            ]);

    [Fact]
    public void The_number_of_injured_and_those_on_board_after_their_verb_are_read_as_the_injured_and_on_board()
    {
        Story("The number of injured stands at 40 after a gunman opened fire at a mall in Tulsa on Saturday.\n",
                "A gunman injured 55 people at a mall in Tulsa on Saturday.\n")
            .ShouldBe(
            [
                "a.txt(1,33,1,35): info ED2002: Conflicting figures for people wounded at the mall in Tulsa on Saturday in the same story: “40” here and “55 people” in b.txt(1,18) cannot both be true (40 vs 55)",
                "b.txt(1,18,1,27): info ED2002: Conflicting figures for people wounded at the mall in Tulsa on Saturday in the same story: “55 people” here and “40” in a.txt(1,33) cannot both be true (55 vs 40)",
            ]);
        Story("150 people were on board the plane that crashed near Lyon on Sunday.\n", "A plane carrying 159 people crashed near Lyon on Sunday.\n")
            .ShouldBe(
            [
                "a.txt(1,1,1,11): info ED2002: Conflicting figures for people on board in Lyon on Sunday in the same story: “150 people” here and “159 people” in b.txt(1,18) cannot both be true (150 vs 159)",
                "b.txt(1,18,1,28): info ED2002: Conflicting figures for people on board in Lyon on Sunday in the same story: “159 people” here and “150 people” in a.txt(1,1) cannot both be true (159 vs 150)",
            ]);
    }

    [Fact]
    public void A_relative_clause_between_a_thing_and_its_weight_leaves_it_the_holder() =>
        Story("The truck, which weighed 40 tonnes, crashed into a bridge in Leeds on Friday.\n",
                "The truck that crashed into a bridge in Leeds on Friday weighed 44 tonnes.\n")
            .ShouldBe(
            [
                "a.txt(1,18,1,35): info ED2002: Conflicting figures for weight of the truck (mass) in the same story: “weighed 40 tonnes” here and “weighed 44 tonnes” in b.txt(1,57) cannot both be true (40 tonnes vs 44 tonnes)",
                "b.txt(1,57,1,74): info ED2002: Conflicting figures for weight of the truck (mass) in the same story: “weighed 44 tonnes” here and “weighed 40 tonnes” in a.txt(1,18) cannot both be true (44 tonnes vs 40 tonnes)",
            ]);

    [Theory]
    // "remain" leaves only the missing whole: those still in hospital are a part of those taken there.
    [InlineData("Forty people were taken to hospital after a crash in Lyon on Sunday.\n", "Twelve people remain hospitalised after a crash in Lyon on Sunday.\n")]
    // A part of the missing, in one area.
    [InlineData("Twenty people remain missing after floods in Valencia on Tuesday.\n", "Floods in Valencia on Tuesday left 27 people missing in the north.\n")]
    // An order to evacuate is no evacuation; "forced" is.
    [InlineData("Some 1,200 people were evacuated after a wildfire broke out near Marathon on Monday.\n", "Officials ordered 1,500 people to evacuate after a wildfire broke out near Marathon on Monday.\n")]
    // Families are another unit than people.
    [InlineData("Some 1,200 people fled after a wildfire broke out near Marathon on Monday.\n", "The wildfire near Marathon on Monday forced 300 families from their homes.\n")]
    // Shot and wounded are not shot and killed.
    [InlineData("Twelve people were shot and killed at a mall in Tulsa on Saturday.\n", "Twenty-four people were shot and wounded at a mall in Tulsa on Saturday.\n")]
    // The deaths of a group are a part of the toll.
    [InlineData("The shooting at a mall in Tulsa on Saturday caused the deaths of three children.\n", "A gunman killed 12 people at a mall in Tulsa on Saturday.\n")]
    // The bodies found so far are a part of the dead.
    [InlineData("Police recovered 12 bodies after a gunman opened fire at a mall in Tulsa on Saturday.\n", "A gunman killed 24 people at a mall in Tulsa on Saturday.\n")]
    // The number of things fired is no count of people.
    [InlineData("The number of rockets fired at Haifa on Monday stands at 40.\n", "Militants fired 55 rockets at Haifa on Monday.\n")]
    // Arrests of another day.
    [InlineData("Police made 30 arrests after clashes in Leeds on Friday.\n", "Police made 45 arrests after clashes in Leeds on Saturday.\n")]
    // Another company's fine: the name after the verb says whose.
    [InlineData("A court in Paris fined Acme €2 million on Tuesday.\n", "A court in Paris fined Beta €3 million on Tuesday.\n")]
    public void Widened_readings_stay_quiet_on_other_quantities(string first, string second) => Story(first, second).ShouldBeEmpty();

    [Theory]
    [InlineData("A court in Paris fined Acme €2 million on Tuesday. The court fined Beta €3 million.\n")]
    [InlineData("Forty people were taken to hospital after the crash in Lyon. Twelve people remain hospitalised in Lyon.\n")]
    // Each relative clause gives its own thing's weight.
    [InlineData("The truck, which weighed 40 tonnes, crashed into a bus in Leeds on Friday. The bus, which weighed 12 tonnes, overturned.\n")]
    // A company's "Pte. Ltd." or "Pty. Ltd." ends no sentence: each fine keeps its company's name.
    [InlineData("Harbour Foods Pte. Ltd. was fined $14,000 for breaching the rules, while Pier Bistro Pte. Ltd. was fined $4,000 for opening late.\n")]
    [InlineData("Harbour Foods Pty. Ltd. was fined $14,000 for breaching the rules, while Pier Bistro Pty. Ltd. was fined $4,000 for opening late.\n")]
    // Nor does a slip before the suffix ("Ptd."): a company's suffix never opens a sentence.
    [InlineData("Harbour Foods Pte. Ltd. was fined $14,000 for breaching the rules, while Pier Bistro Ptd. Ltd. was fined $4,000 for opening late.\n")]
    public void Widened_readings_stay_quiet_within_an_article(string text) => StoryFigures.Check(("one.txt", text)).ShouldBeEmpty();
}
