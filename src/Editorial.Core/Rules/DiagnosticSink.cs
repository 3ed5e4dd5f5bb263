using System.Collections.Generic;
using Editorial.Configuration;
using Editorial.Diagnostics;
using Editorial.Text;

namespace Editorial.Rules;

/// <summary>
/// Collects what rules report and applies configuration to it: the severity in force for the article
/// (global <c>dotnet_diagnostic</c> key, then <c>editorial.&lt;ID&gt;.severity</c>, then the profile, then the default),
/// the quotation severity (also for documents the article reproduces), and inline suppressions. Findings whose severity is <c>none</c> are dropped.
/// </summary>
internal sealed class DiagnosticSink
{
    /// <summary>Profile setting: <c>quotation</c> (default) caps findings in reproduced documents like those in quotations;
    /// <c>ignore</c> drops them.</summary>
    public const string ReproducedTextSetting = "reproduced-text";

    private readonly List<Diagnostic> _diagnostics = new();

    public IReadOnlyList<Diagnostic> Diagnostics => _diagnostics;

    public void Add(Diagnostic diagnostic) => _diagnostics.Add(diagnostic);

    public void Report(AnalyzedArticle analyzed, DiagnosticDescriptor descriptor, TextSpan span, object?[] arguments,
        IReadOnlyList<Location>? related, Fix? fix, bool quotationSensitive, IReadOnlyDictionary<string, string>? properties = null)
    {
        var article = analyzed.Article;
        if (article.Suppressions.IsSuppressed(descriptor.Id, span)) return;
        var severity = EffectiveSeverity(analyzed, descriptor);
        var reproduced = quotationSensitive && article.IsInReproducedText(span);
        // An outlet may leave reproduced documents (embedded posts, statements, letters) entirely to their authors.
        if (reproduced && string.Equals(analyzed.Profile.GetSetting(ReproducedTextSetting), "ignore", System.StringComparison.OrdinalIgnoreCase)) return;
        // Quoted terms (titles, scare quotes) are the outlet's own words between marks: they are not capped.
        if (quotationSensitive && severity > Severity.None && (reproduced || article.IsInOthersWords(span)))
        {
            var quoted = QuotationSeverity(analyzed.Settings);
            if (quoted is { } cap && cap < severity) severity = cap;
        }
        if (severity == Severity.None) return;
        if (fix is not null) fix = Hygiene.RepeatedWordRule.WithoutNewRepeat(analyzed, fix);
        // An edit across an HTML tag ("Ki<b>ev</b>" to "Kyiv") would drop or break the tag: the finding stands without a fix.
        if (fix is not null && article.CrossesMarkup(fix.Edit.Span)) fix = null;
        _diagnostics.Add(new Diagnostic(descriptor, article.GetLocation(span), severity, arguments, related, fix, properties));
    }

    public static Severity EffectiveSeverity(AnalyzedArticle analyzed, DiagnosticDescriptor descriptor)
    {
        var settings = analyzed.Settings;
        if (settings.GlobalSeverities.TryGetValue(EditorialOptions.DotnetSeverityKey(descriptor.Id), out var global)
            && SeverityNames.TryParse(global, out var globalSeverity) && globalSeverity is { } fromGlobal)
        {
            return fromGlobal;
        }
        if (settings.Get(EditorialOptions.SeverityKey(descriptor.Id)) is { } local
            && SeverityNames.TryParse(local, out var localSeverity) && localSeverity is { } fromFolder)
        {
            return fromFolder;
        }
        return analyzed.Profile.Severities.TryGetValue(descriptor.Id, out var fromProfile) ? fromProfile : descriptor.DefaultSeverity;
    }

    /// <summary>The cap for findings inside quotations; null means they are treated like the rest.</summary>
    private static Severity? QuotationSeverity(ArticleSettings settings)
    {
        var configured = settings.Get(EditorialOptions.QuotationSeverity);
        if (configured is null) return Severity.Suggestion;
        return SeverityNames.TryParse(configured, out var severity) ? severity : Severity.Suggestion;
    }
}
