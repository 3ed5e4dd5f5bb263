using System.Collections.Generic;
using System.Linq;
using Editorial.Diagnostics;

namespace Editorial.Rules;

/// <summary>The one catalog of rules and diagnostic IDs; every host takes its rules and descriptors from here.</summary>
public static class RuleCatalog
{
    public static IReadOnlyList<Rule> Rules { get; } =
    [
        // ED1xxx spelling
        new Spelling.InconsistentSpellingRule(),
        new Spelling.OutletSpellingRule(),
        new Spelling.MixedRegionalSpellingRule(),
        new Spelling.LowercaseProperNounRule(),
        new Spelling.OutletConsistencyRule(),
        new Spelling.AbbreviationStyleRule(),
        new Spelling.HonorificStyleRule(),
        new Spelling.TimeFormatRule(),
        // ED2xxx figures
        new Figures.ConflictingFiguresInArticleRule(),
        new Figures.ConflictingFiguresAcrossStoryRule(),
        new Figures.MismatchedUnitConversionRule(),
        new Figures.SourcesDisagreeOnFigureRule(),
        new Figures.UpdatedFigureRule(),
        // ED3xxx attribution
        new Attribution.UnattributedQuotationRule(),
        new Attribution.UnsourcedFigureRule(),
        new Attribution.VagueSourcingRule(),
        new Attribution.UnbalancedQuotationMarksRule(),
        // ED4xxx copy hygiene
        new Hygiene.PastedDebrisRule(),
        new Hygiene.RepeatedTextRule(),
        new Hygiene.StrayPunctuationRule(),
        new Hygiene.QuotationStyleRule(),
        new Hygiene.RepeatedWordRule(),
        new Hygiene.DashAndEllipsisStyleRule(),
        new Hygiene.NumberStyleRule(),
        new Hygiene.OutletQuotationStyleRule(),
    ];

    /// <summary>Every descriptor: the rules' and the configuration and internal-error diagnostics'.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = Rules
        .SelectMany(rule => rule.Descriptors)
        .Concat(ConfigurationDescriptors.All)
        .OrderBy(d => d.Id, System.StringComparer.Ordinal)
        .ToList();

    public static DiagnosticDescriptor? Find(string id) => Descriptors.FirstOrDefault(d => d.Id == id);
}
