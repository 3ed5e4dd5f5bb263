namespace Editorial.Tests.Hygiene;

public class RepeatedTextTests
{
    [Fact]
    public void A_paragraph_pasted_twice_is_reported_at_the_second_and_removed()
    {
        const string text = "Russia and Ukraine held a new round of talks.\n\nThe talks ended without a breakthrough.\n\nRussia and Ukraine held a new round of talks!\n\nEnd.";
        var finding = HygieneRun.Text(text).Single();
        HygieneRun.Describe(finding).ShouldBe("a.txt(5,1): ED4002: Paragraph repeats line 1: 'Russia and Ukraine held a new round of talks!'");
        finding.RelatedLocations.Single().LineSpan.StartLine.ShouldBe(1);
        HygieneRun.ApplyFix(text, finding).ShouldBe("Russia and Ukraine held a new round of talks.\n\nThe talks ended without a breakthrough.\n\nEnd.");
    }

    [Fact]
    public void A_sentence_repeated_inside_another_paragraph_is_reported_without_a_fix()
    {
        const string text = "The claim could not be independently verified by reporters. Talks went on.\n\nShells fell on Irpin. The claim could not be independently  verified by reporters.";
        var finding = HygieneRun.Text(text).Single();
        HygieneRun.Describe(finding).ShouldBe("a.txt(3,23): ED4002: Sentence repeats line 1: 'The claim could not be independently  verified by reporters.'");
        finding.Fix.ShouldBeNull();
    }

    [Theory]
    [InlineData("“No,” he said.\n\n“No,” he said.")]
    [InlineData("It was very scary. It was very scary.")]
    [InlineData("Talks resume on Monday in Belarus\n\nTalks resume on Monday in Belarus, officials said, after a week.")]
    public void Short_repeats_and_a_headline_that_opens_a_sentence_are_left_alone(string text)
    {
        HygieneRun.Text(text).Where(d => d.Id == "ED4002").ShouldBeEmpty();
    }
}
