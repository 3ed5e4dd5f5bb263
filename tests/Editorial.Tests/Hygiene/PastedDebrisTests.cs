namespace Editorial.Tests.Hygiene;

public class PastedDebrisTests
{
    [Theory]
    [InlineData("Talks resumed.\nAdvertisement\nThe talks ended.", "a.txt(2,1): ED4001: Pasted label 'Advertisement' left in the copy")]
    [InlineData("Talks resumed.\nRead more: Russia says talks will go on\nThe talks ended.", "a.txt(2,1): ED4001: Pasted label 'Read more:' left in the copy")]
    [InlineData("Talks resumed.\nSign up for our newsletter to get the latest news.\nThe talks ended.", "a.txt(2,1): ED4001: Embed placeholder or prompt 'Sign up for our newsletter' left in the copy")]
    [InlineData("Talks resumed.\nhttps://www.instagram.com/p/CbAbc123/\nThe talks ended.", "a.txt(2,1): ED4001: Bare embed URL 'https://www.instagram.com/p/CbAbc123/' left in the copy")]
    [InlineData("Talks resumed.\nPhoto: Efrem Lukatsky/AP\nThe talks ended.", "a.txt(2,1): ED4001: Photo caption with credit 'Photo: Efrem Lukatsky/AP' left in the copy")]
    [InlineData("Residents shelter in a basement in Kyiv (AP Photo/Efrem Lukatsky)\nThe talks ended.", "a.txt(1,1): ED4001: Photo caption with credit '(AP Photo/Efrem Lukatsky)' left in the copy")]
    [InlineData("Updated: 2022-03-14 Talks resumed on Monday.", "a.txt(1,1): ED4001: CMS metadata 'Updated: 2022-03-14' left in the copy")]
    [InlineData("Talks resumed.\npic.twitter.com/Ab12Cd34\nThe talks ended.", "a.txt(2,1): ED4001: Bare embed URL 'pic.twitter.com/Ab12Cd34' left in the copy")]
    [InlineData("Talks resumed.\nAdvertisement Continue reading the main story\nThe talks ended.",
        "a.txt(2,15): ED4001: Embed placeholder or prompt 'Continue reading the main story' left in the copy")]
    public void Debris_lines_are_reported_at_their_line(string text, string expected)
    {
        HygieneRun.Text(text).Select(HygieneRun.Describe).ShouldBe([expected]);
    }

    [Fact]
    public void A_pasted_label_at_the_end_takes_the_line_breaks_before_it()
    {
        const string text = "Talks resumed.\n\nREAD ALSO:\n";
        HygieneRun.ApplyFix(text, HygieneRun.Text(text).Single()).ShouldBe("Talks resumed.");
    }

    [Theory]
    [InlineData("The minister said the post, which read more like a threat, was removed.")]
    [InlineData("Related talks are planned. Advertisement revenue fell, the company said.")]
    [InlineData("He shared the link https://example.com/report in a statement.")]
    [InlineData("The photo: a crowd in Lviv, taken on Sunday by a resident who was there.")]
    [InlineData("Officials (who spoke on condition of anonymity) said talks would resume.")]
    [InlineData("Dated 2022-03-14, the letter was published on Monday.")]
    [InlineData("Posted troops arrived on 2022-03-14.")]
    // The text of an embedded post, with the address of its photo: the post quoted, not debris.
    [InlineData("The queue at the bridge is long tonight pic.twitter.com/Ab12Cd34 — Jane Roe (@janeroe) March 3, 2022")]
    [InlineData("pic.twitter.com/Ab12Cd34 — Jane Roe (@janeroe) March 3, 2022")]
    [InlineData("Prices rose and/or fell, and 1.5/2 of them were sold.")]
    public void Prose_that_merely_contains_the_words_is_not_debris(string text)
    {
        HygieneRun.Text(text).ShouldBeEmpty();
    }

    [Fact]
    public void An_outlet_profile_extends_the_phrase_lists()
    {
        var profiles = HygieneRun.HouseProfile("lists:\n  debris-lines:\n    - Live updates\n  embed-debris:\n    - Download our app\n");
        var findings = HygieneRun.Text("Talks resumed.\nLIVE UPDATES\nREAD ALSO:\nDownload our app for alerts.\n", profiles, "house");
        findings.Select(HygieneRun.Describe).ShouldBe(
        [
            "a.txt(2,1): ED4001: Pasted label 'LIVE UPDATES' left in the copy",
            "a.txt(3,1): ED4001: Pasted label 'READ ALSO:' left in the copy",
            "a.txt(4,1): ED4001: Embed placeholder or prompt 'Download our app' left in the copy",
        ]);
    }
}
