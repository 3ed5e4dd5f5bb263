using System.Collections.Generic;
using Editorial.Articles;
using Editorial.Diagnostics;

namespace Editorial.Rules.Spelling;

/// <summary>
/// ED1004: a proper noun written in lower case ("kyiv" in an article that writes "Kyiv"). A word counts as a proper noun
/// when the article capitalises it inside a sentence (not at a sentence start, not in a headline); a lower-case word that
/// is an ordinary English word (SCOWL size 50: "may", "defence", "white") is never reported.
/// </summary>
public sealed class LowercaseProperNounRule : ArticleRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "ED1004", "Proper noun written in lower case", "'{0}' is a lowercase form of the proper noun '{1}'",
        RuleCategory.Spelling, Severity.Warning,
        "The article capitalises this word inside sentences, as a name, but writes it in lower case here. Ordinary English words " +
        "that are also names (may / May, white / White House) are not reported.");

    public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [Descriptor];

    public override void Analyze(ArticleContext context)
    {
        var article = context.Article;
        var properNouns = FindProperNouns(article);
        if (properNouns.Count == 0) return;
        foreach (var token in article.Tokens)
        {
            if (!token.IsWord || !SpellingText.IsLetters(token.Text) || !SpellingText.IsAllLower(token.Text) || !properNouns.TryGetValue(token.Text, out var proper)) continue;
            var name = article.GetText(proper);
            context.Report(Descriptor, token.Span, [token.Text, name], [article.GetLocation(proper)],
                SpellingText.Use(name, token.Span, "proper noun"), quotationSensitive: true);
        }
    }

    /// <summary>Lower-cased form → first span where the article capitalises it inside a sentence.</summary>
    private static Dictionary<string, Text.TextSpan> FindProperNouns(Article article)
    {
        var properNouns = new Dictionary<string, Text.TextSpan>(System.StringComparer.Ordinal);
        foreach (var token in article.Tokens)
        {
            if (!token.IsWord || token.IsSentenceStart || token.IsInHeading || !SpellingText.IsLetters(token.Text) || !SpellingText.IsCapitalized(token.Text)) continue;
            var lower = token.Text.ToLowerInvariant();
            if (properNouns.ContainsKey(lower) || CommonWords.Contains(lower)) continue;
            properNouns[lower] = token.Span;
        }
        return properNouns;
    }
}
