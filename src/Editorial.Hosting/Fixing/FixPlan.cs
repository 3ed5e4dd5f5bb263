using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Editorial.Articles;
using Editorial.Diagnostics;

namespace Editorial.Hosting.Fixing;

/// <summary>The fixes for one file: the edits that apply, the text they give, and the ones left out because they overlap.</summary>
public sealed record FileFix(ArticleFile File, string NewText, IReadOnlyList<Diagnostic> Applied, IReadOnlyList<Diagnostic> Skipped)
{
    public bool Changes => !string.Equals(File.Text, NewText, StringComparison.Ordinal);
}

/// <summary>
/// Applies the fixes of a check (each <see cref="Diagnostic.Fix"/> is one text edit) to the files it read. Edits are
/// applied from the start of the file; an edit that overlaps one already taken is skipped and reported, never merged,
/// so no text is lost. The new text is encoded as the file was (<see cref="ArticleFile.Encode"/>): same encoding, byte
/// order mark and, since edits touch only their spans, line endings.
/// </summary>
public static class FixPlan
{
    public static IReadOnlyList<FileFix> Create(CheckResult result)
    {
        var byPath = result.Diagnostics.Where(d => d.Fix is not null).ToLookup(d => d.Location.Path, StringComparer.Ordinal);
        var plans = new List<FileFix>();
        foreach (var file in result.Files)
        {
            var fixes = byPath[file.Path].ToList();
            if (fixes.Count > 0) plans.Add(Apply(file, fixes));
        }
        return plans;
    }

    public static FileFix Apply(ArticleFile file, IReadOnlyList<Diagnostic> diagnostics)
    {
        var (newText, applied, skipped) = Apply(file.Text, diagnostics);
        return new FileFix(file, newText, applied, skipped);
    }

    /// <summary>The text the fixes give, with the findings whose fixes were applied and those skipped.</summary>
    public static (string NewText, IReadOnlyList<Diagnostic> Applied, IReadOnlyList<Diagnostic> Skipped) Apply(string original, IReadOnlyList<Diagnostic> diagnostics)
    {
        var applied = new List<Diagnostic>();
        var skipped = new List<Diagnostic>();
        var text = new StringBuilder(original.Length);
        var position = 0;
        TextEditKey? previous = null;
        foreach (var diagnostic in diagnostics.OrderBy(d => d.Fix!.Edit.Span).ThenBy(d => d.Id, StringComparer.Ordinal))
        {
            var edit = diagnostic.Fix!.Edit;
            var key = new TextEditKey(edit.Span.Start, edit.Span.End, edit.NewText);
            if (previous == key)
            {
                // Two rules proposing the very same edit: it is made once, and both findings are fixed by it.
                applied.Add(diagnostic);
                continue;
            }
            // Two edits overlap, or both insert at one point: which order the user wants is unknown, so only the first is made.
            var conflicts = previous is { } last && (edit.Span.Start < last.End || edit.Span.Start == last.Start);
            // An edit past the end of the text is a rule's bug; it is left out like a conflict rather than stop the other fixes.
            if (conflicts || edit.Span.End > original.Length)
            {
                skipped.Add(diagnostic);
                continue;
            }
            text.Append(original, position, edit.Span.Start - position).Append(edit.NewText);
            position = edit.Span.End;
            previous = key;
            applied.Add(diagnostic);
        }
        text.Append(original, position, original.Length - position);
        return (text.ToString(), applied, skipped);
    }

    private readonly record struct TextEditKey(int Start, int End, string NewText);
}
