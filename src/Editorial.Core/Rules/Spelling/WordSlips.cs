using System;
using System.Collections.Generic;
using System.Linq;
using Editorial.Articles;
using Editorial.Lexicon;
using Editorial.Profiles;
using Editorial.Text;

namespace Editorial.Rules.Spelling;

/// <summary>
/// A lower-case word misspelt beside the same word written right in the same article: "adminstration" where the article
/// also writes "administration", "superdelegtes" beside "superdelegates" three times. Both spellings become occurrences of
/// one key, the misspelling marked as a slip (<see cref="VariantOccurrence.IsSlip"/>), for ED1001 to compare as it compares a
/// name with its typo.
/// </summary>
/// <remarks>
/// The misspelling is a word of ASCII letters that no list knows (neither the common words, nor the proper names, nor the
/// rarer real words one slip from a common word: <see cref="RareWords"/>, "mater" beside "matter"), one typing slip from the model
/// (<see cref="NameVariants.IsOneSlip"/>: a letter replaced, left out or added, or two swapped, never the last letter, which
/// is an ending). The model is a word the list knows (unless the slip is written twice or more, and more often: see
/// <see cref="IsModel"/>), or one the article writes at least twice and twice as often as the slip; and only one word of the
/// article may be such a model, or the slip says nothing of which word was meant. A lone
/// misspelling with no model in the article ("unitl" in an article that never writes "until") is not this rule's: no
/// other form of the word is there to compare it with.
/// </remarks>
internal static class WordSlips
{
    private const string KeyPrefix = "word:";

    // Shorter words are one slip from too many others to tell which was meant ("form" / "from", "trail" / "trial").
    public const int MinimumLetters = 5;

    /// <summary>
    /// The most different unknown words an article may write for any to be read as a slip (ED1001's or ED1009's). An English
    /// article writes a few dozen at most (names are capitalised, and the lists know the rest); thousands are a text in
    /// another language, a list or a table of codes, whose slips cannot be told from its words, and each would be compared
    /// with every word of its letter and with every common word one slip away: an article of a megabyte of such words took
    /// minutes.
    /// </summary>
    private const int MaximumUnknownWords = 1000;

    /// <summary>The tokens, in the article's order, of the typed words (<see cref="IsTypedWord"/>) of
    /// <see cref="MinimumLetters"/> letters or more that no list knows: what ED1001's slips and ED1009's misspellings both
    /// start from, looked up once per article.</summary>
    internal sealed class UnknownWords(List<int> tokens)
    {
        public IReadOnlyList<int> Tokens { get; } = tokens;
    }

    public static UnknownWords UnknownIn(AnalyzedArticle analyzed) => analyzed.GetShared(FindUnknown);

    private static UnknownWords FindUnknown(AnalyzedArticle analyzed)
    {
        var article = analyzed.Article;
        var unknown = new List<int>();
        // Every token is in a sentence, and the sentences are in text order.
        foreach (var sentence in article.Sentences)
        {
            foreach (var token in UnknownBySentence.GetOrRead(article, sentence, UnknownWordsOf)) unknown.Add(token + sentence.FirstToken);
        }
        // Only an article of more unknown tokens than that can write more different unknown words.
        if (unknown.Count > MaximumUnknownWords && unknown.Select(i => article.Tokens[i].Text).Distinct(StringComparer.Ordinal).Count() > MaximumUnknownWords)
            unknown.Clear();
        if (unknown.Count > 0 && WordsOutsideProse.Of(analyzed) is { Count: > 0 } codeWords) unknown.RemoveAll(i => codeWords.ContainsOrSingular(article.Tokens[i].Text));
        if (unknown.Count > 0)
        {
            var foreignPhrases = ForeignPhrases(analyzed.Profile);
            unknown.RemoveAll(i => IsInForeignPhrase(article.Tokens, i, foreignPhrases) || FollowsDe(article.Tokens, i) || IsBesideForeignWord(article.Tokens, i));
        }
        return new UnknownWords(unknown);
    }

    /// <summary>The profile list of phrases English borrows whole from another language ("sui generis", "au naturel", "bona
    /// fides"): their words are spelled as that language spells them, no slips of the English words a letter away ("genesis",
    /// "natural", "fires").</summary>
    public const string ForeignPhrasesList = "foreign-phrases";

    internal static PhraseList ForeignPhrases(OutletProfile profile) => profile.GetDerived(p => new ForeignPhraseList(new PhraseList(p.GetList(ForeignPhrasesList)))).Phrases;

    /// <summary>The profile's foreign phrases, held under a type of their own among the profile's derived values.</summary>
    private sealed record ForeignPhraseList(PhraseList Phrases);

    /// <summary>The most words a foreign phrase of the list runs to ("in loco parentis").</summary>
    private const int MaximumForeignPhraseWords = 4;

    /// <summary>True when a phrase of <paramref name="phrases"/> starting at most <see cref="MaximumForeignPhraseWords"/> words
    /// before the token at <paramref name="index"/> covers it.</summary>
    internal static bool IsInForeignPhrase(TokenList tokens, int index, PhraseList phrases)
    {
        for (var start = Math.Max(0, index - MaximumForeignPhraseWords + 1); start <= index; start++)
        {
            if (start + phrases.MatchAt(tokens, start, tokens.Count) > index) return true;
        }
        return false;
    }

    /// <summary>True when the token at <paramref name="index"/> follows "de" in lower case: English has no such word, so what
    /// follows it is a phrase of another language that no list holds ("a jury de medietate linguae", "a succès de scandale").
    /// A name's particle is followed by a capital ("de Gaulle").</summary>
    private static bool FollowsDe(TokenList tokens, int index) => index > 0 && tokens[index - 1].Text == "de";

    /// <summary>True when a foreign word (<see cref="IsForeignWord"/>) stands right before or after the token: the two are a
    /// phrase of another language that no list holds ("gather kai moana", "the whare kahu", "the rohe moana"), as te reo Māori
    /// terms stand in New Zealand copy, not a slip of "mana" or "where". A slip stands among the words of its sentence, or
    /// beside another slip as long as the words typists slip on ("depeartments begain").</summary>
    private static bool IsBesideForeignWord(TokenList tokens, int index) =>
        index > 0 && IsForeignWord(tokens[index - 1]) || index + 1 < tokens.Count && IsForeignWord(tokens[index + 1]);

    /// <summary>A lower-case word of letters with a letter outside ASCII ("wānanga"), or one of three letters or more but shorter
    /// than the words read as slips (<see cref="MinimumLetters"/>: "kai", "rohe") that is neither a common word nor a proper
    /// name. Two letters no list knows are a slip more often than a word ("weitten bt Stevenson").</summary>
    private static bool IsForeignWord(Token token)
    {
        var text = token.Text;
        if (!token.IsWord || text.Length < ShortestForeignWord || !char.IsLower(text[0])) return false;
        var ascii = true;
        foreach (var c in text)
        {
            if (!char.IsLetter(c)) return false;
            if (c >= 0x80) ascii = false;
        }
        return !ascii || text.Length < MinimumLetters && IsUnknown(text);
    }

    private const int ShortestForeignWord = 3;

    /// <summary>The unknown words of recently read sentences (<see cref="UnknownWordsOf"/>): they depend on the words alone.</summary>
    private static readonly SentenceCache<int> UnknownBySentence = new(bits: 12);

    /// <summary>The tokens of <paramref name="sentence"/>, counted from its first, that are typed words of
    /// <see cref="MinimumLetters"/> letters or more that no list knows.</summary>
    private static int[] UnknownWordsOf(Article article, Sentence sentence)
    {
        var tokens = article.Tokens;
        List<int>? unknown = null;
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if (IsTypedWord(tokens[i], out var text) && text.Length >= MinimumLetters && IsUnknown(text) && !ClosesBracketedAlteration(article.Text, tokens[i].Span.Start))
                (unknown ??= new List<int>()).Add(i - sentence.FirstToken);
        }
        return unknown?.ToArray() ?? [];
    }

    public static void Find(AnalyzedArticle analyzed, List<VariantOccurrence> occurrences)
    {
        var tokens = analyzed.Article.Tokens;
        Dictionary<string, List<int>>? unknown = null;
        foreach (var i in UnknownIn(analyzed).Tokens)
        {
            unknown ??= new Dictionary<string, List<int>>(StringComparer.Ordinal);
            if (!unknown.TryGetValue(tokens[i].Text, out var places)) unknown[tokens[i].Text] = places = new List<int>();
            places.Add(i);
        }
        if (unknown is null) return;

        // Each unknown word against the article's words of its first letter and about its length, all of them in one pass over
        // the tokens: a few unknown words an article, so this costs less than a table of every word the article writes.
        var searches = new List<ModelSearch>(unknown.Count);
        var byFirstLetter = new Dictionary<char, List<ModelSearch>>();
        foreach (var slip in unknown)
        {
            var search = new ModelSearch(slip.Key, slip.Value);
            searches.Add(search);
            if (!byFirstLetter.TryGetValue(slip.Key[0], out var ofLetter)) byFirstLetter[slip.Key[0]] = ofLetter = new List<ModelSearch>();
            ofLetter.Add(search);
        }
        var counter = new WordCounter(tokens, ignoreCase: false);
        for (var i = 0; i < tokens.Count; i++)
        {
            // The first letters and the lengths, which IsOneSlip requires to match, rule out most words at once.
            if (!tokens[i].IsWord || !byFirstLetter.TryGetValue(tokens[i].Text[0], out var ofLetter)) continue;
            foreach (var search in ofLetter)
            {
                var candidate = tokens[i].Text;
                if (search.Models >= 2 || Math.Abs(candidate.Length - search.Slip.Length) > 1) continue;
                if (!IsTypedWord(tokens[i], out var text) || text == search.Model || !NameVariants.IsOneSlip(search.Slip, text)
                    || !IsLikelySlipOf(search.Slip, text)) continue;
                var written = counter.Count(text);
                if (!IsModel(text, written, search.Places.Count)) continue;
                search.Model = text;
                search.ModelPlaces = written;
                search.Models++;
            }
        }
        foreach (var search in searches)
        {
            var (model, models, modelPlaces) = (search.Model, search.Models, search.ModelPlaces);
            // A common word given a prefix or made an agent ("reposted", "funder") is no slip of the word it is a letter from
            // ("reported", "founder"), though the lists lack it; nor is a compound's plural in "-men" of its singular, nor a word
            // of the opposite prefix ("macropolitics" beside "micropolitics"), nor a compound verb's other tense ("breastfed"),
            // nor a word's familiar form in "-ie" ("tradie"), nor a verb coined from a noun ("strategise" beside "strategies").
            if (models != 1 || RareWords.ContainsOrPluralOf(search.Slip) || WordFormation.IsPrefixedOrAgent(search.Slip) || WordFormation.IsFamiliarFormInIe(search.Slip)
                || WordFormation.IsCoinedVerb(search.Slip)
                || WordFormation.AreSingularAndPluralInMan(search.Slip, model!) || WordFormation.HaveOppositePrefixes(search.Slip, model!)
                || WordFormation.AreTensesOfOneVerb(search.Slip, model!) || ReplacedLetterMayBeLostFirstLetter(search.Slip, model!)) continue;
            var key = KeyPrefix + model;
            for (var i = 0; i < tokens.Count && modelPlaces > 0; i++)
            {
                if (tokens[i].IsWord && tokens[i].Text == model)
                {
                    occurrences.Add(Occurrence(key, tokens[i], isSlip: false));
                    modelPlaces--;
                }
            }
            foreach (var place in search.Places) occurrences.Add(Occurrence(key, tokens[place], isSlip: true));
        }
    }

    /// <summary>True when a typist who meant <paramref name="meant"/> may have written <paramref name="written"/>: a key next to
    /// it on the keyboard ("inprove"), or a vowel for a vowel or a letter that sounds alike, as words are misspelt by ear
    /// ("priviliges", "seperate", "concensus"). Another letter makes another word more often than a slip: "hepatology" is no
    /// slip of "hematology", nor "retinyl" of "retinal".</summary>
    private static bool IsLikelyReplacement(char written, char meant) =>
        Vowels.IndexOf(written) >= 0 && Vowels.IndexOf(meant) >= 0
        || KeyNeighbours.TryGetValue(meant, out var neighbours) && neighbours.IndexOf(written) >= 0
        || SoundAlike.Contains((written, meant)) || SoundAlike.Contains((meant, written));

    private const string Vowels = "aeiou";

    /// <summary>The keys around each letter's key on a QWERTY keyboard.</summary>
    private static readonly Dictionary<char, string> KeyNeighbours = new()
    {
        ['q'] = "wa", ['w'] = "qeas", ['e'] = "wrsd", ['r'] = "etdf", ['t'] = "ryfg", ['y'] = "tugh", ['u'] = "yihj", ['i'] = "uojk",
        ['o'] = "ipkl", ['p'] = "ol", ['a'] = "qwsz", ['s'] = "awedxz", ['d'] = "serfcx", ['f'] = "drtgvc", ['g'] = "ftyhbv",
        ['h'] = "gyujnb", ['j'] = "huikmn", ['k'] = "jiolm", ['l'] = "kop", ['z'] = "asx", ['x'] = "zsdc", ['c'] = "xdfv",
        ['v'] = "cfgb", ['b'] = "vghn", ['n'] = "bhjm", ['m'] = "njk",
    };

    /// <summary>Letters written for one another by ear: "concensus", "excercise", "paralel", "gaurd".</summary>
    private static readonly HashSet<(char, char)> SoundAlike = [('c', 's'), ('c', 'k'), ('s', 'z'), ('f', 'v'), ('g', 'j'), ('y', 'i'), ('y', 'e')];

    /// <summary>True unless <paramref name="slip"/> is <paramref name="model"/> with one letter replaced by one no slip puts there
    /// (<see cref="IsLikelyReplacementAt"/>): "doxed" is no slip of "domed", nor "spendy" of "speedy".</summary>
    private static bool IsLikelySlipOf(string slip, string model)
    {
        if (slip.Length != model.Length) return true;
        var differ = -1;
        for (var k = 0; k < slip.Length; k++)
        {
            if (char.ToLowerInvariant(slip[k]) == char.ToLowerInvariant(model[k])) continue;
            if (differ >= 0) return true;
            differ = k;
        }
        return differ < 0 || IsLikelyReplacementAt(slip, differ, char.ToLowerInvariant(model[differ]));
    }

    /// <summary><see cref="IsLikelyReplacement"/> of the letter at <paramref name="index"/> of <paramref name="written"/>, or a
    /// double put on the wrong letter ("vaccum" for "vacuum"): the letter repeats its neighbour.</summary>
    internal static bool IsLikelyReplacementAt(string written, int index, char meant)
    {
        var letter = char.ToLowerInvariant(written[index]);
        return IsLikelyReplacement(letter, meant)
               || index > 0 && char.ToLowerInvariant(written[index - 1]) == letter
               || index + 1 < written.Length && char.ToLowerInvariant(written[index + 1]) == letter;
    }

    /// <summary>True when <paramref name="slip"/> is <paramref name="model"/> with a letter replaced and may as well have lost its
    /// first letter (<see cref="LostItsFirstLetter"/>). A letter left out or added inside ("earier" beside "earlier") is the
    /// likelier slip than a first letter lost ("wearier"), and stays one.</summary>
    private static bool ReplacedLetterMayBeLostFirstLetter(string slip, string model) => slip.Length == model.Length && LostItsFirstLetter(slip, model);

    /// <summary>True when a letter put before <paramref name="slip"/> makes a common word other than <paramref name="model"/>
    /// ("atter": "latter", "matter"; "autioned": "cautioned"): a slip keeps the first letter, so the word may have lost it
    /// instead, and the model offered may be the wrong word ("the atter stages" is "latter", not "after").</summary>
    internal static bool LostItsFirstLetter(string slip, string model)
    {
        var lower = slip.ToLowerInvariant();
        for (var letter = 'a'; letter <= 'z'; letter++)
        {
            var word = letter + lower;
            if (CommonWords.Contains(word) && !string.Equals(word, model, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    /// <summary>An unknown word's search for the one word of the article it is a slip of: the first such word met in text
    /// order (<see cref="Model"/>), how often the article writes it, and how many such words there are (two are one too many).</summary>
    private sealed class ModelSearch(string slip, List<int> places)
    {
        public string Slip { get; } = slip;
        public List<int> Places { get; } = places;
        public string? Model { get; set; }
        public int Models { get; set; }
        public int ModelPlaces { get; set; }
    }

    /// <summary>
    /// How often an article writes a word, in any case or (<c>ignoreCase: false</c>) exactly. Most articles ask about a few
    /// words or none, and a pass over the tokens for each costs less than a table of every word; past
    /// <see cref="PassesBeforeTable"/> words the article's words are counted once, so that an article of thousands of unknown
    /// words is not read in its square.
    /// </summary>
    internal sealed class WordCounter(TokenList tokens, bool ignoreCase)
    {
        private const int PassesBeforeTable = 16;
        private int _passes;
        private Dictionary<string, int>? _table;

        public int Count(string word)
        {
            if (_table is null && ++_passes <= PassesBeforeTable) return CountByPass(word);
            _table ??= CountAll();
            return _table.TryGetValue(word, out var count) ? count : 0;
        }

        private int CountByPass(string word)
        {
            var comparison = ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
            var count = 0;
            for (var i = 0; i < tokens.Count; i++)
            {
                if (tokens[i].IsWord && string.Equals(tokens[i].Text, word, comparison)) count++;
            }
            return count;
        }

        private Dictionary<string, int> CountAll()
        {
            var table = new Dictionary<string, int>(ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
            for (var i = 0; i < tokens.Count; i++)
            {
                if (!tokens[i].IsWord) continue;
                table.TryGetValue(tokens[i].Text, out var count);
                table[tokens[i].Text] = count + 1;
            }
            return table;
        }
    }

    /// <summary>True when <paramref name="word"/>, written <paramref name="written"/> times, is the word a slip written
    /// <paramref name="slipWritten"/> times was meant to be: a common word, unless the other is written twice or more and more
    /// often than it ("backend" six times beside one "backed", "sharding" beside "sharing", "semver" beside "server": a term of
    /// the writer's field that the list lacks, which a hand does not slip into twice alike); another word, if the article
    /// writes it at least twice and twice as often as the slip.</summary>
    private static bool IsModel(string word, int written, int slipWritten) =>
        CommonWords.ContainsLowered(word) ? slipWritten < 2 || written >= slipWritten : written >= 2 && written >= 2 * slipWritten && !ProperNames.Contains(word);

    /// <summary>A word as running text types it: ASCII letters, the first in lower case. Capitalised words are names or
    /// sentence starts, which <see cref="NameVariants"/> reads. A typing slip of an English word is typed on an English
    /// keyboard: a word with other letters is a foreign word, or letters of a garbled character ("narrativeâ" where a
    /// closing quotation mark was decoded as three characters); and a plain letter for an accented one ("fiancee" beside
    /// "fiancée") is a choice of diacritics, not a slip of the keys. Nor is a word with a capital inside ("useId", "iPad",
    /// "eBay"): an identifier or a brand, written so on purpose.</summary>
    private static bool IsTypedWord(Token token, out string text)
    {
        text = token.Text;
        if (!token.IsWord || !char.IsLower(text[0]) || Capitals.HasInnerCapital(text)) return false;
        foreach (var c in text)
        {
            if (c >= 0x80 || !char.IsLetter(c)) return false;
        }
        return true;
    }

    /// <summary>True when a closing bracket stands right before the word: the rest of a word a quotation's editor altered
    /// ("[W]hoever", "[t]hey"), not a word of its own. (ED1009 asks for more: it reports no word glued to anything.)</summary>
    private static bool ClosesBracketedAlteration(string text, int start) => start > 0 && text[start - 1] == ']';

    /// <summary>Neither a common word nor a proper name. (The rarer real words, <see cref="RareWords"/>, are asked last, when
    /// a word is otherwise taken for a slip: most articles never load them.)</summary>
    private static bool IsUnknown(string word) => !CommonWords.ContainsLowered(word) && !ProperNames.Contains(word) && !IsContractionWithoutApostrophe(word);

    /// <summary>
    /// True for a contraction whose apostrophe was lost ("theyre", "doesnt", "youve"), as a page that strips quotation marks
    /// leaves it: one slip from another word ("there", "does"), but that word is not the one meant, and the finding's fix
    /// would change the sentence.
    /// </summary>
    private static bool IsContractionWithoutApostrophe(string word) =>
        word.EndsWith("nt", StringComparison.Ordinal) && NegatedVerbs.Contains(word.Substring(0, word.Length - 2))
        || word.Length > 2 && ContractedPronounEndings.Contains(word.Substring(word.Length - 2)) && ContractingPronouns.Contains(word.Substring(0, word.Length - 2));

    /// <summary>The verbs "n't" is written on: "doesnt", "wasnt", "couldnt".</summary>
    private static readonly HashSet<string> NegatedVerbs = new(StringComparer.Ordinal)
    {
        "do", "does", "did", "is", "was", "are", "were", "has", "have", "had", "could", "would", "should", "must", "need", "might",
    };

    /// <summary>The endings "'re", "'ve" and "'ll" after a pronoun: "theyre", "youve", "theyll".</summary>
    private static readonly HashSet<string> ContractedPronounEndings = new(StringComparer.Ordinal) { "re", "ve", "ll" };

    private static readonly HashSet<string> ContractingPronouns = new(StringComparer.Ordinal) { "they", "you", "we", "who", "what", "there", "that", "it", "she", "he", "i" };

    private static VariantOccurrence Occurrence(string key, Token token, bool isSlip) =>
        new(key, token.Text, token.Span, token.Text, VariantKind.Name, token.IsTranscribed, token.IsInHeading, null) { IsSlip = isSlip };
}
