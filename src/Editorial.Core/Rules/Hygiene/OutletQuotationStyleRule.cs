using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Editorial.Diagnostics;
using Editorial.Profiles;
using Editorial.Text;

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

    /// <summary>Each outlet's articles' styles: the articles ED4008 reads are those it reports and the one it names.</summary>
    internal override Func<PartTable> NewTable => () => new StyleTable();

    /// <summary>Articles of an outlet whose profile does not state the style: the outlet's own articles decide it.</summary>
    private static bool IsCompared(AnalyzedArticle article) =>
        article.Profile.Name != BuiltInProfiles.DefaultName && QuotedFragmentPunctuation.StatedStyle(article.Profile) is null;

    public override void Analyze(CorpusContext context)
    {
        foreach (var outlet in context.Parts)
        {
            var styles = ((StyleTable)outlet.Table).Styles;
            var styled = outlet.Members.Where(styles.ContainsKey).OrderBy(outlet.PathOf, StringComparer.Ordinal).ToList();
            var inside = styled.Count(member => styles[member] == QuotePlacement.Inside);
            var outside = styled.Count - inside;
            if (inside == 0 || outside == 0) continue;
            // On a tie the outlet's first article (by path) sets the style.
            var majority = inside > outside ? QuotePlacement.Inside : outside > inside ? QuotePlacement.Outside : styles[styled[0]];
            var majorityCount = majority == QuotePlacement.Inside ? inside : outside;
            var example = styled.First(member => styles[member] == majority);
            var minority = styled.Where(member => styles[member] != majority).ToList();
            var read = outlet.Read(minority.Append(example)).ToDictionary(r => r.Member, r => r.Article, StringComparer.Ordinal);
            var exampleArticle = read[example];
            var exampleMark = QuotedFragmentPunctuation.Of(exampleArticle).Marks.First(m => m.Placement == majority);
            var related = exampleArticle.Article.GetLocation(exampleMark.Mark);
            foreach (var article in minority.Select(member => read[member]))
            {
                var mark = QuotedFragmentPunctuation.Of(article).Marks.First(m => m.Placement != majority);
                context.Report(article, Descriptor, mark.Mark,
                    [QuotedFragmentPunctuation.Describe(mark.Placement), majorityCount, article.Profile.Title, QuotedFragmentPunctuation.Describe(majority)],
                    related: [related]);
            }
        }
    }

    /// <summary>The style of each of an outlet's compared articles that has one (<see cref="QuotedFragmentPunctuation.Style"/>), by member.</summary>
    private sealed class StyleTable : PartTable
    {
        public Dictionary<string, QuotePlacement> Styles { get; } = new(StringComparer.Ordinal);

        protected override void Count(string member, AnalyzedArticle article, int sign)
        {
            if (!IsCompared(article) || QuotedFragmentPunctuation.Of(article).Style is not { } style) return;
            if (sign > 0) Styles[member] = style;
            else if (!Styles.Remove(member)) throw new FormatException("A member taken out of a table it was not counted in");
        }

        protected override void WriteCounts(BinaryWriter writer, Action<string> writeMember)
        {
            writer.WriteCompact(Styles.Count);
            foreach (var style in Styles)
            {
                writeMember(style.Key);
                writer.Write((byte)style.Value);
            }
        }

        protected override void ReadCounts(BinaryReader reader, Func<string> readMember)
        {
            for (var count = reader.ReadCompact(); count > 0; count--) Styles[readMember()] = (QuotePlacement)reader.ReadByte();
        }
    }
}
