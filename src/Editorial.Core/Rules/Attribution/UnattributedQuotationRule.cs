using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Editorial.Attribution;
using Editorial.Diagnostics;

namespace Editorial.Rules.Attribution;

/// <summary>ED3001: a direct quotation that nobody is said to have said.</summary>
public sealed class UnattributedQuotationRule : ArticleRule
{
    /// <summary>A quotation shorter than this says too little to need its own speaker: “No.”, “Not again.” Shorter
    /// fragments inside a sentence are not quotations at all (<see cref="Articles.Quotation.IsTerm"/>).</summary>
    public const int MinimumWords = Articles.QuotationFinder.MinimumStatementWords;
    private const int ExcerptWords = 6;

    // Off unless a folder turns it on: its precision on published news (docs/rules/ED3001.md, from the evaluation) is far
    // from what even a suggestion needs. Its quotations are mostly attributed in ways it does not read (a quote that runs
    // on into the next paragraph, the sentence's own subject, a colon lead-in).
    public static readonly DiagnosticDescriptor Descriptor = new(
        RuleIds.UnattributedQuotation, "Quotation has no attribution", "Quotation “{0}” has no attribution: say who said it", RuleCategory.Attribution, Severity.None,
        "A direct quotation of four words or more has no speaker: no reporting verb or phrase (said, told, wrote, as X put it, according to, …) with a " +
        "speaker in its sentence or the sentence next to it, no speaker or person before a colon, no interview turn or bracketed " +
        "source line, and it does not continue an attributed quotation. Titles, nicknames, so-called terms and fragments of " +
        "fewer than four words woven into a sentence are not quotations and are not reported.");

    public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [Descriptor];

    public override void Analyze(ArticleContext context)
    {
        var article = context.Article;
        foreach (var attribution in AttributionAnalysis.Of(context.Analyzed).Quotations)
        {
            var quotation = attribution.Quotation;
            // A quotation running over paragraphs is reported once, at its first paragraph.
            if (attribution.IsAttributed || quotation.IsTerm || quotation.ContinuesPrevious || attribution.WordCount < MinimumWords) continue;
            if (article.Paragraphs[quotation.ParagraphIndex].IsHeading) continue;
            context.Report(Descriptor, quotation.Span, [Excerpt(article.GetText(quotation.ContentSpan))], properties: new Dictionary<string, string>
            {
                [AttributionProperties.Attribution] = AttributionProperties.NameOf(AttributionKind.None),
                [AttributionProperties.Words] = attribution.WordCount.ToString(CultureInfo.InvariantCulture),
            });
        }
    }

    private static string Excerpt(string content)
    {
        var words = content.Split([' ', '\n', '\r', '\t'], System.StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= ExcerptWords ? string.Join(" ", words) : string.Join(" ", words.Take(ExcerptWords)) + " …";
    }
}
