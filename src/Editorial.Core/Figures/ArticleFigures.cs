using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.ExceptionServices;
using System.Threading.Tasks;
using Editorial.Articles;
using Editorial.Lexicon;
using Editorial.Profiles;

namespace Editorial.Figures;

/// <summary>
/// The figures of one article and what each counts: computed once per article (through
/// <see cref="AnalyzedArticle.GetShared{T}"/>) and shared by every rule that needs numbers.
/// </summary>
public sealed class ArticleFigures
{
    private ArticleFigures(IReadOnlyList<Figure> figures, IReadOnlyList<CountedFigure> counted)
    {
        Figures = figures;
        Counted = counted;
    }

    /// <summary>Every figure of the prose, in text order, of every kind.</summary>
    public IReadOnlyList<Figure> Figures { get; }
    /// <summary>The counts and series ordinals whose key is sure, in text order; only these are ever compared.</summary>
    public IReadOnlyList<CountedFigure> Counted { get; }

    public static ArticleFigures Of(AnalyzedArticle article) => article.GetShared(a => Analyze(a.Article, a.Profile));

    /// <summary>Reads an article's figures; sources are found with the reporting verbs of <paramref name="profile"/> (the
    /// built-in default profile when none is given).</summary>
    public static ArticleFigures Analyze(Article article, OutletProfile? profile = null)
    {
        var figures = FigureExtractor.Extract(article);
        var generalNames = QuantityKeyReader.GeneralNames(article);
        var reportingVerbs = AttributionLexicon.Of(profile ?? ProfileSet.BuiltIn.Default).ReportingVerbs;
        if (figures.Count <= FiguresPerPart) return new ArticleFigures(figures, Read(article, figures, generalNames, reportingVerbs, 0, figures.Count));
        // Reading a figure reads its article and nothing another figure's reading wrote (a reading's clauses are a cache):
        // the parts of a list of thousands of figures are read on every core, each with its own cache, and joined in text order.
        var parts = new List<CountedFigure>[(figures.Count + FiguresPerPart - 1) / FiguresPerPart];
        try
        {
            Parallel.For(0, parts.Length, part => parts[part] = Read(article, figures, generalNames, reportingVerbs,
                part * FiguresPerPart, Math.Min(figures.Count, (part + 1) * FiguresPerPart)));
        }
        catch (AggregateException failed)
        {
            // A failure reads as it would one figure after another (ED9000 names the exception, not the parallel loop's wrapper).
            ExceptionDispatchInfo.Capture(failed.InnerExceptions[0]).Throw();
            throw;
        }
        return new ArticleFigures(figures, parts.SelectMany(part => part).ToList());
    }

    /// <summary>How many figures one core reads at a time in an article of more: a news article has a few dozen.</summary>
    private const int FiguresPerPart = 4096;

    /// <summary>The counted figures among <paramref name="figures"/> from <paramref name="start"/> to <paramref name="end"/>.</summary>
    private static List<CountedFigure> Read(Article article, IReadOnlyList<Figure> figures, IReadOnlyCollection<string> generalNames,
        PhraseList reportingVerbs, int start, int end)
    {
        var reading = new ArticleReading(article, figures, generalNames, reportingVerbs);
        var counted = new List<CountedFigure>();
        for (var i = start; i < end; i++)
        {
            var figure = figures[i];
            if (QuantityKeyReader.Read(reading, figure) is not { } keyed) continue;
            keyed.IsInOpening = IsInOpening(article, figure.SentenceIndex);
            keyed.IsInHeadline = article.Paragraphs[article.Sentences[figure.SentenceIndex].ParagraphIndex].IsHeading;
            counted.Add(keyed);
        }
        return counted;
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
/// updates apart), the names too general to anchor a figure, and the reporting verbs that introduce a source.</summary>
internal sealed record ArticleReading(Article Article, IReadOnlyList<Figure> Figures, IReadOnlyCollection<string> GeneralNames, PhraseList ReportingVerbs)
{
    /// <summary>The clauses read so far, by their first and end token: each is read once, however many figures it holds.</summary>
    public Dictionary<(int Start, int End), QuantityKeyReader.Clause> Clauses { get; } = new();

    /// <summary>The sentence whose clauses <see cref="Clauses"/> holds.</summary>
    public int ClausesOfSentence { get; set; } = -1;
}
