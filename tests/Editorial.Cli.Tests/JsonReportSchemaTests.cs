using Newtonsoft.Json.Linq;
using Newtonsoft.Json.Schema;

namespace Editorial.Cli.Tests;

/// <summary>The JSON report validates against its published schema (docs/schema/editorial-report.schema.json), and a
/// suggestion is called "suggestion" in the lines, the JSON report and the summary alike.</summary>
public class JsonReportSchemaTests
{
    private static readonly Lazy<JSchema> Schema = new(() =>
        JSchema.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "schema", "editorial-report.schema.json"))));

    [Fact]
    public void A_report_with_fixes_related_locations_properties_and_configuration_problems_is_valid()
    {
        using var cli = new CliHarness { Rules = Editorial.Engine.RuleCatalog.Rules };
        cli.Write(".editorconfig", "root = true\n\n[*.md]\neditorial.ED1001.severity = loud\n");
        cli.Write("news/one/a.md", "---\nstory: crash\n---\n\nThe plane carrying 150 passengers crashed near Halden. Officials in Kiev and Kyiv spoke.\n");
        cli.Write("news/two/b.md", "---\nstory: crash\n---\n\nThe jet with 159 passengers on board went down near Halden.\n");
        cli.WriteBytes("news/binary.txt", [0, 1, 2]);
        var report = JObject.Parse(cli.Run("check", "news", "--format", "json").Output);
        ((JArray)report["diagnostics"]!).Select(d => (string)d["id"]!).ShouldBe(["ED9006", "ED9002", "ED2002", "ED1001", "ED2002"]);
        ((JArray)report["diagnostics"]!).ShouldContain(d => d["fix"]!.Type == JTokenType.Object);
        ((JArray)report["diagnostics"]!).ShouldContain(d => ((JArray)d["related"]!).Count > 0);
        Errors(report).ShouldBeEmpty();
    }

    [Fact]
    public void A_clean_report_is_valid_and_the_schema_rejects_a_severity_word_of_another_format()
    {
        using var cli = new CliHarness();
        cli.Write("a.txt", "Nothing to report.\n");
        Errors(JObject.Parse(cli.Run("check", "a.txt", "--format", "json").Output)).ShouldBeEmpty();

        cli.Write("a.txt", "Kiev.\n");
        var report = JObject.Parse(cli.Run("check", "a.txt", "--format", "json").Output);
        Errors(report).ShouldBeEmpty();
        report["diagnostics"]![0]!["severity"] = "info";
        Errors(report).ShouldNotBeEmpty();
    }

    [Fact]
    public void A_suggestion_is_called_suggestion_in_every_output_editorial_words_itself()
    {
        using var cli = new CliHarness { Rules = [new KievRegionRule()] };
        cli.Write("a.txt", "The Kiev region.\n");
        var lines = cli.Run("check", "a.txt");
        lines.Lines.ShouldBe(["a.txt(1,5,1,16): suggestion EDT002: Use 'Kyiv Oblast', not 'Kiev region'"]);
        lines.Error.ShouldBe("Checked 1 file: 0 errors, 0 warnings, 1 suggestion.\n");
        var report = JObject.Parse(cli.Run("check", "a.txt", "--format", "json").Output);
        ((string)report["diagnostics"]![0]!["severity"]!).ShouldBe("suggestion");
        cli.Run("rules").Lines.ShouldContain(line => line.StartsWith("EDT002  suggestion ", StringComparison.Ordinal));
    }

    private static List<string> Errors(JObject report)
    {
        report.IsValid(Schema.Value, out IList<ValidationError> errors);
        return errors.Select(e => $"{e.Path}: {e.Message}").ToList();
    }
}
