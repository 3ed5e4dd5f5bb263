using System;
using System.Collections.Generic;

namespace Editorial.Articles;

/// <summary>
/// Whether an article is opinion: an editorial, a column, a commentary. Its front matter says so (<c>section</c>,
/// <c>category</c>, <c>type</c>, <c>genre</c> or <c>desk</c>: "Opinion", "editorial"), or a kicker does: a paragraph that is
/// only the genre's name ("EDITORIAL", "Opinion"), among the article's first, as a paper prints it over the headline.
/// An editorial argues from what the paper has reported: its "reportedly" hedges an allegation the news pages carried, and
/// names no source the reader is owed.
/// </summary>
public static class ArticleGenre
{
    private static readonly string[] GenreKeys = ["section", "category", "type", "genre", "desk", "kind"];

    private static readonly HashSet<string> OpinionNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "opinion", "opinions", "editorial", "editorials", "op-ed", "commentary", "column", "columns", "viewpoint", "our view",
    };

    /// <summary>How many of an article's first paragraphs a kicker may stand among: over the headline, or under it and its byline.</summary>
    private const int KickerReach = 3;

    /// <summary>The longest a kicker's paragraph may be, its mark-up included ("**COMMENTARY**"): a longer one is read no
    /// further, so no paragraph of copy is copied out to be compared.</summary>
    private const int LongestKicker = 40;

    public static bool IsOpinion(Article article)
    {
        foreach (var key in GenreKeys)
        {
            if (article.Metadata.TryGetValue(key, out var value) && OpinionNames.Contains(value.Trim())) return true;
        }
        var paragraphs = article.Paragraphs;
        for (var i = 0; i < paragraphs.Count && i < KickerReach; i++)
        {
            if (paragraphs[i].Span.Length <= LongestKicker && OpinionNames.Contains(article.GetText(paragraphs[i].Span).Trim().Trim('*', '_', ':', '|').Trim())) return true;
        }
        return false;
    }
}
