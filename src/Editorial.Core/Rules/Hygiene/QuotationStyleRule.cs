using System;
using System.Collections.Generic;
using System.Linq;
using Editorial.Articles;
using Editorial.Diagnostics;
using Editorial.Profiles;
using Editorial.Text;

namespace Editorial.Rules.Hygiene;

/// <summary>
/// ED4004: quotation style mixed in one article. Straight and curly marks (" and “ ”, ' and ’ as apostrophes) in the same
/// article; and the full stop or comma after a quoted fragment put inside the closing mark in some places and outside
/// in others. American style puts it inside (“significant progress.”); British logical style outside (“significant
/// progress”.). Only fragments count (quotations that open in mid-sentence on a lowercase word and hold no sentence
/// break): after a quoted full sentence both styles put the mark inside. The outlet's profile may state its style with
/// the setting <c>quote-punctuation: american</c> or <c>logical</c>; otherwise the article's own majority decides.
/// Each of the three is one style decision, reported once per article at its first departure (<see cref="StyleMinority"/>).
/// Headlines and subheadings are set apart from the copy, often by another desk or a template: they are not counted;
/// nor are the marks of a document the article reproduces (an embedded post, a statement), which keeps its writer's.
/// The rule reads one article at a time; ED4008 compares the articles of one outlet, never those of different outlets.
/// </summary>
public sealed class QuotationStyleRule : ArticleRule
{
    public static readonly ProfileSetting QuotePunctuationSetting = new("quote-punctuation", ["american", "logical"], null,
        "where a comma or full stop stands beside a closing quotation mark: inside (american) or outside a quoted fragment (logical) (ED4004, ED4008)");

    // A suggestion, not a warning: its precision on published news (docs/rules/ED4004.md, from the evaluation) is short
    // of the 0.9 a build-breaking warning needs.
    public static readonly DiagnosticDescriptor Descriptor = new(
        RuleIds.QuotationStyle, "Quotation style mixed in one article", "{0}", RuleCategory.Hygiene, Severity.Suggestion,
        "Straight and curly quotation marks, or American (inside) and logical (outside) placement of a full stop or comma after a quoted "
        + "fragment, are mixed in one article: usually copy pasted from another outlet's story.", offersFix: true, fix: "uses the article's (or the outlet's) style; none on a tie");

    public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [Descriptor];

    public override void Analyze(ArticleContext context)
    {
        CheckQuotationMarks(context);
        CheckApostrophes(context);
        CheckPunctuationPlacement(context);
    }

    private static void CheckQuotationMarks(ArticleContext context)
    {
        var article = context.Article;
        var quotations = article.Quotations
            .Where(q => q.OpeningMark is '"' or '“' && !article.Paragraphs[q.ParagraphIndex].IsHeading && !article.IsInReproducedText(q.Span))
            .ToList();
        var straight = quotations.Count(q => q.OpeningMark == '"');
        var curly = quotations.Count - straight;
        if (straight == 0 || curly == 0) return;
        var majority = straight > curly ? '"' : curly > straight ? '“' : quotations[0].OpeningMark;
        var certain = straight != curly;
        var (open, close) = majority == '“' ? ("“", "”") : ("\"", "\"");
        var departures = quotations.Where(q => q.OpeningMark != majority)
            .Select(q => new StyleDeparture(q.Span, new TextSpan(q.Span.Start, 1),
                certain && q.IsClosed ? open + article.GetText(q.ContentSpan) + close : null))
            .ToList();
        StyleMinority.Report(context, Descriptor, departures, count => [majority == '“'
                ? $"Straight quotation marks{StyleMinority.Places(count)} in an article that uses curly ones (“ ”) {StyleMinority.Times(curly)}"
                : $"Curly quotation marks{StyleMinority.Places(count)} in an article that uses straight ones (\") {StyleMinority.Times(straight)}"],
            "Use the article's quotation marks");
    }

    /// <summary>Apostrophes between letters ("can't", "Kyiv’s"): straight and curly ones in one article.</summary>
    private static void CheckApostrophes(ArticleContext context)
    {
        var article = context.Article;
        var prose = article.ProseText;
        var tokens = article.Tokens;
        var apostrophes = new List<int>();
        foreach (var paragraph in article.Paragraphs.Where(p => !p.IsHeading))
        {
            for (var i = Math.Max(1, paragraph.Span.Start); i + 1 < paragraph.Span.End; i++)
            {
                if (prose[i] is not ('\'' or '’') || !char.IsLetter(prose[i - 1]) || !char.IsLetter(prose[i + 1]) || article.IsInReproducedText(new TextSpan(i, 1))) continue;
                // An apostrophe inside a template tag's attribute or a web address is the markup's, not the article's.
                var holder = tokens.FirstStartingAt(i + 1) - 1;
                if (holder >= 0 && tokens[holder].IsNonProse && tokens[holder].Span.Contains(i)) continue;
                apostrophes.Add(i);
            }
        }
        var straight = apostrophes.Count(i => prose[i] == '\'');
        var curly = apostrophes.Count - straight;
        if (straight == 0 || curly == 0) return;
        var majority = straight > curly ? '\'' : curly > straight ? '’' : prose[apostrophes[0]];
        var certain = straight != curly;
        var departures = apostrophes.Where(i => prose[i] != majority)
            .Select(i => new StyleDeparture(new TextSpan(i, 1), new TextSpan(i, 1), certain ? majority.ToString() : null))
            .ToList();
        StyleMinority.Report(context, Descriptor, departures, count => [majority == '’'
                ? $"Straight apostrophe{StyleMinority.Places(count)} in an article that uses curly ones (’) {StyleMinority.Times(curly)}"
                : $"Curly apostrophe{StyleMinority.Places(count)} in an article that uses straight ones (') {StyleMinority.Times(straight)}"],
            "Use the article's apostrophe");
    }

    private static void CheckPunctuationPlacement(ArticleContext context)
    {
        var article = context.Article;
        var marks = QuotedFragmentPunctuation.Of(context.Analyzed).Marks;
        if (marks.Count == 0) return;
        var setting = QuotedFragmentPunctuation.StatedStyle(context.Profile);
        QuotePlacement expected;
        string reason;
        var certain = true;
        if (setting is { } stated)
        {
            expected = stated;
            reason = $"{Spelling.SpellingText.StyleName(context.Profile)} puts it {Word(expected)}";
        }
        else
        {
            var inside = marks.Count(m => m.Placement == QuotePlacement.Inside);
            var outside = marks.Count - inside;
            if (inside == 0 || outside == 0) return;
            expected = inside > outside ? QuotePlacement.Inside : outside > inside ? QuotePlacement.Outside : marks[0].Placement;
            // British copy puts the stop after a fragment outside its marks (logical punctuation), however many of its
            // fragments its sources punctuated the American way: that placement is no departure there.
            if (expected == QuotePlacement.Inside && Spelling.MixedRegionalSpellingRule.IsWhollyBritishCopy(context)) return;
            certain = inside != outside;
            var count = expected == QuotePlacement.Inside ? inside : outside;
            reason = $"elsewhere this article puts it {Word(expected)} ({StyleMinority.Times(count)})";
        }
        var departures = new List<StyleDeparture>();
        foreach (var mark in marks.Where(m => m.Placement != expected))
        {
            var markText = article.GetText(mark.Mark);
            var quote = article.GetText(mark.ClosingQuote);
            var both = TextSpan.FromBounds(Math.Min(mark.Mark.Start, mark.ClosingQuote.Start), Math.Max(mark.Mark.End, mark.ClosingQuote.End));
            departures.Add(new StyleDeparture(both, mark.Mark, certain ? (expected == QuotePlacement.Inside ? markText + quote : quote + markText) : null));
        }
        if (departures.Count == 0) return;
        var placement = expected == QuotePlacement.Inside ? QuotePlacement.Outside : QuotePlacement.Inside;
        var names = departures.Select(d => article.GetText(d.Reported) == "," ? "Comma" : "Full stop").Distinct().ToList();
        var name = names.Count == 1 ? names[0] : "Full stop or comma";
        StyleMinority.Report(context, Descriptor, departures,
            count => [$"{name} {Word(placement)} the closing quotation mark{StyleMinority.Places(count)}; {reason}"],
            $"Put full stops and commas {Word(expected)} the quotation marks");
    }

    private static string Word(QuotePlacement placement) => QuotedFragmentPunctuation.Describe(placement);
}
