using System;
using System.Collections.Generic;
using System.Linq;
using Editorial.Diagnostics;
using Editorial.Lexicon;
using Editorial.Profiles;

namespace Editorial.Rules.Spelling;

/// <summary>
/// ED1005: the articles of one outlet spell a name or compound differently (three write "videoconference", one "video
/// conference"). Reported in the minority articles, with the majority's first uses as related locations, when the majority is
/// clear (at least three articles, and twice the articles of every other form together). Articles of
/// different outlets may follow different styles, so only articles with the same outlet profile are compared; articles
/// with no outlet (the neutral default profile) are not compared at all. Names are compared only when they name the same
/// entity (no two given names with one surname, no given name written alone, no two names with different first letters, no
/// title of ordinary words), and no form the outlet's profile or locale rules out is ever proposed.
/// </summary>
public sealed class OutletConsistencyRule : CorpusRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        RuleIds.OutletConsistency, "Spelling differs across an outlet's articles", "'{0}' is spelled '{1}' in most {2} articles ({3} of {4})",
        RuleCategory.Spelling, Severity.Suggestion,
        "Articles of the same outlet spell one name or compound in different ways. The form most of the outlet's articles use is " +
        "taken as canonical; the finding is in each article that differs. Spellings the outlet's profile decides are ED1002's.",
        offersFix: true, fix: "the form most of the outlet's articles use");

    public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [Descriptor];

    /// <summary>Only articles of an outlet are compared; they keep their variant index (their compounds, names and listed forms).</summary>
    public override void Summarize(AnalyzedArticle article)
    {
        if (VariantIndex.IsComparedAcrossArticles(article)) article.Keep(VariantIndex.Of(article));
    }

    /// <summary>Only articles of one outlet are compared.</summary>
    public override string PartOf(AnalyzedArticle article) => article.Profile.Name;

    /// <summary>Each outlet's variant keys, counted article by article: the articles ED1005 reads are those holding a key the outlet
    /// writes in more than one form.</summary>
    internal override Func<PartTable> NewTable => () => new OutletVariantTable();

    private sealed record ArticleForm(AnalyzedArticle Article, string Form, IReadOnlyList<VariantOccurrence> Occurrences);

    public override void Analyze(CorpusContext context)
    {
        foreach (var outlet in context.Parts)
        {
            var table = (OutletVariantTable)outlet.Table;
            if (table.ComparedArticles < 3) continue;
            // Only keys the outlet may write in more than one form are read occurrence by occurrence: those whose hash it does
            // (hashes of different keys may meet, and their occurrences are then read too). Every occurrence of a key that
            // varies is among them, so what the occurrences below tell of that key is what all of the outlet's would. Only the
            // articles holding such a key are read (an article without one has no occurrence to read), in the run's order, and
            // of each only those keys' occurrences, once: an outlet of thousands of articles has hundreds of keys in each.
            var (candidates, givenNames) = table.Keys();
            if (candidates.Count == 0) continue;
            var articles = outlet.Read(table.HoldersOf(candidates, outlet)).Select(read => read.Article).ToList();
            var read = articles.Select(a => (Article: a, Occurrences: VariantIndex.Of(a).OccurrencesOf(candidates))).ToList();
            // Open compounds ("video conference") are any two words; they only matter where some article closes them up.
            var closedUp = new HashSet<string>(read.SelectMany(r => r.Occurrences)
                .Where(o => o.Kind == VariantKind.Compound && o.Form == VariantIndex.Closed).Select(o => o.Key), System.StringComparer.Ordinal);
            var openNouns = VariantIndex.OpenNouns(read.SelectMany(r => r.Occurrences));
            var varying = KeysWrittenSeveralWays(read.SelectMany(r => r.Occurrences));
            var byKey = new Dictionary<string, List<ArticleForm>>(System.StringComparer.Ordinal);
            foreach (var (article, occurrencesRead) in read)
            {
                var relevant = occurrencesRead
                    .Where(o => (o.Kind != VariantKind.Compound || closedUp.Contains(o.Key)) && varying.Contains(o.Key) && !VariantIndex.IsSetApart(o, openNouns)
                                && !(o.StandsAlone && givenNames.Contains(o.Key)) && !IsTitle(o));
                foreach (var group in relevant.GroupBy(o => o.Key))
                {
                    var occurrences = group.ToList();
                    if (occurrences.Any(o => VariantIndex.IsDecidedByOutlet(o.Entry, article))) continue;
                    var form = StyleChoice.Expected(occurrences, null) ?? occurrences[0].Form;
                    if (!byKey.TryGetValue(group.Key, out var list)) byKey[group.Key] = list = new();
                    list.Add(new ArticleForm(article, form, occurrences));
                }
            }
            foreach (var entry in byKey)
            {
                if (!NameTheSameEntity(entry.Value)) continue;
                // Messages name the outlet by its profile's title ("most Associated Press articles"), not its name.
                ReportMinority(context, articles[0].Profile.Title, entry.Value);
            }
        }
    }

    /// <summary>
    /// The keys that the outlet's articles write in more than one form. Only these can be reported: an article's form is one of
    /// its occurrences' forms, so a key written one way everywhere has no minority. Most keys are (every long word is a
    /// candidate closed compound), and they are left out before the articles' forms are worked out.
    /// </summary>
    private static HashSet<string> KeysWrittenSeveralWays(IEnumerable<VariantOccurrence> occurrences)
    {
        var firstForm = new Dictionary<string, string>(System.StringComparer.Ordinal);
        var varying = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var occurrence in occurrences)
        {
            if (!firstForm.TryGetValue(occurrence.Key, out var form)) firstForm[occurrence.Key] = occurrence.Form;
            else if (form != occurrence.Form) varying.Add(occurrence.Key);
        }
        return varying;
    }

    /// <summary>"Secretary-General", "Secretary General": a name made of ordinary words is the title of an office, and offices of
    /// different bodies spell it their own way (the UN's Secretary-General, NATO's Secretary General).</summary>
    private static bool IsTitle(VariantOccurrence occurrence) =>
        occurrence.Kind == VariantKind.Name && occurrence.Text.Split(' ', '-').All(word => CommonWords.ContainsLowered(word));

    /// <summary>False when the articles give one surname to people with different given names ("Tim Allen", "Mark Allan"):
    /// two people, not two spellings.</summary>
    private static bool NameTheSameEntity(List<ArticleForm> forms)
    {
        string? given = null;
        foreach (var occurrence in forms.SelectMany(f => f.Occurrences))
        {
            if (occurrence.GivenName is null) continue;
            if (given is not null && given != occurrence.GivenName) return false;
            given = occurrence.GivenName;
        }
        return true;
    }

    /// <summary>
    /// True when the outlet rules <paramref name="form"/> out: its profile lists it as a variant to avoid (even an entry not
    /// yet in force: "per cent" never becomes "percent"), or it is spelled for the other region than the profile's locale.
    /// </summary>
    private static bool IsRuledOut(OutletProfile profile, string form)
    {
        foreach (var entry in profile.Spellings)
        {
            if (entry.ProfileName != BuiltInProfiles.DefaultName && entry.ListsVariant(form)) return true;
        }
        var region = RegionalLexicon.RegionOf(profile);
        if (region is null) return false;
        foreach (var word in form.Split(' ', '-'))
        {
            if (RegionalLexicon.TryGet(word.ToLowerInvariant(), out var spelling) && spelling.Region != region) return true;
        }
        return false;
    }

    /// <summary>
    /// True for two names that start with different letters ("Ulsan" / "Olsen"). Within one article the context ties such a
    /// pair to one entity; across articles nothing does, and a port and a reporter, or two people, share the folded letters
    /// as easily as one name's transliterations do. Like a slip, a variant across articles keeps its first letter.
    /// </summary>
    private static bool StartsDifferently(VariantOccurrence occurrence, VariantOccurrence model) =>
        occurrence.Kind == VariantKind.Name && NameVariants.Letters(occurrence.Text)[0] != NameVariants.Letters(model.Text)[0];

    private static void ReportMinority(CorpusContext context, string outlet, List<ArticleForm> forms)
    {
        var counts = forms.GroupBy(f => f.Form).Select(g => (Form: g.Key, Count: g.Count())).OrderByDescending(c => c.Count).ToList();
        // An outlet's style is a clear majority: at least three articles, and twice as many as write it any other way. Four
        // "court room" beside three "courtroom" is no house style, only a mix; two "hotspot" beside one "hot spot" may be one
        // writer's habit or one story filed twice (on the evaluation's dev split, two of three such findings were wrong).
        if (counts.Count < 2 || counts[0].Count < 3 || counts[0].Count < 2 * (forms.Count - counts[0].Count)) return;
        var majority = counts[0].Form;
        var majorityArticles = forms.Where(f => f.Form == majority).ToList();
        // Compounds vary only when one form is closed; open forms are many ordinary word pairs.
        if (majorityArticles[0].Occurrences[0].Kind == VariantKind.Compound && forms.All(f => f.Form == VariantIndex.Open)) return;
        var model = majorityArticles[0].Occurrences.First(o => o.Form == majority);
        var related = majorityArticles.Select(f => f.Article.Article.GetLocation(f.Occurrences.First(o => o.Form == majority).Span)).Take(3).ToList();
        var spacedToo = VariantIndex.WrittenSpaced(forms.SelectMany(f => f.Occurrences));
        foreach (var minority in forms.Where(f => f.Form != majority))
        {
            foreach (var occurrence in minority.Occurrences.Where(o => o.Form != majority && !StartsDifferently(o, model)))
            {
                // A quoted speaker's or a reproduced document's spelling is its author's, not the outlet's to align.
                if (!SpellingGates.IsWritersOwn(minority.Article, occurrence)) continue;
                var replacement = VariantIndex.Rewrite(occurrence, model, spacedToo);
                if (replacement == occurrence.Text) continue;
                if (IsRuledOut(minority.Article.Profile, replacement)) continue;
                context.Report(minority.Article, Descriptor, occurrence.Span,
                    [occurrence.Text, replacement, outlet, counts[0].Count, forms.Count], related,
                    SpellingText.Use(replacement, occurrence.Span, "as in most " + outlet + " articles"), quotationSensitive: true);
            }
        }
    }
}
