using System.Collections.Generic;
using System.Text;
using Editorial.Articles;
using Editorial.Attribution;
using Editorial.Diagnostics;
using Editorial.Lexicon;
using Editorial.Text;

namespace Editorial.Rules.Attribution;

/// <summary>ED3003: sourcing that hides who speaks ("reportedly", "officials told media") and, when the outlet's
/// profile sets <c>anonymous-source-reason: required</c>, anonymous sources given no reason for their anonymity. Vague
/// sourcing in opinion (<see cref="ArticleGenre.IsOpinion"/>) is a hedge, unless the profile sets <c>opinion-sourcing: source</c>;
/// in a transcript's turn (<see cref="Article.IsInTranscript"/>) it is what was said, on the record as said.</summary>
public sealed class VagueSourcingRule : ArticleRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        RuleIds.VagueSourcing, "Vague or anonymous sourcing", "{0} '{1}': {2}", RuleCategory.Attribution, Severity.Suggestion,
        "The copy leans on a source the reader cannot identify: a phrase of the profile's vague-sourcing list, or (for outlets " +
        "whose policy asks for it) an anonymous source with no reason given for the anonymity.");

    public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [Descriptor];

    public override void Analyze(ArticleContext context)
    {
        // An editorial's "reportedly" hedges what the paper's news pages reported (26 of 28 such findings judged wrong on a
        // paper's editorials), unless the outlet holds opinion to news copy's sourcing.
        // Asked at the first vague phrase: most articles have none.
        bool? hedges = null;
        foreach (var concern in AttributionAnalysis.Of(context.Analyzed).Concerns)
        {
            if (concern.Kind == SourcingConcernKind.Vague)
            {
                // A transcript records what was said: an interviewer's "it has been reported" is asked aloud, and no edit of
                // the record can name its source (6 such findings on ministers' transcripts judged wrong).
                hedges ??= AttributionLexicon.OpinionSourcingSetting.ValueIn(context.Profile) == "hedge" && ArticleGenre.IsOpinion(context.Article);
                if (hedges.Value || context.Article.IsInTranscript(concern.Span)) continue;
                context.Report(Descriptor, concern.Span, ["Vague sourcing", Phrase(context.Article, concern.Span), "name the source, or say why it cannot be named"]);
            }
            else
            {
                context.Report(Descriptor, concern.Span, ["Anonymous source", Phrase(context.Article, concern.Span), "the outlet's policy asks why the source cannot be named"]);
            }
        }
    }

    /// <summary>The phrase as it reads: its tokens, a space where anything stands between two (a space, or a Markdown link's
    /// opening bracket: "It is [reported at …](…)" reads "It is reported").</summary>
    private static string Phrase(Article article, TextSpan span)
    {
        var tokens = article.Tokens;
        var builder = new StringBuilder(span.Length);
        var previousEnd = -1;
        for (var k = tokens.FirstStartingAt(span.Start); k < tokens.Count && tokens[k].Span.End <= span.End; k++)
        {
            if (previousEnd >= 0 && tokens[k].Span.Start > previousEnd) builder.Append(' ');
            builder.Append(tokens[k].Text);
            previousEnd = tokens[k].Span.End;
        }
        return builder.Length > 0 ? builder.ToString() : article.GetText(span);
    }
}
