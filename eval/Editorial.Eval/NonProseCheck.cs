using System.Text.RegularExpressions;

namespace Editorial.Eval;

/// <summary>
/// The invariant of the spelling rules on every fetched article: no ED1xxx finding sits in a web address, an e-mail
/// address, a handle or a hashtag. Found here with patterns of its own rather than with the engine's non-prose
/// facility, which is what is being checked. It runs over the corpora, so it lives in the runner, not in the unit tests.
/// </summary>
public static class NonProseCheck
{
    private static readonly Regex NonProse = new(
        @"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?<![\w@])[@#][A-Za-z_]\w*|\b[\w-]+\.(?:com|org|net|gov|edu|co\.uk|ua|ru)(?:/\S*)?",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    public static List<Finding> Violations(IEnumerable<Finding> findings) => findings
        .Where(f => f.Rule.StartsWith("ED1", StringComparison.Ordinal))
        .Where(f => NonProse.Matches(f.ArticleText).Any(m =>
            m.Index < f.Diagnostic.Location.Span.End && f.Diagnostic.Location.Span.Start < m.Index + m.Length))
        .ToList();
}
