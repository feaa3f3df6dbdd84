using System.Diagnostics;

namespace Citations.GraphExport.Tests;

/// <summary>
/// Installs the independent readers (xmllint, Graphviz, Neo4j's Cypher parser) before the first test
/// when one is missing, so a plain `dotnet test` on a fresh clone checks the outputs for real.
/// </summary>
[TestClass]
public static class ToolSetup
{
    [AssemblyInitialize]
    public static void Provision(TestContext context)
    {
        var lint = Path.Combine(ExternalTool.ToolsDirectory, "cypher-lint", "node_modules", "@neo4j-cypher", "language-support");
        if (ExternalTool.Find("xmllint") is not null && ExternalTool.Find("dot") is not null && Directory.Exists(lint)) return;

        var script = Path.Combine(ExternalTool.ToolsDirectory, "setup.sh");
        var start = new ProcessStartInfo("sh", [script]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(10))) process.Kill(entireProcessTree: true);
        context.WriteLine($"tests/tools/setup.sh exited {process.ExitCode}\n{output.Result}\n{error.Result}");
    }
}
