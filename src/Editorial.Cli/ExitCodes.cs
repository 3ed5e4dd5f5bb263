namespace Editorial.Cli;

/// <summary>What <c>editorial</c> returns, so that scripts and CI can tell a finding from a broken setup and from a bug.</summary>
public static class ExitCodes
{
    /// <summary>No error-severity finding (warnings and suggestions do not fail).</summary>
    public const int Success = 0;
    /// <summary>At least one finding of error severity in the copy, an article or folder that cannot be read or decoded among them.</summary>
    public const int Errors = 1;
    /// <summary>Bad usage (unknown option, missing path) or a configuration problem: an ED9xxx error, such as an unreadable
    /// configuration file, a broken profile or an invalid .editorconfig value; or a file <c>fix</c> must not or cannot write, or an
    /// <c>--output</c> file that is an article.</summary>
    public const int UsageOrConfiguration = 2;
    /// <summary>A fault in editorial itself: an exception it did not expect. Never the copy's or the setup's doing.</summary>
    public const int InternalError = 3;

    /// <summary>The contract as <c>editorial --help</c> prints it.</summary>
    public const string Help =
        "Exit codes:\n" +
        "  0  no error finding (warnings and suggestions do not fail, unless --warnings-as-errors)\n" +
        "  1  error findings (an article that cannot be read or decoded among them)\n" +
        "  2  bad usage, a configuration error (ED9xxx) or a file that must not or cannot be written\n" +
        "  3  internal error (a bug in editorial; EDITORIAL_DEBUG=1 prints the stack trace)";
}
