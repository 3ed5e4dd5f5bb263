using Editorial.Cli;
using Editorial.Hosting.Reporting;

FileSizeLimit.FailWritesPastIt();
return new EditorialCli(Console.Out, Console.Error, terminal: TerminalCapabilities.DetectConsole()).Run(args);
