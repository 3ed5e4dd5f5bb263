namespace Editorial.Tests.Spelling;

/// <summary>
/// The spelling gates (docs/spelling.md, "What a reportable spelling finding must have"): each condition with a twin that
/// meets it and is reported, and one that does not and stays quiet.
/// </summary>
public class SpellingGatesTests
{
    private static List<string> Lines(string text, string? outlet = null) => SpellingCheck.Lines(text, outlet);

    private const string BritishCopy = "The colour of the flag and the colour of the banner matched the harbour lights. ";

    [Fact]
    public void A_phrase_quoted_in_single_marks_keeps_its_author_s_regional_spelling()
    {
        Lines(BritishCopy + "The council called the forecast 'favorable' for the fair.").ShouldBeEmpty();
        Lines(BritishCopy + "The council called the forecast 'a favorable sign for trade' at the fair.").ShouldBeEmpty();
        Lines(BritishCopy + "The council called the forecast favorable for the fair.").ShouldBe(
        [
            "a.txt(1,113,1,122): info ED1003: 'favorable' is American spelling; this article uses British spelling: 'favourable' => favourable",
        ]);
    }

    [Fact]
    public void A_term_quoted_in_double_marks_keeps_its_author_s_regional_spelling()
    {
        Lines(BritishCopy + "The minister dismissed the talks as \u201Ctheater.\u201D").ShouldBeEmpty();
        Lines(BritishCopy + "The minister dismissed the talks as theater.").ShouldBe(
        [
            "a.txt(1,117,1,124): info ED1003: 'theater' is American spelling; this article uses British spelling: 'theatre' => theatre",
        ]);
    }

    [Fact]
    public void A_possessive_or_an_apostrophe_in_a_word_opens_no_quoted_phrase()
    {
        // "the sailors' favorable view": the plural possessive's apostrophe is no opening mark, and "Lisbon's" holds one inside a word.
        Lines(BritishCopy + "The sailors' favorable view of Lisbon's port was noted.").ShouldBe(
        [
            "a.txt(1,94,1,103): info ED1003: 'favorable' is American spelling; this article uses British spelling: 'favourable' => favourable",
        ]);
    }

    [Fact]
    public void An_abbreviation_in_a_quoted_phrase_is_its_author_s()
    {
        const string own = "The U.S. sent aid on Monday. The U.S. sent more on Friday. ";
        Lines(own + "A spokesman praised the 'US effort' in the region.").ShouldBeEmpty();
        Lines(own + "A spokesman praised the US effort in the region.").ShouldBe(
        [
            "a.txt(1,84,1,86): info ED1006: 'US' should be 'U.S.' (as in the rest of this article) => U.S.",
        ]);
    }

    [Fact]
    public void A_compound_in_a_quoted_phrase_is_its_author_s()
    {
        const string own = "The airbase at the coast was hit. A second airbase burned overnight. ";
        Lines(own + "Officials called the 'air base raids' reckless.").ShouldBeEmpty();
        Lines(own + "Officials called the air base raids reckless.").ShouldBe(
        [
            "a.txt(1,91,1,99): info ED1001: 'air base' is spelled 'airbase' elsewhere in this article => airbase",
        ]);
    }
}
