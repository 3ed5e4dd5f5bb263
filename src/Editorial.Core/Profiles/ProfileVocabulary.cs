using System;
using System.Collections.Generic;
using System.Linq;
using Editorial.Attribution;
using Editorial.Rules;
using Editorial.Rules.Hygiene;
using Editorial.Rules.Spelling;

namespace Editorial.Profiles;

/// <summary>
/// The one declaration of the settings (<c>settings:</c>) and phrase lists (<c>lists:</c>) a profile may set: each entry is
/// the constant the rule that reads it defines, so a profile key the rules do not read is reported (ED9004), not ignored.
/// A rule that reads a new key defines a constant for it and adds it here.
/// </summary>
public static class ProfileVocabulary
{
    public static IReadOnlyList<string> Settings { get; } = new[]
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
        }
        // abbreviations-us, abbreviations-uk...: the body style of one abbreviation.
        .Concat(AbbreviationStyleRule.Abbreviations.Select(letters => AbbreviationStyleRule.BodySetting + "-" + letters.ToLowerInvariant()))
        .OrderBy(key => key, StringComparer.Ordinal)
        .ToList();

    public static IReadOnlyList<string> Lists { get; } = new[]
        {
            NameParticles.ListName,
            LowercaseProperNounRule.ProperNamesList,
            RepeatedWordRule.RepeatableWordsList,
            PastedDebrisRule.EmbedDebrisList,
            PastedDebrisRule.DebrisLinesList,
            PastedDebrisRule.CaptionCreditLabelsList,
            PastedDebrisRule.MetadataLabelsList,
            PastedDebrisRule.CaptionDebrisList,
            PastedDebrisRule.AuthorRolesList,
            AttributionLexicon.ReportingVerbsList,
            AttributionLexicon.VagueSourcingList,
            AttributionLexicon.AnonymousSourcingList,
            AttributionLexicon.AnonymityReasonsList,
            AttributionLexicon.ContestedEventsList,
            AttributionLexicon.SpeechNounsList,
        }
        .OrderBy(key => key, StringComparer.Ordinal)
        .ToList();

    public static bool IsSetting(string key) => Settings.Contains(key, StringComparer.OrdinalIgnoreCase);

    public static bool IsList(string name) => Lists.Contains(name, StringComparer.OrdinalIgnoreCase);
}
