using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;
using Editorial.Configuration;
using Editorial.Diagnostics;
using Editorial.Engine;
using Editorial.Hosting.Configuration;

namespace Editorial.Hosting;

/// <summary>
/// Each article's own findings from the last check (<see cref="EngineResult.ArticleFindings"/>), what the corpus rules kept of
/// it (<see cref="EngineResult.ArticleSummaries"/>), its part for each corpus rule (<see cref="EngineResult.ArticleParts"/>) and its
/// settings, kept between runs (the MSBuild task keeps them under obj/), so that a check after one article changed runs the article
/// rules and the corpus rules' summaries on that article alone, resolves the configuration of no other, reads no other unchanged
/// file and restores only the articles of the parts the cross-article rules compare again. Settings are found by a hash of the
/// article's path and the text of its configuration files (<see cref="SettingsKeyOf"/>), findings and summary by a hash of that and
/// the article's text (<see cref="FindingsKeyOf"/>); a file whose size and last write time are those recorded with its entry, under
/// the same settings key, is taken to hold the same text and is not read (<see cref="UnchangedFindingsKey"/>); so is a configuration
/// file (<see cref="FindConfigFile"/>: the settings key is made of the hash of its text, kept with its stamp). The whole cache is
/// for one run configuration (<see cref="RunFingerprint"/>: engine build, rules, profile files, default outlet) and is set aside
/// when that differs. The cross-article findings are kept too, by part of the run (<see cref="EngineResult.PartFindings"/>: a
/// rule's findings on one outlet's or one story's articles): the cross-article pass compares again only the parts where an
/// article changed, was added or was removed; and the tables of the parts a corpus rule compares from a table
/// (<see cref="EngineResult.PartTables"/>: an outlet's variant keys and quotation styles), so that comparing an outlet again after
/// one of its articles changed reads that article's old and new summaries and the table, not the outlet's thousands of articles.
/// Two files: the index (<c>path</c>: settings, each article's stamp, keys, parts and findings, the parts' findings and where their
/// tables are, the configuration files' stamps, hashes and problems), written
/// whole on every run, and the summaries (<c>path.summaries</c>, most of the bytes: ten kilobytes an article), to which a run
/// appends the summaries of the articles it read and the tables it made again, and from which it reads only those it restores:
/// one changed article neither reads nor writes a hundred megabytes. The summaries are written again, without those no entry names, once they are more than
/// half unused.
/// </summary>
public sealed class ArticleResultsCache : IDisposable
{
    /// <summary>Written first in both files: files of another layout are not read.</summary>
    private const string FormatTag = "editorial-article-results/12";

    /// <summary>How long after its last write a file's time stamp is trusted to tell a change (see <see cref="Stamp"/>).</summary>
    private static readonly TimeSpan SettledAfter = TimeSpan.FromSeconds(2);

    private readonly string _path;
    private readonly string _fingerprint;
    private readonly DateTime _startedUtc = DateTime.UtcNow;
    private readonly Dictionary<string, StoredSettings> _settings;
    private readonly Dictionary<string, StoredArticle> _stored;
    /// <summary>Cross-article findings by the fingerprint of their part (<see cref="ArticleFindingsFormat"/> bytes).</summary>
    private readonly Dictionary<string, ArraySegment<byte>> _parts;
    /// <summary>Where each part's table (<see cref="EngineResult.PartTables"/>) is in the summaries file, by the engine's id of it.</summary>
    private readonly Dictionary<string, (long At, int Length)> _tables;
    /// <summary>The configuration files met in the last run, by path: their stamp, what was found in them, and their problems as
    /// <see cref="ArticleFindingsFormat"/> bytes.</summary>
    private readonly Dictionary<string, StoredConfigFile> _configFiles;
    /// <summary>The summaries file the index names (by <see cref="_summariesId"/>), open for reading; null when there is none.</summary>
    private SummariesFile? _summaries;
    private readonly string _summariesId;
    /// <summary>The length of the index as read (0: none): the next index is about as long, and is made in a buffer of that size
    /// rather than one doubled a dozen times on the way to ten megabytes.</summary>
    private readonly int _indexLength;

    /// <summary>The summaries file, read range by range (one positioned read each, under a lock: the engine restores articles on
    /// every core). Not mapped into memory: a build reads each range once, and copying a range out of a fresh mapping pays a page
    /// fault for each page it touches. Reading the heads of 2,000 summaries (10 KB each) in a fresh process took 27-39 ms this
    /// way, 65-70 ms copied out of a mapping in blocks and 109-128 ms through the mapped view's <c>ReadArray</c>.</summary>
    private sealed class SummariesFile(FileStream stream) : IDisposable
    {
        public long Length { get; } = stream.Length;

        // Shared for writing: the run appends to the file it reads from (Save). No buffer: each range is read once, where it lies.
        public static SummariesFile Open(string path) =>
            new(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1));

        public byte[] Read(long at, int length)
        {
            if (at < 0 || length < 0 || at + length > Length) throw new EndOfStreamException("The results cache's summaries file ends early");
            var bytes = new byte[length];
            lock (stream)
            {
                stream.Position = at;
                for (var read = 0; read < length;)
                {
                    var count = stream.Read(bytes, read, length - read);
                    if (count == 0) throw new EndOfStreamException("The results cache's summaries file ends early");
                    read += count;
                }
            }
            return bytes;
        }

        public void Dispose() => stream.Dispose();
    }

    /// <summary>An article's settings as the configuration files gave them: the <c>editorial.*</c> options and the global severities;
    /// with the hash of the configuration its key was made of (<see cref="SettingsKeyOf"/>), and its entry's bytes in the index as
    /// read, key included, which <see cref="Save"/> copies as they are.</summary>
    private sealed record StoredSettings(string ConfigurationHash, IReadOnlyDictionary<string, string> Options,
        IReadOnlyDictionary<string, string> GlobalSeverities, ArraySegment<byte> Entry);

    /// <summary>An article's entry, by path: its file's stamp when it was read (<see cref="FileStamp.None"/> when it was too recent
    /// to trust), its keys, its part for each corpus rule (null when not known), its findings (<see cref="ArticleFindingsFormat"/>
    /// bytes, a segment of the index as read), whether they are all at the article itself (<see cref="KnownFindings.AtOwnPath"/>), and
    /// where its corpus summary (<see cref="CorpusSummaryFormat"/>) is in the summaries file (length -1: none); and the whole entry's
    /// bytes in the index as read, path included, which <see cref="Save"/> copies as they are when nothing in it changed.</summary>
    private sealed record StoredArticle(FileStamp Stamp, string SettingsKey, string FindingsKey, IReadOnlyList<string>? Parts,
        ArraySegment<byte> Findings, bool FindingsAtOwnPath, long SummaryAt, int SummaryLength, ArraySegment<byte> Entry);

    /// <summary>A configuration file's entry, by path, with its bytes in the index as read, path included (see <see cref="StoredArticle"/>).</summary>
    private sealed record StoredConfigFile(FileStamp Stamp, string TextHash, bool IsGlobal, ArraySegment<byte> Problems, ArraySegment<byte> Entry);

    /// <summary>A file's size and last write time (UTC ticks).</summary>
    public readonly record struct FileStamp(long Length, long Ticks)
    {
        public static FileStamp None => new(-1, -1);
    }

    private ArticleResultsCache(string path, string fingerprint, Dictionary<string, StoredSettings> settings, Dictionary<string, StoredArticle> stored,
        Dictionary<string, ArraySegment<byte>> parts, Dictionary<string, (long, int)> tables, Dictionary<string, StoredConfigFile> configFiles,
        SummariesFile? summaries, string summariesId, int indexLength) =>
        (_path, _fingerprint, _settings, _stored, _parts, _tables, _configFiles, _summaries, _summariesId, _indexLength) =
        (path, fingerprint, settings, stored, parts, tables, configFiles, summaries, summariesId, indexLength);

    /// <summary>The run configuration this cache is for (<see cref="RunFingerprint"/>).</summary>
    public string Fingerprint => _fingerprint;

    private string SummariesPath => SummariesPathOf(_path);

    private static string SummariesPathOf(string path) => path + ".summaries";

    /// <summary>Starts reading the cache at <paramref name="path"/> on the thread pool, while the host loads the profiles the run's
    /// fingerprint (<see cref="RunFingerprint"/>) is made of: reading, checking and taking apart the 13 MB index of 10,000 articles takes
    /// about as long. The function returned waits for it and gives the cache for the fingerprint it is told; empty when there is none,
    /// when it was written for another fingerprint or cannot be read (a cache is never a reason to fail a check).</summary>
    public static Func<string, ArticleResultsCache> BeginLoading(string path)
    {
        var reading = Task.Run(() => ReadIndex(path));
        return fingerprint => For(path, reading.GetAwaiter().GetResult(), fingerprint);
    }

    /// <summary>The index as read: the run configuration it was written for, the id of its summaries file, its length without the
    /// digest, and its entries.</summary>
    private sealed record StoredIndex(string Fingerprint, string SummariesId, int Length, Dictionary<string, StoredSettings> Settings,
        Dictionary<string, StoredArticle> Articles, Dictionary<string, ArraySegment<byte>> Parts, Dictionary<string, (long, int)> Tables,
        Dictionary<string, StoredConfigFile> ConfigFiles);

    /// <summary>The cache for <paramref name="fingerprint"/> of the index read from <paramref name="path"/>, with its summaries file
    /// open; empty when there is no index, it is for another fingerprint, or the summaries file is not the one it names.</summary>
    private static ArticleResultsCache For(string path, StoredIndex? index, string fingerprint)
    {
        if (index is not null && index.Fingerprint == fingerprint)
        {
            SummariesFile? summaries = null;
            try
            {
                summaries = SummariesFile.Open(SummariesPathOf(path));
                var header = SummariesHeader(index.SummariesId);
                if (summaries.Length >= header.Length && summaries.Read(0, header.Length).SequenceEqual(header))
                {
                    return new ArticleResultsCache(path, fingerprint, index.Settings, index.Articles, index.Parts, index.Tables, index.ConfigFiles, summaries,
                        index.SummariesId, index.Length);
                }
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or EndOfStreamException)
            {
                // Summaries that cannot be read: the cache is set aside, as below.
            }
            summaries?.Dispose();
        }
        return new ArticleResultsCache(path, fingerprint, new(StringComparer.Ordinal), new(StringComparer.Ordinal), new(StringComparer.Ordinal),
            new(StringComparer.Ordinal), new(StringComparer.Ordinal), null, "", 0);
    }

    /// <summary>The index at <paramref name="path"/>, its digest checked; null when there is none (or no summaries file beside it), or it
    /// is damaged, of another format or cannot be read.</summary>
    private static StoredIndex? ReadIndex(string path)
    {
        try
        {
            if (!File.Exists(path) || !File.Exists(SummariesPathOf(path))) return null;
            var bytes = File.ReadAllBytes(path);
            // The index ends with its digest (Save): an article's findings are read back only when a host asks for them, long
            // after this, so a damaged index is known here and set aside whole.
            var indexLength = bytes.Length - DigestLength;
            if (indexLength < 0 || !new ArraySegment<byte>(bytes, indexLength, DigestLength).SequenceEqual(Digest(bytes, indexLength))) return null;
            using var reader = new BinaryReader(new MemoryStream(bytes, 0, indexLength, writable: false), Encoding.UTF8);
            ArraySegment<byte> Segment(int length)
            {
                var start = (int)reader.BaseStream.Position;
                if (length < 0 || length > indexLength - start) throw new EndOfStreamException();
                reader.BaseStream.Position = start + length;
                return new ArraySegment<byte>(bytes, start, length);
            }
            // The bytes read since an entry began at `start`.
            ArraySegment<byte> EntryFrom(int start) => new(bytes, start, (int)reader.BaseStream.Position - start);
            if (reader.ReadString() != FormatTag) return null;
            var (fingerprint, summariesId) = (reader.ReadString(), reader.ReadString());
            var settings = new Dictionary<string, StoredSettings>(StringComparer.Ordinal);
            for (var count = reader.ReadInt32(); count > 0; count--)
            {
                var start = (int)reader.BaseStream.Position;
                var (key, configurationHash, options, globalSeverities) = (reader.ReadString(), reader.ReadString(), ReadPairs(reader), ReadPairs(reader));
                settings[key] = new StoredSettings(configurationHash, options, globalSeverities, EntryFrom(start));
            }
            var stored = new Dictionary<string, StoredArticle>(StringComparer.Ordinal);
            for (var count = reader.ReadInt32(); count > 0; count--)
            {
                var start = (int)reader.BaseStream.Position;
                var articlePath = reader.ReadString();
                var stamp = new FileStamp(reader.ReadInt64(), reader.ReadInt64());
                var (settingsKey, findingsKey) = (reader.ReadString(), reader.ReadString());
                var partCount = reader.ReadInt32();
                string[]? articleParts = null;
                if (partCount >= 0)
                {
                    articleParts = new string[partCount];
                    for (var k = 0; k < partCount; k++) articleParts[k] = reader.ReadString();
                }
                var findings = Segment(reader.ReadInt32());
                var (atOwnPath, summaryAt, summaryLength) = (reader.ReadBoolean(), reader.ReadInt64(), reader.ReadInt32());
                stored[articlePath] = new StoredArticle(stamp, settingsKey, findingsKey, articleParts, findings, atOwnPath, summaryAt, summaryLength,
                    EntryFrom(start));
            }
            var parts = new Dictionary<string, ArraySegment<byte>>(StringComparer.Ordinal);
            for (var count = reader.ReadInt32(); count > 0; count--) parts[reader.ReadString()] = Segment(reader.ReadInt32());
            var tables = new Dictionary<string, (long, int)>(StringComparer.Ordinal);
            for (var count = reader.ReadInt32(); count > 0; count--) tables[reader.ReadString()] = (reader.ReadInt64(), reader.ReadInt32());
            var configFiles = new Dictionary<string, StoredConfigFile>(StringComparer.Ordinal);
            for (var count = reader.ReadInt32(); count > 0; count--)
            {
                var start = (int)reader.BaseStream.Position;
                var configPath = reader.ReadString();
                var (stamp, textHash, isGlobal, problems) = (new FileStamp(reader.ReadInt64(), reader.ReadInt64()), reader.ReadString(), reader.ReadBoolean(),
                    Segment(reader.ReadInt32()));
                configFiles[configPath] = new StoredConfigFile(stamp, textHash, isGlobal, problems, EntryFrom(start));
            }
            return new StoredIndex(fingerprint, summariesId, indexLength, settings, stored, parts, tables, configFiles);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or EndOfStreamException or FormatException)
        {
            return null;
        }
    }

    public void Dispose() => _summaries?.Dispose();

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
    public string SettingsKeyOf(string path, string configuration)
    {
        var configurationHash = _configurationHashes.GetOrAdd(configuration, Hash);
        // The key of the article's entry when its configuration is the one that key was made of: ten thousand articles' paths are
        // not hashed again in every build.
        if (_stored.TryGetValue(path, out var stored) && _settings.TryGetValue(stored.SettingsKey, out var settings) && settings.ConfigurationHash == configurationHash)
        {
            return stored.SettingsKey;
        }
        var key = Hash(path + "\0" + configurationHash);
        _madeSettingsKeys[key] = configurationHash;
        return key;
    }

    /// <summary>The settings keys made in this run, with the hash of the configuration each was made of, for <see cref="Save"/>.</summary>
    private readonly ConcurrentDictionary<string, string> _madeSettingsKeys = new(StringComparer.Ordinal);

    /// <summary>Each configuration (a chain of configuration files, shared by the thousands of articles below them) hashed once a run.</summary>
    private readonly ConcurrentDictionary<string, string> _configurationHashes = new(StringComparer.Ordinal);

    /// <summary>The key of an article's findings: the key of its settings and its text.</summary>
    public static string FindingsKeyOf(string settingsKey, string text) => Hash(settingsKey + "\0" + text);

    /// <summary>The size and last write time of the file at <paramref name="path"/>, taken before it is read: a change while it
    /// is read leaves a stamp that no longer matches. A file written less than <see cref="SettledAfter"/> before this run began
    /// gets <see cref="FileStamp.None"/>, which matches nothing: a file system that keeps times coarsely could give a second
    /// change of the same size in the same moment the same time.</summary>
    public FileStamp Stamp(string path)
    {
        try
        {
            var file = new FileInfo(path);
            if (!file.Exists) return FileStamp.None;
            var written = file.LastWriteTimeUtc;
            return written < _startedUtc - SettledAfter ? new FileStamp(file.Length, written.Ticks) : FileStamp.None;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return FileStamp.None;
        }
    }

    /// <summary>The findings key stored for the article at <paramref name="path"/> when its file is as it was when it was read
    /// (<paramref name="stamp"/>, of <see cref="Stamp"/>, is the one stored) and its settings key is the same: its text is then
    /// the one that key was made of, and need not be read; null otherwise.</summary>
    public string? UnchangedFindingsKey(string path, string settingsKey, FileStamp stamp) =>
        stamp != FileStamp.None && _stored.TryGetValue(path, out var stored) && stored.Stamp == stamp && stored.SettingsKey == settingsKey
            ? stored.FindingsKey
            : null;

    /// <summary>The configuration file at <paramref name="path"/> as the last run found it, when its stamp (taken now, and returned
    /// either way) is the one recorded then; null when it changed, is new, or its problems name an ID <paramref name="engine"/> does
    /// not know.</summary>
    public (ConfigFileEntry? Known, FileStamp Stamp) FindConfigFile(string path, EditorialEngine engine)
    {
        var stamp = Stamp(path);
        return stamp != FileStamp.None && _configFiles.TryGetValue(path, out var stored) && stored.Stamp == stamp && Decode(stored.Problems, engine) is { } problems
            ? (new ConfigFileEntry(stamp, stored.TextHash, stored.IsGlobal, problems), stamp)
            : (null, stamp);
    }

    /// <summary>The settings stored under <paramref name="settingsKey"/>, with <paramref name="locateOption"/> to find where a
    /// key is set (only a finding about a setting asks, and then the configuration files are read as without a cache).</summary>
    public ArticleSettings? FindSettings(string settingsKey, string? defaultOutlet, Func<string, Location?> locateOption, string? defaultOutletSetting = null) =>
        _settings.TryGetValue(settingsKey, out var stored)
            ? new ArticleSettings(stored.Options, stored.GlobalSeverities, defaultOutlet, locateOption, defaultOutletSetting)
            : null;

    /// <summary>The inputs, each with its key, and with the findings (<see cref="KnownFindings"/>: read when first asked for),
    /// summary (read when the engine asks for it) and parts stored for them; an article with no entry (new, changed) has none and is
    /// checked.</summary>
    public IReadOnlyList<ArticleInput> WithKnownFindings(IReadOnlyList<ArticleInput> inputs, IReadOnlyList<string> keys, EditorialEngine engine)
    {
        var known = new ArticleInput[inputs.Count];
        Parallel.For(0, inputs.Count, i =>
        {
            known[i] = _stored.TryGetValue(inputs[i].Path, out var stored) && stored.FindingsKey == keys[i]
                ? inputs[i] with
                {
                    KnownFindings = new KnownFindings(stored.Findings, stored.FindingsAtOwnPath, engine),
                    // A summary the file does not hold whole is none: its article is summarised again, rather than failing a rule that
                    // reads the end of it later.
                    KnownSummary = stored.SummaryLength < 0 || stored.SummaryAt + stored.SummaryLength > _summaries!.Length
                        ? null
                        : () => new SummaryInFile(_summaries!, stored.SummaryAt, stored.SummaryLength),
                    KnownParts = stored.Parts,
                    Key = keys[i],
                }
                : inputs[i] with { Key = keys[i] };
        });
        return known;
    }

    private ArraySegment<byte> ReadSummary(long at, int length) => new(_summaries!.Read(at, length));

    /// <summary>The table of the part of <paramref name="id"/> (<see cref="EngineResult.PartTables"/>), where it lies in the summaries
    /// file; null when there is none.</summary>
    public StoredSummary? FindPartTable(string id) =>
        _tables.TryGetValue(id, out var table) && table.At + table.Length <= _summaries!.Length ? new SummaryInFile(_summaries, table.At, table.Length) : null;

    /// <summary>The article the last run stored under the findings key <paramref name="key"/>, as the engine takes it out of a part's
    /// table (<see cref="EditorialEngine.Run"/>): its path, its settings and its summary. Its text is never read (the file may hold
    /// another text by now): restoring it for a table reads no text. Null when there is no such entry or no summary.</summary>
    public ArticleInput? FindKnownArticle(string key, string? defaultOutlet)
    {
        _byFindingsKey ??= _stored.GroupBy(entry => entry.Value.FindingsKey, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.First(), StringComparer.Ordinal);
        if (!_byFindingsKey.TryGetValue(key, out var entry) || entry.Value.SummaryLength < 0 || entry.Value.SummaryAt + entry.Value.SummaryLength > _summaries!.Length
            || FindSettings(entry.Value.SettingsKey, defaultOutlet, _ => null) is not { } settings)
        {
            return null;
        }
        var (at, length) = (entry.Value.SummaryAt, entry.Value.SummaryLength);
        return new ArticleInput(entry.Key, () => throw new InvalidOperationException("The text of an article taken out of a part's table is not read"), settings)
        {
            KnownSummary = () => new SummaryInFile(_summaries!, at, length),
            Key = key,
        };
    }

    /// <summary>An article's findings as a results cache keeps them, read back when first asked for: a build after one article changed
    /// reports the others' findings from the results file as it wrote them (<see cref="FindingsByPath"/>) and never reads them here.
    /// The cache is for one build of the engine (<see cref="RunFingerprint"/>), so every ID they name is known to it, and its index's
    /// digest was checked when it was loaded (<see cref="BeginLoading"/>), so its bytes are as they were written.</summary>
    public sealed class KnownFindings : IReadOnlyList<Diagnostic>
    {
        private readonly Lazy<IReadOnlyList<Diagnostic>> _findings;

        internal KnownFindings(ArraySegment<byte> bytes, bool atOwnPath, EditorialEngine engine)
        {
            AtOwnPath = atOwnPath;
            _findings = new Lazy<IReadOnlyList<Diagnostic>>(() =>
                Decode(bytes, engine) ?? throw new InvalidDataException("An article's findings in the results cache cannot be read back"));
        }

        /// <summary>Whether every finding is at the article itself (none at a configuration file it was told of): known without
        /// reading them.</summary>
        public bool AtOwnPath { get; }

        public int Count => _findings.Value.Count;
        public Diagnostic this[int index] => _findings.Value[index];
        public IEnumerator<Diagnostic> GetEnumerator() => _findings.Value.GetEnumerator();
        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    /// <summary>The stored articles by findings key (<see cref="FindKnownArticle"/>), made when first asked for.</summary>
    private Dictionary<string, KeyValuePair<string, StoredArticle>>? _byFindingsKey;

    /// <summary>A summary where it lies in the summaries file: the engine reads the ranges it asks for, and no more
    /// (an outlet article's variant occurrences, most of its summary, stay in the file unless a rule asks for them).</summary>
    private sealed class SummaryInFile(SummariesFile file, long at, int length) : StoredSummary
    {
        public override int Length => length;

        protected override ArraySegment<byte> ReadWithin(int offset, int count) => new(file.Read(at + offset, count));
    }

    /// <summary>What the summaries file begins with: the format and the id its index names it by.</summary>
    private static byte[] SummariesHeader(string id)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(FormatTag);
            writer.Write(id);
        }
        return stream.ToArray();
    }

    /// <summary>The cross-article findings stored for the part of <paramref name="fingerprint"/>; null when there are none, or
    /// they name a rule <paramref name="engine"/> does not know (the part is then compared again).</summary>
    public IReadOnlyList<Diagnostic>? FindPartFindings(string fingerprint, EditorialEngine engine) =>
        _parts.TryGetValue(fingerprint, out var bytes) ? Decode(bytes, engine) : null;

    /// <summary>Writes the entries of this run's articles and parts, and only those (an article removed or changed leaves no entry
    /// behind): the summaries this run made are appended to the summaries file, or the file is written again without the
    /// summaries no entry names once those are most of it.</summary>
    public void Save(IReadOnlyList<ArticleInput> inputs, IReadOnlyList<string> settingsKeys, IReadOnlyList<string> findingsKeys,
        IReadOnlyList<FileStamp> stamps, EngineResult run, IReadOnlyList<KeyValuePair<string, ConfigFileEntry>> configFiles)
    {
        try
        {
            Write(inputs, settingsKeys, findingsKeys, stamps, run, configFiles);
        }
        catch (Exception exception) when (WriteFailures.IsWriteFailure(exception))
        {
            // A write cut short (a full disk, a file-size limit) leaves the previous cache in place, and none of its own
            // files beside it: the temporary summaries and index it was writing are taken away.
            foreach (var temporary in new[] { SummariesPath + TemporarySuffix, _path + TemporarySuffix })
            {
                try { File.Delete(temporary); }
                catch (Exception cleanup) when (cleanup is IOException or UnauthorizedAccessException) { }
            }
            throw;
        }
    }

    private const string TemporarySuffix = ".tmp";

    private void Write(IReadOnlyList<ArticleInput> inputs, IReadOnlyList<string> settingsKeys, IReadOnlyList<string> findingsKeys,
        IReadOnlyList<FileStamp> stamps, EngineResult run, IReadOnlyList<KeyValuePair<string, ConfigFileEntry>> configFiles)
    {
        var entries = new ArraySegment<byte>[findingsKeys.Count];
        var kept = new StoredArticle?[findingsKeys.Count];
        Parallel.For(0, findingsKeys.Count, i =>
        {
            kept[i] = _summaries is not null && _stored.TryGetValue(inputs[i].Path, out var stored) && stored.FindingsKey == findingsKeys[i] ? stored : null;
            entries[i] = kept[i]?.Findings ?? Encode(run.ArticleFindings[i]);
        });
        var distinctFindings = Distinct(findingsKeys);
        // Where each summary is: kept where it was, or written now (SummaryLength -1: none).
        var summaryAt = new long[findingsKeys.Count];
        var summaryLength = new int[findingsKeys.Count];
        var tables = new Dictionary<string, (long At, int Length)>(StringComparer.Ordinal);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(_path))!);
        // The tables kept as they were: those of the parts whose findings were known.
        var keptTables = run.PartTables.Where(table => table.Value is null && _tables.ContainsKey(table.Key)).Select(table => table.Key).ToList();
        var keptBytes = distinctFindings.Sum(i => kept[i] is { SummaryLength: > 0 } k && run.ArticleSummaries[i] is null ? (long)k.SummaryLength : 0)
                        + keptTables.Sum(id => (long)_tables[id].Length);
        var rewrite = _summaries is null || _summaries.Length > 2 * keptBytes + (1 << 20);
        var summariesId = rewrite ? Guid.NewGuid().ToString("N") : _summariesId;
        var summariesPath = rewrite ? SummariesPath + TemporarySuffix : SummariesPath;
        if (!rewrite)
        {
            // Nothing is read from it any more: closed before it is appended to.
            _summaries?.Dispose();
            _summaries = null;
        }
        using (var summaries = rewrite ? new FileStream(summariesPath, FileMode.Create, FileAccess.Write) : new FileStream(summariesPath, FileMode.Append, FileAccess.Write))
        using (var writer = new BinaryWriter(summaries, Encoding.UTF8))
        {
            if (rewrite) writer.Write(SummariesHeader(summariesId));
            foreach (var i in distinctFindings)
            {
                writer.Flush();
                summaryAt[i] = summaries.Position;
                summaryLength[i] = -1;
                if (run.ArticleSummaries[i] is { } made)
                {
                    writer.Write(made.Array!, made.Offset, made.Count);
                    summaryLength[i] = made.Count;
                }
                else if (kept[i] is { SummaryLength: >= 0 } stored)
                {
                    if (rewrite)
                    {
                        var bytes = ReadSummary(stored.SummaryAt, stored.SummaryLength);
                        writer.Write(bytes.Array!, bytes.Offset, bytes.Count);
                    }
                    else
                    {
                        summaryAt[i] = stored.SummaryAt;
                    }
                    summaryLength[i] = stored.SummaryLength;
                }
            }
            foreach (var table in run.PartTables)
            {
                writer.Flush();
                if (table.Value is { } made)
                {
                    tables[table.Key] = (summaries.Position, made.Count);
                    writer.Write(made.Array!, made.Offset, made.Count);
                }
                else if (_tables.TryGetValue(table.Key, out var stored))
                {
                    if (rewrite)
                    {
                        var bytes = ReadSummary(stored.At, stored.Length);
                        tables[table.Key] = (summaries.Position, stored.Length);
                        writer.Write(bytes.Array!, bytes.Offset, bytes.Count);
                    }
                    else
                    {
                        tables[table.Key] = stored;
                    }
                }
            }
        }
        // The index is written beside and moved into place: a build stopped half-way leaves the previous index, which names
        // only summaries written before (appended ones come after them; a rewritten file has another id, and the index is set aside).
        var temporary = _path + TemporarySuffix;
        using var index = new MemoryStream(_indexLength + (64 << 10));
        using (var writer = new BinaryWriter(index, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(FormatTag);
            writer.Write(_fingerprint);
            writer.Write(summariesId);
            var distinctSettings = Distinct(settingsKeys);
            writer.Write(distinctSettings.Count);
            foreach (var i in distinctSettings)
            {
                // Settings found under their key (made of the configuration's text) are those stored: their entry is copied.
                if (!_madeSettingsKeys.ContainsKey(settingsKeys[i]) && _settings.TryGetValue(settingsKeys[i], out var unchanged))
                {
                    WriteBytes(writer, unchanged.Entry);
                    continue;
                }
                writer.Write(settingsKeys[i]);
                writer.Write(_madeSettingsKeys.TryGetValue(settingsKeys[i], out var made) ? made : _settings[settingsKeys[i]].ConfigurationHash);
                WritePairs(writer, inputs[i].Settings.Options);
                WritePairs(writer, inputs[i].Settings.GlobalSeverities);
            }
            writer.Write(distinctFindings.Count);
            foreach (var i in distinctFindings)
            {
                var parts = run.ArticleParts[i];
                // An unchanged article's entry (the ten thousand of a build after one article changed) is copied as it was read.
                if (kept[i] is { } same && same.Stamp == stamps[i] && same.SettingsKey == settingsKeys[i] && same.SummaryAt == summaryAt[i]
                    && same.SummaryLength == summaryLength[i] && SameParts(same.Parts, parts))
                {
                    WriteBytes(writer, same.Entry);
                    continue;
                }
                writer.Write(inputs[i].Path);
                writer.Write(stamps[i].Length);
                writer.Write(stamps[i].Ticks);
                writer.Write(settingsKeys[i]);
                writer.Write(findingsKeys[i]);
                writer.Write(parts?.Count ?? -1);
                foreach (var part in parts ?? []) writer.Write(part);
                WriteSegment(writer, entries[i]);
                writer.Write(kept[i]?.FindingsAtOwnPath ?? AtOwnPath(run.ArticleFindings[i], inputs[i].Path));
                writer.Write(summaryAt[i]);
                writer.Write(summaryLength[i]);
            }
            writer.Write(run.PartFindings.Count);
            foreach (var part in run.PartFindings)
            {
                writer.Write(part.Key);
                WriteSegment(writer, _parts.TryGetValue(part.Key, out var stored) ? stored : Encode(part.Value));
            }
            writer.Write(tables.Count);
            foreach (var table in tables)
            {
                writer.Write(table.Key);
                writer.Write(table.Value.At);
                writer.Write(table.Value.Length);
            }
            // A file too recent to trust its stamp (FileStamp.None) would match nothing: it is read again next time.
            var settled = configFiles.Where(file => file.Value.Stamp != FileStamp.None).ToList();
            writer.Write(settled.Count);
            foreach (var file in settled)
            {
                if (_configFiles.TryGetValue(file.Key, out var known) && known.Stamp == file.Value.Stamp && known.TextHash == file.Value.TextHash
                    && known.IsGlobal == file.Value.IsGlobal)
                {
                    WriteBytes(writer, known.Entry);
                    continue;
                }
                writer.Write(file.Key);
                writer.Write(file.Value.Stamp.Length);
                writer.Write(file.Value.Stamp.Ticks);
                writer.Write(file.Value.TextHash);
                writer.Write(file.Value.IsGlobal);
                WriteSegment(writer, Encode(file.Value.Problems));
            }
        }
        using (var file = File.Create(temporary))
        {
            file.Write(index.GetBuffer(), 0, (int)index.Length);
            var digest = Digest(index.GetBuffer(), (int)index.Length);
            file.Write(digest, 0, digest.Length);
        }
        if (rewrite)
        {
            _summaries?.Dispose();
            _summaries = null;
            Replace(summariesPath, SummariesPath);
        }
        Replace(temporary, _path);
    }

    /// <summary>Whether every finding of an article is at the article itself (<see cref="KnownFindings.AtOwnPath"/>).</summary>
    internal static bool AtOwnPath(IReadOnlyList<Diagnostic> findings, string path) =>
        findings is KnownFindings known ? known.AtOwnPath : findings.All(finding => string.Equals(finding.Location.Path, path, StringComparison.Ordinal));

    private static void Replace(string written, string path)
    {
        if (File.Exists(path)) File.Delete(path);
        File.Move(written, path);
    }

    private static List<int> Distinct(IReadOnlyList<string> keys)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return Enumerable.Range(0, keys.Count).Where(i => seen.Add(keys[i])).ToList();
    }

    private static bool SameParts(IReadOnlyList<string>? stored, IReadOnlyList<string>? parts) =>
        ReferenceEquals(stored, parts) || (stored is not null && parts is not null && stored.SequenceEqual(parts, StringComparer.Ordinal));

    private static void WriteBytes(BinaryWriter writer, ArraySegment<byte> bytes) => writer.Write(bytes.Array!, bytes.Offset, bytes.Count);

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

    /// <summary>Settings pairs as <see cref="ArticleSettings"/> takes them (it copies them): ten thousand articles' settings are made
    /// from them in every build, so they are read into that form once, and the many empty ones (global severities) are one.</summary>
    private static IReadOnlyDictionary<string, string> ReadPairs(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        if (count <= 0) return NoPairs;
        var pairs = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (; count > 0; count--) pairs[reader.ReadString()] = reader.ReadString();
        return pairs;
    }

    private static readonly IReadOnlyDictionary<string, string> NoPairs = new Dictionary<string, string>();

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
        catch (Exception exception) when (exception is EndOfStreamException or FormatException or ArgumentException or OverflowException or IndexOutOfRangeException)
        {
            return null;
        }
    }

    /// <summary>The length of the index's digest (<see cref="Digest"/>), a SHA-256.</summary>
    private const int DigestLength = 32;

    /// <summary>The digest of the first <paramref name="length"/> bytes of an index, which ends it.</summary>
    private static byte[] Digest(byte[] bytes, int length) => (t_sha ??= SHA256.Create()).ComputeHash(bytes, 0, length);

    /// <summary>One hasher a thread: each article's keys are made on every core, and making a hasher costs more than hashing a key.</summary>
    [ThreadStatic]
    private static SHA256? t_sha;

    /// <summary>The SHA-256 of <paramref name="text"/>'s UTF-8 bytes, in hexadecimal: the keys of the cache.</summary>
    internal static string Hash(string text)
    {
        var hash = (t_sha ??= SHA256.Create()).ComputeHash(Encoding.UTF8.GetBytes(text));
        var hex = new char[hash.Length * 2];
        for (var i = 0; i < hash.Length; i++)
        {
            hex[2 * i] = HexDigits[hash[i] >> 4];
            hex[2 * i + 1] = HexDigits[hash[i] & 15];
        }
        return new string(hex);
    }

    private const string HexDigits = "0123456789abcdef";
}
