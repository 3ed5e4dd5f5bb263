using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;
using Editorial.Configuration;
using Editorial.Diagnostics;
using Editorial.Engine;

namespace Editorial.Hosting;

/// <summary>
/// Each article's own findings from the last check (<see cref="EngineResult.ArticleFindings"/>), what the corpus rules kept of
/// it (<see cref="EngineResult.ArticleSummaries"/>) and its settings, kept in one file between runs (the MSBuild task keeps it
/// under obj/), so that a check after one article changed runs the article rules and the corpus rules' summaries on that
/// article alone and resolves the configuration of no other. Settings are found by a hash of the article's path and the text
/// of its configuration files (<see cref="SettingsKeyOf"/>), findings and summary by a hash of that and the article's text
/// (<see cref="FindingsKeyOf"/>). The whole file is for one run configuration (<see cref="RunFingerprint"/>: engine build,
/// rules, profile files, default outlet) and is set aside when that differs. The cross-article findings are kept too, by part
/// of the run (<see cref="EngineResult.PartFindings"/>: a rule's findings on one outlet's or one story's articles): the cross-article
/// pass compares again only the parts where an article changed, was added or was removed.
/// </summary>
public sealed class ArticleResultsCache
{
    /// <summary>Written first in the file: a file of another layout is not read.</summary>
    private const string FormatTag = "editorial-article-results/4";

    private readonly string _path;
    private readonly string _fingerprint;
    private readonly Dictionary<string, StoredSettings> _settings;
    private readonly Dictionary<string, StoredArticle> _stored;
    /// <summary>Cross-article findings by the fingerprint of their part (<see cref="ArticleFindingsFormat"/> bytes).</summary>
    private readonly Dictionary<string, ArraySegment<byte>> _parts;

    /// <summary>An article's settings as the configuration files gave them: the <c>editorial.*</c> options and the global severities.</summary>
    private sealed record StoredSettings(IReadOnlyList<KeyValuePair<string, string>> Options, IReadOnlyList<KeyValuePair<string, string>> GlobalSeverities);

    /// <summary>An article's findings (<see cref="ArticleFindingsFormat"/>) and corpus summary (<see cref="CorpusSummaryFormat"/>;
    /// null when the engine could not store it) as bytes: segments of the file as read, which is a hundred megabytes for
    /// ten thousand articles, never copied again.</summary>
    private sealed record StoredArticle(ArraySegment<byte> Findings, ArraySegment<byte>? Summary);

    private ArticleResultsCache(string path, string fingerprint, Dictionary<string, StoredSettings> settings, Dictionary<string, StoredArticle> stored,
        Dictionary<string, ArraySegment<byte>> parts) =>
        (_path, _fingerprint, _settings, _stored, _parts) = (path, fingerprint, settings, stored, parts);

    /// <summary>The cache at <paramref name="path"/> for runs of <paramref name="fingerprint"/>; empty when there is none, when it
    /// was written for another fingerprint or cannot be read (a cache is never a reason to fail a check).</summary>
    public static ArticleResultsCache Load(string path, string fingerprint)
    {
        var settings = new Dictionary<string, StoredSettings>(StringComparer.Ordinal);
        var stored = new Dictionary<string, StoredArticle>(StringComparer.Ordinal);
        var parts = new Dictionary<string, ArraySegment<byte>>(StringComparer.Ordinal);
        try
        {
            if (File.Exists(path))
            {
                var bytes = File.ReadAllBytes(path);
                using var reader = new BinaryReader(new MemoryStream(bytes, writable: false), Encoding.UTF8);
                ArraySegment<byte> Segment(int length)
                {
                    var start = (int)reader.BaseStream.Position;
                    if (length < 0 || length > bytes.Length - start) throw new EndOfStreamException();
                    reader.BaseStream.Position = start + length;
                    return new ArraySegment<byte>(bytes, start, length);
                }
                if (reader.ReadString() == FormatTag && reader.ReadString() == fingerprint)
                {
                    for (var count = reader.ReadInt32(); count > 0; count--) settings[reader.ReadString()] = new StoredSettings(ReadPairs(reader), ReadPairs(reader));
                    for (var count = reader.ReadInt32(); count > 0; count--)
                    {
                        var key = reader.ReadString();
                        var findings = Segment(reader.ReadInt32());
                        var summaryLength = reader.ReadInt32();
                        stored[key] = new StoredArticle(findings, summaryLength < 0 ? null : Segment(summaryLength));
                    }
                    for (var count = reader.ReadInt32(); count > 0; count--) parts[reader.ReadString()] = Segment(reader.ReadInt32());
                }
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or EndOfStreamException or FormatException)
        {
            settings.Clear();
            stored.Clear();
            parts.Clear();
        }
        return new ArticleResultsCache(path, fingerprint, settings, stored, parts);
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

    /// <summary>The key of an article's settings: its path (sections match it) and its configuration files' paths and texts
    /// (<see cref="Configuration.EditorConfigResolver.ConfigurationOf"/>), which settle its settings and where each is set.</summary>
    public static string SettingsKeyOf(string path, string configuration) => Hash(path + "\0" + configuration);

    /// <summary>The key of an article's findings: the key of its settings and its text.</summary>
    public static string FindingsKeyOf(string settingsKey, string text) => Hash(settingsKey + "\0" + text);

    /// <summary>The settings stored under <paramref name="settingsKey"/>, with <paramref name="locateOption"/> to find where a
    /// key is set (only a finding about a setting asks, and then the configuration files are read as without a cache).</summary>
    public ArticleSettings? FindSettings(string settingsKey, string? defaultOutlet, Func<string, Location?> locateOption) =>
        _settings.TryGetValue(settingsKey, out var stored)
            ? new ArticleSettings(ToDictionary(stored.Options), ToDictionary(stored.GlobalSeverities), defaultOutlet, locateOption)
            : null;

    /// <summary>The inputs, each with its key, and with the findings and summaries stored for them; an article with no entry
    /// (new, changed) has none and is checked.</summary>
    public IReadOnlyList<ArticleInput> WithKnownFindings(IReadOnlyList<ArticleInput> inputs, IReadOnlyList<string> keys, EditorialEngine engine)
    {
        var known = new ArticleInput[inputs.Count];
        Parallel.For(0, inputs.Count, i =>
        {
            known[i] = _stored.TryGetValue(keys[i], out var stored) && Decode(stored.Findings, engine) is { } findings
                ? inputs[i] with { KnownFindings = findings, KnownSummary = stored.Summary, Key = keys[i] }
                : inputs[i] with { Key = keys[i] };
        });
        return known;
    }

    /// <summary>The cross-article findings stored for the part of <paramref name="fingerprint"/>; null when there are none, or
    /// they name a rule <paramref name="engine"/> does not know (the part is then compared again).</summary>
    public IReadOnlyList<Diagnostic>? FindPartFindings(string fingerprint, EditorialEngine engine) =>
        _parts.TryGetValue(fingerprint, out var bytes) ? Decode(bytes, engine) : null;

    /// <summary>Writes the entries of this run's articles and parts, and only those (an article removed or changed leaves no entry behind).</summary>
    public void Save(IReadOnlyList<ArticleInput> inputs, IReadOnlyList<string> settingsKeys, IReadOnlyList<string> findingsKeys, EngineResult run)
    {
        var entries = new ArraySegment<byte>[findingsKeys.Count];
        Parallel.For(0, findingsKeys.Count, i => entries[i] = _stored.TryGetValue(findingsKeys[i], out var stored) ? stored.Findings : Encode(run.ArticleFindings[i]));
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(_path))!);
        // Written beside and moved into place: a build stopped half-way leaves the previous cache, not half of one.
        var temporary = _path + ".tmp";
        using (var writer = new BinaryWriter(File.Create(temporary), Encoding.UTF8))
        {
            writer.Write(FormatTag);
            writer.Write(_fingerprint);
            var distinctSettings = Distinct(settingsKeys);
            writer.Write(distinctSettings.Count);
            foreach (var i in distinctSettings)
            {
                writer.Write(settingsKeys[i]);
                WritePairs(writer, inputs[i].Settings.Options);
                WritePairs(writer, inputs[i].Settings.GlobalSeverities);
            }
            var distinctFindings = Distinct(findingsKeys);
            writer.Write(distinctFindings.Count);
            foreach (var i in distinctFindings)
            {
                writer.Write(findingsKeys[i]);
                WriteSegment(writer, entries[i]);
                if (run.ArticleSummaries[i] is { } summary) WriteSegment(writer, summary);
                else writer.Write(-1);
            }
            writer.Write(run.PartFindings.Count);
            foreach (var part in run.PartFindings)
            {
                writer.Write(part.Key);
                WriteSegment(writer, _parts.TryGetValue(part.Key, out var stored) ? stored : Encode(part.Value));
            }
        }
        if (File.Exists(_path)) File.Delete(_path);
        File.Move(temporary, _path);
    }

    private static List<int> Distinct(IReadOnlyList<string> keys)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return Enumerable.Range(0, keys.Count).Where(i => seen.Add(keys[i])).ToList();
    }

    private static void WriteSegment(BinaryWriter writer, ArraySegment<byte> bytes)
    {
        writer.Write(bytes.Count);
        writer.Write(bytes.Array!, bytes.Offset, bytes.Count);
    }

    private static void WritePairs(BinaryWriter writer, IReadOnlyDictionary<string, string> pairs)
    {
        writer.Write(pairs.Count);
        foreach (var pair in pairs)
        {
            writer.Write(pair.Key);
            writer.Write(pair.Value);
        }
    }

    private static List<KeyValuePair<string, string>> ReadPairs(BinaryReader reader)
    {
        var pairs = new List<KeyValuePair<string, string>>();
        for (var count = reader.ReadInt32(); count > 0; count--) pairs.Add(new KeyValuePair<string, string>(reader.ReadString(), reader.ReadString()));
        return pairs;
    }

    private static Dictionary<string, string> ToDictionary(IReadOnlyList<KeyValuePair<string, string>> pairs)
    {
        var dictionary = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in pairs) dictionary[pair.Key] = pair.Value;
        return dictionary;
    }

    private static ArraySegment<byte> Encode(IReadOnlyList<Diagnostic> findings)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true)) ArticleFindingsFormat.Write(writer, findings);
        return new ArraySegment<byte>(stream.ToArray());
    }

    private static IReadOnlyList<Diagnostic>? Decode(ArraySegment<byte> bytes, EditorialEngine engine)
    {
        using var reader = new BinaryReader(new MemoryStream(bytes.Array!, bytes.Offset, bytes.Count, writable: false), Encoding.UTF8);
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
