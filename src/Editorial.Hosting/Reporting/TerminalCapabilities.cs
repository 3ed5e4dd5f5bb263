using System;
using System.Collections;

namespace Editorial.Hosting.Reporting;

/// <summary>
/// What the terminal a report goes to can show: colour and a snippet of the offending line on standard output, and a
/// progress line on standard error. Everything is off when the stream is redirected (a file, a pipe, a test), so what
/// tools parse never changes; <c>NO_COLOR</c> (any non-empty value, no-color.org) turns colour off, and <c>CI</c> turns
/// progress off (a CI log keeps every carriage-return update as a line of its own). In a GitHub Actions step
/// (<c>GITHUB_ACTIONS=true</c>) the msbuild lines take the shape that <c>actions/setup-dotnet</c>'s problem matcher reads,
/// so findings become annotations without <c>--format github</c> (as Vitest turns on its GitHub reporter there).
/// </summary>
public sealed record TerminalCapabilities(bool Colour, bool Progress, bool GitHubActions = false)
{
    /// <summary>Plain output: exactly what a pipe, a file or a test receives.</summary>
    public static TerminalCapabilities Plain { get; } = new(Colour: false, Progress: false);

    /// <summary>The capabilities of this process's console, given its environment variables.</summary>
    public static TerminalCapabilities Detect(bool outputRedirected, bool errorRedirected, IDictionary environment)
    {
        bool IsSet(string name) => environment[name] is string value && value.Length > 0;
        return new TerminalCapabilities(
            Colour: !outputRedirected && !IsSet("NO_COLOR"),
            Progress: !errorRedirected && !IsSet("CI"),
            GitHubActions: environment["GITHUB_ACTIONS"] is "true");
    }

    public static TerminalCapabilities DetectConsole() =>
        Detect(Console.IsOutputRedirected, Console.IsErrorRedirected, Environment.GetEnvironmentVariables());
}
