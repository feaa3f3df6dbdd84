// Compiled into each test project that reads outputs back with an outside tool (linked from its csproj).
using System.Diagnostics;

namespace Citations.TestTools;

/// <summary>
/// Runs tests/tools/setup.sh before the first test of the assembly, so a plain `dotnet test` on a fresh
/// machine installs the independent readers (xmllint, Graphviz, networkx, Neo4j's Cypher parser, headless
/// Chromium with playwright-core and ajv for the report and the JSON Schemas) and checks
/// outputs for real. The script locks per checkout and checks readiness inside its lock, so assemblies and
/// clones may start it at once; when it fails, every test of the assembly fails with its output.
/// </summary>
[TestClass]
public static class TestToolSetup
{
    private static readonly TimeSpan s_limit = TimeSpan.FromMinutes(30);

    [AssemblyInitialize]
    public static void Provision(TestContext context)
    {
        var script = Path.Combine(RepositoryRoot(), "tests", "tools", "setup.sh");
        var start = new ProcessStartInfo("sh", [script]) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start sh " + script);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(s_limit))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"tests/tools/setup.sh did not finish within {s_limit.TotalMinutes} minutes\n{error.Result}");
        }

        process.WaitForExit();
        var report = $"tests/tools/setup.sh exited {process.ExitCode}\n{output.Result}{error.Result}";
        context.WriteLine(report);
        if (process.ExitCode != 0) throw new InvalidOperationException(report);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Citations.sln"))) return dir.FullName;
        }

        throw new InvalidOperationException("Citations.sln not found above " + AppContext.BaseDirectory);
    }
}
