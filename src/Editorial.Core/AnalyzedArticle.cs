using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Editorial.Articles;
using Editorial.Configuration;
using Editorial.Profiles;

namespace Editorial;

/// <summary>
/// An article with the profile and settings that apply to it, and a cache of analyses that several rules share
/// (figures, attributions): each is computed once per article, whichever rule asks first.
/// It sits in the root namespace, below the rules and the analyses they share: the analyses (Figures, Attribution) take
/// it without depending on the rules, and every Editorial namespace sees it without a using.
/// </summary>
public sealed class AnalyzedArticle
{
    /// <summary>Each analysis made at most once: rules of a long article run on several threads (<see cref="Engine.EditorialEngine.AnalyzeArticle"/>),
    /// and two of them asking at once must not both make it.</summary>
    private readonly ConcurrentDictionary<Type, Lazy<object>> _shared = new();
    /// <summary>The analyses corpus rules read in the cross-article pass (<see cref="Rules.CorpusRule.Summarize"/>).</summary>
    private readonly ConcurrentDictionary<Type, bool> _kept = new();

    public AnalyzedArticle(Article article, OutletProfile profile, ArticleSettings settings, string? story)
    {
        Article = article;
        Profile = profile;
        Settings = settings;
        Story = story;
        IsEnglish = ArticleLanguage.IsEnglish(article, settings);
    }

    public Article Article { get; }
    public OutletProfile Profile { get; }
    public ArticleSettings Settings { get; }
    /// <summary>Whether the rules read this article (<see cref="ArticleLanguage.IsEnglish"/>): in another language it gets no
    /// finding but its configuration problems (<see cref="Rules.DiagnosticSink.EffectiveSeverity"/>).</summary>
    public bool IsEnglish { get; }

    /// <summary>The story named by front matter <c>story:</c> or <c>editorial.story</c>; null when neither names one.</summary>
    public string? Story { get; }

    /// <summary>The strings the run's articles share (<see cref="Share"/>); null for an article checked outside a run of the engine.</summary>
    internal Text.SharedStrings? Strings { get; set; }

    /// <summary><paramref name="value"/>, or the equal string another article of the run already keeps: for the strings of an
    /// analysis kept for the cross-article pass (<see cref="Keep{T}"/>), where thousands of articles of one story name the same
    /// people and places.</summary>
    internal string Share(string value) => Strings is { } strings ? strings.Get(value) : value;

    /// <summary>The analysis of type <typeparamref name="T"/> for this article, made once by <paramref name="create"/>.</summary>
    public T GetShared<T>(Func<AnalyzedArticle, T> create) where T : class =>
        (T)_shared.GetOrAdd(typeof(T), _ => new Lazy<object>(() => create(this))).Value;

    /// <summary>Marks <paramref name="analysis"/>, made by <see cref="GetShared{T}"/>, as read by a corpus rule: it outlives
    /// <see cref="ReleaseForCorpus"/>.</summary>
    public T Keep<T>(T analysis) where T : class
    {
        if (!_shared.TryGetValue(typeof(T), out var shared) || !shared.IsValueCreated || !ReferenceEquals(shared.Value, analysis))
        {
            throw new ArgumentException($"Only an analysis shared through {nameof(GetShared)} can be kept.", nameof(analysis));
        }
        _kept[typeof(T)] = true;
        return analysis;
    }

    /// <summary>The types of the corpus rules whose <see cref="Rules.CorpusRule.Summarize"/> failed on this article (ED9000 at it);
    /// null for none. Held by type: the article sits below the rules (see the class).</summary>
    private HashSet<Type>? _unsummarized;

    /// <summary>Records that <paramref name="rule"/> failed to summarise this article: what it kept may be partial, so the article
    /// takes no part in that rule's cross-article pass (whose failure would be a second ED9000, at another article), and its
    /// summary is not stored (<see cref="IsFullySummarized"/>).</summary>
    internal void MarkUnsummarized(Type rule) => (_unsummarized ??= []).Add(rule);

    /// <summary>False when <paramref name="rule"/> failed to summarise this article (<see cref="MarkUnsummarized"/>).</summary>
    internal bool IsSummarizedFor(Type rule) => _unsummarized is null || !_unsummarized.Contains(rule);

    /// <summary>True when every corpus rule summarised this article.</summary>
    internal bool IsFullySummarized => _unsummarized is null;

    /// <summary>The types of the analyses kept for the corpus rules, for a summary (<see cref="Engine.CorpusSummaryFormat"/>).</summary>
    internal IReadOnlyCollection<Type> KeptTypes => _kept.Keys.ToList();

    /// <summary>The kept analysis of type <typeparamref name="T"/>.</summary>
    internal T GetKept<T>() where T : class => (T)_shared[typeof(T)].Value;

    /// <summary>Puts an analysis stored in a summary in place, kept as <see cref="Keep{T}"/> keeps one: the rules that ask for it
    /// (<see cref="GetShared{T}"/>) get it and never make it again. It is read by <paramref name="read"/> when first asked for:
    /// the cross-article pass reads some analyses of only some articles (ED1005 no figures, the figure rules of a story no
    /// other story's), and reading the rest would be most of a warm run's time.</summary>
    internal void RestoreKept<T>(Func<T> read) where T : class
    {
        _shared[typeof(T)] = new Lazy<object>(read);
        _kept[typeof(T)] = true;
    }

    /// <summary>Drops what only the article rules read: every shared analysis not kept, and the article's tokens and sentences
    /// (<see cref="Article.ReleaseProse"/>). What diagnostics need (path, lines, quotations, paragraphs, suppressions) stays.</summary>
    public void ReleaseForCorpus()
    {
        foreach (var type in _shared.Keys.Where(type => !_kept.ContainsKey(type)).ToList()) _shared.TryRemove(type, out _);
        Article.ReleaseProse();
    }
}
