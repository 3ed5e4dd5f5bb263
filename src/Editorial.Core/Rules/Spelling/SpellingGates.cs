using Editorial.Articles;
using Editorial.Text;

namespace Editorial.Rules.Spelling;

/// <summary>
/// The conditions a spelling finding (ED1001–ED1009) must meet beyond a form that differs from another, each decided in
/// one place for every rule it applies to (docs/spelling.md, "What a reportable spelling finding must have"). A rule finds
/// its candidates as it reads; these say whether a sub-editor would change the copy there.
/// </summary>
internal static class SpellingGates
{
    /// <summary>
    /// The first condition: the form is the writer's own. Words the article transcribes keep their author's spelling,
    /// however few: a quoted statement, a quoted fragment or term ("provocative behavior" from a readout, a “theater” of
    /// a president's, in double or single marks) and a reproduced document (a post, a statement, a transcript). Only an
    /// outlet that respells what it quotes (<c>quoted-spelling: house</c>) reaches into them. ED1002 alone reads a quoted term
    /// as the outlet's own (<see cref="Articles.Article.IsInOthersWords"/>): a profile's term list applies to a product named in
    /// scare quotes ("Old 'Javascript' was slow", the terminology conformance cases), where the other rules infer a style
    /// from what the writer wrote.
    /// </summary>
    public static bool IsWritersOwn(AnalyzedArticle analyzed, TextSpan span) =>
        SpellingText.RespellsQuotations(analyzed.Profile) || !IsTranscribed(analyzed.Article, span);

    /// <summary>The first condition for the word of <paramref name="token"/> (<see cref="IsTranscribed(Article, Token)"/>).</summary>
    public static bool IsWritersOwn(AnalyzedArticle analyzed, Token token) =>
        SpellingText.RespellsQuotations(analyzed.Profile) || !IsTranscribed(analyzed.Article, token);

    /// <summary>The first condition for a form the variant index recorded, read from what an article keeps past its own pass
    /// (the cross-article rule's articles have released their words): the index's flag for transcribed words, and the
    /// article's spans of others' words.</summary>
    public static bool IsWritersOwn(AnalyzedArticle analyzed, VariantOccurrence occurrence) =>
        SpellingText.RespellsQuotations(analyzed.Profile) || !occurrence.InQuotation && !analyzed.Article.IsInOthersWords(occurrence.Span);

    /// <summary>True when <paramref name="token"/> lies in words the article transcribes: its own flag answers first, without
    /// finding the token again by its span.</summary>
    public static bool IsTranscribed(Article article, Token token) => token.IsTranscribed || IsTranscribed(article, token.Span);

    /// <summary>True when <paramref name="span"/> lies in words the article transcribes (<see cref="IsWritersOwn(AnalyzedArticle, TextSpan)"/>).</summary>
    public static bool IsTranscribed(Article article, TextSpan span)
    {
        var tokens = article.Tokens;
        var first = tokens.FirstStartingAt(span.Start);
        if (first < tokens.Count && tokens[first].Span.Start < span.End && tokens[first].IsTranscribed) return true;
        return article.IsInOthersWords(span) || article.IsInQuotation(span) || IsInSingleQuotedFragment(article, span);
    }

    /// <summary>The longest single-quoted fragment read, in characters either side of the word: a phrase, not a paragraph.</summary>
    private const int MaximumFragmentReach = 80;

    /// <summary>
    /// 'favorable', 'tons of public rumors and speculations': a phrase woven into the writer's sentence between single
    /// quotation marks, which the article model leaves unread (single marks are read as statements only, being apostrophes
    /// far more often). Here a mark opens before a letter where a word starts (after a space, a bracket or a dash) and a
    /// mark closes after a letter or the phrase's punctuation where a word ends, in one sentence, with no other single mark
    /// between them but apostrophes inside words ("Russia's").
    /// </summary>
    private static bool IsInSingleQuotedFragment(Article article, TextSpan span)
    {
        var text = article.Text;
        var sentence = article.SentenceIndexAt(span.Start);
        if (sentence < 0) return false;
        var bounds = article.Sentences[sentence].Span;
        var opening = -1;
        for (var i = span.Start - 1; i >= bounds.Start && i >= span.Start - MaximumFragmentReach; i--)
        {
            if (!IsSingleMark(text[i]) || IsInsideWord(text, i)) continue;
            if (i + 1 < text.Length && char.IsLetter(text[i + 1]) && (i == bounds.Start || text[i - 1] is ' ' or '\u00A0' or '(' or '—' or '–' or '-' or '\n')) opening = i;
            break;
        }
        if (opening < 0) return false;
        for (var i = span.End; i < bounds.End && i < span.End + MaximumFragmentReach; i++)
        {
            if (!IsSingleMark(text[i]) || IsInsideWord(text, i)) continue;
            var before = text[i - 1];
            var closes = (char.IsLetter(before) || before is '.' or ',' or '!' or '?') && (i + 1 >= text.Length || !char.IsLetterOrDigit(text[i + 1]));
            return closes;
        }
        return false;
    }

    private static bool IsSingleMark(char c) => c is '\'' or '‘' or '’';

    /// <summary>An apostrophe between two letters ("Russia's", "don't"), not a quotation mark.</summary>
    private static bool IsInsideWord(string text, int i) => i > 0 && i + 1 < text.Length && char.IsLetter(text[i - 1]) && char.IsLetter(text[i + 1]);

    /// <summary>True when one of the outlet's spelling entries prefers <paramref name="lower"/> (a word in lower case): the
    /// outlet's own spelling, whose case is ED1002's to report ("Nato" in a profile that prefers it) and which is no
    /// misspelling whatever the word lists say ("tradies" in a house profile's <c>- preferred: tradies</c>).</summary>
    internal static bool IsOutletsSpelling(ArticleContext context, string lower) =>
        LowercaseProperNounRule.ProfileNames.Of(context.Profile).SpellingsByPreferred.ContainsKey(lower);
}
