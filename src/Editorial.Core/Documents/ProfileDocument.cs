using System.Collections.Generic;

namespace Editorial.Documents;

// The YAML shape of an outlet profile in rules/. Property names map to hyphenated keys (preferred, variants,
// since, exceptions, scope...). Unknown keys are errors, so a typo in a profile is reported, not ignored.

internal sealed class ProfileDocument
{
    public string? Name { get; set; }
    public string? Title { get; set; }
    public string? Extends { get; set; }
    /// <summary>Regional spelling: one of <see cref="Profiles.OutletProfile.SpellingOfLocale"/>'s locales (en-US, en-GB, en-AU…).</summary>
    public string? Locale { get; set; }
    /// <summary>Where the profile's choices come from (style guide, published copy).</summary>
    public string? Source { get; set; }
    public List<SpellingDocument>? Spellings { get; set; }
    /// <summary>Rule-specific style choices, such as <c>honorific-period: false</c> or <c>time-format: hhmm</c>.</summary>
    public Dictionary<string, string>? Settings { get; set; }
    /// <summary>Phrase lists rules read (attribution verbs, vague sourcing, embed debris); a profile adds to what it extends.</summary>
    public Dictionary<string, List<string>>? Lists { get; set; }
    /// <summary>Entries of the extended profile's lists that this outlet does not want ("governor" under
    /// <c>standalone-titles</c>), taken out before <see cref="Lists"/> adds this profile's own.</summary>
    public Dictionary<string, List<string>>? RemoveFromLists { get; set; }
    public Dictionary<string, string>? Severities { get; set; }
    /// <summary>Self-tests: texts and the diagnostic IDs this profile must report on them.</summary>
    public List<ExampleDocument>? Examples { get; set; }
}

internal sealed class SpellingDocument
{
    public string? Preferred { get; set; }
    public List<string>? Variants { get; set; }
    /// <summary>The date from which the choice holds (an article's <c>date</c> decides); before it the entry does not apply.</summary>
    public string? Since { get; set; }
    /// <summary>Phrases in which a variant stays ("chicken Kiev", "Kievan Rus").</summary>
    public List<string>? Exceptions { get; set; }
    /// <summary><c>all</c> (default), <c>body</c> or <c>headline</c>.</summary>
    public string? Scope { get; set; }
    /// <summary>Case-sensitive match of variants (for "US" against "us"); by default a variant matches in any case.</summary>
    public bool? MatchCase { get; set; }
    public string? Source { get; set; }
}

internal sealed class ExampleDocument
{
    public string? Text { get; set; }
    public string? Date { get; set; }
    public List<string>? Reports { get; set; }
}
