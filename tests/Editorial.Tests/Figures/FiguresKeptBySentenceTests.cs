using Editorial.Articles;
using Editorial.Figures;
using Editorial.Profiles;

namespace Editorial.Tests.Figures;

public class FiguresKeptBySentenceTests
{
    /// <summary>A lexicon no other test has read with: its cache starts empty.</summary>
    private static FigureLexicon FreshLexicon()
    {
        var profiles = ProfileSet.Load([new ProfileSource("rules/fresh.yml", "name: fresh\n")], Engine.RuleCatalog.Vocabulary);
        profiles.TryGet("fresh", out var fresh).ShouldBeTrue();
        return FigureLexicon.Of(fresh);
    }

    private static List<(FigureKind, string, int, int, int, int, int, int, Hedge, string?, Interval)> Described(IReadOnlyList<Figure> figures) =>
        figures.Select(f => (f.Kind, f.Text, f.Span.Start, f.FirstToken, f.LastToken, f.NumberFirstToken, f.NumberLastToken, f.SentenceIndex, f.Hedge, f.Unit, f.Interval)).ToList();

    [Fact]
    public void A_sentence_read_before_elsewhere_gives_the_figures_a_first_reading_gives_where_it_stands_now()
    {
        var lexicon = FreshLexicon();
        var first = Article.Parse("a.txt", "At least 35 people were killed on March 3, and 12 were hurt.\n\nTalks resume on Monday.");
        var second = Article.Parse("b.txt", "Rescuers worked through the night.\n\nAt least 35 people were killed on March 3, and 12 were hurt.");
        FigureExtractor.Extract(first, lexicon);

        var again = FigureExtractor.Extract(second, lexicon);

        Described(again).ShouldBe(Described(FigureExtractor.Extract(second, FreshLexicon())));
        again.Select(f => (f.Text, f.Span.Start, f.FirstToken, f.SentenceIndex))
            .ShouldBe([("At least 35", 36, 6, 1), ("March 3", 70, 13, 1), ("12", 83, 17, 1)]);
    }

    [Fact]
    public void The_same_words_in_a_headline_are_read_as_a_headline()
    {
        var lexicon = FreshLexicon();
        var body = Article.Parse("a.md", "Officials said Flight 370 vanished.\n");
        var headline = Article.Parse("b.md", "# Officials said Flight 370 vanished.\n");

        FigureExtractor.Extract(body, lexicon).Single().Kind.ShouldBe(FigureKind.Name);
        FigureExtractor.Extract(headline, lexicon).Single().Kind.ShouldBe(FigureKind.Count);
    }
}
