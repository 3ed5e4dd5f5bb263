using System;
using System.Collections.Generic;
using System.Linq;
using Editorial.Diagnostics;
using Editorial.Figures;
using Editorial.Lexicon;
using Editorial.Profiles;
using Editorial.Rules;
using Editorial.Rules.Hygiene;
using Editorial.Rules.Spelling;

namespace Editorial.Engine;

/// <summary>
/// The one catalog of rules and diagnostic IDs; every host takes its rules and descriptors from here. It lives with the
/// engine, above the rules it lists, so that the rules' own namespace never refers to its sub-namespaces.
/// </summary>
public static class RuleCatalog
{
    public static IReadOnlyList<Rule> Rules { get; } =
    [
        // ED1xxx spelling
        new Rules.Spelling.InconsistentSpellingRule(),
        new Rules.Spelling.OutletSpellingRule(),
        new Rules.Spelling.MixedRegionalSpellingRule(),
        new Rules.Spelling.LowercaseProperNounRule(),
        new Rules.Spelling.OutletConsistencyRule(),
        new Rules.Spelling.AbbreviationStyleRule(),
        new Rules.Spelling.HonorificStyleRule(),
        new Rules.Spelling.TimeFormatRule(),
        new Rules.Spelling.MisspeltWordRule(),
        // ED2xxx figures
        new Rules.Figures.ConflictingFiguresInArticleRule(),
        new Rules.Figures.ConflictingFiguresAcrossStoryRule(),
        new Rules.Figures.MismatchedUnitConversionRule(),
        new Rules.Figures.SourcesDisagreeOnFigureRule(),
        new Rules.Figures.UpdatedFigureRule(),
        // ED3xxx attribution
        new Rules.Attribution.UnattributedQuotationRule(),
        new Rules.Attribution.UnsourcedFigureRule(),
        new Rules.Attribution.VagueSourcingRule(),
        new Rules.Attribution.UnbalancedQuotationMarksRule(),
        // ED4xxx copy hygiene
        new Rules.Hygiene.PastedDebrisRule(),
        new Rules.Hygiene.RepeatedTextRule(),
        new Rules.Hygiene.StrayPunctuationRule(),
        new Rules.Hygiene.QuotationStyleRule(),
        new Rules.Hygiene.RepeatedWordRule(),
        new Rules.Hygiene.DashAndEllipsisStyleRule(),
        new Rules.Hygiene.NumberStyleRule(),
        new Rules.Hygiene.OutletQuotationStyleRule(),
        new Rules.Hygiene.GarbledCharactersRule(),
    ];

    /// <summary>The IDs that the corpus rules of <paramref name="rules"/> report. A finding is cross-article because a
    /// <see cref="CorpusRule"/> reports it: the rule's type is the one signal, and no descriptor repeats it.</summary>
    public static ISet<string> CrossArticleIds(IEnumerable<Rule> rules) =>
        new HashSet<string>(rules.OfType<CorpusRule>().SelectMany(rule => rule.Descriptors).Select(descriptor => descriptor.Id), StringComparer.Ordinal);


    /// <summary>Every descriptor: the rules' and the configuration and internal-error diagnostics'.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = DescriptorsOf(Rules);

    /// <summary>The descriptors of these rules and the engine's own (configuration problems, rule failures), by ID: what a
    /// host that runs them lists (<c>editorial rules</c>, SARIF's rules, the analyzer's supported diagnostics).</summary>
    public static IReadOnlyList<DiagnosticDescriptor> DescriptorsOf(IEnumerable<Rule> rules) => rules
        .SelectMany(rule => rule.Descriptors)
        .Concat(ConfigurationDescriptors.All)
        .GroupBy(d => d.Id, StringComparer.Ordinal)
        .Select(g => g.First())
        .OrderBy(d => d.Id, StringComparer.Ordinal)
        .ToList();

    public static DiagnosticDescriptor? Find(string id) => Descriptors.FirstOrDefault(d => d.Id == id);

    /// <summary>
    /// What a profile may name when these rules run: their IDs and the configuration diagnostics' under <c>severities:</c>,
    /// and the settings (with their values) and lists the rules read. Each is declared by the code that reads it (a
    /// <see cref="ProfileSetting"/>, or a list name constant); code that reads a new one declares it and adds it here.
    /// </summary>
    public static ProfileVocabulary VocabularyOf(IEnumerable<Rule> rules) => new(
        DescriptorsOf(rules).Select(d => d.Id),
        ProfileSettings,
        ProfileLists);

    private static readonly IReadOnlyList<ProfileSetting> ProfileSettings = new[]
        {
            AbbreviationStyleRule.BodySetting,
            AbbreviationStyleRule.HeadlineSetting,
            HonorificStyleRule.PeriodSetting,
            HonorificStyleRule.CourtesyTitlesSetting,
            TimeFormatRule.Setting,
            MixedRegionalSpellingRule.IseSetting,
            VariantIndex.VariantsInNamesSetting,
            OutletSpellingRule.QuotedSpellingSetting,
            DiagnosticSink.ReproducedTextSetting,
            NumberStyleRule.NumberStyleSetting,
            QuotationStyleRule.QuotePunctuationSetting,
            AttributionLexicon.AnonymousSourceReasonSetting,
            AttributionLexicon.OpinionSourcingSetting,
        }
        .Concat(AbbreviationStyleRule.OneAbbreviationSettings)
        .ToList();

    private static readonly IReadOnlyList<string> ProfileLists =
    [
        NameParticles.ListName,
        WordSlips.ForeignPhrasesList,
        MixedRegionalSpellingRule.RegionalNamesList,
        LowercaseProperNounRule.ProperNamesList,
        StandaloneTitles.ListName,
        StandaloneTitles.CapitalisedListName,
        RepeatFreeFixes.RepeatableWordsList,
        RepeatedWordRule.ParticleVerbsList,
        PastedDebris.EmbedDebrisList,
        PastedDebris.DebrisLinesList,
        PastedDebris.CaptionCreditLabelsList,
        PastedDebris.MetadataLabelsList,
        PastedDebris.CaptionDebrisList,
        PastedDebris.AuthorRolesList,
        PastedDebris.EmbedHostsList,
        AttributionLexicon.ReportingVerbsList,
        AttributionLexicon.VagueSourcingList,
        AttributionLexicon.AnonymousSourcingList,
        AttributionLexicon.AnonymityReasonsList,
        AttributionLexicon.UndescribedSourceWordsList,
        AttributionLexicon.ContestedEventsList,
        AttributionLexicon.SpeechNounsList,
        AttributionLexicon.WritingVerbsList,
        AttributionLexicon.MeetingRecordPhrasesList,
        .. FigureLexicon.HedgeLists.Select(list => list.List),
        FigureLexicon.MoneyNounsList,
        FigureLexicon.MeasureNounsList,
        FigureLexicon.DurationNounsList,
        FigureLexicon.AmountExpectationsList,
        FigureLexicon.AmountVerbsList,
        FigureLexicon.DistanceVerbsList,
    ];

    // After the two lists above: static fields are set in the order they are written.
    /// <summary>What a profile may name for the catalog's rules (see <see cref="VocabularyOf"/>).</summary>
    public static ProfileVocabulary Vocabulary { get; } = VocabularyOf(Rules);
}
