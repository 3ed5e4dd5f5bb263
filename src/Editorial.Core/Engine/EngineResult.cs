using System.Collections.Generic;
using Editorial.Diagnostics;

namespace Editorial.Engine;

/// <summary>The outcome of <see cref="EditorialEngine.Run"/>: every finding, sorted, and each article's own findings (in the
/// order of the inputs): what it was told of configuration, its article rules' findings and its summaries' failures. Those
/// depend on the article, its configuration, the profiles and the engine alone, so a host may store them
/// (<see cref="ArticleFindingsFormat"/>) and hand them back as <see cref="ArticleInput.KnownFindings"/>. Likewise each article's
/// corpus summary (<see cref="CorpusSummaryFormat"/>, null for an article that was not read or whose summary cannot be stored),
/// handed back as <see cref="ArticleInput.KnownSummary"/>.</summary>
public sealed record EngineResult(IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<IReadOnlyList<Diagnostic>> ArticleFindings,
    IReadOnlyList<byte[]?> ArticleSummaries);
