using System.Collections.Generic;
using Editorial.Attribution;
using Editorial.Diagnostics;

namespace Editorial.Rules.Attribution;

/// <summary>ED3004: quotation marks that do not balance within their paragraph, reported once per paragraph at the cause.</summary>
public sealed class UnbalancedQuotationMarksRule : ArticleRule
{
    // Off unless a folder turns it on: on published news (docs/rules/ED3004.md, from the evaluation) fewer than half of its
    // judged findings were right, even as a suggestion. Most wrong ones are quotations the corpora's exports cut or merged
    // onto one line, and a quotation nested in the same marks.
    public static readonly DiagnosticDescriptor Descriptor = new(
        RuleIds.UnbalancedQuotationMarks, "Quotation marks do not balance", "Quotation mark '{0}' {1}", RuleCategory.Attribution, Severity.None,
        "An opening quotation mark is not closed in its paragraph, or a closing mark has no opening one; one finding per " +
        "paragraph, at the first mark out of place. A paragraph may end inside a quotation when the next paragraph opens with a " +
        "quotation mark (the multi-paragraph convention), also when an export merged those paragraphs onto one line; a quotation " +
        "left open balances with the first closing mark after it, before any other opening mark, within three paragraphs (a " +
        "statement whose continuing paragraphs lost their opening marks) or in the sentence where a term it quotes in the same " +
        "marks ends.");

    public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [Descriptor];

    public override void Analyze(ArticleContext context)
    {
        foreach (var mark in AttributionAnalysis.Of(context.Analyzed).UnbalancedMarks)
        {
            var problem = mark.Problem == QuotationMarkProblem.NotClosed
                ? "is not closed in its paragraph, and the next paragraph does not continue the quotation"
                : "closes a quotation that was not opened";
            context.Report(Descriptor, mark.Span, [context.Article.GetText(mark.Span), problem],
                properties: new Dictionary<string, string> { [AttributionProperties.Problem] = AttributionProperties.NameOf(mark.Problem) });
        }
    }
}
