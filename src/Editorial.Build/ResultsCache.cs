using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
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

/// <summary>The findings of the last check, kept under obj/ between builds (JSON, one object per finding).</summary>
public static class ResultsCache
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true };

    public static void Write(string path, IEnumerable<Diagnostic> diagnostics)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var stored = diagnostics.Select(StoredDiagnostic.From).ToList();
        File.WriteAllText(path, JsonSerializer.Serialize(stored, Options));
    }

    public static IReadOnlyList<StoredDiagnostic> Read(string path) =>
        JsonSerializer.Deserialize<List<StoredDiagnostic>>(File.ReadAllText(path), Options) ?? [];
}
