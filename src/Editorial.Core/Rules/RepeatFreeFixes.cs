using System;
using System.Collections.Generic;
using System.Linq;
using Editorial.Diagnostics;
using Editorial.Text;

namespace Editorial.Rules;

/// <summary>
/// Keeps every rule's fix from leaving a repeated word behind (see <see cref="Apply"/>). The sink applies it to each fix,
/// so it sits with the sink, below the rules; ED4005 (RepeatedWordRule) reports the repeats that were there before.
/// </summary>
public static class RepeatFreeFixes
{
    /// <summary>The profile list of words that English repeats in correct sentences ("had had", "that that").</summary>
    public const string RepeatableWordsList = "repeatable-words";

    /// <summary>
    /// A fix that puts a word beside the same word ("percent per cent" to "percent percent", "said saidthat" to "said said
    /// that") makes ED4005's finding (RepeatedWordRule), which the next <c>fix</c> would remove. The edit takes that removal in at once: it
    /// is widened to the words on either side and leaves the word once, so that one pass gives what two would. A repeat
    /// ED4005 leaves alone (capitalised, or on the profile's list) stays, and so does one that was there before the
    /// edit, which ED4005 reports with its own fix.
    /// </summary>
    public static Fix Apply(AnalyzedArticle analyzed, Fix fix)
    {
        var text = analyzed.Article.Text;
        var edit = fix.Edit;
        var start = NeighbourStart(text, edit.Span.Start);
        var end = NeighbourEnd(text, edit.Span.End);
        var repeatable = analyzed.Profile.GetList(RepeatableWordsList);
        if (WithoutRepeats(text.Substring(start, end - start), repeatable) is not null) return fix;
        var result = text.Substring(start, edit.Span.Start - start) + edit.NewText + text.Substring(edit.Span.End, end - edit.Span.End);
        return WithoutRepeats(result, repeatable) is { } merged ? fix with { Edit = new TextEdit(TextSpan.FromBounds(start, end), merged) } : fix;
    }

    /// <summary>Where the word touching <paramref name="position"/> starts, or the word before it across spaces.</summary>
    private static int NeighbourStart(string text, int position)
    {
        var start = position;
        while (start > 0 && IsWordCharacter(text[start - 1])) start--;
        var spaces = start;
        while (spaces > 0 && text[spaces - 1] is ' ' or '\t') spaces--;
        if (spaces == start) return start;
        while (spaces > 0 && IsWordCharacter(text[spaces - 1])) spaces--;
        return spaces;
    }

    /// <summary>Where the word touching <paramref name="position"/> ends, or the word after it across spaces.</summary>
    private static int NeighbourEnd(string text, int position)
    {
        var end = position;
        while (end < text.Length && IsWordCharacter(text[end])) end++;
        var spaces = end;
        while (spaces < text.Length && text[spaces] is ' ' or '\t') spaces++;
        if (spaces == end) return end;
        while (spaces < text.Length && IsWordCharacter(text[spaces])) spaces++;
        return spaces;
    }

    /// <summary><paramref name="text"/> with each repeated word ED4005 would report removed once, or null when it has none.</summary>
    private static string? WithoutRepeats(string text, IReadOnlyList<string> repeatable)
    {
        var result = new System.Text.StringBuilder(text.Length);
        var changed = false;
        string? previousWord = null;
        var i = 0;
        while (i < text.Length)
        {
            var separatorStart = i;
            while (i < text.Length && !IsWordCharacter(text[i])) i++;
            var separator = text.Substring(separatorStart, i - separatorStart);
            var wordStart = i;
            while (i < text.Length && IsWordCharacter(text[i])) i++;
            var word = text.Substring(wordStart, i - wordStart);
            if (word.Length > 0 && previousWord is not null && separator.Length > 0 && separator.Trim(' ', '\t').Length == 0
                && string.Equals(word, previousWord, StringComparison.OrdinalIgnoreCase) && char.IsLower(word[0])
                && !repeatable.Contains(word, StringComparer.OrdinalIgnoreCase))
            {
                changed = true;
                continue;
            }
            result.Append(separator).Append(word);
            previousWord = word.Length > 0 ? word : null;
        }
        return changed ? result.ToString() : null;
    }

    private static bool IsWordCharacter(char c) => char.IsLetterOrDigit(c) || c is '\'' or '’' or '-';

}
