using Editorial.Text;

namespace Editorial.Tests;

public class RecentSlotsTests
{
    [Fact]
    public void A_slot_holds_the_value_last_stored_for_any_hash_that_falls_in_it()
    {
        var slots = new RecentSlots<string>(bits: 2);
        slots.Get(5).ShouldBeNull();
        slots.Set(5, "five");
        slots.Get(5).ShouldBe("five");
        // 9 and 5 share slot 1 of 4: the newer value takes it, and a reader compares what it gets before use.
        slots.Set(9, "nine");
        slots.Get(5).ShouldBe("nine");
        slots.Get(6).ShouldBeNull();
    }
}
