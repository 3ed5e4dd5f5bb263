using System;
using System.Collections.Generic;
using System.Linq;
using Editorial.Articles;
using Editorial.Lexicon;
using Editorial.Profiles;
using Editorial.Text;

namespace Editorial.Figures;

/// <summary>
/// The figures of one article and what each counts: computed once per article (through
/// <see cref="AnalyzedArticle.GetShared{T}"/>) and shared by every rule that needs numbers.
/// </summary>
public sealed class ArticleFigures
{
    internal ArticleFigures(IReadOnlyList<Figure> figures, IReadOnlyList<CountedFigure> counted, Figure? firstUnread)
    {
        FirstUnread = firstUnread;
        Figures = figures;
        Counted = counted;
    }

    /// <summary>Every figure of the prose, in text order, of every kind.</summary>
    public IReadOnlyList<Figure> Figures { get; }
    /// <summary>The counts and series ordinals whose key is sure, in text order; only these are ever compared.</summary>
    public IReadOnlyList<CountedFigure> Counted { get; }

    /// <summary>
    /// How many figures an article's quantities are read for at most. A news story holds a few dozen figures and a long
    /// report a few hundred; past this the text is a table, a data dump or a generated list, whose figures are not claims
    /// that can contradict each other, and reading what each one counts would cost seconds. ED9009 says where reading stopped.
    /// </summary>
    public const int MaximumFiguresRead = 5000;

    /// <summary>The first figure whose quantity was not read, in an article of more than <see cref="MaximumFiguresRead"/>.</summary>
    public Figure? FirstUnread { get; }

    public static ArticleFigures Of(AnalyzedArticle article) => article.GetShared(a => Analyze(a.Article, a.Profile));

    /// <summary>Reads an article's figures with the hedges and reporting verbs of <paramref name="profile"/> (the built-in
    /// default profile when none is given).</summary>
    public static ArticleFigures Analyze(Article article, OutletProfile? profile = null)
    {
        var outlet = profile ?? ProfileSet.BuiltIn.Default;
        var lexicon = FigureLexicon.Of(outlet);
        var figures = FigureExtractor.Extract(article, lexicon);
        var generalNames = QuantityKeyReader.GeneralNames(article);
        var reportingVerbs = AttributionLexicon.Of(outlet).ReportingVerbs;
        var read = Math.Min(figures.Count, MaximumFiguresRead);
        var counted = Read(new ArticleReading(article, figures, generalNames, reportingVerbs, lexicon), read);
        TakeBodyHedges(counted);
        if (SaysTollMayRise(article)) OpenTollsUpwards(counted);
        return new ArticleFigures(figures, counted, read < figures.Count ? figures[read] : null);
    }

    /// <summary>The counted figures among the first <paramref name="count"/> of the article's figures.</summary>
    private static List<CountedFigure> Read(ArticleReading reading, int count)
    {
        var (article, figures) = (reading.Article, reading.Figures);
        var counted = new List<CountedFigure>();
        for (var i = 0; i < count; i++)
        {
            var figure = figures[i];
            if (QuantityKeyReader.Read(reading, figure) is not { } keyed) continue;
            keyed.IsInOpening = IsInOpening(article, figure.SentenceIndex);
            keyed.IsInHeadline = article.Paragraphs[article.Sentences[figure.SentenceIndex].ParagraphIndex].IsHeading;
            keyed.Mode = QuantityKeyReader.Mode(reading, figure);
            counted.Add(keyed);
        }
        return counted;
    }

    /// <summary>Words that say a toll is not final: "the death toll is expected to rise", "the toll may well increase".</summary>
    private static readonly HashSet<string> RiseVerbs = new(StringComparer.OrdinalIgnoreCase) { "rise", "increase", "climb", "grow", "mount" };

    private static readonly HashSet<string> Expectations = new(StringComparer.OrdinalIgnoreCase)
    {
        "may", "might", "could", "will", "would", "expected", "likely", "feared", "set",
    };

    /// <summary>True when a sentence of the article says its toll may rise: "The death toll is expected to rise", "officials fear
    /// the toll could climb". Such an article gives the toll known so far.</summary>
    private static bool SaysTollMayRise(Article article)
    {
        var tokens = article.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!tokens[i].IsWord || !string.Equals(tokens[i].Text, "toll", StringComparison.OrdinalIgnoreCase)) continue;
            for (var k = i + 1; k < tokens.Count && k <= i + 6 && tokens[k].SentenceIndex == tokens[i].SentenceIndex; k++)
            {
                if (!RiseVerbs.Contains(tokens[k].Text)) continue;
                for (var e = k - 1; e > i; e--)
                {
                    if (Expectations.Contains(tokens[e].Text)) return true;
                }
            }
        }
        return false;
    }

    /// <summary>The dead and wounded of an article that says its toll may rise are at least what it gives: a later, higher
    /// count elsewhere is the toll grown, not a conflict. A lower count still conflicts.</summary>
    private static void OpenTollsUpwards(List<CountedFigure> counted)
    {
        foreach (var figure in counted)
        {
            if (figure.Key.Event is not ("killed" or "wounded") || figure.Key.IsSeries) continue;
            if (double.IsPositiveInfinity(figure.Interval.High)) continue;
            figure.Interval = new Interval(figure.Interval.Low, double.PositiveInfinity, figure.Interval.LowInclusive, highInclusive: false);
        }
    }

    /// <summary>A headline's bare number takes the hedge that the article's opening gives the same number of the same
    /// quantity: "Five dead" over "At least five people are dead" is at least five, not a conflict with a later "seven".</summary>
    private static void TakeBodyHedges(List<CountedFigure> counted)
    {
        // The opening's hedged figures by value and quantity, found once: a headline of thousands of figures is read in linear time.
        var hedged = new Dictionary<(double, string, string), Interval>();
        foreach (var body in counted)
        {
            if (body.IsInHeadline || !body.IsInOpening || body.Figure.Hedge == Hedge.None || body.Key.IsSeries) continue;
            var key = (body.Figure.Value, body.Key.Counted, body.Key.Event);
            if (!hedged.ContainsKey(key)) hedged[key] = body.Figure.Interval;
        }
        if (hedged.Count == 0) return;
        foreach (var headline in counted)
        {
            if (!headline.IsInHeadline || headline.Figure.Hedge != Hedge.None) continue;
            if (hedged.TryGetValue((headline.Figure.Value, headline.Key.Counted, headline.Key.Event), out var interval)) headline.Interval = interval;
        }
    }

    /// <summary>How many body sentences open an article, where it gives the figures of its own event (a roundup's other
    /// tolls and a list of past events come later).</summary>
    public const int OpeningSentences = 3;

    private static bool IsInOpening(Article article, int sentenceIndex)
    {
        var sentences = article.Sentences;
        if (article.Paragraphs[sentences[sentenceIndex].ParagraphIndex].IsHeading) return true;
        var bodySentencesBefore = 0;
        for (var i = 0; i < sentenceIndex && bodySentencesBefore < OpeningSentences; i++)
        {
            if (!article.Paragraphs[sentences[i].ParagraphIndex].IsHeading) bodySentencesBefore++;
        }
        return bodySentencesBefore < OpeningSentences;
    }
}

/// <summary>What reading one figure needs of its article: the text, every figure (years and clock times tell occasions and
/// updates apart), the names too general to anchor a figure, the reporting verbs that introduce a source, and the profile's
/// figure lexicon (what an amount of money or a measure can be of).</summary>
internal sealed record ArticleReading(Article Article, IReadOnlyList<Figure> Figures, IReadOnlyCollection<string> GeneralNames, PhraseList ReportingVerbs,
    FigureLexicon Lexicon)
{
    /// <summary>The clauses read so far, by their first and end token: each is read once, however many figures it holds.</summary>
    public Dictionary<(int Start, int End), QuantityKeyReader.Clause> Clauses { get; } = new();

    /// <summary>The sentence whose clauses <see cref="Clauses"/> holds.</summary>
    public int ClausesOfSentence { get; set; } = -1;

    private HashSet<string>? _lowerCaseWords;

    /// <summary>True when the article writes <paramref name="word"/> in lower case somewhere: in a headline in title case
    /// ("Tram Derails, Killing at Least 7") such a word is no name, whatever its capital.</summary>
    public bool WritesInLowerCase(string word)
    {
        if (_lowerCaseWords is null)
        {
            _lowerCaseWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var token in Article.Tokens)
            {
                if (token.Kind == TokenKind.Word && token.Text.Length > 0 && char.IsLower(token.Text[0])) _lowerCaseWords.Add(token.Text);
            }
        }
        return _lowerCaseWords.Contains(word);
    }

    private QuantityKeyReader.PersonNameIndex? _personNames;

    /// <summary>The given names the article writes before each surname ("Jane" of "Jane Roe") and the names it writes alone: a
    /// person's age is keyed by the surname and the given name.</summary>
    public QuantityKeyReader.PersonNameIndex PersonNames => _personNames ??= QuantityKeyReader.ReadPersonNames(this);

    private HashSet<string>? _bodyNames;

    /// <summary>True when the body writes <paramref name="word"/> capitalised inside a sentence, as a name. A headline's capitals
    /// say little of names ("21 Schoolgirls Abducted By Boko Haram Released"): the names that tie a headline's figure to an
    /// event are those its body writes as names.</summary>
    public bool IsBodyName(string word)
    {
        if (_bodyNames is null)
        {
            _bodyNames = new HashSet<string>(StringComparer.Ordinal);
            foreach (var token in Article.Tokens)
            {
                if (token.Kind == TokenKind.Word && token.StartsUpper && !token.IsSentenceStart && !token.IsInHeading) _bodyNames.Add(token.Text);
            }
        }
        return _bodyNames.Contains(word);
    }
}
