using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using Editorial.Diagnostics;

namespace Editorial.Build;

/// <summary>One stored finding: what <see cref="ReportDiagnostics"/> needs to log it again (where it starts: the build's
/// lines carry no end, see <see cref="ReportDiagnostics"/>).</summary>
public sealed record StoredDiagnostic(
    string Id, Severity Severity, string Message, string HelpLink, string File, int Line, int Column)
{
    public static StoredDiagnostic From(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.LineSpan;
        return new StoredDiagnostic(diagnostic.Id, diagnostic.Severity, diagnostic.Message, diagnostic.Descriptor.HelpLink,
            diagnostic.Location.Path, span.StartLine, span.StartColumn);
    }
}

/// <summary>The findings of the last check, kept under obj/ between builds (JSON, one object per finding). Read on every build,
/// with nothing changed too: the serializer is generated at compile time (<see cref="StoredDiagnosticsJson"/>), so reading
/// costs no reflection over the types when the build starts.</summary>
public static class ResultsCache
{
    public static void Write(string path, IEnumerable<Diagnostic> diagnostics)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var stored = diagnostics.Select(StoredDiagnostic.From).ToList();
        using var stream = File.Create(path);
        JsonSerializer.Serialize(stream, stored, StoredDiagnosticsJson.Default.ListStoredDiagnostic);
    }

    public static IReadOnlyList<StoredDiagnostic> Read(string path)
    {
        using var stream = File.OpenRead(path);
        return JsonSerializer.Deserialize(stream, StoredDiagnosticsJson.Default.ListStoredDiagnostic) ?? [];
    }
}

[JsonSerializable(typeof(List<StoredDiagnostic>))]
internal sealed partial class StoredDiagnosticsJson : JsonSerializerContext
{
}
