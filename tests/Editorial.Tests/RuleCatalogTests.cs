using System.Reflection;
using Editorial.Diagnostics;
using Editorial.DocGen;
using Editorial.Engine;
using Editorial.Rules;

namespace Editorial.Tests;

/// <summary>
/// What every descriptor in the catalog owes: an ID from <see cref="RuleIds"/> in its category's range, a help link to
/// its doc page, and documentation whose generated parts (each page's header block, the README rule table) match the
/// catalog. No ID is listed here: a new rule is checked by being in the catalog.
/// </summary>
public class RuleCatalogTests
{
    private static readonly Dictionary<string, string> IdPrefixByCategory = new()
    {
        [RuleCategory.Spelling] = "ED1",
        [RuleCategory.Figures] = "ED2",
        [RuleCategory.Attribution] = "ED3",
        [RuleCategory.Hygiene] = "ED4",
        [RuleCategory.Configuration] = "ED9",
    };

    [Fact]
    public void The_id_constants_are_the_catalog_ids_each_once()
    {
        var constants = typeof(RuleIds).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field.IsLiteral)
            .Select(field => (string)field.GetRawConstantValue()!)
            .OrderBy(id => id, StringComparer.Ordinal);
        constants.ShouldBe(RuleCatalog.Descriptors.Select(d => d.Id));
        RuleCatalog.Descriptors.Select(d => d.Id).ShouldBeUnique();
    }

    [Fact]
    public void Every_id_is_in_its_categorys_range_and_links_to_its_page()
    {
        foreach (var descriptor in RuleCatalog.Descriptors)
        {
            IdPrefixByCategory.ShouldContainKey(descriptor.Category, descriptor.Id);
            descriptor.Id.ShouldMatch("^" + IdPrefixByCategory[descriptor.Category] + "[0-9]{3}$", descriptor.Id);
            descriptor.HelpLink.ShouldBe(DiagnosticDescriptor.HelpLinkBase + descriptor.Id + ".md");
            File.Exists(Path.Combine(Seeds.RepositoryRoot, RuleDocs.PagePath(descriptor))).ShouldBeTrue(RuleDocs.PagePath(descriptor));
        }
    }

    [Fact]
    public void The_generated_docs_match_the_catalog()
    {
        var stale = RuleDocs.Generate(Seeds.RepositoryRoot, RuleCatalog.Descriptors, RuleCatalog.Vocabulary)
            .Where(file => !File.Exists(Path.Combine(Seeds.RepositoryRoot, file.RelativePath)) || File.ReadAllText(Path.Combine(Seeds.RepositoryRoot, file.RelativePath)) != file.Text)
            .Select(file => file.RelativePath)
            .ToList();
        stale.ShouldBeEmpty($"the rule catalog changed; regenerate with `{RuleDocs.RegenerateCommand}` from the repository root");
    }

    [Fact]
    public void A_page_keeps_its_hand_written_body_when_its_header_is_regenerated()
    {
        var descriptor = new DiagnosticDescriptor("EDT001", "Test phrase", "{0}", RuleCategory.Hygiene, Severity.Warning, "A test rule.",
            offersFix: true, fix: "removes it");
        var page = "# EDT001: Old title\n\n| | |\n|---|---|\n| Category | Spelling |\n\n## What it reports\n\nA phrase.\n";

        RuleDocs.WithPageHeader(page, descriptor).ShouldBe(
            "# EDT001: Test phrase\n\n| | |\n|---|---|\n| Category | Hygiene |\n| Default severity | warning |\n" +
            "| Scope | one article (runs live in the editor) |\n| Fix | yes: removes it |\n\n## What it reports\n\nA phrase.\n");
    }

    [Fact]
    public void A_page_quotes_the_precision_the_evaluation_measured_on_dev_and_test_and_fresh_copy_where_judged()
    {
        const string Header = "| rule | default | findings | judged | precision |\n| --- | --- | ---: | ---: | ---: |\n";
        var measured = MeasuredPrecision.Parse(
            "Split `dev`: 10 articles.\n\n" + Header + "| EDT001 | suggestion | 12 | 10 | 0.80 |\n| EDT002 | warning | 5 | 5 | 1.00 |\n| all | | 12 | 10 | 0.80 |\n",
            Header + "| EDT001 | suggestion | 3 | 0 | – |\n| EDT002 | warning | 2 | 2 | 1.00 |\n",
            Header + "| EDT001 | suggestion | 1 | 0 | – |\n| EDT002 | warning | 4 | 4 | 0.75 |\n");

        measured.Describe("EDT001").ShouldBe("dev 0.80 of 10 judged; test: no finding judged ([evaluation](../../eval/README.md))");
        measured.Describe("EDT002").ShouldBe("dev 1.00 of 5 judged; test 1.00 of 2 judged; fresh 0.75 of 4 judged ([evaluation](../../eval/README.md))");
        measured.Describe("ED9001").ShouldBeNull();
        var descriptor = new DiagnosticDescriptor("EDT001", "Test phrase", "{0}", RuleCategory.Hygiene, Severity.Suggestion, "A test rule.");
        RuleDocs.PageHeader(descriptor, measured.Describe("EDT001")).ShouldEndWith(
            "| Fix | none |\n| Measured precision | dev 0.80 of 10 judged; test: no finding judged ([evaluation](../../eval/README.md)) |\n");
    }
}
