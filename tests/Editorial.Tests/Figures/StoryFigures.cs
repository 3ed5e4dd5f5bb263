using Editorial.Configuration;
using Editorial.Engine;

namespace Editorial.Tests.Figures;

/// <summary>The figure rules' findings (ED2xxx) on articles checked as one story named in their settings, as a newsroom that
/// names its stories would check them (<c>editorial.story</c>), so that a test is about the figures and never about story grouping.</summary>
internal static class StoryFigures
{
    public static IReadOnlyList<string> Check(params (string Path, string Text)[] inputs) =>
        new EditorialEngine().Check(inputs.Select(i => new ArticleInput(i.Path, i.Text,
                new ArticleSettings(new Dictionary<string, string> { ["editorial.story"] = "story" }))).ToArray())
            .Where(d => d.Id.StartsWith("ED2", StringComparison.Ordinal)).Select(d => d.ToString()).ToList();
}
