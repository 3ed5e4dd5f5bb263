using Editorial.Diagnostics;
using Editorial.Rules;

namespace Editorial.Tests.Hygiene;

public class HygieneCatalogTests
{
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
