using Editorial.Articles;
using Editorial.Configuration;
using Editorial.Diagnostics;
using Editorial.Engine;
using Editorial.Rules;
using Editorial.Rules.Spelling;

namespace Editorial.Tests.Spelling;

/// <summary>Runs the engine with the spelling rules (ED1xxx) only, on seeds or on constructed text.</summary>
internal static class SpellingCheck
{
    public static readonly string[] SeedFiles = ["agency-a/000.txt", "agency-b/001.txt", "aljazeera/002.txt", "ap/003.txt", "afp/004.txt"];

    public static IReadOnlyList<Rule> Rules { get; } = RuleCatalog.Rules.Where(r => r.Descriptors.All(d => d.Id.StartsWith("ED1", StringComparison.Ordinal))).ToList();

    public static EditorialEngine Engine { get; } = new(rules: Rules);

    /// <summary>All five seeds, each under <paramref name="outlet"/> (null: no outlet, the neutral default profile).</summary>
    public static IReadOnlyList<Diagnostic> Seeds(string? outlet = null) =>
        Engine.Check(SeedFiles.Select(f => new ArticleInput("samples/Newsroom/" + f, Tests.Seeds.Text(f), new ArticleSettings(defaultOutlet: outlet))).ToList());

    /// <summary>All five seeds, each under the profile of its folder when one exists (aljazeera, ap, afp; the agencies have none).</summary>
    public static IReadOnlyList<Diagnostic> SeedsByFolder() =>
        Engine.Check(SeedFiles.Select(f =>
        {
            var folder = f.Substring(0, f.IndexOf('/'));
            var outlet = Profiles.ProfileSet.BuiltIn.TryGet(folder, out _) ? folder : null;
            return new ArticleInput("samples/Newsroom/" + f, Tests.Seeds.Text(f), new ArticleSettings(defaultOutlet: outlet));
        }).ToList());

    /// <summary>One article of constructed text.</summary>
    public static IReadOnlyList<Diagnostic> Text(string text, string? outlet = null, string path = "a.txt") =>
        Engine.Check([new ArticleInput(path, text, new ArticleSettings(defaultOutlet: outlet))]);

    public static string Line(Diagnostic d) => d.ToString() + (d.Fix is { } fix ? " => " + fix.Edit.NewText : "");

    /// <summary>One article of constructed text, as <see cref="Line"/>s.</summary>
    public static List<string> Lines(string text, string? outlet = null, string path = "a.txt") => Text(text, outlet, path).Select(Line).ToList();

    /// <summary>Several articles of one outlet checked together (x/1.txt, x/2.txt, ...), as <see cref="Line"/>s.</summary>
    public static List<string> Corpus(string outlet, params string[] texts) =>
        Engine.Check(texts.Select((text, i) => new ArticleInput($"x/{i + 1}.txt", text, new ArticleSettings(defaultOutlet: outlet))).ToList())
            .Select(Line).ToList();
}
