using Editorial.Articles;
using Editorial.Figures;
using Editorial.Profiles;

namespace Editorial.Tests.Figures;

/// <summary>What a sentence's counts count is kept by sentence with what reading them asked of the rest of the article: a
/// sentence read before in another article is read again where that article answers otherwise.</summary>
public class CountsKeptBySentenceTests
{
    /// <summary>A profile no other test has read with: its lexicon's caches start empty.</summary>
    private static OutletProfile FreshProfile()
    {
        var profiles = ProfileSet.Load([new ProfileSource("rules/fresh.yml", "name: fresh\n")], Engine.RuleCatalog.Vocabulary);
        profiles.TryGet("fresh", out var fresh).ShouldBeTrue();
        return fresh;
    }

    private static List<string> Counted(string path, string text, OutletProfile profile) =>
        ArticleFigures.Analyze(Article.Parse(path, text), profile).Counted
            .Select(c => $"{c} at {c.Phrase.Start} story places[{string.Join(",", c.Key.StoryPlaces)}] setting[{c.Key.Setting}]").ToList();

    /// <summary>Reads <paramref name="first"/>, then <paramref name="second"/> with the same profile, and returns what the second
    /// reading counted, having checked that it is what a first reading of <paramref name="second"/> counts.</summary>
    private static List<string> CountedAfter(string first, string second)
    {
        var profile = FreshProfile();
        Counted("a.md", first, profile);
        var again = Counted("b.md", second, profile);
        again.ShouldBe(Counted("b.md", second, FreshProfile()));
        return again;
    }

    [Fact]
    public void A_year_is_another_occasion_by_the_date_of_the_article_it_stands_in()
    {
        const string sentence = "A bomb killed 14 people in Tarnow in 2030.\n";

        CountedAfter("---\ndate: 2030-05-02\n---\n" + sentence, "---\ndate: 2031-05-02\n---\n" + sentence).ShouldBeEmpty();
        CountedAfter("---\ndate: 2031-05-02\n---\n" + sentence, "---\ndate: 2030-05-02\n---\n" + sentence)
            .ShouldBe(["'14 people' [14, 14] people killed places[tarnow] sites[] days[] names[tarnow] at 39 story places[] setting[in Tarnow]"]);
    }

    [Fact]
    public void A_count_that_names_no_place_takes_the_place_of_the_sentence_before_it_stands_after()
    {
        const string count = "Officials said 35 people were killed in the attack.\n";

        CountedAfter("Air raids hit a depot near Lviv. " + count, "Air raids hit a depot near Odesa. " + count)
            .ShouldBe(["'35 people' [35, 35] people killed places[odes] sites[depot] days[] names[] source: officials at 49 story places[] setting[in the attack at the depot in Odesa]"]);
    }

    [Fact]
    public void A_place_the_article_keeps_coming_back_to_is_the_story_s_and_anchors_no_occasion()
    {
        const string count = "Twelve people were killed in Tarnow.\n";
        var story = string.Concat(Enumerable.Range(1, 4).Select(i => $"Rescuers in Tarnow searched street {i}.\n\n"));

        CountedAfter(count, story + count)
            .ShouldBe(["'Twelve people' [12, 12] people killed places[] sites[] days[] names[tarnow] at 156 story places[tarnow] setting[in Tarnow]"]);
        CountedAfter(story + count, count)
            .ShouldBe(["'Twelve people' [12, 12] people killed places[tarnow] sites[] days[] names[tarnow] at 0 story places[] setting[in Tarnow]"]);
    }
}
