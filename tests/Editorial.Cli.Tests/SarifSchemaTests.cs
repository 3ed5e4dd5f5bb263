using Newtonsoft.Json.Linq;
using Newtonsoft.Json.Schema;

namespace Editorial.Cli.Tests;

/// <summary>The SARIF output validates against the SARIF 2.1.0 JSON schema (see <see cref="SarifSchema"/> for its source).</summary>
public class SarifSchemaTests
{
    private static readonly Lazy<JSchema> Schema = new(() => JSchema.Parse(SarifSchema.Json));

    [Fact]
    public void A_log_with_results_fixes_related_locations_and_configuration_problems_is_valid()
    {
        using var cli = new CliHarness();
        cli.Write(".editorconfig", "root = true\n\n[*.txt]\neditorial.EDT001.severity = loud\n");
        cli.Write("news/a b.txt", "The Kiev talks.\n");
        cli.WriteBytes("news/binary.txt", [0, 1, 2]);
        var outcome = cli.Run("check", "news", "--format", "sarif");
        outcome.ExitCode.ShouldBe(ExitCodes.UsageOrConfiguration);
        var log = JObject.Parse(outcome.Output);
        ((JArray)log["runs"]![0]!["results"]!).Count.ShouldBe(3);
        Errors(log).ShouldBeEmpty();
    }

    [Fact]
    public void A_log_with_related_locations_and_a_file_outside_the_base_directory_is_valid()
    {
        var article = Editorial.Articles.Article.Parse("/elsewhere/a.txt", "Kiev and Kyiv.");
        var diagnostic = new Editorial.Diagnostics.Diagnostic(KievRule.Descriptor, article.GetLocation(new Editorial.Text.TextSpan(0, 4)),
            Editorial.Diagnostics.Severity.Suggestion, ["Kiev"], [article.GetLocation(new Editorial.Text.TextSpan(9, 4))]);
        using var stream = new MemoryStream();
        Editorial.Hosting.Reporting.SarifWriter.Write(stream, [diagnostic], "/base");
        Errors(JObject.Parse(System.Text.Encoding.UTF8.GetString(stream.ToArray()))).ShouldBeEmpty();
    }

    [Fact]
    public void A_clean_log_is_valid()
    {
        using var cli = new CliHarness();
        cli.Write("a.txt", "Nothing to report.\n");
        Errors(JObject.Parse(cli.Run("check", "a.txt", "--format", "sarif").Output)).ShouldBeEmpty();
    }

    [Fact]
    public void The_validator_rejects_a_log_that_breaks_the_schema()
    {
        using var cli = new CliHarness();
        cli.Write("a.txt", "Kiev.\n");
        var log = JObject.Parse(cli.Run("check", "a.txt", "--format", "sarif").Output);
        log["runs"]![0]!["results"]![0]!["level"] = "fatal";
        Errors(log).ShouldNotBeEmpty();
    }

    private static List<string> Errors(JObject log)
    {
        log.IsValid(Schema.Value, out IList<ValidationError> errors);
        return errors.Select(e => $"{e.Path}: {e.Message}").ToList();
    }
}
