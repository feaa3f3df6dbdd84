using System.Text;
using Citations.Cli;

// Standard output is buffered (the console's own writer flushes on every write, which dominates the
// time of a large `extract --format jsonl`); standard error stays unbuffered for progress and errors.
// Standard input is passed as bytes, so it is decoded as strictly as a file is.
var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16) { AutoFlush = false };
var code = await CitationsApp.RunAsync(args, Console.OpenStandardInput(), stdout, Console.Error, Environment.GetEnvironmentVariable);
try
{
    await stdout.FlushAsync();
    await stdout.DisposeAsync();
}
catch (Exception e) when (CitationsApp.IsClosedPipe(e))
{
    // The reader went away after the last write; nothing is lost that it wanted.
}
catch (IOException e)
{
    // Said once: when a write during the command failed, the command has reported it already.
    if (code != ExitCodes.OutputFailed) Console.Error.WriteLine($"citations: cannot write standard output: {e.Message}");
    code = code is ExitCodes.Ok or ExitCodes.InputRejected ? ExitCodes.OutputFailed : code;
}

return code;
