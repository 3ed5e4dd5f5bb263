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
    public void The_seeds_balance()
    {
        foreach (var seed in new[] { "agency-a/000.txt", "agency-b/001.txt", "aljazeera/002.txt", "ap/003.txt", "afp/004.txt" })
        {
            AttributionTestKit.CheckSeed(seed).Where(d => d.StartsWith("ED3004", StringComparison.Ordinal)).ShouldBeEmpty(seed);
        }
    }
}
