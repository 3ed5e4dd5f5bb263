using System.Text.RegularExpressions;

namespace Editorial.Testing;

/// <summary>
/// The problem matcher that <c>actions/setup-dotnet</c> registers, its pattern copied verbatim from its
/// <c>.github/csc.json</c> (the same text at commits 353d872a1760a08aa148c5b5eee3cbf1e718b446 and
/// 01c866d3e18463269a5db12c7204017a0a9a0ff5), with its groups: file 1, line 2, severity 3, code 4, message 5, fromPath 6.
/// The Actions runner evaluates problem matchers with .NET regular expressions, as the tests do, and roots a relative
/// file at the folder of fromPath (actions/runner, <c>OutputManager.ConvertToIssue</c>). Shared by the CLI's tests and
/// the build's.
/// </summary>
public static class SetupDotnetProblemMatcher
{
    public const string Pattern =
        @"^([^\s].*)\((\d+)(?:,\d+|,\d+,\d+)?\):\s+(error|warning)\s+([a-zA-Z]+(?<!MSB)\d+):\s*(.*?)\s+\[(.*?)\]$";

    public static Regex Regex { get; } = new(Pattern);
}
