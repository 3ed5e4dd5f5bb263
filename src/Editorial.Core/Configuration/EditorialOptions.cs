using System;
using System.Collections.Generic;
using System.Linq;
using Editorial.Diagnostics;

namespace Editorial.Configuration;

/// <summary>
/// The configuration keys Editorial reads, as they appear in <c>.editorconfig</c> sections, a global config, or
/// (for the analyzer) <c>AnalyzerConfigOptions</c>. The hosts hand them over as plain key/value pairs.
/// </summary>
public static class EditorialOptions
{
    public const string Prefix = "editorial.";
    /// <summary>The outlet whose profile applies: <c>editorial.outlet = bbc</c>.</summary>
    public const string Outlet = "editorial.outlet";
    /// <summary>The story an article belongs to, for cross-article figure checks.</summary>
    public const string Story = "editorial.story";
    /// <summary>The severity of spelling findings inside direct quotations (<c>suggestion</c> by default; <c>none</c> to ignore; <c>default</c> to treat like the rest).</summary>
    public const string QuotationSeverity = "editorial.quotation_severity";
    /// <summary>The largest article, in characters, that is checked.</summary>
    public const string MaxArticleChars = "editorial.max_article_chars";

    public const int DefaultMaxArticleChars = 2_000_000;

    /// <summary>The largest article these settings let a host check: <see cref="MaxArticleChars"/> when it is a positive whole
    /// number (anything else is ED9006, and the default holds), else <see cref="DefaultMaxArticleChars"/>.</summary>
    public static int MaxArticleCharsOf(ArticleSettings settings) =>
        int.TryParse(settings.Get(MaxArticleChars), out var max) && max > 0 ? max : DefaultMaxArticleChars;

    /// <summary><c>editorial.exclude = true</c> in a section: the files it matches are not articles (a folder of notes,
    /// generated pages). Every host leaves them unread, as the CLI's <c>--exclude</c> does.</summary>
    public const string Exclude = "editorial.exclude";

    public static bool IsExcluded(ArticleSettings settings) => IsTrue(settings.Get(Exclude));

    /// <summary>The editorconfig standard's <c>charset</c> (latin1, utf-8, utf-8-bom, utf-16le, utf-16be): the encoding the CLI and
    /// the MSBuild task read an article in. The analyzer does not read it: the compiler decodes additional files itself.</summary>
    public const string Charset = "charset";

    /// <summary>The language of the articles a section matches, as a tag ("en", "fr", "pt-BR"), where an article declares none
    /// (front matter <c>lang</c>, a page's <c>&lt;html lang&gt;</c>): the rules read English only, and an article in another
    /// language gets no findings. Without it, an article's language is told from its prose (<see cref="Articles.ArticleLanguage"/>).</summary>
    public const string Language = "editorial.language";

    /// <summary><c>editorial.smart_punctuation = true</c>: the site that publishes the files a section matches prints straight
    /// quotation marks and apostrophes as curly ones and three points as an ellipsis, as Jekyll's kramdown, Hugo's Goldmark
    /// typographer and SmartyPants do by default. A reader never sees a straight mark beside a curly one, nor "..." beside
    /// "…", so ED4004 and ED4006 do not compare them.</summary>
    public const string SmartPunctuation = "editorial.smart_punctuation";

    public static bool PrintsPunctuationSmart(ArticleSettings settings) => IsTrue(settings.Get(SmartPunctuation));

    /// <summary>The keys whose value is <c>true</c> or <c>false</c>.</summary>
    public static readonly IReadOnlyList<string> SwitchKeys = [Exclude, SmartPunctuation];

    /// <summary>True for a value a switch key takes: <c>true</c> or <c>false</c>, in any case.</summary>
    public static bool IsSwitchValue(string value) => IsTrue(value) || string.Equals(value.Trim(), "false", StringComparison.OrdinalIgnoreCase);

    private static bool IsTrue(string? value) => string.Equals(value?.Trim(), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The <c>editorial.*</c> keys other than the per-rule severities: any other key of the prefix is a typo that
    /// would silently do nothing (ED9006).</summary>
    public static readonly IReadOnlyList<string> Keys = [Outlet, Story, QuotationSeverity, MaxArticleChars, Exclude, Language, SmartPunctuation];

    /// <summary>True for one of <see cref="Keys"/>, in any case.</summary>
    public static bool IsSetting(string key) => Keys.Contains(key, StringComparer.OrdinalIgnoreCase);

    /// <summary><c>editorial.ED1001.severity</c>: Editorial's own per-folder severity key (the compiler ignores
    /// <c>dotnet_diagnostic</c> in sections for diagnostics located in additional files, roslyn#31916).</summary>
    public static string SeverityKey(string id) => Prefix + id + ".severity";

    /// <summary><c>dotnet_diagnostic.ED1001.severity</c>, honoured from a global config by every host.</summary>
    public static string DotnetSeverityKey(string id) => DotnetPrefix + id + ".severity";

    /// <summary>The prefix of the compiler's own severity keys.</summary>
    public const string DotnetPrefix = "dotnet_diagnostic.";

    public static bool TryGetSeverityId(string key, out string id)
    {
        id = "";
        foreach (var prefix in new[] { Prefix, DotnetPrefix })
        {
            if (key.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && key.EndsWith(".severity", StringComparison.OrdinalIgnoreCase))
            {
                id = key.Substring(prefix.Length, key.Length - prefix.Length - ".severity".Length);
                return id.Length > 0;
            }
        }
        return false;
    }
}

/// <summary>
/// The configuration that applies to one article. <see cref="Options"/> are the <c>editorial.*</c> keys of the
/// article's <c>.editorconfig</c> sections, and the <c>dotnet_diagnostic.*.severity</c> keys of those sections that name
/// Editorial's diagnostics (<see cref="SectionSeverities"/>), which set nothing; <see cref="GlobalSeverities"/> the
/// <c>dotnet_diagnostic.*.severity</c> keys of the global config, which take precedence as they do in the compiler.
/// </summary>
public sealed class ArticleSettings
{
    public ArticleSettings(IReadOnlyDictionary<string, string>? options = null, IReadOnlyDictionary<string, string>? globalSeverities = null,
        string? defaultOutlet = null, Func<string, Location?>? locateOption = null, string? defaultOutletSetting = null)
    {
        Options = CaseInsensitive(options);
        GlobalSeverities = CaseInsensitive(globalSeverities);
        DefaultOutlet = defaultOutlet;
        LocateOption = locateOption;
        DefaultOutletSetting = defaultOutletSetting;
    }

    private static readonly Dictionary<string, string> NoEntries = new(StringComparer.OrdinalIgnoreCase);

    public static ArticleSettings Empty { get; } = new();

    public IReadOnlyDictionary<string, string> Options { get; }
    public IReadOnlyDictionary<string, string> GlobalSeverities { get; }
    /// <summary>The outlet used when neither front matter nor <c>.editorconfig</c> names one (the CLI's <c>--outlet</c>).</summary>
    public string? DefaultOutlet { get; }
    /// <summary>The host's setting that gave <see cref="DefaultOutlet"/>, as an unknown outlet's message names it (the
    /// analyzer's <c>EditorialOutlet</c>); null: "the default outlet".</summary>
    public string? DefaultOutletSetting { get; }
    /// <summary>Where a key was set, when the host can tell (the CLI and the task read the files; the analyzer cannot).</summary>
    public Func<string, Location?>? LocateOption { get; }

    public string? Get(string key) => Options.TryGetValue(key, out var value) ? value : null;

    /// <summary>The <c>dotnet_diagnostic.&lt;ID&gt;.severity</c> keys of the article's sections, which the compiler ignores for
    /// diagnostics in additional files (roslyn#31916), so every host ignores them and reports them (ED9011). Only hosts that read the
    /// <c>.editorconfig</c> files themselves see them: the compiler does not hand them to an analyzer.</summary>
    public IEnumerable<KeyValuePair<string, string>> SectionSeverities =>
        Options.Where(entry => entry.Key.StartsWith(EditorialOptions.DotnetPrefix, StringComparison.OrdinalIgnoreCase));

    // .editorconfig keys are case-insensitive; Roslyn lowercases them, other hosts may not. Settings without any (most articles'
    // global severities) share one empty table: a build makes the settings of ten thousand articles.
    private static IReadOnlyDictionary<string, string> CaseInsensitive(IReadOnlyDictionary<string, string>? source)
    {
        if (source is null || source.Count == 0) return NoEntries;
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (source is not null) foreach (var entry in source) result[entry.Key] = entry.Value;
        return result;
    }
}
