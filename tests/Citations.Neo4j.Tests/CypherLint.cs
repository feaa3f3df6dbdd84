using System.Diagnostics;
using System.Text;
using Newtonsoft.Json.Linq;

namespace Citations.Neo4j.Tests;

/// <summary>
/// Runs tests/tools/cypher-lint (Neo4j's own Cypher parser, npm @neo4j-cypher/language-support) on statements.
/// tests/tools/setup.sh installs it; without node or the package the test is inconclusive, never passed.
/// </summary>
internal static class CypherLint
{
    public static string RepositoryRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Citations.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException("Citations.sln not found above " + AppContext.BaseDirectory);
        }
    }

    /// <summary>Lints a script (statements ending in ';'); returns the tool's JSON: statements, diagnostics, literals.</summary>
    public static JObject Run(string script)
    {
        var node = Find("node");
        if (node is null)
        {
            Assert.Fail("node is not installed (Node.js) and tests/tools/setup.sh could not provide it");
        }

        var directory = Path.Combine(RepositoryRoot, "tests", "tools", "cypher-lint");
        if (!Directory.Exists(Path.Combine(directory, "node_modules", "@neo4j-cypher", "language-support")))
        {
            Assert.Fail("@neo4j-cypher/language-support is not installed and tests/tools/setup.sh could not install it");
        }

        var path = Path.Combine(Path.GetTempPath(), "citations-neo4j-tests-" + Guid.NewGuid().ToString("N") + ".cypher");
        File.WriteAllText(path, script, new UTF8Encoding(false));
        try
        {
            var start = new ProcessStartInfo(node!)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                StandardOutputEncoding = new UTF8Encoding(false),
                UseShellExecute = false,
            };
            start.ArgumentList.Add(Path.Combine(directory, "lint.mjs"));
            start.ArgumentList.Add("--literals");
            start.ArgumentList.Add(path);
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(60_000))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail("cypher-lint did not finish in 60 s");
            }

            Assert.AreEqual(0, process.ExitCode, error.Result);
            return JObject.Parse(output.Result);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>
    /// The error diagnostics of a lint result, except "Parameter $rows is not defined": the linter checks parameters
    /// against a database schema it is not given, and <c>$rows</c> is the one parameter the loader sends with each batch.
    /// </summary>
    public static List<JToken> Errors(JObject lint) =>
    [
        .. ((JArray)lint["diagnostics"]!).Where(d => (string?)d["severity"] == "error"
            && !((string?)d["message"] == "Parameter $rows is not defined." && (string?)d["text"] == "$rows")),
    ];

    private static string? Find(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, program))
            .FirstOrDefault(File.Exists);
}
