using System;
using System.Collections.Generic;
using Editorial.Text;

namespace Editorial.Rules.Spelling;

/// <summary>
/// The names the page's web addresses are made of outside its prose (link targets, addresses in code or markup): each whole
/// label of a host, and each whole segment of a path of one or two (an owner and a repository), in lower-case letters
/// ("usethis" of https://usethis.r-lib.org, "workflowsets" of https://github.com/tidymodels/workflowsets). A project, a package or a repository is addressed by its
/// name, so such a word in the prose is that name, not a closed spelling of the phrase it was named after ("use this",
/// "workflow sets"). Narrower than <see cref="WordsOutsideProse"/>: a word a code block writes may be any variable's
/// ("filename"), which says nothing of how the prose should spell "file name". Shared by the rules of an article.
/// </summary>
internal sealed class NamesInAddresses
{
    private readonly HashSet<string> _names;

    private NamesInAddresses(HashSet<string> names) => _names = names;

    public bool Contains(string lowerCaseWord) => _names.Contains(lowerCaseWord);

    public static NamesInAddresses Of(AnalyzedArticle analyzed) => analyzed.GetShared(Read);

    private static readonly NamesInAddresses None = new(new HashSet<string>(StringComparer.Ordinal));

    // "git" is the shortest name of a tool the prose names, as for WordsOutsideProse.
    private const int MinimumLetters = 3;

    private static NamesInAddresses Read(AnalyzedArticle analyzed)
    {
        var (text, prose) = (analyzed.Article.Text, analyzed.Article.ProseText);
        if (ReferenceEquals(text, prose)) return None;
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var at = text.IndexOf("://", StringComparison.Ordinal); at >= 0; at = text.IndexOf("://", at + 3, StringComparison.Ordinal))
        {
            if (prose[at] == text[at]) continue;
            // The host's labels and the path's segments, up to the address's end: white space, a closing bracket or a quotation mark.
            var start = at + 3;
            var end = start;
            while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] is not (')' or '>' or '"' or '\'' or ']' or '?' or '#')) end++;
            var path = text.IndexOf('/', start, end - start);
            var hostEnd = path < 0 ? end : path;
            AddParts(text, start, hostEnd, '.', names);
            // A short path names a project on its host ("github.com/tidymodels/workflowsets", "docs.ropensci.org/fulltext"); a
            // longer one a page, whose segments are any words ("/en/2021/ecommerce", "/how_to_guides/datasets/…").
            if (path >= 0 && CountSegments(text, path, end) <= MaximumProjectSegments) AddParts(text, path + 1, end, '/', names);
            at = Math.Max(at, end - 3);
        }
        return names.Count == 0 ? None : new NamesInAddresses(names);
    }

    // An owner and a repository.
    private const int MaximumProjectSegments = 2;

    /// <summary>Adds each part between <paramref name="separator"/>s of the text from <paramref name="start"/> to
    /// <paramref name="end"/> that is lower-case letters only, of <see cref="MinimumLetters"/> or more.</summary>
    private static void AddParts(string text, int start, int end, char separator, HashSet<string> names)
    {
        var part = start;
        for (var i = start; i <= end; i++)
        {
            if (i < end && text[i] != separator) continue;
            if (i - part >= MinimumLetters && IsLowerLetters(text, part, i)) names.Add(text.Substring(part, i - part));
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

    private static bool IsLowerLetters(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (text[i] is < 'a' or > 'z') return false;
        }
        return true;
    }
}
