using System;
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
/// <para>Among them, the names its web addresses are made of (<see cref="NamesAnAddress"/>): each whole label of a host, and
/// each whole segment of a path of one or two (an owner and a repository), in lower-case letters ("usethis" of
/// https://usethis.r-lib.org, "workflowsets" of https://github.com/tidymodels/workflowsets). A project, a package or a
/// repository is addressed by its name; a word a code block writes may be any variable's ("filename").</para>
/// </summary>
internal sealed class WordsOutsideProse
{
    private readonly HashSet<string> _words;
    private readonly HashSet<string> _addressNames;
    private readonly HashSet<string> _addressTitles;

    private WordsOutsideProse(HashSet<string> words, HashSet<string> addressNames, HashSet<string> addressTitles) =>
        (_words, _addressNames, _addressTitles) = (words, addressNames, addressTitles);

    public int Count => _words.Count;

    public bool Contains(string word) => _words.Contains(word);

    /// <summary>True for a word written outside the prose, or a plural in "s" whose singular is: the prose pluralises the code's
    /// names ("top-level ViewTransitions" of the component <c>ViewTransition</c>).</summary>
    public bool ContainsOrSingular(string word) => HoldsOrSingular(_words, word);

    /// <summary>True as <see cref="ContainsOrSingular"/>, or for a capitalised word whose lower case is written outside the prose:
    /// the prose capitalises the name of a package or a project that its code and addresses write in lower case ("Tokio" of
    /// tokio.rs and <c>tokio::spawn</c>), which is then no slip of a name one letter away ("Tokyo").</summary>
    public bool ContainsInAnyCaseOrSingular(string word) =>
        ContainsOrSingular(word) || word.Length > 1 && char.IsUpper(word[0]) && SpellingText.IsAllLowerBetween(word, 1, word.Length)
        && ContainsOrSingular(char.ToLowerInvariant(word[0]) + word.Substring(1));

    /// <summary>True for a name a web address outside the prose is made of (a host's label, a segment of a short path), in
    /// lower case, or a plural in "s" of one: a project's, a package's or a repository's name.</summary>
    public bool NamesAnAddress(string lowerCaseWord) => HoldsOrSingular(_addressNames, lowerCaseWord);

    /// <summary>
    /// True when <paramref name="span"/> is in a link's text whose letters and digits, closed up in lower case, spell a host's
    /// label or a path's segment of a web address outside the prose: the link gives the site's or the page's own name as it
    /// writes it ("[craig harbour trust](https://craigharbourtrust.org/)", a wiki's "[openSUSE:Weekly news team](…/openSUSE:Weekly_news_team)").
    /// </summary>
    public bool IsLinkTitledByItsAddress(Articles.Article article, TextSpan span)
    {
        if (_addressTitles.Count == 0 || article.LinkTextContaining(span) is not { } link) return false;
        var closed = ClosedUp(article.Text, link.Start, link.End);
        return closed.Length > span.Length && _addressTitles.Contains(closed);
    }

    /// <summary>The letters and digits from <paramref name="start"/> to <paramref name="end"/>, in lower case, nothing between.</summary>
    private static string ClosedUp(string text, int start, int end)
    {
        var closed = new System.Text.StringBuilder(end - start);
        for (var i = start; i < end; i++)
        {
            if (char.IsLetterOrDigit(text[i])) closed.Append(char.ToLowerInvariant(text[i]));
        }
        return closed.ToString();
    }

    private static bool HoldsOrSingular(HashSet<string> words, string word) =>
        words.Contains(word) || word.Length > MinimumLetters && word[word.Length - 1] == 's' && words.Contains(word.Substring(0, word.Length - 1));

    public static WordsOutsideProse Of(AnalyzedArticle analyzed) => analyzed.GetShared(Read);

    /// <summary>No word: a text whose every character is prose (most plain text), read at every keystroke in an IDE.</summary>
    private static readonly WordsOutsideProse None = new(new HashSet<string>(), new HashSet<string>(), new HashSet<string>());

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
        var (names, titles) = ReadAddressNames(text, prose);
        return new WordsOutsideProse(words, names, titles);
    }

    /// <summary>The names an address outside the prose is made of (<see cref="NamesAnAddress"/>), and the titles of its host's
    /// labels and its path's segments, their letters and digits closed up in lower case (<see cref="IsLinkTitledByItsAddress"/>).
    /// An address has a scheme ("https://") or, in a link's target or an attribute, none ("//en.example.org/Page_title").</summary>
    private static (HashSet<string> Names, HashSet<string> Titles) ReadAddressNames(string text, string prose)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var titles = new HashSet<string>(StringComparer.Ordinal);
        for (var at = text.IndexOf("//", StringComparison.Ordinal); at >= 0; at = text.IndexOf("//", at + 2, StringComparison.Ordinal))
        {
            if (prose[at] == text[at] || at == 0 || text[at - 1] is not (':' or '(' or '"' or '\'' or '=')) continue;
            // The host's labels and the path's segments, up to the address's end: white space, a closing bracket or a quotation mark.
            var start = at + 2;
            var end = start;
            while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] is not (')' or '>' or '"' or '\'' or ']' or '?' or '#')) end++;
            var path = text.IndexOf('/', start, end - start);
            AddParts(text, start, path < 0 ? end : path, '.', names);
            // A short path names a project on its host ("github.com/tidymodels/workflowsets", "docs.ropensci.org/fulltext"); a
            // longer one a page, whose segments are any words ("/en/2021/ecommerce", "/how_to_guides/datasets/…").
            if (path >= 0 && CountSegments(text, path, end) <= MaximumProjectSegments) AddParts(text, path + 1, end, '/', names);
            AddTitles(text, start, end, titles);
            at = Math.Max(at, end - 2);
        }
        return (names, titles);
    }

    /// <summary>Adds each host label and path segment of the address from <paramref name="start"/> to <paramref name="end"/>,
    /// closed up (<see cref="ClosedUp"/>), of <see cref="MinimumTitleLetters"/> or more.</summary>
    private static void AddTitles(string text, int start, int end, HashSet<string> titles)
    {
        var part = start;
        for (var i = start; i <= end; i++)
        {
            if (i < end && text[i] is not ('.' or '/')) continue;
            var title = ClosedUp(text, part, i);
            if (title.Length >= MinimumTitleLetters) titles.Add(title);
            part = i + 1;
        }
    }

    // A name of a site or a page that a link's text of a word or two spells: shorter ones are any word's.
    private const int MinimumTitleLetters = 8;

    // An owner and a repository.
    private const int MaximumProjectSegments = 2;

    /// <summary>Adds each part between <paramref name="separator"/>s of the text from <paramref name="start"/> to
    /// <paramref name="end"/> that is lower-case ASCII letters only, of <see cref="MinimumLetters"/> or more.</summary>
    private static void AddParts(string text, int start, int end, char separator, HashSet<string> names)
    {
        var part = start;
        for (var i = start; i <= end; i++)
        {
            if (i < end && text[i] != separator) continue;
            if (i - part >= MinimumLetters && AsciiLetters.AreLower(text, part, i)) names.Add(text.Substring(part, i - part));
            part = i + 1;
        }
    }

    /// <summary>The segments of the path from the slash at <paramref name="slash"/> to <paramref name="end"/>, a trailing slash
    /// aside.</summary>
    private static int CountSegments(string text, int slash, int end)
    {
        var segments = 0;
        for (var i = slash; i < end; i++)
        {
            if (text[i] == '/' && i + 1 < end) segments++;
        }
        return segments;
    }

    private static bool IsFragmentCharacter(char c) => AsciiLetters.Is(c) || c is >= '0' and <= '9' or '-' or '_' or '.' or '%';
}
