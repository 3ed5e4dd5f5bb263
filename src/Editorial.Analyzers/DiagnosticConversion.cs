using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using EditorialDiagnostic = Editorial.Diagnostics.Diagnostic;
using EditorialLocation = Editorial.Diagnostics.Location;

namespace Editorial.Analyzers;

/// <summary>Turns the engine's diagnostics into Roslyn's, keeping the engine's message, severity, locations and fix.</summary>
internal static class DiagnosticConversion
{
    /// <param name="articleText">The text of the article the diagnostic is in, to record what its fix replaces; null when it is not in an article.</param>
    public static Diagnostic ToRoslyn(EditorialDiagnostic diagnostic, RoslynDescriptors descriptors, string? articleText) => Diagnostic.Create(
        descriptors.ForReporting(diagnostic.Id),
        ToRoslyn(diagnostic.Location),
        // The engine has already applied the profile, editorial.<ID>.severity and the quotation cap; the compiler then applies
        // NoWarn, WarningsAsErrors and global dotnet_diagnostic keys to this severity, as it does to any diagnostic.
        RoslynDescriptors.ToRoslyn(diagnostic.Severity),
        diagnostic.RelatedLocations.Select(ToRoslyn),
        FixPropertiesOf(diagnostic, articleText),
        diagnostic.Message);

    /// <summary>An additional file's location: path, span and the engine's own line and column (Roslyn's are 0-based).</summary>
    public static Location ToRoslyn(EditorialLocation location)
    {
        var lines = location.LineSpan;
        return Location.Create(
            location.Path,
            new TextSpan(location.Span.Start, location.Span.Length),
            new LinePositionSpan(
                new LinePosition(lines.StartLine - 1, lines.StartColumn - 1),
                new LinePosition(lines.EndLine - 1, lines.EndColumn - 1)));
    }

    private static ImmutableDictionary<string, string?>? FixPropertiesOf(EditorialDiagnostic diagnostic, string? articleText)
    {
        if (diagnostic.Fix is not { } fix) return null;
        var edit = fix.Edit;
        // Made in one go: each Add of an immutable dictionary makes a new dictionary and a new path of nodes, and an IDE
        // converts every finding of the article at every keystroke.
        return ImmutableDictionary.CreateRange(new KeyValuePair<string, string?>[]
        {
            new(FixProperties.Replacement, edit.NewText),
            new(FixProperties.ReplacementStart, edit.Span.Start.ToString(CultureInfo.InvariantCulture)),
            new(FixProperties.ReplacementLength, edit.Span.Length.ToString(CultureInfo.InvariantCulture)),
            new(FixProperties.ReplacedText, articleText is not null && edit.Span.End <= articleText.Length ? articleText.Substring(edit.Span.Start, edit.Span.Length) : null),
            new(FixProperties.FixTitle, fix.Title),
        });
    }
}
