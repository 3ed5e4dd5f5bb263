using System.Collections.Generic;
using Editorial.Articles;
using Editorial.Diagnostics;
using Editorial.Text;

namespace Editorial.Rules.Hygiene;

/// <summary>
/// ED4001: what a CMS, a wire feed, a photo gallery or a social embed leaves in the copy when it is pasted as text: the
/// bare URL of an embedded post, the placeholder shown instead of it, "READ ALSO:" and "Advertisement" labels, newsletter
/// and follow prompts, photo captions with their credit, gallery captions and counters, and a contributor's biography
/// pasted at the end. The phrases come from the outlet profile's lists, so an outlet adds its own CMS's debris:
/// <c>embed-debris</c> (phrases that mark debris wherever they stand in a line), <c>debris-lines</c> (labels that are
/// debris as a line of their own or opening one with a colon), <c>caption-credit-labels</c> (the labels of a photo
/// credit: "[File: Name/AFP]"), <c>metadata-labels</c> (CMS fields pasted with their value at the start of a line:
/// "date 2022-03-14"), <c>caption-debris</c> (a gallery's or caption widget's controls: "Hide Caption") and
/// <c>author-roles</c> (the roles a biography gives its author: "is a reporter for …"). What is found is
/// <see cref="PastedDebris"/>, which also keeps the other rules quiet inside it.
/// </summary>
public sealed class PastedDebrisRule : ArticleRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        RuleIds.PastedDebris, "Pasted or embedded debris in the copy", "{0} '{1}' left in the copy", RuleCategory.Hygiene, Severity.Warning,
        "Embed URLs and placeholders, CMS labels such as \"READ ALSO:\" or \"Advertisement\", newsletter and follow prompts, photo captions "
        + "with their credit, photo-gallery captions and counters, and an author's biography box are not part of the article. They come in when copy "
        + "is pasted from a web page, a wire feed or a social embed. The other rules do not report inside them.", offersFix: true, fix: "removes the line, when the whole line is debris, and a pasted biography");

    public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [Descriptor];

    public override void Analyze(ArticleContext context)
    {
        foreach (var item in PastedDebris.Of(context.Analyzed).Items)
        {
            context.Report(Descriptor, item.Span, [item.Kind, item.Quoted], fix: item.Fix);
        }
    }
}
