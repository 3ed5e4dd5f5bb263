using System.Text;
using BenchmarkDotNet.Attributes;
using Editorial.Articles;
using Editorial.Benchmarks.Shared;
using Editorial.Configuration;
using Editorial.Engine;

namespace Editorial.Benchmarks;

/// <summary>
/// Single-thread engine throughput on the seed articles of samples/Newsroom, replicated to at least 10 MB of UTF-8:
/// each operation parses every article once and runs every per-article rule on it, as a keystroke in the IDE or one
/// file of a build does. Corpus rules are left out: they compare articles of one story, and a replicated corpus would
/// only measure how many copies of one story it holds.
/// </summary>
public class EngineThroughput
{
    public const int TargetBytes = 10 * 1024 * 1024;

    private readonly EditorialEngine _engine = new();
    private List<(string Path, string Text)> _corpus = [];

    /// <summary>UTF-8 bytes in one operation's corpus, for the MB/s figure.</summary>
    public static long CorpusBytes { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        _corpus = Replicate(Seeds(), TargetBytes);
        CorpusBytes = _corpus.Sum(a => (long)Encoding.UTF8.GetByteCount(a.Text));
    }

    [Benchmark(Description = "parse")]
    public int Parse()
    {
        var tokens = 0;
        foreach (var (path, text) in _corpus) tokens += Article.Parse(path, text).Tokens.Count;
        return tokens;
    }

    [Benchmark(Baseline = true, Description = "parse + article rules")]
    public int ParseAndAnalyze()
    {
        var findings = 0;
        foreach (var (path, text) in _corpus)
        {
            var analyzed = _engine.Prepare(Article.Parse(path, text), ArticleSettings.Empty, out var problems);
            findings += problems.Count + _engine.AnalyzeArticle(analyzed).Count;
        }
        return findings;
    }

    public static List<(string Path, string Text)> Seeds()
    {
        var root = SampleNewsroom.Folder();
        // The sample is also a project: its bin/ and obj/ hold build output, not articles.
        return Directory.EnumerateFiles(root, "*.*", SearchOption.AllDirectories)
            .Where(f => ArticleFormats.FromPath(f) is not null)
            .Where(f => !Path.GetRelativePath(root, f).Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => (Path.GetRelativePath(root, f), File.ReadAllText(f)))
            .ToList();
    }

    public static List<(string Path, string Text)> Replicate(List<(string Path, string Text)> seeds, long targetBytes)
    {
        var corpus = new List<(string, string)>();
        long bytes = 0;
        for (var copy = 0; bytes < targetBytes; copy++)
        {
            foreach (var (path, text) in seeds)
            {
                corpus.Add(($"copy{copy:D4}/{path}", text));
                bytes += Encoding.UTF8.GetByteCount(text);
            }
        }
        return corpus;
    }
}
