using System;
using System.Collections.Generic;
using Editorial.Configuration;
using Editorial.Text;

namespace Editorial.Articles;

/// <summary>
/// Whether an article is in English, the language every rule reads (its dictionaries, reporting verbs, function words and
/// outlet styles are English). An article in another language gets no rule's findings, only its configuration problems:
/// "serveur" beside "server" in a French page is no spelling variant, and "es. con" in an Italian one no broken sentence.
/// The article's own declaration decides first (front matter <c>lang</c>, <c>language</c> or <c>locale</c>, a page's
/// <c>&lt;meta name="language"&gt;</c>), then the language code its file name ends with (<see cref="DeclaredByFileName"/>), then
/// <c>editorial.language</c> for its folder, then a page's <c>&lt;html lang&gt;</c> (whose English yields to prose in another
/// language), then what its prose reads as (<see cref="Tally"/>).
/// </summary>
public static class ArticleLanguage
{
    /// <summary>The metadata keys that declare an article's language, in the order they are asked.</summary>
    private static readonly string[] DeclaringKeys = ["lang", "language", "locale"];

    public static bool IsEnglish(Article article, ArticleSettings settings)
    {
        foreach (var key in DeclaringKeys)
        {
            if (article.Metadata.TryGetValue(key, out var declared) && IsTag(declared)) return IsEnglishTag(declared);
        }
        if (DeclaredByFileName(article.Path) is { } named) return IsEnglishTag(named);
        if (settings.Get(EditorialOptions.Language) is { } configured && IsTag(configured)) return IsEnglishTag(configured);
        // A page's <html lang> is often its template's default: "en" on a French or German site's page. English declared so
        // yields to prose that reads as another language; another language declared so decides.
        if (article.Metadata.TryGetValue(PageLanguageKey, out var page) && IsTag(page)) return IsEnglishTag(page) && article.ReadsAsEnglish;
        return article.ReadsAsEnglish;
    }

    /// <summary>The metadata key of the language a page's first <c>&lt;html lang&gt;</c> declares.</summary>
    internal const string PageLanguageKey = "html lang";

    /// <summary>
    /// The language code before the file's extension, as Hugo names a page's translations ("about.fr.md", "index.pt-br.md")
    /// and repositories their README's ("README.de.md"), or none. Only the codes of <see cref="FileNameLanguages"/> count: a
    /// two-letter part of a file name that is also an English word ("how.to.md", "say.hi.md") names no language.
    /// </summary>
    internal static string? DeclaredByFileName(string path)
    {
        var name = path.Substring(Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\')) + 1);
        var extension = name.LastIndexOf('.');
        var before = extension > 0 ? name.LastIndexOf('.', extension - 1) : -1;
        if (before <= 0) return null;
        var code = name.Substring(before + 1, extension - before - 1);
        var region = code.IndexOfAny(['-', '_']);
        var language = region < 0 ? code : code.Substring(0, region);
        return language.Length == 2 && FileNameLanguages.Contains(language) && IsTag(code) ? code : null;
    }

    /// <summary>ISO 639-1 codes of the languages sites publish translations in, without those that are English words
    /// ("to", "is", "no", "so", "or", "am", "be", "an", "hi", "my", "as") or common parts of file names.</summary>
    private static readonly HashSet<string> FileNameLanguages = new(StringComparer.OrdinalIgnoreCase)
    {
        "en", "ar", "bg", "bn", "ca", "cs", "cy", "da", "de", "el", "eo", "es", "et", "eu", "fa", "fi", "fr", "ga", "gl", "gu", "he",
        "hr", "hu", "hy", "id", "it", "ja", "ka", "kk", "km", "kn", "ko", "lt", "lv", "mk", "ml", "mn", "mr", "ms", "nb", "ne", "nl",
        "nn", "pa", "pl", "pt", "ro", "ru", "si", "sk", "sl", "sq", "sr", "sv", "sw", "ta", "te", "th", "tl", "tr", "uk", "ur", "uz",
        "vi", "zh",
    };

    /// <summary>A language tag as BCP 47, HTML and front matter write them: "en", "en-GB", "pt_BR", "zh-Hant". A subtag of one
    /// letter or digit opens an extension, which goes on with another subtag ("en-u-ca-buddhist"): "utf-8" and "iso-8859-1",
    /// character sets a page's template writes where its language belongs, are no tags.</summary>
    public static bool IsTag(string value)
    {
        var parts = value.Trim().Split('-', '_');
        if (parts[0].Length is < 2 or > 3 || !IsAscii(parts[0], digitsToo: false)) return false;
        for (var i = 1; i < parts.Length; i++)
        {
            if (parts[i].Length is < 1 or > 8 || !IsAscii(parts[i], digitsToo: true)) return false;
            if (parts[i].Length == 1 && i == parts.Length - 1) return false;
        }
        return true;
    }

    private static bool IsEnglishTag(string tag)
    {
        var trimmed = tag.Trim();
        return trimmed.StartsWith("en", StringComparison.OrdinalIgnoreCase) && (trimmed.Length == 2 || trimmed[2] is '-' or '_');
    }

    /// <summary>
    /// The letters and function words of some prose, counted token by token (<see cref="Add"/>): a paragraph's, and by adding
    /// the paragraphs' tallies (<see cref="AddTo"/>), the whole article's, so that each token is read once.
    /// <para>
    /// What the prose reads as (<see cref="Reading"/>): <see cref="ProseLanguage.Other"/> for another language, a quarter or
    /// more of its letters in scripts other than Latin (Cyrillic, Greek, Arabic, Hebrew, Devanagari, Chinese, Japanese, Korean),
    /// or the lower-case function words of one other language <see cref="MinimumFunctionWords"/> times or more and at least
    /// twice as often as English ones, or <see cref="MinimumFunctionWordsAlone"/> times with no English one beside them. Words that English borrows ("de" in "de Blasio", "von", "per", "con", "die", "et al.")
    /// are in no list; a function word of both English and the other language ("in" and "is" in Dutch) counts for neither
    /// when the two are weighed. Prose with few function words of any language (a changelog, an API list) is
    /// <see cref="ProseLanguage.Undecided"/>, read as English: the default is to check. Prose with English function words
    /// <see cref="MinimumFunctionWords"/> times or more is <see cref="ProseLanguage.English"/>.
    /// </para>
    /// </summary>
    internal sealed class Tally
    {
        private readonly int[] _counts = new int[Languages];
        /// <summary>By language, the function words counted that English shares with it ("in" and "is" in Dutch): they
        /// count for neither when the two are weighed.</summary>
        private readonly int[] _sharedWithEnglish = new int[Languages];
        private int _letters;
        private int _otherScripts;

        /// <summary>Counts the tokens from <paramref name="start"/> to before <paramref name="end"/>.</summary>
        public void Add(TokenList tokens, int start, int end)
        {
            for (var i = start; i < end; i++)
            {
                var token = tokens[i];
                if (!token.IsWord || token.IsNonProse) continue;
                var text = token.Text;
                foreach (var c in text)
                {
                    // Most letters are ASCII: the Unicode tables are asked only about the others.
                    if (c < '\u0080')
                    {
                        if (AsciiLetters.Is(c)) _letters++;
                    }
                    else if (char.IsLetter(c))
                    {
                        _letters++;
                        if (!IsLatin(c)) _otherScripts++;
                    }
                }
                // Function words are written in lower case: a capitalised "The" opens a sentence as often in any language.
                if (text.Length > LongestFunctionWord || !char.IsLower(text[0]) || !FunctionWords.TryGetValue(text, out var languages)) continue;
                for (var language = 0; language < Languages; language++)
                {
                    if ((languages & (1 << language)) == 0) continue;
                    _counts[language]++;
                    if (language != English && (languages & (1 << English)) != 0) _sharedWithEnglish[language]++;
                }
            }
        }

        /// <summary>Adds this tally's counts to <paramref name="total"/>.</summary>
        public void AddTo(Tally total)
        {
            total._letters += _letters;
            total._otherScripts += _otherScripts;
            for (var language = 0; language < Languages; language++)
            {
                total._counts[language] += _counts[language];
                total._sharedWithEnglish[language] += _sharedWithEnglish[language];
            }
        }

        public void Clear()
        {
            (_letters, _otherScripts) = (0, 0);
            Array.Clear(_counts, 0, _counts.Length);
            Array.Clear(_sharedWithEnglish, 0, _sharedWithEnglish.Length);
        }

        /// <summary>True when the prose has one function word of another language at least that English does not share, and
        /// no English one but those that language shares ("is" in Dutch's "Diversiteit is een feit"): a sentence that may be
        /// part of a passage in that language.</summary>
        public bool HasOnlyOtherFunctionWords => MostFunctionWordsWhereEnglishOnesAreShared(ownAtLeast: 1) > 0;

        /// <summary>True when the prose has no function word of any language, English's included ("Aan de VUB staan gelijkheid
        /// en inclusie centraal."): a sentence that says nothing of its language, and reads as the passage around it.</summary>
        public bool HasNoFunctionWords => Array.TrueForAll(_counts, static count => count == 0);

        /// <summary>True for a passage of another language as sure as a paragraph's: <see cref="MinimumFunctionWords"/> of
        /// one other language's function words and no English one but those it shares. Shorter passages say too little inside
        /// English prose ("i know, i know" has two of Māori's).</summary>
        public bool IsPassageInAnotherLanguage => MostFunctionWordsWhereEnglishOnesAreShared(ownAtLeast: 0) >= MinimumFunctionWords;

        /// <summary>The most function words of one other language in prose whose English function words are all ones that
        /// language shares, among the languages with <paramref name="ownAtLeast"/> of their own; 0 when there is none.</summary>
        private int MostFunctionWordsWhereEnglishOnesAreShared(int ownAtLeast)
        {
            var most = 0;
            for (var language = 1; language < Languages; language++)
            {
                var shared = _sharedWithEnglish[language];
                if (_counts[English] == shared && _counts[language] - shared >= ownAtLeast) most = Math.Max(most, _counts[language]);
            }
            return most;
        }

        /// <summary>True when the prose holds <see cref="MinimumFunctionWords"/> of one other language's function words, English
        /// ones beside them or not: a paragraph that a run of its sentences could read as that language in.</summary>
        public bool MayHoldPassageInAnotherLanguage => MostFunctionWordsOfAnotherLanguage() >= MinimumFunctionWords;

        private int MostFunctionWordsOfAnotherLanguage()
        {
            var most = 0;
            for (var language = 1; language < Languages; language++) most = Math.Max(most, _counts[language]);
            return most;
        }

        public ProseLanguage Reading
        {
            get
            {
                if (_letters >= MinimumLetters && _otherScripts * 4 >= _letters) return ProseLanguage.Other;
                for (var language = 1; language < Languages; language++)
                {
                    var (own, english) = (_counts[language] - _sharedWithEnglish[language], _counts[English] - _sharedWithEnglish[language]);
                    if (own >= MinimumFunctionWords && own >= 2 * english || own >= MinimumFunctionWordsAlone && english <= 0) return ProseLanguage.Other;
                }
                return _counts[English] >= MinimumFunctionWords ? ProseLanguage.English : ProseLanguage.Undecided;
            }
        }
    }

    private const int MinimumLetters = 40;
    private const int MinimumFunctionWords = 5;

    /// <summary>How many function words of one other language make a short passage that has no English one read as that
    /// language: a translated example in a list ("La direction est responsable de l'évaluation du personnel."), too short
    /// to give <see cref="MinimumFunctionWords"/>.</summary>
    private const int MinimumFunctionWordsAlone = 2;

    /// <summary>Latin letters: Basic Latin to Latin Extended-B, Latin Extended Additional (Vietnamese) and the full-width forms.</summary>
    private static bool IsLatin(char c) => c < '\u0250' || c is >= '\u1E00' and <= '\u1EFF' or >= '\uFF21' and <= '\uFF5A';

    /// <summary>True when every character of <paramref name="text"/> is an ASCII letter, or a digit when <paramref name="digitsToo"/>.</summary>
    private static bool IsAscii(string text, bool digitsToo)
    {
        foreach (var c in text)
        {
            if (!AsciiLetters.Is(c) && !(digitsToo && c is >= '0' and <= '9')) return false;
        }
        return true;
    }

    private const int English = 0;

    /// <summary>Lower-case function words, each a bit for every language it is one of: English (bit 0), then French, Spanish,
    /// German, Italian, Portuguese, Polish, Dutch, Catalan, Turkish and Indonesian, the languages in Latin script most often
    /// published beside English (a Hugo site's translations: "index.nl.md", "index.id.md"), and Māori, which New Zealand copy
    /// quotes a line of at a time ("Kua kai tātou i ngā kai o te māra"); not its "a", "he" and "me", which are English words.
    /// Last Vietnamese, in which American public offices publish their releases again (a county prosecutor's "Giám sát viên
    /// ... nhận tội", whose words ED1001 took for variants of one another: judged wrong).</summary>
    private static readonly string[][] FunctionWordsByLanguage =
    [
        ["the", "of", "and", "to", "in", "is", "that", "for", "it", "with", "as", "was", "are", "be", "by", "this", "at", "from", "or", "have",
            "not", "you", "your", "can", "will", "which"],
        ["le", "la", "les", "des", "est", "une", "du", "pour", "que", "dans", "sur", "vous", "pas", "aux", "ce", "cette", "qui", "avec", "sont",
            "ou", "être"],
        ["el", "los", "las", "y", "es", "una", "para", "por", "del", "que", "como", "más", "lo", "su", "sus", "pero", "este", "esta"],
        ["das", "und", "ist", "nicht", "mit", "ein", "eine", "zu", "sie", "auf", "für", "dem", "im", "sich", "auch", "wird", "wenn"],
        ["il", "che", "è", "una", "sono", "della", "gli", "nel", "questo", "questa", "più", "anche", "di", "non", "alla", "degli", "delle",
            "la", "le", "lo", "ha", "hanno", "perché", "nostro", "nostra", "nostri", "dal", "dei", "nella", "nelle", "sul", "allo", "cui",
            "molto", "essere", "stato", "in"],
        ["que", "em", "uma", "para", "não", "dos", "das", "como", "mais", "ao", "você", "pelo", "pela", "também", "são", "está"],
        ["się", "nie", "jest", "że", "jak", "od", "przez", "dla", "czy", "jeśli", "oraz", "może", "na", "do", "po", "są", "ale", "jako", "już",
            "aby", "to"],
        ["het", "een", "niet", "voor", "ook", "naar", "wordt", "maar", "bij", "deze", "kunnen", "wat", "geen", "zijn", "worden", "heeft",
            "hebben", "uit", "jullie", "dat", "als", "om", "op", "te", "je", "in", "is", "of"],
        ["amb", "els", "és", "això", "també", "però", "aquest", "aquesta", "seva", "molt", "una", "del", "més"],
        ["ve", "bir", "bu", "için", "ile", "çok", "olarak", "daha", "gibi", "olan", "değil", "veya", "sonra", "kadar", "ancak"],
        ["yang", "dan", "untuk", "dengan", "ini", "itu", "dari", "tidak", "dalam", "akan", "bisa", "atau", "pada", "adalah", "anda", "juga",
            "sudah", "lebih", "karena"],
        ["te", "nga", "ngā", "o", "i", "e", "ki", "ka", "kia", "ko", "mo", "mō", "kua", "kei", "nei", "mai", "atu", "hoki", "ano", "anō", "ai",
            "tātou", "tatou", "koutou", "rātou", "ratou"],
        ["và", "của", "là", "có", "được", "cho", "các", "những", "trong", "không", "với", "này", "đã", "một", "để", "khi", "từ", "theo",
            "về", "tại", "sẽ", "đến", "vào", "bị"],
    ];

    private static readonly int Languages = FunctionWordsByLanguage.Length;

    private static readonly Dictionary<string, int> FunctionWords = IndexFunctionWords();

    private static readonly int LongestFunctionWord = MaxLength();

    private static Dictionary<string, int> IndexFunctionWords()
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var language = 0; language < FunctionWordsByLanguage.Length; language++)
        {
            foreach (var word in FunctionWordsByLanguage[language])
            {
                index[word] = (index.TryGetValue(word, out var languages) ? languages : 0) | 1 << language;
            }
        }
        return index;
    }

    private static int MaxLength()
    {
        var longest = 0;
        foreach (var word in FunctionWords.Keys) longest = Math.Max(longest, word.Length);
        return longest;
    }
}

/// <summary>What a stretch of prose reads as (<see cref="ArticleLanguage.Tally.Reading"/>).</summary>
public enum ProseLanguage : byte
{
    /// <summary>Too few function words of any language to tell: read as English.</summary>
    Undecided,
    English,
    Other,
}
