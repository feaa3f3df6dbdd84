using System.CommandLine;
using Citations.Core;
using Citations.Core.Ingest;

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
    /// <summary>An output could not be written (a folder not writable, a full disk, a locked file).</summary>
    public const int OutputFailed = 4;
    /// <summary>A bug: an error the program did not expect (the message says so; --verbose shows where).</summary>
    public const int Internal = 70;

    /// <summary>The exit code for an error of this kind.</summary>
    public static int For(CitationsErrorKind kind) => kind switch
    {
        CitationsErrorKind.Input => InputRejected,
        CitationsErrorKind.Output => OutputFailed,
        CitationsErrorKind.Neo4j => Neo4j,
        _ => Usage,
    };
}

/// <summary>The `citations` command, runnable in-process with its own streams.</summary>
public static class CitationsApp
{
    public static Task<int> RunAsync(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr) =>
        RunAsync(args, stdin, stdout, stderr, Environment.GetEnvironmentVariable);

    /// <param name="environment">Where NEO4J_PASSWORD and the like are read from (tests pass their own).</param>
    public static Task<int> RunAsync(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr, Func<string, string?> environment) =>
        RunAsync(args, new CliConsole(paths => StatementReader.Read(paths, stdin), stdout, stderr), environment);

    /// <summary>With standard input as bytes (as the process has it), decoded as strictly as a file.</summary>
    public static Task<int> RunAsync(string[] args, Stream stdin, TextWriter stdout, TextWriter stderr, Func<string, string?> environment) =>
        RunAsync(args, new CliConsole(paths => StatementReader.Read(paths, stdin), stdout, stderr), environment);

    private static async Task<int> RunAsync(string[] args, CliConsole console, Func<string, string?> environment)
    {
        var (stdout, stderr) = (console.Out, console.Error);
        var verbose = new Option<bool>("--verbose") { Description = "On an error, show its stack trace as well.", Recursive = true };
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
            UnknownsCommand.Create(console),
        };
        root.Options.Add(verbose);

        // The version is this assembly's, also when the command runs inside another process (tests).
        foreach (var option in root.Options.OfType<VersionOption>()) option.Action = new PrintVersion(stdout);

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors) stderr.WriteLine($"citations: {error.Message}");
            stderr.WriteLine($"Try '{CommandName.Current} --help'.");
            return ExitCodes.Usage;
        }

        var showTrace = parsed.GetValue(verbose);
        int Fail(string message, Exception e, int code)
        {
            stderr.WriteLine($"citations: {message}");
            if (showTrace) stderr.WriteLine(e.ToString());
            return code;
        }

        try
        {
            return await parsed.InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (IsClosedPipe(e))
        {
            // The reader went away (`citations extract … | head`): what it wanted was written; end quietly.
            return ExitCodes.Ok;
        }
        catch (CitationsException e)
        {
            return Fail(e.Describe(), e, ExitCodes.For(e.ErrorKind));
        }
        catch (IOException e)
        {
            // Inputs are read through ingest, which turns their I/O errors into rejections: this one is an output's.
            return Fail("cannot write: " + e.Message, e, ExitCodes.OutputFailed);
        }
        catch (OperationCanceledException e)
        {
            return Fail("cancelled", e, ExitCodes.Internal);
        }
        catch (Exception e)
        {
            return Fail($"internal error: {e.GetType().Name}: {e.Message}{(showTrace ? "" : " (--verbose shows where)")}", e, ExitCodes.Internal);
        }
    }

    /// <summary>A write to a pipe whose reader has closed it (EPIPE), however deep it is wrapped.</summary>
    internal static bool IsClosedPipe(Exception? e)
    {
        const int BrokenPipe = 32;
        for (; e is not null; e = e.InnerException)
        {
            if (e is IOException { HResult: BrokenPipe }) return true;
        }

        return false;
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
/// <param name="Read">Reads inputs, standard input ("-") included.</param>
internal sealed record CliConsole(Func<IEnumerable<string>, IEnumerable<IngestRecord>> Read, TextWriter Out, TextWriter Error);
