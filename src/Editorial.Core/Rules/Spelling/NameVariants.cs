using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Editorial.Articles;
using Editorial.Lexicon;
using Editorial.Text;

namespace Editorial.Rules.Spelling;

/// <summary>
/// Names an article writes several ways, found without any list. Every capitalised name word gets a family key that folds
/// what varies between spellings of one name: case, hyphens and spaces (Ki-moon / Ki Moon), diacritics (Đoković / Djokovic,
/// São / Sao), transliterated endings (Navalny / Navalnyy, -sky / -skyy / -ski) and the vowels and doubled consonants of
/// transliterated Arabic names (Mohammed / Muhammad / Mohamed). A name that occurs once, beside one that occurs more often
/// and differs by one letter left out, added, replaced or swapped, is taken for its typo (Navlany / Navalny, Merkle / Merkel).
/// <para>
/// Names are only compared when they name the same entity: a given name only with the same surname ("Dmitry Peskov" /
/// "Dmitri Peskov", never "Dmitry Peskov" / "Dmitri Kuleba"), and a surname the article gives to two people with different
/// given names only within each full name. Index by key, never pairwise: linear in the article.
/// </para>
/// </summary>
internal static class NameVariants
{
    private const string KeyPrefix = "name:";

    // Capitalised words before a surname that are no given name: titles and the words that start a sentence
    // (SentenceOpeners.Words). Any other capitalised word there is taken for a given name, ordinary English words
    // included ("Mark Allan", "Rose Grey").
    private static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase)
    {
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Professor", "Sir", "Dame", "Lord", "Lady", "President", "Minister", "Prime", "Premier",
        "Chancellor", "Secretary", "Senator", "Sen", "Rep", "Representative", "Gov", "Governor", "Mayor", "King", "Queen", "Prince",
        "Princess", "Pope", "Sheikh", "Emir", "Judge", "Justice", "General", "Gen", "Colonel", "Col", "Captain", "Capt", "Lieutenant",
        "Lt", "Sergeant", "Sgt", "Admiral", "Marshal", "Commander", "Chief", "Deputy", "Vice", "Speaker", "Ambassador", "Envoy",
        "Spokesman", "Spokeswoman", "Spokesperson", "Leader", "Chairman", "Chairwoman", "Director", "Coach", "Officer", "Detective",
        "Foreign", "Defence", "Defense", "Interior", "Finance", "Health", "Former", "Late", "Saint", "St",
    };

    private static bool IsNoGivenName(string word) => Titles.Contains(word) || SentenceOpeners.Words.Contains(word);

    private const int MinimumLetters = 5;
    // Shorter names are too close to other names to be taken for their slips ("Chen" / "Chan", "Wong" / "Wang").
    private const int MinimumTypoLetters = 5;

    /// <summary>A name word of the article: its token, its family key, and the given name it follows in a full name.</summary>
    private sealed class NameWord(int token, TextSpan span, string text, string letters, string fold, bool? isKnownName = null)
    {
        public int Token { get; } = token;
        public TextSpan Span { get; } = span;
        public string Text { get; } = text;
        /// <summary>The text's <see cref="NameVariants.Letters"/>, read once for the family key and the typo index.</summary>
        public string WrittenLetters { get; } = letters;
        public string Fold { get; set; } = fold;
        /// <summary>The proper-name list knows <see cref="WrittenLetters"/>: given by the sentence's kept reading of a capitalised
        /// word (<see cref="CapitalisedWord"/>), looked up otherwise.</summary>
        public bool IsKnownName => _isKnownName ??= ProperNames.ContainsLetters(WrittenLetters);
        private bool? _isKnownName = isKnownName;
        /// <summary>The surname this word is a given name of; null for a surname or a name on its own. Held as the word, not
        /// its fold, so that a surname folded into another spelling (a slip, a transliteration) takes its given names along.</summary>
        public NameWord? Surname { get; set; }
        /// <summary>The folded surname this word is the given name of; null for a surname or a name on its own.</summary>
        public string? SurnameOf => Surname?.Fold;
        /// <summary>For a surname in a full name: its first given name.</summary>
        public NameWord? FirstGivenName { get; set; }
        /// <summary>For a surname alone: the folded capitalised word before it that reads as a given name ("Mark Allan"), or the
        /// initials before it or, in a list of references, after it ("Zheng, H.-T.").</summary>
        public string? GivenNameBeside { get; set; }
        /// <summary>For a surname, the folded given name written beside it; null when it stands alone.</summary>
        public string? GivenName => FirstGivenName?.Fold ?? GivenNameBeside;
        /// <summary>Folded into another name as its typo, or the given name of a surname's minority spelling
        /// (<see cref="MarkGivenNamesOfVariantSurnames"/>): the other spelling is the one to use.</summary>
        public bool IsSlip { get; set; }
    }

    /// <param name="onlyWrittenSeveralWays">Adds only the occurrences of the names the article itself writes in more than one
    /// form: for an article no rule compares across articles, where ED1001, which reads no other, is the only rule that reads
    /// names. Most names are written one way: an IDE's edit made an occurrence of each for no rule to read.</param>
    public static void Find(Article article, HashSet<int> listed, NameParticles particles, List<VariantOccurrence> occurrences, bool onlyWrittenSeveralWays)
    {
        var words = NameWords(article, listed, particles);
        if (words.Count == 0) return;
        var fullNames = LinkFullNames(article, words, particles);
        LinkOrdinaryWordsMisspeltAsGivenNames(article, words);
        MergeTypos(article, words, listed, particles);
        MergeKnownWordSlipsOfSurnames(article, words);
        MergeFullNames(words, fullNames);
        LinkInnerPartsWrittenAlone(words, fullNames);
        MergeSlipsOfWordsInOneName(article, words);
        MarkGivenNamesOfVariantSurnames(words);
        MarkCaseAndDiacriticSlips(article, words);
        var givenNames = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var word in words.Where(w => w.SurnameOf is null && w.GivenName is not null))
        {
            if (!givenNames.TryGetValue(word.Fold, out var set)) givenNames[word.Fold] = set = new HashSet<string>(StringComparer.Ordinal);
            set.Add(word.GivenName!);
        }
        // Initials that begin exactly one of a surname's given names are that person's, not another's (KeyOf).
        foreach (var set in givenNames.Values)
        {
            if (set.Count < 2) continue;
            var standingFor = set.Where(g => set.Count(other => other != g && IsSameGivenName(other, g)) == 1 && g.EndsWith(".", StringComparison.Ordinal)).ToList();
            foreach (var initials in standingFor) set.Remove(initials);
        }
        var hyphenated = new Dictionary<string, NameWord>(StringComparer.Ordinal);
        var keyed = new List<(NameWord Word, string Key, string Form)>(words.Count);
        foreach (var word in words)
        {
            var key = KeyOf(word, givenNames);
            if (key is null) continue;
            if (word.Text.IndexOf('-') > 0) hyphenated[word.Fold] = word;
            keyed.Add((word, key, FormOf(particles.Lowered(word.Text))));
        }
        var spaced = hyphenated.Count > 0 ? SpacedForms(article, hyphenated, givenNames) : [];
        var several = onlyWrittenSeveralWays ? KeysWrittenSeveralWays(keyed, spaced) : null;
        if (several is { Count: 0 }) return;
        foreach (var (word, key, form) in keyed)
        {
            if (several is not null && !several.Contains(key)) continue;
            var token = article.Tokens[word.Token];
            occurrences.Add(new VariantOccurrence(key, form, word.Span, word.Text, VariantKind.Name, token.IsTranscribed, token.IsInHeading, null)
            {
                GivenName = word.SurnameOf is null ? word.GivenName : null,
                IsSlip = word.IsSlip,
                IsGivenName = word.SurnameOf is not null,
                StandsAlone = word.SurnameOf is null && word.GivenName is null,
            });
        }
        foreach (var occurrence in spaced)
        {
            if (several is null || several.Contains(occurrence.Key)) occurrences.Add(occurrence);
        }
    }

    /// <summary>The keys written in more than one form (<see cref="VariantKey.SeveralForms"/>) by the name words and their spaced
    /// forms: names have keys of their own, which no other kind of occurrence shares.</summary>
    private static HashSet<string> KeysWrittenSeveralWays(List<(NameWord Word, string Key, string Form)> keyed, List<VariantOccurrence> spaced)
    {
        var firstForms = new Dictionary<string, string>(keyed.Count, StringComparer.Ordinal);
        var several = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (_, key, form) in keyed) Add(key, form);
        foreach (var occurrence in spaced) Add(occurrence.Key, occurrence.Form);
        return several;

        void Add(string key, string form)
        {
            if (!firstForms.TryGetValue(key, out var first)) firstForms[key] = form;
            else if (first != form) several.Add(key);
        }
    }

    /// <summary>
    /// The family key of a name word. A given name is keyed with its surname; a surname the article gives to people with
    /// different given names is keyed with its own given name, and left out when it stands alone (which of them is it?).
    /// </summary>
    private static string? KeyOf(NameWord word, Dictionary<string, HashSet<string>> givenNames)
    {
        if (word.SurnameOf is { } surname) return Keys.Concat(KeyPrefix, word.Fold, ">", surname);
        if (!givenNames.TryGetValue(word.Fold, out var given) || given.Count < 2) return Keys.Concat(KeyPrefix, word.Fold);
        if (word.GivenName is not { } givenName) return null;
        // Initials stand for the given name they begin, when the surname has one ("S. Brannick" beside "Sam Brannock").
        if (!given.Contains(givenName)) givenName = given.FirstOrDefault(g => IsSameGivenName(g, givenName)) ?? givenName;
        // "<" not ">": the surname keyed by its given name must not meet the given name keyed by its surname.
        return Keys.Concat(KeyPrefix, word.Fold, "<", givenName);
    }

    /// <summary>The name keys made recently: at each edit an article's name words take the keys they had, most of them shared
    /// by several words.</summary>
    private static readonly RecentStrings Keys = new(bits: 11);

    /// <summary>The key <paramref name="givenNameKey"/>'s given name has when it stands alone: "Serhiy Haidai"'s "Serhiy" is
    /// keyed with its surname, "Serhiy said" is not.</summary>
    public static string AloneKeyOf(string givenNameKey) => givenNameKey.Substring(0, givenNameKey.IndexOf('>'));

    /// <summary>Capitalised words that are not ordinary English words, acronyms or name particles, with their folded key; and
    /// ordinary words that are surnames beside a name of their family key or in a full name the article writes
    /// <see cref="MinimumSurnameVotes"/> times or more. A sentence's capitalised words are read once and
    /// kept (<see cref="CapitalisedWordsBySentence"/>); what depends on the profile and the text around them is read here.</summary>
    private static List<NameWord> NameWords(Article article, HashSet<int> listed, NameParticles particles)
    {
        var words = new List<NameWord>();
        // Capitalised ordinary words right after a name word ("Mohamed Berry"): surnames only when another name word has
        // their family key ("Mohamed Barry"), read once the other name words are known.
        var ordinarySurnames = new List<NameWord>();
        var tokens = article.Tokens;
        var loneWords = LoneWordsOfRosters(article);
        foreach (var sentence in article.Sentences)
        {
            if (loneWords is not null && loneWords[sentence.ParagraphIndex]) continue;
            var found = CapitalisedWordsBySentence.GetOrRead(article, sentence, CapitalisedWordsIn);
            foreach (var word in found)
            {
                var i = word.Token + sentence.FirstToken;
                var token = tokens[i];
                if (listed.Contains(i) || particles.Contains(token.Text) || Mojibake.IsGarbled(article, token)) continue;
                // "Hussain al-Shahristani": the given name of a surname that opens with a particle in lower case, which no name
                // word stands for; alone it would be compared with another person's name ("Saddam Hussein").
                if (IsBeforeLowercaseParticleSurname(article, i, particles)) continue;
                if (word.IsOrdinary && !(words.Count > 0 && words[words.Count - 1].Token == i - 1 && !token.IsInHeading
                                         && SpellingText.OnlySpacesBetween(article.Text, tokens[i - 1].Span, token.Span))) continue;
                (word.IsOrdinary ? ordinarySurnames : words).Add(new NameWord(i, token.Span, token.Text, word.Letters, word.Fold, word.IsKnownName));
            }
        }
        if (ordinarySurnames.Count == 0) return words;
        var folds = new HashSet<string>(words.Select(w => w.Fold), StringComparer.Ordinal);
        // "Anderson Cooper" three times: a full name the article repeats is a person's, whose surname is a name even where no
        // other spelling of it is written, so that a slip of it ("Copper continued") has the person's name to depart from.
        var fullNames = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var surname in ordinarySurnames)
        {
            var fullName = FullNameOf(surname);
            fullNames[fullName] = fullNames.TryGetValue(fullName, out var count) ? count + 1 : 1;
        }
        var named = ordinarySurnames.Where(w => w.WrittenLetters.Length >= MinimumTypoLetters
                                                && (folds.Contains(w.Fold) || fullNames[FullNameOf(w)] >= MinimumSurnameVotes)).ToList();
        if (named.Count == 0) return words;
        return words.Concat(named).OrderBy(w => w.Token).ToList();

        // The given name written before an ordinary surname (a name word, spaces between) and the surname, as written.
        string FullNameOf(NameWord surname) => tokens[surname.Token - 1].Text + " " + surname.Text;
    }

    /// <summary>A capitalised word of a sentence that may be a name word (<see cref="CapitalisedWordsIn"/>): its token counted from
    /// the sentence's first, its <see cref="Letters"/>, their fold, whether it is an ordinary English word, and whether the
    /// proper-name list knows its letters (asked of every name word at each edit, <see cref="TypoFamily"/>).</summary>
    private readonly struct CapitalisedWord(int token, string letters, string fold, bool isOrdinary, bool isKnownName)
    {
        public int Token { get; } = token;
        public string Letters { get; } = letters;
        public string Fold { get; } = fold;
        public bool IsOrdinary { get; } = isOrdinary;
        public bool IsKnownName { get; } = isKnownName;
    }

    /// <summary>The capitalised words of recently read sentences (<see cref="CapitalisedWordsIn"/>): they depend on the words alone.</summary>
    private static readonly SentenceCache<CapitalisedWord> CapitalisedWordsBySentence = new(bits: 12);

    /// <summary>The words of <paramref name="sentence"/> that are name words unless the profile lists them, they are name
    /// particles, garbled, or (an ordinary word) no surname after a name word: capitalised, not in capitals, of name letters,
    /// and of a fold of three letters or more.</summary>
    private static CapitalisedWord[] CapitalisedWordsIn(Article article, Sentence sentence)
    {
        var tokens = article.Tokens;
        List<CapitalisedWord>? found = null;
        // One buffer for every word's letters and their fold: most capitalised words of an article are candidates.
        var buffer = new StringBuilder();
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            var token = tokens[i];
            var text = token.Text;
            if (!token.IsWord || !char.IsUpper(text[0]) || SpellingText.IsAllCaps(text) || IsSpeakerLabelInCapitals(tokens, i) || !IsNameLetters(text)) continue;
            var letters = AppendLetters(text, buffer.Clear()).ToString();
            var fold = FoldLetters(buffer);
            if (fold.Length < 3) continue;
            (found ??= new List<CapitalisedWord>()).Add(new CapitalisedWord(i - sentence.FirstToken, letters, fold, CommonWords.ContainsLowered(text),
                ProperNames.ContainsLetters(letters)));
        }
        return found?.ToArray() ?? [];
    }

    /// <summary>A transcript's label of a turn, its speaker's name in capitals before a colon at the start of a sentence
    /// ("McFADDEN: The seals came back"), "Mc" and all: the label's typography. In running text "McDUNN's call" is a slip of
    /// the keys.</summary>
    private static bool IsSpeakerLabelInCapitals(TokenList tokens, int i) =>
        tokens[i].IsSentenceStart && i + 1 < tokens.Count && tokens[i + 1].IsPunctuation(':') && SpellingText.IsInCapitals(tokens[i].Text);

    /// <summary>
    /// Letters with inner hyphens and apostrophes: "Ki-moon", "Thomas-Greenfield", "O'Brien". Not a contraction ("They've"),
    /// and no hyphenated part of one letter or in capitals ("E-rated", "G-League", "Russia-EU"): those are no names' spellings.
    /// </summary>
    private static bool IsNameLetters(string text)
    {
        var partStart = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] != '-')
            {
                var c = text[i];
                if (c is '\'' or '’' ? i + 1 >= text.Length || !char.IsUpper(text[i + 1])
                    : !char.IsLetter(c) && char.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) return false;
                continue;
            }
            // A part is copied only to be read for capitals, in a hyphenated word: most capitalised words of an article come here.
            if (i - partStart < 2 || (partStart > 0 || i < text.Length) && SpellingText.IsAllCaps(text.Substring(partStart, i - partStart))) return false;
            partStart = i + 1;
        }
        return true;
    }

    /// <summary>"Volodymyr Zelensky", "Mohammed bin Salman": a name word followed, with only spaces and particles between, by
    /// another is a given name of the last word of the run, which is the surname. Returns the runs of two words or more.</summary>
    private static List<FullName> LinkFullNames(Article article, List<NameWord> words, NameParticles particles)
    {
        var fullNames = new List<FullName>();
        var tokens = article.Tokens;
        var run = new List<NameWord>();
        for (var w = 0; w < words.Count;)
        {
            run.Clear();
            run.Add(words[w]);
            var k = words[w].Token;
            while (true)
            {
                var next = k + 1;
                while (next < tokens.Count && tokens[next].IsWord && particles.Contains(tokens[next].Text)
                       && SpellingText.OnlySpacesBetween(article.Text, tokens[next - 1].Span, tokens[next].Span)) next++;
                // "Raymund A. Paredes": middle initials stand between a given name and its surname.
                if (next == k + 1 && PastMiddleInitials(article, next) is var pastInitials && pastInitials > next
                    && pastInitials < tokens.Count && WordAt(words, words.Count, pastInitials) is not null) next = pastInitials;
                if (next >= tokens.Count || WordAt(words, words.Count, next) is not { } following
                    || !SpellingText.OnlySpacesBetween(article.Text, tokens[next - 1].Span, tokens[next].Span)) break;
                run.Add(following);
                k = next;
            }
            var surname = run[run.Count - 1];
            for (var r = 0; r < run.Count - 1; r++) run[r].Surname = surname;
            if (run.Count > 1)
            {
                surname.FirstGivenName = run[0];
                fullNames.Add(new FullName(run.ToArray(), ParticlesOf(article, run[0].Token, surname.Token, particles)));
            }
            else surname.GivenNameBeside = GivenNameBeside(article, run[0].Token);
            w += run.Count;
        }
        return fullNames;
    }

    /// <summary>The token after the middle initials that start at <paramref name="k"/>, each a capital and its dot, as one word
    /// ("A.") or a letter and a dot apart ("A", "."), with only spaces between; <paramref name="k"/> itself when none
    /// does. The forward reading of <see cref="InitialBefore"/>, which walks back from a surname.</summary>
    private static int PastMiddleInitials(Article article, int k)
    {
        var tokens = article.Tokens;
        while (k < tokens.Count && tokens[k].IsWord && tokens[k].Text.Length <= 2 && char.IsUpper(tokens[k].Text[0])
               && SpellingText.OnlySpacesBetween(article.Text, tokens[k - 1].Span, tokens[k].Span))
        {
            if (tokens[k].Text.Length == 2 && tokens[k].Text[1] == '.') k++;
            else if (tokens[k].Text.Length == 1 && k + 1 < tokens.Count && tokens[k + 1].IsPunctuation('.') && tokens[k + 1].Span.Start == tokens[k].Span.End) k += 2;
            else break;
        }
        return k;
    }

    /// <summary>The name word of <paramref name="token"/> among the first <paramref name="count"/> of <paramref name="words"/>,
    /// which are in the order of their tokens, one word a token; null when the token is none. Searched rather than put in a
    /// table by token: an article's hundred name words were a table at each edit, for each step that looks a token up.</summary>
    private static NameWord? WordAt(List<NameWord> words, int count, int token)
    {
        var (low, high) = (0, count - 1);
        while (low <= high)
        {
            var middle = low + (high - low) / 2;
            var at = words[middle].Token;
            if (at == token) return words[middle];
            if (at < token) low = middle + 1;
            else high = middle - 1;
        }
        return null;
    }

    /// <summary>
    /// "Vital Klitschko" where the article names "Vitali Klitschko": an ordinary word before a surname, taken for its given
    /// name (<see cref="NameWord.GivenNameBeside"/>), that is one slip from the one given name the article writes with that
    /// surname in a full name, or that name short of its last letter, is that given name misspelt, not a second person of the
    /// surname (who would leave the bare surname without a person, <see cref="KeyOf"/>), when the article writes the given name
    /// twice or more, alone or in the full name: once, it may be the slip of the word ("the Deep Feild Imager" beside "the
    /// Deep Field Imager"). It becomes the given name's slip, so that it is reported against it. Not a last letter that makes another name of the same surname ("Paul" / "Paula",
    /// "Christian" / "Christiane", "Jules" / "Julesa"): a, e or s.
    /// </summary>
    private static void LinkOrdinaryWordsMisspeltAsGivenNames(Article article, List<NameWord> words)
    {
        // Initials are no ordinary word: only a word before the surname is guessed at.
        var guessed = words.Where(w => w.Surname is null && w.GivenNameBeside is { } beside && !beside.EndsWith(".", StringComparison.Ordinal) && w.Token > 0).ToList();
        if (guessed.Count == 0) return;
        var tokens = article.Tokens;
        var givenNames = words.Where(w => w.FirstGivenName is not null).GroupBy(w => w.Fold, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(w => w.FirstGivenName!).ToList(), StringComparer.Ordinal);
        var added = false;
        foreach (var surname in guessed)
        {
            var before = tokens[surname.Token - 1];
            if (!givenNames.TryGetValue(surname.Fold, out var given) || !CommonWords.ContainsLowered(before.Text) || ProperNames.Contains(before.Text)) continue;
            var spellings = given.Select(g => g.WrittenLetters).Distinct(StringComparer.Ordinal).ToList();
            var letters = Letters(before.Text);
            if (spellings.Count != 1 || letters.Length < MinimumTypoLetters || !IsSlipOfGivenName(letters, spellings[0])
                || words.Count(w => w.WrittenLetters == spellings[0]) < 2) continue;
            var model = given[0];
            var slip = new NameWord(surname.Token - 1, before.Span, before.Text, letters, model.Fold) { Surname = surname, IsSlip = true };
            surname.GivenNameBeside = null;
            surname.FirstGivenName = slip;
            words.Add(slip);
            added = true;
        }
        if (added) words.Sort((a, b) => a.Token.CompareTo(b.Token));

        static bool IsSlipOfGivenName(string slip, string model) =>
            IsOneSlip(slip, model)
            || model.Length == slip.Length + 1 && model[slip.Length] is not ('a' or 'e' or 's') && model.StartsWith(slip, StringComparison.Ordinal);
    }

    /// <summary>A full name as written: its name words, given names first, and the particles between them in lower case
    /// ("bin", "von der"), which make a different name when one spelling has them and the other not.</summary>
    private sealed record FullName(NameWord[] Parts, string Particles);

    private static string ParticlesOf(Article article, int first, int last, NameParticles particles)
    {
        if (last - first < 2) return "";
        var between = new List<string>();
        for (var i = first + 1; i < last; i++)
        {
            if (particles.Contains(article.Tokens[i].Text)) between.Add(article.Tokens[i].Text.ToLowerInvariant());
        }
        return string.Join(" ", between);
    }

    /// <summary>
    /// One person written two ways in every part of the full name: "Yurii Ihnat" / "Yuriy Ignat", "Vassily Nebenzia" / "Vasily
    /// Nebenzya". Two full names are one person's when they have the same number of parts and the same particles, and each part
    /// pairs with the other's: the same family key, the same <see cref="TransliterationKey"/>, or, in one part only while the
    /// others keep their family key, a slip of five letters or more (<see cref="IsOneSlip"/>: "Marco Rubio" / "Mario
    /// Rubio"). Two different people are told apart by any part that pairs with nothing ("Mohammed bin Salman" / "Mohamed
    /// Salah": a particle and "Salman" / "Salah"). The second spelling's parts take the first's family keys, and so do the
    /// surname's other uses, alone ("Ignat said"); which spelling is the variant is the majority's to say. Names are bucketed
    /// by the first letter of each part's transliteration key, which every pairing keeps, not compared pairwise across the
    /// article.
    /// </summary>
    private static void MergeFullNames(List<NameWord> words, List<FullName> fullNames)
    {
        if (fullNames.Count < 2) return;
        var spellings = fullNames.GroupBy(n => string.Join(" ", n.Parts.Select(p => p.WrittenLetters)) + "|" + n.Particles, StringComparer.Ordinal)
            .Select(g => g.ToList()).ToList();
        var surnameRenames = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var bucket in spellings.GroupBy(g => Bucket(g[0]), StringComparer.Ordinal).Where(b => b.Count() > 1))
        {
            var members = bucket.ToList();
            for (var i = 0; i < members.Count; i++)
            {
                for (var j = i + 1; j < members.Count; j++)
                {
                    var (model, variant) = (members[i][0], members[j][0]);
                    if (!IsSamePerson(model, variant)) continue;
                    var surname = model.Parts[model.Parts.Length - 1].Fold;
                    var variantSurname = variant.Parts[variant.Parts.Length - 1].Fold;
                    if (variantSurname != surname) surnameRenames[variantSurname] = surname;
                    foreach (var name in members[j])
                    {
                        for (var p = 0; p < name.Parts.Length - 1; p++) name.Parts[p].Fold = model.Parts[p].Fold;
                    }
                }
            }
        }
        if (surnameRenames.Count == 0) return;
        foreach (var word in words)
        {
            if (word.Surname is null && surnameRenames.TryGetValue(word.Fold, out var renamed)) word.Fold = renamed;
        }
    }

    /// <summary>
    /// "President Peña" where the article names "Enrique Peña Nieto": an inner part of a full name of three words or more (a
    /// first surname, a second given name) written alone names that person, and is keyed with the full name's surname. A
    /// first given name written alone is not (a lone "Muhammad" beside "Mohammed Shia al-Sudani" may be the prophet), nor a
    /// part two full names of the article share.
    /// </summary>
    private static void LinkInnerPartsWrittenAlone(List<NameWord> words, List<FullName> fullNames)
    {
        var surnames = new Dictionary<string, NameWord?>(StringComparer.Ordinal);
        var partLetters = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in fullNames.Where(n => n.Parts.Length >= 3))
        {
            var surname = name.Parts[name.Parts.Length - 1];
            for (var p = 1; p < name.Parts.Length - 1; p++)
            {
                var fold = name.Parts[p].Fold;
                surnames[fold] = surnames.TryGetValue(fold, out var other) && other is not null && other.Fold != surname.Fold ? null : surname;
                partLetters[fold] = name.Parts[p].WrittenLetters;
            }
        }
        if (surnames.Count == 0) return;
        // A part some full name ends with is that name's surname too ("Carlos Peña"): alone, it may be either person.
        foreach (var name in fullNames)
        {
            var last = name.Parts[name.Parts.Length - 1].Fold;
            if (surnames.ContainsKey(last)) surnames[last] = null;
        }
        foreach (var word in words)
        {
            if (word.Surname is null && word.FirstGivenName is null && word.GivenNameBeside is null
                && surnames.TryGetValue(word.Fold, out var surname) && surname is not null && surname != word
                && partLetters[word.Fold] == word.WrittenLetters) word.Surname = surname;
        }
    }

    /// <summary>
    /// "Mars Reconaissance Orbiter" beside "Mars Reconnaissance Orbiter": a name word between the same two capitalised words as
    /// an ordinary word one slip from it is that word misspelt inside the same name, and so is one after the same two
    /// capitalised words ("the Hillcrest Polling Insitute poll" beside "the Hillcrest Polling Institute's director"), where a
    /// possessive or the next word may differ. Ordinary words are no name words, so the one in the name is added as the
    /// slip's model. The same words around it tie the two to one name; anywhere else an unknown word one slip from an
    /// ordinary one may be a name of its own.
    /// </summary>
    private static void MergeSlipsOfWordsInOneName(Article article, List<NameWord> words)
    {
        var tokens = article.Tokens;
        // The places of a word in a name by the two words around it ("Mars _ Orbiter", After: false) or before it ("Hillcrest
        // Polling _", After: true), held as the words, not as a string made of them for each capitalised word of the article.
        var inNames = new Dictionary<(string First, string Second, bool After), List<int>>();
        var repeated = false;
        for (var i = 1; i < tokens.Count; i++)
        {
            var (before, middle) = (tokens[i - 1], tokens[i]);
            if (!IsCapitalisedNeighbour(before, middle) || middle.Text.Length < MinimumTypoLetters || !SpellingText.IsLetters(middle.Text)) continue;
            if (i + 1 < tokens.Count && IsCapitalisedNeighbour(middle, tokens[i + 1])) AddMiddle((before.Text, tokens[i + 1].Text, false), i);
            if (i >= 2 && IsCapitalisedNeighbour(tokens[i - 2], before)) AddMiddle((tokens[i - 2].Text, before.Text, true), i);
        }
        // Most articles write no name's surroundings twice: nothing to compare, and no table of the name words to make.
        if (!repeated) return;
        var byToken = new Dictionary<int, NameWord>(words.Count);
        foreach (var word in words) byToken[word.Token] = word;
        var added = false;
        foreach (var middles in inNames.Values.Where(m => m.Count > 1))
        {
            var models = middles.Where(i => !byToken.ContainsKey(i) && CommonWords.ContainsLowered(tokens[i].Text)).ToList();
            foreach (var i in middles)
            {
                if (!byToken.TryGetValue(i, out var slip) || slip.IsSlip || slip.IsKnownName) continue;
                var modelTokens = models.Where(m => IsOneSlip(slip.WrittenLetters, Letters(tokens[m].Text))).ToList();
                if (modelTokens.Select(m => tokens[m].Text).Distinct(StringComparer.Ordinal).Count() != 1) continue;
                var letters = Letters(tokens[modelTokens[0]].Text);
                foreach (var m in modelTokens.Where(m => !byToken.ContainsKey(m)))
                {
                    var modelWord = new NameWord(m, tokens[m].Span, tokens[m].Text, letters, FoldLetters(new StringBuilder(letters)));
                    byToken[m] = modelWord;
                    words.Add(modelWord);
                }
                // A word of a longer name, not a person's given name: keyed by itself, as its model is.
                slip.Surname = null;
                slip.Fold = byToken[modelTokens[0]].Fold;
                slip.IsSlip = true;
                added = true;
            }
        }
        if (added) words.Sort((a, b) => a.Token.CompareTo(b.Token));

        void AddMiddle((string, string, bool) name, int middle)
        {
            if (!inNames.TryGetValue(name, out var middles)) inNames[name] = middles = new List<int>();
            middles.Add(middle);
            repeated |= middles.Count > 1;
        }

        // Two capitalised words of one name: neighbours with only spaces between.
        bool IsCapitalisedNeighbour(Token first, Token second) =>
            first.IsWord && second.IsWord && SpellingText.IsCapitalized(first.Text) && SpellingText.IsCapitalized(second.Text)
            && SpellingText.OnlySpacesBetween(article.Text, first.Span, second.Span);
    }

    /// <summary>
    /// A given name written two ways, once each ("Vassily Nebenzia" / "Vasily Nebenzya"), is settled by its surname: the
    /// spelling written with the surname's minority spelling departs from the one written with its majority spelling, as the
    /// surname does (the two came from different transliterations, and the article's is the majority's).
    /// </summary>
    private static void MarkGivenNamesOfVariantSurnames(List<NameWord> words)
    {
        var givenNames = words.Where(w => w.Surname is not null).ToList();
        if (givenNames.Count < 2) return;
        // Made only for an article that writes some given name two ways, which few do.
        Dictionary<string, Dictionary<string, int>>? surnameForms = null;
        foreach (var person in givenNames.GroupBy(w => w.Fold + ">" + w.SurnameOf, StringComparer.Ordinal))
        {
            if (person.Select(w => FormOf(w.Text)).Distinct(StringComparer.Ordinal).Count() < 2) continue;
            surnameForms ??= words.Where(w => w.Surname is null).GroupBy(w => w.Fold, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.GroupBy(w => FormOf(w.Text), StringComparer.Ordinal).ToDictionary(f => f.Key, f => f.Count(), StringComparer.Ordinal),
                    StringComparer.Ordinal);
            if (!surnameForms.TryGetValue(person.First().SurnameOf!, out var forms)) continue;
            var top = forms.Values.Max();
            var majority = forms.Where(f => f.Value == top).Select(f => f.Key).ToList();
            if (majority.Count != 1) continue;
            var modelGiven = person.Where(w => FormOf(w.Surname!.Text) == majority[0]).Select(w => FormOf(w.Text)).Distinct(StringComparer.Ordinal).ToList();
            if (modelGiven.Count != 1) continue;
            foreach (var word in person.Where(w => FormOf(w.Surname!.Text) != majority[0] && FormOf(w.Text) != modelGiven[0])) word.IsSlip = true;
        }
    }

    /// <summary>
    /// Slips of a name's case or diacritics, beside the same name written right: "HIllary" where the article writes "Hillary"
    /// (a capital held down too long, which no style writes, in a name the proper-name list knows: a brand may be spelled so,
    /// "VKontakte"), and "Pena" where it writes "Peña" more often. Here a direct
    /// quotation counts like the writer's own text: speech has no spelling, so a name in a quoted remark is spelled by
    /// whoever wrote it down; a reproduced document (a post, a letter) spells its own.
    /// </summary>
    private static void MarkCaseAndDiacriticSlips(Article article, List<NameWord> words)
    {
        // Each person's words side by side, with no group made for each: most names are written one way and without a doubled
        // capital, and have nothing to count.
        var byPerson = words.ToArray();
        Array.Sort(byPerson, ComparePerson);
        for (var start = 0; start < byPerson.Length;)
        {
            var end = start + 1;
            while (end < byPerson.Length && ComparePerson(byPerson[start], byPerson[end]) == 0) end++;
            if (!IsWrittenOneWay(byPerson, start, end)) MarkCaseAndDiacriticSlips(article, new ArraySegment<NameWord>(byPerson, start, end - start));
            start = end;
        }
    }

    /// <summary>Orders name words by person: by family key, then by the surname a given name goes with.</summary>
    private static int ComparePerson(NameWord a, NameWord b)
    {
        var byFold = string.CompareOrdinal(a.Fold, b.Fold);
        return byFold != 0 ? byFold : string.CompareOrdinal(a.SurnameOf, b.SurnameOf);
    }

    private static bool IsWrittenOneWay(NameWord[] words, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (words[i].Text != words[start].Text || HasDoubledCapital(words[i].Text)) return false;
        }
        return true;
    }

    /// <summary>The slips among one person's words (<paramref name="person"/>: one family key and surname).</summary>
    private static void MarkCaseAndDiacriticSlips(Article article, IReadOnlyList<NameWord> person)
    {
        var spellings = person.Where(w => !article.Tokens[w.Token].IsInReproducedText)
            .GroupBy(w => FormOf(w.Text), StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        if (spellings.Count < 2 && !person.Any(w => HasDoubledCapital(w.Text))) return;
        foreach (var word in person)
        {
            var form = FormOf(word.Text);
            var written = spellings.TryGetValue(form, out var count) ? count : 0;
            word.IsSlip |= HasDoubledCapital(word.Text)
                ? word.IsKnownName && person.Any(w => w.WrittenLetters == word.WrittenLetters && SpellingText.IsCapitalized(w.Text))
                : spellings.Any(s => s.Key != form && WithoutDiacritics(s.Key) == form && s.Value > written);
        }
    }

    /// <summary>"HIllary", "WAshington": two capitals and then lower case only, from four letters.</summary>
    private static bool HasDoubledCapital(string text) =>
        text.Length >= 4 && char.IsUpper(text[0]) && char.IsUpper(text[1]) && SpellingText.IsAllLower(text.Substring(2)) && SpellingText.IsLetters(text);

    /// <summary>The name as written without its diacritics ("Peña" → "Pena"), case kept.</summary>
    internal static string WithoutDiacritics(string text)
    {
        var bare = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (char.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) bare.Append(c);
        }
        return bare.ToString().Normalize(NormalizationForm.FormC);
    }

    private static string Bucket(FullName name) =>
        name.Parts.Length + "|" + name.Particles + "|" + new string(name.Parts.Select(p => TransliterationKey(p.WrittenLetters)[0]).ToArray());

    private static bool IsSamePerson(FullName model, FullName variant)
    {
        if (model.Parts.Length != variant.Parts.Length || model.Particles != variant.Particles) return false;
        var slips = 0;
        var transliterations = 0;
        for (var p = 0; p < model.Parts.Length; p++)
        {
            var (a, b) = (model.Parts[p], variant.Parts[p]);
            if (a.Fold == b.Fold) continue;
            if (TransliterationKey(a.WrittenLetters) == TransliterationKey(b.WrittenLetters)) transliterations++;
            else if (a.WrittenLetters.Length >= MinimumTypoLetters && b.WrittenLetters.Length >= MinimumTypoLetters
                     && (IsOneSlip(b.WrittenLetters, a.WrittenLetters) || IsOneSlip(a.WrittenLetters, b.WrittenLetters))) slips++;
            else return false;
        }
        return slips == 0 || slips == 1 && transliterations == 0;
    }

    /// <summary>
    /// The letters of a name with the spellings that transliterations of one name differ by made one: y, j and i as i
    /// (Yuriy / Yurii / Iurii), g and kh as h (Ukrainian Ihnat, Russian Ignat; Kharkiv / Harkiv), w as v, doubled letters
    /// single (Vasily / Vassily), o as u and e as a before the last letter, as in the family key. Looser than the family key:
    /// used only to pair the parts of two full names, never a word on its own.
    /// </summary>
    internal static string TransliterationKey(string letters)
    {
        var mapped = new StringBuilder(letters.Length);
        for (var i = 0; i < letters.Length; i++)
        {
            var c = letters[i] switch { 'y' or 'j' => 'i', 'g' => 'h', 'w' => 'v', var other => other };
            if (c == 'k' && i + 1 < letters.Length && letters[i + 1] == 'h') continue;
            if (i < letters.Length - 1) c = c switch { 'o' => 'u', 'e' => 'a', var other => other };
            if (mapped.Length > 0 && mapped[mapped.Length - 1] == c) continue;
            mapped.Append(c);
        }
        return mapped.ToString();
    }

    /// <summary>The initials before a lone name word or, in a list of references, after it (<see cref="InitialsBefore"/>, <see
    /// cref="InitialsAfter"/>); else a capitalised word right before it, in its sentence, that is not a title or a sentence's
    /// opening word: a given name that is also an ordinary word ("Mark Allan"). A headline capitalises every word, so there
    /// only a word the proper-name list knows reads as a given name ("Martin Hollender", but not "Trump Meets Netanyahu",
    /// which names no second Netanyahu). Folded; null when there is none.</summary>
    private static string? GivenNameBeside(Article article, int index)
    {
        if (index == 0) return null;
        var tokens = article.Tokens;
        var previous = tokens[index - 1];
        if ((InitialsBefore(article, index) ?? InitialsAfter(article, index)) is { } initials) return initials;
        if (!previous.IsWord || tokens[index].IsInHeading && !ProperNames.Contains(previous.Text)) return null;
        if (!SpellingText.IsCapitalized(previous.Text) || IsNoGivenName(previous.Text)
            || previous.SentenceIndex != tokens[index].SentenceIndex || !SpellingText.OnlySpacesBetween(article.Text, previous.Span, tokens[index].Span)) return null;
        return Fold(previous.Text);
    }

    /// <summary>The given name before a surname's middle initials ("James F. Kenney": "james"), folded; null when initials
    /// stand alone before it or none are written. Asked only to tell two people apart: the name's key leaves it out, as a
    /// middle initial makes no other person of one written without it.</summary>
    private static string? GivenNameBeforeMiddleInitials(Article article, int index)
    {
        var tokens = article.Tokens;
        var start = StartOfInitialsBefore(article, index);
        if (start == index || start == 0) return null;
        var previous = tokens[start - 1];
        return previous.IsWord && SpellingText.IsCapitalized(previous.Text) && !IsNoGivenName(previous.Text) && previous.SentenceIndex == tokens[index].SentenceIndex
               && SpellingText.OnlySpacesBetween(article.Text, previous.Span, tokens[start].Span) ? Fold(previous.Text) : null;
    }

    /// <summary>
    /// A surname that is one slip away from another name of the article, with the same first letter, is folded into it (a
    /// typo): one letter left out, added, replaced, or two neighbours swapped (Bennan / Brennan, Merkle / Merkel,
    /// Washingotn / Washington). The model is a name the article writes at least twice as often as the slip, which it writes
    /// once or twice (a writer may repeat a slip: "Merkle" twice beside "Merkel" four times), or a
    /// name the proper-name list knows, written at least as often as the slip, which the list does not know (Minnetota once
    /// beside Minnesota once). The list never outvotes the article: it lacks newer spellings ("Kathmandu" twice beside
    /// "Katmandu" once is no slip). A name the list knows is never a slip ("Middleton" beside "Middletown"); nor is a word
    /// with a different given name before it or a particle after it; and a model only quoted is no model. A capitalised word
    /// that is no name word because a list knows it is a model too (<see cref="KnownWordsOutsideNames"/>). Found through a
    /// one-deletion index of the written letters (diacritics and case folded, nothing else), not pairwise.
    /// </summary>
    private static void MergeTypos(Article article, List<NameWord> words, HashSet<int> listed, NameParticles particles)
    {
        // The surnames by family key, in the order of each key's first word (as a grouping keeps them), each family's words
        // gathered into its one list.
        var families = new List<TypoFamily>();
        var familyWords = new Dictionary<string, List<NameWord>>(words.Count, StringComparer.Ordinal);
        foreach (var word in words)
        {
            if (word.SurnameOf is not null) continue;
            if (!familyWords.TryGetValue(word.Fold, out var members)) familyWords[word.Fold] = members = new List<NameWord>(1);
            members.Add(word);
        }
        foreach (var word in words)
        {
            if (word.SurnameOf is null && familyWords.TryGetValue(word.Fold, out var members) && familyWords.Remove(word.Fold)) families.Add(new TypoFamily(article, members));
        }
        // Only single words slip: a hyphenated form ("Russia-EU") is a compound, not a misspelt name.
        var slips = new List<TypoFamily>();
        foreach (var family in families)
        {
            if (!family.Known && IsLettersOnly(family.Words)) slips.Add(family);
        }
        if (slips.Count == 0) return;
        families.AddRange(KnownWordsOutsideNames(article, words, listed, slips));
        // The letters of each slip, by themselves and by each one-letter deletion: a slip of one edit shares one of these with
        // its model (a deleted letter: the slip itself; an added one: a deletion of the slip; a replaced or swapped one: a
        // deletion of both). Held by hash (NeighbourHash), with no string made for a deletion: a shared hash only names a
        // candidate, and IsModelOf decides. The slips are indexed, not the models: an article has a few unknown names and a
        // hundred names or more.
        // One entry per letter of each slip, in an array sized at once and sorted by hash, each naming its slip: a model's
        // deletion finds the slips that share it by a binary search.
        var neighbours = new SlipNeighbour[slips.Sum(slip => slip.Words[0].WrittenLetters.Length)];
        var count = 0;
        for (var s = 0; s < slips.Count; s++)
        {
            var letters = slips[s].Words[0].WrittenLetters;
            // "Osama bin Laden" beside "Obama": a word before a particle is the given name of a longer name, not a slip; and one
            // after a particle is its last word ("Banco do Brasil" beside "Brazil").
            if (letters.Length < MinimumTypoLetters
                || slips[s].Words.Any(w => IsBeforeParticle(article, w.Token, particles) || EndsNameAfterParticle(article, w.Token, particles))) continue;
            for (var deleted = 0; deleted < letters.Length; deleted++) neighbours[count++] = new SlipNeighbour(NeighbourHash(letters, deleted), s);
        }
        if (count == 0) return;
        Array.Sort(neighbours, 0, count);
        // The families each slip could be a slip of. A model the article only quotes ("Dwayne [sic] Wade" in a post) says
        // nothing of how the article spells the name.
        var targetsOf = new List<TypoFamily>?[slips.Count];
        foreach (var family in families.Where(f => (f.Words.Count >= 2 || f.Known || f.OutsideNames || f.IntroducedAt >= 0) && f.WrittenByTheArticle))
        {
            for (var w = 0; w < family.Words.Count; w++)
            {
                var modelLetters = family.Words[w].WrittenLetters;
                if (modelLetters.Length < MinimumTypoLetters || !SpellingText.IsLetters(family.Words[w].Text) || IsLettersOfAnEarlierWord(family.Words, w)) continue;
                for (var deleted = 0; deleted < modelLetters.Length; deleted++)
                {
                    var hash = NeighbourHash(modelLetters, deleted);
                    for (var e = FirstNeighbourOf(neighbours, count, hash); e < count && neighbours[e].Hash == hash; e++)
                    {
                        var s = neighbours[e].Slip;
                        // A doubled letter deleted either way names its slip twice.
                        if (e > 0 && neighbours[e - 1].Hash == hash && neighbours[e - 1].Slip == s) continue;
                        var slip = slips[s];
                        if (family == slip || targetsOf[s]?.Contains(family) == true || !IsModelOf(slip, family, slip.Words[0].WrittenLetters, modelLetters)) continue;
                        (targetsOf[s] ??= []).Add(family);
                    }
                }
            }
        }
        var addedModels = false;
        for (var s = 0; s < slips.Count; s++)
        {
            var slip = slips[s];
            var targets = targetsOf[s];
            // Two names it could be a slip of: no telling which.
            if (targets is not { Count: 1 }) continue;
            var givenNames = targets[0].Words.Where(w => w.GivenName is not null).Select(w => w.GivenName).Distinct().ToList();
            // "Mark Jensen" beside "Kim Jansen", "J. Zhuang" beside "Y. Zhang", "James F. Kenney" beside "Caroline Kennedy":
            // another person, not a slip.
            if (slip.Words.Any(w => (w.GivenName ?? GivenNameBeforeMiddleInitials(article, w.Token)) is { } given && givenNames.Count > 0
                                    && !givenNames.Any(g => IsSameGivenName(g!, given)))) continue;
            // "Dave Ritchie" beside "Richie Hall": a surname after its given name beside a name only ever written as a given name.
            if (slip.Words.All(w => w.GivenName is not null) && targets[0].Words.All(w => StandsBeforeName(article, w.Token))) continue;
            // And the other way round, "Arlen Baker" beside "Peter Allen": a given name beside a name only ever written as a
            // surname after its own given name. A given name misspelt keeps its surname ("Vladmir Putin" beside "Vladimir Putin").
            if (IsAnotherPersonsName(article, slip, targets[0])) continue;
            // "DDB managing director Justin Mowday" beside "on Monday": a surname after its given name is a person's, and no day
            // or month names one.
            if (slip.Words.All(w => w.GivenName is not null) && targets[0].Words.All(m => CalendarWords.IsDayOrMonth(m.Text))) continue;
            // "Wikipedia, Wikimedia Commons": a list names two things, not one twice.
            if (slip.Words.Any(w => targets[0].Words.Any(m => AreListedTogether(article, w.Token, m.Token)))) continue;
            // "Parker" among one division's counties, "Parmer" among another's: two lists that name nothing else alike name
            // different things.
            if (AreListedApart(article, slip, targets[0])) continue;
            foreach (var word in slip.Words)
            {
                word.Fold = targets[0].Words[0].Fold;
                word.IsSlip = true;
            }
            // A known word outside the names becomes one, so that the slip has its spelling to be compared with.
            if (targets[0].OutsideNames && !words.Contains(targets[0].Words[0]))
            {
                words.AddRange(targets[0].Words);
                addedModels = true;
            }
        }
        if (addedModels) words.Sort((a, b) => a.Token.CompareTo(b.Token));
    }

    /// <summary>True when <paramref name="givenName"/>'s words all stand before a name, as given names do, and
    /// <paramref name="target"/>'s are all surnames written after a given name; or when all the words of both are the first of
    /// two-word names (<see cref="OpensTwoWordName"/>), and no second word of <paramref name="givenName"/>'s is written after
    /// one of <paramref name="target"/>'s: "Simeon Brown" beside "Simon Bridges" is another person, where "Vladmir Putin"
    /// beside "Vladimir Putin" is a slip. Surnames that are also words ("Brown", "Bridges") are no name words here, so the
    /// second word is any capitalised word.</summary>
    private static bool IsAnotherPersonsName(Article article, TypoFamily givenName, TypoFamily target)
    {
        if (!givenName.Words.All(w => StandsBeforeName(article, w.Token))) return false;
        if (target.Words.All(w => w.GivenName is not null && !StandsBeforeName(article, w.Token))) return true;
        if (!givenName.Words.All(w => OpensTwoWordName(article, w.Token)) || !target.Words.All(w => OpensTwoWordName(article, w.Token))) return false;
        var tokens = article.Tokens;
        return !givenName.Words.Any(w => target.Words.Any(m => string.Equals(tokens[w.Token + 1].Text, tokens[m.Token + 1].Text, StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>True when the name word at <paramref name="index"/> stands before a capitalised word (<see cref="StandsBeforeName"/>)
    /// that no third one follows: a given name and its surname ("Simeon Brown says"), not a longer name whose words another
    /// name may share ("Washington Post Media", "Washington Bureau Chief").</summary>
    private static bool OpensTwoWordName(Article article, int index) =>
        StandsBeforeName(article, index) && !(index + 2 < article.Tokens.Count && StandsBeforeName(article, index + 1));

    /// <summary>
    /// True when the name words at <paramref name="one"/> and <paramref name="other"/> are next to each other in a list of one
    /// sentence: the first name's words, then a comma, "and", "or" or "&amp;", then the second ("Wikipedia, Wikimedia Commons",
    /// "Slovakia and Slovenia", "Wikimedia Commons, Wikipedia"). A writer who lists a name has just written it: the next item is
    /// another one, however few letters tell them apart.
    /// </summary>
    private static bool AreListedTogether(Article article, int one, int other)
    {
        var (first, second) = one < other ? (one, other) : (other, one);
        var tokens = article.Tokens;
        if (tokens[first].SentenceIndex != tokens[second].SentenceIndex) return false;
        var k = first + 1;
        while (k < second && tokens[k].IsWord && SpellingText.IsCapitalized(tokens[k].Text)) k++;
        var separated = false;
        if (k < second && tokens[k].IsPunctuation(','))
        {
            k++;
            separated = true;
        }
        if (k < second && tokens[k].Text is "and" or "or" or "&")
        {
            k++;
            separated = true;
        }
        return separated && k == second;
    }

    /// <summary>
    /// True when every word of <paramref name="slip"/> and of <paramref name="model"/> is an item of a list of names
    /// (<see cref="ListedNames"/>), and each list of the one shares no other item with any list of the other, or is that list:
    /// "Amarillo Division includes the counties of …, Parmer, Potter, …" beside "Fort Worth Division includes the counties of
    /// …, Parker, Tarrant, …" lists two counties. A name misspelt where a list is written again keeps the list's other items.
    /// </summary>
    private static bool AreListedApart(Article article, TypoFamily slip, TypoFamily model)
    {
        var slipLists = new List<(int Start, HashSet<string> Items)>(slip.Words.Count);
        foreach (var word in slip.Words)
        {
            if (ListedNames(article, word.Token) is not { } list) return false;
            slipLists.Add(list);
        }
        foreach (var word in model.Words)
        {
            if (ListedNames(article, word.Token) is not { } list) return false;
            foreach (var other in slipLists)
            {
                if (other.Start != list.Start && other.Items.Overlaps(list.Items)) return false;
            }
        }
        return true;
    }

    /// <summary>
    /// The paragraphs of the article's rosters that hold one word: a roster is <see cref="MinimumRosterItems"/> paragraphs or
    /// more in a row, each a name alone (<see cref="RosterItemWords"/>), as a page lists a project's contributors, a team or
    /// the dead one to a line. A word alone there is a person's whole name as the list gives it, a given name, a nickname or a
    /// user name, of someone the list names once: no spelling of another item's name, however few letters tell them apart
    /// ("Louis" and "Luis", "Hugues" and "Anton Hughes" among a blog's contributors: judged wrong). An item of a given name and
    /// surname is compared as a name in a sentence is ("Simeon Brown" after "Simon Brown" twice is the slip). Null when the
    /// article has none.
    /// </summary>
    private static bool[]? LoneWordsOfRosters(Article article)
    {
        bool[]? lone = null;
        var paragraphs = article.Paragraphs;
        var oneWordItems = new List<int>();
        for (var first = 0; first < paragraphs.Count;)
        {
            var last = first;
            oneWordItems.Clear();
            for (int words; last < paragraphs.Count && (words = RosterItemWords(article, last)) > 0; last++)
            {
                if (words == 1) oneWordItems.Add(last);
            }
            if (last - first >= MinimumRosterItems)
            {
                foreach (var p in oneWordItems) (lone ??= new bool[paragraphs.Count])[p] = true;
            }
            first = last + 1;
        }
        return lone;
    }

    /// <summary>The fewest names alone in a row that make a roster: two could be a byline and a dateline.</summary>
    private const int MinimumRosterItems = 3;

    /// <summary>The most words of a name alone on its paragraph ("Andrey E. Vedishchev", "Ani peter benjamin").</summary>
    private const int MaximumRosterItemWords = 4;

    /// <summary>The words of the paragraph when it is a name alone: no heading, one to <see cref="MaximumRosterItemWords"/> words
    /// and nothing else but an initial's dot (a user name too: "hsparmar"); 0 when it is anything else.</summary>
    private static int RosterItemWords(Article article, int paragraph)
    {
        var p = article.Paragraphs[paragraph];
        // A heading marked up as one is no item; plain text has no mark-up, and a line without a stop reads as a heading there.
        if (p.SentenceCount != 1 || p.IsHeading && article.Format != ArticleFormat.PlainText) return 0;
        var sentence = article.Sentences[p.FirstSentence];
        var tokens = article.Tokens;
        var words = 0;
        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
        {
            var token = tokens[k];
            if (token.IsWord)
            {
                if (++words > MaximumRosterItemWords) return 0;
            }
            else if (!(token.IsPunctuation('.') && k > sentence.FirstToken && tokens[k - 1].IsWord && tokens[k - 1].Text.Length == 1)) return 0;
        }
        return words;
    }

    /// <summary>
    /// The list of names the name word at <paramref name="index"/> is an item of, within its sentence: runs of capitalised words
    /// parted by a comma, "and", "or", "&amp;" or a comma and one of them, three items at least ("Comanche, Erath, Hood, Palo
    /// Pinto, Parker, Tarrant, and Wise"). Given as the token its first item starts at, and its items other than the word's own,
    /// compared in any case; null when the word is in no such list.
    /// </summary>
    private static (int Start, HashSet<string> Items)? ListedNames(Article article, int index)
    {
        var tokens = article.Tokens;
        var sentence = tokens[index].SentenceIndex;
        bool IsItemWord(int k) => k >= 0 && k < tokens.Count && tokens[k].SentenceIndex == sentence && tokens[k].IsWord
                                  && SpellingText.IsCapitalized(tokens[k].Text);
        bool IsConjunction(int k) => k >= 0 && k < tokens.Count && tokens[k].SentenceIndex == sentence && tokens[k].Text is "and" or "or" or "&";
        bool IsComma(int k) => k >= 0 && k < tokens.Count && tokens[k].SentenceIndex == sentence && tokens[k].IsPunctuation(',');
        var start = index;
        while (IsItemWord(start - 1)) start--;
        var end = index;
        while (IsItemWord(end + 1)) end++;
        var items = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var count = 1;
        // Items before: a separator, then a run of capitalised words.
        var k = start - 1;
        var first = start;
        while (true)
        {
            var separatorEnd = k;
            if (IsConjunction(k)) k--;
            if (IsComma(k)) k--;
            if (k == separatorEnd || !IsItemWord(k)) break;
            var itemEnd = k;
            while (IsItemWord(k - 1)) k--;
            items.Add(Words(k, itemEnd));
            first = k;
            count++;
            k--;
        }
        // Items after.
        k = end + 1;
        while (true)
        {
            var separatorStart = k;
            if (IsComma(k)) k++;
            if (IsConjunction(k)) k++;
            if (k == separatorStart || !IsItemWord(k)) break;
            var itemStart = k;
            while (IsItemWord(k + 1)) k++;
            items.Add(Words(itemStart, k));
            count++;
            k++;
        }
        return count >= 3 ? (first, items) : null;

        string Words(int from, int to) => string.Join(" ", Enumerable.Range(from, to - from + 1).Select(t => tokens[t].Text));
    }

    /// <summary>The same given name, or initials (<see cref="InitialsBefore"/>) that the other begins with: "s." and "sam".</summary>
    private static bool IsSameGivenName(string a, string b) =>
        a == b || a.EndsWith(".", StringComparison.Ordinal) != b.EndsWith(".", StringComparison.Ordinal) && a[0] == b[0];

    /// <summary>
    /// The initials that open a name before the surname at <paramref name="index"/>, lower case and closed by a dot ("J. Zhuang":
    /// "j.", "D. M. Aleman": "dm."), as its given name: in a list of references "J. Zhuang" and "Y. Zhang" are two people, and
    /// "S. Brannick" may be "Sam Brannock" (<see cref="IsSameGivenName"/>). Null where a capitalised word comes before them
    /// ("John F. Kennedy": a middle initial, the given name being John) or none is written.
    /// </summary>
    private static string? InitialsBefore(Article article, int index)
    {
        var tokens = article.Tokens;
        if (DottedInitialsBefore(article, index) is { } dotted) return dotted;
        var start = StartOfInitialsBefore(article, index);
        if (start == index) return null;
        if (start > 0 && tokens[start - 1].IsWord && SpellingText.IsCapitalized(tokens[start - 1].Text)
            && tokens[start - 1].SentenceIndex == tokens[start].SentenceIndex) return null;
        var initials = new StringBuilder(index - start + 1);
        for (var k = start; k < index; k++)
        {
            if (tokens[k].IsWord) initials.Append(char.ToLowerInvariant(tokens[k].Text[0]));
        }
        return initials.Append('.').ToString();
    }

    /// <summary>
    /// The initials a list of references writes after a surname and its comma ("Zheng, H.-T.", "Ma, N."), lower case and closed
    /// by a dot ("ht."), when the list goes on with the year in brackets or with another name so written ("Devlin, J. (2018)",
    /// "Zheng, H.-T., &amp; Sun, J."): "Zheng, H.-T." and "Zhang, X." are two authors, as "H. Zheng" and "X. Zhang" are (<see
    /// cref="InitialsBefore"/>). Null after any other comma ("Washington, D.C., said").
    /// </summary>
    private static string? InitialsAfter(Article article, int index)
    {
        var tokens = article.Tokens;
        var comma = index + 1;
        if (comma >= tokens.Count || !tokens[comma].IsPunctuation(',')) return null;
        // Read for where they end first, keeping no letters: most commas after a name open no initials ("Roe, 34,").
        var next = ReadInitials(article, comma + 1);
        if (next == comma + 1 || next >= tokens.Count || !(OpensYear(next) || OpensAnotherAuthor(next))) return null;
        var initials = new StringBuilder();
        ReadInitials(article, comma + 1, initials);
        return initials.Append('.').ToString();

        bool OpensYear(int k) => tokens[k].IsPunctuation('(') && k + 1 < tokens.Count && tokens[k + 1].Kind == TokenKind.Number;

        // ", Sun, J.", "& Sun, J.", ", and Sun, J.": another surname and its comma, then initials.
        bool OpensAnotherAuthor(int k)
        {
            if (!tokens[k].IsPunctuation(',') && !tokens[k].IsPunctuation('&') && tokens[k].Text != "and") return false;
            var author = k + 1;
            while (author < tokens.Count && (tokens[author].IsPunctuation('&') || tokens[author].Text == "and")) author++;
            return author + 1 < tokens.Count && tokens[author].IsWord && SpellingText.IsCapitalized(tokens[author].Text) && tokens[author + 1].IsPunctuation(',')
                   && ReadInitials(article, author + 2) > author + 2;
        }
    }

    /// <summary>The token after the initials that start at <paramref name="k"/>, each a capital and its dot, joined by hyphens or
    /// spaces ("H.-T.", "J. F."); their letters, in lower case, are appended to <paramref name="initials"/> when it is given.</summary>
    private static int ReadInitials(Article article, int k, StringBuilder? initials = null)
    {
        var tokens = article.Tokens;
        while (k + 1 < tokens.Count && tokens[k].IsWord && tokens[k].Text.Length == 1 && char.IsUpper(tokens[k].Text[0])
               && tokens[k + 1].IsPunctuation('.') && tokens[k + 1].Span.Start == tokens[k].Span.End)
        {
            initials?.Append(char.ToLowerInvariant(tokens[k].Text[0]));
            k += 2;
            if (k + 1 < tokens.Count && tokens[k].IsPunctuation('-') && tokens[k].Span.Start == tokens[k - 1].Span.End) k++;
        }
        return k;
    }

    /// <summary>The first token of the initials written before the name word at <paramref name="index"/> ("J. F. Kennedy"'s
    /// "J"), each a letter and its dot; <paramref name="index"/> itself when none is.</summary>
    private static int StartOfInitialsBefore(Article article, int index)
    {
        var start = index;
        while (InitialBefore(article, start) is not null) start -= article.Tokens[start - 1].IsWord ? 1 : 2;
        return start;
    }

    /// <summary>Initials run together with their dots, with no space, right before the name word at <paramref name="index"/>
    /// ("R.M. Rathnayake", "R.M.A.L Rathnayake", the last dot left out as Sri Lankan papers do), lower case and closed by a dot
    /// ("rmal."); null for any other run of text.</summary>
    private static string? DottedInitialsBefore(Article article, int index)
    {
        // Read from the text, not the tokens: the tokenizer may cut such a run anywhere ("R.M.", "A", ".", "L").
        var text = article.Text;
        var end = article.Tokens[index].Span.Start - 1;
        if (end < 1 || text[end] != ' ') return null;
        var start = end;
        while (start > 0 && !char.IsWhiteSpace(text[start - 1])) start--;
        if (end - start < 3 || text.IndexOf('.', start, end - start) < 0) return null;
        var initials = new StringBuilder((end - start) / 2 + 2);
        for (var c = start; c < end; c++)
        {
            // Letter, dot, letter, dot …: each letter a capital alone between dots.
            if ((c - start) % 2 == 0 ? !char.IsUpper(text[c]) : text[c] != '.') return null;
            if ((c - start) % 2 == 0) initials.Append(char.ToLowerInvariant(text[c]));
        }
        // "U.S.", "U.K.", "U.N." are countries' and bodies' abbreviations (ED1006's), no one's initials ("the U.S. Ambassador").
        var letters = initials.ToString().ToUpperInvariant();
        return Array.IndexOf(AbbreviationStyleRule.Abbreviations, letters) >= 0 ? null : initials.Append('.').ToString();
    }

    /// <summary>The initial written right before the name word at <paramref name="token"/> ("J. Zhuang", "D. M. Aleman": "M"), or
    /// null.</summary>
    private static char? InitialBefore(Article article, int token)
    {
        var tokens = article.Tokens;
        if (token < 1 || !SpellingText.OnlySpacesBetween(article.Text, tokens[token - 1].Span, tokens[token].Span)) return null;
        var before = tokens[token - 1];
        if (before.IsWord && before.Text.Length == 2 && char.IsUpper(before.Text[0]) && before.Text[1] == '.') return before.Text[0];
        if (!before.IsPunctuation('.') || token < 2) return null;
        var letter = tokens[token - 2];
        return letter.IsWord && letter.Text.Length == 1 && char.IsUpper(letter.Text[0]) && letter.Span.End == before.Span.Start ? letter.Text[0] : null;
    }

    /// <summary>True when every one of <paramref name="words"/> is written in letters only: a family that can slip.</summary>
    private static bool IsLettersOnly(List<NameWord> words)
    {
        foreach (var word in words)
        {
            if (!SpellingText.IsLetters(word.Text)) return false;
        }
        return true;
    }

    /// <summary>A one-letter deletion of a slip's letters (<see cref="NeighbourHash"/>) and the slip it is of, ordered by hash and
    /// then slip: an article's few hundred of them are one array, searched, not a table made at each edit.</summary>
    private readonly struct SlipNeighbour(ulong hash, int slip) : IComparable<SlipNeighbour>
    {
        public ulong Hash { get; } = hash;
        public int Slip { get; } = slip;
        public int CompareTo(SlipNeighbour other) => Hash != other.Hash ? Hash.CompareTo(other.Hash) : Slip.CompareTo(other.Slip);
    }

    /// <summary>The first of the <paramref name="count"/> sorted <paramref name="neighbours"/> whose hash is
    /// <paramref name="hash"/> or more.</summary>
    private static int FirstNeighbourOf(SlipNeighbour[] neighbours, int count, ulong hash)
    {
        var (low, high) = (0, count);
        while (low < high)
        {
            var middle = low + (high - low) / 2;
            if (neighbours[middle].Hash < hash) low = middle + 1;
            else high = middle;
        }
        return low;
    }

    /// <summary>
    /// "Wiener" once where the article names "Anthony Weiner" and writes "Weiner" three times or more: a word a list knows (an
    /// ordinary word, a name of the proper-name list), a typing slip (<see cref="IsTypingSlip"/>) of the surname of one person
    /// the article introduces with a given name, is that surname misspelt, when the surname is written clearly more often
    /// (<see cref="MinimumSurnameVotes"/> times and as many times for each of the slip's). A list knowing the word says it
    /// is a word, not that it is the word meant here; the person's repeated spelling says which is. Two people are never
    /// merged: the surname is written with one given name only, and the slip with no given name or with that one; a word
    /// inside a longer name ("Wiener Philharmoniker") is that name's. Every time the article writes the word it must be so,
    /// capitalised: written once in lower case or in capitals, it is that word wherever it is written (a sentence's "First,
    /// ..." beside "Bill Frist" and "at first"). Most articles name no person three times: nothing is read then.
    /// </summary>
    private static void MergeKnownWordSlipsOfSurnames(Article article, List<NameWord> words)
    {
        var tokens = article.Tokens;
        List<(string Letters, NameWord Surname, string GivenName, int Votes)>? surnames = null;
        // A spelling's votes are words of its family: a family of fewer words has no surname to vote for, and most have one or two.
        var familySizes = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var word in words)
        {
            if (word.Surname is null) familySizes[word.Fold] = familySizes.TryGetValue(word.Fold, out var size) ? size + 1 : 1;
        }
        foreach (var family in words.Where(w => w.Surname is null && familySizes[w.Fold] >= MinimumSurnameVotes).GroupBy(w => w.Fold, StringComparer.Ordinal))
        {
            var givenNames = family.Where(w => w.GivenName is not null).Select(w => w.GivenName!).Distinct(StringComparer.Ordinal).ToList();
            if (givenNames.Count != 1 || !family.Any(w => w.FirstGivenName is not null)) continue;
            foreach (var spelling in family.Where(w => !tokens[w.Token].IsTranscribed && SpellingText.IsLetters(w.Text)).GroupBy(w => w.WrittenLetters, StringComparer.Ordinal))
            {
                var votes = spelling.Count();
                if (votes >= MinimumSurnameVotes && spelling.Key.Length >= MinimumTypoLetters) (surnames ??= []).Add((spelling.Key, spelling.First(), givenNames[0], votes));
            }
        }
        if (surnames is null) return;
        // The article's words by their letters, in the order written: each spelling one slip from a surname is read as a whole.
        var byLetters = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        // The name words as they are before any is added here (added ones go to the end, and are sorted in after the search).
        var nameWordCount = words.Count;
        for (var i = 0; i < tokens.Count; i++)
        {
            var text = tokens[i].Text;
            if (!tokens[i].IsWord || text.Length < MinimumTypoLetters || !SpellingText.IsLetters(text)) continue;
            if (!MayBeSlipOfOne(surnames, char.ToLowerInvariant(text[0]), text.Length)) continue;
            var letters = text.ToLowerInvariant();
            if (!byLetters.TryGetValue(letters, out var written)) byLetters[letters] = written = [];
            written.Add(i);
        }
        var added = false;
        foreach (var pair in byLetters)
        {
            var (letters, written) = (pair.Key, pair.Value);
            if (!CommonWords.Contains(letters) && !ProperNames.ContainsLetters(letters)) continue;
            var models = surnames.Where(s => IsTypingSlip(letters, s.Letters)).ToList();
            if (models.Count != 1) continue;
            var (_, surname, givenName, votes) = models[0];
            if (votes < MinimumSurnameVotes * written.Count || !written.All(IsTheSurname)) continue;
            foreach (var i in written)
            {
                if (WordAt(words, nameWordCount, i) is not { } word)
                {
                    word = new NameWord(i, tokens[i].Span, tokens[i].Text, letters, surname.Fold) { GivenNameBeside = GivenNameBeside(article, i) };
                    words.Add(word);
                    added = true;
                }
                word.Fold = surname.Fold;
                word.IsSlip = true;
            }

            bool IsTheSurname(int i)
            {
                var token = tokens[i];
                if (!SpellingText.IsCapitalized(token.Text) || WordAt(words, nameWordCount, i) is { Surname: not null }) return false;
                if (GivenNameBeside(article, i) is { } beside && beside != givenName) return false;
                return !(i + 1 < tokens.Count && tokens[i + 1].IsWord && char.IsUpper(tokens[i + 1].Text[0]) && tokens[i + 1].SentenceIndex == token.SentenceIndex
                         && SpellingText.OnlySpacesBetween(article.Text, token.Span, tokens[i + 1].Span));
            }
        }
        if (added) words.Sort((a, b) => a.Token.CompareTo(b.Token));
    }

    /// <summary>True when a word of <paramref name="length"/> letters starting with <paramref name="first"/> (lower case) could be
    /// one slip from one of the <paramref name="surnames"/>: the same first letter, at most one letter longer or shorter. Asked of
    /// every word of the article before it is lowered.</summary>
    private static bool MayBeSlipOfOne(List<(string Letters, NameWord Surname, string GivenName, int Votes)> surnames, char first, int length)
    {
        foreach (var surname in surnames)
        {
            if (surname.Letters[0] == first && Math.Abs(surname.Letters.Length - length) <= 1) return true;
        }
        return false;
    }

    /// <summary>How often, at least, the article writes a person's surname, and as often for each time it writes a word a
    /// list knows one typing slip from it, for that word to be taken for its slip (<see cref="MergeKnownWordSlipsOfSurnames"/>).</summary>
    private const int MinimumSurnameVotes = 3;

    /// <summary>
    /// Whether <paramref name="model"/> is the right spelling of <paramref name="slip"/>, one slip apart. A name the article
    /// writes at least twice as often, a name the proper-name list knows written at least as often, or a full name introducing
    /// a later bare slip (<see cref="IsLaterBareSlip"/>), by any one edit; a known word outside the names
    /// (<see cref="KnownWordsOutsideNames"/>) only when it is written at least as often and the slip is a typing slip of it
    /// (<see cref="IsTypingSlip"/>), the lists knowing one of the two spellings and not the other. An ordinary word is the
    /// model only of a slip after the same capitalised word ("the White House", "the White Hosue"): anywhere else an unknown
    /// word one slip from an ordinary one may be a name of its own ("the Feild Gallery" beside "the Deep Field Imager").
    /// A slip is written once or twice; a writer's habit of three times or more only beside a known spelling written at least
    /// twice as often, of which it is a typing slip ("Ukranian" three times beside "Ukrainian" fifteen times).
    /// </summary>
    private static bool IsModelOf(TypoFamily slip, TypoFamily model, string slipLetters, string modelLetters)
    {
        if (DifferInACapital(slip.Words[0].Text, model.Words[0].Text)) return false;
        var (slips, models) = (slip.Words.Count, model.Words.Count);
        if (slips > 2) return (model.Known || model.OutsideNames) && models >= 2 * slips && IsTypingSlip(slipLetters, modelLetters) && IsWordOfTheSameName(slip, model);
        if (model.OutsideNames) return models >= slips && IsTypingSlip(slipLetters, modelLetters) && IsWordOfTheSameName(slip, model);
        return (models >= (model.Known ? 1 : 2) * slips || IsLaterBareSlip(slip, model)) && IsOneSlip(slipLetters, modelLetters)
               || IsBareSlipOfASurname(slip, model) && IsLastLetterSlip(slipLetters, modelLetters);
    }

    /// <summary>
    /// True when the letters two spellings differ by, past their first, hold a capital: names styled with inner capitals
    /// differ by design ("OpenAPI" / "OpenAI", "PyTorch" / "PyTorchX"), and a typing slip is a lower-case letter left out,
    /// added, replaced or swapped. The two are compared without case, so that a slip also written in another case is still
    /// one ("Mcdonnell" beside "McDonell": an "n" added); a word in capitals throughout says nothing of its letters' case.
    /// </summary>
    private static bool DifferInACapital(string a, string b)
    {
        if (SpellingText.IsAllCaps(a) || SpellingText.IsAllCaps(b)) return false;
        var start = 0;
        while (start < a.Length && start < b.Length && char.ToLowerInvariant(a[start]) == char.ToLowerInvariant(b[start])) start++;
        var (endA, endB) = (a.Length, b.Length);
        while (endA > start && endB > start && char.ToLowerInvariant(a[endA - 1]) == char.ToLowerInvariant(b[endB - 1])) (endA, endB) = (endA - 1, endB - 1);
        return start > 0 && (HasCapital(a, start, endA) || HasCapital(b, start, endB));

        static bool HasCapital(string text, int from, int to)
        {
            for (var i = from; i < to; i++)
            {
                if (char.IsUpper(text[i])) return true;
            }
            return false;
        }
    }

    /// <summary>A bare word written once, of <see cref="MinimumBareSlipLetters"/> letters or more, beside a surname the article
    /// introduces with its given name and writes <see cref="MinimumSurnameVotes"/> times or more, before or after it.</summary>
    private static bool IsBareSlipOfASurname(TypoFamily slip, TypoFamily model) =>
        model.IntroducedAt >= 0 && model.Words.Count >= MinimumSurnameVotes && slip.Words.Count == 1 && slip.Words[0].GivenName is null
        && slip.Words[0].WrittenLetters.Length >= MinimumBareSlipLetters;

    /// <summary>
    /// "Netanyaho" for "Netanyahu": the last letter replaced, which <see cref="IsOneSlip"/> reads as another ending. A surname
    /// the article introduces with its given name and writes <see cref="MinimumSurnameVotes"/> times or more is the name
    /// meant by a bare word written once that differs from it in the last letter alone (<see cref="IsBareSlipOfASurname"/>); but not where
    /// either ends in "a", the feminine form of many languages' names ("Kowalski" / "Kowalska", "Paulo" / "Paula"), and not
    /// an "s" added or taken away, a plural or a possessive.
    /// </summary>
    private static bool IsLastLetterSlip(string slip, string model)
    {
        var last = slip.Length - 1;
        return slip.Length == model.Length && slip[last] != model[last] && slip[last] is not ('a' or 's') && model[last] is not ('a' or 's')
               && string.CompareOrdinal(slip, 0, model, 0, last) == 0;
    }

    /// <summary>False for a slip of an ordinary word outside the names that is itself an ordinary word, or that does not
    /// follow the same capitalised word as the ordinary word does (<see cref="IsModelOf"/>).</summary>
    private static bool IsWordOfTheSameName(TypoFamily slip, TypoFamily model) =>
        !model.OutsideNames
        || !slip.Words.Any(w => CommonWords.ContainsLowered(w.Text))
           && (model.Listed || slip.Words.All(w => w.GivenName is { } before && model.Words.Any(m => m.GivenName == before)));

    /// <summary>
    /// Capitalised words that are no name words because a list knows them: an ordinary word capitalised inside a sentence,
    /// outside headlines ("the White House", "the Planning Inspectorate"), and a form of one of the profile's spelling entries
    /// ("Zelensky"). Each is the right spelling of an unknown capitalised word one typing slip from it ("the White Hosue",
    /// "Zelenksy"), written as often or less (<see cref="IsModelOf"/>). A capital a sentence or a headline gives to an ordinary
    /// word makes no name of it ("Great" at a sentence's start beside a "Greta"), and only the article's own words are models.
    /// One family for each spelling, its words not yet name words (<see cref="TypoFamily.OutsideNames"/>); an ordinary word
    /// keeps the capitalised word before it as a given name, which the slip must share.
    /// </summary>
    private static IEnumerable<TypoFamily> KnownWordsOutsideNames(Article article, List<NameWord> words, HashSet<int> listed, List<TypoFamily> slips)
    {
        var tokens = article.Tokens;
        // An ordinary word is the model only of a slip after the same word (IsWordOfTheSameName): only ordinary words after a
        // word written before some slip are read, and most capitalised ordinary words of an article are none.
        HashSet<string>? slipsFollow = null;
        foreach (var slip in slips)
        {
            foreach (var word in slip.Words)
            {
                if (word.GivenName is not null) (slipsFollow ??= new HashSet<string>(StringComparer.Ordinal)).Add(tokens[word.Token - 1].Text);
            }
        }
        if (slipsFollow is null && listed.Count == 0) return [];
        Dictionary<string, List<NameWord>>? bySpelling = null;
        // The name words are in the order of their tokens: walked beside the tokens to leave them out.
        var nameWord = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            while (nameWord < words.Count && words[nameWord].Token < i) nameWord++;
            var token = tokens[i];
            var text = token.Text;
            // The tests of the token alone first: most tokens are no long capitalised word, and need no look-up.
            if (!token.IsWord || text.Length < MinimumTypoLetters || !SpellingText.IsCapitalized(text)) continue;
            var isListed = listed.Contains(i);
            if (!isListed && (slipsFollow is null || i == 0 || token.IsSentenceStart || !slipsFollow.Contains(tokens[i - 1].Text))) continue;
            if (!SpellingText.IsLetters(text) || token.IsTranscribed || token.IsInHeading || nameWord < words.Count && words[nameWord].Token == i) continue;
            var givenNameBeside = GivenNameBeside(article, i);
            if (!isListed && (givenNameBeside is null || !CommonWords.ContainsLowered(text))) continue;
            var letters = Letters(text);
            bySpelling ??= new Dictionary<string, List<NameWord>>(StringComparer.Ordinal);
            if (!bySpelling.TryGetValue(letters, out var spelling)) bySpelling[letters] = spelling = new List<NameWord>();
            spelling.Add(new NameWord(i, token.Span, text, letters, FoldLetters(new StringBuilder(letters))) { GivenNameBeside = givenNameBeside });
        }
        if (bySpelling is null) return [];
        return bySpelling.Values.Select(spelling => new TypoFamily(article, spelling, outsideNames: true) { Listed = listed.Contains(spelling[0].Token) });
    }

    /// <summary>
    /// A slip of typing: two neighbouring letters swapped, a letter left out, or one doubled ("Hosue", "Zelenksy",
    /// "Preident", "Winnchester"), or a double put on the next letter ("Copper" for "Cooper": the hand doubles, but the
    /// wrong key), as <see cref="IsOneSlip"/> reads them. Not another letter replaced or added: those
    /// make other names as often as slips ("Malor" beside "Major", "Bovard" beside "Board").
    /// </summary>
    internal static bool IsTypingSlip(string slip, string model)
    {
        if (!IsOneSlip(slip, model)) return false;
        var first = 0;
        while (first < slip.Length && first < model.Length && slip[first] == model[first]) first++;
        if (slip.Length == model.Length) return IsSwap(first) || IsDoubleMoved(first);
        if (slip.Length < model.Length) return true;
        return slip[first] == slip[first - 1] || first + 1 < slip.Length && slip[first] == slip[first + 1];

        bool IsSwap(int at) => at + 1 < slip.Length && slip[at] == model[at + 1] && slip[at + 1] == model[at];

        // "Cooper" typed "Copper": the model's letter at the difference doubles the one before it, the slip's doubles the
        // one after it, which is the model's next letter.
        bool IsDoubleMoved(int at) => at + 1 < slip.Length && model[at] == model[at - 1] && slip[at] == slip[at + 1] && slip[at] == model[at + 1];
    }

    /// <summary>True when a word before <paramref name="index"/> in <paramref name="words"/>, written in letters only, has its
    /// letters: each spelling of a family is a model once.</summary>
    private static bool IsLettersOfAnEarlierWord(List<NameWord> words, int index)
    {
        for (var w = 0; w < index; w++)
        {
            if (words[w].WrittenLetters == words[index].WrittenLetters && SpellingText.IsLetters(words[w].Text)) return true;
        }
        return false;
    }

    /// <summary>
    /// "Ambassador Sergiy Kyslytsya" and, later, a bare "Kyslytsa": a long surname the article introduces with its given name
    /// is the model of a slip written once, later and alone, however often each is written. The full name is where a writer
    /// spells a name with care; a short name (<see cref="MinimumBareSlipLetters"/>) or two bare names ("Kovalinsk" /
    /// "Kovalimsk") say nothing of which is right.
    /// </summary>
    private static bool IsLaterBareSlip(TypoFamily slip, TypoFamily model) =>
        model.IntroducedAt >= 0 && slip.Words.Count == 1 && slip.Words[0].GivenName is null && slip.Words[0].Token > model.IntroducedAt
        && slip.Words[0].WrittenLetters.Length >= MinimumBareSlipLetters;

    private const int MinimumBareSlipLetters = 7;

    /// <summary>The surnames of one family key, whether the proper-name list knows one of its spellings, whether one of
    /// them stands outside quotations and reproduced text, and where a full name first introduces it.</summary>
    private sealed class TypoFamily
    {
        public TypoFamily(Article article, List<NameWord> words, bool outsideNames = false)
        {
            Words = words;
            OutsideNames = outsideNames;
            IntroducedAt = -1;
            foreach (var word in words)
            {
                if (word.FirstGivenName is not null && (IntroducedAt < 0 || word.Token < IntroducedAt)) IntroducedAt = word.Token;
                Known = Known || word.IsKnownName;
                WrittenByTheArticle = WrittenByTheArticle || !article.Tokens[word.Token].IsTranscribed;
            }
        }

        public List<NameWord> Words { get; }
        /// <summary>The token of the first of these surnames written with a given name, or -1.</summary>
        public int IntroducedAt { get; }
        public bool Known { get; }
        public bool WrittenByTheArticle { get; }
        /// <summary>A known word that is no name word (<see cref="KnownWordsOutsideNames"/>): a model, never a slip.</summary>
        public bool OutsideNames { get; }
        /// <summary>Of a known word outside the names: a form of one of the profile's spelling entries, not an ordinary word.</summary>
        public bool Listed { get; init; }
    }

    /// <summary>True when the name word at <paramref name="index"/> follows a particle in lower case, and maybe a short word after
    /// it, that follow a capitalised word in its sentence, only white space between (a hard-wrapped line's break too): the
    /// last word of a longer name ("Banco do Brasil", "Rio de Janeiro", "El Camino Real de los Tejas", "… de Los Tejas").</summary>
    private static bool EndsNameAfterParticle(Article article, int index, NameParticles particles)
    {
        var (text, tokens) = (article.Text, article.Tokens);
        bool JoinsNext(int k) => tokens[k].IsWord && BlankText.IsBlank(text, tokens[k].Span.End, tokens[k + 1].Span.Start);
        bool IsLowerCaseParticle(int k) => JoinsNext(k) && particles.Contains(tokens[k].Text) && char.IsLower(tokens[k].Text[0]);
        var particle = index - 1;
        // "de los", "van den": the particle's article, which the list need not hold ("Los Angeles" is a name's word).
        if (particle >= 2 && JoinsNext(particle) && tokens[particle].Text.Length <= MaximumParticleArticleLetters && IsLowerCaseParticle(particle - 1)) particle--;
        if (particle < 1 || !IsLowerCaseParticle(particle)) return false;
        var head = tokens[particle - 1];
        return head.IsWord && char.IsUpper(head.Text[0]) && head.SentenceIndex == tokens[index].SentenceIndex
               && BlankText.IsBlank(text, head.Span.End, tokens[particle].Span.Start);
    }

    /// <summary>The most letters of an article after a particle ("los", "las", "den").</summary>
    private const int MaximumParticleArticleLetters = 3;

    /// <summary>True when the name word at <paramref name="index"/> stands before a particle ("Osama bin Laden"): the given name of
    /// a longer name. One before a surname that opens with a particle is its given name already (<see cref="LinkFullNames"/>),
    /// or no name word at all (<see cref="IsBeforeLowercaseParticleSurname"/>).</summary>
    private static bool IsBeforeParticle(Article article, int index, NameParticles particles)
    {
        var tokens = article.Tokens;
        return index + 1 < tokens.Count && tokens[index + 1].IsWord && particles.Contains(tokens[index + 1].Text)
               && SpellingText.OnlySpacesBetween(article.Text, tokens[index].Span, tokens[index + 1].Span);
    }

    /// <summary>True when the word at <paramref name="index"/> stands, only spaces between, before a surname that opens with a
    /// hyphenated particle in lower case ("al-Shahristani", "el-Sisi").</summary>
    private static bool IsBeforeLowercaseParticleSurname(Article article, int index, NameParticles particles)
    {
        var tokens = article.Tokens;
        return index + 1 < tokens.Count && tokens[index + 1].IsWord && char.IsLower(tokens[index + 1].Text[0]) && particles.OpensWith(tokens[index + 1].Text)
               && SpellingText.OnlySpacesBetween(article.Text, tokens[index].Span, tokens[index + 1].Span);
    }

    /// <summary>True when the name word at <paramref name="index"/> is followed, in its sentence and with only spaces between,
    /// by a capitalised word: a given name before its surname ("Richie Hall").</summary>
    private static bool StandsBeforeName(Article article, int index)
    {
        var tokens = article.Tokens;
        return index + 1 < tokens.Count && tokens[index + 1].IsWord && char.IsUpper(tokens[index + 1].Text[0])
               && tokens[index + 1].SentenceIndex == tokens[index].SentenceIndex
               && SpellingText.OnlySpacesBetween(article.Text, tokens[index].Span, tokens[index + 1].Span);
    }

    /// <summary>A 64-bit FNV-1a hash of <paramref name="letters"/> without the letter at <paramref name="deleted"/>, or of all
    /// of them for 0 (the first letter is never deleted: a slip keeps it). Equal strings, however made, hash alike.</summary>
    private static ulong NeighbourHash(string letters, int deleted)
    {
        var hash = Fnv1a.Basis64;
        for (var i = 0; i < letters.Length; i++)
        {
            if (i != deleted || deleted == 0) hash = Fnv1a.Add64(hash, letters[i]);
        }
        return hash;
    }

    /// <summary>
    /// One edit apart, with the same first letter: one letter replaced, left out or added, or two neighbours swapped. The last
    /// letter only changes by a swap ("Merkle" / "Merkel"): a different, missing or added last letter is an ending, not a
    /// slip ("Latino" / "Latina", "Clinton" / "Clintons", "Roman" / "Romano"); so is one before a plural -s ("Texans" / "Texas").
    /// </summary>
    internal static bool IsOneSlip(string slip, string model)
    {
        if (slip == model || slip[0] != model[0] || Math.Abs(slip.Length - model.Length) > 1) return false;
        if (slip.Length > 1 && model.Length > 1 && slip[slip.Length - 1] == 's' && model[model.Length - 1] == 's')
        {
            slip = slip.Substring(0, slip.Length - 1);
            model = model.Substring(0, model.Length - 1);
        }
        var prefix = 0;
        while (prefix < slip.Length && prefix < model.Length && slip[prefix] == model[prefix]) prefix++;
        var suffix = 0;
        while (suffix < slip.Length - prefix && suffix < model.Length - prefix && slip[slip.Length - 1 - suffix] == model[model.Length - 1 - suffix]) suffix++;
        var slipMiddle = slip.Length - prefix - suffix;
        var modelMiddle = model.Length - prefix - suffix;
        // Whatever differs lies between the common start and the common end: one letter against none or one, or a swapped pair.
        var swapped = slipMiddle == 2 && modelMiddle == 2 && slip[prefix] == model[prefix + 1] && slip[prefix + 1] == model[prefix];
        if (swapped) return true;
        return slipMiddle <= 1 && modelMiddle <= 1 && suffix > 0;
    }

    /// <summary>"Ki Moon" where the article also writes "Ki-moon": two name words spaced that another occurrence hyphenates. Two
    /// such words before another capitalised word are part of a longer name, which keeps its own spelling ("the Museum of
    /// African American History" beside "African-American voters"). Two ordinary English words are a compound, not a name,
    /// whose capitals are a title's or a shouted line's: hyphenated before its noun and spaced as a noun ("Third-Party
    /// Websites" beside "ANY THIRD PARTY"). Words in capitals do not show whether a longer name goes on after them: where the
    /// article writes the same words in its running text only inside a longer name, the capitals write that name too
    /// ("HISPANIC SERVING INSTITUTIONS" over "Hispanic Serving Institutions" beside "the Hispanic-Serving Institutions Act").</summary>
    private static List<VariantOccurrence> SpacedForms(Article article, Dictionary<string, NameWord> hyphenated, Dictionary<string, HashSet<string>> givenNames)
    {
        var occurrences = new List<VariantOccurrence>();
        var tokens = article.Tokens;
        // Every two capitalised words are folded as one: in one buffer, each word's letters after the other's (the second
        // starts with a capital, so nothing of its spelling combines with the first's).
        var letters = new StringBuilder();
        HashSet<string>? insideLongerNames = null;
        List<(int Index, string Fold)>? inCapitals = null;
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            var first = tokens[i];
            var second = tokens[i + 1];
            if (!first.IsWord || !second.IsWord || !char.IsUpper(first.Text[0]) || !char.IsUpper(second.Text[0])
                || !SpellingText.OnlySpacesBetween(article.Text, first.Span, second.Span)) continue;
            var fold = FoldLetters(AppendLetters(second.Text, AppendLetters(first.Text, letters.Clear())));
            if (!hyphenated.TryGetValue(fold, out var model)) continue;
            if (SpellingText.IsAllCaps(first.Text) && SpellingText.IsAllCaps(second.Text))
            {
                (inCapitals ??= []).Add((i, fold));
                continue;
            }
            if (VariantIndex.IsInsideLongerName(article, i, i + 1))
            {
                (insideLongerNames ??= new HashSet<string>(StringComparer.Ordinal)).Add(fold);
                continue;
            }
            if (AddSpacedForm(i, fold, model)) i++;
        }
        var lastAdded = -2;
        foreach (var (index, fold) in inCapitals ?? [])
        {
            // As in the running text, a word belongs to one pair: "HALE KI MOON" is not read again from "KI".
            if (index == lastAdded + 1 || insideLongerNames is not null && insideLongerNames.Contains(fold) || VariantIndex.IsInsideLongerName(article, index, index + 1)) continue;
            if (AddSpacedForm(index, fold, hyphenated[fold])) lastAdded = index;
        }
        if (inCapitals is not null) occurrences.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return occurrences;

        bool AddSpacedForm(int i, string fold, NameWord model)
        {
            var (first, second) = (tokens[i], tokens[i + 1]);
            if (KeyOf(model, givenNames) is not { } key || FollowsAnotherNameWord(article, i, model.Token)
                || CommonWords.ContainsLowered(first.Text) && CommonWords.ContainsLowered(second.Text)) return false;
            var span = TextSpan.FromBounds(first.Span.Start, second.Span.End);
            var text = article.GetText(span);
            occurrences.Add(new VariantOccurrence(key, FormOf(text), span, text, VariantKind.Name, first.IsTranscribed, first.IsInHeading, null)
            {
                GivenName = model.SurnameOf is null ? model.GivenName : null,
            });
            return true;
        }
    }

    /// <summary>
    /// True when a capitalised word of the sentence stands before the spaced words at <paramref name="first"/> and none before
    /// the hyphenated form at <paramref name="model"/>: the hyphenated form is a name standing alone, and the spaced words end
    /// a longer name of their own ("Seattle Rust Meetup", "Buffalo Rust Meetup" beside a Stuttgart group's "Rust-Meetup"). A
    /// person's name has a given name, a family name or a title before it ("Mikey Stewart Richardson" beside "Mr
    /// Stewart-Richardson"), or the same word before both, opening a sentence ("Ban Ki Moon" beside "Ban Ki-moon"): the word
    /// before the spaced words is that person's too.
    /// </summary>
    private static bool FollowsAnotherNameWord(Article article, int first, int model) =>
        IsNameWordBefore(article, first, titleOpeningCounts: false) && !IsNameWordBefore(article, model, titleOpeningCounts: true)
        && !(model > 0 && string.Equals(article.Tokens[model - 1].Text, article.Tokens[first - 1].Text, StringComparison.Ordinal));

    /// <summary>A capitalised word right before the word at <paramref name="index"/>, in its sentence, that is no sentence's
    /// word (<see cref="SentenceOpeners.Words"/>); with <paramref name="titleOpeningCounts"/>, a title that opens the sentence ("Mr
    /// Ott-Sepp left") too, else no word that opens it, whose capital says nothing.</summary>
    private static bool IsNameWordBefore(Article article, int index, bool titleOpeningCounts)
    {
        if (index == 0) return false;
        var tokens = article.Tokens;
        var before = tokens[index - 1];
        if (!before.IsWord || before.IsInHeading || !SpellingText.IsCapitalized(before.Text) || SentenceOpeners.Words.Contains(before.Text)
            || before.SentenceIndex != tokens[index].SentenceIndex || !SpellingText.OnlySpacesBetween(article.Text, before.Span, tokens[index].Span)) return false;
        return article.Sentences[before.SentenceIndex].FirstToken != index - 1 || titleOpeningCounts && Titles.Contains(before.Text);
    }

    /// <summary>The spelling a name is compared by: "Schröder" with a composed or a combining umlaut, "O’Brien" with a curly or
    /// a straight apostrophe, are one spelling (the apostrophe is typography, not spelling).</summary>
    private static string FormOf(string text) => text.Normalize(NormalizationForm.FormC).Replace('’', '\'');

    /// <summary>The letters of a name as written, in lower case, without diacritics, hyphens or apostrophes ("Đoković" → "djokovic").</summary>
    internal static string Letters(string name) => AppendLetters(name, new StringBuilder(name.Length + 2)).ToString();

    private static StringBuilder AppendLetters(string name, StringBuilder letters)
    {
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (char.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c is '-' or '\'' or '’') continue;
            var lower = char.ToLowerInvariant(c);
            switch (lower)
            {
                case 'đ': letters.Append("dj"); break;
                case 'ł': letters.Append('l'); break;
                case 'ø': letters.Append('o'); break;
                case 'ß': letters.Append("ss"); break;
                case 'æ': letters.Append("ae"); break;
                default: letters.Append(lower); break;
            }
        }
        return letters;
    }

    /// <summary>
    /// The family key of a name: lower case, without diacritics, hyphens or apostrophes ("Đoković" → "djokovic"); from five
    /// letters on, a transliterated -y ending (-y, -yy, -iy, -ii, -i, -ij, -yi) as "y", the other letters transliterations
    /// of Russian and Ukrainian write two ways made one (kh as h: "Khodorkovsky" / "Hodorkovsky"; ks as x: "Aleksei" /
    /// "Alexei"; an opening ye as e: "Yevgeny" / "Evgeny"; ye after a consonant as ie: "Dmitryev" / "Dmitriev"), o as u and e
    /// as a (but not an opening e), doubled letters single
    /// ("Mohammed", "Muhammad", "Mohamed" → "muhamad").
    /// </summary>
    public static string Fold(string name) => FoldLetters(AppendLetters(name, new StringBuilder(name.Length + 2)));

    /// <summary>
    /// The family key without its folding of vowels (o as u, e as a): what one surname's spellings differ by wherever they
    /// stand (case, diacritics, hyphens, the transliterated ending and letters, doubled letters: "Müller" / "Muller",
    /// "Navalny" / "Navalnyy"), not what tells two surnames apart ("Müller" / "Möller", "Hollander" / "Hollender"). For a
    /// name with no given name or context to say which person it is.
    /// </summary>
    public static string FoldKeepingVowels(string name) => FoldLetters(AppendLetters(name, new StringBuilder(name.Length + 2)), vowels: false);

    /// <summary>The family key of a name's <see cref="Letters"/>, folded in <paramref name="letters"/>.</summary>
    private static string FoldLetters(StringBuilder letters, bool vowels = true)
    {
        // Short names only fold case and diacritics (São / Sao): "Ben" and "Ban", "Anna" and "Anne" are different names.
        if (letters.Length < MinimumLetters) return letters.ToString();
        var end = letters.Length;
        while (end > 0 && letters[end - 1] is 'y' or 'i' or 'j') end--;
        if (end < letters.Length && end >= 4)
        {
            letters.Length = end;
            letters.Append('y');
        }
        // Folded in place: the folded letters never outrun the letters read, so each is written at or before where it was.
        var folded = 0;
        var previousWritten = '\0';
        for (var i = 0; i < letters.Length; i++)
        {
            var written = letters[i];
            var next = i + 1 < letters.Length ? letters[i + 1] : '\0';
            if (letters[i] == 'k' && next == 'h' || i == 0 && letters[i] == 'y' && next == 'e') continue;
            // The last letter keeps its vowel: it is an ending ("Argentina" / "Argentine", "Roma" / "Rome"), not a transliteration.
            // So does an opening e: "Yemen" and "Amman", "Elena" and "Alena" are different names.
            var c = letters[i] switch
            {
                'k' when next == 's' => 'x',
                'y' when next == 'e' && !IsVowel(letters[i - 1]) => 'i',
                'o' when vowels && i < letters.Length - 1 => 'u',
                'e' when vowels && i < letters.Length - 1 && folded > 0 => 'a',
                var other => other,
            };
            if (c == 'x' && letters[i] == 'k') i++;
            // A doubled letter is one ("Mohammed" / "Mohamed"), and so are two vowels folded alike ("Mouhamed" / "Mohamed",
            // "Rachael" / "Rachel"); but not the English digraph "ea", which no transliteration writes for an e or an a:
            // "Reagan" and "Regan" are two surnames.
            var isDoubled = folded > 0 && letters[folded - 1] == c && !(previousWritten == 'e' && written == 'a');
            previousWritten = written;
            if (isDoubled) continue;
            letters[folded++] = c;
        }
        letters.Length = folded;
        return letters.ToString();
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';
}
