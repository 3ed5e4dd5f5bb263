using Editorial.Articles;

namespace Editorial.Rules.Spelling;

/// <summary>
/// Which sentences of an article are lines in title case (a title, a subhead or a caption, whose capitals are typography,
/// not names): most of their longer words are capitalised. Each sentence's words are counted once, when first asked, so a
/// sentence of a hundred thousand words asked about for each of its capitalised runs is still read once, not once a run.
/// </summary>
internal sealed class TitleCaseLines
{
    /// <summary>Words this long or longer decide: "of", "the" and "and" stay lower case in title case.</summary>
    private const int DecidingLength = 4;

    private readonly Article _article;
    private readonly int[] _longer;
    private readonly int[] _capitalised;

    public TitleCaseLines(Article article)
    {
        _article = article;
        _longer = new int[article.Sentences.Count];
        _capitalised = new int[article.Sentences.Count];
        for (var s = 0; s < _longer.Length; s++) _longer[s] = -1;
    }

    /// <summary>True when most longer words of the sentence outside the run <paramref name="first"/> to <paramref name="last"/>
    /// (the words asked about, which must not vote for themselves) are capitalised.</summary>
    public bool Contains(int sentenceIndex, int first, int last)
    {
        if (_longer[sentenceIndex] < 0) Count(sentenceIndex);
        int longer = _longer[sentenceIndex], capitalised = _capitalised[sentenceIndex];
        for (var k = first; k <= last; k++)
        {
            var token = _article.Tokens[k];
            if (!IsDeciding(token)) continue;
            longer--;
            if (char.IsUpper(token.Text[0])) capitalised--;
        }
        return longer >= 3 && capitalised * 4 >= longer * 3;
    }

    private void Count(int sentenceIndex)
    {
        var sentence = _article.Sentences[sentenceIndex];
        int longer = 0, capitalised = 0;
        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
        {
            var token = _article.Tokens[k];
            if (!IsDeciding(token)) continue;
            longer++;
            if (char.IsUpper(token.Text[0])) capitalised++;
        }
        (_longer[sentenceIndex], _capitalised[sentenceIndex]) = (longer, capitalised);
    }

    private static bool IsDeciding(Token token) => token.IsWord && token.Text.Length >= DecidingLength;
}
