namespace Editorial.Cli.Tests;

/// <summary>The exit-code contract: a fault in editorial is neither a finding (1) nor a usage or configuration problem (2).</summary>
public class ExitCodeTests
{
    [Fact]
    public void An_unexpected_exception_is_one_line_naming_it_and_exit_code_3()
    {
        using var cli = new CliHarness { Rules = [new FaultyRule()] };
        var outcome = cli.Run("rules");
        outcome.ExitCode.ShouldBe(ExitCodes.InternalError);
        outcome.ExitCode.ShouldBe(3);
        outcome.Error.ShouldBe("editorial: internal error: InvalidOperationException: descriptors are broken (set EDITORIAL_DEBUG=1 for the stack trace)\n");
    }

    [Fact]
    public void EDITORIAL_DEBUG_adds_the_stack_trace()
    {
        using var cli = new CliHarness { Rules = [new FaultyRule()] };
        Environment.SetEnvironmentVariable("EDITORIAL_DEBUG", "1");
        try
        {
            var outcome = cli.Run("rules");
            outcome.ExitCode.ShouldBe(ExitCodes.InternalError);
            outcome.Error.ShouldStartWith("editorial: internal error: System.InvalidOperationException: descriptors are broken\n   at ");
            outcome.Error.ShouldContain(nameof(FaultyRule));
        }
        finally
        {
            Environment.SetEnvironmentVariable("EDITORIAL_DEBUG", null);
        }
    }

    [Fact]
    public void Help_gives_examples_and_states_the_exit_codes()
    {
        using var cli = new CliHarness();
        var outcome = cli.Run("--help");
        outcome.ExitCode.ShouldBe(ExitCodes.Success);
        outcome.Output.ShouldContain("""
              Examples:
                editorial check articles                                      report findings as file(line,col,...): severity ID: message
            """);
        outcome.Lines.ShouldContain("    editorial check - --stdin-filename ap/story.md < draft.md     one article from standard input, configured as ap/story.md");
        outcome.Output.ShouldContain("""
              Exit codes:
                0  no error finding (warnings and suggestions do not fail, unless --warnings-as-errors)
                1  error findings (an article that cannot be read or decoded among them)
                2  bad usage, a configuration error (ED9xxx) or a file that must not or cannot be written
                3  internal error (a bug in editorial; EDITORIAL_DEBUG=1 prints the stack trace)
            """);
    }
}
