using System.Collections.Generic;
using Editorial.Text;

namespace Editorial.Rules.Spelling;

/// <summary>
/// The words of the text the page does not read as prose: its code blocks and spans, markup, link targets and front matter.
/// Where the prose names one, it is a term of that code: not a typing slip of an English word (a keyword: "const" beside
/// "cost", "struct" beside "strict") nor a name written in lower case (a package, a command or a repository: "astro",
/// "rustup", "rust-clippy"). Not the words of a link's fragment, which repeat the page's own heading
/// ("#simple-english-in-documentation"). Empty for plain text, which hides nothing. Shared by the rules of an article
/// (<see cref="AnalyzedArticle.GetShared{T}"/>).
/// </summary>
internal sealed class WordsOutsideProse
{
    private readonly HashSet<string> _words;

    private WordsOutsideProse(HashSet<string> words) => _words = words;

    public int Count => _words.Count;

    public bool Contains(string word) => _words.Contains(word);

    /// <summary>True for a word written outside the prose, or a plural in "s" whose singular is: the prose pluralises the code's
    /// names ("top-level ViewTransitions" of the component <c>ViewTransition</c>).</summary>
    public bool ContainsOrSingular(string word) =>
        _words.Contains(word) || word.Length > MinimumLetters && word[word.Length - 1] == 's' && _words.Contains(word.Substring(0, word.Length - 1));

    /// <summary>True as <see cref="ContainsOrSingular"/>, or for a capitalised word whose lower case is written outside the prose:
    /// the prose capitalises the name of a package or a project that its code and addresses write in lower case ("Tokio" of
    /// tokio.rs and <c>tokio::spawn</c>), which is then no slip of a name one letter away ("Tokyo").</summary>
    public bool ContainsInAnyCaseOrSingular(string word) =>
        ContainsOrSingular(word) || word.Length > 1 && char.IsUpper(word[0]) && SpellingText.IsAllLowerBetween(word, 1, word.Length)
        && ContainsOrSingular(char.ToLowerInvariant(word[0]) + word.Substring(1));

    public static WordsOutsideProse Of(AnalyzedArticle analyzed) => analyzed.GetShared(Read);

    /// <summary>No word: a text whose every character is prose (most plain text), read at every keystroke in an IDE.</summary>
    private static readonly WordsOutsideProse None = new(new HashSet<string>());

    // "git" is the shortest name of a tool the prose names; two letters would be any abbreviation's.
    private const int MinimumLetters = 3;

    private static WordsOutsideProse Read(AnalyzedArticle analyzed)
    {
        var (text, prose) = (analyzed.Article.Text, analyzed.Article.ProseText);
        if (ReferenceEquals(text, prose)) return None;
        var words = new HashSet<string>(System.StringComparer.Ordinal);
        for (var i = 0; i < text.Length; i++)
        {
            if (prose[i] == text[i]) continue;
            if (text[i] == '#')
            {
                // A fragment: its words are a heading's of this page or another, not the code's.
                while (i + 1 < text.Length && prose[i + 1] != text[i + 1] && IsFragmentCharacter(text[i + 1])) i++;
                continue;
            }
            if (!AsciiLetters.Is(text[i]) || (i > 0 && AsciiLetters.Is(text[i - 1]))) continue;
            var end = i;
            while (end < text.Length && AsciiLetters.Is(text[end]) && prose[end] != text[end]) end++;
            if (end - i >= MinimumLetters) words.Add(text.Substring(i, end - i));
            i = end - 1;
        }
        return new WordsOutsideProse(words);
    }

    private static bool IsFragmentCharacter(char c) => AsciiLetters.Is(c) || c is >= '0' and <= '9' or '-' or '_' or '.' or '%';
}
