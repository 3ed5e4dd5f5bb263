using Editorial.Text;

namespace Editorial.Tests;

/// <summary>A set's word shapes pass every word of the set, in any case where the set ignores case, and no word of another
/// length or initial.</summary>
public class WordShapesTests
{
    [Theory]
    [InlineData("said", true)]
    [InlineData("SAID", true)]
    [InlineData("ſaid", true)] // a case-insensitive comparison may take the long s for "S"
    [InlineData("told", false)]
    [InlineData("sai", false)]
    public void Ignoring_case_a_word_passes_in_any_case(string word, bool mayHold)
    {
        WordShapes.Of(["said", "according"], ignoreCase: true).MayHold(word).ShouldBe(mayHold);
    }

    [Theory]
    [InlineData("Our", true)]
    [InlineData("our", false)]
    [InlineData("Ours", false)]
    public void Ordinally_a_word_passes_only_in_the_set_s_case(string word, bool mayHold)
    {
        WordShapes.Of(["Our", "we"], ignoreCase: false).MayHold(word).ShouldBe(mayHold);
    }
}
