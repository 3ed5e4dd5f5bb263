using Editorial.Articles;
using Editorial.Configuration;
using Editorial.Engine;
using Editorial.Figures;

namespace Editorial.Tests.Figures;

/// <summary>ED9009: past <see cref="ArticleFigures.MaximumFiguresRead"/> figures, what they count is not read (a table or a
/// generated list, and seconds of work): the article says where reading stopped, and the figures after it are not compared.</summary>
public class ManyFiguresTests
{
    private static string[] Check(string text)
    {
        var engine = new EditorialEngine();
        return engine.AnalyzeArticle(engine.Prepare(Article.Parse("table.txt", text), ArticleSettings.Empty, out _))
            .Where(d => d.Id is "ED9009" or "ED2001").Select(d => d.ToString()).ToArray();
    }

    [Fact]
    public void Past_the_limit_the_first_unread_figure_is_ED9009_and_later_tolls_are_not_compared()
    {
        // One toll per line, all the same, then a contradicting toll past the limit.
        var lines = Enumerable.Repeat("12 killed in Lviv,", ArticleFigures.MaximumFiguresRead).ToList();
        lines.Add("14 killed in Lviv.");
        Check(string.Join("\n", lines) + "\n").ShouldBe([
            $"table.txt({ArticleFigures.MaximumFiguresRead + 1},1,{ArticleFigures.MaximumFiguresRead + 1},3): warning ED9009: The article holds 5,001 figures; what they count was read for the first 5,000, and the figures from here on are not compared",
        ]);
    }

    [Fact]
    public void At_the_limit_every_figure_is_read()
    {
        var lines = Enumerable.Repeat("12 killed in Lviv,", ArticleFigures.MaximumFiguresRead - 1).ToList();
        lines.Add("14 killed in Lviv.");
        Check(string.Join("\n", lines) + "\n").ShouldNotContain(line => line.Contains("ED9009"));
    }
}
