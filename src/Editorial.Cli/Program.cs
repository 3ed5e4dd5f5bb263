using Editorial.Cli;

return new EditorialCli(Console.Out, Console.Error).Run(args);
