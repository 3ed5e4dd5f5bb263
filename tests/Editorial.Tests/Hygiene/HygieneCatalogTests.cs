using Editorial.Diagnostics;
using Editorial.Rules;

namespace Editorial.Tests.Hygiene;

public class HygieneCatalogTests
{
    private static IEnumerable<DiagnosticDescriptor> HygieneDescriptors =>
        RuleCatalog.Descriptors.Where(d => d.Id.StartsWith("ED4", StringComparison.Ordinal));

    [Fact]
    public void The_catalog_holds_each_hygiene_id_once_in_the_hygiene_category()
    {
        HygieneDescriptors.Select(d => d.Id).ShouldBe(["ED4001", "ED4002", "ED4003", "ED4004", "ED4005", "ED4006", "ED4007", "ED4008"]);
        HygieneDescriptors.ShouldAllBe(d => d.Category == RuleCategory.Hygiene);
        HygieneDescriptors.Where(d => d.IsCrossArticle).Select(d => d.Id).ShouldBe(["ED4008"]);
    }

    [Fact]
    public void Every_hygiene_id_has_its_documentation_page()
    {
        foreach (var descriptor in HygieneDescriptors)
        {
            var page = Path.Combine(Seeds.RepositoryRoot, "docs", "rules", descriptor.Id + ".md");
            File.Exists(page).ShouldBeTrue(page);
            File.ReadAllText(page).ShouldStartWith($"# {descriptor.Id}: {descriptor.Title}");
        }
    }

    [Fact]
    public void The_default_profile_carries_the_debris_lists()
    {
        var profile = Profiles.ProfileSet.BuiltIn.Default;
        profile.GetList("embed-debris").ShouldContain("This post can't be displayed");
        profile.GetList("debris-lines").ShouldContain("READ ALSO");
        profile.GetList("caption-credit-labels").ShouldContain("File");
        profile.GetList("metadata-labels").ShouldContain("date");
        Profiles.ProfileSet.BuiltIn.Diagnostics.ShouldBeEmpty();
    }
}
