using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Editorial.Diagnostics;

namespace Editorial.Hosting.Reporting;

/// <summary>
/// The findings an archive had when it adopted Editorial, which later checks leave out, so that only new findings are reported.
/// An entry is a <see cref="FindingKey"/>: the rule, the file relative to the baseline's own folder, and the text the finding
/// covers, never its line, so it survives edits elsewhere in the file. The same finding n times in a file is n entries: a
/// check reports the ones beyond n. Input and configuration problems (ED9xxx) are never in a baseline: they are about the
/// setup, and stay visible until fixed.
/// </summary>
public sealed class Baseline
{
    public const int FormatVersion = 1;

    // The type information is BaselineJson's, generated at compile time: the native executable has no reflection-based
    // serialization, and reading or writing a baseline there stopped the run with an internal error.
    private static readonly BaselineJson Json = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    private readonly Dictionary<FindingKey, int> _counts;
    private readonly string _folder;

    private Baseline(string folder, Dictionary<FindingKey, int> counts)
    {
        _folder = folder;
        _counts = counts;
    }

    /// <summary>How many findings the baseline holds.</summary>
    public int Count => _counts.Values.Sum();

    /// <summary>Reads the baseline at <paramref name="path"/>; throws <see cref="IOException"/> (also for a file that is not a
    /// baseline) or <see cref="UnauthorizedAccessException"/>.</summary>
    public static Baseline Read(string path)
    {
        BaselineFile? file;
        try
        {
            file = JsonSerializer.Deserialize(File.ReadAllText(path), Json.BaselineFile);
        }
        catch (JsonException exception)
        {
            throw new IOException($"'{path}' is not an Editorial baseline: {exception.Message}", exception);
        }
        if (file?.Findings is null || file.Version != FormatVersion)
        {
            throw new IOException($"'{path}' is not an Editorial baseline of version {FormatVersion}.");
        }
        var counts = new Dictionary<FindingKey, int>();
        foreach (var entry in file.Findings)
        {
            var key = new FindingKey(entry.Id, entry.Path, entry.Snippet ?? "");
            counts[key] = counts.TryGetValue(key, out var count) ? count + 1 : 1;
        }
        return new Baseline(FolderOf(path), counts);
    }

    /// <summary>Writes the baseline of <paramref name="diagnostics"/> to <paramref name="path"/> (UTF-8, entries sorted, so that
    /// it diffs well under version control). Returns how many findings it holds. It is written beside the baseline first and
    /// put in its place once whole: a write that fails (a full disk) leaves the previous baseline, not one cut short (a baseline
    /// that is a symbolic link is written in place).</summary>
    public static int Write(string path, IEnumerable<Diagnostic> diagnostics, SourceTexts texts)
    {
        var folder = FolderOf(path);
        var findings = diagnostics.Where(IsBaselined)
            .Select(d => FindingKey.Of(d, folder, texts))
            .OrderBy(k => k.Path, StringComparer.Ordinal).ThenBy(k => k.Id, StringComparer.Ordinal).ThenBy(k => k.Snippet, StringComparer.Ordinal)
            .Select(k => new BaselineEntry(k.Id, k.Path, k.Snippet))
            .ToList();
        Directory.CreateDirectory(folder);
        var json = JsonSerializer.Serialize(new BaselineFile(FormatVersion, findings), Json.BaselineFile) + "\n";
        var utf8 = new UTF8Encoding(false);
        var exists = File.Exists(path);
        // A symbolic link stays one: its target is written in place.
        if (exists && (File.GetAttributes(path) & FileAttributes.ReparsePoint) != 0) return WrittenInPlace();
        var temporary = TemporaryFile.Beside(path);
        try
        {
            try
            {
                File.WriteAllText(temporary, json, utf8);
            }
            catch (UnauthorizedAccessException) when (exists)
            {
                // A folder that takes no new file: the baseline it holds is still written.
                return WrittenInPlace();
            }
            if (exists) File.Replace(temporary, path, destinationBackupFileName: null);
            else File.Move(temporary, path);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
        return findings.Count;

        int WrittenInPlace()
        {
            File.WriteAllText(path, json, utf8);
            return findings.Count;
        }
    }

    /// <summary>The diagnostics the baseline does not hold, in their order.</summary>
    public IReadOnlyList<Diagnostic> NewFindings(IEnumerable<Diagnostic> diagnostics, SourceTexts texts)
    {
        var remaining = new Dictionary<FindingKey, int>(_counts);
        var found = new List<Diagnostic>();
        foreach (var diagnostic in diagnostics)
        {
            var key = FindingKey.Of(diagnostic, _folder, texts);
            if (IsBaselined(diagnostic) && remaining.TryGetValue(key, out var count) && count > 0) remaining[key] = count - 1;
            else found.Add(diagnostic);
        }
        return found;
    }

    private static bool IsBaselined(Diagnostic diagnostic) => diagnostic.Descriptor.Category != RuleCategory.Configuration;

    private static string FolderOf(string path) => Path.GetDirectoryName(Path.GetFullPath(path))!;

    internal sealed record BaselineFile(int Version, List<BaselineEntry> Findings);

    internal sealed record BaselineEntry(string Id, string Path, string? Snippet);
}

[JsonSerializable(typeof(Baseline.BaselineFile))]
internal sealed partial class BaselineJson : JsonSerializerContext;
