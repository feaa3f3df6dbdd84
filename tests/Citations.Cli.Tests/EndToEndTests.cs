using System.Diagnostics;
using static Citations.Cli.Tests.CliRunner;

namespace Citations.Cli.Tests;

/// <summary>The built program, run as a user runs it: a separate process, real stdin and exit code.</summary>
[TestClass]
public sealed class EndToEndTests
{
    [TestMethod]
    public void BuiltBinary_ExtractFromStdin_WritesJsonLinesAndExitsZero()
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "citations.dll");
        Assert.IsTrue(File.Exists(dll), dll);
        var start = new ProcessStartInfo("dotnet", [dll, "extract", "-", "--format", "jsonl"])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Repo(),
        };
        using var process = Process.Start(start)!;
        process.StandardInput.Write("{\"id\": \"e2e\", \"text\": \"Security Council resolutions 242 (1967) and 338 (1973) and common Article 3\"}\n");
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        Assert.IsTrue(process.WaitForExit(60_000));
        Assert.AreEqual(0, process.ExitCode, error);
        StringAssert.Contains(output, "\"id\":\"e2e\"");
        StringAssert.Contains(output, "\"instrument\":\"S/RES/338(1973)\"");
        StringAssert.Contains(output, "\"instrument\":\"GC-1949\"");
    }

    [TestMethod]
    public void BuiltBinary_BuildSeeds_WritesTheReportAndTheMentionsBesideTheGraph()
    {
        using var folder = new TempFolder();
        var (code, output, error) = RunBinary("build", "seeds", "--out", folder.Path, "--quiet");

        Assert.AreEqual(0, code, error);
        foreach (var name in new[] { "report.html", "mentions.csv", "graph.graphml", "graph.json", "graph.dot", "graph.cypher" })
        {
            Assert.IsTrue(File.Exists(Path.Combine(folder.Path, name)), name);
        }

        StringAssert.Contains(output, "html       " + Path.Combine(folder.Path, "report.html"));
        StringAssert.Contains(output, "mentions   " + Path.Combine(folder.Path, "mentions.csv"));
    }

    [TestMethod]
    public void BuiltBinary_UnknownCommand_ExitsTwoNamingTheCommandAsRun()
    {
        var (code, _, error) = RunBinary("frobnicate");

        Assert.AreEqual(2, code);
        StringAssert.Contains(error, "Try 'dotnet citations.dll --help'.");
    }

    private static (int Code, string Output, string Error) RunBinary(params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "citations.dll");
        var start = new ProcessStartInfo("dotnet", [dll, .. args])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Repo(),
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.IsTrue(process.WaitForExit(120_000));
        return (process.ExitCode, output.Result, error.Result);
    }
}
