using System;

namespace Editorial.Diagnostics;

/// <summary>What a rule reports: its stable ID, texts, default severity and documentation.</summary>
public sealed class DiagnosticDescriptor
{
    public const string HelpLinkBase = "https://github.com/editorial-tools/editorial/blob/main/docs/rules/";

    public DiagnosticDescriptor(string id, string title, string messageFormat, string category, Severity defaultSeverity,
        string description, bool offersFix = false, string? fix = null)
    {
        if (fix is not null && !offersFix) throw new ArgumentException("A fix is described only for a rule that offers one.", nameof(fix));
        Id = id ?? throw new ArgumentNullException(nameof(id));
        Title = title;
        MessageFormat = messageFormat;
        Category = category;
        DefaultSeverity = defaultSeverity;
        Description = description;
        OffersFix = offersFix;
        Fix = fix;
    }

    public string Id { get; }
    public string Title { get; }
    /// <summary>A <see cref="string.Format(string, object[])"/> pattern filled with the diagnostic's arguments.</summary>
    public string MessageFormat { get; }
    public string Category { get; }
    public Severity DefaultSeverity { get; }
    public string Description { get; }
    /// <summary>True when the rule's findings can carry a fix (not every finding has one: a tie, a broken sentence);
    /// <c>editorial rules</c> shows it, and each doc page's "Fix" row says which.</summary>
    public bool OffersFix { get; }
    /// <summary>What the fix does, in a few words ("the outlet's preferred form"), and when there is none; the doc page's
    /// "Fix" row is generated from it (tools/Editorial.DocGen). Null for a rule without a fix, or one that does not say.</summary>
    public string? Fix { get; }
    public string HelpLink => HelpLinkBase + Id + ".md";

    public override string ToString() => Id;
}
