using System;
using System.Collections.Generic;
using Editorial.Diagnostics;
using Editorial.Profiles;
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

    /// <summary>The profile's words that English repeats (<see cref="RepeatableWordsList"/>), in any case: made once per profile,
    /// not at every edit, for this guard and for ED4005 alike.</summary>
    public static HashSet<string> RepeatableWordsOf(OutletProfile profile) =>
        profile.GetDerived(p => new RepeatableWords(new HashSet<string>(p.GetList(RepeatableWordsList), StringComparer.OrdinalIgnoreCase))).Words;

    /// <summary>The set of <see cref="RepeatableWordsOf"/>, a type of its own, as <see cref="OutletProfile.GetDerived{T}"/> keys by type.</summary>
    private sealed record RepeatableWords(HashSet<string> Words);

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
        var repeatable = RepeatableWordsOf(analyzed.Profile);
        if (WithoutRepeats(text, start, end, repeatable) is not null) return fix;
        var result = text.Substring(start, edit.Span.Start - start) + edit.NewText + text.Substring(edit.Span.End, end - edit.Span.End);
        return WithoutRepeats(result, 0, result.Length, repeatable) is { } merged ? fix with { Edit = new TextEdit(TextSpan.FromBounds(start, end), merged) } : fix;
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

    /// <summary>
    /// <paramref name="text"/> from <paramref name="start"/> to <paramref name="end"/> with each repeated word ED4005 would report
    /// removed once, or null when it has none. Read in place, and copied only from the first repeat on: the sink asks at every
    /// fix of every rule, and most fixes neither find nor make a repeat.
    /// </summary>
    private static string? WithoutRepeats(string text, int start, int end, HashSet<string> repeatable)
    {
        System.Text.StringBuilder? result = null;
        // The last word kept, which a repeat repeats; -1 when the run before the word read is not a word.
        var previousStart = -1;
        var previousLength = 0;
        var i = start;
        while (i < end)
        {
            var separatorStart = i;
            while (i < end && !IsWordCharacter(text[i])) i++;
            var wordStart = i;
            while (i < end && IsWordCharacter(text[i])) i++;
            var length = i - wordStart;
            if (length > 0 && previousStart >= 0 && wordStart > separatorStart && OnlyBlanks(text, separatorStart, wordStart)
                && length == previousLength && string.Compare(text, wordStart, text, previousStart, length, StringComparison.OrdinalIgnoreCase) == 0
                && char.IsLower(text[wordStart]) && !repeatable.Contains(text.Substring(wordStart, length)))
            {
                // The repeat goes with the blanks before it; the word before stays the one a next word is compared with.
                result ??= new System.Text.StringBuilder(end - start).Append(text, start, separatorStart - start);
                continue;
            }
            result?.Append(text, separatorStart, i - separatorStart);
            (previousStart, previousLength) = length > 0 ? (wordStart, length) : (-1, 0);
        }
        return result?.ToString();
    }

    /// <summary>True when only spaces and tabs stand from <paramref name="start"/> to <paramref name="end"/>.</summary>
    private static bool OnlyBlanks(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (text[i] is not (' ' or '\t')) return false;
        }
        return true;
    }


    private static bool IsWordCharacter(char c) => char.IsLetterOrDigit(c) || c is '\'' or '’' or '-';

}
