using Editorial.Configuration;
using Editorial.Diagnostics;
using Editorial.Engine;
using Editorial.Profiles;
using Editorial.Rules;

namespace Editorial.Tests.Hygiene;

/// <summary>Runs the engine with the ED4xxx rules only, on seeds or on constructed text.</summary>
internal static class HygieneRun
{
    public static readonly string[] SeedFiles = ["afp/004.txt", "agency-a/000.txt", "agency-b/001.txt", "aljazeera/002.txt", "ap/003.txt"];

    public static IReadOnlyList<Rule> Rules { get; } =
        RuleCatalog.Rules.Where(rule => rule.Descriptors.Any(d => d.Id.StartsWith("ED4", StringComparison.Ordinal))).ToList();

    public static IReadOnlyList<Diagnostic> Seeds(params string[] files) => Check(
        ProfileSet.BuiltIn, files.Select(f => new ArticleInput("samples/Newsroom/" + f, Tests.Seeds.Text(f), ArticleSettings.Empty)).ToArray());

    public static IReadOnlyList<Diagnostic> Text(string text, ProfileSet? profiles = null, string? outlet = null) => Check(
        profiles ?? ProfileSet.BuiltIn, new ArticleInput("a.txt", text, new ArticleSettings(defaultOutlet: outlet)));

    /// <summary>One article at <paramref name="path"/> (its format by its extension), under the built-in profiles.</summary>
    public static IReadOnlyList<Diagnostic> File(string path, string text) =>
        Check(ProfileSet.BuiltIn, new ArticleInput(path, text, ArticleSettings.Empty));

    public static IReadOnlyList<Diagnostic> Check(ProfileSet profiles, params ArticleInput[] inputs) =>
        new EditorialEngine(profiles, Rules).Check(inputs).Where(d => d.Id.StartsWith("ED4", StringComparison.Ordinal)).ToList();

    /// <summary>A profile set with one project profile, <c>house</c>, that extends default with the given YAML lines.</summary>
    public static ProfileSet HouseProfile(string yaml) =>
        ProfileSet.Load([new ProfileSource("rules/house.yml", "name: house\nextends: default\n" + yaml)], RuleCatalog.Vocabulary);

    /// <summary>The text after the diagnostic's fix is applied.</summary>
    public static string ApplyFix(string text, Diagnostic diagnostic)
    {
        var edit = diagnostic.Fix!.Edit;
        return text.Substring(0, edit.Span.Start) + edit.NewText + text.Substring(edit.Span.End);
    }

    /// <summary>A diagnostic as the tests compare it: <c>path(line,col): ID: message</c>.</summary>
    public static string Describe(Diagnostic d) =>
        $"{d.Location.Path}({d.Location.LineSpan.StartLine},{d.Location.LineSpan.StartColumn}): {d.Id}: {d.Message}";
}
