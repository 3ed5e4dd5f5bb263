namespace Editorial.Cli;

/// <summary>What <c>editorial</c> returns, so that scripts and CI can tell a finding from a broken setup.</summary>
public static class ExitCodes
{
    /// <summary>No error-severity finding (warnings and suggestions do not fail).</summary>
    public const int Success = 0;
    /// <summary>At least one finding of error severity in the copy.</summary>
    public const int Errors = 1;
    /// <summary>Bad usage (unknown option, missing path) or a configuration problem: an ED9xxx error, such as an unreadable
    /// file, a broken profile or an invalid .editorconfig value.</summary>
    public const int UsageOrConfiguration = 2;
}
