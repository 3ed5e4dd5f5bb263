using System.Collections.Generic;
using System.Linq;
using Editorial.Attribution;
using Editorial.Diagnostics;

namespace Editorial.Rules.Attribution;

/// <summary>ED3001: a direct quotation of more than a few words that nobody is said to have said.</summary>
public sealed class UnattributedQuotationRule : ArticleRule
{
    /// <summary>Quotations shorter than this are terms or scare quotes ("special operation", “hard”), not statements.</summary>
    public const int MinimumWords = 5;
    private const int ExcerptWords = 6;

    public static readonly DiagnosticDescriptor Descriptor = new(
        "ED3001", "Quotation has no attribution", "Quotation “{0}” has no attribution: say who said it", RuleCategory.Attribution, Severity.Warning,
        "A direct quotation of five words or more has no speaker: no reporting verb (said, told, wrote, according to, …) in its " +
        "sentence or the sentence next to it, no speaker before a colon, and it does not continue an attributed quotation. " +
        "Titles in quotation marks (every longer word capitalised) are not reported.");

    public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [Descriptor];

    public override void Analyze(ArticleContext context)
    {
        var article = context.Article;
        foreach (var attribution in AttributionAnalysis.Of(context.Analyzed).Quotations)
        {
            var quotation = attribution.Quotation;
            // A quotation running over paragraphs is reported once, at its first paragraph.
            if (attribution.IsAttributed || attribution.WordCount < MinimumWords || attribution.IsTitleCase || quotation.ContinuesPrevious) continue;
            if (article.Paragraphs[quotation.ParagraphIndex].IsHeading) continue;
            context.Report(Descriptor, quotation.Span, [Excerpt(article.GetText(quotation.ContentSpan))]);
        }
    }

    private static string Excerpt(string content)
    {
        var words = content.Split([' ', '\n', '\r', '\t'], System.StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= ExcerptWords ? string.Join(" ", words) : string.Join(" ", words.Take(ExcerptWords)) + " …";
    }
}
