using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Editorial.Articles;
using Editorial.Diagnostics;
using Editorial.Engine;

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
/// A repair can let a rule read what it could not before ("Mrs.." is no courtesy title; once the doubled stop goes,
/// "Mrs." is one), so the fixed texts are checked again and fixed, up to <see cref="MaximumPasses"/> times, until a pass
/// changes nothing or skips an overlapping fix: running <c>fix</c> a second time then changes nothing, unless it was told
/// of a skipped fix.
/// </summary>
public static class FixPlan
{
    public const int MaximumPasses = 5;

    public static IReadOnlyList<FileFix> Create(CheckResult result)
    {
        var withFixes = result.Files.Where(file => result.Diagnostics.Any(d => d.Fix is not null && d.Location.Path == file.Path)).ToList();
        if (result.Run is not { } run)
        {
            var byPath = result.Diagnostics.Where(d => d.Fix is not null).ToLookup(d => d.Location.Path, StringComparer.Ordinal);
            return withFixes.Select(file => Apply(file, byPath[file.Path].ToList())).ToList();
        }
        var passes = Converge(run.Engine, run.Inputs, result.Diagnostics);
        return withFixes.Select(file =>
        {
            var index = IndexOf(run.Inputs, file.Path);
            var applied = passes.SelectMany(pass => pass[index].Applied).ToList();
            return new FileFix(file, passes[passes.Count - 1][index].NewText, applied, passes[passes.Count - 1][index].Skipped);
        }).ToList();
    }

    /// <summary>One pass over one input: the text it started from, the text it gave, and the findings applied and skipped.</summary>
    public sealed record Pass(string Text, string NewText, IReadOnlyList<Diagnostic> Applied, IReadOnlyList<Diagnostic> Skipped)
    {
        public bool Changes => !string.Equals(Text, NewText, StringComparison.Ordinal);
    }

    /// <summary>Fixes <paramref name="inputs"/> (whose check gave <paramref name="diagnostics"/>) and checks the new texts
    /// again until a pass changes nothing or <see cref="MaximumPasses"/> are made. Each pass has one entry per input.</summary>
    public static IReadOnlyList<IReadOnlyList<Pass>> Converge(EditorialEngine engine, IReadOnlyList<ArticleInput> inputs, IReadOnlyList<Diagnostic> diagnostics)
    {
        var passes = new List<IReadOnlyList<Pass>>();
        var current = inputs;
        while (true)
        {
            var byPath = diagnostics.Where(d => d.Fix is not null).ToLookup(d => d.Location.Path, StringComparer.Ordinal);
            var pass = current.Select(input =>
            {
                var (newText, applied, skipped) = Apply(input.Text, byPath[input.Path].ToList());
                return new Pass(input.Text, newText, applied, skipped);
            }).ToList();
            passes.Add(pass);
            // A skipped overlap is reported for the user to decide on the next run, as the summary says: no pass follows it.
            if (!pass.Any(p => p.Changes) || pass.Any(p => p.Skipped.Count > 0) || passes.Count == MaximumPasses) return passes;
            current = current.Select((input, i) => input with { Text = pass[i].NewText }).ToList();
            diagnostics = engine.Check(current);
        }
    }

    private static int IndexOf(IReadOnlyList<ArticleInput> inputs, string path)
    {
        for (var i = 0; i < inputs.Count; i++) if (inputs[i].Path == path) return i;
        throw new InvalidOperationException("a checked file has no input: " + path);
    }

    public static FileFix Apply(ArticleFile file, IReadOnlyList<Diagnostic> diagnostics)
    {
        var (newText, applied, skipped) = Apply(file.Text, diagnostics);
        return new FileFix(file, newText, applied, skipped);
    }

    /// <summary>The text the fixes give, with the findings whose fixes were applied and those skipped (overlaps, by
    /// <see cref="EditOverlaps"/>; a finding proposing the very edit another made is applied by it).</summary>
    public static (string NewText, IReadOnlyList<Diagnostic> Applied, IReadOnlyList<Diagnostic> Skipped) Apply(string original, IReadOnlyList<Diagnostic> diagnostics)
    {
        var applied = new List<Diagnostic>();
        // An edit past the end of the text is a rule's bug; it is left out like an overlap rather than stop the other fixes.
        var skipped = diagnostics.Where(d => d.Fix!.Edit.Span.End > original.Length).ToList();
        var text = new StringBuilder(original.Length);
        var position = 0;
        var inText = diagnostics.Where(d => d.Fix!.Edit.Span.End <= original.Length).OrderBy(d => d.Id, StringComparer.Ordinal);
        foreach (var (diagnostic, choice) in EditOverlaps.Choose(inText, d => d.Fix!.Edit))
        {
            if (choice == EditChoice.Overlaps)
            {
                skipped.Add(diagnostic);
                continue;
            }
            applied.Add(diagnostic);
            if (choice == EditChoice.SameAsMade) continue;
            var edit = diagnostic.Fix!.Edit;
            text.Append(original, position, edit.Span.Start - position).Append(edit.NewText);
            position = edit.Span.End;
        }
        text.Append(original, position, original.Length - position);
        return (text.ToString(), applied, skipped);
    }
}
