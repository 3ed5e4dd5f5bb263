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
        var diagnostic = engine.Check([new Engine.ArticleInput("a.txt", "It was over.” The crowd left.\n", Configuration.ArticleSettings.Empty)])
            .ShouldHaveSingleItem();
        diagnostic.Properties.ShouldBe(new Dictionary<string, string> { ["problem"] = "not-opened" });
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
