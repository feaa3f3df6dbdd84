using Citations.Core.Graph;
using Citations.Core.Tests.Graph;
using Newtonsoft.Json.Linq;

namespace Citations.GraphExport.Tests;

[TestClass]
public sealed class CypherScriptWriterTests
{
    private static readonly string[] AwkwardValues =
    [
        "", "'", "\\", "\\'", "'\\", "end\\", "\u0000", "\uD800 lone high", "lone low \uDC00", "🙂", "\r\n", "*/ //", "`x`",
        GraphFixtures.Hostile,
    ];

    private static readonly Lazy<Dictionary<string, JObject>> Results = new(LintAll);

    // The parser needs seconds for a few kilobytes; the hostile graph holds the seed graph and more.
    private static readonly string[] LintedGraphs = ["hostile", "empty", "no-statements"];

    /// <summary>
    /// Every script the tests check, parsed by tests/tools/cypher-lint (Neo4j's Cypher parser) in one run:
    /// the parser takes seconds to start.
    /// </summary>
    private static Dictionary<string, JObject> LintAll()
    {
        var node = ExternalTool.Require("node", "Node.js");
        var lintDirectory = Path.Combine(ExternalTool.ToolsDirectory, "cypher-lint");
        if (!Directory.Exists(Path.Combine(lintDirectory, "node_modules", "@neo4j-cypher", "language-support")))
        {
            Assert.Fail("@neo4j-cypher/language-support is not installed and tests/tools/setup.sh could not install it");
        }

        var scripts = LintedGraphs.ToDictionary(n => n, n => Script(TestGraphs.Get(n), batchSize: 3));
        scripts["awkward"] = string.Concat(AwkwardValues.Select(v => $"RETURN {CypherScriptWriter.String(v)} AS v;\n"));
        var files = scripts.ToDictionary(s => s.Key, s =>
        {
            var path = ExternalTool.TempFile(".cypher");
            File.WriteAllText(path, s.Value, Text.Utf8);
            return path;
        });

        var result = ExternalTool.Run(node, [Path.Combine(lintDirectory, "lint.mjs"), "--literals", .. files.Values]);
        Assert.AreEqual(0, result.ExitCode, result.Error);
        var byFile = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(JObject.Parse)
            .ToDictionary(j => (string)j["file"]!);
        return files.ToDictionary(f => f.Key, f => byFile[f.Value]);
    }

    private static string Script(CitationGraph graph, int batchSize = 1000)
    {
        using var writer = new StringWriter();
        CypherScriptWriter.Write(graph, writer, new CypherScriptOptions { BatchSize = batchSize });
        return writer.ToString();
    }

    private static int ExpectedStatements(CitationGraph graph, int batchSize) =>
        GraphSchema.Labels.Length
        + GraphSchema.Labels.Sum(l => (graph.Count(l) + batchSize - 1) / batchSize)
        + GraphSchema.RelationshipTypes.Sum(t => (graph.Count(t) + batchSize - 1) / batchSize);

    [TestMethod]
    [DataRow("hostile")]
    [DataRow("empty")]
    [DataRow("no-statements")]
    public void Write_Graph_EveryStatementParsesWithNeo4jsParser(string name)
    {
        var graph = TestGraphs.Get(name);
        var lint = Results.Value[name];

        var errors = ((JArray)lint["diagnostics"]!).Where(d => (string?)d["severity"] == "error").ToList();
        Assert.AreEqual(0, errors.Count, string.Join("\n", errors));
        Assert.AreEqual(ExpectedStatements(graph, 3), (int)lint["statements"]!);
    }

    [TestMethod]
    public void Write_HostileGraph_EveryStringReadsBackAsItsValue()
    {
        var graph = GraphFixtures.HostileGraph();
        var lint = Results.Value["hostile"];

        var literals = ((JArray)lint["literals"]!).Select(t => (string)t!).ToHashSet(StringComparer.Ordinal);
        var missing = TestGraphs.Strings(graph).Where(s => !literals.Contains(s)).ToList();
        Assert.AreEqual(0, missing.Count, "not read back: " + string.Join(" | ", missing));
        Assert.Contains("Title " + GraphFixtures.Hostile, literals);
        Assert.Contains(GraphFixtures.HostileId, literals);
    }

    [TestMethod]
    public void String_AwkwardValues_ReadBackExactly()
    {
        var lint = Results.Value["awkward"];

        Assert.AreEqual(0, ((JArray)lint["diagnostics"]!).Count, lint["diagnostics"]!.ToString());
        Assert.AreEqual(AwkwardValues.Length, (int)lint["statements"]!);
        // Code units, not strings: Newtonsoft.Json reads a lone surrogate escape as U+FFFD.
        var literals = ((JArray)lint["literalUnits"]!).Select(l => new string(l.Select(u => (char)(int)u).ToArray())).ToArray();
        Assert.AreEqual(AwkwardValues.Length, literals.Length);
        for (var i = 0; i < literals.Length; i++)
        {
            Assert.AreEqual(AwkwardValues[i], literals[i], $"value {i}: expected {Codes(AwkwardValues[i])}, read {Codes(literals[i])}");
        }
    }

    private static string Codes(string value) => string.Join(" ", value.Select(c => ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture)));

    [TestMethod]
    [DataRow("it's", @"'it\'s'")]
    [DataRow(@"a\b", @"'a\\b'")]
    [DataRow("line\nbreak", @"'line\nbreak'")]
    [DataRow("nul\u0000", @"'nul\u0000'")]
    [DataRow("Défenseur des droits 🙂", "'Défenseur des droits 🙂'")]
    [DataRow("\"double\"", "'\"double\"'")]
    public void String_Value_IsEscapedLiteral(string value, string literal) =>
        Assert.AreEqual(literal, CypherScriptWriter.String(value));

    [TestMethod]
    public void Write_SeedGraph_ConstraintsFirstThenIdempotentMerges()
    {
        var script = Script(GraphFixtures.SeedGraph());
        var lines = script.Split('\n');

        Assert.AreEqual("CREATE CONSTRAINT statement_id IF NOT EXISTS FOR (n:Statement) REQUIRE n.id IS UNIQUE;", lines[1]);
        Assert.AreEqual(5, lines.Count(l => l.StartsWith("CREATE CONSTRAINT", StringComparison.Ordinal)));
        Assert.IsFalse(script.Contains("CREATE (", StringComparison.Ordinal), "only MERGE, so the script can run twice");
        StringAssert.Contains(script, "MERGE (n:Instrument {id: row.id})\nSET n += row.props;");
        StringAssert.Contains(script, "MATCH (a:Statement {id: row.from})\nMATCH (b:Instrument {id: row.to})\nMERGE (a)-[r:INVOKES]->(b)\nSET r += row.props;");
        StringAssert.Contains(script, "{id: 'ICCPR', props: {title: 'International Covenant on Civil and Political Rights', kind: 'treaty', adopted: '1966-12-16', entryIntoForce: '1976-03-23', treatySeries: '999 UNTS 171', catalogued: true}}");
        StringAssert.Contains(script, "mentions: 3, surfaces: ['article 6 (1) of the International Covenant on Civil and Political Rights', 'article 6 (1) and article 7 of the Covenant', 'article 2 (3) (a)'], confidence: 0.97");
    }

    [TestMethod]
    public void Write_BatchSizeTwo_SplitsIntoUnwindsOfTwoRows()
    {
        var graph = GraphFixtures.SeedGraph();
        var script = Script(graph, batchSize: 2);
        var unwinds = script.Split('\n').Count(l => l == "UNWIND [");
        Assert.AreEqual(ExpectedStatements(graph, 2) - 5, unwinds);
    }
}
