using System;
using Editorial.Profiles;

namespace Editorial.Lexicon;

/// <summary>
/// The phrase lists and settings of an outlet profile that the attribution analysis reads. The defaults are in
/// rules/default.yml under <c>lists:</c>; an outlet extends them.
/// </summary>
public sealed class AttributionLexicon
{
    public const string ReportingVerbsList = "reporting-verbs";
    public const string VagueSourcingList = "vague-sourcing";
    public const string AnonymousSourcingList = "anonymous-sourcing";
    public const string AnonymityReasonsList = "anonymity-reasons";
    public const string UndescribedSourceWordsList = "undescribed-source-words";
    public const string ContestedEventsList = "contested-events";
    public const string SpeechNounsList = "speech-nouns";
    public const string WritingVerbsList = "writing-verbs";
    public const string MeetingRecordPhrasesList = "meeting-record-phrases";
    /// <summary>Profile setting: <c>required</c> makes ED3003 report anonymous sources given no reason for their anonymity.</summary>
    public static readonly ProfileSetting AnonymousSourceReasonSetting = new("anonymous-source-reason", ["required", "optional"], "optional",
        "required: ED3003 also reports anonymous sources given no reason for their anonymity");

    public static readonly ProfileSetting OpinionSourcingSetting = new("opinion-sourcing", ["hedge", "source"], "hedge",
        "hedge: an editorial's or a column's vague sourcing (\"reportedly\") hedges what the news pages reported, and ED3003 leaves it; source: ED3003 reports it as in news copy");

    /// <summary>The lexicon of <paramref name="profile"/>, built once per profile: a profile does not change once loaded.</summary>
    public static AttributionLexicon Of(OutletProfile profile) => profile.GetDerived(p => new AttributionLexicon(p));

    public AttributionLexicon(OutletProfile profile)
    {
        ReportingVerbs = new PhraseList(profile.GetList(ReportingVerbsList));
        VagueSourcing = new PhraseList(profile.GetList(VagueSourcingList));
        AnonymousSourcing = new PhraseList(profile.GetList(AnonymousSourcingList));
        AnonymityReasons = new PhraseList(profile.GetList(AnonymityReasonsList));
        UndescribedSourceWords = new PhraseList(profile.GetList(UndescribedSourceWordsList));
        ContestedEvents = new PhraseList(profile.GetList(ContestedEventsList));
        SpeechNouns = new PhraseList(profile.GetList(SpeechNounsList));
        WritingVerbs = new PhraseList(profile.GetList(WritingVerbsList));
        MeetingRecordPhrases = new PhraseList(profile.GetList(MeetingRecordPhrasesList));
        RequiresAnonymityReason = AnonymousSourceReasonSetting.ValueIn(profile) == "required";
    }

    /// <summary>The profile's <c>reporting-verbs</c>: every word or phrase that attributes words or a figure to someone
    /// ("said", "told", "according to", "put", "gave", "cited", "was quoted as saying"). The attribution rules and the figure
    /// reader share this one list, so an outlet that adds a verb adds it everywhere.</summary>
    public PhraseList ReportingVerbs { get; }
    public PhraseList VagueSourcing { get; }
    public PhraseList AnonymousSourcing { get; }
    public PhraseList AnonymityReasons { get; }
    /// <summary>Words before "sources" or "reports" that say nothing of whose they are ("the", "two", "news"): any other word
    /// describes them ("military sources", "police reports"), and the sourcing is not vague.</summary>
    public PhraseList UndescribedSourceWords { get; }
    public PhraseList ContestedEvents { get; }
    /// <summary>Nouns that attribute when someone owns them: "her answer", "the Kremlin’s statement".</summary>
    public PhraseList SpeechNouns { get; }
    /// <summary>Reporting verbs that say the words were written, not spoken ("tweeted", "posted", "wrote"): the quotation they
    /// attribute reproduces its author's text, marks and all ("route.. Think", ",,,"), which the writer does not correct.</summary>
    public PhraseList WritingVerbs { get; }
    /// <summary>The formulas of a meeting's record ("seconded by", "it was agreed", "apologies for absence"): in minutes, "it
    /// was reported that …" records what the meeting heard, and the meeting is its source.</summary>
    public PhraseList MeetingRecordPhrases { get; }
    public bool RequiresAnonymityReason { get; }
}
