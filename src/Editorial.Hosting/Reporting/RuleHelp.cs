using System;
using System.Collections.Concurrent;
using System.IO;
using System.Linq;
using Editorial.Diagnostics;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Editorial.Hosting.Reporting;

/// <summary>A rule's help as code-scanning tools show it: its docs/rules page as Markdown, and the same page as plain text.</summary>
public sealed record RuleHelpText(string Text, string Markdown);

/// <summary>
/// The help of each rule, from its page in docs/rules, which the build embeds in this assembly (the pages are the one source;
/// nothing is copied by hand). A rule without a page (a test's rule) gets its description as help. Relative links in a page
/// ("../../eval/README.md") are made absolute against the page's own address, since a SARIF viewer shows the help away
/// from the repository.
/// </summary>
public static class RuleHelp
{
    private const string ResourcePrefix = "Editorial.RuleDocs.";
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().Build();
    private static readonly ConcurrentDictionary<string, RuleHelpText?> Pages = new(StringComparer.Ordinal);

    public static RuleHelpText For(DiagnosticDescriptor descriptor) =>
        Pages.GetOrAdd(descriptor.Id, id => Load(id, descriptor.HelpLink)) ?? new RuleHelpText(descriptor.Description, descriptor.Description);

    private static RuleHelpText? Load(string id, string pageAddress)
    {
        using var stream = typeof(RuleHelp).Assembly.GetManifestResourceStream(ResourcePrefix + id + ".md");
        if (stream is null) return null;
        using var reader = new StreamReader(stream);
        var markdown = WithAbsoluteLinks(reader.ReadToEnd().Replace("\r\n", "\n"), new Uri(pageAddress));
        return new RuleHelpText(Markdown.ToPlainText(markdown, Pipeline).Trim(), markdown);
    }

    private static string WithAbsoluteLinks(string markdown, Uri page)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        // From the last link back, so that each replacement leaves the offsets of the ones before it valid.
        var relative = document.Descendants<LinkInline>()
            .Where(link => !link.IsAutoLink && link.Url is { Length: > 0 } url && !url.StartsWith("#", StringComparison.Ordinal)
                && !Uri.IsWellFormedUriString(url, UriKind.Absolute) && link.UrlSpan.Length > 0)
            .OrderByDescending(link => link.UrlSpan.Start);
        foreach (var link in relative)
        {
            markdown = markdown.Substring(0, link.UrlSpan.Start) + new Uri(page, link.Url).AbsoluteUri + markdown.Substring(link.UrlSpan.End + 1);
        }
        return markdown;
    }
}
