using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace Editorial.DocGen;

/// <summary>
/// How often each rule's findings were right on published news, as the evaluation runner last wrote it in
/// <c>eval/results-dev.md</c>, <c>eval/results-test.md</c> and <c>eval/results-fresh.md</c> (committed with the labels).
/// The rule pages quote these tables, so that the figure a page gives for a default severity is the one the evaluation
/// measures, never a number copied by hand that the next round of tuning leaves stale. The fresh split (copy held back from
/// all tuning) is quoted only for the rules it has judged findings of.
/// </summary>
public sealed class MeasuredPrecision
{
    public const string DevResultsPath = "eval/results-dev.md";
    public const string TestResultsPath = "eval/results-test.md";
    public const string FreshResultsPath = "eval/results-fresh.md";

    /// <summary>One rule's row: how many findings were judged, and the share of them judged right ("0.85", or "–" with none judged).</summary>
    public sealed record Row(int Judged, string Precision);

    private readonly IReadOnlyDictionary<string, Row> _dev;
    private readonly IReadOnlyDictionary<string, Row> _test;
    private readonly IReadOnlyDictionary<string, Row> _fresh;

    public MeasuredPrecision(IReadOnlyDictionary<string, Row> dev, IReadOnlyDictionary<string, Row> test, IReadOnlyDictionary<string, Row> fresh) =>
        (_dev, _test, _fresh) = (dev, test, fresh);

    public static MeasuredPrecision Parse(string devResults, string testResults, string freshResults) =>
        new(ReadTable(devResults, DevResultsPath), ReadTable(testResults, TestResultsPath), ReadTable(freshResults, FreshResultsPath));

    /// <summary>The page's "Measured precision" cell for rule <paramref name="id"/>; null for a rule the evaluation does not
    /// measure (the ED9xxx problems of input and configuration).</summary>
    public string? Describe(string id)
    {
        if (!_dev.TryGetValue(id, out var dev) || !_test.TryGetValue(id, out var test)) return null;
        var fresh = _fresh.TryGetValue(id, out var freshRow) && freshRow.Judged > 0 ? $"; {Split("fresh", freshRow)}" : "";
        return $"{Split("dev", dev)}; {Split("test", test)}{fresh} ([evaluation](../../eval/README.md))";
    }

    private static string Split(string name, Row row) =>
        row.Judged == 0 ? $"{name}: no finding judged" : $"{name} {row.Precision} of {row.Judged} judged";

    /// <summary>The rows of the results table (the one with the columns "rule", "judged" and "precision"), by rule ID.</summary>
    private static Dictionary<string, Row> ReadTable(string markdown, string path)
    {
        var rows = new Dictionary<string, Row>(StringComparer.Ordinal);
        var table = Markdig.Markdown.Parse(markdown, RuleDocs.Markdown).Descendants<Table>().FirstOrDefault()
            ?? throw new InvalidDataException($"{path} holds no results table: run the evaluation (eval/README.md) to write it.");
        var header = Cells(markdown, (TableRow)table[0]);
        var rule = header.IndexOf("rule");
        var judged = header.IndexOf("judged");
        var precision = header.IndexOf("precision");
        if (rule < 0 || judged < 0 || precision < 0) throw new InvalidDataException($"{path}: the results table lacks a rule, judged or precision column.");
        foreach (var row in table.Skip(1).Cast<TableRow>())
        {
            var cells = Cells(markdown, row);
            if (!cells[rule].StartsWith("ED", StringComparison.Ordinal)) continue;
            rows[cells[rule]] = new Row(int.Parse(cells[judged], System.Globalization.CultureInfo.InvariantCulture), cells[precision]);
        }
        return rows;
    }

    private static List<string> Cells(string markdown, TableRow row) =>
        row.Cast<TableCell>().Select(cell => markdown.Substring(cell.Span.Start, cell.Span.Length).Trim().Trim('|').Trim()).ToList();
}
