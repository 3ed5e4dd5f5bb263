namespace Editorial.Diagnostics;

/// <summary>
/// ED9xxx: problems with the input or the configuration rather than with the copy. Each is an error by default,
/// points at the file, line and column at fault, and never stops the other files from being checked. ED9000, a rule
/// that failed, is here too: it is the engine's, not a rule's, and declaring it beside the engine would make the
/// catalog (Rules) depend on the engine that depends on the catalog.
/// </summary>
public static class ConfigurationDescriptors
{
    public static readonly DiagnosticDescriptor InternalError = new(
        RuleIds.InternalError, "A rule failed", "{0} failed on this article: {1}", RuleCategory.Configuration, Severity.Warning,
        "A rule, or the reading of the article, threw an exception. The other rules and articles still ran. Please report the article text that causes it.");

    public static readonly DiagnosticDescriptor UnreadableFile = new(
        RuleIds.UnreadableFile, "Article file cannot be read", "Cannot read '{0}': {1}", RuleCategory.Configuration, Severity.Error,
        "The file could not be opened or read (missing, locked, permissions). It was not checked.");

    public static readonly DiagnosticDescriptor NotText = new(
        RuleIds.NotText, "File is not article text", "'{0}' is not article text: {1}", RuleCategory.Configuration, Severity.Error,
        "The file holds NUL characters, does not decode in the charset .editorconfig declares for it (else UTF-8 or UTF-16), or is a news feed (RSS, Atom) under an HTML page's name. It was not checked, and nothing was rewritten.");

    public static readonly DiagnosticDescriptor FileTooLarge = new(
        RuleIds.FileTooLarge, "Article file is too large", "'{0}' has {1:N0} characters, more than the limit of {2:N0}", RuleCategory.Configuration, Severity.Error,
        "Articles larger than the limit are not checked, to keep builds and editors responsive. Split the file or raise editorial.max_article_chars.");

    public static readonly DiagnosticDescriptor InvalidProfile = new(
        RuleIds.InvalidProfile, "Outlet profile is invalid", "Profile '{0}' is invalid: {1}", RuleCategory.Configuration, Severity.Error,
        "The YAML of an outlet profile is malformed, has an unknown key, an invalid value, or extends a profile that does not exist.");

    public static readonly DiagnosticDescriptor UnknownOutlet = new(
        RuleIds.UnknownOutlet, "Unknown outlet", "Unknown outlet '{0}' (from {1}); known outlets: {2}", RuleCategory.Configuration, Severity.Error,
        "The outlet named in .editorconfig, front matter or on the command line has no profile. The article is checked with the default profile.");

    public static readonly DiagnosticDescriptor InvalidSetting = new(
        RuleIds.InvalidConfigurationValue, "Invalid configuration value", "Invalid value '{0}' for '{1}': {2}", RuleCategory.Configuration, Severity.Error,
        "An editorial.* key or a charset in .editorconfig or a global config has a value Editorial does not understand. The default is used instead.");

    public static readonly DiagnosticDescriptor InvalidFrontMatter = new(
        RuleIds.InvalidFrontMatter, "Front matter is invalid", "{0}", RuleCategory.Configuration, Severity.Error,
        "The YAML front matter of a Markdown article cannot be read or is not closed. The article's prose is still checked; its metadata is ignored.");

    public static readonly DiagnosticDescriptor MarkupNotRead = new(
        RuleIds.MarkupNotRead, "Markdown cannot be read", "{0}", RuleCategory.Configuration, Severity.Warning,
        "The Markdown parser refused the article (it nests block quotes, lists or brackets past its depth limit). The article is checked as plain text, so no text goes unchecked.");

    public static readonly DiagnosticDescriptor FiguresNotAllRead = new(
        RuleIds.FiguresNotAllRead, "Too many figures to compare", "The article holds {0:N0} figures; what they count was read for the first {1:N0}, and the figures from here on are not compared",
        RuleCategory.Configuration, Severity.Warning,
        "An article of thousands of figures is a table or a generated list, not copy whose figures contradict each other. The figure rules read the first few thousand; every other rule checks the whole text.");

    public static readonly DiagnosticDescriptor ConfigurationLineNotRead = new(
        RuleIds.ConfigurationLineNotRead, "Configuration line not read",
        "'{0}' is neither a section header, a key = value pair nor a comment, and is skipped", RuleCategory.Configuration, Severity.Warning,
        "A line of .editorconfig or a global config that the analyzer-config parser skips, as the compiler does, without a word: an unclosed section header ('[*.md'), a key with a space or a character a key cannot hold, a value with no key. The keys below an unread section header stay in the section above it.");

    public static readonly DiagnosticDescriptor SectionSeverityIgnored = new(
        RuleIds.SectionSeverityIgnored, "Section severity ignored",
        "'{0}' in an .editorconfig section sets nothing for articles, as in the compiler; write '{1}'", RuleCategory.Configuration, Severity.Warning,
        "The compiler ignores dotnet_diagnostic.<ID>.severity in .editorconfig sections for diagnostics in additional files (roslyn#31916), " +
        "where articles are, so a build and an editor would not apply it; every host ignores it alike. Editorial's own key, " +
        "editorial.<ID>.severity, sets a severity per folder; dotnet_diagnostic keys apply from a global config.");

    public static readonly DiagnosticDescriptor[] All =
        [InternalError, UnreadableFile, NotText, FileTooLarge, InvalidProfile, UnknownOutlet, InvalidSetting, InvalidFrontMatter, MarkupNotRead, FiguresNotAllRead,
         ConfigurationLineNotRead, SectionSeverityIgnored];
}
