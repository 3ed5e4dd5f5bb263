using System;
using System.Collections.Generic;
using Editorial.Configuration;
using Editorial.Diagnostics;

namespace Editorial.Engine;

/// <summary>An article handed to the engine by a host: its path, its decoded text and the settings that apply to it.</summary>
public sealed record ArticleInput
{
    public ArticleInput(string path, string text, ArticleSettings settings)
        : this(path, () => text, settings)
    {
    }

    /// <summary>An article whose text <paramref name="readText"/> gives when the engine first asks for it: one with
    /// <see cref="KnownFindings"/>, <see cref="KnownSummary"/> and <see cref="KnownParts"/> is read only if a cross-article rule
    /// reports on it, so a host need not read ten thousand unchanged files.</summary>
    public ArticleInput(string path, Func<string> readText, ArticleSettings settings)
    {
        Path = path;
        _text = new Lazy<string>(readText);
        Settings = settings;
    }

    /// <summary>Shared by the copies <c>with</c> makes: the text is read once.</summary>
    private Lazy<string> _text;

    public string Path { get; init; }

    public string Text
    {
        get => _text.Value;
        init => _text = new Lazy<string>(() => value);
    }

    public ArticleSettings Settings { get; init; }

    /// <summary>The article's own findings from an earlier check of the same path, text, configuration, profiles and engine
    /// (a host's results cache, see <see cref="EngineResult.ArticleFindings"/>): the article rules are not run again. The
    /// article is still read for the cross-article rules, whose findings depend on every article. The engine hands the list on
    /// (<see cref="EngineResult.ArticleFindings"/>) without reading it: a host may keep it unread until a report asks for it.</summary>
    public IReadOnlyList<Diagnostic>? KnownFindings { get; init; }

    /// <summary>With <see cref="KnownFindings"/>: what the corpus rules kept of the article in that check
    /// (<see cref="EngineResult.ArticleSummaries"/>), so that it is not summarised again. Asked for only when the article is
    /// compared again: with <see cref="KnownParts"/>, only the articles of the parts that changed are; a host keeps the
    /// summaries of thousands of articles and reads those alone, and of each only the ranges the rules read.</summary>
    public Func<StoredSummary>? KnownSummary { get; init; }

    /// <summary>With <see cref="KnownSummary"/>: the article's part for each of the engine's corpus rules, in their order
    /// (<see cref="EngineResult.ArticleParts"/>), so that the article is restored only when its part is compared again.</summary>
    public IReadOnlyList<string>? KnownParts { get; init; }

    /// <summary>What identifies the article's inputs (path, text, configuration) to a host's results cache, when it has one:
    /// the parts of a run (<see cref="Rules.CorpusRule.PartOf"/>) are told apart from an earlier run's by their articles' keys
    /// (<see cref="EngineResult.PartFindings"/>).</summary>
    public string? Key { get; init; }
}
