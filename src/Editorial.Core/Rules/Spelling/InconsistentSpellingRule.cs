using System;
using System.Collections.Generic;
using System.Linq;
using Editorial.Diagnostics;
using Editorial.Figures;
using Editorial.Lexicon;
using Editorial.Text;

namespace Editorial.Rules.Spelling;

/// <summary>
/// ED1001: one article spells the same name or word two ways (Zelensky / Zelenskyy, videoconference / video conference).
/// The variants come from the profile's spelling entries and from what the article itself shows: names whose
/// transliterated ending differs, compounds written closed and open. The form most of the article uses is canonical.
/// A title standing alone that the article mostly writes in lower case ("the President's picks" beside "the president
/// said") departs from it too (<see cref="StandaloneTitles"/>).
/// </summary>
public sealed class InconsistentSpellingRule : ArticleRule
{
    // A suggestion, not a warning: its precision on published news (docs/rules/ED1001.md, from the evaluation) is short
    // of the 0.9 a build-breaking warning needs.
    public static readonly DiagnosticDescriptor Descriptor = new(
        RuleIds.InconsistentSpelling, "Same name spelled two ways in one article", "'{0}' is spelled '{1}' elsewhere in this article",
        RuleCategory.Spelling, Severity.Suggestion,
        "An article spells one name or word in two ways: a transliteration (Zelensky / Zelenskyy), a variant from the outlet profile's " +
        "spelling lists (Kiev / Kyiv), or a compound written closed and open (videoconference / video conference). The form most of " +
        "the article uses, outside quotations, is taken as canonical.", offersFix: true, fix: "the form the rest of the article uses");

    public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [Descriptor];

    public override void Analyze(ArticleContext context)
    {
        var analyzed = context.Analyzed;
        var reported = new List<TextSpan>();
        foreach (var occurrences in VaryingKeys(VariantIndex.Of(analyzed)))
        {
            if (occurrences.Any(o => VariantIndex.IsDecidedByOutlet(o.Entry, analyzed)) || IsNamedByAddress(analyzed, occurrences)) continue;
            // Hyphenated and spaced, a compound's forms are its uses as much as its spellings ("a face-to-face meeting", "met face to face").
            if (occurrences[0].Kind == VariantKind.Compound && occurrences.All(o => o.Form == VariantIndex.Open))
            {
                ReportHyphenation(context, occurrences, reported);
                continue;
            }
            var glossed = GlossedSpellings(context.Article, occurrences);
            // A caption printed under each photo of a gallery votes once (StyleChoice.Votes).
            var votes = StyleChoice.Votes(context.Article, occurrences);
            var expected = StyleChoice.Expected(votes, null);
            if (expected is null) continue;
            var foundWithoutList = occurrences[0].Kind != VariantKind.Listed;
            // Without a list only the article's majority tells the spelling from its variant: "world view" once and
            // "worldview" once are both good English, "Kovalinsk" once beside "Kovalimsk" once says nothing of which is right.
            // A tie outside quotations is settled by the proper-name list when it knows one of the names' spellings and only
            // that one, and the others are slips of it ("Minnesota" once beside "Minnessota" once); else by the quoted forms,
            // which the writer spelled too; failing that, nothing is reported.
            var settled = false;
            var spelledRight = occurrences.Where(o => !o.IsSlip).ToList();
            IEnumerable<VariantOccurrence>? departures = null;
            if (spelledRight.Count < occurrences.Count && spelledRight.Count > 0)
            {
                // A typo beside the name it misspells: the name's spelling, whichever is more frequent. The name's other
                // spellings depart from it only by the usual majority.
                var rightVotes = StyleChoice.Votes(context.Article, spelledRight);
                expected = StyleChoice.Expected(rightVotes, null) ?? spelledRight[0].Form;
                var majority = !StyleChoice.IsTie(rightVotes, expected);
                // A slip is the rarer spelling: one that a repeated caption made frequent is no slip of the running text's. Only
                // an ordinary word misspelt is a slip however often it is written: the word list, not the count, knows the word.
                var votesByForm = votes.GroupBy(v => v.Form, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
                int VotesFor(string form) => votesByForm.TryGetValue(form, out var count) ? count : 0;
                var expectedVotes = VotesFor(expected);
                departures = occurrences.Where(o => (o.IsSlip || majority && o.Form != expected)
                                                    && (VotesFor(o.Form) <= expectedVotes || o.IsSlip && IsMisspeltWord(o.Form, expected))
                                                    && !(o.IsSlip && IsWrittenOutsideProse(analyzed, o, expected)));
            }
            else if (foundWithoutList && StyleChoice.IsTie(votes, expected))
            {
                var known = occurrences[0].Kind == VariantKind.Name
                    ? occurrences.Where(o => !o.InQuotation).Select(o => o.Form).Distinct(StringComparer.Ordinal).Where(ProperNames.Contains).ToList() : [];
                // Only a slip of the known spelling departs from it: another transliteration ("Sergey" / "Sergei") is no typo.
                var slips = known.Count == 1
                    ? occurrences.Where(o => !ProperNames.Contains(o.Form) && NameVariants.IsOneSlip(NameVariants.Letters(o.Form), NameVariants.Letters(known[0]))
                                             && !IsWrittenOutsideProse(analyzed, o, known[0])).ToList()
                    : [];
                if (slips.Count > 0)
                {
                    expected = known[0];
                    departures = slips;
                }
                else
                {
                    expected = StyleChoice.Expected(votes, null, quotationsCount: true)!;
                    if (StyleChoice.IsTie(votes, expected, quotationsCount: true)) continue;
                    settled = true;
                }
            }
            // "nightclub" is the dictionary's word: a majority of "night club" does not make it a misspelling.
            if (expected == VariantIndex.Open && occurrences.Any(o => o.Form == VariantIndex.Closed && IsDictionaryWord(o.Text))) continue;
            var model = occurrences.FirstOrDefault(o => o.Form == expected && !o.InQuotation) ?? occurrences.First(o => o.Form == expected);
            var spacedToo = VariantIndex.WrittenSpaced(occurrences);
            // A spelling the outlet rules out ("Zelensky" under AP's "Zelenskyy") is ED1002's to report; a slip of it is still
            // one, but its fix takes the outlet's form, so that fixing it never makes a finding of ED1002's.
            var outletEntry = VariantIndex.OutletEntryRulingOut(expected, analyzed);
            foreach (var occurrence in departures ?? StyleChoice.Departures(context.Article, occurrences, expected, settled))
            {
                // A name or compound as a speaker or a quoted document writes it ("correcting the Buzzfeed story", "the Kiev
                // regime") is theirs, even when a list knows its variants: only an outlet that respells what it transcribes
                // (quoted-spelling: house) changes it there, and the outlet's own entries are ED1002's.
                if (!SpellingGates.IsWritersOwn(context.Analyzed, occurrence.Span)) continue;
                // "Start Stcks 181.64 181.10", "Amarlo/ Lubbck 1.89 1.52": a table run into a paragraph shortens its labels to fit
                // its columns, on purpose (eight findings in wire stories' commodity tables, judged wrong).
                if (occurrence.IsSlip && DataParagraphs.Contain(context.Article, occurrence.Span)) continue;
                // "The sevengill has seven gills": a number word before a plural counts things, whatever word the two make
                // closed up; written closed, it is the slip ("for the next fiveyears").
                if (occurrence.Kind == VariantKind.Compound && occurrence.Form == VariantIndex.Open && occurrence.Separator == ' ' && IsCount(occurrence.Text)) continue;
                if (occurrence.Kind == VariantKind.Name && IsWrittenInLowerCase(context.Article, occurrence.Text) && !IsWrittenInLowerCase(context.Article, model.Text)) continue;
                if (occurrence.Kind == VariantKind.Name && IsCapitalisationOfOrdinaryCompound(occurrence.Text, model.Text, occurrence.InHeading)) continue;
                if (occurrence.Kind == VariantKind.Name && IsNameCoinedFromWord(occurrence, model, occurrences)) continue;
                if (occurrence.Kind == VariantKind.Name && IsStyledInLongerName(context.Article, occurrence, model)) continue;
                if (occurrence.Kind == VariantKind.Name && EndsNameOfAnotherLanguage(context, occurrence, model)) continue;
                if (occurrence.Kind == VariantKind.Name && HeadsAnotherName(context.Article, occurrence, model, occurrences, expected)) continue;
                if (occurrence.Kind == VariantKind.Name && IsOtherUseOfHyphenatedName(context.Article, occurrence, model, occurrences)) continue;
                // "SEN. HALE BACKS SEN. McDUNN'S CALL": a name in a line of capitals has the line's capitals, not a spelling of its own.
                if (string.Equals(occurrence.Text, model.Text, StringComparison.OrdinalIgnoreCase)
                    && SpellingText.IsInShoutedText(context.Article, context.Article.Tokens.FirstStartingAt(occurrence.Span.Start))) continue;
                if (IsPhraseBesideNameCoinedFromIt(context.Article, occurrence, occurrences, expected)) continue;
                if (glossed is not null && glossed.Contains(occurrence.Form) && glossed.Contains(expected)) continue;
                var replacement = VariantIndex.Rewrite(occurrence, model, spacedToo);
                // A noun already written as the hyphenated modifier's noun form ("the front line" beside "front-line troops").
                if (replacement == occurrence.Text) continue;
                var fix = outletEntry is null
                    ? SpellingText.Use(replacement, occurrence.Span, "as elsewhere in this article")
                    : SpellingText.Use(SpellingText.MatchCase(outletEntry.Preferred, occurrence.Text), occurrence.Span, SpellingText.StyleName(context.Profile));
                context.Report(Descriptor, occurrence.Span, [occurrence.Text, replacement],
                    SpellingText.Related(context.Article, occurrences.Where(o => o.Form == expected).Select(o => o.Span)), fix, quotationSensitive: true);
                reported.Add(occurrence.Span);
            }
        }
        StandaloneTitles.Report(context, Descriptor, reported);
        CaseFamilies.Report(context, Descriptor, reported);
    }

    /// <summary>
    /// True when one of the two is a people's name hyphenated before the noun it modifies and the other the name spaced as a
    /// noun: "the first African American to fly" beside "African-American pilots" writes each use as grammar writes it, as a
    /// compound's hyphen before its noun does (<see cref="ReportHyphenation"/>). Only a name that ends in a people's word
    /// ("American", "Canadian"): a law's or a person's ("Jackson-Vanik", "Kim Jong-un") is hyphenated whatever its use; and
    /// only where the article hyphenates it before a noun alone (not "the Royal-Thomian!", a match hyphenated as a noun too).
    /// </summary>
    private static bool IsOtherUseOfHyphenatedName(Articles.Article article, VariantOccurrence occurrence, VariantOccurrence model, List<VariantOccurrence> occurrences)
    {
        var (hyphenated, spaced) = occurrence.Text.IndexOf('-') >= 0 ? (occurrence, model) : (model, occurrence);
        if (spaced.Text.IndexOf(' ') < 0 || spaced.Text.Replace(' ', '-') != hyphenated.Text || !spaced.Text.EndsWith("an", StringComparison.Ordinal)) return false;
        return occurrences.Where(o => o.Text == hyphenated.Text).All(Modifies) && !Modifies(spaced);

        bool Modifies(VariantOccurrence o) => VariantIndex.IsBeforeItsNoun(article, article.Tokens.FirstStartingAt(o.Span.Start), article.Tokens.FirstStartingAt(o.Span.End) - 1);
    }

    /// <summary>
    /// A compound the article writes both hyphenated and spaced ("same-sex couples" six times, "same sex couples" once;
    /// "editor-in-chief" twice, "editor in chief" once). A hyphen and a space are a compound's uses as much as its spellings:
    /// style guides hyphenate a compound before the noun it modifies and leave a noun open ("a face-to-face meeting", "they met
    /// face to face", "the north side"). So a hyphenated form never departs, and a spaced one only from the article's own
    /// writing of the same use: a modifier before its noun from hyphenated modifiers written more often (the grammar's
    /// form for it, which the writer chose), never an adverb in -ly ("a fully loaded ship" is right however the article writes
    /// it elsewhere); a noun only as a phrase of three words ("editor in chief") against the hyphenated nouns written more
    /// often, a title or a term the writer chose to hyphenate whole; after "to", a modal or a negation it is a verb's phrase
    /// ("you can't stay at home"), left open. Two words as a noun are left open whatever the article's
    /// hyphens: "elite businessmen" is right beside a writer's coined "elite-businessmen".
    /// </summary>
    private static void ReportHyphenation(ArticleContext context, List<VariantOccurrence> occurrences, List<TextSpan> reported)
    {
        // "up to two dozen people": a number written in words counts the noun, and is no compound modifier; hyphenated
        // ("two-dozen people") it is the slip, so the open form never departs.
        if (IsNumberInWords(occurrences[0].Text)) return;
        var votes = StyleChoice.Votes(context.Article, occurrences).Where(o => !o.InQuotation).ToList();
        int Count(bool hyphenated, bool modifier) => votes.Count(o => (o.Separator == '-') == hyphenated && o.ModifiesNoun == modifier);
        var (hyphenatedModifiers, spacedModifiers) = (Count(true, true), Count(false, true));
        var (hyphenatedNouns, spacedNouns) = (Count(true, false), Count(false, false));
        foreach (var occurrence in occurrences)
        {
            if (occurrence.Separator == '-') continue;
            var departs = occurrence.ModifiesNoun
                ? hyphenatedModifiers > spacedModifiers && !occurrence.Text.Substring(0, occurrence.SplitAt).EndsWith("ly", StringComparison.Ordinal)
                  && votes.Any(o => o.Separator == '-' && o.ModifiesNoun && NounAfter(o) == NounAfter(occurrence))
                : IsPhraseOfThree(occurrence.Text) && !IsVerbPhrase(occurrence) && hyphenatedNouns > spacedNouns;
            if (!departs || !SpellingGates.IsWritersOwn(context.Analyzed, occurrence.Span) || reported.Any(r => r.OverlapsWith(occurrence.Span))) continue;
            var models = occurrences.Where(o => o.Separator == '-' && o.ModifiesNoun == occurrence.ModifiesNoun).ToList();
            var model = models.FirstOrDefault(o => !o.InQuotation) ?? models[0];
            var replacement = occurrence.RewriteAs(model);
            context.Report(Descriptor, occurrence.Span, [occurrence.Text, replacement],
                SpellingText.Related(context.Article, models.Select(o => o.Span)), SpellingText.Use(replacement, occurrence.Span, "as elsewhere in this article"),
                quotationSensitive: true);
            reported.Add(occurrence.Span);
        }

        // The word a modifier modifies, singular: "couples" after "same sex" is the noun of "same-sex couple".
        string NounAfter(VariantOccurrence modifier)
        {
            var tokens = context.Article.Tokens;
            var next = tokens.FirstStartingAt(modifier.Span.End);
            if (next >= tokens.Count) return "";
            var noun = tokens[next].Text.ToLowerInvariant();
            return noun.Length > 3 && noun[noun.Length - 1] == 's' ? noun.Substring(0, noun.Length - 1) : noun;
        }

        static bool IsPhraseOfThree(string spaced) => spaced.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length == 3;

        // "you can't stay at home", "told to stay at home": a verb's phrase, open whatever the article hyphenates ("people who
        // stay-at-home" is the slip there, not the open verb).
        bool IsVerbPhrase(VariantOccurrence spaced)
        {
            var tokens = context.Article.Tokens;
            var before = tokens.FirstStartingAt(spaced.Span.Start) - 1;
            return before >= 0 && tokens[before].IsWord && VerbForms.PrecedesPlainVerb(tokens[before].Text);
        }
    }

    /// <summary>
    /// "A place known as Horgos to the Chinese and Khorgos to the Kazakhs", "in Pavlivka - known as Pavlovka in Russia",
    /// "Kiev, or Kyiv in Ukrainian", "Kyiv (formerly Kiev)", "Grenvile, not Grenville": a sentence that names a place or person by two spellings of one
    /// name on purpose, saying so: either spelling after a word that introduces a name ("known as", "called"), or the second
    /// right after a word that offers
    /// another or sets it against the first ("or", "formerly", "not", an opening bracket). The article knows both: neither departs from the other, though a third
    /// spelling still may ("Pavlikva"). Returns those spellings, or null.
    /// Two spellings in one sentence without such a word are one name written two ways ("WikiLeaks urged ... the Wikileaks
    /// founder"); with it, even a spelling one letter from the other is meant (Pavlivka / Pavlovka). Compounds are never
    /// glossed.
    /// </summary>
    private static HashSet<string>? GlossedSpellings(Articles.Article article, List<VariantOccurrence> occurrences)
    {
        if (occurrences[0].Kind is not (VariantKind.Name or VariantKind.Listed)) return null;
        HashSet<string>? glossed = null;
        var tokens = article.Tokens;
        var firstBySentence = new Dictionary<int, (string Form, int Token)>();
        foreach (var occurrence in occurrences)
        {
            var token = tokens.FirstStartingAt(occurrence.Span.Start);
            if (token >= tokens.Count) continue;
            var sentence = tokens[token].SentenceIndex;
            if (!firstBySentence.TryGetValue(sentence, out var first)) firstBySentence[sentence] = (occurrence.Form, token);
            else if (first.Form != occurrence.Form && (IsAfter(first.Token, 3, NamingWords) || IsAfter(token, 3, NamingWords) || IsAfter(token, 1, OfferingWords)))
            {
                glossed ??= new HashSet<string>(StringComparer.Ordinal);
                glossed.Add(first.Form);
                glossed.Add(occurrence.Form);
            }
        }
        return glossed;

        // One of the words within the few tokens before token <paramref name="index"/>, in its sentence.
        bool IsAfter(int index, int within, HashSet<string> words)
        {
            for (var k = index - 1; k >= 0 && k >= index - within && tokens[k].SentenceIndex == tokens[index].SentenceIndex; k--)
            {
                if (words.Contains(tokens[k].Text)) return true;
            }
            return false;
        }
    }

    // Words that introduce a name as a name, and words that offer another name for the one just written.
    private static readonly HashSet<string> NamingWords = new(StringComparer.OrdinalIgnoreCase) { "known", "called", "named", "dubbed", "spelled", "spelt", "transliterated" };
    private static readonly HashSet<string> OfferingWords = new(StringComparer.OrdinalIgnoreCase) { "or", "not", "formerly", "aka", "(" };

    /// <summary>True for a number written in two words, a cardinal and its scale: "two dozen", "three hundred".</summary>
    private static bool IsNumberInWords(string compound) => WordAfterNumberWord(compound) is { } noun && NumberScales.Contains(noun);

    /// <summary>True for a number word and a plural ("seven gills", "four months").</summary>
    private static bool IsCount(string compound) => WordAfterNumberWord(compound) is { } noun && noun.EndsWith("s", StringComparison.Ordinal);

    /// <summary>The second of two words, spaced or hyphenated, the first of which is a number word ("seven gills": "gills");
    /// null for any other compound.</summary>
    private static string? WordAfterNumberWord(string compound)
    {
        var parts = compound.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        return parts.Length == 2 && NumberWords.TryCardinal(parts[0], out _) ? parts[1] : null;
    }

    private static readonly HashSet<string> NumberScales = new(StringComparer.OrdinalIgnoreCase) { "dozen", "hundred", "thousand", "million", "billion" };

    /// <summary>True when <paramref name="occurrence"/> writes an ordinary word (or a month's or a day's name) with a capital inside it, and the article writes
    /// it so more than once: a name coined from the word ("DecEmber", a hackathon held in December), not a slip of the word
    /// the model spells. A brand written against its own capitals ("Blackberry" beside "BlackBerry") still departs.</summary>
    private static bool IsNameCoinedFromWord(VariantOccurrence occurrence, VariantOccurrence model, IReadOnlyList<VariantOccurrence> occurrences) =>
        Capitals.HasInnerCapital(occurrence.Text) && string.Equals(occurrence.Text, model.Text, StringComparison.OrdinalIgnoreCase)
        && (CommonWords.ContainsLowered(model.Text) || CalendarWords.IsDayOrMonth(model.Text)) && occurrences.Count(o => string.Equals(o.Text, occurrence.Text, StringComparison.Ordinal)) > 1;

    /// <summary>
    /// "the concept of tidy data" beside a lesson called "Tidydata": a phrase of ordinary words in lower case, and a closed form
    /// the article writes only with a capital, once at least inside a sentence, alone or heading a longer name. The closed form names something coined from
    /// the phrase (a lesson, a product), which keeps its capital wherever it stands; the phrase is the words it was named
    /// after, not a spelling of the name.
    /// </summary>
    private static bool IsPhraseBesideNameCoinedFromIt(Articles.Article article, VariantOccurrence occurrence, IReadOnlyList<VariantOccurrence> occurrences, string expected)
    {
        if (occurrence.Form == expected || !string.Equals(occurrence.Text, occurrence.Text.ToLowerInvariant(), StringComparison.Ordinal)) return false;
        var names = occurrences.Where(o => o.Form == expected).ToList();
        if (!names.All(o => char.IsUpper(o.Text[0]))) return false;
        // Inside a longer name ("its Tidemaps Access Project") the closed form is no occurrence of the index's, but its capital
        // is the name's all the same.
        var tokens = article.Tokens;
        for (var k = 0; k < tokens.Count; k++)
        {
            // A word of its sentence before it: its capital is not the sentence's, though brackets or a link's marks open its
            // clause ("took part ([Tidydata](…))").
            if (tokens[k].IsWord && !tokens[k].IsInHeading && names.Any(o => o.Text == tokens[k].Text)
                && SpellingText.PreviousWord(article, k) is var before and >= 0 && tokens[before].SentenceIndex == tokens[k].SentenceIndex) return true;
        }
        return false;
    }

    /// <summary>
    /// "the MedTech CoRE" beside "the Medtech exhibition": a word with a capital inside, differing from the model in case
    /// alone, at the head of a longer name (a word with a capital after it in its sentence: "Centre", or an acronym,
    /// "CoRE") is that organisation's styling of it, which the longer name keeps (issue 12: names that contain a variant
    /// keep it), whatever case the article gives the word on its own.
    /// </summary>
    private static bool IsStyledInLongerName(Articles.Article article, VariantOccurrence occurrence, VariantOccurrence model)
    {
        return Capitals.HasInnerCapital(occurrence.Text) && string.Equals(occurrence.Text, model.Text, StringComparison.OrdinalIgnoreCase)
               && NameBeside(article, occurrence.Span, after: true) is not null;
    }

    /// <summary>
    /// "the Caisse de dépôt et placement du Québec", "the Université du Québec" beside "Quebec": a name that differs from the
    /// model in its accents alone, after a lower-case particle of another language's name ("du", "de"), ends a name in that
    /// language, which keeps its spelling (issue 12: names that contain a variant keep it). A capitalised word before or after
    /// it tells nothing: a given name ("Novak Đoković" beside "Novak Djokovic") or an English name ("the Maori Advisory Board"
    /// beside "Māori") is the same name written two ways.
    /// </summary>
    private static bool EndsNameOfAnotherLanguage(ArticleContext context, VariantOccurrence occurrence, VariantOccurrence model)
    {
        if (occurrence.Text == model.Text || NameVariants.WithoutDiacritics(occurrence.Text) != NameVariants.WithoutDiacritics(model.Text)) return false;
        var article = context.Article;
        var tokens = article.Tokens;
        var first = tokens.FirstStartingAt(occurrence.Span.Start);
        if (first >= tokens.Count) return false;
        var before = first - 1;
        return before >= 0 && tokens[before].IsWord && char.IsLower(tokens[before].Text[0]) && NameParticles.Of(context.Profile).Contains(tokens[before].Text)
               && tokens[before].SentenceIndex == tokens[first].SentenceIndex;
    }

    /// <summary>
    /// "Columbia University" beside "Colombia": a spelling of a name with other letters than the model's, no slip or one
    /// written again at the head of longer names, at the head of a longer name (a capitalised word after it in its sentence,
    /// outside headings) that the expected spelling never heads, names that other thing, in that name's own spelling (issue
    /// 12: names that contain a variant keep it). The words around are compared folded, as names are ("Volodimir Zelenskyy"
    /// heads the name "Volodymyr Zelensky" heads). The same letters in other capitals, hyphens, spaces or accents are the
    /// same name styled two ways ("Github Pages" beside "GitHub"), and a name after the word the expected spelling comes
    /// after is that name ("the Sir Don Lewellyn Scholarship" beside "Sir Don Llewellyn").
    /// </summary>
    private static bool HeadsAnotherName(Articles.Article article, VariantOccurrence occurrence, VariantOccurrence model, IReadOnlyList<VariantOccurrence> occurrences, string expected)
    {
        if (occurrence.InHeading || LettersOnly(occurrence.Text) == LettersOnly(model.Text)
            || NameBeside(article, occurrence.Span, after: true) is not { } name) return false;
        // A slip typed once is a slip, in a longer name too ("the Ukranian Air Force"); typed again, each time at the head of
        // a longer name, it is how those names are written ("the Wanganui Tennis Club" and "the Wanganui Warriors" beside
        // "Whanganui", the town's name since). A word in lower case heads no name: "seperate Dengvaxia-related complaints"
        // twice is a word misspelt twice.
        if (occurrence.IsSlip && (!SpellingText.IsCapitalized(occurrence.Text)
                                  || !occurrences.Any(other => other != occurrence && other.Text == occurrence.Text && NameBeside(article, other.Span, after: true) is not null))) return false;
        var before = NameBeside(article, occurrence.Span, after: false);
        foreach (var other in occurrences)
        {
            if (other.Form != expected) continue;
            if (NameBeside(article, other.Span, after: true) == name || before is not null && NameBeside(article, other.Span, after: false) == before) return false;
        }
        return true;

        static string LettersOnly(string name) => NameVariants.Letters(name).Replace(" ", "");
    }

    /// <summary>The capitalised word right after <paramref name="span"/> (or right before it, not opening its sentence), in its
    /// sentence with only spaces between, folded as names are (<see cref="NameVariants.Fold"/>); null when there is none.</summary>
    private static string? NameBeside(Articles.Article article, TextSpan span, bool after)
    {
        var tokens = article.Tokens;
        var first = tokens.FirstStartingAt(span.Start);
        var next = after ? tokens.FirstStartingAt(span.End) : first - 1;
        if (next < 0 || next >= tokens.Count || first >= tokens.Count || next == 0 && after) return null;
        var (left, right) = after ? (next - 1, next) : (next, first);
        if (!tokens[next].IsWord || !char.IsUpper(tokens[next].Text[0]) || tokens[next].SentenceIndex != tokens[first].SentenceIndex
            || !after && tokens[next].IsSentenceStart || !SpellingText.OnlySpacesBetween(article.Text, tokens[left].Span, tokens[right].Span)) return null;
        return NameVariants.Fold(tokens[next].Text);
    }

    /// <summary>
    /// "Real-world" opening a sentence beside "Real-World" in a heading in title case, "Built-In" beside "Built-in": a hyphenated
    /// word of ordinary English words whose forms differ in their capitals alone. The capitals are the sentence's or the
    /// heading's style, not the word's spelling; a name's parts are no ordinary words ("Ki-Moon" beside "Ki-moon"), and a
    /// hyphen or a space that differs is still a spelling ("Bridge-Gate" beside "Bridgegate"). In a heading a name may open
    /// the word, written alike in both ("Obama-Era Rules" beside "the Obama-era rules"): the heading capitalises the rest.
    /// </summary>
    private static bool IsCapitalisationOfOrdinaryCompound(string written, string model, bool inHeading)
    {
        if (written.IndexOf('-') < 0 || !string.Equals(written, model, StringComparison.OrdinalIgnoreCase)) return false;
        var (parts, modelParts) = (written.Split('-'), model.Split('-'));
        for (var i = 0; i < parts.Length; i++)
        {
            if (inHeading && string.Equals(parts[i], modelParts[i], StringComparison.Ordinal)) continue;
            if (!CommonWords.ContainsLowered(parts[i])) return false;
        }
        return true;
    }

    /// <summary>True when the compound's closed form is a name the page's addresses are made of (<see cref="WordsOutsideProse.NamesAnAddress"/>:
    /// "usethis" of usethis.r-lib.org, "workflowsets" of its repository): a package's name, which the prose writes as its
    /// authors do, in lower case, beside the phrase it was named after ("use this", "workflow sets"). Two words, not two
    /// spellings of one.</summary>
    private static bool IsNamedByAddress(AnalyzedArticle analyzed, IReadOnlyList<VariantOccurrence> occurrences)
    {
        if (occurrences[0].Kind != VariantKind.Compound) return false;
        // A name the prose writes in capitals ("RustFest" of rustfest.eu) is the spaced form's ("Rust Fest"), one name; a word the
        // lists know ("frontend", "ecommerce") is the prose's word, whatever a repository is called.
        return occurrences.Any(o => o.Form == VariantIndex.Closed && SpellingText.IsAllLower(o.Text) && !CommonWords.ContainsOrPluralOf(o.Text)
                                    && !RareWords.Contains(o.Text) && WordsOutsideProse.Of(analyzed).NamesAnAddress(o.Text));
    }

    /// <summary>True for a name the page's code or link targets write, in its case or in lower case ("Tokio" of tokio.rs and
    /// <c>tokio::spawn</c>): a project's or a package's name, written so on purpose, and no typing slip of a name one letter away
    /// ("Tokyo"). Only a slip is let off so: a place's other spelling in an address ("kiev" in a link) still departs, and so does
    /// a name's diacritic left out ("Sao" beside "São"), which addresses leave out whatever the name.</summary>
    private static bool IsWrittenOutsideProse(AnalyzedArticle analyzed, VariantOccurrence occurrence, string model) =>
        occurrence.Kind == VariantKind.Name && WordsOutsideProse.Of(analyzed) is { Count: > 0 } code && code.ContainsInAnyCaseOrSingular(occurrence.Text)
        && NameVariants.Letters(occurrence.Form) != NameVariants.Letters(model);

    /// <summary>
    /// True when the running text writes <paramref name="capitalised"/> letter for letter in lower case: "Fine-tune" in a
    /// headline where the text writes "fine-tune". The capital is the headline's, and the word the text's, whose spelling it
    /// shares: against another capitalised form the text does not write ("Finetune" in link labels) it departs from nothing
    /// the writer chose. As a name's minority it was changed to "Finetune", which then departed from the text's "fine-tune"
    /// as a compound, and each fix undid the last. Where the text writes both in lower case ("hashtable" for "HashTable" and
    /// "Hashtable"), the case alone differs, and the name's majority decides.
    /// </summary>
    private static bool IsWrittenInLowerCase(Articles.Article article, string capitalised)
    {
        var lower = capitalised.ToLowerInvariant();
        if (lower == capitalised) return false;
        foreach (var token in article.Tokens)
        {
            if (token.IsWord && !token.IsInHeading && string.Equals(token.Text, lower, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// <summary>"Insitute" of "Institute": a slip that no word list knows, of an ordinary English word. The lists decide which
    /// spelling is the word even where the slip is the majority; a name's spellings, which the lists may lack ("Kathmandu"),
    /// are left to the majority.</summary>
    private static bool IsMisspeltWord(string slip, string model) =>
        CommonWords.ContainsLowered(model) && !CommonWords.ContainsLowered(slip) && !ProperNames.Contains(slip);

    private static bool IsDictionaryWord(string closed) => CommonWords.ContainsOrPluralOf(closed.ToLowerInvariant());

    /// <summary>
    /// The occurrences of each key the article writes in more than one form, set-apart modifiers left out
    /// (<see cref="VariantIndex.IsSetApart"/>), keys in order of their first occurrence left; a key left with one occurrence
    /// is dropped. A key written one way only has nothing to compare (<see cref="StyleChoice.Expected{T}"/> finds no choice),
    /// and most keys are (every long word is a candidate closed compound): the index's keys tell which vary before any
    /// occurrence is grouped, and which compounds are open nouns depends only on each key's own occurrences.
    /// </summary>
    private static List<List<VariantOccurrence>> VaryingKeys(VariantIndex index)
    {
        var varying = new HashSet<ulong>();
        foreach (var key in index.Keys)
        {
            if (key.SeveralForms) varying.Add(key.Hash);
        }
        if (varying.Count == 0) return [];
        var candidates = index.OccurrencesOf(varying);
        var openNouns = VariantIndex.OpenNouns(candidates);
        var groups = new Dictionary<string, List<VariantOccurrence>>(StringComparer.Ordinal);
        var inOrder = new List<List<VariantOccurrence>>();
        foreach (var occurrence in candidates)
        {
            if (VariantIndex.IsSetApart(occurrence, openNouns)) continue;
            if (!groups.TryGetValue(occurrence.Key, out var group))
            {
                groups[occurrence.Key] = group = new List<VariantOccurrence>();
                inOrder.Add(group);
            }
            group.Add(occurrence);
        }
        return inOrder.Where(group => group.Count >= 2).ToList();
    }
}
