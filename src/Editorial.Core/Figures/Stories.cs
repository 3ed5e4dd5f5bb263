using System;
using System.Collections.Generic;
using System.Linq;
using Editorial.Articles;
using Editorial.Rules;

namespace Editorial.Figures;

/// <summary>
/// Which articles report the same story, so that their figures must agree. Two articles with an explicit story
/// (front matter <c>story:</c>, or <c>editorial.story</c> from <c>.editorconfig</c>) are in the same story when the ids
/// are equal. Otherwise, articles are of one story when they share many named entities and their dates, when known,
/// are at most a day apart. The folder alone is not a story: a newsroom keeps one folder per outlet or desk; putting
/// <c>editorial.story</c> in a folder's <c>.editorconfig</c> makes every article below it one story.
/// </summary>
public static class Stories
{
    /// <summary>How many distinct names two articles must share to be grouped without an explicit story.</summary>
    public const int MinimumSharedNames = 10;
    /// <summary>The share of the smaller article's names that the other must also name.</summary>
    public const double MinimumOverlap = 0.4;

    public static bool SameStory(AnalyzedArticle first, AnalyzedArticle second)
    {
        if (first.Story is { } a && second.Story is { } b) return string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);
        if (first.Article.Date is { } firstDate && second.Article.Date is { } secondDate && Math.Abs((firstDate - secondDate).TotalDays) > 1) return false;
        var namesA = Names(first);
        var namesB = Names(second);
        var shared = SharedCount(namesA, namesB);
        var smaller = Math.Min(namesA.Count, namesB.Count);
        return shared >= MinimumSharedNames && smaller > 0 && shared >= MinimumOverlap * smaller;
    }

    /// <summary>How many names the two sets share, counted over the smaller one: pairs of articles are many in a large run.</summary>
    private static int SharedCount(IReadOnlyCollection<string> a, IReadOnlyCollection<string> b)
    {
        var (smaller, larger) = a.Count <= b.Count ? (a, b) : (b, a);
        var shared = 0;
        foreach (var name in smaller)
        {
            if (larger.Contains(name)) shared++;
        }
        return shared;
    }

    /// <summary>The distinct capitalised names of an article's prose, stemmed; computed once per article.</summary>
    public static IReadOnlyCollection<string> Names(AnalyzedArticle article) => article.GetShared(a => new ArticleNames(Read(a.Article))).Names;

    private static HashSet<string> Read(Article article)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var token in article.Tokens)
        {
            if (token.Kind != TokenKind.Word || !token.StartsUpper || token.IsSentenceStart || token.IsInHeading || token.Text.Length < 3) continue;
            names.Add(QuantityKeyReader.Stem(token.Text));
        }
        return names;
    }

    private sealed class ArticleNames
    {
        public ArticleNames(HashSet<string> names) => Names = names;
        public HashSet<string> Names { get; }
    }
}
