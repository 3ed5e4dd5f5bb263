using System.Runtime.InteropServices;
using Editorial.Cli;
using Editorial.Hosting.Reporting;

// A file-size limit (ulimit -f) answers a write past it with SIGXFSZ, whose default action ends the process at once: no
// message, the report lost, a temporary file left behind. Held here, the write fails instead (EFBIG), and each writer says so
// as it says a full disk: the cache is skipped, an --output report is refused with exit 2. The signal's number is 25 on
// Linux and macOS alike.
const int FileSizeLimitExceeded = 25;
using var fileSizeLimit = OperatingSystem.IsWindows() ? null : PosixSignalRegistration.Create((PosixSignal)FileSizeLimitExceeded, context => context.Cancel = true);
return new EditorialCli(Console.Out, Console.Error, terminal: TerminalCapabilities.DetectConsole()).Run(args);
