using System;
using System.Collections.Generic;
using System.Linq;
using Editorial.Diagnostics;
using Editorial.Profiles;

namespace Editorial.Rules.Hygiene;

/// <summary>
/// ED4008: one outlet's articles put the full stop or comma after quoted fragments inside the closing quotation mark in
/// some articles and outside in others, each article being consistent with itself (ED4004 reports an article that mixes).
/// Articles are grouped by their outlet profile, so two outlets with different house styles are never compared: American
/// style at one agency and logical style at another is no inconsistency. Articles under the neutral default profile are
/// left out: their outlet is unknown, and they may come from anywhere. An outlet whose profile states its style
/// (<c>quote-punctuation</c>) is left out too: ED4004 then checks each of its articles against the stated style.
/// </summary>
public sealed class OutletQuotationStyleRule : CorpusRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        RuleIds.OutletQuotationStyle, "Quotation punctuation differs between an outlet's articles",
        "This article puts full stops and commas {0} closing quotation marks, while {1} other {2} article(s) put them {3}",
        RuleCategory.Hygiene, Severity.Suggestion,
        "Articles of the same outlet place the full stop or comma after quoted fragments differently: American style (inside) in "
        + "some, logical style (outside) in others. The outlet's style is usually one; the odd articles were edited elsewhere.");

    public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [Descriptor];

    public override void Summarize(AnalyzedArticle article)
    {
        if (IsCompared(article)) article.Keep(QuotedFragmentPunctuation.Of(article));
    }

    /// <summary>Only articles of one outlet are compared.</summary>
    public override string PartOf(AnalyzedArticle article) => article.Profile.Name;

    /// <summary>Articles of an outlet whose profile does not state the style: the outlet's own articles decide it.</summary>
    private static bool IsCompared(AnalyzedArticle article) =>
        article.Profile.Name != BuiltInProfiles.DefaultName && QuotedFragmentPunctuation.StatedStyle(article.Profile) is null;

    public override void Analyze(CorpusContext context)
    {
        var outlets = context.Articles
            .Where(IsCompared)
            .GroupBy(a => a.Profile.Name, StringComparer.Ordinal);
        foreach (var outlet in outlets)
        {
            var styled = outlet
                .Select(a => (Article: a, Punctuation: QuotedFragmentPunctuation.Of(a)))
                .Where(a => a.Punctuation.Style is not null)
                .OrderBy(a => a.Article.Article.Path, StringComparer.Ordinal)
                .ToList();
            var inside = styled.Count(a => a.Punctuation.Style == QuotePlacement.Inside);
            var outside = styled.Count - inside;
            if (inside == 0 || outside == 0) continue;
            // On a tie the outlet's first article (by path) sets the style.
            var majority = inside > outside ? QuotePlacement.Inside : outside > inside ? QuotePlacement.Outside : styled[0].Punctuation.Style!.Value;
            var majorityCount = majority == QuotePlacement.Inside ? inside : outside;
            var example = styled.First(a => a.Punctuation.Style == majority);
            var exampleMark = example.Punctuation.Marks.First(m => m.Placement == majority);
            var related = example.Article.Article.GetLocation(exampleMark.Mark);
            foreach (var (article, punctuation) in styled.Where(a => a.Punctuation.Style != majority))
            {
                var mark = punctuation.Marks.First(m => m.Placement != majority);
                context.Report(article, Descriptor, mark.Mark,
                    [QuotedFragmentPunctuation.Describe(mark.Placement), majorityCount, article.Profile.Title, QuotedFragmentPunctuation.Describe(majority)],
                    related: [related]);
            }
        }
    }
}
