using Editorial.Articles;
using Editorial.Lexicon;

namespace Editorial.Tests;

/// <summary>A profile's phrases match words in any case; the lengths and initials of the first words only pass over words
/// that no phrase can start with.</summary>
public class PhraseListTests
{
    private static int MatchAt(PhraseList list, string text, int token)
    {
        var tokens = Article.Parse("a.txt", text).Tokens;
        return list.MatchAt(tokens, token, tokens.Count);
    }

    [Theory]
    [InlineData("According to officials, talks resumed.", 2)]
    [InlineData("ACCORDING TO officials, talks resumed.", 2)]
    [InlineData("Élysée officials said talks resumed.", 2)]
    [InlineData("élysée officials said talks resumed.", 2)]
    [InlineData("Accordingly, talks resumed.", 0)]
    [InlineData("Ascording to officials, talks resumed.", 0)]
    public void A_phrase_is_matched_at_its_first_word_in_any_case(string text, int length)
    {
        var list = new PhraseList(["according to", "Élysée officials", "sources"]);
        MatchAt(list, text, 0).ShouldBe(length);
    }
}
