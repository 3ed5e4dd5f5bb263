using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Editorial.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using EditorialDescriptor = Editorial.Diagnostics.DiagnosticDescriptor;
using Severity = Editorial.Diagnostics.Severity;

namespace Editorial.Analyzers;

/// <summary>
/// Roslyn descriptors made from the engine's descriptors: one per ID for <see cref="DiagnosticAnalyzer.SupportedDiagnostics"/>,
/// and, for rules that are off by default, an enabled twin used when an <c>editorial.&lt;ID&gt;.severity</c> key switches them on
/// (the compiler drops a diagnostic whose descriptor is disabled by default unless a compiler option names its ID).
/// </summary>
internal sealed class RoslynDescriptors
{
    /// <summary>The message is formatted by the engine, with the invariant culture, so the analyzer and the CLI print the same text.</summary>
    private const string PreformattedMessage = "{0}";

    private readonly Dictionary<string, (DiagnosticDescriptor Supported, DiagnosticDescriptor Enabled)> _byId;

    public RoslynDescriptors(IEnumerable<EditorialDescriptor> descriptors, ISet<string> crossArticleIds)
    {
        _byId = new Dictionary<string, (DiagnosticDescriptor, DiagnosticDescriptor)>(StringComparer.Ordinal);
        foreach (var descriptor in descriptors)
        {
            if (_byId.ContainsKey(descriptor.Id)) continue;
            var crossArticle = crossArticleIds.Contains(descriptor.Id);
            var supported = Create(descriptor, crossArticle, descriptor.DefaultSeverity != Severity.None);
            var enabled = supported.IsEnabledByDefault ? supported : Create(descriptor, crossArticle, isEnabledByDefault: true);
            _byId[descriptor.Id] = (supported, enabled);
        }
        Supported = _byId.Values.Select(pair => pair.Supported).OrderBy(d => d.Id, StringComparer.Ordinal).ToImmutableArray();
        KnownKeys = AdditionalFileRoles.KnownKeys(_byId.Keys);
    }

    public ImmutableArray<DiagnosticDescriptor> Supported { get; }

    /// <summary>The <c>editorial.*</c> keys these descriptors can be configured with; see <see cref="AdditionalFileRoles.GetSettings"/>.</summary>
    public IReadOnlyList<string> KnownKeys { get; }

    /// <summary>The descriptor to report <paramref name="id"/> with, once the engine has decided it is reported at all.</summary>
    public DiagnosticDescriptor ForReporting(string id) => _byId[id].Enabled;

    public bool Contains(string id) => _byId.ContainsKey(id);

    /// <summary>Editorial severities in Roslyn's terms: a suggestion is Info; a rule that is off by default is disabled.</summary>
    public static DiagnosticSeverity ToRoslyn(Severity severity) => severity switch
    {
        Severity.Error => DiagnosticSeverity.Error,
        Severity.Warning => DiagnosticSeverity.Warning,
        _ => DiagnosticSeverity.Info,
    };

    private static DiagnosticDescriptor Create(EditorialDescriptor descriptor, bool crossArticle, bool isEnabledByDefault) => new(
        descriptor.Id,
        descriptor.Title,
        PreformattedMessage,
        descriptor.Category,
        ToRoslyn(descriptor.DefaultSeverity),
        isEnabledByDefault,
        descriptor.Description,
        descriptor.HelpLink,
        // Cross-article findings need every article: IDEs run compilation-end analysis only in builds and full-solution analysis.
        crossArticle ? [WellKnownDiagnosticTags.CompilationEnd] : []);
}
