using Editorial.Diagnostics;
using Editorial.Engine;
using Editorial.Rules;

namespace Editorial.Tests;

/// <summary>
/// Every rule's default severity, pinned. A rule warns by default only when the evaluation on published news
/// (eval/README.md) found it right in at least 0.9 of its warnings; the others are suggestions, which never fail a
/// build. Changing a default is a decision to make with the evaluation's numbers; the README table and the rule's doc page
/// header are generated from the descriptor (RuleCatalogTests), the page's prose says why.
/// </summary>
public class DefaultSeverityTests
{
    public static TheoryData<string, Severity> Defaults => new()
    {
        { "ED1001", Severity.Suggestion }, { "ED1002", Severity.Warning }, { "ED1003", Severity.Suggestion }, { "ED1004", Severity.Suggestion },
        { "ED1005", Severity.Suggestion }, { "ED1006", Severity.Suggestion }, { "ED1007", Severity.Warning }, { "ED1008", Severity.Warning },
        { "ED1009", Severity.Suggestion },
        { "ED2001", Severity.Suggestion }, { "ED2002", Severity.Suggestion }, { "ED2003", Severity.Suggestion }, { "ED2004", Severity.Suggestion },
        { "ED2005", Severity.Suggestion },
        { "ED3001", Severity.None }, { "ED3002", Severity.None }, { "ED3003", Severity.Suggestion }, { "ED3004", Severity.None },
        { "ED4001", Severity.Warning }, { "ED4002", Severity.Suggestion }, { "ED4003", Severity.Warning }, { "ED4004", Severity.Suggestion },
        { "ED4005", Severity.Suggestion }, { "ED4006", Severity.Suggestion }, { "ED4007", Severity.Warning }, { "ED4008", Severity.Suggestion },
        { "ED4009", Severity.Warning },
        { "ED9000", Severity.Warning }, { "ED9001", Severity.Error }, { "ED9002", Severity.Error }, { "ED9003", Severity.Error },
        { "ED9004", Severity.Error }, { "ED9005", Severity.Error }, { "ED9006", Severity.Error }, { "ED9007", Severity.Error },
        { "ED9008", Severity.Warning }, { "ED9009", Severity.Warning }, { "ED9010", Severity.Warning }, { "ED9011", Severity.Warning },
    };

    [Theory]
    [MemberData(nameof(Defaults))]
    public void Each_rule_has_its_pinned_default_severity(string id, Severity severity)
    {
        RuleCatalog.Find(id).ShouldNotBeNull().DefaultSeverity.ShouldBe(severity);
    }

    [Fact]
    public void Every_descriptor_is_pinned()
    {
        RuleCatalog.Descriptors.Select(d => d.Id).ShouldBe(Defaults.Select(row => (string)row[0]).OrderBy(id => id, StringComparer.Ordinal));
    }

    /// <summary>Every fix the rules make on the seed articles comes from a rule that says it offers one
    /// (<see cref="DiagnosticDescriptor.OffersFix"/>, which <c>editorial rules</c> and each doc page's generated "Fix" row show).</summary>
    [Fact]
    public void Only_the_rules_that_say_they_offer_a_fix_make_fixes()
    {
        var seeds = new Editorial.Engine.EditorialEngine().Check(Spelling.SpellingCheck.SeedFiles
            .Select(f => new Editorial.Engine.ArticleInput("samples/Newsroom/" + f, Seeds.Text(f), new Editorial.Configuration.ArticleSettings(defaultOutlet: "ap")))
            .ToList());
        seeds.Where(d => d.Fix is not null).Select(d => d.Id).Distinct().ShouldNotBeEmpty();
        seeds.Where(d => d.Fix is not null).ShouldAllBe(d => d.Descriptor.OffersFix);
    }
}

/// <summary>
/// Release tracking in roslyn-analyzers' format (docs/releases/AnalyzerReleases.*.md). Roslyn's RS2008 check
/// cannot see descriptors built at run time from the catalog, so this test compares the files with the catalog instead:
/// every ID shipped or unshipped once, with its category and default severity as Roslyn names them.
/// </summary>
public class ReleaseTrackingTests
{
    [Fact]
    public void The_release_files_list_every_descriptor_once_with_its_category_and_severity()
    {
        var folder = Path.Combine(Seeds.RepositoryRoot, "docs", "releases");
        var rows = new[] { "AnalyzerReleases.Shipped.md", "AnalyzerReleases.Unshipped.md" }
            .SelectMany(file => File.ReadAllLines(Path.Combine(folder, file)))
            .Where(line => line.StartsWith("ED", StringComparison.Ordinal))
            .Select(line => line.Split('|').Select(cell => cell.Trim()).ToArray())
            .ToList();
        rows.Select(row => $"{row[0]} | {row[1]} | {row[2]}").ShouldBe(RuleCatalog.Descriptors.Select(d =>
            $"{d.Id} | {d.Category} | {d.DefaultSeverity switch { Severity.Error => "Error", Severity.Warning => "Warning", _ => "Info" }}"));
    }
}
