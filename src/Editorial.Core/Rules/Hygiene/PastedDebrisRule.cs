using System;
using System.Collections.Generic;
using Editorial.Articles;
using Editorial.Diagnostics;
using Editorial.Text;

namespace Editorial.Rules.Hygiene;

/// <summary>
/// ED4001: what a CMS, a wire feed or a social embed leaves in the copy when it is pasted as text: the bare URL of an
/// embedded post, the placeholder shown instead of it, "READ ALSO:" and "Advertisement" labels, newsletter and follow
/// prompts, and photo captions with their credit. The phrases come from the outlet profile's lists, so an outlet adds
/// its own CMS's debris: <c>embed-debris</c> (phrases that mark debris wherever they stand in a line),
/// <c>debris-lines</c> (labels that are debris as a line of their own or opening one with a colon) and
/// <c>caption-credit-labels</c> (the labels of a photo credit: "[File: Name/AFP]") and <c>metadata-labels</c> (CMS fields
/// pasted with their value at the start of a line: "date 2022-03-14").
/// </summary>
public sealed class PastedDebrisRule : ArticleRule
{
    public const string EmbedDebrisList = "embed-debris";
    public const string DebrisLinesList = "debris-lines";
    public const string CaptionCreditLabelsList = "caption-credit-labels";
    public const string MetadataLabelsList = "metadata-labels";

    public static readonly DiagnosticDescriptor Descriptor = new(
        RuleIds.PastedDebris, "Pasted or embedded debris in the copy", "{0} '{1}' left in the copy", RuleCategory.Hygiene, Severity.Warning,
        "Embed URLs and placeholders, CMS labels such as \"READ ALSO:\" or \"Advertisement\", newsletter and follow prompts, and photo captions "
        + "with their credit are not part of the article. They come in when copy is pasted from a web page, a wire feed or a social embed.", offersFix: true, fix: "removes the line, when the whole line is debris");

    public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [Descriptor];

    public override void Analyze(ArticleContext context)
    {
        var article = context.Article;
        var placeholders = context.Profile.GetList(EmbedDebrisList);
        var labels = context.Profile.GetList(DebrisLinesList);
        var creditLabels = context.Profile.GetList(CaptionCreditLabelsList);
        var metadataLabels = context.Profile.GetList(MetadataLabelsList);
        var text = article.Text;
        foreach (var line in ArticleLines.ProseLines(article))
        {
            if (MatchLabelLine(text, line, labels) is { } label)
            {
                context.Report(Descriptor, line, ["Pasted label", label], fix: DeleteLineFix(article, line));
                continue;
            }
            if (LeadingMetadataField(text, line, metadataLabels) is { } field)
            {
                var removed = TextSpan.FromBounds(field.Start, SkipSpaces(text, field.End, line.End));
                context.Report(Descriptor, field, ["CMS metadata", article.GetText(field)], fix: new Fix("Remove the metadata", new TextEdit(removed, "")));
            }
            var url = LeadingUrl(text, line);
            var placeholder = FindPlaceholder(text, line, placeholders);
            var placeholderSpan = placeholder is { } found ? TextSpan.FromBounds(found.Start, line.End) : (TextSpan?)null;
            var afterUrl = url?.End ?? line.Start;
            var lineIsDebris = OnlyMarksBetween(text, afterUrl, placeholderSpan?.Start ?? line.End)
                               && (url is not null || placeholderSpan is not null);
            var fix = lineIsDebris ? DeleteLineFix(article, line) : null;
            if (url is { } urlSpan && lineIsDebris)
            {
                context.Report(Descriptor, urlSpan, ["Bare embed URL", article.GetText(urlSpan)], fix: fix);
            }
            if (placeholder is { } phrase)
            {
                context.Report(Descriptor, placeholderSpan!.Value, ["Embed placeholder or prompt", article.GetText(phrase)], fix: fix);
            }
            if (placeholder is null && CaptionCredit(text, line, creditLabels) is { } credit)
            {
                // Which part of the line is the caption cannot be told for certain, so there is no fix.
                context.Report(Descriptor, line, ["Photo caption with credit", article.GetText(credit)]);
            }
        }
    }

    private static Fix DeleteLineFix(Article article, TextSpan line) => new("Remove the pasted line", ArticleLines.DeleteLines(article, line));

    /// <summary>A line that is a label of the list ("READ ALSO:", "Advertisement"), or opens with one and a colon (a pasted link).</summary>
    private static string? MatchLabelLine(string text, TextSpan line, IReadOnlyList<string> labels)
    {
        var content = text.Substring(line.Start, line.Length).TrimEnd(':', ' ', '\t');
        foreach (var label in labels)
        {
            if (string.Equals(content, label, StringComparison.OrdinalIgnoreCase)) return text.Substring(line.Start, line.Length);
        }
        return LabelBeforeColon(content, labels) is { } opening ? content.Substring(0, opening.Length + 1) : null;
    }

    /// <summary>A field label and an ISO date opening the line ("date 2022-03-14", "Updated: 2022-03-14"): a CMS field pasted with the copy.</summary>
    private static TextSpan? LeadingMetadataField(string text, TextSpan line, IReadOnlyList<string> labels)
    {
        foreach (var label in labels)
        {
            if (line.Length <= label.Length || !StartsWithIgnoreCase(text, line.Start, label)) continue;
            var value = line.Start + label.Length;
            if (text[value] == ':') value++;
            if (value == line.Start + label.Length && !char.IsWhiteSpace(text[value])) continue;
            value = SkipSpaces(text, value, line.End);
            const string IsoDate = "dddd-dd-dd";
            if (value + IsoDate.Length > line.End) continue;
            var isDate = true;
            for (var i = 0; i < IsoDate.Length && isDate; i++)
            {
                isDate = IsoDate[i] == 'd' ? char.IsDigit(text[value + i]) : text[value + i] == '-';
            }
            var end = value + IsoDate.Length;
            if (isDate && (end == line.End || !char.IsLetterOrDigit(text[end]))) return TextSpan.FromBounds(line.Start, end);
        }
        return null;
    }

    private static int SkipSpaces(string text, int position, int end)
    {
        while (position < end && char.IsWhiteSpace(text[position])) position++;
        return position;
    }

    /// <summary>
    /// A web address opening the line: with a scheme, with "www.", or a host and a path without either ("pic.twitter.com/abc",
    /// "youtu.be/abc"), as embeds leave them. It is debris only when nothing but marks follows it on the line: the address
    /// of a photo inside the text of an embedded post ("… pic.twitter.com/abc — Name (@handle) date") is the post quoted.
    /// </summary>
    private static TextSpan? LeadingUrl(string text, TextSpan line)
    {
        var start = line.Start;
        var end = start;
        while (end < line.End && !char.IsWhiteSpace(text[end])) end++;
        var token = text.Substring(start, end - start);
        var hasScheme = token.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || token.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
                        || token.StartsWith("www.", StringComparison.OrdinalIgnoreCase);
        return hasScheme || IsHostAndPath(token) ? TextSpan.FromBounds(start, end) : null;
    }

    /// <summary>"pic.twitter.com/abc": a host of dotted labels whose last is letters only, then a path.</summary>
    private static bool IsHostAndPath(string token)
    {
        var slash = token.IndexOf('/');
        if (slash <= 0 || slash == token.Length - 1) return false;
        var host = token.Substring(0, slash);
        var lastDot = host.LastIndexOf('.');
        if (lastDot <= 0 || lastDot == host.Length - 1) return false;
        foreach (var c in host)
        {
            if (!char.IsLetterOrDigit(c) && c is not '.' and not '-') return false;
        }
        for (var i = lastDot + 1; i < host.Length; i++)
        {
            if (!char.IsLetter(host[i])) return false;
        }
        return true;
    }

    /// <summary>The first phrase of the list in the line, at word boundaries, with straight and curly apostrophes alike.</summary>
    private static TextSpan? FindPlaceholder(string text, TextSpan line, IReadOnlyList<string> phrases)
    {
        var content = FoldApostrophes(text.Substring(line.Start, line.Length));
        TextSpan? first = null;
        foreach (var phrase in phrases)
        {
            var folded = FoldApostrophes(phrase);
            for (var index = content.IndexOf(folded, StringComparison.OrdinalIgnoreCase); index >= 0;
                 index = content.IndexOf(folded, index + 1, StringComparison.OrdinalIgnoreCase))
            {
                var atWordStart = index == 0 || !char.IsLetterOrDigit(content[index - 1]);
                var end = index + folded.Length;
                var atWordEnd = end == content.Length || !char.IsLetterOrDigit(content[end]) || !char.IsLetterOrDigit(folded[folded.Length - 1]);
                if (!atWordStart || !atWordEnd) continue;
                if (first is null || line.Start + index < first.Value.Start) first = new TextSpan(line.Start + index, folded.Length);
                break;
            }
        }
        return first;
    }

    /// <summary>A bracketed credit that ends the line ("[File: Sergei Supinsky/AFP]", "(AP Photo/Efrem Lukatsky)"), or a credit line ("Photo: Reuters").</summary>
    private static TextSpan? CaptionCredit(string text, TextSpan line, IReadOnlyList<string> creditLabels)
    {
        var last = text[line.End - 1];
        if (last is ']' or ')')
        {
            var opening = last == ']' ? '[' : '(';
            var open = text.LastIndexOf(opening, line.End - 1, line.Length);
            if (open < 0) return null;
            var inner = text.Substring(open + 1, line.End - open - 2);
            if (inner.IndexOf('/') > 0 && (LabelBeforeColon(inner, creditLabels) is not null || inner.IndexOf("Photo/", StringComparison.Ordinal) >= 0))
            {
                return TextSpan.FromBounds(open, line.End);
            }
            return null;
        }
        var content = text.Substring(line.Start, line.Length);
        const int MaximumCreditWords = 12;
        if (LabelBeforeColon(content, creditLabels) is not null && content.Split(' ').Length <= MaximumCreditWords && !content.EndsWith(".", StringComparison.Ordinal))
        {
            return line;
        }
        return null;
    }

    /// <summary>The label of the list that opens <paramref name="content"/> with a colon straight after it ("READ ALSO:", "Photo:"); null when none does.</summary>
    private static string? LabelBeforeColon(string content, IReadOnlyList<string> labels)
    {
        // Most lines are prose without a colon: no label to look for.
        if (content.IndexOf(':') < 0) return null;
        foreach (var label in labels)
        {
            if (content.Length > label.Length && content.StartsWith(label, StringComparison.OrdinalIgnoreCase) && content[label.Length] == ':') return label;
        }
        return null;
    }

    /// <summary>True when nothing but white space and punctuation ("...", "—") stands between the two offsets.</summary>
    private static bool OnlyMarksBetween(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (char.IsLetterOrDigit(text[i])) return false;
        }
        return true;
    }

    private static bool StartsWithIgnoreCase(string text, int start, string prefix) =>
        string.Compare(text, start, prefix, 0, prefix.Length, StringComparison.OrdinalIgnoreCase) == 0;

    private static string FoldApostrophes(string text) => text.Replace('’', '\'');
}
