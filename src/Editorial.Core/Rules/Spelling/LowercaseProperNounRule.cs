using System.Collections.Generic;
using System.Linq;
using Editorial.Articles;
using Editorial.Diagnostics;
using Editorial.Lexicon;
using Editorial.Profiles;
using Editorial.Text;

namespace Editorial.Rules.Spelling;

/// <summary>
/// ED1004: a proper noun written in lower case ("kyiv" in an article that writes "Kyiv"). A word counts as a proper noun
/// when the article capitalises it inside a sentence (not at a sentence start, not in a headline), or when the profile's
/// spelling list prefers it capitalised ("Kyiv"), or its <see cref="ProperNamesList"/> names it ("ukraine", "zealand" of
/// "New Zealand"), even if the article never capitalises it; a lower-case word that is an ordinary English word (SCOWL
/// size 50: "may", "defence", "white", "turkey") or a name particle ("von", "bin") is never reported, nor is a word in someone
/// else's words (a quoted post's "russian" is the poster's) unless the profile sets <c>quoted-spelling: house</c>, nor one in
/// a sentence written without capitals (a pasted post or comment: "should nato act? i think so", "another attack by russian
/// troops").
/// </summary>
public sealed class LowercaseProperNounRule : ArticleRule
{
    /// <summary>Profile list: names of places, countries and organisations ("Ukraine", "New Zealand", "Interpol"). Each
    /// capitalised word of a name that is not an ordinary English word is a proper noun wherever the article writes it.</summary>
    public const string ProperNamesList = "proper-names";

    // A suggestion, not a warning: its precision on published news (docs/rules/ED1004.md, from the evaluation) is short
    // of the 0.9 a build-breaking warning needs.
    public static readonly DiagnosticDescriptor Descriptor = new(
        RuleIds.LowercaseProperNoun, "Proper noun written in lower case", "'{0}' is a lowercase form of the proper noun '{1}'",
        RuleCategory.Spelling, Severity.Suggestion,
        "The article capitalises this word inside sentences, as a name, but writes it in lower case here. Ordinary English words " +
        "that are also names (may / May, white / White House) are not reported.", offersFix: true, fix: "the capitalised form");

    public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [Descriptor];

    public override void Analyze(ArticleContext context)
    {
        var reported = ReportLowercaseWords(context);
        LowercaseNamePhrases.Report(context, Descriptor, reported);
    }

    /// <summary>The single words written in lower case; returns the spans reported.</summary>
    private static List<TextSpan> ReportLowercaseWords(ArticleContext context)
    {
        var reported = new List<TextSpan>();
        var article = context.Article;
        var profileNames = ProfileNames.Of(context.Profile);
        var listedNames = profileNames.ListedNames;
        var (properNouns, candidates, tiedNames) = FindProperNouns(article, context.Profile);
        if (candidates.Count == 0) return reported;
        var particles = NameParticles.Of(context.Profile);
        // "hui", "marae": a word the language has borrowed whole is its common noun, whatever event or place it also names.
        var loanwords = WordSlips.ForeignPhrases(context.Profile);
        var multiWordNames = profileNames.MultiWordNames;
        // Read only for a word about to be reported: most articles report none.
        WordsOutsideProse? wordsOutsideProse = null;
        var tokens = article.Tokens;
        var reportedUpTo = -1;
        foreach (var i in candidates)
        {
            var token = tokens[i];
            if (i <= reportedUpTo || !TryGetProperNoun(token.Text, out var proper)
                || particles.Contains(token.Text) || loanwords.MatchAt(tokens, i, i + 1) == 1 || IsSpelledByOutlet(token.Text) || Mojibake.IsGarbled(article, token) || IsOrdinalSuffix(tokens, i)
                || IsShortUnlistedWord(token.Text, proper.Name) || IsUnlistedCompound(token.Text)) continue;
            // "run astro dev": a word the page's code writes in lower case is that code's name, a package's or a command's.
            if ((wordsOutsideProse ??= WordsOutsideProse.Of(context.Analyzed)).Contains(token.Text)) continue;
            if (wordsOutsideProse.IsLinkTitledByItsAddress(article, token.Span)) continue;
            if (FollowsStyledBrand(article, i) && !listedNames.ContainsKey(token.Text)) continue;
            // "a national hui of new educators" beside one "Educators' Hui": on a tie the list of names makes the word a name
            // ("Hui", a surname), but a noun the indefinite article opens, before a preposition, a conjunction or a mark, is
            // a common noun. Against a majority of capitals it is one lowered still.
            if (tiedNames.Contains(token.Text) && IsIndefiniteNoun(tokens, i, article.Sentences[token.SentenceIndex])) continue;
            // "a bowl of skittles" in a quoted post: the poster's lower case, unless the outlet respells what it quotes.
            if (!SpellingGates.IsWritersOwn(context.Analyzed, token)) continue;
            // "should nato act? i think so": a sentence that writes no capitals where English needs them is a pasted post or
            // comment, whoever wrote it, and its lower case is its writer's habit, not a slip of the outlet's.
            if (IsWrittenWithoutCapitals(article, token.SentenceIndex, context.Profile)) continue;
            // "new zealand": the whole listed name is the finding and its fix, not "new Zealand".
            var (first, last, name) = WholeName(article, i, multiWordNames) ?? (i, i, proper.Name);
            if (LowercaseNamePhrases.IsGenericUse(article, first, last)) continue;
            var span = TextSpan.FromBounds(tokens[first].Span.Start, tokens[last].Span.End);
            var text = article.GetText(span);
            context.Report(Descriptor, span, [text, name], proper.Span is { } model ? [article.GetLocation(model)] : null,
                SpellingText.Use(name, span, "proper noun"), quotationSensitive: true);
            reported.Add(span);
            reportedUpTo = last;
        }
        return reported;

        // "ki", "ka": a word of two or three letters that neither the profile nor the proper names list knows, whose name is
        // only capitalised, is a word of another language as often as a name lowered, capitalised elsewhere where a line of a
        // proverb starts ("Ki te ngaro"): a blind round judged three such findings in a party's releases wrong. A short name
        // written otherwise ("kWh") is a unit's or a brand's.
        bool IsShortUnlistedWord(string lower, string name) =>
            lower.Length <= MaximumShortWordLetters && !listedNames.ContainsKey(lower) && !ProperNames.Contains(lower)
            && name.Length == lower.Length && char.IsUpper(name[0]) && name.Substring(1) == lower.Substring(1);

        // "brownfields", "taskforce", "stockcar", "dubstep": two ordinary words run together that neither the profile nor the
        // proper-name list knows are a compound of the language, capitalised elsewhere in a programme's or a title's name
        // ("the Brownfields Program"): blind rounds judged 10 such findings wrong, none right. A name so made that the lists
        // know ("facebook", "superfund") is still reported, and so is a coined name derived from one word ("Sailer").
        bool IsUnlistedCompound(string lower) =>
            !listedNames.ContainsKey(lower) && !ProperNames.Contains(lower) && WordFormation.IsCompoundOfCommonWords(lower);

        // A name the outlet's own profile spells is ED1002's ("kyiv" where the outlet writes "Kyiv"): reported once, as the outlet's style.
        bool IsSpelledByOutlet(string lower) =>
            profileNames.SpellingsByPreferred.TryGetValue(lower, out var entries) && entries.Any(e => VariantIndex.IsDecidedByOutlet(e, context.Analyzed));

        // The article's proper nouns and the outlet's spellings (FindProperNouns), then the names the profile lists.
        bool TryGetProperNoun(string lower, out (string Name, TextSpan? Span) proper)
        {
            if (properNouns.TryGetValue(lower, out proper)) return true;
            if (!listedNames.TryGetValue(lower, out var listed)) return false;
            proper = (listed, null);
            return true;
        }
    }

    /// <summary>True when the word at <paramref name="index"/> follows, only spaces between, a brand that opens in lower case
    /// with a capital after ("iPod nano", "the macOS installer"): the product's name in its maker's lower case, or a common noun
    /// after it, not another name lowered (the "Nano" of a car). A place the profile lists is still lowered ("nodeSchool
    /// tokyo").</summary>
    private static bool FollowsStyledBrand(Article article, int index)
    {
        var tokens = article.Tokens;
        if (index == 0 || !tokens[index - 1].IsWord || !SpellingText.OnlySpacesBetween(article.Text, tokens[index - 1].Span, tokens[index].Span)) return false;
        var brand = tokens[index - 1].Text;
        return char.IsLower(brand[0]) && Capitals.HasInnerCapital(brand);
    }

    /// <summary>True when the sentence starts with a word in lower case ("should", not "iPhone"), goes on in lower case after a
    /// question or exclamation mark ("why? nobody knows", which the sentence splitter does not take for a new sentence),
    /// writes the pronoun "i", or writes a people's adjective in lower case ("another attack by russian troops"): English
    /// capitalises each of these everywhere, so edited copy never lowers them, and a sentence that does is a post or
    /// comment pasted without its marks.</summary>
    internal static bool IsWrittenWithoutCapitals(Article article, int sentenceIndex, OutletProfile profile)
    {
        var sentence = article.Sentences[sentenceIndex];
        var names = ProfileNames.Of(profile);
        var startsClause = true;
        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
        {
            var token = article.Tokens[k];
            if (!token.IsWord)
            {
                if (token.IsPunctuation('?') || token.IsPunctuation('!')) startsClause = true;
                continue;
            }
            if (token.Text == "i" || SpellingText.IsLetters(token.Text) && SpellingText.IsAllLower(token.Text)
                && (startsClause || IsPeoplesAdjective(token.Text, names))) return true;
            startsClause = false;
        }
        return false;
    }

    // The endings of the adjectives of peoples: Russia-n, Chile-an, Ukrain-ian, Japan-ese, Swed-ish.
    private static readonly string[] PeoplesAdjectiveEndings = ["ian", "an", "n", "ese", "ish"];

    /// <summary>
    /// "russian", "ukrainian", "japanese": a word in lower case that is a country's name of the profile's
    /// <see cref="ProperNamesList"/> (its stem followed by at most two more letters: Russi-a, Ukrain-e, Japan) with a
    /// people's ending, and neither an ordinary English word ("span" beside Spain, "perish" beside Peru) nor a listed name
    /// itself ("iran" beside Iraq, "berlin"), which is a name lowered, not a sign of a post.
    /// </summary>
    private static bool IsPeoplesAdjective(string lower, ProfileNames names)
    {
        if (lower.Length < MinimumPeoplesAdjectiveLetters || CommonWords.Contains(lower) || names.ListedNames.ContainsKey(lower)) return false;
        foreach (var ending in PeoplesAdjectiveEndings)
        {
            if (!lower.EndsWith(ending, System.StringComparison.Ordinal)) continue;
            var stem = lower.Substring(0, lower.Length - ending.Length);
            if (stem.Length >= 3 && names.ListedNameStems.Contains(stem)) return true;
        }
        return false;
    }

    // "cuban" and "malian" are the shortest; a stem of two letters would match too many names.
    private const int MinimumPeoplesAdjectiveLetters = 5;

    /// <summary>The longest word that a list must know to be reported lowered (<c>IsShortUnlistedWord</c>).</summary>
    private const int MaximumShortWordLetters = 3;

    /// <summary>The tokens and the listed name when the word at <paramref name="index"/> is one word of a multi-word name the
    /// profile lists ("zealand" of "New Zealand"), written with its other words in lower case and only spaces between.</summary>
    private static (int First, int Last, string Name)? WholeName(Article article, int index, IReadOnlyList<(string Name, string[] LowerWords)> names)
    {
        var tokens = article.Tokens;
        foreach (var (name, words) in names)
        {
            for (var position = 0; position < words.Length; position++)
            {
                var first = index - position;
                var last = first + words.Length - 1;
                if (first < 0 || last >= tokens.Count || !Matches(first, words)) continue;
                return (first, last, name);
            }
        }
        return null;

        bool Matches(int first, string[] words)
        {
            for (var k = 0; k < words.Length; k++)
            {
                var token = tokens[first + k];
                if (!token.IsWord || !string.Equals(token.Text, words[k], System.StringComparison.Ordinal)) return false;
                if (k > 0 && !SpellingText.OnlySpacesBetween(article.Text, tokens[first + k - 1].Span, token.Span)) return false;
            }
            return true;
        }
    }

    // Small words inside a longer name: "Cybersecurity and Infrastructure Security Agency", "Institute of Oceanography".
    internal static readonly HashSet<string> NameConnectors = new(System.StringComparer.Ordinal) { "of", "and", "for", "the", "&", "de", "du", "del", "la" };

    /// <summary>
    /// Lower-cased form → the proper noun and the first span where the article capitalises it inside a sentence, or no span
    /// when only the profile's spelling entries know it (the names of its <see cref="ProperNamesList"/>, the same for every
    /// article, are looked up apart: <see cref="ProfileNames.ListedNames"/>). The article's own evidence is a capital on a word that stands alone, not inside a
    /// longer capitalised name: "Cybersecurity" in "the Cybersecurity and Infrastructure Security Agency" and "Spaceport" in
    /// "Cornwall Spaceport" are capitalised because the name is, and say nothing about "cybersecurity" or "a spaceport". A
    /// capital in a quotation or an embedded post counts: whoever wrote it, it marks a name ("a bowl of Skittles" in a quoted
    /// post), though a lower case there is only reported when the outlet respells quotations. A word the article writes in
    /// lower case more often than it capitalises it on its own is a common noun ("the cafe" ×3 beside "Cafe" once), and so is one written as often each way
    /// unless the proper-name word list knows it.
    /// <para>Also returns, in token order, the words in lower case that may be reported: a form the article capitalises or
    /// one the profile knows (<see cref="ProfileNames.LowerNames"/>). They are picked while the sentences' kept words are
    /// counted, so that the report looks up a few words, not every token of the article twice.</para>
    /// <para>And the words the article writes as often in lower case as capitalised, kept as names only because the
    /// proper-name list knows them.</para>
    /// </summary>
    private static (Dictionary<string, (string Name, TextSpan? Span)> ProperNouns, List<int> Candidates, HashSet<string> TiedNames) FindProperNouns(
        Article article, OutletProfile profile)
    {
        var tiedNames = new HashSet<string>(System.StringComparer.Ordinal);
        var properNouns = new Dictionary<string, (string, TextSpan?)>(System.StringComparer.Ordinal);
        var capitalised = new Dictionary<string, int>(System.StringComparer.Ordinal);
        var tokens = article.Tokens;
        var sentences = article.Sentences;
        // Each sentence's words are read once and kept (WordsBySentence); whether a word is garbled depends on the characters
        // beside it, outside its sentence, and is read here.
        var words = new CaseWord[sentences.Count][];
        for (var s = 0; s < sentences.Count; s++)
        {
            var sentence = sentences[s];
            words[s] = WordsBySentence.GetOrRead(article, sentence, CaseWordsIn);
            // The title printed again over the text is capitalised as the title is: no evidence of a name.
            if (article.Paragraphs[sentence.ParagraphIndex].RepeatsTitle) continue;
            foreach (var word in words[s])
            {
                if (!word.IsCapitalised) continue;
                var token = tokens[word.Token + sentence.FirstToken];
                if (Mojibake.IsGarbled(article, token)) continue;
                capitalised[word.Lower] = capitalised.TryGetValue(word.Lower, out var c) ? c + 1 : 1;
                if (!properNouns.ContainsKey(word.Lower)) properNouns[word.Lower] = (token.Text, token.Span);
            }
        }
        // Lower-case forms are counted only for the words capitalised somewhere: most lower-case words are no name. The
        // others may still be reported as a name the profile knows (ProfileNames.LowerNames); a heading's are not counted.
        var names = ProfileNames.Of(profile);
        var lowered = new Dictionary<string, int>(System.StringComparer.Ordinal);
        var candidates = new List<int>();
        for (var s = 0; s < sentences.Count; s++)
        {
            foreach (var word in words[s])
            {
                if (word.IsCapitalised) continue;
                if (properNouns.ContainsKey(word.Lower))
                {
                    if (!word.IsInHeading) lowered[word.Lower] = lowered.TryGetValue(word.Lower, out var n) ? n + 1 : 1;
                }
                else if (!names.LowerNames.Contains(word.Lower)) continue;
                candidates.Add(word.Token + sentences[s].FirstToken);
            }
        }
        foreach (var lower in properNouns.Keys.ToList())
        {
            // As often in lower case as capitalised ("traces of Botulinum toxin" once, "botulinum toxin" once): the article
            // shows no majority, and only a list of names can say the word is one ("Soyuz").
            if (IsListed(lower) || !lowered.TryGetValue(lower, out var count)) continue;
            if (count > capitalised[lower] || count == capitalised[lower] && !ProperNames.Contains(lower)) properNouns.Remove(lower);
            else if (count == capitalised[lower]) tiedNames.Add(lower);
        }
        foreach (var (entry, lower) in names.CaseFreeSpellings)
        {
            if (entry.AppliesOn(article.Date)) AddKnown(entry.Preferred, lower);
        }
        return (properNouns, candidates, tiedNames);

        bool IsListed(string lower) =>
            names.SpellingsByPreferred.TryGetValue(lower, out var entries) && entries.Any(e => !e.MatchCase && e.AppliesOn(article.Date));

        void AddKnown(string name, string lower)
        {
            if (IsKnownName(name, lower) && !properNouns.ContainsKey(lower)) properNouns[lower] = (name, null);
        }
    }

    /// <summary>A word of a sentence, of letters only and no ordinary English word, that <see cref="FindProperNouns"/> counts:
    /// capitalised inside the sentence outside headings and on its own (not inside a longer name), or written all in lower
    /// case, which a heading's may be reported but is not counted. Its token is counted from the sentence's first;
    /// <see cref="Lower"/> is its text in lower case.</summary>
    private readonly struct CaseWord(int token, string lower, bool isCapitalised, bool isInHeading = false)
    {
        public int Token { get; } = token;
        public string Lower { get; } = lower;
        public bool IsCapitalised { get; } = isCapitalised;
        public bool IsInHeading { get; } = isInHeading;
    }

    /// <summary>The words of recently read sentences (<see cref="CaseWordsIn"/>): they depend on the sentence alone.</summary>
    private static readonly SentenceCache<CaseWord> WordsBySentence = new(bits: 12);

    private static CaseWord[] CaseWordsIn(Article article, Sentence sentence)
    {
        var tokens = article.Tokens;
        List<CaseWord>? words = null;
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            var token = tokens[i];
            if (!token.IsWord || !SpellingText.IsLetters(token.Text)) continue;
            if (SpellingText.IsAllLower(token.Text))
            {
                // An ordinary English word is no proper noun of the article's (its capitalised words are kept only when they
                // are not one) nor of the profile's (IsKnownName): it is neither counted nor reported. Most words are one.
                if (CommonWords.ContainsOrPluralOf(token.Text)) continue;
                // "Tl;dr", "pixman/cairo": a word joined to the word before by a mark, with no space either side, is part of one
                // written unit, not a name written in lower case ("Dr" of "Dr. Lee"). A day or a month is one still
                // ("monday/tuesday").
                if (i >= 2 && tokens[i - 1].Kind == TokenKind.Punctuation && tokens[i - 1].Span.End == token.Span.Start
                    && tokens[i - 2].IsWord && tokens[i - 2].Span.End == tokens[i - 1].Span.Start
                    && !CalendarWords.DayNames.Contains(token.Text) && !CalendarWords.Months.Contains(token.Text)) continue;
                (words ??= new List<CaseWord>()).Add(new CaseWord(i - sentence.FirstToken, token.Text, isCapitalised: false, token.IsInHeading));
                continue;
            }
            // A capital that opens a label (a link's text, an emphasised button or setting: "the **Installer location**") is the
            // label's, as one that opens a sentence is the sentence's: no evidence of a name. A capital inside a word is the
            // name's wherever the word stands ("iPhone", "kWh", "OpenSSL"), but for common words run together, a type's or a
            // control's name in code's case ("ScriptBlock", "ListBox"), whose lower case is an ordinary compound ("scriptblock").
            var innerCapital = Capitals.HasInnerCapital(token.Text);
            if (token.IsInHeading || !innerCapital && (token.IsSentenceStart || token.StartsLabel || !SpellingText.IsCapitalized(token.Text))
                || IsInsideLongerName(article, i)) continue;
            // "attended a Hui in Hamilton": a noun the indefinite article opens and a preposition, a conjunction or a mark
            // closes is a common noun capitalised, no name; the article's "the hui" is the word's own case. A name the article
            // sets before a noun ("a Soyuz rocket") is one still.
            if (!innerCapital && IsIndefiniteNoun(tokens, i, sentence)) continue;
            var lower = token.Text.ToLowerInvariant();
            if (innerCapital && WordFormation.IsFormedFromCommonWords(lower)) continue;
            if (!CommonWords.ContainsOrPluralOf(lower)) (words ??= new List<CaseWord>()).Add(new CaseWord(i - sentence.FirstToken, lower, isCapitalised: true));
        }
        return words?.ToArray() ?? [];
    }

    private static bool IsIndefiniteArticle(string word) => word is "a" or "an" or "A" or "An";

    /// <summary>True when the indefinite article opens the word's phrase, right before it or before one lower-case word ("a
    /// national hui", "a national Hui"), and the phrase ends at the word (<see cref="EndsNounPhrase"/>): a common noun.</summary>
    private static bool IsIndefiniteNoun(TokenList tokens, int i, Sentence sentence) =>
        EndsNounPhrase(tokens, i, sentence)
        && (i - 1 >= sentence.FirstToken && IsIndefiniteArticle(tokens[i - 1].Text)
            || i - 2 >= sentence.FirstToken && IsIndefiniteArticle(tokens[i - 2].Text) && tokens[i - 1].IsWord && SpellingText.IsAllLower(tokens[i - 1].Text));

    /// <summary>True when nothing but a mark, a preposition, a conjunction or a pronoun follows the word at <paramref name="i"/>
    /// in its sentence: it is its phrase's noun, not a noun's modifier.</summary>
    private static bool EndsNounPhrase(TokenList tokens, int i, Sentence sentence) =>
        i + 1 >= sentence.EndToken || !tokens[i + 1].IsWord || SentenceOpeners.Words.Contains(tokens[i + 1].Text);

    /// <summary>True for an ordinal's ending parted from its number ("the 81 st Precinct", a page's superscript "81⁠<sup>st</sup>"
    /// copied a line apart): no word, however the profile's names spell "St".</summary>
    private static bool IsOrdinalSuffix(TokenList tokens, int i) =>
        i > 0 && tokens[i - 1].Kind == TokenKind.Number && tokens[i].Text is "st" or "nd" or "rd" or "th";

    /// <summary>A name a profile knows is a proper noun in lower case too, unless it is an ordinary English word as well.</summary>
    private static bool IsKnownName(string name, string lower) =>
        SpellingText.IsCapitalized(name) && SpellingText.IsLetters(name) && !CommonWords.Contains(lower);

    /// <summary>The names the profile knows, lowered and split once per profile rather than at each article.</summary>
    internal sealed class ProfileNames
    {
        private ProfileNames(OutletProfile profile)
        {
            CaseFreeSpellings = profile.Spellings.Where(e => !e.MatchCase).Select(e => (e, e.Preferred.ToLowerInvariant())).ToList();
            foreach (var entry in profile.Spellings)
            {
                var lower = entry.Preferred.ToLowerInvariant();
                if (!SpellingsByPreferred.TryGetValue(lower, out var entries)) SpellingsByPreferred[lower] = entries = [];
                entries.Add(entry);
            }
            var list = profile.GetList(ProperNamesList);
            foreach (var word in list.SelectMany(name => name.Split([' ', '-'], System.StringSplitOptions.RemoveEmptyEntries)))
            {
                var lower = word.ToLowerInvariant();
                if (IsKnownName(word, lower) && !ListedNames.ContainsKey(lower)) ListedNames[lower] = word;
            }
            // A people's stem is a listed name or the name short of one or two letters (Russi-a, Ukrain-e, Japan).
            foreach (var name in ListedNames.Keys)
            {
                for (var length = name.Length - 2; length <= name.Length; length++)
                {
                    if (length >= 3) ListedNameStems.Add(name.Substring(0, length));
                }
            }
            LowerNames = new HashSet<string>(ListedNames.Keys.Concat(CaseFreeSpellings.Select(s => s.Lower)), System.StringComparer.Ordinal);
            MultiWordNames = list.Where(name => name.IndexOf(' ') > 0)
                .Select(name => (name, name.Split(' ').Select(word => word.ToLowerInvariant()).ToArray())).ToList();
        }

        public static ProfileNames Of(OutletProfile profile) => profile.GetDerived(p => new ProfileNames(p));

        /// <summary>The spelling entries by their preferred form in lower case.</summary>
        public Dictionary<string, List<SpellingEntry>> SpellingsByPreferred { get; } = new(System.StringComparer.Ordinal);
        /// <summary>The spelling entries that do not match case, with their preferred form lowered.</summary>
        public IReadOnlyList<(SpellingEntry Entry, string Lower)> CaseFreeSpellings { get; }
        /// <summary>Lower-cased form → the word of a <see cref="ProperNamesList"/> name that is a proper noun in lower case too
        /// (the first such word of the list). An article's own capitals and the outlet's spellings come before it.</summary>
        public Dictionary<string, string> ListedNames { get; } = new(System.StringComparer.Ordinal);
        /// <summary>The keys of <see cref="ListedNames"/>, each whole and short of its last one and two letters: the stems a
        /// people's adjective of the name may have (<see cref="IsPeoplesAdjective"/>).</summary>
        public HashSet<string> ListedNameStems { get; } = new(System.StringComparer.Ordinal);
        /// <summary>The keys of <see cref="ListedNames"/> and the lowered forms of <see cref="CaseFreeSpellings"/>: the lower-case
        /// words that may be reported though the article never capitalises them.</summary>
        public HashSet<string> LowerNames { get; }
        /// <summary>The list's names of several words, with their words in lower case.</summary>
        public IReadOnlyList<(string Name, string[] LowerWords)> MultiWordNames { get; }
    }

    /// <summary>True when the capitalised word at <paramref name="index"/> has a capitalised neighbour in its sentence, with
    /// only spaces (or a connector such as "of" or "and") between: it is one word of a longer name.</summary>
    internal static bool IsInsideLongerName(Article article, int index)
    {
        var tokens = article.Tokens;
        return IsCapitalNeighbour(index, -1) || IsCapitalNeighbour(index, +1);

        bool IsCapitalNeighbour(int from, int step)
        {
            var k = from + step;
            for (var hops = 0; hops < 2 && k >= 0 && k < tokens.Count; hops++, k += step)
            {
                var near = tokens[k];
                var (first, second) = step < 0 ? (near, tokens[k - step]) : (tokens[k - step], near);
                if (!near.IsWord || near.SentenceIndex != tokens[from].SentenceIndex || !SpellingText.OnlySpacesOrWrapBetween(article.Text, first.Span, second.Span)) return false;
                // "In Kyiv": a sentence's capitalised first word is no part of a name.
                if (char.IsUpper(near.Text[0])) return !(near.IsSentenceStart && CommonWords.ContainsLowered(near.Text));
                if (!NameConnectors.Contains(near.Text)) return false;
            }
            return false;
        }
    }
}
