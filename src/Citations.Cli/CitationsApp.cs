using System.CommandLine;
using Citations.Core;

namespace Citations.Cli;

/// <summary>Exit codes scripts can rely on.</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    /// <summary>Some input was rejected (the rest was processed), or a run stopped on bad input.</summary>
    public const int InputRejected = 1;
    /// <summary>The command line or a catalog file given with it is wrong.</summary>
    public const int Usage = 2;
    /// <summary>Neo4j refused or could not be reached (credentials, database, server, network).</summary>
    public const int Neo4j = 3;
}

/// <summary>The `citations` command, runnable in-process with its own streams.</summary>
public static class CitationsApp
{
    public static Task<int> RunAsync(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr) =>
        RunAsync(args, stdin, stdout, stderr, Environment.GetEnvironmentVariable);

    /// <param name="environment">Where NEO4J_PASSWORD and the like are read from (tests pass their own).</param>
    public static async Task<int> RunAsync(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr, Func<string, string?> environment)
    {
        var console = new CliConsole(stdin, stdout, stderr);
        var root = new RootCommand(
            "Citations: finds the treaties, conventions, covenants, protocols, declarations and UN resolutions " +
            "that statements invoke, down to the article, and builds a citation graph from them.")
        {
            BuildCommand.Create(console),
            ExtractCommand.Create(console),
            StatsCommand.Create(console),
            LoadCommand.Create(console, environment),
            CatalogCommand.Create(console),
            EvaluateCommand.Create(console),
        };

        // The version is this assembly's, also when the command runs inside another process (tests).
        foreach (var option in root.Options.OfType<VersionOption>()) option.Action = new PrintVersion(stdout);

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors) stderr.WriteLine($"citations: {error.Message}");
            stderr.WriteLine($"Try '{CommandName.Current} --help'.");
            return ExitCodes.Usage;
        }

        try
        {
            return await parsed.InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (Citations.GraphExport.GraphExportException e)
        {
            stderr.WriteLine($"citations: {e.Describe()}");
            return ExitCodes.InputRejected;
        }
        catch (CitationsException e)
        {
            stderr.WriteLine($"citations: {e.Describe()}");
            return e.File is not null && e.Line is null && e.Message.StartsWith("cannot read", StringComparison.Ordinal)
                ? ExitCodes.InputRejected
                : ExitCodes.Usage;
        }
        catch (IOException e)
        {
            stderr.WriteLine($"citations: {e.Message}");
            return ExitCodes.InputRejected;
        }
    }
}

internal sealed class PrintVersion(TextWriter output) : System.CommandLine.Invocation.SynchronousCommandLineAction
{
    public static string Version =>
        typeof(CitationsApp).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            .OfType<System.Reflection.AssemblyInformationalVersionAttribute>().FirstOrDefault()?.InformationalVersion ?? "unknown";

    public override int Invoke(ParseResult parseResult)
    {
        output.WriteLine(Version);
        return ExitCodes.Ok;
    }
}

/// <summary>The streams a command reads and writes, so tests run commands in-process.</summary>
internal sealed record CliConsole(TextReader In, TextWriter Out, TextWriter Error);
