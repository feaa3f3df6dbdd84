return await Citations.Cli.CitationsApp.RunAsync(args, Console.In, Console.Out, Console.Error);
