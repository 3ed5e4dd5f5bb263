using Editorial.Articles;
using Editorial.Figures;
using static Editorial.Tests.Figures.StoryFigures;

namespace Editorial.Tests.Figures;

/// <summary>Quantities that no place or site anchors, keyed by what they measure: people taken to hospital, laps, the lap of
/// a crash, the length of a call, a player's seasons with a team, pages of documents, money taken from a budget; and amounts of
/// money and measures, keyed by the noun they are the amount of.</summary>
public class SpecificQuantityTests
{
    [Fact]
    public void People_taken_to_hospital_conflict_with_more_than_that_number()
    {
        Check(("a.txt", "The bus overturned near the depot on Tuesday. Paramedics said a total of 62 had been taken to three hospitals."),
              ("b.txt", "More than 62 people were also rushed to hospital after the bus crash."))
            .ShouldBe(
            [
                "a.txt(1,74,1,76): info ED2002: Conflicting figures for people hospitalised in the crash at the hospital in the same story: “62” here and “More than 62 people” in b.txt(1,1) cannot both be true (62 vs More than 62)",
                "b.txt(1,1,1,20): info ED2002: Conflicting figures for people hospitalised in the crash at the hospital in the same story: “More than 62 people” here and “62” in a.txt(1,74) cannot both be true (More than 62 vs 62)",
            ]);
    }

    [Fact]
    public void Laps_completed_when_a_race_was_stopped_conflict_but_a_second_stoppage_is_another_quantity()
    {
        Check(("a.txt", "The race was red-flagged with 31 of 58 laps completed."),
              ("b.txt", "The grand prix was halted after 30 of 58 scheduled laps on Sunday."))
            .ShouldBe(
            [
                "a.txt(1,31,1,44): info ED2002: Conflicting figures for laps of 58 completed when the race was stopped in the same story: “31 of 58 laps” here and “30 of 58 scheduled laps” in b.txt(1,33) cannot both be true (31 vs 30)",
                "b.txt(1,33,1,56): info ED2002: Conflicting figures for laps of 58 completed when the race was stopped in the same story: “30 of 58 scheduled laps” here and “31 of 58 laps” in a.txt(1,31) cannot both be true (30 vs 31)",
            ]);
        Check(("a.txt", "The race was red-flagged with 31 of 58 laps completed."),
              ("b.txt", "The race was stopped again after 44 of 58 laps."))
            .ShouldBeEmpty();
    }

    [Fact]
    public void The_lap_of_one_drivers_crash_conflicts_but_another_drivers_crash_does_not()
    {
        Check(("a.txt", "Lap 22 Kevin Magnussen has a big crash in his Haas and the safety car comes out."),
              ("b.txt", "Denmark's Kevin Magnussen brought the safety car out on lap 21 when he crashed his Haas."))
            .ShouldBe(
            [
                "a.txt(1,5,1,7): info ED2002: Conflicting figures for lap of crash in the same story: “22” here and “21” in b.txt(1,61) cannot both be true (22 vs 21)",
                "b.txt(1,61,1,63): info ED2002: Conflicting figures for lap of crash in the same story: “21” here and “22” in a.txt(1,5) cannot both be true (21 vs 22)",
            ]);
        Check(("a.txt", "The race was suspended on lap 21 after Pierre Gasly crashed at Monza."),
              ("b.txt", "Lance Stroll crashed on lap 40 at Monza, ending his race."))
            .ShouldBeEmpty();
    }

    [Fact]
    public void The_length_of_one_call_conflicts_within_an_article_but_calls_with_other_leaders_do_not()
    {
        Check(("a.txt", "Chancellor Angela Merkel and President Emmanuel Macron spoke in a phone call lasting 30 minutes.\n\n" +
                        "Merkel had a 45-minute phone conversation with Emmanuel Macron on the crisis."))
            .ShouldBe(
            [
                "a.txt(3,14,3,42): info ED2001: Conflicting figures for minutes of the phone call: “45-minute phone conversation” here and “30 minutes” at line 1 cannot both be true (45 vs 30)",
            ]);
        Check(("a.txt", "Chancellor Angela Merkel and President Emmanuel Macron spoke in a phone call lasting 30 minutes.\n\n" +
                        "Merkel later had a 45-minute phone conversation with Justin Trudeau."))
            .ShouldBeEmpty();
    }

    [Fact]
    public void The_length_of_one_call_is_compared_in_minutes_whatever_unit_it_is_given_in()
    {
        Check(("a.txt", "Chancellor Angela Merkel and President Emmanuel Macron spoke in a phone call lasting 40 minutes.\n\n" +
                        "Merkel had a two-hour phone conversation with Emmanuel Macron on the crisis."))
            .ShouldBe(
            [
                "a.txt(3,14,3,41): info ED2001: Conflicting figures for minutes of the phone call: “two-hour phone conversation” here and “40 minutes” at line 1 cannot both be true (two-hour vs 40)",
            ]);
        Check(("a.txt", "Chancellor Angela Merkel and President Emmanuel Macron spoke in a phone call lasting 120 minutes.\n\n" +
                        "Merkel had a two-hour phone conversation with Emmanuel Macron on the crisis."))
            .ShouldBeEmpty();
    }

    [Fact]
    public void Seasons_with_one_team_conflict_but_seasons_with_another_team_do_not()
    {
        Check(("a.txt", "Jones was drafted in 2004 by the Chicago Bears, where he played nine seasons."),
              ("b.txt", "Jones spent ten years with the Bears before he retired."))
            .ShouldBe(
            [
                "a.txt(1,65,1,77): info ED2002: Conflicting figures for seasons with the Bears in the same story: “nine seasons” here and “ten years” in b.txt(1,13) cannot both be true (nine vs ten)",
                "b.txt(1,13,1,22): info ED2002: Conflicting figures for seasons with the Bears in the same story: “ten years” here and “nine seasons” in a.txt(1,65) cannot both be true (ten vs nine)",
            ]);
        Check(("a.txt", "Jones was drafted in 2004 by the Chicago Bears, where he played nine seasons."),
              ("b.txt", "Jones spent three seasons with the Packers before he retired."))
            .ShouldBeEmpty();
        // Two players named before their verbs are two holders: Jones's seasons with a team are not Smith's.
        Check(("a.txt", "Jones played nine seasons with the Bears."),
              ("b.txt", "Smith spent ten seasons with the Bears before he retired."))
            .ShouldBeEmpty();
    }

    [Fact]
    public void Pages_of_emails_handed_over_conflict()
    {
        Check(("a.txt", "The ministry said it had received 42,000 pages of Smith's emails."),
              ("b.txt", "Boxes holding 30,000 pages of printed emails from Mr. Smith's account were delivered to the ministry."))
            .ShouldBe(
            [
                "a.txt(1,35,1,65): info ED2002: Conflicting figures for pages of emails handed over in the same story: “42,000 pages of Smith's emails” here and “30,000 pages of printed emails” in b.txt(1,15) cannot both be true (42,000 vs 30,000)",
                "b.txt(1,15,1,45): info ED2002: Conflicting figures for pages of emails handed over in the same story: “30,000 pages of printed emails” here and “42,000 pages of Smith's emails” in a.txt(1,35) cannot both be true (30,000 vs 42,000)",
            ]);
    }

    [Fact]
    public void Money_taken_from_one_budget_conflicts_but_money_from_another_budget_does_not()
    {
        Check(("a.txt", "The plan unlocks money from the Interior Department's flood control budget, to the tune of $2.5 billion."),
              ("b.txt", "The order lets the governor divert $2.6 billion from flood control projects to the dam, and tap $1.2 billion from a drug enforcement fund."))
            .ShouldBe(
            [
                "a.txt(1,92,1,104): info ED2002: Conflicting figures for money from flood control taken in the same story: “$2.5 billion” here and “$2.6 billion from flood control projects” in b.txt(1,36) cannot both be true ($2.5 billion vs $2.6 billion)",
                "b.txt(1,36,1,76): info ED2002: Conflicting figures for money from flood control taken in the same story: “$2.6 billion from flood control projects” here and “$2.5 billion” in a.txt(1,92) cannot both be true ($2.6 billion vs $2.5 billion)",
            ]);
    }

    [Fact]
    public void The_count_of_what_one_holder_did_one_act_to_conflicts_across_a_story_in_other_words()
    {
        Check(("a.txt", "The singer posted three photos of her nephew on Sunday."),
              ("b.txt", "On Sunday the young singer shared four pictures with her nephew."))
            .ShouldBe(
            [
                "a.txt(1,19,1,31): info ED2002: Conflicting figures for photos the singer posted in the same story: “three photos” here and “four pictures” in b.txt(1,35) cannot both be true (three vs four)",
                "b.txt(1,35,1,48): info ED2002: Conflicting figures for photos the singer posted in the same story: “four pictures” here and “three photos” in a.txt(1,19) cannot both be true (four vs three)",
            ]);
    }

    [Fact]
    public void The_holder_may_stand_before_an_aside_between_commas()
    {
        Check(("a.txt", "Marla Quint posted three photos of her nephew."),
              ("b.txt", "Marla Quint, 31, posted four photos with her nephew."))
            .ShouldBe(
            [
                "a.txt(1,20,1,32): info ED2002: Conflicting figures for photos Marla Quint posted in the same story: “three photos” here and “four photos” in b.txt(1,25) cannot both be true (three vs four)",
                "b.txt(1,25,1,36): info ED2002: Conflicting figures for photos Marla Quint posted in the same story: “four photos” here and “three photos” in a.txt(1,20) cannot both be true (four vs three)",
            ]);
    }

    [Fact]
    public void The_holder_stands_before_where_it_is_not_the_place()
    {
        // Two firms of one town, each with its own count: "in Santa Fe" says where each is, not who received the grants.
        Check(("a.txt", "Grants went to two firms.\n\n* Quillco in Tarn received two grants worth $200,000.\n\n"
                        + "* Harbourtech in Tarn received eight separate grants totaling $797,975.\n")).ShouldBeEmpty();
    }

    [Fact]
    public void Hedges_decide_whether_two_counts_of_the_pieces_a_named_thing_broke_into_conflict_in_one_article()
    {
        Check(("a.txt", "The comet Velora broke into more than 12 fragments, astronomers said.\n\nBy March Velora had shattered into as many as 12 smaller pieces."))
            .ShouldBe(
            [
                "a.txt(3,36,3,64): info ED2001: Conflicting figures for pieces Velora broke into: “as many as 12 smaller pieces” here and “more than 12 fragments” at line 1 cannot both be true (as many as 12 vs more than 12)",
            ]);
        Check(("a.txt", "The comet Velora broke into at least 12 fragments.\n\nVelora split into 14 pieces."))
            .ShouldBeEmpty();
    }

    [Fact]
    public void Counts_of_another_holder_act_or_batch_and_counts_a_pronoun_holds_are_other_quantities()
    {
        Check(("a.txt", "The singer posted three photos of her nephew."),
              ("b.txt", "The photographer posted four photos of the singer."))
            .ShouldBeEmpty();
        Check(("a.txt", "The singer posted three photos of her nephew."),
              ("b.txt", "After the show, posted four photos of the band."))
            .ShouldBeEmpty();
        Check(("a.txt", "The singer posted three photos of her nephew.\n\nThe singer posted two more photos on Monday."))
            .ShouldBeEmpty();
        Check(("a.txt", "The singer posted three photos of her nephew.\n\nThe singer later posted five photos again."))
            .ShouldBeEmpty();
        Check(("a.txt", "She posted three photos of her nephew."),
              ("b.txt", "She posted four photos of the band."))
            .ShouldBeEmpty();
        Check(("a.txt", "The singer posted three photos of her nephew."),
              ("b.txt", "The singer deleted four photos of her nephew."))
            .ShouldBeEmpty();
        // A restrictive clause picks out a batch of what the act counted, each clause its own.
        Check(("a.txt", "The council verified 12 videos of the storm.\n\nThe council verified eight videos that show flooded homes. "
                        + "The council verified three videos and a photograph that show the pier."))
            .ShouldBeEmpty();
    }

    [Fact]
    public void A_plural_noun_the_vocabulary_does_not_know_is_counted_as_written_after_a_regular_past_tense()
    {
        Check(("a.txt", "Brightwell Foods closed 14 bakeries on Friday."),
              ("b.txt", "On Friday Brightwell Foods closed 16 bakeries, the union said."))
            .ShouldBe(
            [
                "a.txt(1,25,1,36): info ED2002: Conflicting figures for bakeries Brightwell Foods closed in the same story: “14 bakeries” here and “16 bakeries” in b.txt(1,35) cannot both be true (14 vs 16)",
                "b.txt(1,35,1,46): info ED2002: Conflicting figures for bakeries Brightwell Foods closed in the same story: “16 bakeries” here and “14 bakeries” in a.txt(1,25) cannot both be true (16 vs 14)",
            ]);
    }

    [Fact]
    public void An_irregular_past_tense_of_the_data_file_is_an_act_too_but_a_running_tally_is_not_the_count_of_one_act()
    {
        Check(("a.txt", "The Harbour Party won 41 seats on Sunday."),
              ("b.txt", "The Harbour Party won 44 seats, its leader said on Sunday."))
            .ShouldBe(
            [
                "a.txt(1,23,1,31): info ED2002: Conflicting figures for seats Harbour Party won in the same story: “41 seats” here and “44 seats” in b.txt(1,23) cannot both be true (41 vs 44)",
                "b.txt(1,23,1,31): info ED2002: Conflicting figures for seats Harbour Party won in the same story: “44 seats” here and “41 seats” in a.txt(1,23) cannot both be true (44 vs 41)",
            ]);
        Check(("a.txt", "The Harbour Party won 41 seats on Sunday."),
              ("b.txt", "The Harbour Party has won 120 seats since the war began."))
            .ShouldBeEmpty();
    }

    [Fact]
    public void A_noun_the_vocabulary_does_not_know_with_a_phrase_that_says_its_kind_and_a_word_that_is_no_holder_leave_the_count_unkeyed()
    {
        Check(("a.txt", "The agency received 75 complaints about noise.\n\nThe agency received more than 300 complaints about delays."))
            .ShouldBeEmpty();
        Check(("a.txt", "Brightwell Foods closed 14 bakeries in Leeds.\n\nBrightwell Foods closed 30 bakeries in Hull."))
            .ShouldBeEmpty();
        Check(("a.txt", "On Monday the firm then closed 14 bakeries.\n\nOn Tuesday the firm and its partner closed 30 bakeries."))
            .ShouldBeEmpty();
        Check(("a.txt", "Brightwell Foods reported 14 closures.\n\nBrightwell Foods reported 30 closures."))
            .ShouldBeEmpty();
    }

    [Fact]
    public void An_amount_of_money_of_one_holder_and_year_conflicts_across_a_story()
    {
        Check(("a.txt", "Harlow Mining posted a net profit of $412 million in 2025."),
              ("b.txt", "Harlow Mining reported a net profit of $385 million in 2025, its chairman said."))
            .ShouldBe(
            [
                "a.txt(1,24,1,50): info ED2002: Conflicting figures for net profit (USD) in 2025 in the same story: “net profit of $412 million” here and “net profit of $385 million” in b.txt(1,26) cannot both be true ($412 million vs $385 million)",
                "b.txt(1,26,1,52): info ED2002: Conflicting figures for net profit (USD) in 2025 in the same story: “net profit of $385 million” here and “net profit of $412 million” in a.txt(1,24) cannot both be true ($385 million vs $412 million)",
            ]);
    }

    [Fact]
    public void An_amount_in_a_compound_of_a_listed_noun_and_a_plural_is_the_compound_s_not_the_noun_s()
    {
        // "in tax refunds", "in tax balances": after "in" no verb follows the noun, so the plural is the compound's head and the
        // two amounts count different things. An amount "in tax" alone is still the tax.
        Check(("a.txt", "Ferry File issued more than $90 million in tax refunds and collected $35 million in tax balances due."))
            .ShouldBeEmpty();
        Check(("a.txt", "Harlow Mining paid $90 million in tax in 2025."), ("b.txt", "Harlow Mining paid $35 million in tax in 2025."))
            .Count.ShouldBe(2);
    }

    [Fact]
    public void Amounts_of_another_holder_year_qualifier_or_expectation_and_amounts_within_a_hedge_are_other_quantities()
    {
        const string Profit = "Harlow Mining posted a net profit of $412 million in 2025.";
        Check(("a.txt", Profit), ("b.txt", "Brandt Steel posted a net profit of $385 million in 2025.")).ShouldBeEmpty();
        Check(("a.txt", Profit), ("b.txt", "Harlow Mining posted a net profit of $385 million in 2024.")).ShouldBeEmpty();
        Check(("a.txt", Profit), ("b.txt", "Analysts had expected Harlow Mining to post a net profit of $385 million in 2025.")).ShouldBeEmpty();
        Check(("a.txt", Profit), ("b.txt", "Harlow Mining posted a net profit of about $380 million in 2025.")).ShouldBeEmpty();
        Check(("a.txt", "The Ostrander family paid $30 million in federal taxes in 2024."),
              ("b.txt", "The Ostrander family paid $12 million in state taxes in 2024.")).ShouldBeEmpty();
    }

    [Fact]
    public void A_round_amount_before_its_scale_agrees_with_the_exact_amount_it_rounds()
    {
        Check(("a.txt", "The minister held up $391 million in aid to the harbour towns, Ann Lee said."),
              ("b.txt", "Ann Lee says the minister held up $400 million in aid to the harbour towns."))
            .ShouldBeEmpty();
        Check(("a.txt", "The minister held up $391 million in aid to the harbour towns, Ann Lee said."),
              ("b.txt", "Ann Lee says the minister held up $450 million in aid to the harbour towns."))
            .Count.ShouldBe(2);
    }

    [Fact]
    public void The_share_of_an_amount_held_back_is_no_rival_of_the_amount_given()
    {
        Check(("a.txt", "The minister steered $1.8 billion in aid to the harbour towns, Ann Lee said."),
              ("b.txt", "Ann Lee says the minister withheld $1 billion in aid to the harbour towns."))
            .ShouldBeEmpty();
        Check(("a.txt", "The minister steered $1.8 billion in aid to the harbour towns, Ann Lee said."),
              ("b.txt", "Ann Lee says the minister steered $1 billion in aid to the harbour towns."))
            .Count.ShouldBe(2);
    }

    [Fact]
    public void Measures_are_compared_in_one_unit_so_a_conversion_agrees_and_another_length_conflicts()
    {
        Check(("a.txt", "Kestrel Energy finished a 120-km pipeline in May."),
              ("b.txt", "The new Kestrel Energy pipeline is 75 miles long."))
            .ShouldBeEmpty();
        Check(("a.txt", "Kestrel Energy finished a 120-km pipeline in May."),
              ("b.txt", "The new Kestrel Energy pipeline is 90 miles long."))
            .ShouldBe(
            [
                "a.txt(1,27,1,42): info ED2002: Conflicting figures for pipeline (length) in the same story: “120-km pipeline” here and “pipeline is 90 miles” in b.txt(1,24) cannot both be true (120 km vs 90 miles)",
                "b.txt(1,24,1,44): info ED2002: Conflicting figures for pipeline (length) in the same story: “pipeline is 90 miles” here and “120-km pipeline” in a.txt(1,27) cannot both be true (90 miles vs 120 km)",
            ]);
    }

    [Fact]
    public void One_ransom_given_twice_conflicts_in_an_article_but_two_donations_each_introduced_as_new_do_not()
    {
        Check(("a.txt", "Kidnappers freed the engineer Tomas Brenner after his employer paid a ransom of $2 million.\n\nBrenner's employer confirmed that the ransom was $3 million."))
            .ShouldBe(
            [
                "a.txt(3,39,3,60): info ED2001: Conflicting figures for ransom (USD): “ransom was $3 million” here and “ransom of $2 million” at line 1 cannot both be true ($3 million vs $2 million)",
            ]);
        Check(("a.txt", "A $100,000 donation was made by the Orrin Trust.\n\nThe Orrin Trust later made a $250,000 donation to the museum."))
            .ShouldBeEmpty();
        // A release that lists grants gives each its bare sum "in" the thing, as new as "a donation": the total and its parts.
        Check(("a.txt", "Senator Jane Hale announced $12,000,000 in federal funding for the Orrin harbour.\n\n"
                        + "Senator Jane Hale announced $7,000,000 in federal funding for the Orrin harbour."))
            .ShouldBeEmpty();
        // The sum named again is the one before ("the $12 million in federal funding"): another value of it conflicts.
        Check(("a.txt", "Senator Jane Hale announced $12,000,000 in federal funding for the Orrin harbour.\n\n"
                        + "Senator Jane Hale said the $7,000,000 in federal funding for the Orrin harbour came from the Port Security Program."))
            .ShouldBe(
            [
                "a.txt(3,28,3,57): info ED2001: Conflicting figures for funding (USD): “$7,000,000 in federal funding” here and “$12,000,000 in federal funding” at line 1 cannot both be true ($7,000,000 vs $12,000,000)",
            ]);
        Check(("a.txt", "The Kestrel Energy pipeline has a length of 120 kilometres (75 miles), and a length of 120 kilometres was planned."))
            .ShouldBeEmpty();
    }

    [Fact]
    public void An_amount_another_is_measured_against_is_another_value_of_the_thing()
    {
        Check(("a.txt", "The Orrin harbour board said its deficit was $4.2 million.\n\nThe Orrin harbour board's deficit was $4.8 million."))
            .ShouldBe(
            [
                "a.txt(3,27,3,51): info ED2001: Conflicting figures for deficit (USD): “deficit was $4.8 million” here and “deficit was $4.2 million” at line 1 cannot both be true ($4.8 million vs $4.2 million)",
            ]);
        // What it came in below or above a budget by is a difference, not the deficit; the value the result is compared with,
        // after "than" or "against", is the baseline, not the deficit itself.
        Check(("a.txt", "The Orrin harbour board said its deficit was $4.2 million.\n\nThe Orrin harbour board's deficit was $0.6 million below budget."))
            .ShouldBeEmpty();
        Check(("a.txt", "The Orrin harbour board said its deficit was $4.2 million.\n\nThe Orrin harbour board's deficit was $0.6 million lower than the deficit of $4.8 million in the first draft."))
            .ShouldBeEmpty();
        Check(("a.txt", "The Orrin harbour board said its deficit was $4.2 million.\n\nThe Orrin harbour board ran a deficit of $4.2 million against the 2030-31 budget deficit of $4.8 million."))
            .ShouldBeEmpty();
    }

    [Fact]
    public void A_length_stated_by_a_verb_of_measure_conflicts_with_a_hyphenated_length_but_a_length_of_another_month_does_not()
    {
        Check(("a.txt", "The border stretches 40 km between Arvenia and Dostal."),
              ("b.txt", "A 31-mile-long border separates Arvenia and Dostal."))
            .ShouldBe(
            [
                "a.txt(1,5,1,27): info ED2002: Conflicting figures for border (length) in the same story: “border stretches 40 km” here and “31-mile-long border” in b.txt(1,3) cannot both be true (40 km vs 31 miles)",
                "b.txt(1,3,1,22): info ED2002: Conflicting figures for border (length) in the same story: “31-mile-long border” here and “border stretches 40 km” in a.txt(1,5) cannot both be true (31 miles vs 40 km)",
            ]);
        Check(("a.md", "---\ndate: 2031-09-14\n---\nThe border stretches 40 km between Arvenia and Dostal.\n"),
              ("b.md", "---\ndate: 2031-09-14\n---\nIn June, surveyors said a 31-mile-long border separated Arvenia and Dostal.\n"))
            .ShouldBeEmpty();
    }

    [Fact]
    public void A_distance_travelled_conflicts_in_another_unit_but_one_the_sentence_before_dates_to_another_month_does_not()
    {
        Check(("a.md", "---\ndate: 2031-09-14\n---\nThe Vesna-3 rocket flew 2,100 km before it fell into the sea.\n"),
              ("b.md", "---\ndate: 2031-09-14\n---\nThe Vesna-3 rocket travelled about 950 miles, officials said.\n"))
            .ShouldBe(
            [
                "a.md(4,20,4,33): info ED2002: Conflicting figures for distance travelled (length) in the same story: “flew 2,100 km” here and “travelled about 950 miles” in b.md(4,20) cannot both be true (2,100 km vs about 950 miles)",
                "b.md(4,20,4,45): info ED2002: Conflicting figures for distance travelled (length) in the same story: “travelled about 950 miles” here and “flew 2,100 km” in a.md(4,20) cannot both be true (about 950 miles vs 2,100 km)",
            ]);
        Check(("a.md", "---\ndate: 2031-09-14\n---\nThe Vesna-3 rocket flew 2,100 km before it fell into the sea.\n"),
              ("b.md", "---\ndate: 2031-09-14\n---\nOn June 2, engineers launched a test rocket. The Vesna-3 rocket travelled about 950 miles.\n"))
            .ShouldBeEmpty();
    }

    [Fact]
    public void A_distance_that_a_travel_verb_takes_as_its_object_is_the_distance_travelled_but_a_height_flown_is_not()
    {
        Check(("a.md", "---\ndate: 2031-09-14\n---\nThe Vesna-3 rocket flew 2,100 km before it fell into the sea.\n"),
              ("b.md", "---\ndate: 2031-09-14\n---\nThe Vesna-3 rocket covered a distance of 1,500 km.\n"))
            .ShouldBe(
            [
                "a.md(4,20,4,33): info ED2002: Conflicting figures for distance travelled (length) in the same story: “flew 2,100 km” here and “distance of 1,500 km” in b.md(4,30) cannot both be true (2,100 km vs 1,500 km)",
                "b.md(4,30,4,50): info ED2002: Conflicting figures for distance travelled (length) in the same story: “distance of 1,500 km” here and “flew 2,100 km” in a.md(4,20) cannot both be true (1,500 km vs 2,100 km)",
            ]);
        Check(("a.md", "---\ndate: 2031-09-14\n---\nThe Vesna-3 rocket flew 2,100 km before it fell into the sea.\n"),
              ("b.md", "---\ndate: 2031-09-14\n---\nThe Vesna-3 rocket flew 1,500 km (930 miles) high.\n"))
            .ShouldBeEmpty();
    }

    [Fact]
    public void Shots_one_holder_fired_conflict_in_other_words()
    {
        Check(("a.txt", "The deputy fired nine shots at the car, the sheriff said."),
              ("b.txt", "Investigators said the deputy fired 11 rounds."))
            .ShouldBe(
            [
                "a.txt(1,18,1,28): info ED2004: Sources disagree on shots the deputy fired: “nine shots” (sheriff) here and “11 rounds” (investigators) in b.txt(1,37)",
                "b.txt(1,37,1,46): info ED2004: Sources disagree on shots the deputy fired: “11 rounds” (investigators) here and “nine shots” (sheriff) in a.txt(1,18)",
            ]);
    }

    [Fact]
    public void A_hyphenated_length_is_shown_with_its_unit_after_the_number_in_the_plural_of_a_word_and_as_written_of_an_abbreviation()
    {
        Check(("a.txt", "A 14-foot fence stands at the Linden depot.\n\nThe Linden depot fence is 3 metres high."))
            .ShouldBe(
            [
                "a.txt(3,18,3,35): info ED2001: Conflicting figures for fence (length): “fence is 3 metres” here and “14-foot fence” at line 1 cannot both be true (3 metres vs 14 feet)",
            ]);
        Check(("a.txt", "Crews dug a 1-kilometre tunnel under the Linden depot.\n\nThe Linden depot tunnel is 2 km long, the engineers said."))
            .ShouldBe(
            [
                "a.txt(3,18,3,32): info ED2001: Conflicting figures for tunnel (length): “tunnel is 2 km” here and “1-kilometre tunnel” at line 1 cannot both be true (2 km vs 1 kilometre)",
            ]);
    }

    [Fact]
    public void A_word_that_says_no_more_than_a_unit_of_length_may_stand_before_it_but_one_that_makes_it_another_length_may_not()
    {
        const string Kilometres = "---\ndate: 2031-09-14\n---\nThe Vesna-3 rocket flew 2,100 km before it fell into the sea.\n";
        Check(("a.md", Kilometres), ("b.md", "---\ndate: 2031-09-14\n---\nThe Vesna-3 rocket flew only 1,600 horizontal miles.\n"))
            .ShouldBe(
            [
                "a.md(4,20,4,33): info ED2002: Conflicting figures for distance travelled (length) in the same story: “flew 2,100 km” here and “flew only 1,600 horizontal miles” in b.md(4,20) cannot both be true (2,100 km vs 1,600 horizontal miles)",
                "b.md(4,20,4,52): info ED2002: Conflicting figures for distance travelled (length) in the same story: “flew only 1,600 horizontal miles” here and “flew 2,100 km” in a.md(4,20) cannot both be true (1,600 horizontal miles vs 2,100 km)",
            ]);
        Check(("a.md", Kilometres), ("b.md", "---\ndate: 2031-09-14\n---\nThe Vesna-3 rocket flew 1,300 horizontal miles.\n")).ShouldBeEmpty();
        Check(("a.md", Kilometres), ("b.md", "---\ndate: 2031-09-14\n---\nThe Vesna-3 rocket flew 3,700 vertical km.\n")).ShouldBeEmpty();
        Check(("a.md", Kilometres), ("b.md", "---\ndate: 2031-09-14\n---\nThe Vesna-3 rocket flew 500 additional km.\n")).ShouldBeEmpty();
    }

    [Fact]
    public void Nautical_miles_are_a_unit_of_their_own()
    {
        const string Nautical = "---\ndate: 2031-09-14\n---\nThe trawler Marisol sailed 40 nautical miles before it sank.\n";
        Check(("a.md", Nautical), ("b.md", "---\ndate: 2031-09-14\n---\nThe trawler Marisol sailed 74 km before it sank.\n")).ShouldBeEmpty();
        Check(("a.md", Nautical), ("b.md", "---\ndate: 2031-09-14\n---\nThe trawler Marisol sailed 40 miles before it sank.\n"))
            .ShouldBe(
            [
                "a.md(4,21,4,45): info ED2002: Conflicting figures for distance travelled (length) in the same story: “sailed 40 nautical miles” here and “sailed 40 miles” in b.md(4,21) cannot both be true (40 nautical miles vs 40 miles)",
                "b.md(4,21,4,36): info ED2002: Conflicting figures for distance travelled (length) in the same story: “sailed 40 miles” here and “sailed 40 nautical miles” in a.md(4,21) cannot both be true (40 miles vs 40 nautical miles)",
            ]);
    }

    [Fact]
    public void A_length_with_its_dimension_after_it_is_the_measure_of_the_noun_before_it()
    {
        Check(("a.txt", "Protesters at the Linden depot scaled a fence eight feet tall.\n\nThe Linden fence is 12 feet high, the police said."))
            .ShouldBe(
            [
                "a.txt(3,12,3,28): info ED2001: Conflicting figures for fence (length): “fence is 12 feet” here and “fence eight feet tall” at line 1 cannot both be true (12 feet vs eight feet)",
            ]);
    }

    [Fact]
    public void The_parts_of_one_thing_the_story_knows_conflict_when_a_name_of_the_clause_agrees()
    {
        Check(("a.txt", "Chief Justice Alma Reyes administered the 38-word oath to Governor Tomas Vey."),
              ("b.txt", "Tomas Vey took the 35-word oath before Chief Justice Alma Reyes."))
            .ShouldBe(
            [
                "a.txt(1,43,1,55): info ED2002: Conflicting figures for words of the oath in the same story: “38-word oath” here and “35-word oath” in b.txt(1,20) cannot both be true (38 vs 35)",
                "b.txt(1,20,1,32): info ED2002: Conflicting figures for words of the oath in the same story: “35-word oath” here and “38-word oath” in a.txt(1,43) cannot both be true (35 vs 38)",
            ]);
        // Another holder's panel, and a panel the text introduces as new, are other things.
        Check(("a.txt", "Mayor Dana Holt named the 12-member panel on Monday."),
              ("b.txt", "Governor Ivo Brandt named the nine-member panel on Monday."))
            .ShouldBeEmpty();
        Check(("a.txt", "Dana Holt named the 12-member panel on Monday."),
              ("b.txt", "Dana Holt named a nine-member panel on Monday."))
            .ShouldBeEmpty();
    }

    [Fact]
    public void Things_the_article_introduces_by_their_parts_are_several_and_the_definite_one_says_which()
    {
        // Two charge sheets, each introduced with "a": "the 41-count indictment" then names one of them.
        const string TwoIndictments = "Prosecutors charged nine men in a 41-count indictment in Dunmore. Two others face a 12-count indictment in Vale.\n\n" +
                                      "Detective Ona Reyes led the inquiry behind the 41-count indictment in Dunmore.\n\n" +
                                      "Detective Ike Lamb led the inquiry behind the 12-count indictment in Dunmore.";
        Check(("a.txt", TwoIndictments)).ShouldBeEmpty();
        // One introduced, then written with another count: the same charge sheet, told two ways.
        Check(("a.txt", "Prosecutors charged nine men in a 41-count indictment in Dunmore.\n\n" +
                        "Detective Ona Reyes led the inquiry behind the 41-count indictment in Dunmore.\n\n" +
                        "Detective Ike Lamb also worked on the 14-count indictment in Dunmore."))
            .ShouldBe(
            [
                "a.txt(5,39,5,58): info ED2001: Conflicting figures for counts of the indictment: “14-count indictment” here and “41-count indictment” at line 3 cannot both be true (14 vs 41)",
            ]);
    }

    [Fact]
    public void A_part_that_sorts_things_into_kinds_names_one_of_them_and_counts_nothing()
    {
        // The two builds of the timetable app are two things of a kind; their bits are no count of one thing's parts.
        Check(("a.txt", "On Harbour OS the 64-bit version of Timetable Pro reads every pier. The 32-bit version of Timetable Pro reads only the north pier."))
            .ShouldBeEmpty();
        Check(("a.txt", "Harbour Motors sold the 5-speed gearbox of the Coaster to the ferry line. The ferry line returned the 6-speed gearbox of the Coaster."))
            .ShouldBeEmpty();
    }

    [Fact]
    public void Money_one_holder_spent_at_a_named_place_conflicts_but_another_holders_does_not()
    {
        Check(("a.txt", "Records show Dale Harmon charged $2,310.50 on the Larkspur Lodge Resort to his campaign."),
              ("b.txt", "Dale Harmon used campaign money for a $2,130.50 stay at the Larkspur Lodge Resort."))
            .ShouldBe(
            [
                "a.txt(1,34,1,72): info ED2002: Conflicting figures for money spent at Larkspur Lodge Resort in the same story: “$2,310.50 on the Larkspur Lodge Resort” here and “$2,130.50 stay at the Larkspur Lodge Resort” in b.txt(1,39) cannot both be true ($2,310.50 vs $2,130.50)",
                "b.txt(1,39,1,82): info ED2002: Conflicting figures for money spent at Larkspur Lodge Resort in the same story: “$2,130.50 stay at the Larkspur Lodge Resort” here and “$2,310.50 on the Larkspur Lodge Resort” in a.txt(1,34) cannot both be true ($2,130.50 vs $2,310.50)",
            ]);
        Check(("a.txt", "Records show Dale Harmon charged $2,310.50 on the Larkspur Lodge Resort to his campaign."),
              ("b.txt", "Pia Lund spent $2,130.50 at the Larkspur Lodge Resort."))
            .ShouldBeEmpty();
        Check(("a.txt", "Dale Harmon spent $4,000 on Facebook ads."),
              ("b.txt", "Dale Harmon spent $9,000 on Facebook ads."))
            .ShouldBeEmpty();
    }

    [Theory]
    [InlineData("This is the 15th North Korean missile test this year.", "15th North Korean missile test this year", "number of the test this year")]
    [InlineData("The missile flew over Japan and was the 19th test this year.", "19th test this year", "number of the test this year")]
    [InlineData("It was the second crossing of the strait so far this month.", "second crossing of the strait so far this month", "number of the crossing this month")]
    [InlineData("The launch was the first over Japan and the fourth launch of a missile by the North this year.", "fourth launch of a missile by the North this year", "number of the launch this year")]
    [InlineData("He was the sixth civilian shot by city police this year.", "sixth civilian shot by city police this year", "number of the civilian shot this year")]
    public void The_place_of_the_storys_occasion_in_a_series_of_the_year_is_read(string text, string phrase, string description)
    {
        var counted = ArticleFigures.Analyze(Article.Parse("test.txt", text)).Counted.ShouldHaveSingleItem();
        (counted.PhraseText, counted.Key.Description).ShouldBe((phrase, description));
    }

    [Theory]
    [InlineData("The first test this year was in May.")]
    [InlineData("The missile flew over Japan for the second time this year.")]
    [InlineData("It was the second time this year.")]
    [InlineData("It was the first half of this year.")]
    [InlineData("He was the first president to visit the island earlier this year.")]
    public void An_ordinal_that_no_verb_says_the_occasion_is_or_that_says_no_series_of_what_is_no_place_in_a_series(string text) =>
        ArticleFigures.Analyze(Article.Parse("test.txt", text)).Counted.ShouldBeEmpty();

    [Fact]
    public void The_place_of_one_occasion_in_the_series_conflicts_across_a_story_but_another_series_does_not()
    {
        Check(("a.txt", "This is the 15th North Korean missile test this year, officials said."),
              ("b.txt", "The missile flew over Hokkaido on Friday. It was the 19th test this year."))
            .ShouldBe(
            [
                "a.txt(1,13,1,53): info ED2002: Conflicting figures for number of the test this year in the same story: “15th North Korean missile test this year” here and “19th test this year” in b.txt(1,54) cannot both be true (15th vs 19th)",
                "b.txt(1,54,1,73): info ED2002: Conflicting figures for number of the test this year in the same story: “19th test this year” here and “15th North Korean missile test this year” in a.txt(1,13) cannot both be true (19th vs 15th)",
            ]);
        Check(("a.txt", "This is the 15th North Korean missile test this year, officials said."),
              ("b.txt", "The missile flew over Hokkaido on Friday. It was the 19th launch this year."))
            .ShouldBeEmpty();
        Check(("a.txt", "This is the 15th nuclear test this year, officials said."),
              ("b.txt", "The missile flew over Hokkaido on Friday. It was the 19th missile test this year."))
            .ShouldBeEmpty();
        Check(("a.txt", "He was the sixth civilian shot by city police this year."),
              ("b.txt", "He was the third civilian killed by city police this year."))
            .ShouldBeEmpty();
    }
}
