using System.Diagnostics;
using System.Text;
using Citations.Core.Tests.Graph;

namespace Citations.GraphExport.Tests;

/// <summary>Runs the independent readers the tests check output with (xmllint, python3 + networkx, node, dot).
/// tests/tools/setup.sh installs them, run once before the tests when one is missing; a test whose tool is still
/// missing fails, since a reader that is not there checks nothing.</summary>
internal static class ExternalTool
{
    public sealed record Result(int ExitCode, string Output, string Error);

    public static string ToolsDirectory => Path.Combine(GraphFixtures.RepositoryRoot, "tests", "tools");

    /// <summary>The full path of a program on PATH, or an inconclusive test.</summary>
    public static string Require(string program, string installHint)
    {
        var path = Find(program);
        if (path is null)
        {
            Assert.Fail($"{program} is not installed ({installHint}) and tests/tools/setup.sh could not install it");
        }

        return path!;
    }

    public static string? Find(string program)
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(dir, program);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    public static Result Run(string program, IEnumerable<string> arguments, string? input = null, int timeoutSeconds = 60)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = input is not null,
            StandardOutputEncoding = new UTF8Encoding(false),
            StandardErrorEncoding = new UTF8Encoding(false),
            UseShellExecute = false,
        };
        if (input is not null)
        {
            start.StandardInputEncoding = new UTF8Encoding(false);
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["PYTHONIOENCODING"] = "utf-8";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (input is not null)
        {
            process.StandardInput.Write(input);
            process.StandardInput.Close();
        }

        if (!process.WaitForExit(timeoutSeconds * 1000))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{program} did not finish in {timeoutSeconds} s");
        }

        return new Result(process.ExitCode, output.Result, error.Result);
    }

    public static string TempFile(string extension)
    {
        var dir = Path.Combine(Path.GetTempPath(), "citations-graph-tests");
        Directory.CreateDirectory(dir);
        return Path.Combine(dir, Guid.NewGuid().ToString("N") + extension);
    }
}
