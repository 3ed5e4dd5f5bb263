using System;
using System.Collections.Generic;
using Editorial.Articles;
using Editorial.Diagnostics;
using Editorial.Text;

namespace Editorial.Rules.Hygiene;

/// <summary>
/// ED4005: a word typed twice ("the the"). Only words with nothing but white
/// space between them count: "cannot, cannot" is a repeat for emphasis. Grammatical repeats ("had had", "that that",
/// "is is", "gave her her") are left alone, and so is a capitalised second word: names repeat ("Sirhan Sirhan", "Duran Duran").
/// </summary>
public sealed class RepeatedWordRule : ArticleRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "ED4005", "Repeated word", "Repeated word '{0}'", RuleCategory.Hygiene, Severity.Warning,
        "The same word twice in a row, usually left by an edit that replaced one phrase with another.");

    /// <summary>Words that English repeats in correct sentences ("what it is is", "he had had enough", "so so", "no no").</summary>
    private static readonly HashSet<string> LegitimateRepeats = new(StringComparer.OrdinalIgnoreCase)
    {
        "had", "that", "is", "do", "her", "there", "no", "so", "bye", "mahi", "ha", "knock", "tut", "chop", "yada", "bla", "blah", "boo", "hush", "pom", "tom",
    };

    public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [Descriptor];

    public override void Analyze(ArticleContext context)
    {
        var article = context.Article;
        var tokens = article.Tokens;
        for (var k = 1; k < tokens.Count; k++)
        {
            var previous = tokens[k - 1];
            var word = tokens[k];
            if (!word.IsWord || !previous.IsWord || word.SentenceIndex != previous.SentenceIndex) continue;
            if (!string.Equals(word.Text, previous.Text, StringComparison.OrdinalIgnoreCase)) continue;
            if (!char.IsLower(word.Text[0]) || LegitimateRepeats.Contains(word.Text)) continue;
            var removed = TextSpan.FromBounds(previous.Span.End, word.Span.End);
            // In Markdown, markup may stand between the two ("the *the*"): removing it with the word would break it, so no fix.
            var onlySpaceBetween = string.IsNullOrWhiteSpace(article.Text.Substring(previous.Span.End, word.Span.Start - previous.Span.End));
            var fix = onlySpaceBetween ? new Fix($"Remove the second '{word.Text}'", new TextEdit(removed, "")) : null;
            context.Report(Descriptor, word.Span, [word.Text], fix: fix, quotationSensitive: true);
        }
    }
}
