using System;
using System.Collections.Generic;
using System.Linq;
using Editorial.Articles;
using Editorial.Diagnostics;
using Editorial.Text;

namespace Editorial.Rules.Spelling;

/// <summary>
/// ED1001 for a phrase of two or three words written hyphenated and spaced: "editor in chief" beside the article's
/// "editor-in-chief" twice, "smoke-rings" beside its "smoke rings". <see cref="VariantIndex"/> compares compounds written
/// closed with their open forms, and leaves a hyphen against a space alone, where it is grammar: "a face-to-face meeting" beside
/// "they met face to face", "a follow-up" beside "to follow up". Here a hyphen against a space is one phrase written two ways
/// only where the writer's own text hyphenates it where it modifies no noun ("named editor-in-chief of the magazine"): the
/// hyphen is then the phrase's spelling, not a modifier's. A hyphenated use before its noun votes with the rest but is never
/// reported, nor is a phrasal verb's particle ("set up", "roll out"). The form the article's own text writes more often, at
/// least twice, decides; on a tie the quoted uses count too, and failing that nothing is reported.
/// </summary>
internal static class HyphenatedPhrases
{
    private readonly record struct Written(TextSpan Span, string Text, bool Hyphenated, bool StandsAsNoun, bool Transcribed);

    /// <summary>How often, at least, the article's own text writes the form that decides.</summary>
    private const int MinimumMajority = 2;

    public static void Report(ArticleContext context, DiagnosticDescriptor descriptor, List<TextSpan> reported)
    {
        var article = context.Article;
        var tokens = article.Tokens;
        Dictionary<string, List<Written>>? phrases = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (PartsOf(tokens[i]) is not { } parts || IsAfterNumber(article, i)) continue;
            phrases ??= new Dictionary<string, List<Written>>(StringComparer.OrdinalIgnoreCase);
            var key = string.Join(" ", parts);
            if (!phrases.TryGetValue(key, out var list)) phrases[key] = list = [];
            list.Add(new Written(tokens[i].Span, tokens[i].Text, true, StandsAsNoun(article, i), !SpellingGates.IsWritersOwn(context.Analyzed, tokens[i].Span)));
        }
        if (phrases is null) return;
        var byFirstWord = phrases.Keys.GroupBy(k => k.Substring(0, k.IndexOf(' ')), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!tokens[i].IsWord || !byFirstWord.TryGetValue(tokens[i].Text, out var keys) || IsAfterNumber(article, i)) continue;
            foreach (var key in keys)
            {
                if (SpacedAt(article, i, key) is not { } last) continue;
                var span = TextSpan.FromBounds(tokens[i].Span.Start, tokens[last].Span.End);
                phrases[key].Add(new Written(span, article.GetText(span), false, StandsAsNoun(article, last), !SpellingGates.IsWritersOwn(context.Analyzed, span)));
            }
        }
        foreach (var entry in phrases)
        {
            var family = entry.Value;
            if (family.All(w => w.Hyphenated) || family.All(w => !w.Hyphenated) || IsClosedUp(article, entry.Key)) continue;
            if (Decides(family) is not { } hyphenated) continue;
            // The form that decides is the phrase's spelling only where the writer uses it as a noun: a hyphen only the
            // modifiers write is the modifier's ("front-line troops" beside "the front line"), and so is a space only the nouns write.
            if (!family.Any(w => w.Hyphenated == hyphenated && w.StandsAsNoun && !w.Transcribed)) continue;
            var models = family.Where(w => w.Hyphenated == hyphenated).ToList();
            var related = SpellingText.Related(article, models.Select(w => w.Span));
            foreach (var written in family)
            {
                // A spaced phrase departs from a hyphenated noun wherever it stands; a hyphen, only where it stands as a noun too.
                if (written.Hyphenated == hyphenated || written.Transcribed || written.Hyphenated && (!written.StandsAsNoun || IsVerb(article, written.Span))) continue;
                if (reported.Any(r => r.OverlapsWith(written.Span))) continue;
                var replacement = hyphenated ? written.Text.Replace(' ', '-') : written.Text.Replace('-', ' ');
                context.Report(descriptor, written.Span, [written.Text, replacement], related,
                    SpellingText.Use(replacement, written.Span, "as elsewhere in this article"), quotationSensitive: true);
                reported.Add(written.Span);
            }
        }
    }

    /// <summary>Whether the hyphenated form decides (true), the spaced one (false), or neither (null): the form the article's own
    /// text writes more often, at least <see cref="MinimumMajority"/> times; on a tie, counting the quoted uses too.</summary>
    private static bool? Decides(List<Written> family)
    {
        var own = family.Where(w => !w.Transcribed).ToList();
        var (hyphenated, spaced) = (own.Count(w => w.Hyphenated), own.Count(w => !w.Hyphenated));
        if (hyphenated == spaced) (hyphenated, spaced) = (family.Count(w => w.Hyphenated), family.Count(w => !w.Hyphenated));
        if (hyphenated == spaced || Math.Max(hyphenated, spaced) < MinimumMajority) return null;
        return hyphenated > spaced;
    }

    /// <summary>
    /// True when the phrase ending at token <paramref name="last"/> stands as a noun or after a verb, not before a noun it
    /// modifies: it ends its sentence or clause (a full stop, colon, semicolon, bracket or closing quotation mark after it), or
    /// a word that modifies nothing follows ("editor-in-chief of", "smoke rings in the ocean"). A comma says nothing: "long-term,
    /// multi-year contracts" lists modifiers.
    /// </summary>
    private static bool StandsAsNoun(Article article, int last)
    {
        var tokens = article.Tokens;
        if (last + 1 >= tokens.Count || tokens[last + 1].SentenceIndex != tokens[last].SentenceIndex) return true;
        var next = tokens[last + 1];
        // Words of one or two letters are function words ("of", "in", "to"), as VariantIndex reads them.
        if (next.IsWord) return next.Text.Length < 3 || VariantIndex.IsNoNoun(next.Text);
        return next.Kind == TokenKind.Punctuation && next.Text[0] is '.' or ':' or ';' or ')' or '?' or '!' or '"' or '”' or '’' or '\'';
    }

    /// <summary>True when the hyphenated phrase at <paramref name="span"/> follows "to" or an auxiliary ("would fact-check
    /// each claim"): a verb, which writers hyphenate where the noun stays open ("a fact check").</summary>
    private static bool IsVerb(Article article, TextSpan span)
    {
        var tokens = article.Tokens;
        var index = tokens.FirstStartingAt(span.Start);
        return index > 0 && index < tokens.Count && tokens[index - 1].IsWord && Auxiliaries.Contains(tokens[index - 1].Text);
    }

    /// <summary>True when a number is written just before token <paramref name="first"/>: "three years old" and "a
    /// 71-year-old" are a measure's grammar, not a phrase's spelling.</summary>
    private static bool IsAfterNumber(Article article, int first) =>
        first > 0 && (article.Tokens[first - 1].Kind == TokenKind.Number || article.Tokens[first - 1].Text.EndsWith("-", StringComparison.Ordinal));

    /// <summary>The words of a hyphenated phrase of two or three words in lower case ("smoke-rings", "editor-in-chief"), the
    /// first capitalised at most; null for any other token, a phrasal verb's noun ("set-up", "roll-out") among them.</summary>
    private static string[]? PartsOf(Token token)
    {
        var text = token.Text;
        if (!token.IsWord || text.IndexOf('-') <= 0) return null;
        var parts = text.Split('-');
        if (parts.Length is < 2 or > 3 || parts[0].Length < 3 || parts[parts.Length - 1].Length < 3 || Particles.Contains(parts[parts.Length - 1])
            || parts[0].EndsWith("ly", StringComparison.OrdinalIgnoreCase) || DegreeAdverbs.Contains(parts[0])) return null;
        for (var p = 0; p < parts.Length; p++)
        {
            var part = p == 0 && parts[0].Length > 0 ? char.ToLowerInvariant(parts[0][0]) + parts[0].Substring(1) : parts[p];
            if (part.Length < 2 || !SpellingText.IsLetters(part) || !SpellingText.IsAllLower(part)) return null;
        }
        return parts;
    }

    /// <summary>The index of the last token of the phrase <paramref name="key"/> written spaced from token <paramref name="first"/>,
    /// its words a space apart in one sentence, or null.</summary>
    private static int? SpacedAt(Article article, int first, string key)
    {
        var tokens = article.Tokens;
        var words = key.Split(' ');
        if (first + words.Length > tokens.Count) return null;
        for (var w = 0; w < words.Length; w++)
        {
            var token = tokens[first + w];
            var matches = w == 0 ? string.Equals(token.Text, words[0], StringComparison.OrdinalIgnoreCase) : string.Equals(token.Text, words[w], StringComparison.Ordinal);
            if (!token.IsWord || !matches) return null;
            if (w > 0 && (token.SentenceIndex != tokens[first].SentenceIndex || !SpellingText.OnlySpacesBetween(article.Text, tokens[first + w - 1].Span, token.Span))) return null;
        }
        return first + words.Length - 1;
    }

    /// <summary>True when the article also writes the phrase as one word ("fistbumped"): then it is <see cref="VariantIndex"/>'s compound.</summary>
    private static bool IsClosedUp(Article article, string key)
    {
        var closed = key.Replace(" ", "");
        return article.Tokens.Any(t => t.IsWord && string.Equals(t.Text, closed, StringComparison.OrdinalIgnoreCase));
    }

    // An adverb of degree opens a modifier that is hyphenated before its noun and open after a verb ("a well-known author",
    // "she is well known"), as an -ly adverb's never is hyphenated: the space there is grammar, not spelling.
    private static readonly HashSet<string> DegreeAdverbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "well", "better", "best", "ill", "less", "least", "more", "most", "much", "ever",
    };

    private static readonly HashSet<string> Auxiliaries = new(StringComparer.OrdinalIgnoreCase)
    {
        "to", "will", "would", "can", "could", "should", "shall", "may", "might", "must", "do", "does", "did",
    };

    // The particles of phrasal verbs: "to set up" and "a set-up", "they rolled out" and "the roll-out" are two words.
    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "up", "down", "in", "out", "off", "on", "over", "back", "away", "through", "about", "around", "by", "along", "apart", "aside",
    };
}
