using System;
using System.Collections.Generic;
using Editorial.Diagnostics;

namespace Editorial.Rules;

/// <summary>A check. Each rule is one file holding its descriptors, and has a page in docs/rules/&lt;ID&gt;.md.</summary>
public abstract class Rule
{
    public abstract IReadOnlyList<DiagnosticDescriptor> Descriptors { get; }
}

/// <summary>A rule that reads one article at a time; hosts run it live, as the article changes.</summary>
public abstract class ArticleRule : Rule
{
    public abstract void Analyze(ArticleContext context);
}

/// <summary>A rule that compares the articles of a set with each other; hosts run it when the whole set is known (a build).</summary>
public abstract class CorpusRule : Rule
{
    /// <summary>
    /// The per-article part of the rule, run on each article right after the article rules, in parallel with other articles:
    /// computes the analyses <see cref="Analyze"/> will read of this article and keeps them with
    /// <see cref="AnalyzedArticle.Keep{T}"/>. A host that checks a whole run then releases the article's tokens and every
    /// analysis not kept (<see cref="AnalyzedArticle.ReleaseForCorpus"/>), so that thousands of articles of one story are held
    /// as compact summaries, not as whole articles.
    /// </summary>
    public virtual void Summarize(AnalyzedArticle article)
    {
    }

    public abstract void Analyze(CorpusContext context);

    /// <summary>
    /// The part of a run that this rule compares <paramref name="article"/> within (its outlet, its story): what
    /// <see cref="Analyze"/> reports on the articles of one part depends on those articles alone, and on the folder of the whole
    /// run (<see cref="CorpusContext.ArticlesRoot"/>), and is what it reports on them in a run of that part alone. So the engine
    /// may analyse only the parts that changed since a run whose findings a host kept (<see cref="Engine.EngineResult.PartFindings"/>).
    /// It is read of a restored article before any kept analysis: outlet and story only. By default the run is one part.
    /// </summary>
    public virtual string PartOf(AnalyzedArticle article) => "";

    /// <summary>
    /// For a rule that compares each part of a run from a table of it (<see cref="PartTable"/>): what makes an empty table. Its
    /// <see cref="Analyze"/> then reads <see cref="CorpusContext.Parts"/>, each part's table with its articles restored only as
    /// the rule asks for them, and not <see cref="CorpusContext.Articles"/>. Null (the default): the rule reads the articles.
    /// </summary>
    internal virtual Func<PartTable>? NewTable => null;
}
