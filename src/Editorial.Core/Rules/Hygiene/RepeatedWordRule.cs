using System;
using System.Collections.Generic;
using System.Linq;
using Editorial.Articles;
using Editorial.Diagnostics;
using Editorial.Text;

namespace Editorial.Rules.Hygiene;

/// <summary>
/// ED4005: a word typed twice ("the the"). Only words with nothing but white
/// space between them count: "cannot, cannot" is a repeat for emphasis. Words the profile list <c>repeatable-words</c>
/// names are left alone: grammatical repeats ("had had", "that that", "is is", "gave her her") and reduplications ("no
/// no", "etc etc", "cough cough"); so is a copula doubled after a clause used as its subject ("what it was was"), letters left by a
/// wrong character set ("â â"), and a capitalised second word: names repeat ("Sirhan Sirhan", "Duran Duran").
/// </summary>
public sealed class RepeatedWordRule : ArticleRule
{
    // A suggestion, not a warning: on published news it was right in 0.85 (33 judged) of its warnings on the
    // evaluation's dev split (eval/README.md), short of the 0.9 a build-breaking warning needs.
    public static readonly DiagnosticDescriptor Descriptor = new(
        RuleIds.RepeatedWord, "Repeated word", "Repeated word '{0}'", RuleCategory.Hygiene, Severity.Suggestion,
        "The same word twice in a row, usually left by an edit that replaced one phrase with another.", offersFix: true, fix: "removes the second word");

    /// <summary>The profile list of words that English repeats in correct sentences.</summary>
    public const string RepeatableWordsList = "repeatable-words";

    /// <summary>Copulas doubled after a fused relative: "what it was was", "all he is is".</summary>
    private static readonly HashSet<string> Copulas = new(StringComparer.OrdinalIgnoreCase) { "is", "was" };

    /// <summary>Words that open a clause used as a subject: "what it was was", "how true that was was", "all he is is".</summary>
    private static readonly HashSet<string> FusedRelatives = new(StringComparer.OrdinalIgnoreCase)
    {
        "what", "all", "how", "why", "where", "when", "whatever", "whoever", "who", "whether",
    };

    /// <summary>How far back a fused relative may stand from the doubled copula ("what the Kremlin wanted was was").</summary>
    private const int FusedRelativeReach = 6;

    public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [Descriptor];

    public override void Analyze(ArticleContext context)
    {
        var article = context.Article;
        var tokens = article.Tokens;
        var repeatable = new HashSet<string>(context.Profile.GetList(RepeatableWordsList), StringComparer.OrdinalIgnoreCase);
        for (var k = 1; k < tokens.Count; k++)
        {
            var previous = tokens[k - 1];
            var word = tokens[k];
            if (!word.IsWord || !previous.IsWord || word.SentenceIndex != previous.SentenceIndex) continue;
            if (!string.Equals(word.Text, previous.Text, StringComparison.OrdinalIgnoreCase)) continue;
            if (!char.IsLower(word.Text[0]) || repeatable.Contains(word.Text) || Mojibake.IsGarbled(article, word)) continue;
            if (Copulas.Contains(word.Text) && AfterFusedRelative(tokens, k - 1)) continue;
            var removed = TextSpan.FromBounds(previous.Span.End, word.Span.End);
            // In Markdown, markup may stand between the two ("the *the*"): removing it with the word would break it, so no fix.
            var onlySpaceBetween = string.IsNullOrWhiteSpace(article.Text.Substring(previous.Span.End, word.Span.Start - previous.Span.End));
            var fix = onlySpaceBetween ? new Fix($"Remove the second '{word.Text}'", new TextEdit(removed, "")) : null;
            context.Report(Descriptor, word.Span, [word.Text], fix: fix, quotationSensitive: true);
        }
    }

    /// <summary>
    /// A fix that puts a word beside the same word ("percent per cent" to "percent percent", "said saidthat" to "said said
    /// that") makes this rule's finding, which the next <c>fix</c> would remove. The edit takes that removal in at once: it
    /// is widened to the words on either side and leaves the word once, so that one pass gives what two would. A repeat
    /// this rule leaves alone (capitalised, or on the profile's list) stays, and so does one that was there before the
    /// edit, which this rule reports with its own fix.
    /// </summary>
    public static Fix WithoutNewRepeat(AnalyzedArticle analyzed, Fix fix)
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

    /// <summary><paramref name="text"/> with each repeated word this rule would report removed once, or null when it has none.</summary>
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

    /// <summary>True when "what", "how" or the like opens the clause the copula at <paramref name="k"/> ends, with its subject
    /// between them: "what it was was", "how true that was was"; not "the man who was was", where the copula follows at once.</summary>
    private static bool AfterFusedRelative(IReadOnlyList<Token> tokens, int k)
    {
        for (var i = k - 2; i >= 0 && i >= k - FusedRelativeReach && tokens[i].SentenceIndex == tokens[k].SentenceIndex; i--)
        {
            if (tokens[i].IsWord && FusedRelatives.Contains(tokens[i].Text)) return true;
        }
        return false;
    }
}
