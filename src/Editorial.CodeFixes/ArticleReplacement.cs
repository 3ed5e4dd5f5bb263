using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Editorial.CodeFixes;

/// <summary>The replacement a diagnostic carries in its properties (<see cref="FixProperties"/>), as the analyzer put it there.</summary>
internal sealed record ArticleReplacement(string Path, TextSpan Span, string NewText, string? ReplacedText, string Title)
{
    public static ArticleReplacement? From(Diagnostic diagnostic)
    {
        var properties = diagnostic.Properties;
        if (!properties.TryGetValue(FixProperties.Replacement, out var newText) || newText is null
            || !TryGetInt(properties, FixProperties.ReplacementStart, out var start)
            || !TryGetInt(properties, FixProperties.ReplacementLength, out var length)
            || start < 0 || length < 0)
        {
            return null;
        }
        properties.TryGetValue(FixProperties.ReplacedText, out var replaced);
        var title = properties.TryGetValue(FixProperties.FixTitle, out var fixTitle) && !string.IsNullOrEmpty(fixTitle)
            ? fixTitle!
            : $"Replace with '{newText}'";
        return new ArticleReplacement(diagnostic.Location.GetLineSpan().Path, new TextSpan(start, length), newText, replaced, title);
    }

    /// <summary>
    /// True when the article still holds, at the span, the text the finding was about, and the replacement is not already in place:
    /// a stale finding is never applied. (After "Zelensky" became "Zelenskyy", the old span still reads "Zelensky".)
    /// </summary>
    public bool AppliesTo(SourceText text)
    {
        if (Span.End > text.Length || (ReplacedText is not null && text.ToString(Span) != ReplacedText)) return false;
        var alreadyApplied = NewText.Length > Span.Length && Span.Start + NewText.Length <= text.Length
                             && text.ToString(new TextSpan(Span.Start, NewText.Length)) == NewText;
        return !alreadyApplied;
    }

    /// <summary>
    /// Applies every replacement that still applies, leaving out those that overlap one made before them, by the policy
    /// <c>editorial fix</c> follows (<see cref="Editorial.Diagnostics.EditOverlaps"/>; the next run of the analyzer reports what is left). Every
    /// other character of the text is kept as it was.
    /// </summary>
    public static SourceText Apply(SourceText text, IEnumerable<ArticleReplacement> replacements)
    {
        var changes = Editorial.Diagnostics.EditOverlaps
            .Choose(replacements.Where(r => r.AppliesTo(text)), r => new Editorial.Diagnostics.TextEdit(new Editorial.Text.TextSpan(r.Span.Start, r.Span.Length), r.NewText))
            .Where(chosen => chosen.Choice == Editorial.Diagnostics.EditChoice.Made)
            .Select(chosen => new TextChange(chosen.Item.Span, chosen.Item.NewText))
            .ToList();
        return changes.Count == 0 ? text : text.WithChanges(changes);
    }

    private static bool TryGetInt(IReadOnlyDictionary<string, string?> properties, string key, out int value)
    {
        value = 0;
        return properties.TryGetValue(key, out var text) && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }
}
