using System.Collections.Generic;
using System.Linq;
using Editorial.Articles;
using Editorial.Diagnostics;
using Editorial.Profiles;
using Editorial.Text;

namespace Editorial.Rules.Spelling;

/// <summary>
/// ED1007: courtesy titles written "Mr" and "Mr." in one article, or against the profile: <c>honorific-period: true|false</c>,
/// or <c>courtesy-titles: false</c> for outlets that use none (AP: "Biden", not "Mr Biden", outside quotations).
/// </summary>
public sealed class HonorificStyleRule : ArticleRule
{
    public static readonly ProfileSetting PeriodSetting = new("honorific-period", ["true", "false"], null,
        "whether courtesy titles take a point (Mr., Dr.) or not (Mr, Dr) (ED1007)");
    public static readonly ProfileSetting CourtesyTitlesSetting = new("courtesy-titles", ["true", "false"], "true",
        "false: the outlet uses no courtesy titles, and each one is reported (ED1007)");

    public static readonly DiagnosticDescriptor Descriptor = new(
        RuleIds.HonorificStyle, "Courtesy title written two ways", "'{0}' should be '{1}' ({2})",
        RuleCategory.Spelling, Severity.Warning,
        "Courtesy titles are written with a full point (Mr., Mrs., Ms.) or without (Mr, Mrs, Ms). An article should use one style, " +
        "the outlet's if its profile states one; some outlets use no courtesy titles at all.", offersFix: true, fix: "the outlet's style, else the article's majority");

    public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [Descriptor];

    private static readonly string[] Titles = ["Mr", "Mrs", "Ms"];

    private sealed record Occurrence(TextSpan Title, TextSpan WithName, string Text, string Name, string Style, bool InQuotation, bool InHeading) : IStyleOccurrence
    {
        public TextSpan Span => Title;

        /// <summary>The title without its point: "Mr".</summary>
        public string Word => Text.TrimEnd('.');
    }

    public override void Analyze(ArticleContext context)
    {
        var article = context.Article;
        var profile = context.Profile;
        var occurrences = Find(article, profile);
        if (occurrences.Count == 0) return;
        var style = SpellingText.StyleName(profile);
        if (CourtesyTitlesSetting.ValueIn(profile) == "false")
        {
            foreach (var occurrence in StyleChoice.WritersOwn(context, occurrences))
            {
                var written = article.GetText(occurrence.WithName);
                var why = style + " uses no courtesy titles";
                context.Report(Descriptor, occurrence.WithName, [written, occurrence.Name, why], null,
                    new Fix($"Use '{occurrence.Name}' ({why})", new TextEdit(occurrence.WithName, occurrence.Name)), quotationSensitive: true);
            }
            return;
        }
        var profileStyle = PeriodSetting.ValueIn(profile) switch
        {
            "true" => "period",
            "false" => "none",
            _ => null,
        };
        // Headlines are set apart from the copy, often by another desk or a template ("Thanks for Nothing Mr Maharey!" over a
        // release that writes "Mr." in its text): only the outlet's stated style reaches them.
        if (profileStyle is null) occurrences = occurrences.Where(o => !o.InHeading).ToList();
        if (occurrences.Count == 0) return;
        // A title written one way every time, and more than once, is the writer's choice for that title, whatever the others
        // do: "Ms" throughout minutes that write "Mr." and "Mrs." (some styles never point "Ms", which abbreviates nothing).
        var consistentTitles = occurrences.Where(o => !o.InQuotation).GroupBy(o => o.Word)
            .Where(g => g.Count() >= MinimumForStyleOfItsOwn && g.Select(o => o.Style).Distinct().Count() == 1)
            .Select(g => g.Key).ToList();
        if (profileStyle is null && IsPointedMajorityTooNarrowForBritishCopy(context, occurrences)) return;
        // A tie that a later form contradicts in its paragraph ("Ms. Pitama, Ms Poulson") reports the later one; but the academic
        // titles before names say which is the writer's, when the article writes them one way ("Dr Haitana" twice): the same
        // desk points all its titles or none. A tie nothing contradicts stays quiet, as before.
        var reason = style;
        if (profileStyle is null && AcademicTitlesStyle(article) is { } academic && StyleChoice.Expected(occurrences, null) is { } first
            && StyleChoice.IsTie(StyleChoice.Votes(article, occurrences), first) && StyleChoice.Departures(article, occurrences, first, decidedByProfile: false).Any())
        {
            profileStyle = academic;
            reason = "as 'Dr' and 'Prof' are written in this article";
        }
        StyleChoice.ReportDepartures(context, Descriptor, occurrences, profileStyle, reason, occurrence => occurrence.Text,
            (occurrence, expected) => expected == "period" ? occurrence.Word + "." : occurrence.Word,
            occurrence => consistentTitles.Contains(occurrence.Word));
    }

    /// <summary>
    /// True when the article's majority points its titles ("Mr.") by less than <see cref="BritishPointedMajority"/> to one
    /// and its spelling is British: British and New Zealand copy writes "Mr" without a point, as their style guides say, so
    /// there two "Mr." beside one "Mr" do not show the desk's style (of 18 judged warnings asking for the point, 7 were wrong,
    /// each in British copy, the judges taking "Mr." for the slip). A lapse beside three or more pointed titles is one still.
    /// </summary>
    private static bool IsPointedMajorityTooNarrowForBritishCopy(ArticleContext context, List<Occurrence> occurrences)
    {
        var votes = StyleChoice.Votes(context.Article, occurrences).Where(o => !o.InQuotation).ToList();
        var pointed = votes.Count(o => o.Style == "period");
        var plain = votes.Count - pointed;
        return plain > 0 && pointed > plain && pointed < BritishPointedMajority * plain && MixedRegionalSpellingRule.SpellsBritish(context.Analyzed, context.Profile);
    }

    /// <summary>How many pointed titles to each plain one show a pointed style in British copy.</summary>
    private const int BritishPointedMajority = 3;

    private static readonly string[] AcademicTitles = ["Dr", "Prof"];

    /// <summary>"period" or "none": how the article writes "Dr" and "Prof" before a capitalised name outside quotations and
    /// headlines, when it writes them one way only; null when it writes none or both.</summary>
    private static string? AcademicTitlesStyle(Article article)
    {
        string? style = null;
        var tokens = article.Tokens;
        for (var i = 0; i + 2 < tokens.Count; i++)
        {
            var token = tokens[i];
            if (!token.IsWord || System.Array.IndexOf(AcademicTitles, token.Text) < 0 || token.IsTranscribed || token.IsInHeading) continue;
            var period = tokens[i + 1].IsPunctuation('.') && tokens[i + 1].Span.Start == token.Span.End;
            if (tokens[period ? i + 2 : i + 1] is not { IsWord: true, StartsUpper: true }) continue;
            var written = period ? "period" : "none";
            if (style is not null && style != written) return null;
            style = written;
        }
        return style;
    }

    /// <summary>Offices a speaker addresses with a courtesy title ("Mr. Chancellor", "Madam Speaker"), beside the profile's
    /// standalone titles.</summary>
    private static readonly HashSet<string> AddressedOffices = new(System.StringComparer.Ordinal)
    {
        "Chancellor", "Speaker", "Chairman", "Chair", "Chairperson", "Vice", "Deputy", "Ambassador", "Commissioner", "Secretary", "Minister",
    };

    /// <summary>How many times a title written one way holds its own style against the article's other titles.</summary>
    private const int MinimumForStyleOfItsOwn = 2;

    /// <summary>"Mr Biden" and "Mr. Biden": a title directly before a capitalised name. Not before an office: "Mr. Chancellor",
    /// "Mr President" address its holder in a speech, a form of its own that speakers and their transcripts keep whatever the
    /// copy's style.</summary>
    private static List<Occurrence> Find(Article article, OutletProfile profile)
    {
        var occurrences = new List<Occurrence>();
        var tokens = article.Tokens;
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            var token = tokens[i];
            if (!token.IsWord || System.Array.IndexOf(Titles, token.Text) < 0) continue;
            var period = tokens[i + 1].IsPunctuation('.') && tokens[i + 1].Span.Start == token.Span.End;
            var nameIndex = period ? i + 2 : i + 1;
            if (nameIndex >= tokens.Count || tokens[nameIndex] is not { IsWord: true } name || !name.StartsUpper) continue;
            if (AddressedOffices.Contains(name.Text) || StandaloneTitles.IsTitle(profile, name.Text.ToLowerInvariant())) continue;
            var title = period ? TextSpan.FromBounds(token.Span.Start, tokens[i + 1].Span.End) : token.Span;
            if (!SpellingText.OnlySpacesBetween(article.Text, title, name.Span)) continue;
            occurrences.Add(new Occurrence(title, TextSpan.FromBounds(token.Span.Start, name.Span.End), article.GetText(title), name.Text,
                period ? "period" : "none", token.IsTranscribed, token.IsInHeading));
        }
        return occurrences;
    }
}
