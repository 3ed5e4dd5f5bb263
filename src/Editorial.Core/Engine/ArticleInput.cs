using System;
using System.Collections.Generic;
using Editorial.Configuration;
using Editorial.Diagnostics;

namespace Editorial.Engine;

/// <summary>An article handed to the engine by a host: its path, its decoded text and the settings that apply to it.</summary>
public sealed record ArticleInput(string Path, string Text, ArticleSettings Settings)
{
    /// <summary>The article's own findings from an earlier check of the same path, text, configuration, profiles and engine
    /// (a host's results cache, see <see cref="EngineResult.ArticleFindings"/>): the article rules are not run again. The
    /// article is still read for the cross-article rules, whose findings depend on every article.</summary>
    public IReadOnlyList<Diagnostic>? KnownFindings { get; init; }

    /// <summary>With <see cref="KnownFindings"/>: what the corpus rules kept of the article in that check
    /// (<see cref="EngineResult.ArticleSummaries"/>), so that it is not summarised again. A segment: a host keeps the stored
    /// summaries of thousands of articles in the one array it read them into, not in an array each.</summary>
    public ArraySegment<byte>? KnownSummary { get; init; }

    /// <summary>What identifies the article's inputs (path, text, configuration) to a host's results cache, when it has one:
    /// the parts of a run (<see cref="Rules.CorpusRule.PartOf"/>) are told apart from an earlier run's by their articles' keys
    /// (<see cref="EngineResult.PartFindings"/>).</summary>
    public string? Key { get; init; }
}
