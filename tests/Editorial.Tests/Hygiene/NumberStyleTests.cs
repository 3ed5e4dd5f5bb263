namespace Editorial.Tests.Hygiene;

public class NumberStyleTests
{
    /// <summary>A project profile that extends default with AP's number style, as rules/ap.yml is expected to.</summary>
    private static readonly Profiles.ProfileSet Ap = HygieneRun.HouseProfile("settings:\n  number-style: ap\n");

    [Fact]
    public void Figures_one_to_nine_are_spelled_out_in_ap_style()
    {
        const string text = "Russian shelling killed 2 people in 3 suburbs. 5 fighters were wounded.";
        var findings = HygieneRun.Text(text, Ap, "house");
        findings.Select(HygieneRun.Describe).ShouldBe(
        [
            "a.txt(1,25): ED4007: Spell out '2' as 'two' (AP style spells out one to nine)",
            "a.txt(1,37): ED4007: Spell out '3' as 'three' (AP style spells out one to nine)",
            "a.txt(1,48): ED4007: Spell out '5' as 'Five' (AP style spells out one to nine)",
        ]);
        HygieneRun.ApplyFix(text, findings[2]).ShouldEndWith(" Five fighters were wounded.");
    }

    [Theory]
    [InlineData("A 5-year-old girl and a boy aged 7 were hurt; another child, 9 years old, was not.")]
    [InlineData("Prices rose 5 percent and 3% more in March, to $4 a liter.")]
    [InlineData("The troops were 9 miles (15 kilometers) from Kyiv at 5 p.m. on March 4.")]
    [InlineData("He lives at No. 7 and takes Route 9 to Gate 4 on day 3.")]
    [InlineData("The score was 3-2 after 2.8 million votes, with 12 abstentions.")]
    [InlineData("Zelenskyy met 5 ministers")]
    [InlineData("She was 8 when the war began in Donbas.")]
    // Both ends of a range keep their figures, as the figure extractor reads the range as one figure.
    [InlineData("Between 5 and 9 people died.")]
    [InlineData("Officials said 5 to 9 people died.")]
    [InlineData("She was the No. 1 pick and beat the No. 7 seed.")]
    [InlineData("The Nord Stream 1 and 2 pipelines were shut.")]
    [InlineData("Rates fell by 5 percentage points, and a 1 million-member army was planned.")]
    [InlineData("He won in 3 hours, 10 minutes, and a coffee cost 2 dirhams.")]
    [InlineData("The match lasted 3 hours, 3 minutes.")]
    [InlineData("The wind farms make under 3 gigawatts.")]
    public void Ap_exceptions_and_headlines_keep_their_figures(string text)
    {
        HygieneRun.Text(text, Ap, "house").ShouldBeEmpty();
    }

    [Fact]
    public void Without_a_number_style_the_default_profile_reports_nothing()
    {
        HygieneRun.Text("Russian shelling killed 2 people.").ShouldBeEmpty();
    }

    [Fact]
    public void The_ap_seed_keeps_to_ap_number_style()
    {
        var findings = HygieneRun.Check(Ap, new Engine.ArticleInput("ap/003.txt", Seeds.Text("ap/003.txt"), new Configuration.ArticleSettings(defaultOutlet: "house")));
        findings.ShouldNotContain(d => d.Id == "ED4007");
    }
}
