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
        if (_longer[sentenceIndex] < 0) (_longer[sentenceIndex], _capitalised[sentenceIndex]) = CountWords(_article, _article.Sentences[sentenceIndex]);
        return IsTitleCase(_article, (_longer[sentenceIndex], _capitalised[sentenceIndex]), first, last);
    }

    /// <summary>The longer words of <paramref name="sentence"/> and how many of them are capitalised: counted once for all the
    /// runs of a sentence asked about (<see cref="IsTitleCase"/>).</summary>
    public static (int Longer, int Capitalised) CountWords(Article article, Sentence sentence)
    {
        int longer = 0, capitalised = 0;
        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
        {
            var token = article.Tokens[k];
            if (!IsDeciding(token)) continue;
            longer++;
            if (char.IsUpper(token.Text[0])) capitalised++;
        }
        return (longer, capitalised);
    }

    /// <summary>True when most longer words of the sentence whose words are <paramref name="counts"/> (<see cref="CountWords"/>),
    /// outside the run <paramref name="first"/> to <paramref name="last"/>, are capitalised.</summary>
    public static bool IsTitleCase(Article article, (int Longer, int Capitalised) counts, int first, int last)
    {
        var (longer, capitalised) = counts;
        for (var k = first; k <= last; k++)
        {
            var token = article.Tokens[k];
            if (!IsDeciding(token)) continue;
            longer--;
            if (char.IsUpper(token.Text[0])) capitalised--;
        }
        return longer >= 3 && capitalised * 4 >= longer * 3;
    }

    private static bool IsDeciding(Token token) => token.IsWord && token.Text.Length >= DecidingLength;
}
