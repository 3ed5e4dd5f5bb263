using static Editorial.Tests.Figures.StoryFigures;

namespace Editorial.Tests.Figures;

/// <summary>Lengths of time and clock times, keyed as measures: by their dimension and what they measure (the siege that lasted,
/// the explosion that happened), compared in minutes, with the tolerance of a whole hour.</summary>
public class MeasureTests
{
    [Fact]
    public void The_length_of_one_siege_conflicts_across_a_story_in_hours_and_minutes()
    {
        Check(("a.txt", "A 90-minute siege at a bank in Lyon ended on Sunday."), ("b.txt", "The siege at a bank in Lyon lasted two hours."))
            .ShouldBe([
                "a.txt(1,3,1,18): info ED2002: Conflicting figures for siege (duration) in the same story: “90-minute siege” here and “siege at a bank in Lyon lasted two hours” in b.txt(1,5) cannot both be true (90-minute vs two hours)",
                "b.txt(1,5,1,45): info ED2002: Conflicting figures for siege (duration) in the same story: “siege at a bank in Lyon lasted two hours” here and “90-minute siege” in a.txt(1,3) cannot both be true (two hours vs 90-minute)",
            ]);
        Check(("a.txt", "A 120-minute siege at a bank in Lyon ended on Sunday."), ("b.txt", "The siege at a bank in Lyon lasted two hours."))
            .ShouldBeEmpty();
    }

    [Fact]
    public void The_time_of_one_explosion_conflicts_across_a_story_and_within_an_article()
    {
        Check(("a.txt", "The blast hit Lyon at 8.20am on Sunday."), ("b.txt", "The explosion in Lyon happened at 08:45 on Sunday."))
            .ShouldBe([
                "a.txt(1,5,1,29): info ED2002: Conflicting figures for explosion (clock time) in the same story: “blast hit Lyon at 8.20am” here and “explosion in Lyon happened at 08:45” in b.txt(1,5) cannot both be true (8.20am vs 08:45)",
                "b.txt(1,5,1,40): info ED2002: Conflicting figures for explosion (clock time) in the same story: “explosion in Lyon happened at 08:45” here and “blast hit Lyon at 8.20am” in a.txt(1,5) cannot both be true (08:45 vs 8.20am)",
            ]);
        Check(("a.txt", "The blast hit Lyon at 8.20am on Sunday.\n\nThe explosion in Lyon happened at 08:45, police said."))
            .ShouldBe([
                "a.txt(3,5,3,40): info ED2001: Conflicting figures for explosion (clock time): “explosion in Lyon happened at 08:45” here and “blast hit Lyon at 8.20am” at line 1 cannot both be true (08:45 vs 8.20am)",
            ]);
    }

    [Fact]
    public void An_earnings_report_s_blocks_under_their_periods_headings_count_different_stretches()
    {
        const string Quarter = "HARBOUR FERRY CO 3RD QTR NET\n\nQUAYSIDE, Oct 20 - Shr diluted 1.39 dlrs vs 1.34 dlrs\n\nNet 12.1 mln vs 11.7 mln\n\n";
        const string NineMonths = "Shr diluted 4.30 dlrs vs 3.74 dlrs\n\nNet 37.3 mln vs 29.1 mln\n";
        Check(("a.txt", Quarter + "Nine mths\n\n" + NineMonths)).ShouldBeEmpty();
        // With no heading between them, the two blocks give one quantity two values.
        Check(("a.txt", Quarter + NineMonths)).ShouldBe([
            "a.txt(7,13,7,22): info ED2001: Conflicting figures for dlrs Shr diluted: “4.30 dlrs” here and “1.39 dlrs” at line 3 cannot both be true (4.30 vs 1.39)",
        ]);
    }

    [Fact]
    public void A_timetable_s_rows_each_give_their_own_flight_s_times()
    {
        // Three rows that open alike, a line each: each flight lands when its row says.
        Check(("a.txt", "The ferry line adds flights to Quayside.\nThe daily flights are as follows:\n"
                        + "Leaves Harbourton at 1:45 p.m. - Arrives in Quayside at 2:50 p.m.\n"
                        + "Leaves Harbourton at 9:15 p.m. - Arrives in Quayside at 10:39 p.m.\n"
                        + "Leaves Quayside at 6:50 a.m. - Arrives in Harbourton at 8:12 a.m.\n"))
            .ShouldBeEmpty();
        // Two lines are no list: one landing given two times is still reported.
        Check(("a.txt", "The flight arrives in Quayside at 2:50 p.m.\nThe flight arrives in Quayside at 10:39 p.m., the airline said.\n"))
            .ShouldBe([
                "a.txt(2,12,2,45): info ED2001: Conflicting figures for landing (clock time): “arrives in Quayside at 10:39 p.m.” here and “arrives in Quayside at 2:50 p.m.” at line 1 cannot both be true (10:39 p.m. vs 2:50 p.m.)",
            ]);
    }

    [Fact]
    public void A_whole_hour_allows_the_half_hour_around_it_and_an_hour_of_either_half_of_the_day_is_unread()
    {
        Check(("a.txt", "The blast hit Lyon at 8 a.m. on Sunday."), ("b.txt", "The explosion in Lyon happened at 8:20 a.m. on Sunday."))
            .ShouldBeEmpty();
        Check(("a.txt", "The blast hit Lyon at 8 a.m. on Sunday."), ("b.txt", "The explosion in Lyon happened at 9:20 a.m. on Sunday."))
            .Count.ShouldBe(2);
        Check(("a.txt", "The blast hit Lyon at 8:20 on Sunday."), ("b.txt", "The explosion in Lyon happened at 9:20 p.m. on Sunday."))
            .ShouldBeEmpty();
        // "PM" in capitals is the half of the day, no zone: the times are compared.
        Check(("a.txt", "The blast hit Lyon at 8:20 PM on Sunday."), ("b.txt", "The explosion in Lyon happened at 9:20 p.m. on Sunday."))
            .Count.ShouldBe(2);
    }

    [Fact]
    public void A_clause_that_names_two_events_gives_the_time_of_neither()
    {
        Check(("a.txt", "The blast hit Lyon at 08:20 on Sunday."), ("b.txt", "A fire broke out in Lyon at 09:10 on Sunday, after the blast."))
            .ShouldBeEmpty();
        // A flight's fact box run into one sentence: the departure's time and the time it was to land.
        Check(("a.txt", "Departure: Perth at 10:01 a.m. (26 minutes late) Destination: scheduled to land in Hilo at 11:39 a.m."),
                ("b.txt", "Departure: Perth at 10:01 a.m. on Sunday."))
            .ShouldBeEmpty();
    }

    [Fact]
    public void A_sentence_does_not_contradict_a_figure_it_gives()
    {
        // Two values of one key in one sentence count two things the key does not tell apart.
        Check(("a.txt", "The departure from Perth was at 10:01 a.m. and the departure from Hilo was at 11:39 a.m."))
            .ShouldBeEmpty();
    }

    [Fact]
    public void An_event_word_in_an_idiom_that_means_something_else_gives_no_event_time()
    {
        // A rocket that blasts off is launched, police who open fire shoot: neither is the explosion or the blaze of the story.
        Check(("a.txt", "The rocket blasts off from Kourou at 10:45 a.m. on Sunday."), ("b.txt", "The blast at the Kourou launch pad happened at 2:10 p.m. on Sunday."))
            .ShouldBeEmpty();
        Check(("a.txt", "Officers opened fire in Lyon at 2:15 a.m. on Sunday."), ("b.txt", "The fire in Lyon broke out at 4:40 a.m. on Sunday."))
            .ShouldBeEmpty();
        Check(("a.txt", "The fire in Lyon started at 2:15 a.m. on Sunday."), ("b.txt", "The fire in Lyon broke out at 4:40 a.m. on Sunday."))
            .Count.ShouldBe(2);
    }

    [Fact]
    public void A_named_day_of_the_calendar_or_a_day_within_the_story_window_dates_the_storys_own_moment()
    {
        // "New Year's Eve" says when, not whose landing it is; "Dec. 31" in an article dated the first of January is the story's
        // own day, not another month's occasion.
        const string Landed = "---\ndate: 2031-01-01\n---\nThe flight from Perth landed in Hilo at 10:15 a.m. on New Year's Eve.\n";
        Check(("a.md", Landed), ("b.md", "---\ndate: 2031-01-01\n---\nThe flight from Perth landed in Hilo at 10:15 p.m. on Dec. 31, 2030.\n"))
            .ShouldBe([
                "a.md(4,23,4,51): info ED2002: Conflicting figures for landing (clock time) in the same story: “landed in Hilo at 10:15 a.m.” here and “landed in Hilo at 10:15 p.m.” in b.md(4,23) cannot both be true (10:15 a.m. vs 10:15 p.m.)",
                "b.md(4,23,4,51): info ED2002: Conflicting figures for landing (clock time) in the same story: “landed in Hilo at 10:15 p.m.” here and “landed in Hilo at 10:15 a.m.” in a.md(4,23) cannot both be true (10:15 p.m. vs 10:15 a.m.)",
            ]);
        Check(("a.md", Landed), ("b.md", "---\ndate: 2031-01-01\n---\nThe flight from Perth landed in Hilo at 10:15 p.m. on December 31.\n"))
            .Count.ShouldBe(2);
    }

    [Fact]
    public void A_day_of_another_month_outside_the_story_window_or_a_name_that_is_no_calendar_day_stays_apart()
    {
        const string Landed = "---\ndate: 2031-01-01\n---\nThe flight from Perth landed in Hilo at 10:15 a.m. on New Year's Eve.\n";
        Check(("a.md", Landed), ("b.md", "---\ndate: 2031-01-01\n---\nThe flight from Perth landed in Hilo at 10:15 p.m. on Dec. 20, 2030.\n"))
            .ShouldBeEmpty();
        Check(("a.md", "---\ndate: 2031-01-01\n---\nThe flight from Perth landed in Hilo at 10:15 a.m. on Kalani Day.\n"),
                ("b.md", "---\ndate: 2031-01-01\n---\nThe flight from Perth landed in Hilo at 10:15 p.m. on Dec. 31, 2030.\n"))
            .ShouldBeEmpty();
    }
}
