using Editorial.Text;

namespace Editorial.Tests;

public class CharArraysTests
{
    [Fact]
    public void A_string_is_held_where_its_characters_stand_and_nowhere_past_the_end()
    {
        var chars = "the Kyiv office".ToCharArray();
        CharArrays.HoldAt(chars, 4, "Kyiv").ShouldBeTrue();
        CharArrays.HoldAt(chars, 4, "Kiev").ShouldBeFalse();
        CharArrays.HoldAt(chars, 9, "office").ShouldBeTrue();
        CharArrays.HoldAt(chars, 9, "offices").ShouldBeFalse();
        CharArrays.HoldAt(chars, 0, "").ShouldBeTrue();
    }
}
