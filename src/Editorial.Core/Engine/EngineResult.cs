using System;
using System.Collections.Generic;
using System.Linq;
using Editorial.Diagnostics;

namespace Editorial.Engine;

/// <summary>The outcome of <see cref="EditorialEngine.Run"/>: the profiles' own problems, each article's own findings (in the
/// order of the inputs): what it was told of configuration, its article rules' findings and its summaries' failures, and the
/// cross-article findings; <see cref="Diagnostics"/> is all of them, sorted. An article's own findings depend on the article, its
/// configuration, the profiles and the engine alone, so a host may store them (<see cref="ArticleFindingsFormat"/>) and hand them
/// back as <see cref="ArticleInput.KnownFindings"/>. Likewise each article's
/// corpus summary (<see cref="CorpusSummaryFormat"/>, null for an article that was not read or whose summary cannot be stored),
/// handed back as <see cref="ArticleInput.KnownSummary"/>; null too for an article whose known summary was handed in, which its
/// host keeps already. With it, the article's part for each corpus rule (<see cref="ArticleParts"/>, null for an article that was not
/// read), handed back as <see cref="ArticleInput.KnownParts"/>. And each corpus rule's findings on each part of the run
/// (<see cref="Rules.CorpusRule.PartOf"/>) whose articles all have a <see cref="ArticleInput.Key"/>, by a fingerprint of the rule,
/// the run's folder and those keys: a run that finds the same fingerprint among its known part findings reports those
/// findings and does not compare that part's articles again.</summary>
public sealed record EngineResult(IReadOnlyList<Diagnostic> ProfileFindings, IReadOnlyList<IReadOnlyList<Diagnostic>> ArticleFindings,
    IReadOnlyList<Diagnostic> CorpusFindings, IReadOnlyList<ArraySegment<byte>?> ArticleSummaries, IReadOnlyList<IReadOnlyList<string>?> ArticleParts,
    IReadOnlyDictionary<string, IReadOnlyList<Diagnostic>> PartFindings)
{
    /// <summary>For the corpus rules that compare each part from a table of it (an outlet's variant keys, its articles' quotation
    /// styles): the table of each part whose articles all have a key, by an id of the rule and the part, as bytes for a host to keep
    /// and hand back (<see cref="EditorialEngine.Run"/>); null for a part whose findings were known, whose table the host keeps
    /// already.</summary>
    public IReadOnlyDictionary<string, ArraySegment<byte>?> PartTables { get; init; } = new Dictionary<string, ArraySegment<byte>?>();

    /// <summary>Every finding, sorted (<see cref="EditorialEngine.Sort"/>): made when first asked for. A host that keeps the articles'
    /// findings as they were reported need not read back those of the unchanged articles (a results cache hands them in unread).</summary>
    public IReadOnlyList<Diagnostic> Diagnostics => _diagnostics ??= EditorialEngine.Sort(ProfileFindings.Concat(ArticleFindings.SelectMany(findings => findings)).Concat(CorpusFindings));

    private IReadOnlyList<Diagnostic>? _diagnostics;
}
