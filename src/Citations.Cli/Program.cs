using System.Text;

// Standard output is buffered (the console's own writer flushes on every write, which dominates the
// time of a large `extract --format jsonl`); standard error stays unbuffered for progress and errors.
await using var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16) { AutoFlush = false };
var code = await Citations.Cli.CitationsApp.RunAsync(args, Console.In, stdout, Console.Error);
await stdout.FlushAsync();
return code;
