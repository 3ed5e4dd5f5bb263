using System;
using System.Collections.Generic;
using System.Linq;
using Editorial.Articles;
using Editorial.Diagnostics;
using Editorial.Lexicon;
using Editorial.Text;

namespace Editorial.Rules.Hygiene;

/// <summary>
/// ED4005: a word typed twice ("the the"). Only words with nothing but white
/// space between them count: "cannot, cannot" is a repeat for emphasis. Words the profile list <c>repeatable-words</c>
/// names are left alone: grammatical repeats ("had had", "that that", "is is", "gave her her") and reduplications ("no
/// no", "etc etc", "cough cough"); so is a copula doubled after a clause used as its subject ("what it was was"), letters left by a
/// wrong character set ("â â"), a capitalised second word: names repeat ("Sirhan Sirhan", "Duran Duran"), a word after
/// the same word capitalised inside the sentence: a name and its noun ("my Apple Notes notes"), a run that goes on
/// across a comma with the same word, a chant ("hai hai, hai hai hai"), two words parted by two spaces or more on one line,
/// where a mark a scrape dropped stood ("If  if -- that"), a word said three times in a quotation ("“go off
/// off off”") or a word of meaning said exactly three times anywhere ("girls girls girls"), and the last label of a domain
/// the tokenizer reads as words ("gophercon.in in Bengaluru"), the second word of a pair joined by a slash ("an either/or or
/// a middle ground"), or a species named by a tautonym ("Pipile pipile"), or the
/// noun a number's compound modifies ("a 5,000-word word count"), or the first word of a link's text after the last of another's (a list of tags). Nor is a preposition after the same word ending a verb's phrase: a particle the
/// profile's <c>particle-verbs</c> give the verb ("what is going on on the ground", "sworn in in January"), or "for" left at
/// the end of a clause by a form of "be" and a verb in -ing or -ed ("the seat they are voting for for years"), or "in", "on"
/// or "at" left there by a form of "be" in a relative clause ("loans that they should never have been in in the first place"), nor a word
/// before the same word opening a phrase of the profile's <c>foreign-phrases</c> ("In in vitro studies"), nor a word the
/// phrase itself repeats ("que sera sera"), nor a word of a transcript's turn (<see cref="Article.IsInTranscript"/>): the
/// speaker's restart, recorded as spoken.
/// </summary>
public sealed class RepeatedWordRule : ArticleRule
{
    // A suggestion, not a warning: its precision on published news (docs/rules/ED4005.md, from the evaluation) reaches the
    // 0.9 a build-breaking warning needs on too few judged findings to rest a build on.
    public static readonly DiagnosticDescriptor Descriptor = new(
        RuleIds.RepeatedWord, "Repeated word", "Repeated word '{0}'", RuleCategory.Hygiene, Severity.Suggestion,
        "The same word twice in a row, usually left by an edit that replaced one phrase with another.", offersFix: true, fix: "removes the repeats");

    /// <summary>Copulas doubled after a fused relative: "what it was was", "all he is is".</summary>
    private static readonly HashSet<string> Copulas = new(StringComparer.OrdinalIgnoreCase) { "is", "was" };

    /// <summary>Words that open a clause used as a subject: "what it was was", "how true that was was", "all he is is".</summary>
    private static readonly HashSet<string> FusedRelatives = new(StringComparer.OrdinalIgnoreCase)
    {
        "what", "all", "how", "why", "where", "when", "whatever", "whoever", "who", "whether",
    };

    /// <summary>How far back a fused relative may stand from the doubled copula ("what the Kremlin wanted was was").</summary>
    private const int FusedRelativeReach = 6;

    /// <summary>The profile list of verbs with the particle that ends their phrase ("going on", "sworn in"), after which a
    /// preposition of the same spelling opens the next phrase ("going on on the ground").</summary>
    public const string ParticleVerbsList = "particle-verbs";

    public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [Descriptor];

    private static PhraseList ParticleVerbsOf(Profiles.OutletProfile profile) =>
        profile.GetDerived(p => new ParticleVerbs(new PhraseList(p.GetList(ParticleVerbsList)))).Phrases;

    /// <summary>The profile's particle verbs, read once per profile (a type of its own, as <see cref="Profiles.OutletProfile.GetDerived{T}"/> keys by type).</summary>
    private sealed record ParticleVerbs(PhraseList Phrases);

    public override void Analyze(ArticleContext context)
    {
        var article = context.Article;
        var tokens = article.Tokens;
        var repeatable = RepeatFreeFixes.RepeatableWordsOf(context.Profile);
        var particleVerbs = ParticleVerbsOf(context.Profile);
        var foreignPhrases = Spelling.WordSlips.ForeignPhrases(context.Profile);
        for (var k = 1; k < tokens.Count; k++)
        {
            if (!IsRepeat(article, repeatable, particleVerbs, k)) continue;
            // A transcript records a speaker's restarts ("the the Budget") as it records the rest of the speaker's words.
            if (article.IsInTranscript(tokens[k].Span)) continue;
            // "In in vitro studies": the second word opens a phrase borrowed whole, after the same word as a preposition; in
            // "que sera sera" the phrase itself says its word twice.
            if (Spelling.WordSlips.IsInForeignPhrase(tokens, k, foreignPhrases)) continue;
            var (previous, word) = (tokens[k - 1], tokens[k]);
            // In Markdown, markup may stand between the two ("the *the*"): removing it with the word would break it, so no fix.
            var onlySpaceBetween = OnlySpaceBetween(article, k);
            // A word typed three times or more ("the the the", or a pasted run of thousands) is one slip: one finding, at the
            // first repeat, whose fix removes them all, not one finding for each repeat.
            var last = k;
            while (last + 1 < tokens.Count && IsRepeat(article, repeatable, particleVerbs, last + 1))
            {
                last++;
                onlySpaceBetween &= OnlySpaceBetween(article, last);
            }
            // A word said three times or more in a quotation is the speaker's emphasis ("the red lights go off off off"), as a
            // chant is; typed twice, it is still a slip.
            if (IsChanted(tokens, k - 1, last) || last > k && (word.IsInQuotation || IsSaidThriceForEffect(tokens, k, last)))
            {
                k = last;
                continue;
            }
            var removed = TextSpan.FromBounds(previous.Span.End, tokens[last].Span.End);
            var fix = !onlySpaceBetween ? null
                : new Fix(last == k ? $"Remove the second '{word.Text}'" : $"Remove the repeats of '{previous.Text}'", new TextEdit(removed, ""));
            context.Report(Descriptor, word.Span, [word.Text], fix: fix, quotationSensitive: true);
            k = last;
        }
    }

    /// <summary>A word of meaning said exactly three times ("girls girls girls", a group's name; "very very very"): said so for
    /// effect or as a title's, where a slip doubles a word. A small word of grammar three times ("the the the") is still a
    /// slip, and so is a longer run, which a paste leaves.</summary>
    private static bool IsSaidThriceForEffect(TokenList tokens, int second, int last) =>
        last == second + 1 && tokens[second].Text.Length > 2 && !Lexicon.SentenceOpeners.Words.Contains(tokens[second].Text);

    /// <summary>
    /// True when the run of one word from <paramref name="first"/> to <paramref name="last"/> goes on across a comma with the
    /// same word ("hai hai, hai hai hai", "copy all these bass, bass bass"): a chant or a call repeated for effect, as
    /// "cannot, cannot" is, not a word an edit left twice.
    /// </summary>
    private static bool IsChanted(TokenList tokens, int first, int last)
    {
        bool SameWordAt(int i) => i >= 0 && i < tokens.Count && tokens[i].IsWord && string.Equals(tokens[i].Text, tokens[first].Text, StringComparison.OrdinalIgnoreCase);
        return first >= 2 && tokens[first - 1].IsPunctuation(',') && SameWordAt(first - 2)
               || last + 2 < tokens.Count && tokens[last + 1].IsPunctuation(',') && SameWordAt(last + 2);
    }

    /// <summary>True when the word at <paramref name="start"/> follows a number and a hyphen ("5,000-word"): the end of a compound
    /// modifier, which the tokenizer reads apart from its number.</summary>
    private static bool IsTailOfNumberCompound(string text, int start) =>
        start >= 2 && text[start - 1] is '-' or '\u2011' && char.IsDigit(text[start - 2]);

    /// <summary>True when each span is inside a link's text, and not the same link's (<see cref="Article.LinkTextSpans"/>).</summary>
    private static bool AreInTwoLinks(Article article, TextSpan first, TextSpan second) =>
        article.LinkTextContaining(first) is { } firstLink && article.LinkTextContaining(second) is { } secondLink && firstLink != secondLink;

    private static bool IsSingleLetter(TokenList tokens, int k) => k >= 0 && k < tokens.Count && tokens[k].IsWord && tokens[k].Text.Length == 1;

    /// <summary>Whether token <paramref name="k"/> repeats the word before it as a slip: the same word in any case, in the same
    /// sentence, lower case, not one English repeats (<paramref name="repeatable"/>, "what it was was"), not garbled letters.</summary>
    private static bool IsRepeat(Article article, HashSet<string> repeatable, PhraseList particleVerbs, int k)
    {
        var (previous, word) = (article.Tokens[k - 1], article.Tokens[k]);
        if (!word.IsWord || !previous.IsWord || word.SentenceIndex != previous.SentenceIndex) return false;
        if (!string.Equals(word.Text, previous.Text, StringComparison.OrdinalIgnoreCase)) return false;
        if (!char.IsLower(word.Text[0]) || repeatable.Contains(word.Text) || Mojibake.IsGarbled(article, word)) return false;
        // Letters, not words: a variable a formula writes out ("best-of-n n n" where a page's maths was flattened), a cipher or
        // a string spelled letter by letter ("o y f j", "x x z"). Of the words of one letter, "a" is doubled by a slip, and only
        // where the letters around it are no letters alone.
        if (word.Text.Length == 1 && (word.Text != "a" || IsSingleLetter(article.Tokens, k - 2) || IsSingleLetter(article.Tokens, k + 1))) return false;
        // A number's compound and the noun it modifies: "a 5,000-word word count", "a 24-hour hour hand".
        if (IsTailOfNumberCompound(article.Text, previous.Span.Start)) return false;
        // "an either/or or a middle ground", "and/or or": the first word ends a pair joined by a slash, the name of a choice.
        if (previous.Span.Start > 0 && article.Text[previous.Span.Start - 1] == '/') return false;
        // Two links side by side, a list of tags ("lexus", then "lexus lc"): each link's text is its own.
        if (AreInTwoLinks(article, previous.Span, word.Span)) return false;
        // A capital inside the sentence is a name's, and the word after it its noun ("her Apple Notes notes"); a sentence's
        // opening capital is no name ("The the ferry").
        if (char.IsUpper(previous.Text[0]) && HasWordBefore(article, k - 1)) return false;
        // A genus and its species written alike, a tautonym ("Pipile pipile", "Bufo bufo"), where the capitalised word is a
        // name; the capital of an English word that opens its sentence is the sentence's ("The the ferry").
        if (char.IsUpper(previous.Text[0]) && !CommonWords.ContainsLowered(previous.Text)) return false;
        // A word no list of English knows, doubled, is another language's reduplication or a name's ("kawa kawa", the song
        // "Pōkarekare Ana" as "po kare kare ana", "Falco novaeseelandiae novaeseelandiae"), not a word typed twice: typists
        // double the words they type most (judged wrong 5 of 5, against 17 of 109 for the words the lists know).
        if (!IsEnglishWord(word.Text.ToLowerInvariant())) return false;
        if (IsQuotedAlone(article, previous.Span, word.Span) || IsLastLabelOfDottedName(article.Text, previous.Span)
            || IsPartedByTagLine(article.Text, previous.Span.End, word.Span.Start)) return false;
        if (EndsVerbPhrase(article.Tokens, particleVerbs, k - 1)) return false;
        // A table's cells run into one paragraph: "nil nil" is two cells of the data, no word typed twice (a wire story's
        // commodity table, judged wrong).
        if (DataParagraphs.Contain(article, word.Span)) return false;
        if (IsGapOfLostMark(article.Text, previous.Span.End, word.Span.Start)) return false;
        return !(Copulas.Contains(word.Text) && AfterFusedRelative(article.Tokens, k - 1));
    }

    /// <summary>True when the words are parted by two spaces or more on one line: where a mark stood that a page's scrape or a
    /// character set dropped ("how can you  you say", "If  if -- that redeployment", once "you — you", "If — if —"), a speaker's
    /// restart, not a word an edit left twice, which one space parts.</summary>
    private static bool IsGapOfLostMark(string text, int start, int end)
    {
        if (end - start < 2) return false;
        for (var i = start; i < end; i++)
        {
            if (text[i] != ' ') return false;
        }
        return true;
    }

    private static bool IsEnglishWord(string lower) => CommonWords.ContainsOrPluralOf(lower) || Spelling.RareWords.ContainsOrPluralOf(lower);

    /// <summary>True when the word at <paramref name="k"/> ends a verb's phrase: a particle verb of the profile ("going on", "sworn
    /// in"), "in", "on" or "at" right after a form of "be" in a relative clause ("the loans that they should never have been in"), or
    /// "for" after a form of "be" and a verb in -ing or -ed ("are voting for", "were hired for"), whose object stands earlier in
    /// the sentence ("the job you were hired for"). The same word after it opens another phrase ("… been in in the first place",
    /// "… hired for for a year").</summary>
    private static bool EndsVerbPhrase(TokenList tokens, PhraseList particleVerbs, int k)
    {
        if (k < 1 || !tokens[k - 1].IsWord || tokens[k - 1].SentenceIndex != tokens[k].SentenceIndex) return false;
        if (particleVerbs.MatchAt(tokens, k - 1, k + 1) == 2) return true;
        if (BeForms.Contains(tokens[k - 1].Text) && tokens[k].Text.ToLowerInvariant() is "in" or "on" or "at" && OpensRelativeClauseBefore(tokens, k - 1)) return true;
        var verb = tokens[k - 1].Text;
        return tokens[k].Text.Equals("for", StringComparison.OrdinalIgnoreCase) && k >= 2 && tokens[k - 2].IsWord && BeForms.Contains(tokens[k - 2].Text)
               && (verb.EndsWith("ing", StringComparison.OrdinalIgnoreCase) || verb.EndsWith("ed", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>True when a relative pronoun stands a few words before the word at <paramref name="k"/> in its sentence ("the loans
    /// that they should never have been"): the clause it opens keeps its object there, so a preposition may end it. Without
    /// one, "the administration was in in the final stages" is a word typed twice.</summary>
    private static bool OpensRelativeClauseBefore(TokenList tokens, int k)
    {
        for (var i = k - 1; i >= 0 && i >= k - RelativeClauseReach && tokens[i].SentenceIndex == tokens[k].SentenceIndex; i--)
        {
            if (tokens[i].IsWord && tokens[i].Text.ToLowerInvariant() is "that" or "which" or "whom" or "where") return true;
        }
        return false;
    }

    /// <summary>How far back from the form of "be" a relative pronoun may stand: its clause's subject and an adverb or two.</summary>
    private const int RelativeClauseReach = 6;

    /// <summary>Forms of "be" before a verb in -ing or -ed, which make it one ("been waiting for", "were hired for"), where a noun in
    /// -ing is none ("the same thing for for the rest").</summary>
    private static readonly HashSet<string> BeForms = new(StringComparer.OrdinalIgnoreCase) { "be", "been", "being", "is", "are", "was", "were", "am", "'re", "’re" };

    /// <summary>True when the doubled word is all a quotation holds, its marks aside: a term named ("what “done done” means",
    /// agile's word for finished work), not a word typed twice.</summary>
    private static bool IsQuotedAlone(Article article, TextSpan first, TextSpan second)
    {
        if (article.QuotationHolding(first) is not { } quotation || !quotation.ContentSpan.Contains(second)) return false;
        var text = article.Text;
        for (var i = quotation.ContentSpan.Start; i < first.Start; i++) if (char.IsLetterOrDigit(text[i])) return false;
        for (var i = second.End; i < quotation.ContentSpan.End; i++) if (char.IsLetterOrDigit(text[i])) return false;
        return true;
    }

    /// <summary>True when a point joins the word to the letters before it, as it ends a domain whose last label is also an
    /// English word and which the tokenizer therefore reads as words ("[gophercon.in](…) in Bengaluru", "example.is is"): the
    /// label is part of the name, not a word the sentence says twice.</summary>
    private static bool IsLastLabelOfDottedName(string text, TextSpan word) =>
        word.Start >= 2 && text[word.Start - 1] == '.' && char.IsLetterOrDigit(text[word.Start - 2]);

    /// <summary>True when only tags on lines of their own stand between the two words ("npm", then "&lt;TerminalBlock&gt;" and
    /// "npm install …" on the next lines): a component set on its own line opens a block, as MDX compiles it, and its first
    /// word does not run on from the label before it.</summary>
    private static bool IsPartedByTagLine(string text, int start, int end)
    {
        var between = text.Substring(start, end - start);
        var trimmed = between.Trim();
        return trimmed.Length > 2 && trimmed[0] == '<' && trimmed[trimmed.Length - 1] == '>' && between.IndexOf('\n') >= 0
               && between.IndexOf('\n') < between.IndexOf('<') && between.LastIndexOf('\n') > between.LastIndexOf('>');
    }

    /// <summary>True when a word of its sentence stands before token <paramref name="k"/>: it does not open the sentence.</summary>
    private static bool HasWordBefore(Article article, int k)
    {
        var first = article.Sentences[article.Tokens[k].SentenceIndex].FirstToken;
        for (var i = k - 1; i >= first; i--)
        {
            if (article.Tokens[i].IsWord) return true;
        }
        return false;
    }

    private static bool OnlySpaceBetween(Article article, int k) =>
        string.IsNullOrWhiteSpace(article.Text.Substring(article.Tokens[k - 1].Span.End, article.Tokens[k].Span.Start - article.Tokens[k - 1].Span.End));

    /// <summary>True when "what", "how" or the like opens the clause the copula at <paramref name="k"/> ends, with its subject
    /// between them: "what it was was", "how true that was was"; not "the man who was was", where the copula follows at once.</summary>
    private static bool AfterFusedRelative(TokenList tokens, int k)
    {
        for (var i = k - 2; i >= 0 && i >= k - FusedRelativeReach && tokens[i].SentenceIndex == tokens[k].SentenceIndex; i--)
        {
            if (tokens[i].IsWord && FusedRelatives.Contains(tokens[i].Text)) return true;
        }
        return false;
    }
}
