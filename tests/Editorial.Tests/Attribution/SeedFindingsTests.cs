namespace Editorial.Tests.Attribution;

/// <summary>The complete ED3xxx findings on the five seed articles: carefully sourced copy, so each one must be defensible.</summary>
public class SeedFindingsTests
{
    [Theory]
    [InlineData("agency-a/000.txt")]
    [InlineData("agency-b/001.txt")]
    [InlineData("ap/003.txt")]
    public void Fully_attributed_seeds_report_nothing(string seed)
    {
        AttributionTestKit.CheckSeed(seed).ShouldBeEmpty();
    }

    [Fact]
    public void Al_jazeera_reports_its_vague_sourcing()
    {
        AttributionTestKit.CheckSeed("aljazeera/002.txt").ShouldBe(
        [
            // "But in a sign …, US officials told media, Russia had asked China for military and economic aid": which officials, which media?
            "ED3003 (36,78): Vague sourcing 'officials told media': name the source, or say why it cannot be named",
            // "… said Russian President Vladimir Putin reportedly asking for military help …": reported by whom?
            "ED3003 (44,113): Vague sourcing 'reportedly': name the source, or say why it cannot be named",
        ]);
    }

    [Fact]
    public void Afp_reports_its_unsourced_toll()
    {
        // "Russian air strikes … killed at least 35 people and wounded more than 130." The other outlets give the same toll
        // with "Ukrainian officials said"; the AFP copy states it as fact.
        AttributionTestKit.CheckSeed("afp/004.txt").ShouldBe(["ED3002 (10,154): Figure '35' (killed) has no source: say who gives it"]);
    }

    [Fact]
    public void With_a_reason_required_for_anonymity_only_al_jazeera_citing_anonymous_officials_is_added()
    {
        var strict = AttributionTestKit.ReasonRequired;
        // ap/003.txt gives a reason for both of its anonymous sources ("to discuss the Pentagon assessment", "to discuss sensitive information").
        AttributionTestKit.CheckSeed("ap/003.txt", strict, "strict").ShouldBeEmpty();
        AttributionTestKit.CheckSeed("aljazeera/002.txt", strict, "strict").ShouldBe(
        [
            "ED3003 (36,78): Vague sourcing 'officials told media': name the source, or say why it cannot be named",
            "ED3003 (38,135): Anonymous source 'anonymous officials': the outlet's policy asks why the source cannot be named",
            "ED3003 (44,113): Vague sourcing 'reportedly': name the source, or say why it cannot be named",
        ]);
    }
}
