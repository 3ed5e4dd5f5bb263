using System.Text;
using Editorial.Hosting;

namespace Editorial.Analyzers.Tests;

/// <summary>
/// The analyzer and the CLI refuse the same files with the same located diagnostic: both read through
/// <see cref="ArticleReader"/>, the CLI from the file's bytes, the analyzer from the text the compiler decoded them to.
/// </summary>
public sealed class ReadingParityTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "editorial-reading-parity", Guid.NewGuid().ToString("N"));

    public ReadingParityTests()
    {
        Directory.CreateDirectory(_folder);
        File.WriteAllText(Path.Combine(_folder, ".editorconfig"), "root = true\n\n[*.txt]\neditorial.max_article_chars = 40\n");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    public static TheoryData<string, byte[], string> BadInputs() => new()
    {
        { "nul.txt", Encoding.UTF8.GetBytes("Talks in Kyiv.\nZel\0ensky met."), "(2,4,2,4): error ED9002" },
        { "latin1.txt", [.. Encoding.UTF8.GetBytes("Talks in Kyiv.\nCaf"), 0xE9, .. Encoding.UTF8.GetBytes(" society.")], "(2,4,2,4): error ED9002" },
        { "bom-nul.txt", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Talks\0 in Kyiv.")], "(1,6,1,6): error ED9002" },
        { "utf16-nul.txt", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("Talks in Kyiv.\nA\0B")], "(2,2,2,2): error ED9002" },
        { "utf32-nul.txt", [.. Encoding.UTF32.GetPreamble(), .. Encoding.UTF32.GetBytes("Talks in Kyiv.\nA\0B")], "(2,2,2,2): error ED9002" },
        { "long.txt", Encoding.UTF8.GetBytes("Talks in Kyiv.\nZelensky met officials on Monday."), "(1,1,1,1): error ED9003" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task The_analyzer_refuses_a_file_at_the_line_and_column_and_with_the_message_of_the_CLI(string name, byte[] bytes, string expected)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, bytes);
        var options = new Dictionary<string, string> { ["editorial.max_article_chars"] = "40" };

        var cli = CheckRun.Run(new CheckRequest([path], Rules: TestRules.All)).Diagnostics.Select(d => d.ToString()).ToList();

        cli.ShouldHaveSingleItem().ShouldStartWith(path + expected);
        foreach (var (text, encoding) in CompilerReadings(bytes))
        {
            var harness = new AnalyzerHarness();
            var analyzer = await harness.RunAsync(new EditorialAnalyzer(TestRules.All), new TestFile(path, text, options, encoding));
            harness.Exceptions.ShouldBeEmpty();
            analyzer.Select(AnalyzerHarness.Format).ShouldBe(cli, $"compiler reading with {encoding.WebName}");
        }
    }

    [Fact]
    public async Task A_page_in_the_charset_it_declares_is_checked_by_the_analyzer_only_as_the_compiler_decoded_it_in_that_charset()
    {
        // A CMS export in Windows-1252: the CLI reads it in the charset its <meta> declares. The compiler knows nothing of the
        // declaration: on Windows it decodes the page in the system's code page, which is often that one; on Linux and macOS it
        // replaces each byte that is not UTF-8, and any other code page reads other characters.
        var path = Path.Combine(_folder, "cms.html");
        var windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;
        var bytes = windows1252.GetBytes("<html><head><meta charset=\"windows-1252\"></head><body>\n<p>The caf\u00e9 said \u201cZelensky went on\u201d and kyiv stayed.</p>\n</body></html>\n");
        File.WriteAllBytes(path, bytes);
        var options = new Dictionary<string, string> { ["editorial.max_article_chars"] = "1000" };
        var cli = CheckRun.Run(new CheckRequest([path], Rules: TestRules.All)).Diagnostics.Select(d => d.ToString()).ToList();
        cli.ShouldBe([
            $"{path}(2,19,2,27): warning EDT1001: Use 'Zelenskyy' rather than 'Zelensky'",
            $"{path}(2,41,2,45): warning EDT1001: Use 'Kyiv' rather than 'kyiv'",
        ]);

        var inItsCharset = await new AnalyzerHarness().RunAsync(new EditorialAnalyzer(TestRules.All), new TestFile(path, windows1252.GetString(bytes), options, windows1252));
        inItsCharset.Select(AnalyzerHarness.Format).ShouldBe(cli);

        // At the first character read otherwise: the é, which is not UTF-8; the opening quotation mark, which Latin-1 reads as a
        // control character.
        foreach (var (decodedWith, column) in new (Encoding, int)[] { (new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 11), (Encoding.Latin1, 18) })
        {
            var misread = await new AnalyzerHarness().RunAsync(new EditorialAnalyzer(TestRules.All), new TestFile(path, decodedWith.GetString(bytes), options, decodedWith));
            misread.Select(AnalyzerHarness.Format).ShouldBe([
                $"{path}(2,{column},2,{column}): error ED9002: '{path}' is not article text: it is WINDOWS-1252, the charset its <meta> declares, and the compiler decoded it as "
                + (decodedWith is UTF8Encoding ? "UTF-8" : "ISO-8859-1")
                + "; save it as UTF-8, or check it with the build's task (EditorialUseAnalyzer = false) or the CLI, which read it as it declares",
            ], $"compiler reading with {decodedWith.WebName}");
        }
    }

    /// <summary>
    /// The text and encoding the compiler gives an analyzer for an additional file's bytes: the encoding of its byte order mark
    /// (UTF-32's as the compiler's own reading finds it), else strict UTF-8; bytes that are not UTF-8 are decoded again with the system's code page, which is UTF-8 replacing each
    /// invalid byte on Linux and macOS and a legacy code page (Latin-1 here) on Windows.
    /// </summary>
    private static IEnumerable<(string Text, Encoding Encoding)> CompilerReadings(byte[] bytes)
    {
        if (bytes is [0xEF, 0xBB, 0xBF, ..])
        {
            yield return (Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3), new UTF8Encoding(encoderShouldEmitUTF8Identifier: true, throwOnInvalidBytes: true));
            yield break;
        }
        if (bytes is [0xFF, 0xFE, 0, 0, ..])
        {
            var decoded = Microsoft.CodeAnalysis.Text.SourceText.From(new MemoryStream(bytes));
            yield return (decoded.ToString(), decoded.Encoding!);
            yield break;
        }
        if (bytes is [0xFF, 0xFE, ..])
        {
            yield return (Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2), new UnicodeEncoding(bigEndian: false, byteOrderMark: true, throwOnInvalidBytes: true));
            yield break;
        }
        var strict = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        string? text = null;
        try
        {
            text = strict.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
        }
        if (text is not null)
        {
            yield return (text, strict);
            yield break;
        }
        var replacing = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        yield return (replacing.GetString(bytes), replacing);
        yield return (Encoding.Latin1.GetString(bytes), Encoding.Latin1);
    }
}
