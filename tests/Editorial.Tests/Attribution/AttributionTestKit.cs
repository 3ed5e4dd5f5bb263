using Editorial.Articles;
using Editorial.Attribution;
using Editorial.Configuration;
using Editorial.Diagnostics;
using Editorial.Engine;
using Editorial.Profiles;
using Editorial.Rules;
using Editorial.Rules.Attribution;

namespace Editorial.Tests.Attribution;

/// <summary>Runs the attribution analysis and the ED3xxx rules on seeds and constructed text.</summary>
internal static class AttributionTestKit
{
    public static readonly IReadOnlyList<Rule> Rules =
        [new UnattributedQuotationRule(), new UnsourcedFigureRule(), new VagueSourcingRule(), new UnbalancedQuotationMarksRule()];

    /// <summary>A profile like an outlet whose policy asks for the reason behind every anonymous source (AP).</summary>
    public static readonly ProfileSet ReasonRequired = ProfileSet.Load(
        [new ProfileSource("rules/strict.yml", "name: strict\ntitle: Strict\nsettings:\n  anonymous-source-reason: required\n")], RuleCatalog.Vocabulary);

    public static AttributionAnalysis Analyze(Article article, OutletProfile? profile = null) =>
        AttributionAnalysis.Of(new AnalyzedArticle(article, profile ?? ProfileSet.BuiltIn.Default, ArticleSettings.Empty, null));

    public static AttributionAnalysis Analyze(string text) => Analyze(Article.Parse("a.txt", text));

    /// <summary>Settings that turn on ED3001, ED3002 and ED3004, which are off by default: these tests are their specification.</summary>
    public static ArticleSettings WithRulesOffByDefault(string? outlet = null) => new(
        new Dictionary<string, string>
        {
            [EditorialOptions.SeverityKey(RuleIds.UnattributedQuotation)] = "suggestion",
            [EditorialOptions.SeverityKey(RuleIds.UnsourcedFigure)] = "suggestion",
            [EditorialOptions.SeverityKey(RuleIds.UnbalancedQuotationMarks)] = "suggestion",
        }, defaultOutlet: outlet);

    /// <summary>The ED3xxx findings as "ID (line,col): message", with ED3001, ED3002 and ED3004 on.</summary>
    public static List<string> Check(string path, string text, ProfileSet? profiles = null, string? outlet = null)
    {
        var engine = new EditorialEngine(profiles ?? ProfileSet.BuiltIn, Rules);
        var settings = WithRulesOffByDefault(outlet);
        return engine.Check([new ArticleInput(path, text, settings)]).Select(Describe).ToList();
    }

    public static List<string> CheckSeed(string relative, ProfileSet? profiles = null, string? outlet = null) =>
        Check("samples/Newsroom/" + relative, Seeds.Text(relative), profiles, outlet);

    public static string Describe(Diagnostic d) =>
        $"{d.Id} ({d.Location.LineSpan.StartLine},{d.Location.LineSpan.StartColumn}): {d.Message}";
}
