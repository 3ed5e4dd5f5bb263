using System;
using System.Collections.Generic;
using System.Linq;
using Editorial.Articles;
using Editorial.Figures;
using Editorial.Lexicon;
using Editorial.Text;

namespace Editorial.Attribution;

/// <summary>How a quotation is tied to its speaker.</summary>
public enum AttributionKind
{
    /// <summary>No attribution found.</summary>
    None,
    /// <summary>A reporting verb with its speaker in the quotation's own sentence: "…,” she said.</summary>
    SameSentence,
    /// <summary>Introduced by a colon after the speaker: Peskov said: “No.”, or Podolyak: “…”.</summary>
    Colon,
    /// <summary>A split quotation: the attribution is in the sentence next to it in the paragraph (“…,” she said. “…”).</summary>
    SplitQuote,
    /// <summary>A quotation running over several paragraphs, attributed in another of its paragraphs.</summary>
    ContinuedQuotation,
    /// <summary>A paragraph that opens with a quotation straight after a paragraph whose last sentence names a speaker (an
    /// attributed quotation, a reporting verb with its speaker, or a lead-in ending in a colon): the same speaker goes on.</summary>
    PreviousParagraph,
    /// <summary>A quotation woven into a sentence whose subject, before it, is a person or a named body: Huckabee called the
    /// order “a blatant abuse of power”. The sentence says whose words they are, whatever its verb.</summary>
    Woven,
    /// <summary>An interview or transcript turn: the paragraph opens with its speaker and a colon (Q:, A:, MARTINEZ:).</summary>
    Turn,
    /// <summary>A person is the subject of the sentence next to the quotation in its paragraph: She shook her head. “…”</summary>
    PersonNearby,
    /// <summary>A speech excerpt with its source line in brackets after it, or a quotation signed after a dash: “…” [Address to parliament, May 2], “…” – Ana Ruiz.</summary>
    SourceLine,
}

/// <summary>A direct quotation and its attribution. <see cref="Cue"/> and <see cref="Speaker"/> are null when not found.</summary>
public sealed record QuotationAttribution(Quotation Quotation, int WordCount, AttributionKind Kind, TextSpan? Cue, TextSpan? Speaker)
{
    public bool IsAttributed => Kind != AttributionKind.None;
}

public enum ClaimSourceKind
{
    None,
    /// <summary>A reporting verb with an agent in the sentence: "…, officials said", "according to local officials".</summary>
    SameSentence,
    /// <summary>The source is given by the paragraph's previous sentence and carries to this one.</summary>
    PreviousSentence,
    /// <summary>The source follows in the paragraph's next sentence: "At least 10 people were killed. The number could rise, officials said."</summary>
    NextSentence,
    /// <summary>Another sentence of the paragraph gives the source.</summary>
    Paragraph,
    /// <summary>The article's first paragraph gives the source of the story's figures.</summary>
    Lede,
    /// <summary>The same figure is stated with a source elsewhere in the article.</summary>
    SameFigureElsewhere,
}

/// <summary>A sentence that states contested figures, and where they come from.</summary>
public sealed record ContestedClaim(Sentence Sentence, IReadOnlyList<ContestedFigure> Figures, ClaimSourceKind Kind, ReportingCue? Source)
{
    public bool IsSourced => Kind != ClaimSourceKind.None;
}

public enum SourcingConcernKind
{
    /// <summary>A phrase from the profile's <c>vague-sourcing</c> list: "reportedly", "officials told media".</summary>
    Vague,
    /// <summary>An anonymous source given no reason for the anonymity (only when the profile requires one).</summary>
    AnonymousWithoutReason,
}

public sealed record SourcingConcern(SourcingConcernKind Kind, TextSpan Span);

public enum QuotationMarkProblem
{
    /// <summary>An opening mark with no closing one in its paragraph, and no continuing quotation opening the next paragraph.</summary>
    NotClosed,
    /// <summary>A closing mark with no opening one before it.</summary>
    NotOpened,
}

public sealed record UnbalancedQuotationMark(TextSpan Span, QuotationMarkProblem Problem);

/// <summary>
/// Who says what in an article: each direct quotation with its speaker, each sentence of contested figures with
/// its source, vague and anonymous sourcing, and quotation marks that do not balance. One per article (<see cref="Of"/>),
/// shared by the ED3xxx rules; each part is made when a rule first reads it, since each serves its own rule and ED3001 and
/// ED3002 are off by default: an IDE reads the article again at every edit, and every sentence's reporting cues and every
/// contested figure's source would be read for rules that report nothing.
/// </summary>
public sealed class AttributionAnalysis
{
    private readonly Lazy<IReadOnlyList<QuotationAttribution>> _quotations;
    private readonly Lazy<IReadOnlyList<ContestedClaim>> _claims;
    private readonly Lazy<IReadOnlyList<SourcingConcern>> _concerns;
    private readonly Lazy<IReadOnlyList<UnbalancedQuotationMark>> _unbalancedMarks;

    private AttributionAnalysis(AnalyzedArticle analyzed)
    {
        var article = analyzed.Article;
        var lexicon = AttributionLexicon.Of(analyzed.Profile);
        var cues = new SentenceCues(article, lexicon);
        _quotations = new Lazy<IReadOnlyList<QuotationAttribution>>(() => QuotationAttributor.Attribute(article, cues));
        _claims = new Lazy<IReadOnlyList<ContestedClaim>>(() => FindClaims(article, ArticleFigures.Of(analyzed).Figures, cues, lexicon));
        _concerns = new Lazy<IReadOnlyList<SourcingConcern>>(() => FindConcerns(article, cues, lexicon, analyzed.Profile.Title));
        _unbalancedMarks = new Lazy<IReadOnlyList<UnbalancedQuotationMark>>(() => FindUnbalancedMarks(article));
    }

    public IReadOnlyList<QuotationAttribution> Quotations => _quotations.Value;
    public IReadOnlyList<ContestedClaim> Claims => _claims.Value;
    public IReadOnlyList<SourcingConcern> Concerns => _concerns.Value;
    public IReadOnlyList<UnbalancedQuotationMark> UnbalancedMarks => _unbalancedMarks.Value;

    public static AttributionAnalysis Of(AnalyzedArticle article) => article.GetShared(analyzed => new AttributionAnalysis(analyzed));

    private static List<ContestedClaim> FindClaims(Article article, IReadOnlyList<Figure> figures, SentenceCues cues, AttributionLexicon lexicon)
    {
        var claims = new List<ContestedClaim>();
        var figuresBySentence = figures.ToLookup(f => f.SentenceIndex);
        var lede = LedeSource(article, cues);
        foreach (var paragraph in article.Paragraphs)
        {
            // Headlines state figures in shorthand; their sourcing is the body's.
            if (paragraph.IsHeading) continue;
            // Read once per paragraph, not once per claim: a paragraph of a thousand claims would read it a thousand times.
            var firstCue = Enumerable.Range(paragraph.FirstSentence, paragraph.SentenceCount).Where(s => cues[s].Count > 0).Select(s => cues[s][0]).FirstOrDefault();
            for (var s = paragraph.FirstSentence; s < paragraph.FirstSentence + paragraph.SentenceCount; s++)
            {
                var sentence = article.Sentences[s];
                var contested = ContestedFigureFinder.Find(article, sentence, figuresBySentence[s], lexicon.ContestedEvents);
                if (contested.Count == 0) continue;
                var (kind, source) = SourceOf(paragraph, s, cues, firstCue);
                if (kind == ClaimSourceKind.None && lede is not null) (kind, source) = (ClaimSourceKind.Lede, lede);
                claims.Add(new ContestedClaim(sentence, contested, kind, source));
            }
        }
        return SourceFromSameFigures(claims);
    }

    /// <summary>The source the article's first paragraph gives, which stands for the figures of the whole story; null when it gives none.</summary>
    private static ReportingCue? LedeSource(Article article, SentenceCues cues)
    {
        var lede = article.Paragraphs.FirstOrDefault(p => !p.IsHeading && p.SentenceCount > 0);
        if (lede is null) return null;
        for (var s = lede.FirstSentence; s < lede.FirstSentence + lede.SentenceCount; s++)
        {
            if (cues[s].Count > 0) return cues[s][0];
        }
        return null;
    }

    /// <summary>The source of sentence <paramref name="s"/>: its own cue, else the nearest cue of the sentence before or
    /// after it, else the first cue of any other sentence of its paragraph (<paramref name="paragraphCue"/>).</summary>
    private static (ClaimSourceKind, ReportingCue?) SourceOf(Paragraph paragraph, int s, SentenceCues cues, ReportingCue? paragraphCue)
    {
        var end = paragraph.FirstSentence + paragraph.SentenceCount;
        if (cues[s].Count > 0) return (ClaimSourceKind.SameSentence, cues[s][0]);
        if (s > paragraph.FirstSentence && cues[s - 1].Count > 0) return (ClaimSourceKind.PreviousSentence, cues[s - 1][cues[s - 1].Count - 1]);
        if (s + 1 < end && cues[s + 1].Count > 0) return (ClaimSourceKind.NextSentence, cues[s + 1][0]);
        return paragraphCue is null ? (ClaimSourceKind.None, null) : (ClaimSourceKind.Paragraph, paragraphCue);
    }

    /// <summary>An unsourced claim whose figure is stated with a source elsewhere in the article takes that source:
    /// "35 killed" in the lede's recap is the "35 killed, officials said" of the body.</summary>
    private static List<ContestedClaim> SourceFromSameFigures(List<ContestedClaim> claims)
    {
        var sourced = new Dictionary<string, ReportingCue?>(StringComparer.OrdinalIgnoreCase);
        foreach (var claim in claims.Where(c => c.IsSourced))
        {
            foreach (var figure in claim.Figures)
            {
                if (!sourced.ContainsKey(figure.Text)) sourced.Add(figure.Text, claim.Source);
            }
        }
        for (var i = 0; i < claims.Count; i++)
        {
            if (claims[i].IsSourced) continue;
            foreach (var figure in claims[i].Figures)
            {
                if (!sourced.TryGetValue(figure.Text, out var source)) continue;
                claims[i] = claims[i] with { Kind = ClaimSourceKind.SameFigureElsewhere, Source = source };
                break;
            }
        }
        return claims;
    }

    private static List<SourcingConcern> FindConcerns(Article article, SentenceCues cues, AttributionLexicon lexicon, string outletTitle)
    {
        var concerns = new List<SourcingConcern>();
        var firstDescribedSource = FirstDescribedSource(article, lexicon);
        // Read when a phrase first points back with "the": most articles have no such phrase.
        (int Sources, int Reports)? firstMentions = null;
        // Read when the first impersonal passive is in question: most articles are no meeting's record.
        bool? recordsMeeting = null;
        // Read when a phrase may be footnoted with a spaced mark: most articles number no notes.
        bool? numbersNotes = null;
        // Sources the copy says whose they are, in their sentence or before, or points back to with "the" ("grain industry
        // sources", "the source" after "a Senate source"): such a speaker names the source of what it says as far as the copy can.
        bool AreDescribedSources(int k, Sentence within) =>
            IsDescribedSource(article.Tokens, k, within.FirstToken, lexicon) || IsDescribedAfter(article.Tokens, k, within.EndToken)
            || k > firstDescribedSource || RefersBack(article, k, ref firstMentions);
        foreach (var sentence in article.Sentences)
        {
            // A headline passes on in shorthand what its body attributes ("Putin reportedly ill"), as it states figures.
            if (article.Paragraphs[sentence.ParagraphIndex].IsHeading) continue;
            // A letter or a speech printed in full after the release sources its claims as its writer did.
            if (article.AppendedDocumentStart >= 0 && sentence.Span.Start >= article.AppendedDocumentStart) break;
            var end = sentence.EndToken;
            for (var k = sentence.FirstToken; k < end; k++)
            {
                // Others' words, quoted or reproduced (an embedded post, a statement), source themselves as they like.
                if (article.Tokens[k].IsTranscribed) continue;
                var vague = lexicon.VagueSourcing.MatchAt(article.Tokens, k, end);
                if (vague > 0)
                {
                    var phrase = Span(article, k, vague);
                    var sourced = IsDescribedSource(article.Tokens, k, sentence.FirstToken, lexicon)
                                  || IsPressOfAPlace(article.Tokens, k, sentence.FirstToken, lexicon)
                                  || IsDescribedAfter(article.Tokens, k + vague - 1, end)
                                  || EndsName(article.Tokens, k, sentence.FirstToken)
                                  || NamesItsSource(article, sentence, phrase, cues, AreDescribedSources)
                                  || IsBesideNamedReport(article, sentence, cues)
                                  || ToldPublication(article.Tokens, k + vague - 1, end, outletTitle)
                                  || IsImpersonal(article.Tokens, k) && (recordsMeeting ??= RecordsMeeting(article.Tokens, lexicon))
                                  || NamesWhereReported(article.Tokens, k + vague, end)
                                  || PassesOnPublishedReport(article.Tokens, sentence.FirstToken, end)
                                  || NamesWhoseBelief(article.Tokens, k + vague, end)
                                  || IsDefinition(article.Tokens, sentence.FirstToken, k, vague, end)
                                  || IsPhrasalVerb(article.Tokens, k + vague, end)
                                  || ReportsAnIncident(article.Tokens, k, vague, sentence.FirstToken, end)
                                  || CitesSourceAfter(article, sentence, phrase)
                                  || ItemCreditsItsSource(article, sentence)
                                  || IsLinked(article, k, vague)
                                  || LinksItsSource(article, sentence, NamesSources(article.Tokens, k, vague))
                                  || CitesFootnote(article.Tokens, sentence, phrase, numbersNotes ??= NumbersItsNotes(article.Tokens))
                                  || CitesInParentheses(article.Tokens, k + vague, end)
                                  || CitesInBracketsAfter(article, sentence)
                                  || (k > firstDescribedSource && NamesSources(article.Tokens, k, vague))
                                  || RefersBack(article, k, ref firstMentions);
                    if (!sourced) concerns.Add(new SourcingConcern(SourcingConcernKind.Vague, phrase));
                    k += vague - 1;
                    continue;
                }
                if (!lexicon.RequiresAnonymityReason) continue;
                var anonymous = lexicon.AnonymousSourcing.MatchAt(article.Tokens, k, end);
                if (anonymous == 0) continue;
                if (!HasReason(article.Tokens, k + anonymous, end, lexicon.AnonymityReasons))
                {
                    concerns.Add(new SourcingConcern(SourcingConcernKind.AnonymousWithoutReason, Span(article, k, anonymous)));
                }
                k += anonymous - 1;
            }
        }
        return concerns;
    }

    /// <summary>True when a source's name in parentheses, linked, follows the phrase in its paragraph, as a digest cites the
    /// outlet of each item ("… reportedly killing two people. [(Reuters)](…)", <see cref="Article.CitedSourceSpans"/>): the
    /// report the phrase passes on is that outlet's.</summary>
    private static bool CitesSourceAfter(Article article, Sentence sentence, TextSpan phrase)
    {
        var cited = article.CitedSourceSpans;
        if (cited.Count == 0) return false;
        var paragraph = article.Paragraphs[sentence.ParagraphIndex].Span;
        var first = Sorted.FirstAtOrAfter(cited, phrase.End, span => span.Start);
        return first < cited.Count && cited[first].End <= paragraph.End;
    }

    /// <summary>
    /// True when the phrase's item of a digest ends on a line that credits the publication it was taken from ("From The Times
    /// Higher Education Supplement", "From the *Harbour Gazette*", "Source: Harbour Wire"): a paragraph of its own after the
    /// phrase's, before any heading or the next item's title, of a few capitalised words (a title's small words allowed) after "From" or
    /// "Source:", with no stop. The report the phrase passes on is that publication's, as a digest's linked name in
    /// parentheses says (<see cref="CitesSourceAfter"/>).
    /// </summary>
    private static bool ItemCreditsItsSource(Article article, Sentence sentence)
    {
        var paragraphs = article.Paragraphs;
        var last = Math.Min(paragraphs.Count - 1, sentence.ParagraphIndex + MaximumItemParagraphs);
        var tokens = article.Tokens;
        for (var p = sentence.ParagraphIndex + 1; p <= last; p++)
        {
            var paragraph = paragraphs[p];
            if (paragraph.IsHeading || paragraph.SentenceCount == 0) return false;
            if (paragraph.SentenceCount > 1) continue;
            var line = article.Sentences[paragraph.FirstSentence];
            if (CreditsPublication(tokens, line)) return true;
            // The next item's title: a line of its own that no stop ends ("**Pier rules change**").
            if (line.EndToken > line.FirstToken && !tokens[line.EndToken - 1].IsSentenceStop) return false;
        }
        return false;
    }

    /// <summary>The most paragraphs a digest's item runs past the phrase to its credit line.</summary>
    private const int MaximumItemParagraphs = 6;

    /// <summary>True when <paramref name="sentence"/> is a credit line: "From" or "Source:", an optional "the", then at most
    /// <see cref="MaximumCreditWords"/> words in title case (<see cref="Capitals.IsTitleCaseWord"/>), with no other mark.</summary>
    private static bool CreditsPublication(TokenList tokens, Sentence sentence)
    {
        var k = sentence.FirstToken;
        var end = sentence.EndToken;
        if (k >= end) return false;
        if (tokens[k].Text == "Source" && k + 1 < end && tokens[k + 1].IsPunctuation(':')) k += 2;
        else if (tokens[k].Text == "From") k++;
        else return false;
        if (k < end && tokens[k].Text is "the" or "The") k++;
        if (k >= end || end - k > MaximumCreditWords || !tokens[k].IsWord || !char.IsUpper(tokens[k].Text[0])) return false;
        for (var i = k; i < end; i++)
        {
            if (!tokens[i].IsWord || !Capitals.IsTitleCaseWord(tokens[i].Text)) return false;
        }
        return true;
    }

    /// <summary>The most words a publication's name takes in a credit line ("The Times Higher Education Supplement").</summary>
    private const int MaximumCreditWords = 6;

    /// <summary>True when the vague phrase of <paramref name="length"/> tokens at <paramref name="k"/> is a link's text, or part
    /// of one, or a link's text follows it word for word ("as drivers [reportedly are](…)", "it is reportedly &lt;a …&gt;planning a
    /// fleet&lt;/a&gt;"): the writer sources the report by its link, as the web does. A link elsewhere in the sentence links
    /// something else (a name, a place).</summary>
    private static bool IsLinked(Article article, int k, int length)
    {
        var tokens = article.Tokens;
        var next = k + length < tokens.Count ? tokens[k + length].Span.Start : tokens[k + length - 1].Span.End;
        return article.LinkTextEndingAfter(tokens[k].Span.Start) is { } link && link.Start <= next;
    }

    /// <summary>True when a link in the sentence cites a web page, whatever its words ("execs reportedly told staff the product
    /// was at an [exploratory](https://news.example.org/articles/…) stage": on the web the writer sources a report by linking
    /// it), or has for its text a report or a publication ("[multiple media reports](…) wherein it was reported", "[In this
    /// Harbour Gazette article](…), an official reportedly said") or points to one ("reportedly (see [here](…))"). A link to a
    /// site's front page on other words ("the [pier](https://example.org/)") names the site, not a report. A page cites a
    /// report, not a person: sources that told the writer something ("…, a source told the Gazette") stay anonymous
    /// whatever the sentence links.</summary>
    private static bool LinksItsSource(Article article, Sentence sentence, bool phraseNamesSources)
    {
        var pages = article.PageLinkTextSpans;
        var page = Sorted.FirstAtOrAfter(pages, sentence.Span.Start, link => link.Start);
        if (page < pages.Count && pages[page].Start < sentence.Span.End && !phraseNamesSources) return true;
        var links = article.LinkTextSpans;
        if (links.Count == 0) return false;
        var tokens = article.Tokens;
        for (var l = Sorted.FirstAtOrAfter(links, sentence.Span.Start, link => link.Start); l < links.Count && links[l].Start < sentence.Span.End; l++)
        {
            for (var k = tokens.FirstStartingAt(links[l].Start); k < tokens.Count && tokens[k].Span.End <= links[l].End; k++)
            {
                var word = tokens[k].Text;
                if (tokens[k].IsWord && (LinkedReportWords.Contains(word) || PublicationWords.Contains(word) || PublicationNames.Contains(word))) return true;
            }
        }
        return false;
    }

    /// <summary>True when a footnote's mark follows the phrase in its sentence or right after the sentence's stop, run into
    /// the word or the mark before it ("… were reportedly tortured.[1]", "reportedly killed 15 people[2] and"; Markdown's
    /// "[^1]"), or spaced where the article numbers its notes (<paramref name="numbersNotes"/>: "… had perished [4]."): the
    /// writer sources what comes before the mark in the note, as a report does. A lone spaced bracket ("shut [3] at noon")
    /// may be anything.</summary>
    private static bool CitesFootnote(TokenList tokens, Sentence sentence, TextSpan phrase, bool numbersNotes)
    {
        var end = Math.Min(tokens.Count, sentence.EndToken + FootnoteMarkTokens);
        for (var k = Math.Max(1, sentence.FirstToken); k + 2 < end; k++)
        {
            if (tokens[k].Span.Start < phrase.End || !tokens[k].IsPunctuation('[') || !numbersNotes && tokens[k].Span.Start != tokens[k - 1].Span.End) continue;
            if (FootnoteNumberAt(tokens, k, end) is not null) return true;
        }
        return false;
    }

    /// <summary>The number of the footnote's mark that opens at the bracket at <paramref name="open"/> ("[4]", "[^4]"), or null.</summary>
    private static string? FootnoteNumberAt(TokenList tokens, int open, int end)
    {
        var number = open + 1 < end && tokens[open + 1].IsPunctuation('^') ? open + 2 : open + 1;
        return number + 1 < end && tokens[number].Text.Length <= MaximumFootnoteDigits && Digits.Only(tokens[number].Text) && tokens[number + 1].IsPunctuation(']')
            ? tokens[number].Text
            : null;
    }

    /// <summary>True when the article marks at least <see cref="NumberedNotesMinimum"/> different notes ("[3]", "[4]", "[11]"): it
    /// numbers its sources, as an essay or a report does, and a spaced mark is one of them.</summary>
    private static bool NumbersItsNotes(TokenList tokens)
    {
        var numbers = new HashSet<string>(StringComparer.Ordinal);
        for (var k = 0; k + 2 < tokens.Count; k++)
        {
            if (tokens[k].IsPunctuation('[') && FootnoteNumberAt(tokens, k, tokens.Count) is { } number && numbers.Add(number) && numbers.Count >= NumberedNotesMinimum) return true;
        }
        return false;
    }

    /// <summary>True when a citation in parentheses follows the phrase in its sentence: names, with "and", "et al." or a year
    /// ("… share 44% of the landscape with humans (Pilapitiya and Knight) due to …", "(Lee et al., 2019)", "(World Bank 2020)"),
    /// as a report or a paper cites whose finding it passes on. Not a name's short form, which follows the name it shortens
    /// ("the Harbour Board (HB)"), nor a remark ("(see below)").</summary>
    private static bool CitesInParentheses(TokenList tokens, int from, int end)
    {
        for (var k = from; k < end; k++)
        {
            if (!tokens[k].IsPunctuation('(') || k > 0 && tokens[k - 1].IsWord && tokens[k - 1].StartsUpper) continue;
            var named = false;
            for (var i = k + 1; i < tokens.Count && i <= k + MaximumCitationTokens; i++)
            {
                var token = tokens[i];
                if (token.IsPunctuation(')')) return named && !(i == k + 2 && Abbreviates(tokens, k, tokens[k + 1].Text));
                if (token.IsPunctuation('.') || token.IsPunctuation(',') || token.IsPunctuation('&') || IsYear(token.Text)) continue;
                if (!token.IsWord) break;
                if (token.StartsUpper && !SentenceOpeners.Words.Contains(token.Text)) named = true;
                else if (!CitationWords.Contains(token.Text)) break;
            }
        }
        return false;

        static bool IsYear(string text) => text.Length == 4 && Digits.Only(text);
    }

    /// <summary>True when a bracketed list of dated sources follows the sentence in its paragraph, as a party's fact sheet cites
    /// each claim: "… provided each with $500 worth of gambling chips. [Newsweek, 1/16/06; Washington Post, 3/5/05]". A
    /// capitalised name and a date's digits inside square brackets make it a citation, not an editor's insertion ("[sic]",
    /// "[the ferry]").</summary>
    private static bool CitesInBracketsAfter(Article article, Sentence sentence)
    {
        var tokens = article.Tokens;
        var open = sentence.EndToken;
        if (open >= tokens.Count || !tokens[open].IsPunctuation('[') || tokens[open].Span.End > article.Paragraphs[sentence.ParagraphIndex].Span.End) return false;
        var (named, dated) = (false, false);
        for (var i = open + 1; i < tokens.Count && i <= open + MaximumBracketedCitationTokens; i++)
        {
            var token = tokens[i];
            if (token.IsPunctuation(']')) return named && dated;
            if (token.Kind == TokenKind.Number) dated = true;
            else if (token.IsWord && token.StartsUpper) named = true;
        }
        return false;
    }

    /// <summary>How many tokens a bracketed list of sources runs to: three outlets with their dates.</summary>
    private const int MaximumBracketedCitationTokens = 40;

    /// <summary>True when <paramref name="shortForm"/> is the initials of the words before the bracket at <paramref name="open"/>,
    /// hyphenated parts counted apart: "a public-private partnership (PPP)" gives a name its short form, not a source.</summary>
    private static bool Abbreviates(TokenList tokens, int open, string shortForm)
    {
        var letter = shortForm.Length - 1;
        for (var k = open - 1; k >= 0 && letter >= 0; k--)
        {
            var token = tokens[k];
            if (token.IsPunctuation('-')) continue;
            if (!token.IsWord) return false;
            var parts = token.Text.Split('-');
            for (var p = parts.Length - 1; p >= 0 && letter >= 0; p--)
            {
                if (parts[p].Length == 0 || char.ToUpperInvariant(parts[p][0]) != char.ToUpperInvariant(shortForm[letter])) return false;
                letter--;
            }
        }
        return letter < 0;
    }

    /// <summary>The most tokens a citation in parentheses takes: a few names, "et al.", a year.</summary>
    private const int MaximumCitationTokens = 12;

    /// <summary>The lower-case words of a citation in parentheses.</summary>
    private static readonly HashSet<string> CitationWords = new(StringComparer.Ordinal) { "and", "et", "al" };

    /// <summary>The tokens of a footnote's mark ("[", "^", "12", "]"), which the sentence splitter may give to the next sentence.</summary>
    private const int FootnoteMarkTokens = 4;

    /// <summary>A note's number, not a year's ("[2019]") or a count's.</summary>
    private const int MaximumFootnoteDigits = 3;

    /// <summary>How many different notes an article marks before its spaced marks are taken for notes too.</summary>
    private const int NumberedNotesMinimum = 3;

    /// <summary>A link's words that make it a report's ("reports", "article", "story") or a pointer to one ("here", "source").</summary>
    private static readonly HashSet<string> LinkedReportWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "report", "reports", "article", "articles", "story", "stories", "coverage", "here", "source", "sources",
    };

    /// <summary>The first token of the body that describes sources: "senior military sources", "sources familiar with the
    /// talks", "a source close to the Kremlin", "two sources with leadership ties", "people familiar with the matter told
    /// Reuters"; past the end when there is none. A bare "sources said" after it refers back to them, as a wire's copy
    /// describes its sources once ("two sources familiar with the plan told CNN … the sources said").</summary>
    private static int FirstDescribedSource(Article article, AttributionLexicon lexicon)
    {
        var tokens = article.Tokens;
        foreach (var sentence in article.Sentences)
        {
            if (article.Paragraphs[sentence.ParagraphIndex].IsHeading) continue;
            for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
            {
                if (tokens[k].IsTranscribed) continue;
                var after = k + 1 < sentence.EndToken ? tokens[k + 1].Text : "";
                if (IsSourceWord(tokens[k].Text) && (IsDescribedAfter(tokens, k, sentence.EndToken) || IsDescribedSource(tokens, k, sentence.FirstToken, lexicon))) return k;
                if (PeopleDescriptions.Contains(after) && IsPeopleWord(tokens[k].Text)) return k;
            }
        }
        return tokens.Count;
    }

    /// <summary>True when the words after "source" or "sources" at <paramref name="k"/> say who they are (<see cref="SourceDescriptions"/>,
    /// <see cref="SourcePlaces"/>): "according to sources close to the Kremlin", "sources in the health department said",
    /// "according to sources on both sides". Not a time ("sources on Monday", "sources in March") nor a city ("sources in
    /// Colombo").</summary>
    private static bool IsDescribedAfter(TokenList tokens, int k, int end)
    {
        if (!IsSourceWord(tokens[k].Text) || k + 1 >= end) return false;
        var after = tokens[k + 1].Text;
        if (SourceDescriptions.Contains(after)) return true;
        if (k + 2 >= end || CalendarWords.IsDayOrMonth(tokens[k + 2].Text)) return false;
        var next = tokens[k + 2].Text;
        if (after.Equals("at", StringComparison.OrdinalIgnoreCase)) return true;
        // "Sources in Colombo", "sources from Moscow": a city names where they are, not whose; "in the ministry" says whose.
        if (SourcePlaces.Contains(after)) return next.Length > 0 && !char.IsUpper(next[0]);
        return after.Equals("on", StringComparison.OrdinalIgnoreCase) && next.ToLowerInvariant() is "both" or "either";
    }

    /// <summary>Words after "source" or "sources" that say who they are: "familiar with", "close to", "briefed on", "with
    /// leadership ties", "with knowledge of", "who attended the meeting".</summary>
    private static readonly HashSet<string> SourceDescriptions = new(StringComparer.OrdinalIgnoreCase) { "familiar", "close", "briefed", "knowledgeable", "involved", "inside", "within", "with", "who" };

    /// <summary>Prepositions after "sources" that place them in a body, and so say whose they are: "sources in the ministry",
    /// "sources from the party", "sources among the protesters" ("at" is another: "sources at the port", "sources at Google").</summary>
    private static readonly HashSet<string> SourcePlaces = new(StringComparer.OrdinalIgnoreCase) { "in", "from", "among" };

    /// <summary>Words after "people" or "person" that make them sources and say who they are: "people familiar with the
    /// matter", "a person close to the bank" (not "people with", which describes anyone).</summary>
    private static readonly HashSet<string> PeopleDescriptions = new(StringComparer.OrdinalIgnoreCase) { "familiar", "close", "briefed", "knowledgeable" };

    private static bool IsPeopleWord(string word) => word.Equals("people", StringComparison.OrdinalIgnoreCase) || word.Equals("person", StringComparison.OrdinalIgnoreCase);

    private static bool IsReportWord(string word) => word.Equals("report", StringComparison.OrdinalIgnoreCase) || word.Equals("reports", StringComparison.OrdinalIgnoreCase);

    /// <summary>The first tokens of the body (headlines aside) that are "source(s)" (or "told" a publication) and "report(s)",
    /// found in one pass; past the end for a noun the body never uses.</summary>
    private static (int Sources, int Reports) FirstMentions(Article article)
    {
        var (sources, reports) = (article.Tokens.Count, article.Tokens.Count);
        foreach (var sentence in article.Sentences)
        {
            if (article.Paragraphs[sentence.ParagraphIndex].IsHeading) continue;
            for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
            {
                var text = article.Tokens[k].Text;
                if (sources > k && (IsSourceWord(text) || TellsPublication(article.Tokens, k, sentence.EndToken))) sources = k;
                else if (reports > k && IsReportWord(text)) reports = k;
                if (sources < article.Tokens.Count && reports < article.Tokens.Count) return (sources, reports);
            }
        }
        return (sources, reports);
    }

    /// <summary>"told Reuters", "told the Harbour Gazette": whoever tells a publication what it prints is its source ("bankers
    /// and economists told Reuters"), and a later "the sources said" points back to them.</summary>
    private static bool TellsPublication(TokenList tokens, int k, int end) =>
        tokens[k].Text.Equals("told", StringComparison.OrdinalIgnoreCase) && PublicationTold(tokens, k, end, agenciesToo: true) >= 0;

    /// <summary>"… the sources said", "the (press) reports said": "the" points back to sources or reports the copy has spoken of before,
    /// or to the people who told the publication what it prints (<see cref="TellsPublication"/>), so the phrase names the same
    /// sources again. Where they were vague the first mention is the place to say whose they are,
    /// and is reported; the same sources are not reported at each mention ("Two sources told the paper …, and the sources said
    /// more"; "according to media reports … the reports said"). The first mentions are read when first needed
    /// (<paramref name="firstMentions"/>).</summary>
    private static bool RefersBack(Article article, int k, ref (int Sources, int Reports)? firstMentions)
    {
        var tokens = article.Tokens;
        // "the press reports said": the medium between them points back as well.
        var the = k >= 2 && MediumWords.Contains(tokens[k - 1].Text) ? k - 2 : k - 1;
        if (the < 0 || !tokens[the].Text.Equals("the", StringComparison.OrdinalIgnoreCase)) return false;
        var isSources = IsSourceWord(tokens[k].Text);
        if (!isSources && !IsReportWord(tokens[k].Text)) return false;
        var (sources, reports) = firstMentions ??= FirstMentions(article);
        return isSources ? sources < k : reports < k;
    }

    private static bool IsSourceWord(string word) => word.Equals("source", StringComparison.OrdinalIgnoreCase) || word.Equals("sources", StringComparison.OrdinalIgnoreCase);

    /// <summary>True when the vague phrase of <paramref name="length"/> tokens at <paramref name="k"/> names sources ("sources said",
    /// "a source told"), not reports or a hedge.</summary>
    private static bool NamesSources(TokenList tokens, int k, int length)
    {
        for (var i = k; i < k + length; i++)
        {
            if (IsSourceWord(tokens[i].Text)) return true;
        }
        return false;
    }

    /// <summary>Whose report a vague phrase passes on is named in its sentence by a cue that names its source after itself,
    /// after the phrase or before it ("… reportedly killed dozens, according to the Associated Press"; "according to media
    /// reports citing official statistics"; "According to the harbour paper's Ann Lee, the ferry will reportedly stop"), or by
    /// a report before it ("Politico reported, according to sources in the meetings, …"). A cue that reports through its own
    /// subject after the phrase ("…, Gaiday added"; "… and the analyst Rob Lee noted …") attributes its own clause, unless that
    /// subject is a publication ("…, the Harbour Gazette says"), and a speaker that is sources or reports again names no one,
    /// unless they are sources the copy describes (<paramref name="areDescribedSources"/>: "…, grain industry sources said").</summary>
    private static bool NamesItsSource(Article article, Sentence sentence, TextSpan phrase, SentenceCues cues, Func<int, Sentence, bool> areDescribedSources)
    {
        var tokens = article.Tokens;
        foreach (var cue in cues[sentence.Index])
        {
            if (cue.Speaker is not { } speaker || speaker.End > phrase.Start && cue.Span.Start < phrase.End) continue;
            // A cue whose speaker stands before it names the phrase's source only as a report before it ("the Harbour Gazette
            // reported that the ferry was reportedly late"), as a publication, wherever it stands: what a newspaper says it
            // reports ("The minister reportedly quit, the Harbour Gazette says"), or as the speaker the sentence ends on, whose
            // account the whole sentence is ("… were reportedly killed in action, Abrams said", "…, the FCDO says": a blind
            // round judged such findings wrong). What a person said ("Ann Lee said the ferry reportedly sank") passes on
            // reports she does not name, and "reports" may be a noun ("amid reports of shelling, a school was reportedly hit").
            var reports = ReportingCueFinder.NamesSourceAfterCue(tokens, cue) || IsPublication(tokens, speaker, sentence.FirstToken)
                          || (cue.Span.End <= phrase.Start && IsReport(tokens, cue));
            if (reports || EndsOnAttribution(tokens, sentence, phrase, cue, speaker) || SetsOffAttributionBefore(tokens, sentence, phrase, cue, speaker))
            {
                if (IsNamedSpeaker(tokens, speaker, sentence.EndToken, k => areDescribedSources(k, sentence))) return true;
                if (reports) continue;
            }
            if (SaysOfItsInquiry(tokens, cue, speaker)) return true;
        }
        return false;
    }

    /// <summary>True when the sentence ends on the cue and its speaker after a comma, past the phrase, with no quotation mark
    /// or other comma between ("The minister reportedly quit on Monday, Ann Lee said."): the sentence is the speaker's
    /// account. A cue whose speaker a quotation names ("… was reportedly shelled, 'heavily,' Gaiday added") speaks of the
    /// quotation, and one after a clause that closes the phrase's ("The depot, where families have reportedly sheltered,
    /// was hit, the mayor added") of the main clause.</summary>
    private static bool EndsOnAttribution(TokenList tokens, Sentence sentence, TextSpan phrase, ReportingCue cue, TextSpan speaker)
    {
        var (start, end) = (Math.Min(speaker.Start, cue.Span.Start), Math.Max(speaker.End, cue.Span.End));
        if (start < phrase.End) return false;
        var first = tokens.FirstStartingAt(start);
        if (first == 0 || !tokens[first - 1].IsPunctuation(',')) return false;
        for (var k = tokens.FirstStartingAt(phrase.End); k < first - 1; k++)
        {
            if (tokens[k].IsPunctuation(',') || tokens[k].Kind == TokenKind.Punctuation && QuotationMarks.IsMark(tokens[k].Text[0])) return false;
        }
        var after = tokens.FirstStartingAt(end);
        return after >= sentence.EndToken || after + 1 >= sentence.EndToken && tokens[after].Kind == TokenKind.Punctuation;
    }

    /// <summary>True when the cue and its speaker stand between commas right before the clause of the phrase, with no quotation
    /// mark between ("A building was leveled, a Lebanese security source told CNN, as Israel reportedly targeted an
    /// official"; "A strike hit the same street in January, the Tasnim news agency claimed at the time, reportedly killing
    /// five"): the clause goes on with the account the speaker gives, as the speaker the sentence ends on gives the whole
    /// sentence's (<see cref="EndsOnAttribution"/>). Blind helpers judged such findings wrong in CNN copy.</summary>
    private static bool SetsOffAttributionBefore(TokenList tokens, Sentence sentence, TextSpan phrase, ReportingCue cue, TextSpan speaker)
    {
        var (start, end) = (Math.Min(speaker.Start, cue.Span.Start), Math.Max(speaker.End, cue.Span.End));
        if (end > phrase.Start) return false;
        var first = tokens.FirstStartingAt(start);
        if (first <= sentence.FirstToken || !tokens[first - 1].IsPunctuation(',')) return false;
        var phraseToken = tokens.FirstStartingAt(phrase.Start);
        var comma = -1;
        for (var k = first; k < phraseToken; k++)
        {
            if (tokens[k].Kind == TokenKind.Punctuation && QuotationMarks.IsMark(tokens[k].Text[0])) return false;
            if (!tokens[k].IsPunctuation(',')) continue;
            // The speaker's clause closes at its first comma; a second before the phrase puts the phrase in another clause.
            if (tokens[k].Span.Start < end || comma >= 0) return false;
            comma = k;
        }
        return comma >= 0;
    }

    /// <summary>
    /// True when the cue says what a body that investigated the event told ("…, police said", "FHP says the man reportedly
    /// failed to slow down", "the St. Cloud police chief said the man reportedly …", "the patrol didn't say"): the police pass on
    /// what their inquiry found, which is that inquiry's finding, not an unnamed report. A person who passes on reports ("the
    /// minister said Russia had reportedly …") names no source; nor does a body named in another role ("officers were
    /// reportedly called in").
    /// </summary>
    private static bool SaysOfItsInquiry(TokenList tokens, ReportingCue cue, TextSpan speaker)
    {
        if (!SayingVerbs.Contains(tokens[cue.TokenIndex].Text)) return false;
        for (var k = tokens.FirstStartingAt(speaker.Start); k < tokens.Count && tokens[k].Span.Start < speaker.End; k++)
        {
            if (tokens[k].IsWord && InvestigatingBodies.Contains(tokens[k].Text)) return true;
        }
        return false;
    }

    /// <summary>The verbs of a statement: what the body said, not what it did.</summary>
    private static readonly HashSet<string> SayingVerbs = new(StringComparer.OrdinalIgnoreCase) { "said", "says", "say", "told", "tells", "added", "adds", "stated", "states" };

    /// <summary>Bodies that investigate a crash, a crime or a death, and speak of what they found.</summary>
    private static readonly HashSet<string> InvestigatingBodies = new(StringComparer.OrdinalIgnoreCase)
    {
        "police", "patrol", "sheriff", "troopers", "trooper", "deputies", "investigators", "prosecutors", "coroner", "firefighters",
    };

    /// <summary>True when a sentence beside the phrase's in its paragraph passes on a named publication's report: the one
    /// before it, however it says so ("…, the Harbour Gazette reported. The mayor reportedly quit at dawn."; "Reported in the
    /// Harbour Gazette on Monday, …"), or the one after it when it says where what came before was reported ("The mayor
    /// reportedly quit. This was first reported in the Harbour Gazette."). A newspaper that reports something of its own
    /// after the phrase ("… The Harbour Gazette reported on Monday that the pier is shut") does not source it, nor does one
    /// named in any other role ("The Harbour Gazette obtained the footage. The skipper reportedly laughs."), nor a report in
    /// another paragraph.</summary>
    private static bool IsBesideNamedReport(Article article, Sentence sentence, SentenceCues cues)
    {
        var tokens = article.Tokens;
        if (sentence.Index + 1 < article.Sentences.Count && article.Sentences[sentence.Index + 1] is var next && next.ParagraphIndex == sentence.ParagraphIndex
            && PassesOnPublishedReport(tokens, next.FirstToken, next.EndToken, publicationOnly: true)) return true;
        if (sentence.Index == 0) return false;
        var previous = article.Sentences[sentence.Index - 1];
        if (previous.ParagraphIndex != sentence.ParagraphIndex) return false;
        if (PassesOnPublishedReport(tokens, previous.FirstToken, previous.EndToken, publicationOnly: true)) return true;
        foreach (var cue in cues[previous.Index])
        {
            if (cue.Speaker is { } speaker && IsReport(tokens, cue) && IsNamedSpeaker(tokens, speaker, previous.EndToken)) return true;
        }
        return false;
    }

    /// <summary>True for an impersonal passive ("it was reported that", "it is thought"): in a meeting's record, the record of
    /// what the meeting heard (<see cref="RecordsMeeting"/>).</summary>
    private static bool IsImpersonal(TokenList tokens, int k) => tokens[k].Text.Equals("it", StringComparison.OrdinalIgnoreCase);

    /// <summary>True when the article is a meeting's record, its minutes or their write-up: it uses two of the formulas of
    /// minutes (the profile list <c>meeting-record-phrases</c>: "seconded by", "it was agreed", "apologies for absence").</summary>
    private static bool RecordsMeeting(TokenList tokens, AttributionLexicon lexicon)
    {
        var found = 0;
        for (var k = 0; k < tokens.Count; k++)
        {
            var length = lexicon.MeetingRecordPhrases.MatchAt(tokens, k, tokens.Count);
            if (length == 0) continue;
            if (++found == MeetingRecordPhrasesNeeded) return true;
            k += length - 1;
        }
        return false;
    }

    private const int MeetingRecordPhrasesNeeded = 2;

    /// <summary>True when the phrase ending at <paramref name="last"/> says its sources told another newspaper ("a source
    /// told the Harbour Gazette", "sources told The Hill", "he reportedly told the Harbour Gazette"): it passes on that
    /// newspaper's report, whose sources it keeps. Sources that told the outlet itself (its profile's title: "sources told the Guardian" in Guardian copy) are its own,
    /// and as vague as any. Sources that told a broadcaster or an agency are left vague: networks write "sources told CNN"
    /// of their own sources, and the outlet that runs with no profile of its own has no title to tell.</summary>
    private static bool ToldPublication(TokenList tokens, int last, int end, string outletTitle)
    {
        if (!tokens[last].Text.Equals("told", StringComparison.OrdinalIgnoreCase))
        {
            if (last + 1 >= end || !tokens[last + 1].Text.Equals("told", StringComparison.OrdinalIgnoreCase)) return false;
            last++;
        }
        var name = PublicationTold(tokens, last, end, agenciesToo: false);
        return name >= 0 && !IsWordOf(outletTitle, tokens[name].Text);
    }

    /// <summary>The first word of a publication's name among the few words after "told" at <paramref name="told"/>: a
    /// newspaper's ("told the Harbour Gazette"), or with <paramref name="agenciesToo"/> an agency's or a broadcaster's too
    /// ("told Reuters"); -1 when none is.</summary>
    private static int PublicationTold(TokenList tokens, int told, int end, bool agenciesToo)
    {
        for (var k = told + 1; k < end && k <= told + MaximumWordsToTheSource && tokens[k].IsWord; k++)
        {
            if (agenciesToo ? IsPublicationNameAt(tokens, k, told) : IsNewspaperNameAt(tokens, k, told)) return k;
        }
        return -1;
    }

    private static bool IsWordOf(string title, string word)
    {
        var at = title.IndexOf(word, StringComparison.Ordinal);
        return at >= 0 && (at == 0 || !char.IsLetter(title[at - 1])) && (at + word.Length == title.Length || !char.IsLetter(title[at + word.Length]));
    }

    /// <summary>True when the cue is "reported" with its speaker as the reporter: "the Harbour Gazette reported", not the passive
    /// "tensions were widely reported", whose subject is what was reported.</summary>
    private static bool IsReport(TokenList tokens, ReportingCue cue)
    {
        var k = cue.TokenIndex;
        if (!tokens[k].Text.Equals("reported", StringComparison.OrdinalIgnoreCase)) return false;
        for (var i = k - 1; i >= 0 && i >= k - 2; i--)
        {
            if (tokens[i].IsWord && ReportingCueFinder.BeForms.Contains(tokens[i].Text.ToLowerInvariant())) return false;
        }
        return true;
    }

    /// <summary>True when a cue's speaker is named and is not sources or reports again: a capital in it, of a name or a title
    /// ("the Associated Press", "the city's Mayor Igor Kolykhayev"), not that of a word that opens sentences ("And the costs
    /// reported so far …"); the press of a place ("Lebanese media", "local media"); or sources the copy describes
    /// (<paramref name="areDescribedSources"/>, when given).</summary>
    private static bool IsNamedSpeaker(TokenList tokens, TextSpan speaker, int end, Func<int, bool>? areDescribedSources = null)
    {
        var named = false;
        for (var k = tokens.FirstStartingAt(speaker.Start); k < end && tokens[k].Span.Start < speaker.End; k++)
        {
            var token = tokens[k];
            if (!speaker.Contains(token.Span) || !token.IsWord) continue;
            // The press of a place is named as far as a wire's copy names it (IsPressOfAPlace): "Lebanese media reported".
            if (MediumWords.Contains(token.Text) && SaysWhosePress(tokens, k, tokens.FirstStartingAt(speaker.Start)))
            {
                named = true;
                continue;
            }
            if (UnnamedSpeakerWords.Contains(token.Text))
            {
                if (!IsSourceWord(token.Text) || areDescribedSources?.Invoke(k) != true) return false;
                named = true;
                continue;
            }
            if (char.IsUpper(token.Text[0]) && !SentenceOpeners.Words.Contains(token.Text) || SpokespersonWords.Contains(token.Text)
                || IsDocumentPointedBack(tokens, k, speaker)) named = true;
        }
        return named;
    }

    /// <summary>True when the speaker is "the" and a document or a publication's work the copy has named ("according to the
    /// film", "according to the letter", "according to the outlets"): the word points back to it as "the reports said" points
    /// back to reports (CNN copy's "According to the film, Ali was said to …", judged wrong to report).</summary>
    private static bool IsDocumentPointedBack(TokenList tokens, int k, TextSpan speaker) =>
        k > 0 && tokens[k - 1].Text.Equals("the", StringComparison.OrdinalIgnoreCase) && tokens[k - 1].Span.Start == speaker.Start
        && tokens[k].Span.End == speaker.End && (DocumentWords.Contains(tokens[k].Text) || PublicationWords.Contains(tokens[k].Text));

    /// <summary>Documents a speaker's words may stand for: "the film", "the letter", "the lawsuit", "the outlets".</summary>
    private static readonly HashSet<string> DocumentWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "film", "documentary", "letter", "lawsuit", "complaint", "indictment", "memo", "book", "memoir", "study", "survey", "outlet", "outlets",
    };

    /// <summary>
    /// True when "is said to" or "are said to" defines a term: by a condition that follows "be" ("a task is said to be complete
    /// once its callback returns", "two crossings are said to be parallel if they never meet"), or of a class that its subject
    /// names by a relative clause in the present ("women who want no more children are said to have an unmet need", "those who
    /// do not learn from history are said to be doomed to repeat it", <see cref="NamesAClass"/>): the writer's own definition or
    /// a saying, which reports no one's claim. Definitions are written in the present; "was said to be" reports.
    /// </summary>
    private static bool IsDefinition(TokenList tokens, int start, int k, int length, int end)
    {
        if (length != 3 || !tokens[k + 1].Text.Equals("said", StringComparison.OrdinalIgnoreCase) || tokens[k].Text.ToLowerInvariant() is not ("is" or "are")) return false;
        var be = k + length;
        if (be < end && tokens[be].Text.Equals("be", StringComparison.OrdinalIgnoreCase))
        {
            for (var i = be + 1; i < end && i <= be + MaximumWordsToTheCondition; i++)
            {
                if (ConditionWords.Contains(tokens[i].Text)) return true;
            }
        }
        // "When a process is running in user mode, it is said to be …", "If …, then the function is said to possess …": the
        // condition opens the sentence, and the term its subject meets follows. A relative clause's "who is said to" inside
        // the condition ("When I asked a businessman, who is said to have …") still reports.
        if (ConditionWords.Contains(tokens[start].Text) && tokens.HasCommaBetween(start, k)
            && tokens[k - 1].Text.ToLowerInvariant() is not ("who" or "which" or "that")) return true;
        return NamesAClass(tokens, start, k);
    }

    /// <summary>
    /// True when the subject from <paramref name="start"/> to the verb at <paramref name="verb"/> names a class by a relative
    /// clause in the present ("Women who want …", "Those who do not learn …", "Applications that run with …"): no determiner
    /// or pronoun that points at given people opens it ("the", "they"), no name or number is in it, and its clause is not in the
    /// past ("men who fled are said to …" tells of given men). A relative right before the verb ("the group, who are said
    /// to …", "tape over windows, which is said to …") makes no class either, nor a claim's "that" ("claims that the ferry
    /// sank are said to be false").
    /// </summary>
    private static bool NamesAClass(TokenList tokens, int start, int verb)
    {
        if (verb - start < MinimumClassSubjectTokens || !tokens[start].IsWord || GivenOpenings.Contains(tokens[start].Text)
            || tokens[verb - 1].Text.ToLowerInvariant() is "which" or "who" or "that") return false;
        var relative = -1;
        for (var i = start; i < verb; i++)
        {
            var token = tokens[i];
            if (token.Kind == TokenKind.Number || i > start && token.IsWord && token.StartsUpper) return false;
            if (relative < 0 && i > start && token.Text.ToLowerInvariant() is "who" or "that") relative = i;
        }
        if (relative < 0 || relative + 1 >= verb - 1 || !tokens[relative + 1].IsWord) return false;
        var next = tokens[relative + 1].Text.ToLowerInvariant();
        // A verb follows a relative; a subject follows the "that" of a claim ("claims that the ferry sank are said to …").
        return !next.EndsWith("ed", StringComparison.Ordinal) && !PastForms.Contains(next) && !GivenOpenings.Contains(next) && next is not ("a" or "an");
    }

    /// <summary>The shortest subject that names a class: a noun, a relative and its verb.</summary>
    private const int MinimumClassSubjectTokens = 3;

    /// <summary>Words that open a subject about given people or things: determiners and pronouns that point back.</summary>
    private static readonly HashSet<string> GivenOpenings = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "this", "these", "that", "his", "her", "its", "their", "our", "my", "your", "they", "he", "she", "it", "we", "both",
    };

    /// <summary>Irregular past forms after a relative: "who were", "who fled", "that came" tell of given people.</summary>
    private static readonly HashSet<string> PastForms = new(StringComparer.Ordinal)
    {
        "was", "were", "had", "did", "went", "came", "fled", "took", "made", "got", "lost", "saw", "left", "ran", "fought", "said", "told",
        "began", "became", "brought", "bought", "built", "caught", "fell", "felt", "found", "gave", "grew", "held", "kept", "knew", "led",
        "met", "paid", "put", "sent", "sold", "stood", "thought", "won", "wrote",
    };

    /// <summary>True when the phrase's verb goes on with the particle of another verb: "it is thought of as a tool", "it is
    /// understood as a promise", "it is thought about less": how something is regarded, not who believes a claim.</summary>
    private static bool IsPhrasalVerb(TokenList tokens, int next, int end) =>
        next < end && next > 0 && tokens[next - 1].Text.ToLowerInvariant() is "thought" or "understood" or "believed"
        && tokens[next].Text.ToLowerInvariant() is "of" or "about" or "as";

    /// <summary>True when a passive report's "it" is something reported, in a clause of time or condition that ends with the
    /// phrase or says to whom: "what will happen after it is reported", "once it is reported to the police", "waiting since
    /// it was reported to the full Senate". An incident is reported, as "the theft was reported" is, and so is a bill that a
    /// committee sends on ("It was reported out of committee in May"); a hedge goes on with what was reported ("after it was
    /// reported that …").</summary>
    private static bool ReportsAnIncident(TokenList tokens, int k, int length, int first, int end)
    {
        if (!tokens[k].Text.Equals("it", StringComparison.OrdinalIgnoreCase)) return false;
        var next = k + length;
        if (next + 1 < end && tokens[next].Text.Equals("out", StringComparison.OrdinalIgnoreCase) && tokens[next + 1].Text.Equals("of", StringComparison.OrdinalIgnoreCase)) return true;
        if (k == first || !IncidentClauseOpeners.Contains(tokens[k - 1].Text)) return false;
        if (next >= end || !tokens[next].IsWord) return true;
        // "reported to the dean", "to police"; not "reported to have broken", which hedges what it did.
        return tokens[next].Text.Equals("to", StringComparison.OrdinalIgnoreCase) && next + 1 < end
               && (WhomReportedTo.Contains(tokens[next + 1].Text) || char.IsUpper(tokens[next + 1].Text[0]));
    }

    /// <summary>Words that open whom an incident is reported to: "to the dean", "to police", "to his manager".</summary>
    private static readonly HashSet<string> WhomReportedTo = new(StringComparer.OrdinalIgnoreCase) { "the", "a", "an", "his", "her", "their", "its", "our", "your", "police" };

    private static readonly HashSet<string> IncidentClauseOpeners = new(StringComparer.OrdinalIgnoreCase) { "after", "before", "when", "whenever", "once", "since", "until", "unless", "if" };

    /// <summary>How many words after "be" a definition's condition may open: the term's property, a few words long.</summary>
    private const int MaximumWordsToTheCondition = 5;

    private static readonly HashSet<string> ConditionWords = new(StringComparer.OrdinalIgnoreCase) { "if", "when", "whenever", "once", "iff", "provided" };

    /// <summary>
    /// True when a passive report ("it is reported", "it was reported") goes on with who reported it or where: "by" and a
    /// name ("it was reported by Reuters"), or "in", "at" or "on" and a publication ("in The Times", "at the official blog of
    /// the project", "on the ministry's website"). Sources or reports that a publication passes on are its own the same way
    /// ("according to sources quoted by the Harbour Gazette", "reports cited in the Times"), and so are reports the phrase
    /// says are a publication's ("according to reports by ESPN", "reports in The Times"), or a report's issuer after "from"
    /// (<see cref="NamesIssuerAfterFrom"/>: "according to a report from Harbour Online"). A day, a month or a place is no
    /// source: "it was reported on Monday", "in the Donbas" stay vague, as does "by officials", which names no one. With
    /// <paramref name="publicationOnly"/>, "by" names a publication as the other prepositions do.
    /// </summary>
    private static bool NamesWhereReported(TokenList tokens, int next, int end, bool publicationOnly = false)
    {
        if (next < end && PassingOnParticiples.Contains(tokens[next].Text)) next++;
        else if (next == 0 || !tokens[next - 1].Text.Equals("reported", StringComparison.OrdinalIgnoreCase) && !ReportNouns.Contains(tokens[next - 1].Text)
                 && !DisclosingParticiples.Contains(tokens[next - 1].Text)) return false;
        // "according to reports most recently in the Times": when a report came out stands before where.
        for (var skipped = 0; skipped < 2 && next < end && ReportTimeAdverbs.Contains(tokens[next].Text); skipped++) next++;
        if (next >= end) return false;
        var preposition = tokens[next].Text.ToLowerInvariant();
        if (preposition == "from")
        {
            // "reported from Kyiv" says where the reporter stood; "a report from" says who issued it.
            if (!ReportNouns.Contains(tokens[next - 1].Text)) return false;
            if (!publicationOnly) return NamesIssuerAfterFrom(tokens, next + 1, end);
        }
        else if (preposition is not ("by" or "in" or "at" or "on")) return false;
        for (var k = next + 1; k < end && k <= next + MaximumWordsToTheSource; k++)
        {
            var token = tokens[k];
            // "in today's Rutland Herald", "in Sunday's Observer": the day's possessive stands before the paper.
            if (token.IsPossessive) continue;
            if (!token.IsWord) return false;
            if ((CalendarWords.Months.Contains(token.Text) || CalendarWords.DayNames.Contains(token.Text)) && !(k + 1 < end && tokens[k + 1].IsPossessive)) return false;
            var named = preposition == "by" && !publicationOnly
                ? char.IsUpper(token.Text[0])
                : PublicationWords.Contains(token.Text) || IsPublicationNameAt(tokens, k, next) || EndsNamedReport(tokens, k, next)
                  || MediumWords.Contains(token.Text) && SaysWhosePress(tokens, k, next + 1);
            if (named) return true;
        }
        return false;
    }

    /// <summary>True when the words after a report's "from" name who issued it: a name of two capitalised words or more, an
    /// acronym or an agency ("a report from Harbour Online", "from the State Department", "from HRANA", "from Reuters"). One
    /// capitalised word is where the report came from ("reports from Gaza", "reports from Russian media"), which names no one.</summary>
    private static bool NamesIssuerAfterFrom(TokenList tokens, int k, int end)
    {
        if (k < end && tokens[k].Text.ToLowerInvariant() is "the" or "a" or "an") k++;
        var capitalised = 0;
        for (var i = k; i < end && tokens[i].IsWord && tokens[i].StartsUpper; i++)
        {
            var word = tokens[i].Text;
            if (NewsAgencies.Contains(word) || word.Length > 1 && word.All(char.IsUpper)) return true;
            capitalised++;
        }
        return capitalised >= 2;
    }

    /// <summary>True when the sentence from <paramref name="first"/> to <paramref name="end"/> says where or by whom what it
    /// passes on was reported: "*Reported in the Harbour Gazette* on Monday, the ferry was said to …", "…, as reported by
    /// Reuters", "*In a report in the Harbour Gazette*, …" (<see cref="NamesWhereReported"/>). With
    /// <paramref name="publicationOnly"/>, only a publication counts ("a report by the Harbour Gazette", not "a new report by
    /// the UN", whose sentence ends its report).</summary>
    private static bool PassesOnPublishedReport(TokenList tokens, int first, int end, bool publicationOnly = false)
    {
        for (var k = first; k + 1 < end; k++)
        {
            // The report as a noun ("a report in the Japan Times"), or the participle that opens the sentence or follows "as"
            // ("as first reported by"); one after a noun says who reported that noun ("after his arrest reported by the
            // Harbour Gazette, he reportedly …").
            var word = tokens[k].Text;
            bool passesOn;
            if (ReportNouns.Contains(word))
            {
                // "In a recent New York Times article, it was reported that …": the publication's name before its report.
                if (!tokens[k].IsTranscribed && NamesPublicationBefore(tokens, k, first)) return true;
                passesOn = true;
            }
            else if (word.Equals("reported", StringComparison.OrdinalIgnoreCase) || DisclosingParticiples.Contains(word))
            {
                var opener = k;
                while (opener > first && opener > k - 3 && ReportTimeAdverbs.Contains(tokens[opener - 1].Text)) opener--;
                passesOn = publicationOnly && word.Equals("reported", StringComparison.OrdinalIgnoreCase)
                           || opener == first || tokens[opener - 1].Text.Equals("as", StringComparison.OrdinalIgnoreCase);
            }
            else continue;
            if (passesOn && !tokens[k].IsTranscribed && NamesWhereReported(tokens, k + 1, end, publicationOnly)) return true;
        }
        return false;
    }

    /// <summary>True when a publication's name stands right before the report noun at <paramref name="k"/>: an agency's ("a
    /// Reuters report"), or a run of capitalised words that ends in a newspaper's word ("a New York Times article").</summary>
    private static bool NamesPublicationBefore(TokenList tokens, int k, int first)
    {
        if (k - 1 < first || !tokens[k - 1].IsWord) return false;
        var before = tokens[k - 1].Text;
        return NewsAgencies.Contains(before)
               || PublicationNames.Contains(before) && k - 2 >= first && tokens[k - 2].IsWord && char.IsUpper(tokens[k - 2].Text[0]);
    }

    /// <summary>What a publication prints that a sentence may pass on: "a report in the Japan Times", "a series of articles in the
    /// Washington Post" (a senator's release that went on "Building 18 was said to contain mold" was judged sourced).</summary>
    private static readonly HashSet<string> ReportNouns = new(StringComparer.OrdinalIgnoreCase) { "report", "reports", "article", "articles", "story", "stories" };

    /// <summary>True when a cue's speaker is a newspaper by its name ("The Harbour Gazette claimed …", "the Independent
    /// said"): what it says, it reports, as "reported" would say.</summary>
    private static bool IsPublication(TokenList tokens, TextSpan speaker, int sentenceStart)
    {
        for (var k = tokens.FirstStartingAt(speaker.Start); k < tokens.Count && tokens[k].Span.End <= speaker.End; k++)
        {
            if (IsPublicationNameAt(tokens, k, sentenceStart)) return true;
        }
        return false;
    }

    /// <summary>True when a passive of understanding or belief goes on with whose it is: "it is understood by all sides that
    /// …", "ensure the code is understood by all staff". The agent holds the belief; the phrase hides no source.</summary>
    private static bool NamesWhoseBelief(TokenList tokens, int next, int end) =>
        next < end && tokens[next].Text.Equals("by", StringComparison.OrdinalIgnoreCase)
        && tokens[next - 1].Text.ToLowerInvariant() is "understood" or "believed" or "thought";

    /// <summary>True when the word at <paramref name="k"/> ends a report's name, a capitalised "Report" after a capitalised word
    /// ("in the Chilcot Report", "the Harland Inquiry Report"): a document a reader can look up, as a newspaper is.</summary>
    private static bool EndsNamedReport(TokenList tokens, int k, int from) =>
        tokens[k].Text is "Report" && k - 1 > from && tokens[k - 1].IsWord && tokens[k - 1].StartsUpper;

    /// <summary>True when the word at <paramref name="k"/> is part of a newspaper's or a news agency's name: a run of
    /// capitalised words that "the" opens with a newspaper's word in it ("the Arizona Daily Star", "the Times"), a run that a
    /// capital "The" opens in mid-sentence, as a title keeps its article ("told The Hill", "reported in The Wire"), or an
    /// agency's own name ("Reuters").</summary>
    private static bool IsPublicationNameAt(TokenList tokens, int k, int from) =>
        tokens[k].IsWord && NewsAgencies.Contains(tokens[k].Text) || IsNewspaperNameAt(tokens, k, from);

    /// <summary>True when the word at <paramref name="k"/> is part of a newspaper's name, which "the" opens
    /// (<see cref="IsPublicationNameAt"/>).</summary>
    private static bool IsNewspaperNameAt(TokenList tokens, int k, int from)
    {
        var word = tokens[k].Text;
        if (!tokens[k].IsWord || !char.IsUpper(word[0]) || word == "The") return false;
        if (PublicationNames.Contains(word) && IsInNameAfterThe(tokens, k, from)) return true;
        var start = k;
        while (start > from && tokens[start - 1].IsWord && char.IsUpper(tokens[start - 1].Text[0]) && tokens[start - 1].Text != "The") start--;
        var the = start - 1;
        // After a lower-case word, so not a sentence's or a quotation's first word: "The Hague" is a city's name.
        return the > from && tokens[the].Text == "The" && tokens[the - 1].IsWord && char.IsLower(tokens[the - 1].Text[0])
               && !PlacesWithThe.Contains(tokens[start].Text);
    }

    /// <summary>True when the word at <paramref name="k"/> ends a run of capitalised words that "the" opens ("the New York Times",
    /// "The New York Times"), or a day's possessive, which stands for it ("in today's Rutland Herald", "Sunday's Observer").</summary>
    private static bool IsInNameAfterThe(TokenList tokens, int k, int from)
    {
        var i = k;
        while (i > from && tokens[i].IsWord && char.IsUpper(tokens[i].Text[0])) i--;
        // "by The New York Times": the name's own capital "The" opens the run.
        if (i < k && (tokens[i].Text.Equals("the", StringComparison.OrdinalIgnoreCase) || tokens[i + 1].Text == "The")) return true;
        return i < k && i > from && tokens[i].IsPossessive && DaysOfIssue.Contains(tokens[i - 1].Text);
    }

    /// <summary>The days whose possessive names a paper's issue: "today's Rutland Herald", "Sunday's Observer".</summary>
    private static readonly HashSet<string> DaysOfIssue = new(CalendarWords.DayNames.Concat(["today", "yesterday"]), StringComparer.OrdinalIgnoreCase);

    private const int MaximumWordsToTheSource = 6;

    /// <summary>Adverbs of when a report came out, between it and where: "reports most recently in", "reported first by".</summary>
    private static readonly HashSet<string> ReportTimeAdverbs = new(StringComparer.OrdinalIgnoreCase) { "most", "recently", "first", "originally", "initially", "also" };

    /// <summary>Participles that, after "as", say who made known what the sentence passes on, as "as reported by" does: "as
    /// revealed by the President at a briefing", "as documented in the Harland Report".</summary>
    private static readonly HashSet<string> DisclosingParticiples = new(StringComparer.OrdinalIgnoreCase) { "revealed", "documented", "disclosed", "confirmed" };

    /// <summary>Participles after sources or reports by which a publication passes them on: "sources quoted by …", "cited in …".</summary>
    private static readonly HashSet<string> PassingOnParticiples = new(StringComparer.OrdinalIgnoreCase) { "quoted", "cited" };

    /// <summary>Where a report is published: "reported in the paper", "at the official blog of RubyGems", "on the front page of
    /// the Tarn Leader" (a page is a publication's).</summary>
    private static readonly HashSet<string> PublicationWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "blog", "newspaper", "paper", "journal", "magazine", "website", "site", "newsletter", "bulletin", "gazette", "broadcast", "podcast",
        "programme", "program", "channel", "feed", "account", "announcement", "statement", "filing", "page", "pages",
    };

    /// <summary>Words of a newspaper's name after "the": "reported in The Times", "in the Guardian", "in the New York Times".</summary>
    private static readonly HashSet<string> PublicationNames = new(StringComparer.Ordinal)
    {
        "Times", "Guardian", "Telegraph", "Post", "Journal", "Independent", "Observer", "Economist", "Atlantic", "Mirror", "Sun", "Express",
        "Herald", "Tribune", "Globe", "Chronicle", "Gazette", "Mail", "Standard", "Today", "Review", "Star", "Daily", "Inquirer", "Examiner",
        "Courier", "Bee", "Sentinel", "Register", "Dispatch", "Advertiser", "Hindu", "Intercept", "Wire", "Press", "Beast", "Caller",
    };

    /// <summary>News agencies and broadcasters named without "the": "sources told Reuters", "Politico first reported".</summary>
    private static readonly HashSet<string> NewsAgencies = new(StringComparer.Ordinal)
    {
        "Reuters", "AFP", "AP", "Bloomberg", "CNN", "NPR", "Politico", "Axios", "Xinhua", "Interfax", "TASS", "Yonhap", "Kyodo", "BuzzFeed",
        "BBC", "ABC", "CBS", "NBC",
    };

    /// <summary>Places whose name keeps a capital "The" in mid-sentence ("talks in The Hague"): not a title's.</summary>
    private static readonly HashSet<string> PlacesWithThe = new(StringComparer.Ordinal) { "Hague", "Gambia", "Bahamas", "Netherlands" };

    /// <summary>One who speaks for a named body, and says so on the record: "according to a family spokesperson", "a police
    /// spokesman said".</summary>
    private static readonly HashSet<string> SpokespersonWords = new(StringComparer.OrdinalIgnoreCase) { "spokesperson", "spokesman", "spokeswoman" };

    /// <summary>Speakers that are no one in particular however they are described: "Russian media reports", "two sources".</summary>
    private static readonly HashSet<string> UnnamedSpeakerWords = new(StringComparer.OrdinalIgnoreCase) { "source", "sources", "report", "reports", "media" };

    /// <summary>"Senior military sources said", "campaign sources say", "Police reports said", "a Lebanese security source
    /// told": a word before "sources", "source" or "reports" that tells the reader whose they are, so the copy says who speaks
    /// as far as it can. "The sources said", "two sources say", "a source said", "news reports said" do not.</summary>
    private static bool IsDescribedSource(TokenList tokens, int k, int sentenceStart, AttributionLexicon lexicon)
    {
        if (tokens[k].Text.ToLowerInvariant() is not ("sources" or "source" or "reports") || k == sentenceStart) return false;
        return DescribesSource(tokens, k - 1, lexicon) || IsOneOfOthers(tokens, k, sentenceStart, lexicon);
    }

    private static bool DescribesSource(TokenList tokens, int i, AttributionLexicon lexicon) =>
        tokens[i].IsWord && !tokens[i].Text.Any(char.IsDigit) && lexicon.UndescribedSourceWords.MatchAt(tokens, i, i + 1) == 0;

    /// <summary>"Japanese press reports said", "local media reports said", "Russian news reports": the press of a country, or
    /// the local or state press, says whose reports they are as far as a wire's copy does (eight findings judged wrong, one
    /// judged right, in wire stories and the evaluation's copy). A word of <see cref="MediumWords"/> before the phrase's
    /// "reports", or opening it, after a capitalised word that opens no sentence and describes ("Japanese"), or "local" or
    /// "state".</summary>
    private static bool IsPressOfAPlace(TokenList tokens, int k, int sentenceStart, AttributionLexicon lexicon)
    {
        var medium = tokens[k].Text.Equals("reports", StringComparison.OrdinalIgnoreCase) ? k - 1 : k;
        return medium > sentenceStart && MediumWords.Contains(tokens[medium].Text) && SaysWhosePress(tokens, medium, sentenceStart)
               && DescribesSource(tokens, medium - 1, lexicon);
    }

    /// <summary>True when the word before the medium at <paramref name="medium"/> says whose press it is: "local" or "state",
    /// or a capitalised word that opens no sentence ("Israeli media", "Lebanese media, including …, reported").</summary>
    private static bool SaysWhosePress(TokenList tokens, int medium, int from)
    {
        if (medium - 1 < from || !tokens[medium - 1].IsWord) return false;
        var place = tokens[medium - 1].Text;
        return place.ToLowerInvariant() is "local" or "state" || char.IsUpper(place[0]) && !SentenceOpeners.Words.Contains(place);
    }

    /// <summary>The media whose reports a phrase passes on: "press reports", "media reports", "news reports".</summary>
    private static readonly HashSet<string> MediumWords = new(StringComparer.OrdinalIgnoreCase) { "press", "media", "news" };

    /// <summary>"The Harbour Gazette and other news reports said", "the coastguard or other sources": "other" makes the described
    /// source before the conjunction one of them, so the phrase says whose they are.</summary>
    private static bool IsOneOfOthers(TokenList tokens, int k, int sentenceStart, AttributionLexicon lexicon)
    {
        for (var other = k - 1; other >= sentenceStart + 2 && other >= k - MaximumWordsAfterOther - 1; other--)
        {
            if (!tokens[other].Text.Equals("other", StringComparison.OrdinalIgnoreCase)) continue;
            return tokens[other - 1].Text.ToLowerInvariant() is "and" or "or" && DescribesSource(tokens, other - 2, lexicon);
        }
        return false;
    }

    /// <summary>How many words may stand between "other" and "sources" or "reports": "other local news reports".</summary>
    private const int MaximumWordsAfterOther = 2;

    /// <summary>True when the phrase's first word is capitalised inside its sentence right after a word in title case: the
    /// last word of a publication's name, which names the source ("the trade paper Ward's Automotive Reports said",
    /// "Consumer Reports said"), not the vague "reports said". A word that opens sentences ("A source said", "It is thought")
    /// or one after a word in capitals ("… newsletter HERE A source said") opens a sentence whose full stop is missing.</summary>
    private static bool EndsName(TokenList tokens, int k, int sentenceStart)
    {
        var first = tokens[k].Text;
        if (k == sentenceStart || !char.IsUpper(first[0]) || SentenceOpeners.Words.Contains(first)) return false;
        var before = tokens[k - 1];
        var word = before.Text;
        return before.IsWord && before.Span.End < tokens[k].Span.Start && char.IsUpper(word[0])
               && word.Skip(1).Any(char.IsLower) && !word.Skip(1).Any(char.IsUpper);
    }

    /// <summary>A reason for anonymity follows the marker in its sentence: "on condition of anonymity to discuss …".</summary>
    private static bool HasReason(TokenList tokens, int from, int end, PhraseList reasons)
    {
        for (var k = from; k < end; k++)
        {
            if (!tokens[k].IsInQuotation && reasons.MatchAt(tokens, k, end) > 0) return true;
        }
        return false;
    }

    /// <summary>Quotation marks out of place, one per paragraph: the first mark out of place is the cause, and the
    /// marks after it in the paragraph are out of place only because of it.</summary>
    private static List<UnbalancedQuotationMark> FindUnbalancedMarks(Article article)
    {
        var marks = new List<UnbalancedQuotationMark>();
        var quotations = article.Quotations;
        var strays = article.StrayClosingMarks;
        // Closing marks that end a quotation left open (below), by index in the stray marks.
        var closesOpenQuotation = new HashSet<int>();
        var stray = 0;
        for (var i = 0; i < quotations.Count; i++)
        {
            var quotation = quotations[i];
            // Left open at the end of a paragraph (or of a merged one) is the multi-paragraph convention when the next quotation continues it.
            if (quotation.IsClosed || (i + 1 < quotations.Count && quotations[i + 1].ContinuesPrevious)) continue;
            // The first closing mark after it, before any other opening mark, may end it, and then neither mark is out of
            // place: a statement run over a few paragraphs whose opening marks the copy left out (a post or a letter
            // reproduced paragraph by paragraph), or one that quotes a term in the same marks and closes in the
            // sentence the term ends (“… his own “Russian lawyer meeting” emails,” Assange wrote).
            while (stray < strays.Count && strays[stray] < quotation.Span.Start) stray++;
            var nested = i + 1 < quotations.Count && quotations[i + 1].IsClosed && quotations[i + 1].ParagraphIndex == quotation.ParagraphIndex
                ? quotations[i + 1] : null;
            var nextOpening = i + (nested is null ? 1 : 2) is var n && n < quotations.Count ? quotations[n].Span.Start : int.MaxValue;
            var closes = stray < strays.Count && strays[stray] < nextOpening && (nested is null
                ? article.ParagraphIndexAt(strays[stray]) - quotation.ParagraphIndex is > 0 and <= MaximumParagraphsRunOnWithoutMarks
                : article.SentenceIndexAt(nested.Span.End - 1) == article.SentenceIndexAt(strays[stray]));
            if (closes)
            {
                closesOpenQuotation.Add(stray);
                continue;
            }
            marks.Add(new UnbalancedQuotationMark(new TextSpan(quotation.Span.Start, 1), QuotationMarkProblem.NotClosed));
        }
        for (var k = 0; k < strays.Count; k++)
        {
            if (!closesOpenQuotation.Contains(k)) marks.Add(new UnbalancedQuotationMark(new TextSpan(strays[k], 1), QuotationMarkProblem.NotOpened));
        }
        marks.Sort((x, y) => x.Span.Start.CompareTo(y.Span.Start));
        var firstPerParagraph = new List<UnbalancedQuotationMark>();
        var paragraph = 0;
        var lastReported = -1;
        foreach (var mark in marks)
        {
            while (paragraph + 1 < article.Paragraphs.Count && article.Paragraphs[paragraph].Span.End <= mark.Span.Start) paragraph++;
            if (paragraph == lastReported) continue;
            firstPerParagraph.Add(mark);
            lastReported = paragraph;
        }
        return firstPerParagraph;
    }

    /// <summary>How many paragraphs a statement may run on with neither opening nor closing marks before its closing
    /// mark: an embedded post or a short letter; past that, the open mark and the stray one are two slips.</summary>
    private const int MaximumParagraphsRunOnWithoutMarks = 3;

    private static TextSpan Span(Article article, int first, int count) =>
        TextSpan.FromBounds(article.Tokens[first].Span.Start, article.Tokens[first + count - 1].Span.End);
}
