using System.Collections.Generic;
using System.Linq;
using Editorial.Articles;
using Editorial.Diagnostics;
using Editorial.Figures;
using Editorial.Profiles;
using Editorial.Text;

namespace Editorial.Rules;

/// <summary>What an <see cref="ArticleRule"/> sees: one analysed article, and a way to report on it.</summary>
public sealed class ArticleContext
{
    private readonly DiagnosticSink _sink;

    internal ArticleContext(AnalyzedArticle analyzed, DiagnosticSink sink)
    {
        Analyzed = analyzed;
        _sink = sink;
    }

    public AnalyzedArticle Analyzed { get; }
    public Article Article => Analyzed.Article;
    public OutletProfile Profile => Analyzed.Profile;

    /// <summary>Reports a finding at <paramref name="span"/>. Findings inside a direct quotation take the configured quotation severity
    /// when <paramref name="quotationSensitive"/> is set: the words are the speaker's, not the outlet's. <paramref name="properties"/>
    /// go to <see cref="Diagnostic.Properties"/>.</summary>
    public void Report(DiagnosticDescriptor descriptor, TextSpan span, object?[] arguments, IReadOnlyList<Location>? related = null,
        Fix? fix = null, bool quotationSensitive = false, IReadOnlyDictionary<string, string>? properties = null) =>
        _sink.Report(Analyzed, descriptor, span, arguments, related, fix, quotationSensitive, properties);
}

/// <summary>What a <see cref="CorpusRule"/> sees: every analysed article of the run, and a way to report on any of them.</summary>
public sealed class CorpusContext
{
    private readonly DiagnosticSink _sink;

    internal CorpusContext(IReadOnlyList<AnalyzedArticle> articles, DiagnosticSink sink, string articlesRoot, IReadOnlyList<ComparedPart>? parts = null)
    {
        Articles = articles;
        _sink = sink;
        ArticlesRoot = articlesRoot;
        Parts = parts ?? [];
    }

    /// <summary>The articles to compare: the whole run's, or those of the parts of it that changed (<see cref="CorpusRule.PartOf"/>).
    /// None for a rule that keeps tables of its parts (<see cref="CorpusRule.NewTable"/>): it reads <see cref="Parts"/>.</summary>
    public IReadOnlyList<AnalyzedArticle> Articles { get; }

    /// <summary>For a rule that keeps tables of its parts (<see cref="CorpusRule.NewTable"/>): the parts to compare, the whole
    /// run's or those that changed, each with its table.</summary>
    internal IReadOnlyList<ComparedPart> Parts { get; }

    /// <summary>The folder all of the run's articles are under (<see cref="ArticlePaths.CommonRoot"/>), worked out once per run,
    /// whichever of its articles are compared: messages name other articles relative to it.</summary>
    public string ArticlesRoot { get; }

    /// <summary>Reports a finding on <paramref name="article"/>; <paramref name="story"/> names the story of a finding that
    /// compares articles, for reports (JSON, SARIF) to carry as the property <see cref="Diagnostic.StoryProperty"/>.</summary>
    public void Report(AnalyzedArticle article, DiagnosticDescriptor descriptor, TextSpan span, object?[] arguments,
        IReadOnlyList<Location>? related = null, Fix? fix = null, bool quotationSensitive = false, string? story = null) =>
        _sink.Report(article, descriptor, span, arguments, related, fix, quotationSensitive,
            story is null ? null : new Dictionary<string, string> { [Diagnostic.StoryProperty] = story });
}
