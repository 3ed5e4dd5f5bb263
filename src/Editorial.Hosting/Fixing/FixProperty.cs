using System;
using System.Collections.Generic;
using System.Linq;
using Editorial.Configuration;
using Editorial.Diagnostics;
using Editorial.Engine;

namespace Editorial.Hosting.Fixing;

/// <summary>What one article's fix did, and how it broke the fix property (null when it holds).</summary>
public sealed record FixPropertyResult(IReadOnlyList<Diagnostic> Diagnostics, string FirstPass, string SecondPass, string? Failure);

/// <summary>
/// The property <c>editorial fix</c> promises, checked on text in memory (the seeded property tests and <c>tools/fuzz</c>):
/// a second pass changes nothing unless the first skipped an overlapping fix, and the first pass keeps every character
/// outside the spans of the edits it applied.
/// </summary>
public static class FixProperty
{
    public static FixPropertyResult Check(EditorialEngine engine, string path, string text, ArticleSettings settings)
    {
        var diagnostics = engine.Check([new ArticleInput(path, text, settings)]);
        var first = Pass(path, text, diagnostics);
        if (!first.Changes) return new FixPropertyResult(diagnostics, text, text, null);
        var failure = LostText(text, first);
        var second = Pass(path, first.NewText, engine.Check([new ArticleInput(path, first.NewText, settings)]));
        if (failure is null && second.Changes && first.Skipped.Count == 0)
        {
            var undone = second.Applied.Select(d => d.Id + " " + d.Fix!.Title).Distinct();
            failure = "a second pass changes the text: " + string.Join("; ", undone);
        }
        return new FixPropertyResult(diagnostics, first.NewText, second.NewText, failure);
    }

    private static TextFix Pass(string path, string text, IReadOnlyList<Diagnostic> diagnostics)
    {
        var (newText, applied, skipped) = FixPlan.Apply(text, diagnostics.Where(d => d.Fix is not null && d.Location.Path == path).ToList());
        return new TextFix(text, newText, applied, skipped);
    }

    private sealed record TextFix(string Text, string NewText, IReadOnlyList<Diagnostic> Applied, IReadOnlyList<Diagnostic> Skipped)
    {
        public bool Changes => !string.Equals(Text, NewText, StringComparison.Ordinal);
    }

    /// <summary>Walks the applied edits in order: between them the new text must repeat the old one exactly.</summary>
    private static string? LostText(string text, TextFix fix)
    {
        var edits = fix.Applied.Select(d => d.Fix!.Edit).Distinct().OrderBy(e => e.Span.Start).ToList();
        int oldPosition = 0, newPosition = 0;
        foreach (var edit in edits)
        {
            var kept = edit.Span.Start - oldPosition;
            if (string.CompareOrdinal(text, oldPosition, fix.NewText, newPosition, kept) != 0) return $"text outside the edits changed before offset {edit.Span.Start}";
            newPosition += kept;
            if (string.CompareOrdinal(edit.NewText, 0, fix.NewText, newPosition, edit.NewText.Length) != 0) return $"the edit at offset {edit.Span.Start} is not in the new text";
            newPosition += edit.NewText.Length;
            oldPosition = edit.Span.End;
        }
        var rest = text.Length - oldPosition;
        return fix.NewText.Length - newPosition == rest && string.CompareOrdinal(text, oldPosition, fix.NewText, newPosition, rest) == 0
            ? null
            : "text after the last edit changed";
    }
}
