using Editorial.Text;

namespace Editorial.Tests;

/// <summary>Finding the line that sets a key, for diagnostics in front matter, profiles and .editorconfig files.</summary>
public class KeyedLinesTests
{
    [Fact]
    public void A_yaml_key_is_found_at_a_line_start_or_as_a_list_item_never_inside_a_value()
    {
        const string Yaml = "name: desk\nnote: the extends: key\nspellings:\n  - extends : x\nextends: ap\n";
        KeyedLines.FindYamlKey(Yaml, "extends").ShouldBe(new TextSpan(Yaml.IndexOf("extends : x", StringComparison.Ordinal), 7));
        KeyedLines.FindYamlKey("Outlet: ap\n", "outlet").ShouldBeNull();
        KeyedLines.FindYamlKey("Outlet: ap\n", "outlet", StringComparison.OrdinalIgnoreCase).ShouldBe(new TextSpan(0, 6));
    }

    [Fact]
    public void An_editorconfig_key_takes_its_equals_sign_after_spaces_and_a_longer_key_is_another_key()
    {
        const string Config = "[*.md]\neditorial.outlet_x = ap\n  Editorial.Outlet  = ap\n";
        KeyedLines.KeyAt(Config, Config.IndexOf("editorial.outlet_x", StringComparison.Ordinal), "editorial.outlet", "=:", false, StringComparison.OrdinalIgnoreCase).ShouldBe(-1);
        var line = Config.IndexOf("  Editorial", StringComparison.Ordinal);
        KeyedLines.KeyAt(Config, line, "editorial.outlet", "=:", false, StringComparison.OrdinalIgnoreCase).ShouldBe(line + 2);
    }
}
