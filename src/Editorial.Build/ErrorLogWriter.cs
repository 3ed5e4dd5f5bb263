using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Editorial.Diagnostics;
using Editorial.Hosting;

namespace Editorial.Build;

/// <summary>
/// Writes the EditorialErrorLog file: a minimal SARIF 2.1.0 log (rules with help links, results with region).
/// This is the task's only SARIF call site, a stand-in until Editorial.Hosting's own SARIF writer (Reporting/SarifWriter)
/// is available to the task; then <see cref="Write"/> becomes a call to it and this file goes.
/// </summary>
internal static class ErrorLogWriter
{
    public static void Write(string path, CheckResult result)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var stream = File.Create(path);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        json.WriteString("version", "2.1.0");
        json.WriteStartArray("runs");
        json.WriteStartObject();
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "Editorial");
        json.WriteStartArray("rules");
        foreach (var descriptor in result.Diagnostics.Select(d => d.Descriptor).Distinct().OrderBy(d => d.Id, StringComparer.Ordinal))
        {
            json.WriteStartObject();
            json.WriteString("id", descriptor.Id);
            json.WriteStartObject("shortDescription");
            json.WriteString("text", descriptor.Title);
            json.WriteEndObject();
            json.WriteString("helpUri", descriptor.HelpLink);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteStartArray("results");
        foreach (var diagnostic in result.Diagnostics)
        {
            var span = diagnostic.Location.LineSpan;
            json.WriteStartObject();
            json.WriteString("ruleId", diagnostic.Id);
            json.WriteString("level", diagnostic.Severity switch { Severity.Error => "error", Severity.Warning => "warning", _ => "note" });
            json.WriteStartObject("message");
            json.WriteString("text", diagnostic.Message);
            json.WriteEndObject();
            json.WriteStartArray("locations");
            json.WriteStartObject();
            json.WriteStartObject("physicalLocation");
            json.WriteStartObject("artifactLocation");
            json.WriteString("uri", new Uri(Path.GetFullPath(diagnostic.Location.Path)).AbsoluteUri);
            json.WriteEndObject();
            json.WriteStartObject("region");
            json.WriteNumber("startLine", span.StartLine);
            json.WriteNumber("startColumn", span.StartColumn);
            json.WriteNumber("endLine", span.EndLine);
            json.WriteNumber("endColumn", span.EndColumn);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }
}
