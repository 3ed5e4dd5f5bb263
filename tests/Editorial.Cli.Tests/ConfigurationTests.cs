using System.Text;
using Editorial.Hosting;

namespace Editorial.Cli.Tests;

/// <summary>How .editorconfig, global configs, outlet profiles and inline comments change what a check reports.</summary>
public class ConfigurationTests
{
    /// <summary>The built-in outlets, as the unknown-outlet message lists them.</summary>
    private static readonly string BuiltInOutlets = string.Join(", ", Editorial.Profiles.ProfileSet.BuiltIn.Names);

    private const string HouseProfile = "name: house\ntitle: House style\nseverities:\n  EDT001: error\n";

    [Fact]
    public void Editorconfig_sections_choose_the_outlet_per_folder_and_front_matter_overrides_them()
    {
        using var cli = new CliHarness();
        cli.Write(".editorconfig", "root = true\n\n[strict/**]\neditorial.outlet = house\n");
        cli.Write("profiles/house.yml", HouseProfile);
        cli.Write("strict/a.txt", "Kiev.\n");
        cli.Write("strict/b.md", "---\noutlet: default\n---\nKiev.\n");
        cli.Write("loose/c.txt", "Kiev.\n");
        var outcome = cli.Run("check", ".", "--profiles", "profiles");
        outcome.Lines.ShouldBe(
        [
            "loose/c.txt(1,1,1,5): warning EDT001: Use 'Kyiv', not 'Kiev'",
            "strict/a.txt(1,1,1,5): error EDT001: Use 'Kyiv', not 'Kiev'",
            "strict/b.md(4,1,4,5): warning EDT001: Use 'Kyiv', not 'Kiev'",
        ]);
        outcome.ExitCode.ShouldBe(ExitCodes.Errors);
    }

    [Fact]
    public void Outlet_option_applies_only_where_no_configuration_names_an_outlet()
    {
        using var cli = new CliHarness();
        cli.Write(".editorconfig", "root = true\n\n[neutral/**]\neditorial.outlet = default\n");
        cli.Write("profiles/house.yml", HouseProfile);
        cli.Write("neutral/a.txt", "Kiev.\n");
        cli.Write("other/b.txt", "Kiev.\n");
        var outcome = cli.Run("check", ".", "--profiles", "profiles/house.yml", "--outlet", "house");
        outcome.Lines.ShouldBe(
        [
            "neutral/a.txt(1,1,1,5): warning EDT001: Use 'Kyiv', not 'Kiev'",
            "other/b.txt(1,1,1,5): error EDT001: Use 'Kyiv', not 'Kiev'",
        ]);
    }

    [Fact]
    public void A_checked_folders_own_rules_folder_supplies_project_profiles()
    {
        using var cli = new CliHarness();
        cli.Write("desk/.editorconfig", "[*.txt]\neditorial.outlet = house\n");
        cli.Write("desk/rules/house.yml", HouseProfile);
        cli.Write("desk/a.txt", "Kiev.\n");
        cli.Run("check", "desk").Lines.ShouldBe(["desk/a.txt(1,1,1,5): error EDT001: Use 'Kyiv', not 'Kiev'"]);
        cli.Run("profiles", "--profiles", "desk/rules").Lines.ShouldBe(ProfileListing.With("house      House style                 -       default"));
    }

    [Fact]
    public void A_profile_reached_by_two_names_of_one_folder_is_read_once()
    {
        using var cli = new CliHarness();
        cli.Write("desk/.editorconfig", "[*.txt]\neditorial.outlet = house\n");
        cli.Write("desk/rules/house.yml", HouseProfile);
        cli.Write("desk/a.txt", "Kiev.\n");
        foreach (var args in new[] { new[] { "check", "desk", "./desk" }, ["check", "desk", "--profiles", "./desk/rules"], ["check", "desk", "--profiles", "desk/rules/../rules/house.yml"] })
        {
            var outcome = cli.Run(args);
            outcome.Lines.ShouldBe(["desk/a.txt(1,1,1,5): error EDT001: Use 'Kyiv', not 'Kiev'"], string.Join(' ', args));
            outcome.ExitCode.ShouldBe(ExitCodes.Errors);
        }
    }

    [Fact]
    public void Editorial_severity_keys_set_severities_per_folder_and_none_disables()
    {
        using var cli = new CliHarness();
        cli.Write(".editorconfig", "root = true\n\n[quiet/**]\neditorial.EDT001.severity = none\n\n[loud/**]\neditorial.EDT001.severity = error\n");
        cli.Write("quiet/a.txt", "Kiev.\n");
        cli.Write("loud/b.txt", "Kiev.\n");
        cli.Write("plain/c.txt", "Kiev.\n");
        var outcome = cli.Run("check", ".");
        outcome.Lines.ShouldBe(
        [
            "loud/b.txt(1,1,1,5): error EDT001: Use 'Kyiv', not 'Kiev'",
            "plain/c.txt(1,1,1,5): warning EDT001: Use 'Kyiv', not 'Kiev'",
        ]);
    }

    /// <summary>A host that has found the configuration files above the articles already (the MSBuild targets list them) hands
    /// them over, and no folder is probed for others: a file it did not list is not read, with or without a results cache.</summary>
    [Fact]
    public void Configuration_files_the_host_lists_are_the_only_ones_read()
    {
        using var cli = new CliHarness();
        cli.Write(".editorconfig", "root = true\n\n[*.txt]\neditorial.EDT001.severity = error\n");
        cli.Write("desk/.editorconfig", "[*.txt]\neditorial.EDT001.severity = none\n");
        cli.Write("desk/a.txt", "The talks in Kiev.\n");
        cli.Write("wire/b.txt", "Kiev.\n");
        List<string> Check(IReadOnlyList<string>? configFiles, string? cache = null) => CheckRun.Run(
            new CheckRequest([cli.PathOf("desk/a.txt"), cli.PathOf("wire/b.txt")], ResultsCacheFile: cache is null ? null : cli.PathOf(cache),
                ConfigFiles: configFiles) { Rules = [new KievRule()] })
            .Diagnostics.Select(d => d.ToString()).ToList();
        string[] bothFiles = [cli.PathOf(".editorconfig"), cli.PathOf("desk/.editorconfig")];

        var probed = Check(null);
        probed.ShouldBe([cli.PathOf("wire/b.txt") + "(1,1,1,5): error EDT001: Use 'Kyiv', not 'Kiev'"]);
        Check(bothFiles).ShouldBe(probed);
        Check(bothFiles, "obj/cache").ShouldBe(probed);
        Check(bothFiles, "obj/cache").ShouldBe(probed);

        // Only the root's file listed: the desk's file, which switches the rule off there, is not read.
        Check([cli.PathOf(".editorconfig")]).ShouldBe(
        [
            cli.PathOf("desk/a.txt") + "(1,14,1,18): error EDT001: Use 'Kyiv', not 'Kiev'",
            cli.PathOf("wire/b.txt") + "(1,1,1,5): error EDT001: Use 'Kyiv', not 'Kiev'",
        ]);
    }

    [Fact]
    public void Each_folder_has_the_configuration_files_from_it_up_whatever_folder_was_met_first()
    {
        using var cli = new CliHarness();
        cli.Write(".editorconfig", "root = true\n\n[*.txt]\neditorial.EDT001.severity = error\n");
        cli.Write("desk/.editorconfig", "[*.txt]\neditorial.EDT001.severity = none\n");
        cli.Write("desk/late/.editorconfig", "[*.txt]\neditorial.EDT001.severity = warning\n");
        // Sorted, the nested folder's article comes first, its parent's after it, and a sibling without a file of its own last.
        cli.Write("desk/late/a.txt", "Kiev.\n");
        cli.Write("desk/b.txt", "Kiev.\n");
        cli.Write("desk/plain/c.txt", "Kiev.\n");
        cli.Write("wire/d.txt", "Kiev.\n");
        foreach (var cached in new[] { false, true, true })
        {
            var arguments = cached ? new[] { "check", ".", "--cache", "obj/cache" } : ["check", "."];
            cli.Run(arguments).Lines.ShouldBe(
            [
                "desk/late/a.txt(1,1,1,5): warning EDT001: Use 'Kyiv', not 'Kiev'",
                "wire/d.txt(1,1,1,5): error EDT001: Use 'Kyiv', not 'Kiev'",
            ]);
        }
    }

    [Fact]
    public void Dotnet_diagnostic_severity_is_ignored_in_editorconfig_sections_as_the_compiler_ignores_it_for_additional_files_and_said_so_at_its_key()
    {
        using var cli = new CliHarness();
        cli.Write(".editorconfig", "root = true\n\n[*.txt]\ndotnet_diagnostic.EDT001.severity = error\ndotnet_diagnostic.CA1000.severity = none\n"
            + "[desk/*.txt]\n  DotNet_Diagnostic.EDT001.Severity = loud\n[*.cs]\ndotnet_diagnostic.EDT001.severity = none\n");
        cli.Write(".globalconfig", "is_global = true\ndotnet_diagnostic.EDT001.severity = warning\n");
        cli.Write("a.txt", "Kiev.\n");
        cli.Write("desk/b.txt", "Kiev.\n");
        var outcome = cli.Run("check", ".");
        outcome.Lines.ShouldBe(
        [
            ".editorconfig(4,1,4,34): warning ED9011: 'dotnet_diagnostic.EDT001.severity' in an .editorconfig section sets nothing for articles, as in the compiler; write 'editorial.EDT001.severity'",
            ".editorconfig(7,3,7,36): warning ED9011: 'DotNet_Diagnostic.EDT001.Severity' in an .editorconfig section sets nothing for articles, as in the compiler; write 'editorial.EDT001.severity'",
            "a.txt(1,1,1,5): warning EDT001: Use 'Kyiv', not 'Kiev'",
            "desk/b.txt(1,1,1,5): warning EDT001: Use 'Kyiv', not 'Kiev'",
        ]);
        outcome.ExitCode.ShouldBe(ExitCodes.Success);
    }

    [Fact]
    public void Dotnet_diagnostic_severity_in_a_global_config_wins_over_editorial_keys()
    {
        using var cli = new CliHarness();
        cli.Write(".editorconfig", "root = true\n\n[*.txt]\neditorial.EDT001.severity = error\n");
        cli.Write(".globalconfig", "is_global = true\ndotnet_diagnostic.EDT001.severity = suggestion\n");
        cli.Write("a.txt", "Kiev.\n");
        var outcome = cli.Run("check", "a.txt");
        outcome.Lines.ShouldBe(["a.txt(1,1,1,5): suggestion EDT001: Use 'Kyiv', not 'Kiev'"]);
        outcome.ExitCode.ShouldBe(ExitCodes.Success);
    }

    [Fact]
    public void Editorial_keys_of_a_global_config_apply_to_every_article_and_sections_override_them()
    {
        using var cli = new CliHarness();
        cli.Write(".globalconfig", "is_global = true\neditorial.outlet = house\n");
        cli.Write(".editorconfig", "root = true\n\n[neutral/**]\neditorial.outlet = default\n");
        cli.Write("profiles/house.yml", HouseProfile);
        cli.Write("neutral/a.txt", "Kiev.\n");
        cli.Write("desk/b.txt", "Kiev.\n");
        cli.Run("check", ".", "--profiles", "profiles").Lines.ShouldBe(
        [
            "desk/b.txt(1,1,1,5): error EDT001: Use 'Kyiv', not 'Kiev'",
            "neutral/a.txt(1,1,1,5): warning EDT001: Use 'Kyiv', not 'Kiev'",
        ]);
    }

    [Fact]
    public void An_invalid_value_is_reported_at_its_line_in_the_editorconfig_and_the_default_applies()
    {
        using var cli = new CliHarness();
        cli.Write(".editorconfig", "root = true\n\n[*.txt]\n  editorial.EDT001.severity = loud\n");
        cli.Write("a.txt", "Kiev.\n");
        var outcome = cli.Run("check", "a.txt");
        outcome.Lines.ShouldBe(
        [
            ".editorconfig(4,3,4,28): error ED9006: Invalid value 'loud' for 'editorial.EDT001.severity': a severity is one of none, silent, suggestion, info, warning, error, default",
            "a.txt(1,1,1,5): warning EDT001: Use 'Kyiv', not 'Kiev'",
        ]);
        outcome.ExitCode.ShouldBe(ExitCodes.UsageOrConfiguration);
    }

    [Fact]
    public void A_line_the_parser_skips_is_reported_at_its_place_and_the_keys_below_an_unclosed_header_stay_above_it()
    {
        using var cli = new CliHarness();
        cli.Write(".editorconfig", "root = true\n# a comment\n; another\n\n[*.txt]\nindent_size = 2\ndotnet_diagnostic.CA1000.severity = none\n"
            + "  [desk/*.txt\neditorial.EDT001.severity = warning\nstray words here\n[*.{md,txt}]\n[*]\nis_global = false\n");
        cli.Write("profiles/house.yml", HouseProfile);
        cli.Write("desk/a.txt", "Kiev.\n");
        cli.Write("b.txt", "Kiev.\n");
        cli.Run("check", ".", "--profiles", "profiles", "--outlet", "house").Lines.ShouldBe(
        [
            ".editorconfig(8,3,8,14): warning ED9010: '[desk/*.txt' is neither a section header, a key = value pair nor a comment, and is skipped",
            ".editorconfig(10,1,10,17): warning ED9010: 'stray words here' is neither a section header, a key = value pair nor a comment, and is skipped",
            "b.txt(1,1,1,5): warning EDT001: Use 'Kyiv', not 'Kiev'",
            "desk/a.txt(1,1,1,5): warning EDT001: Use 'Kyiv', not 'Kiev'",
        ]);
    }

    [Fact]
    public void A_severity_for_a_rule_that_does_not_exist_is_reported_at_its_key()
    {
        using var cli = new CliHarness();
        cli.Write(".editorconfig", "root = true\n\n[*.txt]\n  editorial.ED1040.severity = warning\neditorial.EDT001.severity = error\n");
        cli.Write("a.txt", "Kiev.\n");
        cli.Run("check", "a.txt").Lines.ShouldBe(
        [
            ".editorconfig(4,3,4,28): error ED9006: Invalid value 'warning' for 'editorial.ED1040.severity': no rule ED1040",
            "a.txt(1,1,1,5): error EDT001: Use 'Kyiv', not 'Kiev'",
        ]);
    }

    [Fact]
    public void An_editorial_key_that_is_no_setting_is_reported_at_its_key()
    {
        using var cli = new CliHarness();
        cli.Write(".editorconfig", "root = true\n\n[*.txt]\neditorial.outet = ap\neditorial.EDT001.severity = error\n");
        cli.Write("a.txt", "Kiev.\n");
        cli.Run("check", "a.txt").Lines.ShouldBe(
        [
            ".editorconfig(4,1,4,16): error ED9006: Invalid value 'ap' for 'editorial.outet': no such setting; Editorial reads " +
            "editorial.outlet, editorial.story, editorial.quotation_severity, editorial.max_article_chars, editorial.exclude, editorial.language, " +
            "editorial.smart_punctuation and editorial.<rule ID>.severity",
            "a.txt(1,1,1,5): error EDT001: Use 'Kyiv', not 'Kiev'",
        ]);
    }

    [Fact]
    public void A_folder_whose_site_prints_straight_marks_curly_gets_no_finding_for_mixing_them_and_a_bad_value_is_reported()
    {
        using var cli = new CliHarness { Rules = [new Editorial.Rules.Hygiene.QuotationStyleRule()] };
        cli.Write(".editorconfig", "root = true\n\n[_posts/**]\neditorial.smart_punctuation = true\n\n[drafts/**]\neditorial.smart_punctuation = yes\n");
        const string Mixed = "He said \"yes\". She said “no”. They said “maybe”. The pier opened.\n";
        cli.Write("_posts/a.md", Mixed);
        cli.Write("drafts/b.md", Mixed);
        cli.Write("c.md", Mixed);
        cli.Run("check", ".").Lines.ShouldBe(
        [
            ".editorconfig(7,1,7,28): error ED9006: Invalid value 'yes' for 'editorial.smart_punctuation': true or false is expected",
            "c.md(1,9,1,10): suggestion ED4004: Straight quotation marks in an article that uses curly ones (“ ”) 2 times",
            "drafts/b.md(1,9,1,10): suggestion ED4004: Straight quotation marks in an article that uses curly ones (“ ”) 2 times",
        ]);
    }

    [Fact]
    public void A_charset_editorconfig_does_not_define_is_reported_at_its_key_and_the_encoding_is_detected()
    {
        using var cli = new CliHarness();
        cli.Write(".editorconfig", "root = true\n\n[*.txt]\ncharset = windows-1252\n[b.txt]\ncharset = UTF-8\n");
        cli.Write("a.txt", "Kiev.\n");
        cli.Write("b.txt", "Kiev.\n");
        cli.Run("check", ".").Lines.ShouldBe(
        [
            ".editorconfig(4,1,4,8): error ED9006: Invalid value 'windows-1252' for 'charset': editorconfig's charsets are latin1, utf-8, utf-8-bom, utf-16be and utf-16le; the article's encoding is detected instead",
            "a.txt(1,1,1,5): warning EDT001: Use 'Kyiv', not 'Kiev'",
            "b.txt(1,1,1,5): warning EDT001: Use 'Kyiv', not 'Kiev'",
        ]);
    }

    [Fact]
    public void An_invalid_severity_in_a_global_config_is_reported_at_its_line()
    {
        using var cli = new CliHarness();
        cli.Write(".globalconfig", "is_global = true\n\ndotnet_diagnostic.EDT001.severity = loud\n");
        cli.Write("a.txt", "Kiev.\n");
        cli.Run("check", "a.txt").Lines.ShouldBe(
        [
            ".globalconfig(3,1,3,34): error ED9006: Invalid value 'loud' for 'dotnet_diagnostic.EDT001.severity': a severity is one of none, silent, suggestion, info, warning, error, default",
            "a.txt(1,1,1,5): warning EDT001: Use 'Kyiv', not 'Kiev'",
        ]);
    }

    [Fact]
    public void An_unknown_outlet_in_editorconfig_is_reported_there_once_for_all_its_articles()
    {
        using var cli = new CliHarness();
        cli.Write(".editorconfig", "root = true\n\n[*.txt]\neditorial.outlet = nosuch\n");
        cli.Write("a.txt", "Fine.\n");
        cli.Write("b.txt", "Fine too.\n");
        var outcome = cli.Run("check", ".");
        outcome.Lines.ShouldBe([".editorconfig(4,1,4,17): error ED9005: Unknown outlet 'nosuch' (from editorial.outlet); known outlets: " + BuiltInOutlets]);
        outcome.ExitCode.ShouldBe(ExitCodes.UsageOrConfiguration);
    }

    [Theory]
    [InlineData("check")]
    [InlineData("fix")]
    [InlineData("stories")]
    public void An_unknown_outlet_on_the_command_line_is_one_usage_error_and_nothing_is_read(string command)
    {
        using var cli = new CliHarness();
        cli.Write("a.txt", "Fine.\n");
        cli.Write("b.txt", "They flew to Kiev.\n");
        var outcome = cli.Run(command, ".", "--outlet", "nosuch");
        outcome.Error.ShouldBe("editorial: Unknown outlet 'nosuch' (from --outlet); known outlets: " + BuiltInOutlets + "\n");
        outcome.Output.ShouldBeEmpty();
        outcome.ExitCode.ShouldBe(ExitCodes.UsageOrConfiguration);
        File.ReadAllText(cli.PathOf("b.txt")).ShouldBe("They flew to Kiev.\n");
    }

    [Fact]
    public void An_outlet_on_the_command_line_whose_profile_is_broken_is_reported_with_the_profile_s_error()
    {
        using var cli = new CliHarness();
        cli.Write("a.txt", "Fine.\n");
        cli.Write("rules/house.yml", "name: house\nextends: nowhere\n");
        var outcome = cli.Run("check", "a.txt", "--outlet", "house", "--profiles", "rules");
        outcome.Lines.ShouldBe([
            "a.txt(1,1,1,1): error ED9005: Unknown outlet 'house' (from --outlet); known outlets: " + BuiltInOutlets,
            "rules/house.yml(2,1,2,1): error ED9004: Profile 'house' is invalid: it extends 'nowhere', which is not a known profile",
        ]);
        outcome.ExitCode.ShouldBe(ExitCodes.UsageOrConfiguration);
    }

    [Fact]
    public void A_broken_yaml_profile_is_reported_at_its_line_and_column()
    {
        using var cli = new CliHarness();
        cli.Write("profiles/bad.yml", "name: bad\nspellings:\n  - preferred: Kyiv\n    variants: [Kiev\n");
        cli.Write("a.txt", "Kiev.\n");
        var outcome = cli.Run("check", "a.txt", "--profiles", "profiles");
        outcome.Lines.Length.ShouldBe(2);
        outcome.Lines[0].ShouldStartWith("a.txt(1,1,1,5): warning EDT001");
        outcome.Lines[1].ShouldBe("profiles/bad.yml(4,15,4,15): error ED9004: Profile 'bad' is invalid: a '[', '{' or quotation mark is not closed");
        outcome.ExitCode.ShouldBe(ExitCodes.UsageOrConfiguration);
    }

    [Fact]
    public void A_profile_file_that_holds_no_keys_is_ED9004_not_an_internal_error()
    {
        using var cli = new CliHarness();
        // A desk's note saved beside the profiles: YAML reads it as one value, which once ended the run with an internal error.
        cli.Write("profiles/stray.yml", "Kyiv, not Kiev (see the style guide)\n");
        cli.Write("profiles/house.yml", "name: house\n");
        cli.Write("a.txt", "Fine.\n");
        var outcome = cli.Run("check", "a.txt", "--profiles", "profiles", "--outlet", "house");
        outcome.Lines.ShouldBe(["profiles/stray.yml(1,1,1,1): error ED9004: Profile 'stray' is invalid: the file holds a single value, not the keys of a profile "
            + "(name, title, extends, locale, source, spellings, settings, lists, remove-from-lists, severities, examples)"]);
        outcome.ExitCode.ShouldBe(ExitCodes.UsageOrConfiguration);
    }

    [Fact]
    public void An_unknown_profile_key_is_reported_at_that_key()
    {
        using var cli = new CliHarness();
        cli.Write("profiles/house.yml", "name: house\ntitle: House\ncolour: red\n");
        var outcome = cli.Run("profiles", "--profiles", "profiles");
        outcome.Error.ShouldStartWith("profiles/house.yml(3,1,3,1): error ED9004: Profile 'house' is invalid: ");
        outcome.Error.ShouldContain("colour");
        outcome.ExitCode.ShouldBe(ExitCodes.UsageOrConfiguration);
    }

    [Fact]
    public void Unreadable_binary_invalid_and_oversized_files_each_get_one_diagnostic_and_the_rest_is_checked()
    {
        using var cli = new CliHarness();
        cli.Write(".editorconfig", "root = true\n\n[big.txt]\neditorial.max_article_chars = 10\n");
        cli.Write("good.txt", "Kiev.\n");
        cli.WriteBytes("binary.txt", [0x4B, 0x69, 0x00, 0x76]);
        cli.WriteBytes("latin1.txt", Encoding.Latin1.GetBytes("Café Kiev.\n"));
        cli.Write("big.txt", "Kiev is a city of many words.\n");
        var outcome = cli.Run("check", ".", "missing.txt");
        outcome.Lines.ShouldBe(
        [
            $"big.txt(1,1,1,1): error ED9003: '{cli.PathOf("big.txt")}' has 30 characters, more than the limit of 10",
            $"binary.txt(1,3,1,3): error ED9002: '{cli.PathOf("binary.txt")}' is not article text: it holds a NUL character, so it is binary",
            "good.txt(1,1,1,5): warning EDT001: Use 'Kyiv', not 'Kiev'",
            $"latin1.txt(1,4,1,4): error ED9002: '{cli.PathOf("latin1.txt")}' is not article text: it is not valid UTF-8; if it is in another encoding, declare it in .editorconfig: [*.txt] charset = latin1",
            $"missing.txt(1,1,1,1): error ED9001: Cannot read '{cli.PathOf("missing.txt")}': Could not find file '{cli.PathOf("missing.txt")}'.",
        ]);
        outcome.Error.ShouldBe("Checked 1 file (4 more paths could not be checked): 4 errors, 1 warning, 0 suggestions.\n");
        outcome.ExitCode.ShouldBe(ExitCodes.Errors);
    }

    public static TheoryData<string, byte[]> Encodings => new()
    {
        { "utf-8", new UTF8Encoding(false).GetBytes("Talks.\nThe “Kiev” talks.\n") },
        { "utf-8 with BOM", [.. new UTF8Encoding(true).GetPreamble(), .. new UTF8Encoding(false).GetBytes("Talks.\nThe “Kiev” talks.\n")] },
        { "utf-16 LE with BOM", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("Talks.\nThe “Kiev” talks.\n")] },
        { "utf-16 BE with BOM", [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes("Talks.\nThe “Kiev” talks.\n")] },
        { "utf-32 LE with BOM", [.. Encoding.UTF32.GetPreamble(), .. Encoding.UTF32.GetBytes("Talks.\nThe “Kiev” talks.\n")] },
        { "utf-32 BE with BOM", [.. new UTF32Encoding(true, true).GetPreamble(), .. new UTF32Encoding(true, true).GetBytes("Talks.\nThe “Kiev” talks.\n")] },
        { "CRLF", new UTF8Encoding(false).GetBytes("Talks.\r\nThe “Kiev” talks.\r\n") },
        { "CR", new UTF8Encoding(false).GetBytes("Talks.\rThe “Kiev” talks.\r") },
    };

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Columns_count_characters_whatever_the_encoding_and_line_endings(string name, byte[] bytes)
    {
        using var cli = new CliHarness();
        cli.WriteBytes("a.txt", bytes);
        cli.Run("check", "a.txt").Lines.ShouldBe(["a.txt(2,6,2,10): warning EDT001: Use 'Kyiv', not 'Kiev'"], name);
    }

    [Fact]
    public void Columns_count_utf16_code_units_as_the_compiler_does()
    {
        using var cli = new CliHarness();
        cli.Write("a.txt", "\U0001F600 Kiev.\n");
        cli.Run("check", "a.txt").Lines.ShouldBe(["a.txt(1,4,1,8): warning EDT001: Use 'Kyiv', not 'Kiev'"]);
    }

    [Fact]
    public void Inline_comments_in_markdown_disable_and_enable_rules()
    {
        using var cli = new CliHarness();
        cli.Write("a.md", string.Join("\n",
            "# Talks",
            "",
            "<!-- editorial-disable EDT001 -->",
            "Kiev one.",
            "<!-- editorial-enable EDT001 -->",
            "Kiev two.",
            "",
            "<!-- editorial-disable-next-line -->",
            "Kiev three.",
            "Kiev four.",
            "",
            "<!-- editorial-disable EDT999 -->",
            "Kiev five.",
            ""));
        cli.Run("check", "a.md").Lines.ShouldBe(
        [
            "a.md(6,1,6,5): warning EDT001: Use 'Kyiv', not 'Kiev'",
            "a.md(10,1,10,5): warning EDT001: Use 'Kyiv', not 'Kiev'",
            "a.md(13,1,13,5): warning EDT001: Use 'Kyiv', not 'Kiev'",
        ]);
    }
}
