using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using Editorial.Diagnostics;
using Editorial.Text;

namespace Editorial.Engine;

/// <summary>
/// One article's own findings (<see cref="EngineResult.ArticleFindings"/>) as bytes, for a host's results cache: everything a
/// report shows of them (ID, severity, place, message, related places, fix, properties), so that findings read back are
/// reported exactly as the check made them. The engine writes to and reads from streams only; the host keeps the bytes.
/// Message arguments are kept as text: they only ever fill the message, which is stored as it was formatted. Each string is
/// written once and named by number, and numbers take as few bytes as they need: an unchanged project's build reads back
/// the findings of every article, and most of their strings (IDs, paths, property names) repeat within an article.
/// </summary>
public static class ArticleFindingsFormat
{
    public static void Write(BinaryWriter writer, IReadOnlyList<Diagnostic> findings)
    {
        var strings = new StringNumbering();
        using var buffer = new MemoryStream();
        using (var numbered = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            numbered.WriteCompact(findings.Count);
            foreach (var finding in findings)
            {
                numbered.WriteCompact(strings.NumberOrNone(finding.Id));
                numbered.WriteCompact((int)finding.Severity);
                numbered.WriteCompact(strings.NumberOrNone(finding.Message));
                numbered.WriteCompact(finding.MessageArguments.Length);
                foreach (var argument in finding.MessageArguments) numbered.WriteCompact(strings.NumberOrNone(Convert.ToString(argument, CultureInfo.InvariantCulture)));
                WriteLocation(numbered, finding.Location, strings);
                numbered.WriteCompact(finding.RelatedLocations.Count);
                foreach (var related in finding.RelatedLocations) WriteLocation(numbered, related, strings);
                numbered.Write(finding.Fix is not null);
                if (finding.Fix is { } fix)
                {
                    numbered.WriteCompact(strings.NumberOrNone(fix.Title));
                    numbered.WriteCompactSpan(fix.Edit.Span);
                    numbered.WriteCompact(strings.NumberOrNone(fix.Edit.NewText));
                }
                numbered.WriteCompact(finding.Properties.Count);
                foreach (var property in finding.Properties)
                {
                    numbered.WriteCompact(strings.NumberOrNone(property.Key));
                    numbered.WriteCompact(strings.NumberOrNone(property.Value));
                }
            }
        }
        strings.WriteTable(writer);
        writer.Write(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>The findings <see cref="Write"/> wrote, with the descriptors of <paramref name="engine"/>; null when one names an
    /// ID the engine does not know (the stored findings are then not used, and the article is checked again).</summary>
    public static IReadOnlyList<Diagnostic>? Read(BinaryReader reader, EditorialEngine engine)
    {
        var strings = NumberedStrings.Read(reader);
        var count = reader.ReadCompact();
        var findings = new List<Diagnostic>(count);
        for (var i = 0; i < count; i++)
        {
            var descriptor = engine.FindDescriptor(strings[reader.ReadCompact()]);
            var severity = (Severity)reader.ReadCompact();
            var message = strings[reader.ReadCompact()];
            var arguments = new object?[reader.ReadCompact()];
            for (var k = 0; k < arguments.Length; k++) arguments[k] = strings.Given(reader.ReadCompact());
            var location = ReadLocation(reader, strings);
            var relatedCount = reader.ReadCompact();
            var related = relatedCount == 0 ? [] : new Location[relatedCount];
            for (var k = 0; k < related.Length; k++) related[k] = ReadLocation(reader, strings);
            Fix? fix = null;
            if (reader.ReadBoolean()) fix = new Fix(strings[reader.ReadCompact()], new TextEdit(reader.ReadCompactSpan(), strings[reader.ReadCompact()]));
            var propertyCount = reader.ReadCompact();
            Dictionary<string, string>? properties = null;
            for (var k = 0; k < propertyCount; k++) (properties ??= new Dictionary<string, string>(propertyCount))[strings[reader.ReadCompact()]] = strings[reader.ReadCompact()];
            if (descriptor is null) return null;
            findings.Add(new Diagnostic(descriptor, location, severity, message, arguments, related, fix, properties));
        }
        return findings;
    }

    private static void WriteLocation(BinaryWriter writer, Location location, StringNumbering strings)
    {
        writer.WriteCompact(strings.NumberOrNone(location.Path));
        writer.WriteCompactSpan(location.Span);
        writer.WriteCompact(location.LineSpan.StartLine);
        writer.WriteCompact(location.LineSpan.StartColumn);
        writer.WriteCompact(location.LineSpan.EndLine);
        writer.WriteCompact(location.LineSpan.EndColumn);
    }

    private static Location ReadLocation(BinaryReader reader, NumberedStrings strings) => new(strings[reader.ReadCompact()], reader.ReadCompactSpan(),
        new LinePositionSpan(reader.ReadCompact(), reader.ReadCompact(), reader.ReadCompact(), reader.ReadCompact()));
}
