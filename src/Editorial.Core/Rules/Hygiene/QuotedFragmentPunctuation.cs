using System.Collections.Generic;
using System.IO;
using System.Linq;
using Editorial.Articles;
using Editorial.Profiles;
using Editorial.Text;

namespace Editorial.Rules.Hygiene;

/// <summary>Where a full stop or comma stands against the closing quotation mark of a quoted fragment.</summary>
public enum QuotePlacement
{
    /// <summary>American style: “significant progress.”</summary>
    Inside,
    /// <summary>British logical style: “significant progress”.</summary>
    Outside,
}

/// <summary>The full stop or comma after a quoted fragment, and the closing quotation mark it stands against.</summary>
public sealed record PlacedMark(TextSpan Mark, TextSpan ClosingQuote, QuotePlacement Placement);

/// <summary>
/// The placement of full stops and commas after the quoted fragments of one article, shared by ED4004 (within the
/// article) and ED4008 (across an outlet's articles). Only fragments count: quotations that open after a word, on a
/// lowercase word, and hold no sentence break. After a quoted full sentence both styles put the mark inside.
/// </summary>
public sealed class QuotedFragmentPunctuation
{
    private QuotedFragmentPunctuation(IReadOnlyList<PlacedMark> marks)
    {
        Marks = marks;
        var inside = marks.Count(m => m.Placement == QuotePlacement.Inside);
        var outside = marks.Count - inside;
        Style = inside > outside ? QuotePlacement.Inside : outside > inside ? QuotePlacement.Outside : null;
    }

    public IReadOnlyList<PlacedMark> Marks { get; }

    /// <summary>The placement most of the article's fragments use; null when it has none or as many of each.</summary>
    public QuotePlacement? Style { get; }

    public static QuotedFragmentPunctuation Of(AnalyzedArticle analyzed) => analyzed.GetShared(a =>
    {
        var reportingVerbs = Lexicon.AttributionLexicon.Of(a.Profile).ReportingVerbs;
        return new QuotedFragmentPunctuation(a.Article.Quotations.Where(q => !IsQuotedSentence(a.Article, q, reportingVerbs))
            .Select(q => Place(a.Article, q)).Where(m => m is not null).Select(m => m!).ToList());
    });

    /// <summary>The marks in a corpus summary (<see cref="Engine.CorpusSummaryFormat"/>); the style follows from them.</summary>
    internal static readonly SummaryCodec Codec = SummaryCodec.For<QuotedFragmentPunctuation>("quoted-fragment-punctuation/1", WriteSummary, ReadSummary);

    private static void WriteSummary(BinaryWriter writer, QuotedFragmentPunctuation punctuation, AnalyzedArticle article)
    {
        writer.Write(punctuation.Marks.Count);
        foreach (var mark in punctuation.Marks)
        {
            writer.WriteSpan(mark.Mark);
            writer.WriteSpan(mark.ClosingQuote);
            writer.Write((int)mark.Placement);
        }
    }

    private static QuotedFragmentPunctuation ReadSummary(BinaryReader reader, AnalyzedArticle article)
    {
        var marks = new PlacedMark[reader.ReadInt32()];
        for (var i = 0; i < marks.Length; i++) marks[i] = new PlacedMark(reader.ReadSpan(), reader.ReadSpan(), (QuotePlacement)reader.ReadInt32());
        return new QuotedFragmentPunctuation(marks);
    }

    /// <summary>The style an outlet's profile states with <c>quote-punctuation: american</c> or <c>logical</c>; null when it states none.</summary>
    public static QuotePlacement? StatedStyle(OutletProfile profile) => QuotationStyleRule.QuotePunctuationSetting.ValueIn(profile) switch
    {
        "american" => QuotePlacement.Inside,
        "logical" => QuotePlacement.Outside,
        _ => null,
    };

    public static string Describe(QuotePlacement placement) => placement == QuotePlacement.Inside ? "inside" : "outside";

    private static PlacedMark? Place(Article article, Quotation quotation)
    {
        if (!quotation.IsClosed || quotation.OpeningMark is not ('"' or '“') || !IsFragment(article, quotation)) return null;
        // The prose view, not the raw text: in HTML a tag ("…step.</em>”") or a character reference ("&rdquo;.") stands
        // between the marks and is read as the nothing or the one character it renders.
        var text = article.ProseText;
        var content = quotation.ContentSpan;
        var closingMark = SkipHidden(text, content.End);
        var closing = TextSpan.FromBounds(closingMark, EndOfCharacter(text, closingMark));
        // An ellipsis that ends the quotation ("...") is the speaker's, not the sentence's punctuation.
        var last = Before(text, content.End);
        if (last > content.Start && text[last] is '.' or ',' && text[Before(text, last)] != '.')
        {
            return new PlacedMark(new TextSpan(last, 1), closing, QuotePlacement.Inside);
        }
        var after = SkipHidden(text, closing.End);
        if (after >= text.Length || text[after] is not ('.' or ',')) return null;
        // The first point of an ellipsis after the quotation, closed up or spaced ("win". . . THE TRUTH), is no full stop.
        var next = SkipHidden(text, after + 1);
        if (next < text.Length && text[next] == ' ') next = SkipHidden(text, next + 1);
        return next < text.Length && text[next] == '.' ? null : new PlacedMark(new TextSpan(after, 1), closing, QuotePlacement.Outside);
    }

    /// <summary>
    /// True when a reporting verb introduces the quotation directly, before a comma at most, and it runs to
    /// <see cref="QuotedSentenceWords"/> words or more: "she said “fortunately Kiwi farmers have always shown an incredible
    /// willingness to pick up new technology.”" quotes a sentence whose capital the writer lowered to run it on, and British
    /// copy puts its stop inside as American copy does (4 of the 5 judged wrong findings of its placement were such). A
    /// fragment follows a word of the writer's sentence ("described the work as “very exciting”").
    /// </summary>
    private static bool IsQuotedSentence(Article article, Quotation quotation, Lexicon.PhraseList reportingVerbs)
    {
        var tokens = article.Tokens;
        var opening = tokens.FirstStartingAt(quotation.Span.Start);
        var before = opening - 1;
        if (before >= 0 && tokens[before].IsPunctuation(',')) before--;
        if (before < 0 || !tokens[before].IsWord || reportingVerbs.MatchAt(tokens, before, before + 1) == 0) return false;
        var words = 0;
        for (var k = opening; k < tokens.Count && tokens[k].Span.Start < quotation.ContentSpan.End && words < QuotedSentenceWords; k++)
        {
            if (tokens[k].IsWord) words++;
        }
        return words >= QuotedSentenceWords;
    }

    /// <summary>The fewest words of a quotation a reporting verb introduces for it to be a quoted sentence: "vowed “never again.”"
    /// is a fragment.</summary>
    private const int QuotedSentenceWords = 6;

    private static bool IsFragment(Article article, Quotation quotation)
    {
        var text = article.ProseText;
        var before = quotation.Span.Start - 1;
        while (before >= 0 && (text[before] is ' ' or '\t' || ArticleLayout.IsHidden(text[before]))) before--;
        if (before < 0 || !char.IsLetterOrDigit(text[before])) return false;
        var content = quotation.ContentSpan;
        var first = SkipHidden(text, content.Start);
        if (first >= content.End || !char.IsLower(text[first])) return false;
        for (var i = content.Start; i + 2 < content.End; i++)
        {
            if (text[i] is '.' or '!' or '?' && text[i + 1] == ' ' && char.IsUpper(text[i + 2])) return false;
        }
        return true;
    }

    /// <summary>The first position from <paramref name="i"/> that is not hidden markup or the rest of a character reference.</summary>
    private static int SkipHidden(string view, int i)
    {
        while (i < view.Length && ArticleLayout.IsHidden(view[i])) i++;
        return i;
    }

    /// <summary>The end of the character at <paramref name="i"/>: past the rest of a character reference ("&amp;rdquo;").</summary>
    private static int EndOfCharacter(string view, int i)
    {
        do i++; while (i < view.Length && view[i] == ArticleLayout.ReferenceTail);
        return i;
    }

    /// <summary>The last position before <paramref name="i"/> that holds a character of the rendered text (a character
    /// reference's character stands at its first position).</summary>
    private static int Before(string view, int i)
    {
        do i--; while (i > 0 && ArticleLayout.IsHidden(view[i]));
        return i;
    }
}
