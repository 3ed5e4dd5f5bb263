using System.Diagnostics;

namespace Editorial.Cli.Tests;

/// <summary>Runs npm (or another program the npm tooling installs) for the tests that take a tool or a schema from npm.</summary>
internal static class Npm
{
    /// <summary>Runs <paramref name="program"/> in <paramref name="directory"/> and returns its standard output; a failure to
    /// start it or a non-zero exit code is an exception that says what was run.</summary>
    public static string Run(string program, IEnumerable<string> arguments, string directory)
    {
        var start = new ProcessStartInfo(program, arguments)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var command = $"{program} {string.Join(' ', start.ArgumentList)}";
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            throw new InvalidOperationException($"'{command}' could not be started: {exception.Message}", exception);
        }
        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(5))) process.Kill(entireProcessTree: true);
            process.WaitForExit();
            if (process.ExitCode != 0) throw new InvalidOperationException($"'{command}' failed ({process.ExitCode}): {error.Result}{output.Result}");
            return output.Result;
        }
    }
}
