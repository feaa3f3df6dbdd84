return Citations.Cli.CitationsApp.Run(args, Console.In, Console.Out, Console.Error);
