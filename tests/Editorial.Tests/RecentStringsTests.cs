using Editorial.Text;

namespace Editorial.Tests;

public class RecentStringsTests
{
    [Fact]
    public void A_string_joined_again_of_the_same_characters_is_the_one_made_before()
    {
        var strings = new RecentStrings(bits: 4);
        var key = strings.Concat("name:", "peskov", ">", "dmitry");
        key.ShouldBe("name:peskov>dmitry");
        strings.Concat("name:", "peskov", ">", "dmitry").ShouldBeSameAs(key);
        // Other parts of the same characters are the same string.
        strings.Concat("name:pes", "kov>dmitry").ShouldBeSameAs(key);
        strings.Concat("name:", "peskov").ShouldBe("name:peskov");
    }

    [Fact]
    public void A_string_whose_slot_another_took_is_made_again()
    {
        // One slot: every string takes it from the one before, and each is compared in full before it is given back.
        var strings = new RecentStrings(bits: 0);
        var first = strings.Concat("name:", "kuleba");
        strings.Concat("name:", "kuleb").ShouldBe("name:kuleb");
        var again = strings.Concat("name:", "kuleba");
        again.ShouldBe("name:kuleba");
        again.ShouldNotBeSameAs(first);
    }
}
