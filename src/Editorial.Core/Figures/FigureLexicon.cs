using System;
using System.Collections.Generic;
using System.Linq;
using Editorial.Articles;
using Editorial.Lexicon;
using Editorial.Profiles;

namespace Editorial.Figures;

/// <summary>
/// The phrase lists of an outlet profile that the figure reader reads: the hedges before a number, one list per kind ("at
/// least 35", "nearly 2,200", "up to 180"), and the nouns that say what a sum of money or a measure is the amount of ("a
/// ransom of $2 million", "the 40-km border"). The defaults are in rules/default.yml under <c>lists:</c>; an outlet extends
/// them with its own wording ("in the region of", "signing fee").
/// </summary>
public sealed class FigureLexicon
{
    /// <summary>The profile lists of hedges and the hedge each list's phrases make.</summary>
    public static readonly IReadOnlyList<(string List, Hedge Hedge)> HedgeLists =
    [
        ("hedges-at-least", Hedge.AtLeast),
        ("hedges-more-than", Hedge.MoreThan),
        ("hedges-nearly", Hedge.Nearly),
        ("hedges-about", Hedge.About),
        ("hedges-up-to", Hedge.UpTo),
        ("hedges-fewer-than", Hedge.FewerThan),
        ("hedges-range", Hedge.Range),
    ];

    /// <summary>The profile list of nouns that a sum of money can be the amount of: "ransom", "earnings", "fine".</summary>
    public const string MoneyNounsList = "amount-nouns-money";
    /// <summary>The profile list of nouns that a length, a weight, an area or a volume can be the measure of: "distance", "border".</summary>
    public const string MeasureNounsList = "amount-nouns-measure";

    /// <summary>The profile list of nouns that a length of time can be the duration of: "siege", "delay".</summary>
    public const string DurationNounsList = "amount-nouns-duration";

    /// <summary>The profile list of verbs between a noun and the amount it is: "the ransom was", "the border stretches", "stood at".</summary>
    public const string AmountVerbsList = "amount-verbs";

    /// <summary>The profile list of verbs whose length is a distance travelled: "flew 2,700 km", "travelled 1,677 miles".</summary>
    public const string DistanceVerbsList = "distance-verbs";

    /// <summary>The profile list of words that make an amount one expected, asked or offered rather than one that is: "expected",
    /// "demanded", "proposed".</summary>
    public const string AmountExpectationsList = "amount-expectations";

    /// <summary>The lexicon of <paramref name="profile"/>, built once per profile: a profile does not change once loaded.</summary>
    public static FigureLexicon Of(OutletProfile profile) => profile.GetDerived(p => new FigureLexicon(p));

    private FigureLexicon(OutletProfile profile)
    {
        // Every token of the prose is tried as a hedge's start: the hedges by their first word (any case), longest first.
        HedgesByFirstWord = HedgeLists
            .SelectMany(list => profile.GetList(list.List).Select(phrase => (Words: phrase.Split([' '], StringSplitOptions.RemoveEmptyEntries), list.Hedge)))
            .Where(hedge => hedge.Words.Length > 0)
            .OrderByDescending(hedge => hedge.Words.Length)
            .GroupBy(hedge => hedge.Words[0], StringComparer.OrdinalIgnoreCase)
            .ToDictionary(group => group.Key, group => group.ToArray(), StringComparer.OrdinalIgnoreCase);
        _figureStartWords = new HashSet<string>(
            [.. HedgesByFirstWord.Keys, .. FigureWords.Instance.NobodyWords.Select(words => words[0]), .. NumberReader.StartWords],
            StringComparer.OrdinalIgnoreCase);
        MoneyNouns = new PhraseList(profile.GetList(MoneyNounsList));
        MeasureNouns = new PhraseList(profile.GetList(MeasureNounsList));
        DurationNouns = new PhraseList(profile.GetList(DurationNounsList));
        AmountExpectations = new PhraseList(profile.GetList(AmountExpectationsList));
        AmountVerbs = new PhraseList(profile.GetList(AmountVerbsList));
        DistanceVerbs = new PhraseList(profile.GetList(DistanceVerbsList));
    }

    internal IReadOnlyDictionary<string, (string[] Words, Hedge Hedge)[]> HedgesByFirstWord { get; }

    /// <summary>The first words of the hedges and of the counts of none ("no one"), and the words that can start a number
    /// (<see cref="NumberReader.StartWords"/>).</summary>
    private readonly HashSet<string> _figureStartWords;

    /// <summary>False for a word that starts no figure: no hedge, no count of none and no number starts with it, and it has no
    /// hyphen ("nine-story" starts a number). Every word of the prose is tried as a figure's start, and most are plain words
    /// ("said", "the"), passed over with this one look-up.</summary>
    internal bool MayStartFigure(string word) => word.IndexOf('-') >= 0 || _figureStartWords.Contains(word);

    /// <summary>What a sum of money is the amount of: "ransom", "net income".</summary>
    internal PhraseList MoneyNouns { get; }
    /// <summary>What a length, weight, area or volume is the measure of: "distance", "border".</summary>
    internal PhraseList MeasureNouns { get; }
    /// <summary>What a length of time is the duration of: "siege", "delay".</summary>
    internal PhraseList DurationNouns { get; }
    /// <summary>What makes an amount one expected, asked or offered: "expected", "demanded", "proposed".</summary>
    internal PhraseList AmountExpectations { get; }
    /// <summary>What stands between a noun and the amount it is: "was", "stood at", "stretches".</summary>
    internal PhraseList AmountVerbs { get; }
    /// <summary>Verbs whose length is a distance travelled: "flew", "travelled".</summary>
    internal PhraseList DistanceVerbs { get; }

    /// <summary>The figures of the sentences this lexicon read lately, which a sentence read again takes instead of being read.</summary>
    internal SentenceCache<Figure> ReadSentences { get; } = new(bits: 12);

    /// <summary>What the counts of the sentences this lexicon read lately count, with what their reading asked of the rest of
    /// the article (one <see cref="CountedSentence"/> for each sentence): a sentence read again whose article answers the same
    /// takes them instead of being read.</summary>
    internal SentenceCache<CountedSentence> CountedSentences { get; } = new(bits: 12);
}
