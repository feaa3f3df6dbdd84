namespace Citations.Cli.Tests;

/// <summary>Runs the command in-process with captured streams, as a shell would see it.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error);

internal static class CliRunner
{
    public static CliRun Run(params string[] args) => RunWithInput("", args);

    public static CliRun RunWithInput(string stdin, params string[] args) => RunWithEnvironment(stdin, _ => null, args);

    public static CliRun RunWithEnvironment(string stdin, Func<string, string?> environment, params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        // MSTest runs tests without a synchronisation context, so waiting here cannot deadlock.
        var code = CitationsApp.RunAsync(args, new StringReader(stdin), output, error, environment).GetAwaiter().GetResult();
        return new CliRun(code, output.ToString(), error.ToString());
    }

    private static readonly Lazy<string> s_root = new(() =>
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Citations.sln"))) directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("Citations.sln not found");
    });

    public static string Repo(params string[] parts) => Path.Combine([s_root.Value, .. parts]);
}

/// <summary>A temporary folder deleted after the test.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("citations-cli-").FullName;

    public string Write(string name, string content)
    {
        var file = System.IO.Path.Combine(Path, name);
        File.WriteAllText(file, content);
        return file;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
