using Editorial.Articles;
using Editorial.Figures;

using static Editorial.Tests.Figures.StoryFigures;

namespace Editorial.Tests.Figures;

/// <summary>The year a named holder's state began ("has chaired the council since 2009"), and a number whose scale stands
/// after a closing quotation mark.</summary>
public class YearSinceTests
{
    [Fact]
    public void One_holders_state_has_one_start_year()
    {
        Check(("a.txt", "Marla Quint has chaired the Harbour Council since 2009."),
              ("b.txt", "Quint has chaired the Harbour Council since 2011, and she wants another term."))
            .ShouldBe(
            [
                "a.txt(1,51,1,55): info ED2002: Conflicting figures for year since which Quint has chaired the Harbour Council in the same story: “2009” here and “2011” in b.txt(1,45) cannot both be true (2009 vs 2011)",
                "b.txt(1,45,1,49): info ED2002: Conflicting figures for year since which Quint has chaired the Harbour Council in the same story: “2011” here and “2009” in a.txt(1,51) cannot both be true (2011 vs 2009)",
            ]);
    }

    [Fact]
    public void The_holder_may_stand_before_a_relative_clause_and_the_state_may_hold_a_possessive()
    {
        Check(("a.txt", "Marla Quint, who has been the council's chair since 2009, spoke first."),
              ("b.txt", "Quint has been the council’s chair since 2011."))
            .ShouldBe(
            [
                "a.txt(1,53,1,57): info ED2002: Conflicting figures for year since which Quint has been the council's chair in the same story: “2009” here and “2011” in b.txt(1,42) cannot both be true (2009 vs 2011)",
                "b.txt(1,42,1,46): info ED2002: Conflicting figures for year since which Quint has been the council's chair in the same story: “2011” here and “2009” in a.txt(1,53) cannot both be true (2011 vs 2009)",
            ]);
    }

    [Fact]
    public void A_date_is_compared_by_its_year()
    {
        Check(("a.txt", "Marla Quint has chaired the Harbour Council since March 2009."),
              ("b.txt", "Quint has chaired the Harbour Council since 2009."))
            .ShouldBeEmpty();
        Check(("a.txt", "Marla Quint has chaired the Harbour Council since March 4, 2009."),
              ("b.txt", "Quint has chaired the Harbour Council since 2010."))
            .Count.ShouldBe(2);
    }

    [Theory]
    // Another state of the same holder: another thing chaired, another verb.
    [InlineData("Quint has chaired the Harbour Council since 2009.", "Quint has chaired the budget committee since 2011.")]
    [InlineData("Quint has chaired the Harbour Council since 2009.", "Quint has sat on the Harbour Council since 2003.")]
    // A year of another phrasing: one year of a lasting state, or an act.
    [InlineData("Quint has chaired the Harbour Council since 2009.", "Quint chaired the Harbour Council in 2011.")]
    // Another holder, or one no name holds.
    [InlineData("Quint has chaired the Harbour Council since 2009.", "Dorran has chaired the Harbour Council since 2011.")]
    [InlineData("She has chaired the Harbour Council since 2009.", "He has chaired the Harbour Council since 2011.")]
    [InlineData("The firm has chaired the Harbour Council since 2009.", "The firm has chaired the Harbour Council since 2011.")]
    public void Other_states_and_other_phrasings_are_not_compared(string first, string second) =>
        Check(("a.txt", first), ("b.txt", second)).ShouldBeEmpty();

    [Theory]
    [InlineData("He said: “We are asking for $5.6” billion, the senator said.", "$5.6” billion", 5.55e9, 5.65e9)]
    [InlineData("They raised “12” million, she said.", "12” million", 11.5e6, 12.5e6)]
    public void A_scale_after_a_closing_quotation_mark_is_the_numbers(string text, string figureText, double low, double high)
    {
        var figure = FigureExtractor.Extract(Article.Parse("test.txt", text), FigureLexicon.Of(Profiles.ProfileSet.BuiltIn.Default)).Single(f => f.Text == figureText);
        figure.Interval.Low.ShouldBe(low);
        figure.Interval.High.ShouldBe(high);
    }
}
