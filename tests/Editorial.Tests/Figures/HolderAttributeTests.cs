using Editorial.Configuration;
using Editorial.Diagnostics;
using Editorial.Engine;

namespace Editorial.Tests.Figures;

/// <summary>Attributes of one named holder: a person's age, keyed by the person's surname and given name.</summary>
public class HolderAttributeTests
{
    private static IReadOnlyList<string> Check(params (string Path, string Text)[] inputs) =>
        new EditorialEngine().Check(inputs.Select(i => new ArticleInput(i.Path, i.Text,
                new ArticleSettings(new Dictionary<string, string> { ["editorial.story"] = "story" }))).ToArray())
            .Where(d => d.Id.StartsWith("ED2", StringComparison.Ordinal)).Select(d => d.ToString()).ToList();

    [Fact]
    public void The_age_of_one_person_conflicts_across_a_story_in_each_way_it_is_written()
    {
        const string Appositive = "Firefighters pulled Jane Roe, 34, from the flat on Tuesday.";
        Check(("a.txt", Appositive), ("b.txt", "The 35-year-old Jane Roe was treated for smoke inhalation."))
            .ShouldBe(
            [
                "a.txt(1,31,1,33): info ED2002: Conflicting figures for age of Roe in the same story: “34” here and “35-year-old” in b.txt(1,5) cannot both be true (34 vs 35-year-old)",
                "b.txt(1,5,1,16): info ED2002: Conflicting figures for age of Roe in the same story: “35-year-old” here and “34” in a.txt(1,31) cannot both be true (35-year-old vs 34)",
            ]);
        Check(("a.txt", Appositive), ("b.txt", "Neighbours said Jane Roe, who is 36, had lived there for years."))
            .ShouldBe(
            [
                "a.txt(1,31,1,33): info ED2002: Conflicting figures for age of Roe in the same story: “34” here and “36” in b.txt(1,34) cannot both be true (34 vs 36)",
                "b.txt(1,34,1,36): info ED2002: Conflicting figures for age of Roe in the same story: “36” here and “34” in a.txt(1,31) cannot both be true (36 vs 34)",
            ]);
        Check(("a.txt", Appositive), ("b.txt", "Jane Roe, a 33-year-old teacher, was treated at the scene."))
            .ShouldBe(
            [
                "a.txt(1,31,1,33): info ED2002: Conflicting figures for age of Roe in the same story: “34” here and “33-year-old” in b.txt(1,13) cannot both be true (34 vs 33-year-old)",
                "b.txt(1,13,1,24): info ED2002: Conflicting figures for age of Roe in the same story: “33-year-old” here and “34” in a.txt(1,31) cannot both be true (33-year-old vs 34)",
            ]);
        Check(("a.txt", Appositive), ("b.txt", "The 34-year-old Jane Roe was treated for smoke inhalation.")).ShouldBeEmpty();
    }

    [Fact]
    public void A_surname_alone_is_the_person_its_article_named_in_full_and_ages_in_one_article_conflict()
    {
        Check(("a.txt", "Jane Roe, aged 37, was taken to hospital.\n\nRoe is 38 years old, her sister said."))
            .ShouldBe(
            [
                "a.txt(3,8,3,20): info ED2001: Conflicting figures for age of Roe: “38 years old” here and “37” at line 1 cannot both be true (38 years old vs 37)",
            ]);
    }

    [Fact]
    public void Each_age_of_a_list_is_the_age_of_the_name_before_it()
    {
        Check(("a.txt", "Jane Roe, 34, and her neighbour Tom Hale, 61, were rescued."),
              ("b.txt", "Rescuers reached Tom Hale, 62, and Jane Roe, 34, after an hour."))
            .ShouldBe(
            [
                "a.txt(1,43,1,45): info ED2002: Conflicting figures for age of Hale in the same story: “61” here and “62” in b.txt(1,28) cannot both be true (61 vs 62)",
                "b.txt(1,28,1,30): info ED2002: Conflicting figures for age of Hale in the same story: “62” here and “61” in a.txt(1,43) cannot both be true (62 vs 61)",
            ]);
    }

    [Fact]
    public void Two_people_of_one_surname_are_two_holders_and_a_surname_alone_between_them_is_no_one_sure()
    {
        Check(("a.txt", "John Smith, 45, and his wife Mary Smith, 43, were rescued.\n\nSmith, 44, said the smoke woke them."))
            .ShouldBeEmpty();
        Check(("a.txt", "John Smith, 45, was rescued."), ("b.txt", "Mary Smith, 43, was rescued.")).ShouldBeEmpty();
    }

    [Fact]
    public void An_age_that_no_name_holds_or_that_a_name_qualifies_another_noun_with_stays_unkeyed()
    {
        Check(("a.txt", "A 12-year-old boy was hurt in the fire."), ("b.txt", "A 13-year-old boy was hurt in the fire.")).ShouldBeEmpty();
        Check(("a.txt", "The 33-year-old Chelsea striker scored twice."), ("b.txt", "The 34-year-old Chelsea striker scored twice.")).ShouldBeEmpty();
        Check(("a.txt", "The club signed Rovers, 34, on loan."), ("b.txt", "The club signed Rovers, 35, on loan.")).ShouldBeEmpty();
    }

    [Fact]
    public void An_age_given_for_another_year_is_another_quantity()
    {
        Check(("a.md", "---\ndate: 2031-09-14\n---\nFirefighters pulled Jane Roe, 34, from the flat.\n"),
              ("b.md", "---\ndate: 2031-09-14\n---\nIn 2027, Jane Roe, 30, opened the bakery below the flat.\n"))
            .ShouldBeEmpty();
    }
}
