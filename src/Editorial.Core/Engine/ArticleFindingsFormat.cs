using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using Editorial.Diagnostics;
using Editorial.Text;

namespace Editorial.Engine;

/// <summary>
/// One article's own findings (<see cref="EngineResult.ArticleFindings"/>) as bytes, for a host's results cache: everything a
/// report shows of them (ID, severity, place, message, related places, fix, properties), so that findings read back are
/// reported exactly as the check made them. The engine writes to and reads from streams only; the host keeps the bytes.
/// Message arguments are kept as text: they only ever fill the message, which is stored as it was formatted.
/// </summary>
public static class ArticleFindingsFormat
{
    public static void Write(BinaryWriter writer, IReadOnlyList<Diagnostic> findings)
    {
        writer.Write(findings.Count);
        foreach (var finding in findings)
        {
            writer.Write(finding.Id);
            writer.Write((int)finding.Severity);
            writer.Write(finding.Message);
            writer.Write(finding.MessageArguments.Length);
            foreach (var argument in finding.MessageArguments) writer.WriteOptional(Convert.ToString(argument, CultureInfo.InvariantCulture));
            WriteLocation(writer, finding.Location);
            writer.Write(finding.RelatedLocations.Count);
            foreach (var related in finding.RelatedLocations) WriteLocation(writer, related);
            writer.Write(finding.Fix is not null);
            if (finding.Fix is { } fix)
            {
                writer.Write(fix.Title);
                writer.WriteSpan(fix.Edit.Span);
                writer.Write(fix.Edit.NewText);
            }
            writer.Write(finding.Properties.Count);
            foreach (var property in finding.Properties)
            {
                writer.Write(property.Key);
                writer.Write(property.Value);
            }
        }
    }

    /// <summary>The findings <see cref="Write"/> wrote, with the descriptors of <paramref name="engine"/>; null when one names an
    /// ID the engine does not know (the stored findings are then not used, and the article is checked again).</summary>
    public static IReadOnlyList<Diagnostic>? Read(BinaryReader reader, EditorialEngine engine)
    {
        var count = reader.ReadInt32();
        var findings = new List<Diagnostic>(count);
        for (var i = 0; i < count; i++)
        {
            var descriptor = engine.FindDescriptor(reader.ReadString());
            var severity = (Severity)reader.ReadInt32();
            var message = reader.ReadString();
            var arguments = new object?[reader.ReadInt32()];
            for (var k = 0; k < arguments.Length; k++) arguments[k] = reader.ReadOptional();
            var location = ReadLocation(reader);
            var related = new Location[reader.ReadInt32()];
            for (var k = 0; k < related.Length; k++) related[k] = ReadLocation(reader);
            Fix? fix = null;
            if (reader.ReadBoolean()) fix = new Fix(reader.ReadString(), new TextEdit(reader.ReadSpan(), reader.ReadString()));
            var propertyCount = reader.ReadInt32();
            var properties = new Dictionary<string, string>(propertyCount);
            for (var k = 0; k < propertyCount; k++) properties[reader.ReadString()] = reader.ReadString();
            if (descriptor is null) return null;
            findings.Add(new Diagnostic(descriptor, location, severity, message, arguments, related, fix, properties));
        }
        return findings;
    }

    private static void WriteLocation(BinaryWriter writer, Location location)
    {
        writer.Write(location.Path);
        writer.WriteSpan(location.Span);
        writer.Write(location.LineSpan.StartLine);
        writer.Write(location.LineSpan.StartColumn);
        writer.Write(location.LineSpan.EndLine);
        writer.Write(location.LineSpan.EndColumn);
    }

    private static Location ReadLocation(BinaryReader reader) => new(reader.ReadString(), reader.ReadSpan(),
        new LinePositionSpan(reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32()));
}
