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
    // A suggestion, not a warning: its precision on published news (docs/rules/ED4005.md, from the evaluation) is short
    // of the 0.9 a build-breaking warning needs.
    public static readonly DiagnosticDescriptor Descriptor = new(
        RuleIds.RepeatedWord, "Repeated word", "Repeated word '{0}'", RuleCategory.Hygiene, Severity.Suggestion,
        "The same word twice in a row, usually left by an edit that replaced one phrase with another.", offersFix: true, fix: "removes the second word");

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
        var repeatable = context.Profile.GetDerived(p => new RepeatableWords(
            new HashSet<string>(p.GetList(RepeatFreeFixes.RepeatableWordsList), StringComparer.OrdinalIgnoreCase))).Words;
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

    /// <summary>The profile's words that English repeats, read once per profile (a type of its own, as
    /// <see cref="Profiles.OutletProfile.GetDerived{T}"/> keys by type), not at every edit.</summary>
    private sealed record RepeatableWords(HashSet<string> Words);

    /// <summary>True when "what", "how" or the like opens the clause the copula at <paramref name="k"/> ends, with its subject
    /// between them: "what it was was", "how true that was was"; not "the man who was was", where the copula follows at once.</summary>
    private static bool AfterFusedRelative(TokenList tokens, int k)
    {
        for (var i = k - 2; i >= 0 && i >= k - FusedRelativeReach && tokens[i].SentenceIndex == tokens[k].SentenceIndex; i--)
        {
            if (tokens[i].IsWord && FusedRelatives.Contains(tokens[i].Text)) return true;
        }
        return false;
    }
}
