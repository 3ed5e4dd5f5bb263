using System.Collections.Generic;
using System.Globalization;

namespace Editorial.Diagnostics;

/// <summary>One finding: a rule's descriptor, where it is, the places related to it and the fix it suggests.</summary>
public sealed class Diagnostic
{
    public Diagnostic(DiagnosticDescriptor descriptor, Location location, Severity severity, object?[] messageArguments,
        IReadOnlyList<Location>? relatedLocations = null, Fix? fix = null, IReadOnlyDictionary<string, string>? properties = null)
    {
        Descriptor = descriptor;
        Location = location;
        Severity = severity;
        MessageArguments = messageArguments;
        RelatedLocations = relatedLocations ?? [];
        Fix = fix;
        Properties = properties ?? NoProperties;
        Message = OnOneLine(string.Format(CultureInfo.InvariantCulture, descriptor.MessageFormat, messageArguments));
    }

    /// <summary>The message with each line break its quoted text holds (a sentence the article wraps: "obstacles you
    /// live\r\nwith.") read as a space: every host prints a finding on one line, as MSBuild's canonical format and an
    /// editor's problem list need.</summary>
    private static string OnOneLine(string message)
    {
        if (message.IndexOfAny(LineBreaks) < 0) return message;
        var builder = new System.Text.StringBuilder(message.Length);
        for (var i = 0; i < message.Length; i++)
        {
            if (System.Array.IndexOf(LineBreaks, message[i]) < 0) builder.Append(message[i]);
            else if (!(message[i] == '\n' && i > 0 && message[i - 1] == '\r')) builder.Append(' ');
        }
        return builder.ToString();
    }

    private static readonly char[] LineBreaks = ['\r', '\n', '\u0085', '\u2028', '\u2029'];

    /// <summary>A finding read back from a results cache (<see cref="Engine.ArticleFindingsFormat"/>): its message as it was
    /// written, not formatted again from arguments that were stored as text.</summary>
    internal Diagnostic(DiagnosticDescriptor descriptor, Location location, Severity severity, string message, object?[] messageArguments,
        IReadOnlyList<Location> relatedLocations, Fix? fix, IReadOnlyDictionary<string, string>? properties)
    {
        Descriptor = descriptor;
        Location = location;
        Severity = severity;
        MessageArguments = messageArguments;
        RelatedLocations = relatedLocations;
        Fix = fix;
        Properties = properties ?? NoProperties;
        Message = message;
    }

    public DiagnosticDescriptor Descriptor { get; }
    public string Id => Descriptor.Id;
    public Location Location { get; }
    /// <summary>The severity in force for this article, after profile, <c>.editorconfig</c> and global configuration.</summary>
    public Severity Severity { get; }
    public object?[] MessageArguments { get; }
    public string Message { get; }
    /// <summary>The other places the finding is about: the other spelling, the other article.</summary>
    public IReadOnlyList<Location> RelatedLocations { get; }
    public Fix? Fix { get; }
    /// <summary>What the rule found, by name, for tools that read reports: the speaker of a quotation, the figure and
    /// its event. Empty when the rule sets none.</summary>
    public IReadOnlyDictionary<string, string> Properties { get; }

    /// <summary>The property that names the story of a finding that compares articles.</summary>
    public const string StoryProperty = "story";

    /// <summary>For a finding that compares articles, the story they were grouped in (an explicit id, or the grouping's
    /// name for it); null for a finding about one article.</summary>
    public string? Story => Properties.TryGetValue(StoryProperty, out var story) ? story : null;

    private static readonly IReadOnlyDictionary<string, string> NoProperties = new Dictionary<string, string>();

    public Diagnostic WithSeverity(Severity severity) =>
        new(Descriptor, Location, severity, MessageArguments, RelatedLocations, Fix, Properties);

    /// <summary>The canonical MSBuild line: <c>file(line,col,endLine,endCol): severity ID: message</c>.</summary>
    public override string ToString() =>
        $"{Location.Path}{Location.LineSpan}: {SeverityWord(Severity)} {Id}: {Message}";

    /// <summary>How MSBuild and the C# compiler name a severity in their output lines.</summary>
    public static string SeverityWord(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };
}
