using System;
using System.Collections.Concurrent;
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
    private readonly ConcurrentDictionary<Type, object> _shared = new();

    public AnalyzedArticle(Article article, OutletProfile profile, ArticleSettings settings, string? story)
    {
        Article = article;
        Profile = profile;
        Settings = settings;
        Story = story;
    }

    public Article Article { get; }
    public OutletProfile Profile { get; }
    public ArticleSettings Settings { get; }
    /// <summary>The story named by front matter <c>story:</c> or <c>editorial.story</c>; null when neither names one.</summary>
    public string? Story { get; }

    /// <summary>The analysis of type <typeparamref name="T"/> for this article, made once by <paramref name="create"/>.</summary>
    public T GetShared<T>(Func<AnalyzedArticle, T> create) where T : class =>
        (T)_shared.GetOrAdd(typeof(T), _ => create(this));
}
