using System;
using System.Collections.Concurrent;

namespace Editorial.Text;

/// <summary>
/// One copy of each string that the articles of a run keep for the cross-article pass (<see cref="AnalyzedArticle.Share"/>): the
/// articles of one story name the same people, places and figures, and thousands of their summaries are held at once. It lives
/// as long as the run's articles: a host that checks articles one edit at a time keeps none of it between runs.
/// </summary>
internal sealed class SharedStrings
{
    private readonly ConcurrentDictionary<string, string> _strings = new(StringComparer.Ordinal);

    /// <summary><paramref name="value"/>, or the equal string shared before it.</summary>
    public string Get(string value) => _strings.GetOrAdd(value, value);
}
