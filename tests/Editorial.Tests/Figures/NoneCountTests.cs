using Editorial.Articles;
using Editorial.Figures;
using static Editorial.Tests.Figures.StoryFigures;

namespace Editorial.Tests.Figures;

/// <summary>"No one was injured", "nobody was killed": a toll of none is a count of zero of its quantity, which a toll of some
/// of the same occasion contradicts; "no one else" and "no one knows" count nothing.</summary>
public class NoneCountTests
{
    private static IReadOnlyList<Figure> Extract(string text) =>
        FigureExtractor.Extract(Article.Parse("test.txt", text), FigureLexicon.Of(Profiles.ProfileSet.BuiltIn.Default));

    private static IReadOnlyList<CountedFigure> Counted(string text) => ArticleFigures.Analyze(Article.Parse("test.txt", text)).Counted;

    [Theory]
    [InlineData("No one was injured in the fire.", "No one")]
    [InlineData("Nobody was killed when the roof fell.", "Nobody")]
    [InlineData("Police said no-one died in the crash.", "no-one")]
    [InlineData("No one has been hurt, the mayor said.", "No one")]
    public void Nobody_before_a_verb_is_a_count_of_none(string text, string figureText)
    {
        var figure = Extract(text).ShouldHaveSingleItem();
        (figure.Kind, figure.Text, figure.Interval.ToString()).ShouldBe((FigureKind.Count, figureText, "[0, 0]"));
    }

    [Theory]
    [InlineData("No one knows why the roof fell.")]
    [InlineData("Nobody on the team spoke to reporters.")]
    [InlineData("He told no one about the plan.")]
    public void Nobody_before_other_words_is_no_count_of_none(string text) => Extract(text).ShouldNotContain(figure => figure.IsNone);

    [Theory]
    [InlineData("No one was injured in the fire.", "people wounded")]
    [InlineData("Nobody was killed when the roof fell.", "people killed")]
    [InlineData("Police said no-one died in the crash.", "people killed")]
    public void A_count_of_none_is_keyed_as_the_toll_its_verb_names(string text, string description) =>
        Counted(text).ShouldHaveSingleItem().Key.Description.ShouldBe(description);

    [Fact]
    public void No_one_else_is_a_part_and_not_one_counts_nothing()
    {
        Counted("Two people were hurt in the blast in Leeds. No one else was hurt.").Select(c => c.PhraseText).ShouldBe(["Two people"]);
        Counted("Not one was killed in the blast in Leeds.").ShouldBeEmpty();
    }

    [Fact]
    public void A_toll_of_none_conflicts_with_a_toll_of_the_same_occasion_across_a_story()
    {
        Check(("a.txt", "No one was injured when a barge caught fire off Terrigal on Sunday night."),
              ("b.txt", "Two people were injured when a barge caught fire off Terrigal on Sunday night."))
            .ShouldBe(
            [
                "a.txt(1,1,1,7): info ED2002: Conflicting figures for people wounded in the fire in Terrigal on Sunday in the same story: “No one” here and “Two people” in b.txt(1,1) cannot both be true (No one vs Two)",
                "b.txt(1,1,1,11): info ED2002: Conflicting figures for people wounded in the fire in Terrigal on Sunday in the same story: “Two people” here and “No one” in a.txt(1,1) cannot both be true (Two vs No one)",
            ]);
    }

    [Fact]
    public void A_toll_of_none_does_not_take_the_place_of_the_sentence_before()
    {
        Check(("a.txt", "A bomb injured 29 people in Chelsea on Saturday. No one was injured in the Jersey blast."))
            .ShouldBeEmpty();
    }
}
