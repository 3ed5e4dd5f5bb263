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
/// fixing what a fix gave changes nothing unless an overlapping fix was skipped, and each pass keeps every character
/// outside the spans of the edits it applied.
/// </summary>
public static class FixProperty
{
    public static FixPropertyResult Check(EditorialEngine engine, string path, string text, ArticleSettings settings)
    {
        var input = new ArticleInput(path, text, settings);
        var diagnostics = engine.Check([input]);
        var first = FixPlan.Converge(engine, [input], diagnostics).Select(pass => pass[0]).ToList();
        var fixedText = first[first.Count - 1].NewText;
        if (fixedText == text) return new FixPropertyResult(diagnostics, text, text, null);
        var failure = first.Select(LostText).FirstOrDefault(lost => lost is not null);
        var again = input with { Text = fixedText };
        var second = FixPlan.Converge(engine, [again], engine.Check([again]))[0][0];
        if (failure is null && second.Changes && first[first.Count - 1].Skipped.Count == 0)
        {
            var changes = second.Applied.Select(d => d.Id + " " + d.Fix!.Title).Distinct();
            failure = first.Count == FixPlan.MaximumPasses
                ? $"{FixPlan.MaximumPasses} passes did not settle: " + string.Join("; ", changes)
                : "fixing the fixed text changes it: " + string.Join("; ", changes);
        }
        return new FixPropertyResult(diagnostics, fixedText, second.NewText, failure);
    }

    /// <summary>Walks the applied edits in order: between them the new text must repeat the old one exactly.</summary>
    private static string? LostText(FixPlan.Pass pass)
    {
        var text = pass.Text;
        var edits = pass.Applied.Select(d => d.Fix!.Edit).Distinct().OrderBy(e => e.Span.Start).ToList();
        int oldPosition = 0, newPosition = 0;
        foreach (var edit in edits)
        {
            var kept = edit.Span.Start - oldPosition;
            if (string.CompareOrdinal(text, oldPosition, pass.NewText, newPosition, kept) != 0) return $"text outside the edits changed before offset {edit.Span.Start}";
            newPosition += kept;
            if (string.CompareOrdinal(edit.NewText, 0, pass.NewText, newPosition, edit.NewText.Length) != 0) return $"the edit at offset {edit.Span.Start} is not in the new text";
            newPosition += edit.NewText.Length;
            oldPosition = edit.Span.End;
        }
        var rest = text.Length - oldPosition;
        return pass.NewText.Length - newPosition == rest && string.CompareOrdinal(text, oldPosition, pass.NewText, newPosition, rest) == 0
            ? null
            : "text after the last edit changed";
    }
}
