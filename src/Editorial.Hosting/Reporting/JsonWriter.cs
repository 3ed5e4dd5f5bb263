using System.Collections.Generic;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using Editorial.Diagnostics;

namespace Editorial.Hosting.Reporting;

/// <summary>
/// Diagnostics as a JSON report, described by the JSON Schema in docs/schema/editorial-report.schema.json: the format's
/// <c>version</c>, the tool's name and version, and one object per diagnostic: id, severity (the word the summary and
/// <c>editorial rules</c> use), message, path, line, column, endLine, endColumn (1-based; endColumn exclusive), helpLink,
/// related locations, the fix (offsets into the decoded text, the replacement, and its title), and the rule's properties
/// (the speaker it found, the figure and its event, the story of a finding that compares articles). Meant for scripts and
/// content systems; SARIF is the format for code-scanning tools.
/// </summary>
public static class JsonWriter
{
    /// <summary>The report format's version: raised when a field is removed, renamed or changes meaning (not when one is added).</summary>
    public const int FormatVersion = 1;
    public const string SchemaUri = "https://raw.githubusercontent.com/editorial-tools/editorial/main/docs/schema/editorial-report.schema.json";

    public static void Write(Stream stream, IEnumerable<Diagnostic> diagnostics, string? baseDirectory)
    {
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteString("$schema", SchemaUri);
        json.WriteNumber("version", FormatVersion);
        json.WriteStartObject("tool");
        json.WriteString("name", "Editorial");
        json.WriteString("version", ToolInfo.Version);
        json.WriteEndObject();
        json.WriteStartArray("diagnostics");
        foreach (var diagnostic in diagnostics)
        {
            json.WriteStartObject();
            json.WriteString("id", diagnostic.Id);
            json.WriteString("severity", diagnostic.Severity.ToConfigName());
            json.WriteString("message", diagnostic.Message);
            WriteLocation(json, diagnostic.Location, baseDirectory);
            json.WriteString("helpLink", diagnostic.Descriptor.HelpLink);
            json.WriteStartArray("related");
            foreach (var related in diagnostic.RelatedLocations)
            {
                json.WriteStartObject();
                WriteLocation(json, related, baseDirectory);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            if (diagnostic.Fix is { } fix)
            {
                json.WriteStartObject("fix");
                json.WriteString("title", fix.Title);
                json.WriteNumber("start", fix.Edit.Span.Start);
                json.WriteNumber("length", fix.Edit.Span.Length);
                json.WriteString("newText", fix.Edit.NewText);
                json.WriteEndObject();
            }
            else
            {
                json.WriteNull("fix");
            }
            json.WriteStartObject("properties");
            foreach (var property in diagnostic.Properties) json.WriteString(property.Key, property.Value);
            json.WriteEndObject();
            json.WriteEndObject();
            json.FlushWhenFull();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteLocation(Utf8JsonWriter json, Location location, string? baseDirectory)
    {
        json.WriteString("path", ReportPaths.RelativeUnder(location.Path, baseDirectory) ?? location.Path);
        json.WriteNumber("line", location.LineSpan.StartLine);
        json.WriteNumber("column", location.LineSpan.StartColumn);
        json.WriteNumber("endLine", location.LineSpan.EndLine);
        json.WriteNumber("endColumn", location.LineSpan.EndColumn);
    }
}
