namespace Editorial.Tests.Attribution;

public class QuotationMarkTests
{
    [Fact]
    public void A_paragraph_may_end_inside_a_quotation_the_next_paragraph_continues()
    {
        var text = "Peskov said: “Russia possesses its own independent potential to continue the operation.\n\n" +
                   "“It is going according to plan and will be completed on time and in full.”\n";
        AttributionTestKit.Check("a.txt", text).ShouldBeEmpty();
    }

    [Fact]
    public void An_opening_mark_never_closed_is_reported()
    {
        var text = "Peskov said: “Russia possesses its own independent potential to continue the operation.\n\n" +
                   "The talks ended on Monday.\n";
        AttributionTestKit.Check("a.txt", text).ShouldBe(
            ["ED3004 (1,14): Quotation mark '“' is not closed in its paragraph, and the next paragraph does not continue the quotation"]);
    }

    [Fact]
    public void A_second_opening_mark_before_the_first_closes_is_reported()
    {
        AttributionTestKit.Check("a.txt", "Peskov said “no and “never” on Monday.\n").ShouldBe(
            ["ED3004 (1,13): Quotation mark '“' is not closed in its paragraph, and the next paragraph does not continue the quotation"]);
    }

    [Fact]
    public void A_closing_mark_with_no_opening_is_reported()
    {
        AttributionTestKit.Check("a.txt", "Peskov said it was going according to plan.” The talks ended.\n").ShouldBe(
            ["ED3004 (1,44): Quotation mark '”' closes a quotation that was not opened"]);
    }

    [Fact]
    public void An_inch_mark_is_not_a_quotation_mark()
    {
        AttributionTestKit.Check("a.txt", "The shell left a 12\" crater in the road.\n").ShouldBeEmpty();
    }

    [Fact]
    public void One_finding_per_paragraph_at_the_mark_that_caused_it()
    {
        // The closer after "tonight" has no opener; the marks after it pair up again, and the second paragraph's opener is never closed.
        var text = "The mayor said the vote was tonight.” Then “we count” and “we wait.”\n\n" +
                   "She added “the result comes at dawn, and “the party” after.\n";
        AttributionTestKit.Check("a.txt", text).Where(d => d.StartsWith("ED3004", StringComparison.Ordinal)).ShouldBe(
        [
            "ED3004 (1,37): Quotation mark '”' closes a quotation that was not opened",
            "ED3004 (3,11): Quotation mark '“' is not closed in its paragraph, and the next paragraph does not continue the quotation",
        ]);
    }

    [Fact]
    public void Paragraphs_merged_onto_one_line_keep_the_multi_paragraph_convention()
    {
        AttributionTestKit.Check("a.txt", "The keeper said: “The lions sleep all day. “At night they pace and roar.”\n").ShouldBeEmpty();
        AttributionTestKit.Check("a.txt", "The keeper said: \"The lions sleep all day. \"At night they pace and roar.\"\n").ShouldBeEmpty();
    }

    [Fact]
    public void A_statement_run_over_paragraphs_without_their_opening_marks_balances()
    {
        // A post reproduced paragraph by paragraph: opened in the first, closed in the third, no mark between.
        var text = "The mayor posted: “The bridge opens on Friday.\n\n" +
                   "Bring your bicycles and your patience.\n\n" +
                   "We have waited long enough!” The post was shared widely.\n";
        AttributionTestKit.Check("a.txt", text).ShouldBeEmpty();
    }

    [Fact]
    public void A_quotation_left_open_far_before_a_stray_closing_mark_is_two_slips()
    {
        var text = "The mayor posted: “The bridge opens on Friday.\n\nThe council met.\n\nThe vote was close.\n\n" +
                   "Traffic was light.\n\nIt was over.” The crowd left.\n";
        AttributionTestKit.Check("a.txt", text).ShouldBe(
        [
            "ED3004 (1,19): Quotation mark '“' is not closed in its paragraph, and the next paragraph does not continue the quotation",
            "ED3004 (9,13): Quotation mark '”' closes a quotation that was not opened",
        ]);
    }

    [Fact]
    public void A_quotation_left_open_before_another_opens_is_not_closed_by_a_later_paragraph()
    {
        var text = "The mayor said: “The bridge opens on Friday.\n\nShe added: “We are ready.”\n\nIt was over.” The crowd left.\n";
        AttributionTestKit.Check("a.txt", text).ShouldBe(
        [
            "ED3004 (1,17): Quotation mark '“' is not closed in its paragraph, and the next paragraph does not continue the quotation",
            "ED3004 (5,13): Quotation mark '”' closes a quotation that was not opened",
        ]);
    }

    [Fact]
    public void A_statement_that_quotes_a_term_in_the_same_marks_balances()
    {
        AttributionTestKit.Check("a.txt", "“The council sent its “final offer” to the union,” the mayor wrote.\n").ShouldBeEmpty();
    }

    [Fact]
    public void A_quotation_that_closes_a_sentence_after_a_quoted_term_is_two_slips()
    {
        AttributionTestKit.Check("a.txt", "“The council sent its “final offer” to the union. It was over.” The crowd left.\n")
            .Where(d => d.StartsWith("ED3004", StringComparison.Ordinal)).ShouldBe(
            ["ED3004 (1,1): Quotation mark '“' is not closed in its paragraph, and the next paragraph does not continue the quotation"]);
    }

    [Theory]
    [InlineData("The union called a \"national strike'' for Monday.\n")]
    [InlineData("\"We talked about many things,´´ the artist said.\n")]
    [InlineData("“The pier will be rebuilt,″ the harbour master said.\n")]
    [InlineData("The union called a “national strike’’ for Monday.\n")]
    public void An_exports_stand_in_for_a_closing_mark_closes_the_quotation(string text)
    {
        AttributionTestKit.Check("a.txt", text).ShouldBeEmpty();
    }

    [Fact]
    public void Two_apostrophes_that_open_do_not_close_a_double_quotation()
    {
        AttributionTestKit.Check("a.txt", "The union said “it called the ''national strike'' off.\n").ShouldBe(
            ["ED3004 (1,16): Quotation mark '“' is not closed in its paragraph, and the next paragraph does not continue the quotation"]);
    }

    [Fact]
    public void Marks_in_markup_and_foot_marks_are_not_checked()
    {
        AttributionTestKit.Check("a.txt", "<blockquote class=\"tweet\" data-id=\"77\">The ferry is late.</blockquote>\n\nThe pole is 6' 2” tall.\n").ShouldBeEmpty();
    }

    [Fact]
    public void An_opening_mark_typed_where_a_closing_one_belongs_still_closes()
    {
        AttributionTestKit.Check("a.txt", "“The lions sleep all day,“ the keeper said.\n").ShouldBeEmpty();
    }

    [Fact]
    public void The_finding_says_which_problem_it_is()
    {
        var engine = new Engine.EditorialEngine(Profiles.ProfileSet.BuiltIn, AttributionTestKit.Rules);
        var diagnostic = engine.Check([new Engine.ArticleInput("a.txt", "It was over.” The crowd left.\n", AttributionTestKit.WithRulesOffByDefault())])
            .ShouldHaveSingleItem();
        diagnostic.Properties.ShouldBe(new Dictionary<string, string> { ["problem"] = "not-opened" });
    }

    [Fact]
    public void It_reports_nothing_unless_a_folder_turns_it_on()
    {
        var engine = new Engine.EditorialEngine(Profiles.ProfileSet.BuiltIn, AttributionTestKit.Rules);
        engine.Check([new Engine.ArticleInput("a.txt", "It was over.” The crowd left.\n", Configuration.ArticleSettings.Empty)]).ShouldBeEmpty();
    }

    [Fact]
    public void The_seeds_balance()
    {
        foreach (var seed in new[] { "agency-a/000.txt", "agency-b/001.txt", "aljazeera/002.txt", "ap/003.txt", "afp/004.txt" })
        {
            AttributionTestKit.CheckSeed(seed).Where(d => d.StartsWith("ED3004", StringComparison.Ordinal)).ShouldBeEmpty(seed);
        }
    }
}
