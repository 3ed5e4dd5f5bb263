namespace Editorial;

/// <summary>
/// The keys under which the analyzer stores a finding's fix in the Roslyn diagnostic's properties, for the code fix to read.
/// Compiled into both projects: the code fix cannot reference the analyzer, which is built against a newer Microsoft.CodeAnalysis.
/// </summary>
internal static class FixProperties
{
    /// <summary>The text the fix puts in place of the replaced span.</summary>
    public const string Replacement = "Replacement";
    /// <summary>The start of the replaced span, as a UTF-16 offset in the article.</summary>
    public const string ReplacementStart = "ReplacementStart";
    public const string ReplacementLength = "ReplacementLength";
    /// <summary>The text the span held when the finding was reported; the fix leaves the article alone if it no longer does.</summary>
    public const string ReplacedText = "ReplacedText";
    /// <summary>What the IDE shows for the fix: "Use 'Zelenskyy' (Associated Press style)".</summary>
    public const string FixTitle = "FixTitle";
}
