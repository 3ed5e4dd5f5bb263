using Editorial.Diagnostics;
using Editorial.LanguageServer;
using Editorial.Text;

namespace Editorial.Cli.Tests.LanguageServer;

public sealed class LspConversionTests
{
    private static Lsp.Range Range(int line, int character, int endLine, int endCharacter) => new(new(line, character), new(endLine, endCharacter));

    private static Lsp.Range RangeOf(string text, string word)
    {
        var start = text.IndexOf(word, StringComparison.Ordinal);
        return LspConversion.ToRange(new LineMap(text), new TextSpan(start, word.Length));
    }

    [Fact]
    public void Positions_are_zero_based_lines_and_utf16_code_units()
    {
        RangeOf("Talks in Kiev.", "Kiev").ShouldBe(Range(0, 9, 0, 13));
        // U+1F600 is one character and two UTF-16 code units, so two LSP characters; é (U+00E9) is one.
        RangeOf("\U0001F600 café Kiev", "Kiev").ShouldBe(Range(0, 8, 0, 12));
    }

    [Fact]
    public void Lf_crlf_and_a_lone_cr_each_end_a_line_as_in_the_protocol()
    {
        RangeOf("one\r\ntwo\rthree\nKiev", "Kiev").ShouldBe(Range(3, 0, 3, 4));
        RangeOf("one\r\nKiev", "Kiev").ShouldBe(Range(1, 0, 1, 4));
    }

    [Fact]
    public void A_span_over_a_line_break_ends_on_the_next_line()
    {
        RangeOf("a Kiev\nregion b", "Kiev\nregion").ShouldBe(Range(0, 2, 1, 6));
    }

    [Fact]
    public void Engine_columns_convert_by_a_shift_of_one()
    {
        LspConversion.ToRange(new LinePositionSpan(3, 7, 3, 11)).ShouldBe(Range(2, 6, 2, 10));
    }

    [Theory]
    [InlineData(Severity.Error, 1)]
    [InlineData(Severity.Warning, 2)]
    [InlineData(Severity.Suggestion, 3)]
    public void Severities_map_to_the_protocols(Severity severity, int expected)
    {
        LspConversion.ToSeverity(severity).ShouldBe(expected);
    }

    [Fact]
    public void A_diagnostic_carries_the_rule_id_its_help_page_and_its_related_places()
    {
        var text = "Talks in Kiev.";
        var lines = new LineMap(text);
        var span = new TextSpan(9, 4);
        var related = new Location("/news/b.txt", new TextSpan(0, 4), new LinePositionSpan(2, 1, 2, 5));
        var diagnostic = new Diagnostic(KievRule.Descriptor, new Location("/news/a.txt", span, lines.GetLineSpan(span)), Severity.Warning, ["Kiev"], [related]);

        var converted = LspConversion.ToDiagnostic(diagnostic, path => "file://" + path);

        converted.Range.ShouldBe(Range(0, 9, 0, 13));
        converted.Severity.ShouldBe(2);
        converted.Code.ShouldBe("EDT001");
        converted.CodeDescription.Href.ShouldBe("https://github.com/editorial-tools/editorial/blob/main/docs/rules/EDT001.md");
        converted.Source.ShouldBe("editorial");
        converted.Message.ShouldBe("Use 'Kyiv', not 'Kiev'");
        converted.RelatedInformation.ShouldBe([new Lsp.DiagnosticRelatedInformation(new Lsp.Location("file:///news/b.txt", Range(1, 0, 1, 4)), "Related to EDT001")]);
    }

    [Fact]
    public void Ranges_touch_when_they_share_a_position_or_meet()
    {
        var word = Range(0, 9, 0, 13);
        LspConversion.Touches(word, Range(0, 13, 0, 13)).ShouldBeTrue();
        LspConversion.Touches(word, Range(0, 0, 0, 9)).ShouldBeTrue();
        LspConversion.Touches(word, Range(0, 10, 0, 11)).ShouldBeTrue();
        LspConversion.Touches(word, Range(0, 14, 1, 0)).ShouldBeFalse();
        LspConversion.Touches(word, Range(1, 9, 1, 13)).ShouldBeFalse();
    }

    [Fact]
    public void File_uris_give_local_paths_and_other_schemes_none()
    {
        var path = Path.Combine(Path.GetTempPath(), "news room", "a.md");
        var uri = LspConversion.UriOfPath(path);
        uri.ShouldStartWith("file://");
        uri.ShouldContain("news%20room");
        LspConversion.PathOfUri(uri).ShouldBe(Path.GetFullPath(path));
        LspConversion.PathOfUri("untitled:Untitled-1").ShouldBeNull();
    }

    [Fact]
    public void A_drive_letter_whose_colon_is_percent_encoded_as_vs_code_writes_it_is_the_same_file()
    {
        // VS Code (vscode-uri) sends file:///c%3A/..., Sublime LSP and Neovim file:///C:/...: the protocol counts both as one file.
        LspConversion.PathOfUri("file:///c%3A/News%20desk/a.md").ShouldBe(LspConversion.PathOfUri("file:///c:/News%20desk/a.md"));
        LspConversion.PathOfUri("file:///D%3a/a.md").ShouldBe(LspConversion.PathOfUri("file:///D:/a.md"));
        if (!OperatingSystem.IsWindows()) return;
        LspConversion.PathOfUri("file:///c%3A/News%20desk/a.md").ShouldBe(@"c:\News desk\a.md");
    }

    [Fact]
    public void A_ranged_change_replaces_its_range_counted_in_utf16_units_over_every_line_break()
    {
        LspConversion.Apply("\U0001F600 Kyiv\r\ntwo\rthree\n", Range(0, 3, 0, 7), "Kiev").ShouldBe("\U0001F600 Kiev\r\ntwo\rthree\n");
        LspConversion.Apply("one\r\ntwo\rthree\n", Range(1, 0, 2, 0), "").ShouldBe("one\r\nthree\n");
    }

    [Fact]
    public void A_ranged_change_out_of_the_text_is_clamped_as_the_protocol_says()
    {
        // Past the end of a line: the line's end, before its break; past the last line: the end of the text.
        LspConversion.Apply("one\r\ntwo\n", Range(0, 10, 0, 12), "!").ShouldBe("one!\r\ntwo\n");
        LspConversion.Apply("one\ntwo", Range(4, 0, 6, 2), "\nthree").ShouldBe("one\ntwo\nthree");
        // An end before its start: the range between them.
        LspConversion.Apply("one two", Range(0, 7, 0, 3), "").ShouldBe("one");
    }
}
