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
    public abstract void Analyze(CorpusContext context);
}
