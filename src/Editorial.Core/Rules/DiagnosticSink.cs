using System.Collections.Generic;
using Editorial.Articles;
using Editorial.Configuration;
using Editorial.Diagnostics;
using Editorial.Profiles;
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
    public static readonly ProfileSetting ReproducedTextSetting = new("reproduced-text", ["quotation", "ignore"], "quotation",
        "findings in reproduced documents (block quotes, transcripts, embedded posts) are capped like quotations, or dropped");

    private readonly List<Diagnostic> _diagnostics = new();

    public IReadOnlyList<Diagnostic> Diagnostics => _diagnostics;

    public void Add(Diagnostic diagnostic) => _diagnostics.Add(diagnostic);

    public void Report(AnalyzedArticle analyzed, DiagnosticDescriptor descriptor, TextSpan span, object?[] arguments,
        IReadOnlyList<Location>? related, Fix? fix, bool quotationSensitive, IReadOnlyDictionary<string, string>? properties = null)
    {
        var article = analyzed.Article;
        if (article.Suppressions.IsSuppressed(descriptor.Id, span)) return;
        if (IsAboutDebris(analyzed, descriptor, span, related) || IsAboutAnotherLanguage(analyzed, descriptor, span, related)) return;
        var severity = EffectiveSeverity(analyzed, descriptor);
        var reproduced = quotationSensitive && article.IsInReproducedText(span);
        // An outlet may leave reproduced documents (embedded posts, statements, letters) entirely to their authors.
        if (reproduced && ReproducedTextSetting.ValueIn(analyzed.Profile) == "ignore") return;
        // Quoted terms (titles, scare quotes) are the outlet's own words between marks: they are not capped.
        if (quotationSensitive && severity > Severity.None && (reproduced || article.IsInOthersWords(span)))
        {
            var quoted = QuotationSeverity(analyzed.Settings);
            if (quoted is { } cap && cap < severity) severity = cap;
        }
        if (severity == Severity.None) return;
        if (fix is not null) fix = RepeatFreeFixes.Apply(analyzed, fix);
        // An edit across an HTML tag ("Ki<b>ev</b>" to "Kyiv") would drop or break the tag: the finding stands without a fix.
        if (fix is not null && article.CrossesMarkup(fix.Edit.Span)) fix = null;
        if (fix is not null && article.EncodeReplacement(fix.Edit.Span, fix.Edit.NewText) is var encoded && encoded != fix.Edit.NewText)
        {
            fix = fix with { Edit = fix.Edit with { NewText = encoded } };
        }
        _diagnostics.Add(new Diagnostic(descriptor, article.GetLocation(span), severity, arguments, related, fix, properties));
    }

    /// <summary>
    /// True for a rule's finding inside pasted debris or a page's slot line (<see cref="PastedDebris"/>), or resting on
    /// evidence there (a related location in the article's debris), or inside the page's footer: a gallery caption, a
    /// contributor's biography, an ad slot or a site's subscription pitch is not the article's prose, and ED4001 is the one
    /// finding debris gets. Configuration diagnostics are not about prose and always stand.
    /// </summary>
    private static bool IsAboutDebris(AnalyzedArticle analyzed, DiagnosticDescriptor descriptor, TextSpan span, IReadOnlyList<Location>? related)
    {
        if (descriptor.Id == RuleIds.PastedDebris || descriptor.Category == RuleCategory.Configuration) return false;
        var debris = PastedDebris.Of(analyzed);
        if (debris.IsInFooter(span.Start)) return true;
        return debris.HoldsAny && RestsOn(analyzed.Article, span, related, debris, static (d, place) => d.Holds(place));
    }

    /// <summary>True when <paramref name="holds"/> holds the finding's span or a related location of the same article. The
    /// state is passed to a static function, so that no delegate is made for each finding the sink receives.</summary>
    private static bool RestsOn<T>(Article article, TextSpan span, IReadOnlyList<Location>? related, T state, System.Func<T, TextSpan, bool> holds)
    {
        if (holds(state, span)) return true;
        if (related is null) return false;
        foreach (var location in related)
        {
            if (string.Equals(location.Path, article.Path, System.StringComparison.Ordinal) && holds(state, location.Span)) return true;
        }
        return false;
    }

    /// <summary>
    /// True for a rule's finding in a passage in another language than English that the rules leave out
    /// (<see cref="Article.LeavesOutPassagesInAnotherLanguage"/>), or resting on evidence there: its words are no prose, but a
    /// rule may still read its characters (quotation marks, dashes). The rules read English, as they read nothing of an article
    /// in another language (<see cref="EffectiveSeverity"/>). Configuration diagnostics always stand.
    /// </summary>
    private static bool IsAboutAnotherLanguage(AnalyzedArticle analyzed, DiagnosticDescriptor descriptor, TextSpan span, IReadOnlyList<Location>? related)
    {
        var article = analyzed.Article;
        return descriptor.Category != RuleCategory.Configuration && article.LeavesOutPassagesInAnotherLanguage
               && RestsOn(article, span, related, article, static (a, place) => IsInAnotherLanguage(a, place));
    }

    private static bool IsInAnotherLanguage(Article article, TextSpan span) =>
        article.ParagraphIndexAt(span.Start) is var index and >= 0 && article.Paragraphs[index] is { IsInAnotherLanguage: true } paragraph
        && paragraph.Span.Contains(span.Start);

    public static Severity EffectiveSeverity(AnalyzedArticle analyzed, DiagnosticDescriptor descriptor)
    {
        // The rules read English: an article in another language has only its configuration problems reported.
        if (!analyzed.IsEnglish && descriptor.Category != RuleCategory.Configuration) return Severity.None;
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
