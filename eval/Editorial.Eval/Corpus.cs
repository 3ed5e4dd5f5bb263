using System.Security.Cryptography;
using System.Text;

namespace Editorial.Eval;

/// <summary>One fetched article as <c>eval/fetch.sh</c> normalised it: a row of a corpus's <c>index.tsv</c>. A corpus whose
/// index has a <c>split</c> column puts its articles in that split (<see cref="Splits.Fresh"/>) instead of halving them.</summary>
public sealed record EvalArticle(string Corpus, string Id, string Outlet, string Country, string? Date, string? Title, string TextPath, string? Event, string? GivenSplit = null)
{
    /// <summary>The side of the split: the index's, else the event's for story corpora (all its articles together), else the article's.</summary>
    public string Split => GivenSplit ?? Splits.Of(Event ?? Id);

    public string Key => Corpus + "/" + Id;
}

public static class Splits
{
    public const string Dev = "dev";
    public const string Test = "test";
    /// <summary>Copy held back from every tuning (<c>ukraine-media-2022-fresh</c>): its findings are judged blind and reported,
    /// never read as failures to tune on.</summary>
    public const string Fresh = "fresh";

    /// <summary>A stable half-and-half split by a hash of the id, the same on every machine and every run.</summary>
    public static string Of(string id) => (StableHash(id) & 1) == 0 ? Dev : Test;

    /// <summary>The first four bytes of the SHA-256 of <paramref name="key"/>: the same on every machine and every run,
    /// unlike string.GetHashCode.</summary>
    public static int StableHash(string key) => BitConverter.ToInt32(SHA256.HashData(Encoding.UTF8.GetBytes(key)), 0);

    public static bool Matches(string split, string wanted) => wanted == "all" || split == wanted;
}

/// <summary>The corpora under <c>eval/data</c>: every <c>*/index.tsv</c> with its article texts.</summary>
public static class CorpusReader
{
    public static List<EvalArticle> ReadAll(string dataDirectory)
    {
        if (!Directory.Exists(dataDirectory))
        {
            throw new EvalException($"No corpora at {dataDirectory}: run eval/fetch.sh first (see eval/README.md).");
        }
        var articles = new List<EvalArticle>();
        foreach (var index in Directory.GetFiles(dataDirectory, "index.tsv", SearchOption.AllDirectories).OrderBy(p => p, StringComparer.Ordinal))
        {
            var corpusDirectory = Path.GetDirectoryName(index)!;
            var corpus = Path.GetFileName(corpusDirectory);
            foreach (var row in Tsv.Read(index))
            {
                articles.Add(new EvalArticle(
                    corpus,
                    row["id"],
                    row.GetValueOrDefault("outlet") ?? "",
                    row.GetValueOrDefault("country") ?? "",
                    NullIfEmpty(row.GetValueOrDefault("date")),
                    NullIfEmpty(row.GetValueOrDefault("title")),
                    Path.Combine(corpusDirectory, row["path"]),
                    NullIfEmpty(row.GetValueOrDefault("event")),
                    NullIfEmpty(row.GetValueOrDefault("split"))));
            }
        }
        return articles;
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}

/// <summary>Tab-separated files with a header line; the format of every index and label file here.</summary>
public static class Tsv
{
    public static IEnumerable<Dictionary<string, string>> Read(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        var header = reader.ReadLine()?.Split('\t') ?? throw new EvalException($"{path} is empty.");
        string? line;
        var number = 1;
        while ((line = reader.ReadLine()) is not null)
        {
            number++;
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var cells = line.Split('\t');
            if (cells.Length != header.Length) throw new EvalException($"{path}({number}): {cells.Length} columns, the header has {header.Length}.");
            var row = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < header.Length; i++) row[header[i]] = cells[i];
            yield return row;
        }
    }

    public static string Clean(string value) => value.Replace('\t', ' ').Replace('\r', ' ').Replace('\n', ' ');
}

public sealed class EvalException(string message) : Exception(message);
