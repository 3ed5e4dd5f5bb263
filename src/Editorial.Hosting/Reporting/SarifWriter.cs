using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Editorial.Diagnostics;
using Editorial.Engine;
using Editorial.Rules;

namespace Editorial.Hosting.Reporting;

/// <summary>
/// Diagnostics as a SARIF 2.1.0 log (the format GitHub code scanning, Azure DevOps and VS's SARIF viewer read), written
/// with <see cref="Utf8JsonWriter"/>. One run; the driver lists every rule; files under <c>baseDirectory</c> are named
/// relative to the <c>SRCROOT</c> base URI. SARIF lines and columns are 1-based with an exclusive end column, as Editorial's are.
/// The CLI's <c>--format sarif</c> and the MSBuild task's <c>EditorialErrorLog</c> both write through this class.
/// What GitHub code scanning asks beyond the schema (its ingestion rules, GHxxxx in the SARIF multitool): each rule has a
/// help text (its docs/rules page, <see cref="RuleHelp"/>) and tags; each result a partial fingerprint that survives edits
/// elsewhere in the file (<see cref="FindingKey"/>), and a message that links the related locations it names.
/// </summary>
public static class SarifWriter
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";
    public const string InformationUri = "https://github.com/editorial-tools/editorial";
    public const string SourceRootId = "SRCROOT";
    /// <summary>The partial fingerprint's name: a hash of the rule, the file relative to the base directory and the text the
    /// finding covers, then ':' and the finding's order among the same ones in the file (GitHub's own form, "hash:n").</summary>
    public const string FingerprintKey = "editorialFinding/v1";

    /// <param name="descriptors">The rules to describe in the log; <see cref="RuleCatalog.Descriptors"/> by default. Descriptors of
    /// the diagnostics themselves are always added, so every result has its rule.</param>
    /// <param name="texts">The checked articles' texts, for the partial fingerprints; without them a finding's fingerprint is
    /// its rule and file alone.</param>
    public static void Write(Stream stream, IReadOnlyList<Diagnostic> diagnostics, string? baseDirectory,
        IReadOnlyList<DiagnosticDescriptor>? descriptors = null, SourceTexts? texts = null)
    {
        var rules = (descriptors ?? RuleCatalog.Descriptors)
            .Concat(diagnostics.Select(d => d.Descriptor))
            .GroupBy(d => d.Id, StringComparer.Ordinal)
            .Select(g => g.First())
            .OrderBy(d => d.Id, StringComparer.Ordinal)
            .ToList();
        var ruleIndex = rules.Select((d, i) => (d.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var artifacts = diagnostics
            .SelectMany(d => d.RelatedLocations.Prepend(d.Location))
            .Select(l => l.Path)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var artifactIndex = artifacts.Select((p, i) => (p, i)).ToDictionary(x => x.p, x => x.i, StringComparer.Ordinal);

        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteString("$schema", SchemaUri);
        json.WriteString("version", "2.1.0");
        json.WriteStartArray("runs");
        json.WriteStartObject();

        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "Editorial");
        json.WriteString("version", ToolInfo.Version);
        json.WriteString("informationUri", InformationUri);
        json.WriteStartArray("rules");
        foreach (var rule in rules) WriteRule(json, rule);
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();

        // Columns count UTF-16 code units, as the C# compiler's do; SARIF viewers default to code points otherwise.
        json.WriteString("columnKind", "utf16CodeUnits");

        if (baseDirectory is not null)
        {
            json.WriteStartObject("originalUriBaseIds");
            json.WriteStartObject(SourceRootId);
            json.WriteString("uri", new Uri(ReportPaths.WithTrailingSeparator(Path.GetFullPath(baseDirectory))).AbsoluteUri);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteStartArray("artifacts");
        foreach (var path in artifacts)
        {
            json.WriteStartObject();
            json.WriteStartObject("location");
            WriteUri(json, path, baseDirectory);
            json.WriteEndObject();
            json.WriteEndObject();
        }
        json.WriteEndArray();

        json.WriteStartArray("results");
        var fingerprints = Fingerprints(diagnostics, baseDirectory, texts ?? SourceTexts.None);
        for (var i = 0; i < diagnostics.Count; i++)
        {
            WriteResult(json, diagnostics[i], ruleIndex[diagnostics[i].Id], fingerprints[i], artifactIndex, baseDirectory);
            json.FlushWhenFull();
        }
        json.WriteEndArray();

        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>SARIF's level for a severity: a suggestion is a <c>note</c>.</summary>
    public static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Suggestion => "note",
        _ => "none",
    };

    private static void WriteRule(Utf8JsonWriter json, DiagnosticDescriptor rule)
    {
        json.WriteStartObject();
        json.WriteString("id", rule.Id);
        json.WriteString("name", RuleName(rule.Title));
        WriteMessage(json, "shortDescription", rule.Title);
        WriteMessage(json, "fullDescription", rule.Description);
        json.WriteString("helpUri", rule.HelpLink);
        var help = RuleHelp.For(rule);
        json.WriteStartObject("help");
        json.WriteString("text", help.Text);
        json.WriteString("markdown", help.Markdown);
        json.WriteEndObject();
        json.WriteStartObject("defaultConfiguration");
        json.WriteString("level", Level(rule.DefaultSeverity));
        json.WriteEndObject();
        json.WriteStartObject("properties");
        json.WriteString("category", rule.Category);
        // Tags are what code scanning filters alerts by.
        json.WriteStartArray("tags");
        json.WriteStringValue(rule.Category.ToLowerInvariant());
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, Diagnostic diagnostic, int ruleIndex, string fingerprint,
        Dictionary<string, int> artifactIndex, string? baseDirectory)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", diagnostic.Id);
        json.WriteNumber("ruleIndex", ruleIndex);
        json.WriteString("level", Level(diagnostic.Severity));
        WriteMessage(json, "message", LinkedMessage(diagnostic, baseDirectory));
        json.WriteStartObject("partialFingerprints");
        json.WriteString(FingerprintKey, fingerprint);
        json.WriteEndObject();
        json.WriteStartArray("locations");
        json.WriteStartObject();
        WritePhysicalLocation(json, diagnostic.Location, artifactIndex, baseDirectory);
        json.WriteEndObject();
        json.WriteEndArray();
        if (diagnostic.RelatedLocations.Count > 0)
        {
            json.WriteStartArray("relatedLocations");
            for (var i = 0; i < diagnostic.RelatedLocations.Count; i++)
            {
                json.WriteStartObject();
                json.WriteNumber("id", i + 1);
                WritePhysicalLocation(json, diagnostic.RelatedLocations[i], artifactIndex, baseDirectory);
                WriteMessage(json, "message", $"Related to {diagnostic.Id}");
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        if (diagnostic.Fix is { } fix) WriteFix(json, diagnostic, fix, artifactIndex, baseDirectory);
        if (diagnostic.Properties.Count > 0)
        {
            // SARIF's property bag: what the rule found (the speaker of a quotation, a figure and its event, the story of compared articles).
            json.WriteStartObject("properties");
            foreach (var property in diagnostic.Properties) json.WriteString(property.Key, property.Value);
            json.WriteEndObject();
        }
        json.WriteEndObject();
    }

    /// <summary>One fingerprint per diagnostic, in order: the hash of its <see cref="FindingKey"/>, and its order among the
    /// diagnostics with the same key.</summary>
    private static IReadOnlyList<string> Fingerprints(IReadOnlyList<Diagnostic> diagnostics, string? baseDirectory, SourceTexts texts)
    {
        var seen = new Dictionary<FindingKey, int>();
        var fingerprints = new List<string>(diagnostics.Count);
        using var sha = SHA256.Create();
        foreach (var diagnostic in diagnostics)
        {
            var key = FindingKey.Of(diagnostic, baseDirectory, texts);
            seen[key] = seen.TryGetValue(key, out var count) ? count + 1 : 1;
            var hash = sha.ComputeHash(Encoding.UTF8.GetBytes(key.Id + "\n" + key.Path + "\n" + key.Snippet));
            fingerprints.Add(string.Concat(hash.Take(16).Select(b => b.ToString("x2", CultureInfo.InvariantCulture))) + ":" + seen[key].ToString(CultureInfo.InvariantCulture));
        }
        return fingerprints;
    }

    /// <summary>
    /// The message with SARIF's embedded links to the related locations (<c>[text](id)</c>): where the message names one as
    /// path(line,col), as the rules that compare articles do, that text becomes the link; the related locations it does not
    /// name are linked after it ("see ..."). Brackets of the message itself are escaped, as links make them special.
    /// </summary>
    private static string LinkedMessage(Diagnostic diagnostic, string? baseDirectory)
    {
        var message = diagnostic.Message;
        if (diagnostic.RelatedLocations.Count == 0) return message;
        var links = new List<(int Start, int End, int Id)>();
        var unnamed = new List<int>();
        for (var i = 0; i < diagnostic.RelatedLocations.Count; i++)
        {
            var named = NamedAt(message, diagnostic.RelatedLocations[i]);
            if (named is { } span && !links.Any(link => link.Start < span.End && span.Start < link.End)) links.Add((span.Start, span.End, i + 1));
            else unnamed.Add(i);
        }
        var text = new StringBuilder();
        var position = 0;
        foreach (var (start, end, id) in links.OrderBy(link => link.Start))
        {
            text.Append(EscapeBrackets(message.Substring(position, start - position)));
            text.Append('[').Append(EscapeBrackets(message.Substring(start, end - start))).Append("](").Append(id).Append(')');
            position = end;
        }
        text.Append(EscapeBrackets(message.Substring(position)));
        if (unnamed.Count > 0)
        {
            text.Append(" (see ");
            text.Append(string.Join(", ", unnamed.Select(i =>
            {
                var related = diagnostic.RelatedLocations[i];
                var file = ReportPaths.RelativeUnder(related.Path, baseDirectory) ?? Path.GetFileName(related.Path);
                return $"[{EscapeBrackets(file)}({related.LineSpan.StartLine},{related.LineSpan.StartColumn})]({i + 1})";
            })));
            text.Append(')');
        }
        return text.ToString();
    }

    /// <summary>Where the message names <paramref name="related"/> as <c>path(line,col)</c>, the path being the end of the
    /// location's path from a folder boundary on ("ap/003.txt" for ".../news/ap/003.txt"); null when it does not.</summary>
    private static (int Start, int End)? NamedAt(string message, Location related)
    {
        var cite = $"({related.LineSpan.StartLine},{related.LineSpan.StartColumn})";
        var path = related.Path.Replace('\\', '/');
        for (var at = message.IndexOf(cite, StringComparison.Ordinal); at >= 0; at = message.IndexOf(cite, at + 1, StringComparison.Ordinal))
        {
            var length = 0;
            while (length < at && length < path.Length && Normalized(message[at - length - 1]) == path[path.Length - length - 1]) length++;
            while (length > 0 && length < path.Length && path[path.Length - length - 1] != '/') length--;
            if (length > 0) return (at - length, at + cite.Length);
        }
        return null;

        static char Normalized(char c) => c == '\\' ? '/' : c;
    }

    private static string EscapeBrackets(string text) => text.Replace("[", "\\[").Replace("]", "\\]");

    private static void WriteFix(Utf8JsonWriter json, Diagnostic diagnostic, Fix fix, Dictionary<string, int> artifactIndex, string? baseDirectory)
    {
        json.WriteStartArray("fixes");
        json.WriteStartObject();
        WriteMessage(json, "description", fix.Title);
        json.WriteStartArray("artifactChanges");
        json.WriteStartObject();
        WriteArtifactLocation(json, diagnostic.Location.Path, artifactIndex, baseDirectory);
        json.WriteStartArray("replacements");
        json.WriteStartObject();
        json.WriteStartObject("deletedRegion");
        // The edit is known by its offsets; its lines and columns are those of the diagnostic when it covers the same span,
        // which is how rules report fixes. Offsets count UTF-16 code units of the decoded text, as the region's columns do.
        if (fix.Edit.Span == diagnostic.Location.Span)
        {
            WriteLineSpan(json, diagnostic.Location);
        }
        json.WriteNumber("charOffset", fix.Edit.Span.Start);
        json.WriteNumber("charLength", fix.Edit.Span.Length);
        json.WriteEndObject();
        WriteMessage(json, "insertedContent", fix.Edit.NewText);
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
    }

    private static void WritePhysicalLocation(Utf8JsonWriter json, Location location, Dictionary<string, int> artifactIndex, string? baseDirectory)
    {
        json.WriteStartObject("physicalLocation");
        WriteArtifactLocation(json, location.Path, artifactIndex, baseDirectory);
        json.WriteStartObject("region");
        WriteLineSpan(json, location);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteLineSpan(Utf8JsonWriter json, Location location)
    {
        json.WriteNumber("startLine", location.LineSpan.StartLine);
        json.WriteNumber("startColumn", location.LineSpan.StartColumn);
        json.WriteNumber("endLine", location.LineSpan.EndLine);
        json.WriteNumber("endColumn", location.LineSpan.EndColumn);
    }

    private static void WriteArtifactLocation(Utf8JsonWriter json, string path, Dictionary<string, int> artifactIndex, string? baseDirectory)
    {
        json.WriteStartObject("artifactLocation");
        WriteUri(json, path, baseDirectory);
        json.WriteNumber("index", artifactIndex[path]);
        json.WriteEndObject();
    }

    private static void WriteUri(Utf8JsonWriter json, string path, string? baseDirectory)
    {
        if (ReportPaths.RelativeUnder(path, baseDirectory) is { } relative)
        {
            json.WriteString("uri", string.Join("/", relative.Split('/').Select(Uri.EscapeDataString)));
            json.WriteString("uriBaseId", SourceRootId);
        }
        else if (Path.IsPathRooted(path))
        {
            json.WriteString("uri", new Uri(Path.GetFullPath(path)).AbsoluteUri);
        }
        else
        {
            json.WriteString("uri", string.Join("/", path.Replace('\\', '/').Split('/').Select(Uri.EscapeDataString)));
        }
    }

    private static void WriteMessage(Utf8JsonWriter json, string property, string text)
    {
        json.WriteStartObject(property);
        json.WriteString("text", text);
        json.WriteEndObject();
    }

    /// <summary>SARIF's rule name is an identifier-like form of the title: "Article file cannot be read" becomes ArticleFileCannotBeRead.</summary>
    private static string RuleName(string title)
    {
        var name = new StringBuilder();
        foreach (var word in title.Split([' ', '-', '\'', ',', '.', '(', ')', '/', ':'], StringSplitOptions.RemoveEmptyEntries))
        {
            var letters = new string(word.Where(char.IsLetterOrDigit).ToArray());
            if (letters.Length == 0) continue;
            name.Append(char.ToUpperInvariant(letters[0])).Append(letters.Substring(1));
        }
        return name.ToString();
    }
}
