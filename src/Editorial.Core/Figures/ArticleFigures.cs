using System.Collections.Generic;
using System.Linq;
using Editorial.Articles;
using Editorial.Rules;

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

    public static ArticleFigures Of(AnalyzedArticle article) => article.GetShared(a => Analyze(a.Article));

    public static ArticleFigures Analyze(Article article)
    {
        var figures = FigureExtractor.Extract(article);
        var counted = new List<CountedFigure>();
        var generalNames = QuantityKeyReader.GeneralNames(article);
        foreach (var figure in figures)
        {
            if (QuantityKeyReader.Read(article, figure, generalNames) is { } keyed) counted.Add(keyed);
        }
        return new ArticleFigures(figures, counted);
    }
}
