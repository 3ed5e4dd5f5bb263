using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;
using Editorial.Diagnostics;
using Editorial.Engine;

namespace Editorial.Hosting;

/// <summary>
/// Each article's own findings from the last check (<see cref="EngineResult.ArticleFindings"/>), kept in one file between
/// runs (the MSBuild task keeps it under obj/), so that a check after one article changed runs the article rules on that
/// article alone. An entry is found by a hash of the article's path, text and configuration files; the whole file is for one
/// run configuration (<see cref="RunFingerprint"/>: engine build, rules, profile files, default outlet) and is set aside when
/// that differs. The cross-article rules still run on every article: their findings depend on all of them.
/// </summary>
public sealed class ArticleResultsCache
{
    /// <summary>Written first in the file: a file of another layout is not read.</summary>
    private const string FormatTag = "editorial-article-results/1";

    private readonly string _path;
    private readonly string _fingerprint;
    private readonly Dictionary<string, byte[]> _stored;

    private ArticleResultsCache(string path, string fingerprint, Dictionary<string, byte[]> stored) =>
        (_path, _fingerprint, _stored) = (path, fingerprint, stored);

    /// <summary>The cache at <paramref name="path"/> for runs of <paramref name="fingerprint"/>; empty when there is none, when it
    /// was written for another fingerprint or cannot be read (a cache is never a reason to fail a check).</summary>
    public static ArticleResultsCache Load(string path, string fingerprint)
    {
        var stored = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        try
        {
            if (File.Exists(path))
            {
                using var reader = new BinaryReader(new MemoryStream(File.ReadAllBytes(path)), Encoding.UTF8);
                if (reader.ReadString() == FormatTag && reader.ReadString() == fingerprint)
                {
                    for (var count = reader.ReadInt32(); count > 0; count--) stored[reader.ReadString()] = reader.ReadBytes(reader.ReadInt32());
                }
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or EndOfStreamException or FormatException)
        {
            stored.Clear();
        }
        return new ArticleResultsCache(path, fingerprint, stored);
    }

    /// <summary>What the cached findings depend on besides each article and its configuration files: this build of the engine
    /// and hosts, the rules run, the project's profile files (path and text) and the default outlet.</summary>
    public static string RunFingerprint(IEnumerable<Type> rules, IEnumerable<(string Path, string Text)> profiles, string? defaultOutlet)
    {
        var parts = new List<string>
        {
            typeof(EditorialEngine).Assembly.ManifestModule.ModuleVersionId.ToString(),
            typeof(ArticleResultsCache).Assembly.ManifestModule.ModuleVersionId.ToString(),
            "outlet=" + defaultOutlet,
        };
        parts.AddRange(rules.Select(rule => "rule=" + rule.FullName));
        parts.AddRange(profiles.Select(profile => "profile=" + profile.Path + "\0" + profile.Text));
        return Hash(string.Join("\0", parts));
    }

    /// <summary>The key of an article's entry: its path (findings name it), its text, and the text of its configuration files
    /// (<see cref="Configuration.EditorConfigResolver.ConfigurationOf"/>), which settle its settings and where a setting is.</summary>
    public static string KeyOf(string path, string text, string configuration) => Hash(path + "\0" + configuration + "\0" + text);

    /// <summary>The inputs with the findings stored for them; an article with no entry (new, changed) has none and is checked.</summary>
    public IReadOnlyList<ArticleInput> WithKnownFindings(IReadOnlyList<ArticleInput> inputs, IReadOnlyList<string> keys, EditorialEngine engine)
    {
        var known = new ArticleInput[inputs.Count];
        Parallel.For(0, inputs.Count, i =>
        {
            known[i] = _stored.TryGetValue(keys[i], out var bytes) && Decode(bytes, engine) is { } findings
                ? inputs[i] with { KnownFindings = findings }
                : inputs[i];
        });
        return known;
    }

    /// <summary>Writes the entries of this run's articles, and only those (an article removed or changed leaves no entry behind).</summary>
    public void Save(IReadOnlyList<string> keys, IReadOnlyList<IReadOnlyList<Diagnostic>> findings)
    {
        var entries = new byte[keys.Count][];
        Parallel.For(0, keys.Count, i => entries[i] = _stored.TryGetValue(keys[i], out var stored) ? stored : Encode(findings[i]));
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(_path))!);
        // Written beside and moved into place: a build stopped half-way leaves the previous cache, not half of one.
        var temporary = _path + ".tmp";
        using (var writer = new BinaryWriter(File.Create(temporary), Encoding.UTF8))
        {
            writer.Write(FormatTag);
            writer.Write(_fingerprint);
            var written = new HashSet<string>(StringComparer.Ordinal);
            var distinct = Enumerable.Range(0, keys.Count).Where(i => written.Add(keys[i])).ToList();
            writer.Write(distinct.Count);
            foreach (var i in distinct)
            {
                writer.Write(keys[i]);
                writer.Write(entries[i].Length);
                writer.Write(entries[i]);
            }
        }
        if (File.Exists(_path)) File.Delete(_path);
        File.Move(temporary, _path);
    }

    private static byte[] Encode(IReadOnlyList<Diagnostic> findings)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true)) ArticleFindingsFormat.Write(writer, findings);
        return stream.ToArray();
    }

    private static IReadOnlyList<Diagnostic>? Decode(byte[] bytes, EditorialEngine engine)
    {
        using var reader = new BinaryReader(new MemoryStream(bytes), Encoding.UTF8);
        try
        {
            return ArticleFindingsFormat.Read(reader, engine);
        }
        catch (Exception exception) when (exception is EndOfStreamException or FormatException or ArgumentException)
        {
            return null;
        }
    }

    private static string Hash(string text)
    {
        using var sha = SHA256.Create();
        var hash = sha.ComputeHash(Encoding.UTF8.GetBytes(text));
        var builder = new StringBuilder(hash.Length * 2);
        foreach (var b in hash) builder.Append(b.ToString("x2"));
        return builder.ToString();
    }
}
