// Compiled into each test project that reads outputs back with an outside tool (linked from its csproj).
using System.Diagnostics;

namespace Citations.TestTools;

/// <summary>
/// Installs the independent readers the tests use (xmllint, Graphviz, Neo4j's Cypher parser) before the
/// first test when one is missing, so a plain `dotnet test` on a fresh clone checks outputs for real.
/// Both test assemblies may start it at once, so the run is serialised with a lock file.
/// </summary>
[TestClass]
public static class TestToolSetup
{
    [AssemblyInitialize]
    public static void Provision(TestContext context)
    {
        var tools = Path.Combine(RepositoryRoot(), "tests", "tools");
        if (Ready(tools)) return;

        using var gate = AcquireLock(Path.Combine(Path.GetTempPath(), "citations-test-tools.lock"));
        if (Ready(tools)) return;
        var start = new ProcessStartInfo("sh", [Path.Combine(tools, "setup.sh")]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(10))) process.Kill(entireProcessTree: true);
        context.WriteLine($"tests/tools/setup.sh exited {process.ExitCode}\n{output.Result}\n{error.Result}");
    }

    private static bool Ready(string tools) =>
        OnPath("xmllint") && OnPath("dot") && OnPath("node")
        && Directory.Exists(Path.Combine(tools, "cypher-lint", "node_modules", "@neo4j-cypher", "language-support"))
        && OnPath("chromium") && Directory.Exists(Path.Combine(tools, "report-check", "node_modules", "playwright-core"));

    private static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(dir => File.Exists(Path.Combine(dir, program)));

    private static FileStream AcquireLock(string path)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(10);
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(500);
            }
        }
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
