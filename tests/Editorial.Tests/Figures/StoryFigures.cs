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

    /// <summary>The day's folder <see cref="CheckOnOneDay"/> files its articles in, as an archive dates them.</summary>
    private const string OneDay = "2025/03/02/";

    /// <summary><see cref="Check"/> of articles filed in one day's folder: an age is compared across articles only when both
    /// are dated. The folder is taken off the paths reported (the other article's path is already relative to it).</summary>
    public static IReadOnlyList<string> CheckOnOneDay(params (string Path, string Text)[] inputs) =>
        Check(inputs.Select(i => (OneDay + i.Path, i.Text)).ToArray())
            .Select(d => d.StartsWith(OneDay, StringComparison.Ordinal) ? d.Substring(OneDay.Length) : d).ToList();
}
