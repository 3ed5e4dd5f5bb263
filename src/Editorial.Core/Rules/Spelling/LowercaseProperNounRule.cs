using System.Collections.Generic;
using Editorial.Articles;
using Editorial.Diagnostics;
using Editorial.Profiles;
using Editorial.Text;

namespace Editorial.Rules.Spelling;

/// <summary>
/// ED1004: a proper noun written in lower case ("kyiv" in an article that writes "Kyiv"). A word counts as a proper noun
/// when the article capitalises it inside a sentence (not at a sentence start, not in a headline), or when the profile's
/// spelling list prefers it capitalised ("Kyiv"), even if the article never does; a lower-case word that is an ordinary
/// English word (SCOWL size 50: "may", "defence", "white") or a name particle ("von", "bin") is never reported.
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
        var properNouns = FindProperNouns(article, context.Profile);
        if (properNouns.Count == 0) return;
        var particles = NameParticles.Of(context.Profile);
        foreach (var token in article.Tokens)
        {
            if (!token.IsWord || !SpellingText.IsLetters(token.Text) || !SpellingText.IsAllLower(token.Text) || particles.Contains(token.Text)
                || !properNouns.TryGetValue(token.Text, out var proper)) continue;
            context.Report(Descriptor, token.Span, [token.Text, proper.Name], proper.Span is { } span ? [article.GetLocation(span)] : null,
                SpellingText.Use(proper.Name, token.Span, "proper noun"), quotationSensitive: true);
        }
    }

    /// <summary>Lower-cased form → the proper noun and the first span where the article capitalises it inside a sentence,
    /// or no span when only the profile's list knows it.</summary>
    private static Dictionary<string, (string Name, TextSpan? Span)> FindProperNouns(Article article, OutletProfile profile)
    {
        var properNouns = new Dictionary<string, (string, TextSpan?)>(System.StringComparer.Ordinal);
        foreach (var token in article.Tokens)
        {
            if (!token.IsWord || token.IsSentenceStart || token.IsInHeading || !SpellingText.IsLetters(token.Text) || !SpellingText.IsCapitalized(token.Text)) continue;
            var lower = token.Text.ToLowerInvariant();
            if (properNouns.ContainsKey(lower) || CommonWords.Contains(lower)) continue;
            properNouns[lower] = (token.Text, token.Span);
        }
        foreach (var entry in profile.Spellings)
        {
            var lower = entry.Preferred.ToLowerInvariant();
            if (entry.MatchCase || !entry.AppliesOn(article.Date) || !SpellingText.IsCapitalized(entry.Preferred) || !SpellingText.IsLetters(entry.Preferred)
                || properNouns.ContainsKey(lower) || CommonWords.Contains(lower)) continue;
            properNouns[lower] = (entry.Preferred, null);
        }
        return properNouns;
    }
}
