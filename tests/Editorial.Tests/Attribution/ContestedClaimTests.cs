using Editorial.Articles;
using Editorial.Attribution;

namespace Editorial.Tests.Attribution;

public class ContestedClaimTests
{
    private static (ClaimSourceKind Kind, string Figures, string? Source, string? Agent) Claim(string text)
    {
        var article = Article.Parse("a.txt", text);
        var claim = AttributionTestKit.Analyze(article).Claims.Single();
        return (claim.Kind, string.Join(", ", claim.Figures.Select(f => f.Text + " " + f.Event)),
            claim.Source is { } source ? article.GetText(source.Span) : null,
            claim.Source?.Speaker is { } agent ? article.GetText(agent) : null);
    }

    [Fact]
    public void Source_after_the_claim_in_the_same_sentence()
    {
        // ap/003.txt line 83
        Claim("The attack killed 35 people, Ukrainian officials said, and raised fears that NATO could be drawn into a direct conflict with Russia.")
            .ShouldBe((ClaimSourceKind.SameSentence, "35 killed", "said", "Ukrainian officials"));
    }

    [Fact]
    public void Source_before_the_claim_with_an_auxiliary()
    {
        // aljazeera/002.txt line 62
        Claim("The United Nations has recorded at least 596 civilian deaths, though it believes the true toll is much higher.")
            .ShouldBe((ClaimSourceKind.SameSentence, "596 deaths", "recorded", "The United Nations"));
    }

    [Fact]
    public void According_to_names_the_source()
    {
        // ap/003.txt line 41
        Claim("Nine people were killed in a rocket attack on a TV tower in the western village of Antopol, according to the region’s governor.")
            .ShouldBe((ClaimSourceKind.SameSentence, "Nine killed", "according to", "the region’s governor"));
    }

    [Fact]
    public void Source_carries_from_the_previous_sentence_of_the_paragraph()
    {
        // ap/003.txt line 65, without the second sentence's own "what the UN has called".
        var article = Article.Parse("a.txt",
            "The UN has recorded at least 596 civilian deaths since Russia invaded Ukraine on February 24. Millions more have fled their homes.");
        var claims = AttributionTestKit.Analyze(article).Claims;
        claims.Select(c => (c.Kind, c.Figures[0].Text)).ShouldBe([(ClaimSourceKind.SameSentence, "596"), (ClaimSourceKind.PreviousSentence, "Millions")]);
        article.GetText(claims[1].Source!.Span).ShouldBe("recorded");
    }

    [Fact]
    public void Source_in_the_next_sentence_of_the_paragraph()
    {
        Claim("At least 10 people were killed in the strike. The number could rise, local officials said.")
            .ShouldBe((ClaimSourceKind.NextSentence, "10 killed", "said", "local officials"));
    }

    [Fact]
    public void Source_does_not_carry_across_paragraphs()
    {
        // The first paragraph gives no source, so it sources nothing for the rest of the story.
        var text = "The siege entered its third week.\n\nThe UN has recorded at least 596 civilian deaths.\n\nMillions more have fled their homes.\n";
        AttributionTestKit.Check("a.txt", text).ShouldBe(["ED3002 (5,1): Figure 'Millions' (fled) has no source: say who gives it"]);
    }

    [Fact]
    public void A_passive_reporting_verb_is_not_a_source()
    {
        AttributionTestKit.Check("a.txt", "Nine people were reported killed in a rocket attack on a TV tower.\n")
            .ShouldBe(["ED3002 (1,1): Figure 'Nine' (killed) has no source: say who gives it"]);
        AttributionTestKit.Check("a.txt", "Nine deaths were reported by the region’s governor on Sunday.\n").ShouldBeEmpty();
    }

    [Fact]
    public void The_unsourced_toll_of_the_afp_seed_is_reported_once()
    {
        // afp/004.txt line 10 gives the toll flat; agency-a/000.txt gives the same one with "Ukrainian officials said".
        AttributionTestKit.CheckSeed("afp/004.txt").ShouldBe(["ED3002 (10,154): Figure '35' (killed) has no source: say who gives it"]);
    }

    [Theory]
    // Dates, clock times, ages, measures and ordinals are not counts.
    [InlineData("US journalist Brent Renaud was killed on Sunday, the first foreign reporter to die since the invasion on February 24.")]
    [InlineData("The talks will begin at 08:20 GMT, hours after the shelling killed residents.")]
    [InlineData("Missiles have hit the city almost daily since Feb. 24.")]
    [InlineData("A 33-year-old refugee fled the industrial city.")]
    [InlineData("Russian troops were still about 15 kilometers (9 miles) from the city where civilians were killed.")]
    [InlineData("Artillery hit a nine-story apartment building where residents were wounded.")]
    [InlineData("It was one of the largest strikes of the war.")]
    // Ages, numbers in names and pairs such as "24/7" are not counts either.
    [InlineData("The filmmaker Brent Renaud, 51, was killed in Irpin.")]
    [InlineData("A man aged 33 was killed.")]
    [InlineData("A Boeing 737 crashed where residents were killed.")]
    [InlineData("Russia has shelled the city 24/7, and residents have fled.")]
    // Counts of time and of repetitions count no contested thing; "the" before a number word points back to a count already given.
    [InlineData("Shelling over three days killed residents.")]
    [InlineData("Missiles were fired 100 times at the city.")]
    [InlineData("The two men were killed on Sunday.")]
    [InlineData("No one was killed.")]
    // A figure inside a quotation is the speaker's.
    [InlineData("A witness told reporters that “at least 40 people were killed in the strike.”")]
    public void Not_a_contested_figure(string text)
    {
        AttributionTestKit.Analyze(text).Claims.ShouldBeEmpty();
    }

    [Fact]
    public void Number_words_and_amounts_count()
    {
        Claim("Dozens of civilians fled the suburbs overnight.").Figures.ShouldBe("Dozens fled");
        Claim("The strike caused $2.8m of damage to the plant.").Figures.ShouldBe("2.8m damage");
        // The number as written, whole: compounds, scales and ranges are one figure.
        Claim("Twenty-five civilians were killed.").Figures.ShouldBe("Twenty-five killed");
        Claim("More than 2.8 million people have fled.").Figures.ShouldBe("2.8 million fled");
        Claim("Hundreds of thousands of people fled.").Figures.ShouldBe("Hundreds of thousands fled");
        Claim("10-20 people were killed.").Figures.ShouldBe("10 killed");
    }

    [Fact]
    public void Headlines_are_not_checked()
    {
        AttributionTestKit.Check("a.txt", "Strike on base near Polish border kills 35\n\nThe base was hit on Sunday.\n").ShouldBeEmpty();
    }
}
