using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Editorial.Configuration;
using Editorial.Hosting;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Editorial.Analyzers;

/// <summary>What an additional file is to Editorial.</summary>
internal enum AdditionalFileRole
{
    /// <summary>Not Editorial's (PublicAPI.Shipped.txt, stylecop.json, …).</summary>
    None,
    Article,
    /// <summary>An outlet profile of the project (<c>rules/*.yml</c>).</summary>
    Profile,
}

/// <summary>
/// Reads what the build tells the analyzer about an additional file: its role, and the <c>editorial.*</c> keys of the
/// <c>.editorconfig</c> sections that match it. See docs/ide.md for the contract with the package's targets.
/// </summary>
internal static class AdditionalFileRoles
{
    /// <summary>The <c>EditorialKind</c> item metadata (<c>Article</c> or <c>Profile</c>) the package puts on the AdditionalFiles it adds,
    /// made visible to analyzers with <c>CompilerVisibleItemMetadata</c>.</summary>
    public const string KindKey = "build_metadata.AdditionalFiles.EditorialKind";

    /// <summary>The project's <c>EditorialOutlet</c> property (a <c>CompilerVisibleProperty</c>): the outlet when nothing closer names one.</summary>
    public const string OutletPropertyKey = "build_property.EditorialOutlet";

    /// <summary>The property's name, as an unknown outlet's message names where it came from.</summary>
    private const string DefaultOutletProperty = "EditorialOutlet";

    /// <summary>
    /// When the package's targets are in charge, every additional file carries the <c>EditorialKind</c> key (empty on files the
    /// package did not add) and only files marked <c>Article</c> or <c>Profile</c> are Editorial's. Without the key (a project that
    /// wires the analyzer by hand) the file's name decides, as in the CLI's folder search (<see cref="ProjectLayout"/>): article
    /// extensions other than a project's own documents (README.md) are articles, .yml/.yaml in a rules folder are profiles.
    /// </summary>
    public static AdditionalFileRole GetRole(AdditionalText file, AnalyzerConfigOptions options)
    {
        if (options.TryGetValue(KindKey, out var kind))
        {
            return kind.Trim().ToLowerInvariant() switch
            {
                "article" => AdditionalFileRole.Article,
                "profile" => AdditionalFileRole.Profile,
                _ => AdditionalFileRole.None,
            };
        }
        if (ProjectLayout.IsArticleName(file.Path)) return AdditionalFileRole.Article;
        var folder = Path.GetFileName(Path.GetDirectoryName(file.Path) ?? "");
        return ProjectLayout.IsProfileName(file.Path) && folder.Equals(ProjectLayout.ProfileFolderName, StringComparison.OrdinalIgnoreCase)
            ? AdditionalFileRole.Profile : AdditionalFileRole.None;
    }

    /// <summary>The article's settings: its <c>editorial.*</c> keys and the project's default outlet. The <c>dotnet_diagnostic</c> keys of a
    /// global config are not among the analyzer's options: the compiler applies them to what the analyzer reports.</summary>
    /// <param name="knownKeys">The keys to look up one by one in a host whose options cannot list their keys (before Roslyn 4.4).</param>
    public static ArticleSettings GetSettings(AnalyzerConfigOptions options, string? defaultOutlet, IEnumerable<string> knownKeys)
    {
        var editorial = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        IEnumerable<string> keys;
        try
        {
            keys = options.Keys.ToList();
        }
        catch (NotImplementedException)
        {
            keys = knownKeys;
        }
        foreach (var key in keys)
        {
            if (key.StartsWith(EditorialOptions.Prefix, StringComparison.OrdinalIgnoreCase) && options.TryGetValue(key, out var value))
            {
                editorial[key] = value;
            }
        }
        return new ArticleSettings(editorial, defaultOutlet: defaultOutlet, defaultOutletSetting: DefaultOutletProperty);
    }

    /// <summary>The <c>editorial.*</c> keys Editorial itself defines: the general ones and a severity key per diagnostic ID.</summary>
    public static IReadOnlyList<string> KnownKeys(IEnumerable<string> ids) =>
        EditorialOptions.Keys.Concat(ids.Select(EditorialOptions.SeverityKey))
            .ToList();

    public static string? GetDefaultOutlet(AnalyzerConfigOptions globalOptions) =>
        globalOptions.TryGetValue(OutletPropertyKey, out var outlet) && !string.IsNullOrWhiteSpace(outlet) ? outlet.Trim() : null;
}
