
using static Editorial.Tests.Figures.StoryFigures;

namespace Editorial.Tests.Figures;

/// <summary>An amount for each unit of something ("$82 a share", "$3 per barrel", "£10 a head") is a rate: it is compared with
/// rates for the same unit, never with a total of the same noun ("a $103bn bid").</summary>
public class RateAmountTests
{
    [Fact]
    public void A_price_a_share_is_not_the_total_value_of_the_same_bid()
    {
        Check(("a.txt", "Orlen Holdings made a bid of $82 a share for Vantor Pharma."),
              ("b.txt", "Orlen Holdings made a $103bn bid for Vantor Pharma."))
            .ShouldBeEmpty();
        Check(("a.txt", "Orlen Holdings made a $103bn bid for Vantor Pharma.\n\nThe Orlen Holdings bid of $82 per share was rejected."))
            .ShouldBeEmpty();
    }

    [Fact]
    public void Rates_of_one_unit_conflict_with_each_other()
    {
        Check(("a.txt", "Orlen Holdings made a bid of $82 a share for Vantor Pharma."),
              ("b.txt", "Orlen Holdings made an $85-a-share bid for Vantor Pharma."))
            .ShouldBe(
            [
                "a.txt(1,23,1,41): info ED2002: Conflicting figures for bid per share (USD) in the same story: “bid of $82 a share” here and “$85-a-share bid” in b.txt(1,24) cannot both be true ($82 vs $85)",
                "b.txt(1,24,1,39): info ED2002: Conflicting figures for bid per share (USD) in the same story: “$85-a-share bid” here and “bid of $82 a share” in a.txt(1,23) cannot both be true ($85 vs $82)",
            ]);
    }

    [Fact]
    public void A_price_per_person_or_a_head_is_not_the_total_of_the_same_noun()
    {
        Check(("a.txt", "The Marlow Trust paid a fine of £10 a head for the missing forms."),
              ("b.txt", "The Marlow Trust paid a £4,000 fine for the missing forms."))
            .ShouldBeEmpty();
        Check(("a.txt", "The Marlow Trust received a grant of $40 per person from Dunmore County."),
              ("b.txt", "The Marlow Trust received a $90,000 grant from Dunmore County."))
            .ShouldBeEmpty();
    }
}
