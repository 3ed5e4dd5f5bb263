
using static Editorial.Tests.Figures.StoryFigures;

namespace Editorial.Tests.Figures;

/// <summary>Attributes of one named holder: a person's age, keyed by the person's surname and given name; the weight, a length
/// of the dimension its adjective names, or the speed of one named or definite thing; the value of one deal; and how hedges
/// decide whether two figures of one quantity can both be true.</summary>
public class HolderAttributeTests
{
    [Fact]
    public void The_age_of_one_person_conflicts_across_a_story_in_each_way_it_is_written()
    {
        const string Appositive = "Firefighters pulled Jane Roe, 34, from the flat on Tuesday.";
        CheckOnOneDay(("a.txt", Appositive), ("b.txt", "The 35-year-old Jane Roe was treated for smoke inhalation. Roe went home on Wednesday."))
            .ShouldBe(
            [
                "a.txt(1,31,1,33): info ED2002: Conflicting figures for age of Roe in the same story: “34” here and “35-year-old” in b.txt(1,5) cannot both be true (34 vs 35-year-old)",
                "b.txt(1,5,1,16): info ED2002: Conflicting figures for age of Roe in the same story: “35-year-old” here and “34” in a.txt(1,31) cannot both be true (35-year-old vs 34)",
            ]);
        CheckOnOneDay(("a.txt", Appositive), ("b.txt", "Neighbours said Jane Roe, who is 36, had lived there for years."))
            .ShouldBe(
            [
                "a.txt(1,31,1,33): info ED2002: Conflicting figures for age of Roe in the same story: “34” here and “36” in b.txt(1,34) cannot both be true (34 vs 36)",
                "b.txt(1,34,1,36): info ED2002: Conflicting figures for age of Roe in the same story: “36” here and “34” in a.txt(1,31) cannot both be true (36 vs 34)",
            ]);
        CheckOnOneDay(("a.txt", Appositive), ("b.txt", "Jane Roe, a 33-year-old teacher, was treated at the scene."))
            .ShouldBe(
            [
                "a.txt(1,31,1,33): info ED2002: Conflicting figures for age of Roe in the same story: “34” here and “33-year-old” in b.txt(1,13) cannot both be true (34 vs 33-year-old)",
                "b.txt(1,13,1,24): info ED2002: Conflicting figures for age of Roe in the same story: “33-year-old” here and “34” in a.txt(1,31) cannot both be true (33-year-old vs 34)",
            ]);
        CheckOnOneDay(("a.txt", Appositive), ("b.txt", "The 34-year-old Jane Roe was treated for smoke inhalation. Roe went home on Wednesday.")).ShouldBeEmpty();
    }

    [Fact]
    public void A_surname_alone_is_the_person_its_article_named_in_full_and_ages_in_one_article_conflict()
    {
        Check(("a.txt", "Jane Roe, aged 37, was taken to hospital.\n\nRoe is 38 years old, her sister said."))
            .ShouldBe(
            [
                "a.txt(3,8,3,20): info ED2001: Conflicting figures for age of Roe: “38 years old” here and “37” at line 1 cannot both be true (38 years old vs 37)",
            ]);
    }

    [Fact]
    public void An_age_at_another_time_than_the_story_s_is_no_conflict_with_the_age_now()
    {
        // A parole hearing's release: the inmate's age now, and his age on the day of the crime, years before.
        const string Now = "Juan Roe, 39, is held at the state prison.\n\n";
        Check(("a.txt", Now + "On March 27, 1992, 19-year-old Roe and other members of a gang saw graffiti.")).ShouldBeEmpty();
        Check(("a.txt", Now + "On the night of May 11, 1992, then 19-year-old Roe broke into the home.")).ShouldBeEmpty();
        Check(("a.txt", Now + "Roe was 19 years old at the time and was tried as an adult.")).ShouldBeEmpty();
        // The same day's age, written twice, still conflicts.
        Check(("a.txt", Now + "On Monday, 38-year-old Roe told the board he had changed.")).ShouldBe(
        [
            "a.txt(3,12,3,23): info ED2001: Conflicting figures for age of Roe: “38-year-old” here and “39” at line 1 cannot both be true (38-year-old vs 39)",
        ]);
    }

    [Fact]
    public void Each_age_of_a_list_is_the_age_of_the_name_before_it()
    {
        CheckOnOneDay(("a.txt", "Jane Roe, 34, and her neighbour Tom Hale, 61, were rescued."),
              ("b.txt", "Rescuers reached Tom Hale, 62, and Jane Roe, 34, after an hour."))
            .ShouldBe(
            [
                "a.txt(1,43,1,45): info ED2002: Conflicting figures for age of Hale in the same story: “61” here and “62” in b.txt(1,28) cannot both be true (61 vs 62)",
                "b.txt(1,28,1,30): info ED2002: Conflicting figures for age of Hale in the same story: “62” here and “61” in a.txt(1,43) cannot both be true (62 vs 61)",
            ]);
    }

    [Fact]
    public void Two_people_of_one_surname_are_two_holders_and_a_surname_alone_between_them_is_no_one_sure()
    {
        Check(("a.txt", "John Smith, 45, and his wife Mary Smith, 43, were rescued.\n\nSmith, 44, said the smoke woke them."))
            .ShouldBeEmpty();
        Check(("a.txt", "John Smith, 45, was rescued."), ("b.txt", "Mary Smith, 43, was rescued.")).ShouldBeEmpty();
        // A person's given name is the first of the names before the surname: a brother's name may be his middle name.
        Check(("a.txt", "Police charged 80-year-old Tom Hale and 77-year-old Ed Hale.\n\nOfficers arrested 80-year-old Tom Ed Hale and 76-year-old Ed Lee Hale at home. A lawyer for Hale declined to comment."))
            .ShouldBe(
            [
                "a.txt(3,47,3,58): info ED2001: Conflicting figures for age of Hale: “76-year-old” here and “77-year-old” at line 1 cannot both be true (76-year-old vs 77-year-old)",
            ]);
        // Two cousins named each for his father after the first name they share.
        Check(("a.txt", "They found Sami's son, Omar Sami Haddad, 11, under the stairs.\n\nThey searched for Karim's son, Omar Karim Haddad, 13, but could not find him."))
            .ShouldBeEmpty();
    }

    [Fact]
    public void The_age_of_one_person_no_name_holds_conflicts_in_one_article_that_tells_of_one_such_person()
    {
        Check(("a.txt", "A 42-year-old man was arrested at the scene.\n\nThe 43-year-old man was later released on bail."))
            .ShouldBe(
            [
                "a.txt(3,5,3,20): info ED2001: Conflicting figures for age of the man: “43-year-old man” here and “42-year-old man” at line 1 cannot both be true (43-year-old vs 42-year-old)",
            ]);
        Check(("a.txt", "A 12-year-old boy and a 14-year-old boy were hurt.\n\nThe 13-year-old boy was released from hospital.")).ShouldBeEmpty();
        Check(("a.txt", "Two men were arrested.\n\nA 42-year-old man was released, and the 43-year-old man was charged.")).ShouldBeEmpty();
    }

    [Fact]
    public void An_age_written_in_words_conflicts_as_one_written_in_digits()
    {
        CheckOnOneDay(("a.txt", "Jane Roe, a thirty-four-year-old teacher, was pulled from the flat."), ("b.txt", "Jane Roe, 35, was pulled from the flat."))
            .ShouldBe(
            [
                "a.txt(1,13,1,33): info ED2002: Conflicting figures for age of Roe in the same story: “thirty-four-year-old” here and “35” in b.txt(1,11) cannot both be true (thirty-four-year-old vs 35)",
                "b.txt(1,11,1,13): info ED2002: Conflicting figures for age of Roe in the same story: “35” here and “thirty-four-year-old” in a.txt(1,13) cannot both be true (35 vs thirty-four-year-old)",
            ]);
        CheckOnOneDay(("a.txt", "A five-year-old boy was trapped in the well.\n\nRescuers said the six-year-old boy was still alive."))
            .ShouldBe(
            [
                "a.txt(3,19,3,35): info ED2001: Conflicting figures for age of the boy: “six-year-old boy” here and “five-year-old boy” at line 1 cannot both be true (six-year-old vs five-year-old)",
            ]);
    }

    [Fact]
    public void A_short_surname_with_the_ending_of_an_adjective_of_a_people_is_still_a_name() =>
        CheckOnOneDay(("a.txt", "Howard Dean, 70, spoke at the rally."), ("b.txt", "Howard Dean, 71, spoke at the rally."))
            .ShouldBe(
            [
                "a.txt(1,14,1,16): info ED2002: Conflicting figures for age of Dean in the same story: “70” here and “71” in b.txt(1,14) cannot both be true (70 vs 71)",
                "b.txt(1,14,1,16): info ED2002: Conflicting figures for age of Dean in the same story: “71” here and “70” in a.txt(1,14) cannot both be true (71 vs 70)",
            ]);

    [Fact]
    public void The_age_of_the_one_person_no_name_holds_conflicts_across_a_story_whose_articles_each_tell_of_one()
    {
        CheckOnOneDay(("a.txt", "A 12-year-old boy was hurt in the fire."), ("b.txt", "A 13-year-old boy fell from the balcony during the fire."))
            .ShouldBe(
            [
                "a.txt(1,3,1,18): info ED2002: Conflicting figures for age of the boy in the same story: “12-year-old boy” here and “13-year-old boy” in b.txt(1,3) cannot both be true (12-year-old vs 13-year-old)",
                "b.txt(1,3,1,18): info ED2002: Conflicting figures for age of the boy in the same story: “13-year-old boy” here and “12-year-old boy” in a.txt(1,3) cannot both be true (13-year-old vs 12-year-old)",
            ]);
        CheckOnOneDay(("a.txt", "A 12-year-old boy was hurt in the fire."), ("b.txt", "Two boys were hurt in the fire. A 13-year-old boy fell from the balcony."))
            .ShouldBeEmpty();
        // Past the opening sentences a boy may be another than the one the story is about (the report gate of counts of an event).
        CheckOnOneDay(("a.txt", "A 12-year-old boy was hurt in the fire."),
              ("b.txt", "Fire crews reached the flats at noon. The blaze spread to the roof. Neighbours fled.\n\nA 13-year-old boy fell from the balcony."))
            .ShouldBeEmpty();
    }

    [Fact]
    public void An_age_that_stands_for_its_noun_is_the_age_of_the_one_person_noun_written_before_it()
    {
        CheckOnOneDay(("a.txt", "Rescuers reached a boy trapped in a disused well near Harrogate.\n\nThe six-year-old fell into the shaft on Sunday."),
              ("b.txt", "A five-year-old boy is trapped in a disused well near Harrogate."))
            .ShouldBe(
            [
                "a.txt(3,5,3,17): info ED2002: Conflicting figures for age of the boy in the same story: “six-year-old” here and “five-year-old boy” in b.txt(1,3) cannot both be true (six-year-old vs five-year-old)",
                "b.txt(1,3,1,20): info ED2002: Conflicting figures for age of the boy in the same story: “five-year-old boy” here and “six-year-old” in a.txt(3,5) cannot both be true (five-year-old vs six-year-old)",
            ]);
        CheckOnOneDay(("a.txt", "Rescuers reached a boy and his father in a disused well near Harrogate.\n\nThe six-year-old fell into the shaft on Sunday."),
              ("b.txt", "A five-year-old boy is trapped in a disused well near Harrogate."))
            .ShouldBeEmpty();
    }

    [Fact]
    public void An_age_is_never_compared_when_a_name_qualifies_another_noun_with_it()
    {
        Check(("a.txt", "The 33-year-old Chelsea striker scored twice."), ("b.txt", "The 34-year-old Chelsea striker scored twice.")).ShouldBeEmpty();
        Check(("a.txt", "The club signed Rovers, 34, on loan."), ("b.txt", "The club signed Rovers, 35, on loan.")).ShouldBeEmpty();
    }

    [Fact]
    public void An_age_given_for_another_year_is_another_quantity()
    {
        Check(("a.md", "---\ndate: 2031-09-14\n---\nFirefighters pulled Jane Roe, 34, from the flat.\n"),
              ("b.md", "---\ndate: 2031-09-14\n---\nIn 2027, Jane Roe, 30, opened the bakery below the flat.\n"))
            .ShouldBeEmpty();
    }

    [Fact]
    public void The_weight_of_one_named_thing_conflicts_in_other_units_and_words()
    {
        Check(("a.txt", "The Orvel-2 module weighs nearly 9,000 pounds."), ("b.txt", "The 6.5-tonne Orvel-2 module will fall within weeks."))
            .ShouldBe(
            [
                "a.txt(1,13,1,46): info ED2002: Conflicting figures for weight of the Orvel-2 module (mass) in the same story: “module weighs nearly 9,000 pounds” here and “6.5-tonne Orvel-2 module” in b.txt(1,5) cannot both be true (nearly 9,000 pounds vs 6.5 tonnes)",
                "b.txt(1,5,1,29): info ED2002: Conflicting figures for weight of the Orvel-2 module (mass) in the same story: “6.5-tonne Orvel-2 module” here and “module weighs nearly 9,000 pounds” in a.txt(1,13) cannot both be true (6.5 tonnes vs nearly 9,000 pounds)",
            ]);
        Check(("a.txt", "The Orvel-2 module weighs about 8.5 tonnes."), ("b.txt", "The 19,000-pound Orvel-2 module will fall within weeks."))
            .ShouldBeEmpty();
    }

    [Fact]
    public void A_length_is_the_dimension_its_adjective_names_and_a_length_with_none_stays_unkeyed()
    {
        Check(("a.txt", "The boy fell into a 40-metre-deep well near Lanford on Tuesday."), ("b.txt", "The well was about 30 metres deep, his uncle said."))
            .ShouldBe(
            [
                "a.txt(1,21,1,39): info ED2002: Conflicting figures for depth of the well (length) in the same story: “40-metre-deep well” here and “well was about 30 metres deep” in b.txt(1,5) cannot both be true (40 metres vs about 30 metres)",
                "b.txt(1,5,1,34): info ED2002: Conflicting figures for depth of the well (length) in the same story: “well was about 30 metres deep” here and “40-metre-deep well” in a.txt(1,21) cannot both be true (about 30 metres vs 40 metres)",
            ]);
        Check(("a.txt", "The boy fell into a 40-metre-deep well near Lanford."), ("b.txt", "The well measured just 30 centimetres wide.")).ShouldBeEmpty();
        Check(("a.txt", "The boy fell into a 130-foot well near Lanford."), ("b.txt", "The well was about 30 metres deep.")).ShouldBeEmpty();
    }

    [Fact]
    public void A_length_written_against_its_unit_is_the_dimension_joined_to_it()
    {
        Check(("a.txt", "The boy fell into an 80m-deep well near Lanford on Tuesday."), ("b.txt", "The well was about 60 metres deep, his uncle said."))
            .ShouldBe(
            [
                "a.txt(1,22,1,35): info ED2002: Conflicting figures for depth of the well (length) in the same story: “80m-deep well” here and “well was about 60 metres deep” in b.txt(1,5) cannot both be true (80m vs about 60 metres)",
                "b.txt(1,5,1,34): info ED2002: Conflicting figures for depth of the well (length) in the same story: “well was about 60 metres deep” here and “80m-deep well” in a.txt(1,22) cannot both be true (about 60 metres vs 80m)",
            ]);
    }

    [Fact]
    public void The_holder_of_a_measure_ends_before_a_verb_of_the_past()
    {
        Check(("a.txt", "The 77-tonne space station fell to Earth over the ocean."), ("b.txt", "The space station weighed 70 tonnes."))
            .ShouldBe(
            [
                "a.txt(1,5,1,27): info ED2002: Conflicting figures for weight of the station (mass) in the same story: “77-tonne space station” here and “station weighed 70 tonnes” in b.txt(1,11) cannot both be true (77 tonnes vs 70 tonnes)",
                "b.txt(1,11,1,36): info ED2002: Conflicting figures for weight of the station (mass) in the same story: “station weighed 70 tonnes” here and “77-tonne space station” in a.txt(1,5) cannot both be true (70 tonnes vs 77 tonnes)",
            ]);
    }

    [Fact]
    public void The_speed_a_named_thing_moved_at_conflicts()
    {
        Check(("a.txt", "The tram was travelling at 43 mph when it tipped over."), ("b.txt", "Witnesses said the tram was going at 30 mph."))
            .ShouldBe(
            [
                "a.txt(1,5,1,34): info ED2002: Conflicting figures for speed of the tram (speed) in the same story: “tram was travelling at 43 mph” here and “tram was going at 30 mph” in b.txt(1,20) cannot both be true (43 mph vs 30 mph)",
                "b.txt(1,20,1,44): info ED2002: Conflicting figures for speed of the tram (speed) in the same story: “tram was going at 30 mph” here and “tram was travelling at 43 mph” in a.txt(1,5) cannot both be true (30 mph vs 43 mph)",
            ]);
    }

    [Fact]
    public void Measures_of_other_holders_of_several_things_or_of_a_pronoun_are_other_quantities()
    {
        Check(("a.txt", "The truck weighed 40 tonnes."), ("b.txt", "The trailer weighed 30 tonnes.")).ShouldBeEmpty();
        Check(("a.txt", "It weighs 9 tonnes."), ("b.txt", "The module weighs 6 tonnes.")).ShouldBeEmpty();
        Check(("a.txt", "The army sent 13-tonne vehicles."), ("b.txt", "The army sent 15-tonne vehicles.")).ShouldBeEmpty();
        Check(("a.txt", "A 9-tonne module fell in 2019.\n\nThe 6.5-tonne module fell this week.")).ShouldBeEmpty();
    }

    [Fact]
    public void The_value_of_one_deal_conflicts_when_an_aside_gives_it()
    {
        Check(("a.txt", "Harlow Mining agreed to buy Brandt Steel in a $2.5 billion deal."),
              ("b.txt", "The Harlow Mining deal, worth $2.4 billion, was approved by Brandt Steel shareholders."))
            .ShouldBe(
            [
                "a.txt(1,47,1,64): info ED2002: Conflicting figures for deal (USD) in the same story: “$2.5 billion deal” here and “deal, worth $2.4 billion” in b.txt(1,19) cannot both be true ($2.5 billion vs $2.4 billion)",
                "b.txt(1,19,1,43): info ED2002: Conflicting figures for deal (USD) in the same story: “deal, worth $2.4 billion” here and “$2.5 billion deal” in a.txt(1,47) cannot both be true ($2.4 billion vs $2.5 billion)",
            ]);
    }

    [Fact]
    public void A_revised_amount_is_an_update()
    {
        Check(("a.txt", "Harlow Mining's bid was $2.4 billion, Brandt Steel said."), ("b.txt", "Harlow Mining's revised bid was $2.6 billion, Brandt Steel said."))
            .ShouldBe(
            [
                "b.txt(1,25,1,45): info ED2005: Figure updated for bid (USD): “bid was $2.6 billion” here is later than “bid was $2.4 billion” in a.txt(1,17) ($2.4 billion, then $2.6 billion)",
            ]);
    }

    [Fact]
    public void Two_upper_bounds_can_both_be_true_but_an_exact_figure_outside_a_bound_cannot()
    {
        Check(("a.txt", "As many as 40 people were killed in Lanford."), ("b.txt", "Up to 35 people were killed in Lanford.")).ShouldBeEmpty();
        Check(("a.txt", "At least 35 people were killed in Lanford."), ("b.txt", "Forty people were killed in Lanford.")).ShouldBeEmpty();
        Check(("a.txt", "At least 35 people were killed in Lanford."), ("b.txt", "Thirty people were killed in Lanford.")).ShouldBe(
        [
            "a.txt(1,1,1,19): info ED2002: Conflicting figures for people killed in Lanford in the same story: “At least 35 people” here and “Thirty people” in b.txt(1,1) cannot both be true (At least 35 vs Thirty)",
            "b.txt(1,1,1,14): info ED2002: Conflicting figures for people killed in Lanford in the same story: “Thirty people” here and “At least 35 people” in a.txt(1,1) cannot both be true (Thirty vs At least 35)",
        ]);
        // "More than 50" shortened to "Fifty" is how a short report rounds the hedged figure; "Thirty-five" against "more than 35" is not.
        Check(("a.txt", "More than 50 people were killed in Lanford."), ("b.txt", "Fifty people were killed in Lanford.")).ShouldBeEmpty();
        Check(("a.txt", "More than 35 people were killed in Lanford."), ("b.txt", "Thirty-five people were killed in Lanford.")).ShouldBe(
            [
                "a.txt(1,1,1,20): info ED2002: Conflicting figures for people killed in Lanford in the same story: “More than 35 people” here and “Thirty-five people” in b.txt(1,1) cannot both be true (More than 35 vs Thirty-five)",
                "b.txt(1,1,1,19): info ED2002: Conflicting figures for people killed in Lanford in the same story: “Thirty-five people” here and “More than 35 people” in a.txt(1,1) cannot both be true (Thirty-five vs More than 35)",
            ]);
        Check(("a.txt", "Up to 35 people were killed in Lanford."), ("b.txt", "Forty people were killed in Lanford.")).ShouldBe(
        [
            "a.txt(1,1,1,16): info ED2002: Conflicting figures for people killed in Lanford in the same story: “Up to 35 people” here and “Forty people” in b.txt(1,1) cannot both be true (Up to 35 vs Forty)",
            "b.txt(1,1,1,13): info ED2002: Conflicting figures for people killed in Lanford in the same story: “Forty people” here and “Up to 35 people” in a.txt(1,1) cannot both be true (Forty vs Up to 35)",
        ]);
    }

    [Fact]
    public void Articles_that_each_give_both_amounts_agree_and_a_real_difference_still_conflicts()
    {
        // Two releases list the same grants: each gives "$2 million" and "$270,000", so neither contradicts the other.
        const string Release = "Funding of $2 million goes to the Harlow Bay Restoration Programme.\n\n"
                               + "Funding of $270,000 goes to the Marine Board for a survey of Harlow Bay.";
        Check(("a.txt", Release), ("b.txt", Release)).ShouldBeEmpty();
        Check(("a.txt", "Funding of $2 million goes to the Harlow Bay restoration programme."),
              ("b.txt", "Funding of $2.6 million goes to the Harlow Bay restoration programme."))
            .ShouldBe(
            [
                "a.txt(1,1,1,22): info ED2002: Conflicting figures for funding (USD) in the same story: “Funding of $2 million” here and “Funding of $2.6 million” in b.txt(1,1) cannot both be true ($2 million vs $2.6 million)",
                "b.txt(1,1,1,24): info ED2002: Conflicting figures for funding (USD) in the same story: “Funding of $2.6 million” here and “Funding of $2 million” in a.txt(1,1) cannot both be true ($2.6 million vs $2 million)",
            ]);
    }

    [Fact]
    public void A_release_that_writes_the_other_s_exact_sum_tells_another_grant()
    {
        // Releases of one template, each on its town's grant, that write the other town's exact sum too.
        static string Release(string town, string trust, string sum, string otherTown, string otherTrust, string otherSum) =>
            $"SEN. ROE ANNOUNCES {sum} GRANT TO EXPAND SENIOR HOUSING IN {town.ToUpperInvariant()}\n  Sen. Jane Roe today announced that the {trust} in {town} "
            + $"has been awarded a grant of {sum} from the Ministry of Housing to build flats for older residents.\n"
            + $"   The ministry also awarded grants to two other companies. The {otherTrust} in {otherTown} received {otherSum}.\n";
        var eastport = Release("Eastport", "Harbour Trust", "$3,415,500", "Westport", "Pier Society", "$2,231,000");
        var westport = Release("Westport", "Pier Society", "$2,231,000", "Eastport", "Harbour Trust", "$3,415,500");
        Check(("a.txt", eastport), ("b.txt", westport)).ShouldBeEmpty();
        // Where each writes the other's sum otherwise, they disagree about it, and the grants are still compared.
        Check(("a.txt", Release("Eastport", "Harbour Trust", "$3,415,500", "Westport", "Pier Society", "$2,231,500")),
              ("b.txt", Release("Westport", "Pier Society", "$2,231,000", "Eastport", "Harbour Trust", "$3,415,000"))).Count.ShouldBe(4);
    }

    [Fact]
    public void A_release_that_lists_the_other_s_amount_beside_its_holder_tells_a_part_of_its_total()
    {
        // The bill's release gives its total and lists each project's sum; a project's own release gives that sum.
        const string Bill = "Sen. Jane Roe announced that the Finance Committee has approved $13.8 million in federal funding for projects across the state.\n\n"
                            + "   $2 million for the Harlow Valley Rail Authority in Eastport\n   $2 million for the Westport ferry pier\n";
        const string Project = "Sen. Jane Roe announced that $2 million in federal funding for the Harlow Valley Rail Authority in Eastport was approved by the Finance Committee.";
        Check(("a.txt", Bill), ("b.txt", Project)).ShouldBeEmpty();
        // A bill's release that gives the project another sum writes no value that agrees: the two amounts are still compared.
        Check(("a.txt", Bill.Replace("$2 million for", "$3 million for")), ("b.txt", Project)).ShouldNotBeEmpty();
    }
}
