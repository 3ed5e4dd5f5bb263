using System.Globalization;
using Editorial.Documents;

namespace Editorial.Tests.Documents;

public class HyphenatedKeysTests
{
    [Fact]
    public void A_property_is_its_words_lowered_and_hyphenated_and_back()
    {
        HyphenatedKeys.Instance.Apply("RemoveFromLists").ShouldBe("remove-from-lists");
        HyphenatedKeys.Instance.Apply("Name").ShouldBe("name");
        HyphenatedKeys.Instance.Reverse("remove-from-lists").ShouldBe("RemoveFromLists");
    }

    [Fact]
    public void Keys_do_not_depend_on_the_current_culture()
    {
        var culture = CultureInfo.CurrentCulture;
        try
        {
            // Turkish lowers "I" to a dotless "ı" and raises "i" to a dotted "İ".
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("tr-TR");
            HyphenatedKeys.Instance.Apply("IgnoreItems").ShouldBe("ignore-items");
            HyphenatedKeys.Instance.Reverse("ignore-items").ShouldBe("IgnoreItems");
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }
}
