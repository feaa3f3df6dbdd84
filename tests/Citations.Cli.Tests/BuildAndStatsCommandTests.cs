using System.Xml.Linq;
using Newtonsoft.Json.Linq;
using static Citations.Cli.Tests.CliRunner;

namespace Citations.Cli.Tests;

[TestClass]
public sealed class BuildCommandTests
{
    [TestMethod]
    public void Build_Seed_WritesEveryFormatAndASummary()
    {
        using var temp = new TempFolder();
        var run = Run("build", Repo("seeds"), "--out", temp.Path, "--quiet");
        Assert.AreEqual(0, run.ExitCode, run.Error);
        foreach (var file in new[] { "graph.graphml", "graph.json", "graph.cypher", "graph.dot", "neo4j-import/import.sh", "neo4j-import/Statement.csv", "neo4j-import/INVOKES.csv" })
        {
            Assert.IsTrue(File.Exists(Path.Combine(temp.Path, file)), file);
        }

        StringAssert.Contains(run.Out, "Statements: 1 read, 0 rejected.");
        StringAssert.Contains(run.Out, "Invoked: 7 instruments");
        StringAssert.Contains(run.Out, "Most invoked:");
        StringAssert.Contains(run.Out, Path.Combine(temp.Path, "graph.graphml"));

        var graphml = XDocument.Load(Path.Combine(temp.Path, "graph.graphml"));
        XNamespace ns = "http://graphml.graphdrawing.org/xmlns";
        Assert.AreEqual(10, graphml.Descendants(ns + "node").Count(), "1 statement, 7 instruments, 1 actor, 1 source");
        var json = JObject.Parse(File.ReadAllText(Path.Combine(temp.Path, "graph.json")));
        Assert.AreEqual(7, json["edges"]!.Count(e => (string)e["type"]! == "INVOKES"));
    }

    [TestMethod]
    public void Build_SelectedFormats_WritesOnlyThose()
    {
        using var temp = new TempFolder();
        var run = Run("build", Repo("seeds"), "--out", temp.Path, "--format", "graphml,neo4j-csv", "--quiet");
        Assert.AreEqual(0, run.ExitCode, run.Error);
        Assert.IsTrue(File.Exists(Path.Combine(temp.Path, "graph.graphml")));
        Assert.IsTrue(Directory.Exists(Path.Combine(temp.Path, "neo4j-import")));
        Assert.IsFalse(File.Exists(Path.Combine(temp.Path, "graph.json")));
        Assert.AreEqual(2, Run("build", Repo("seeds"), "--out", temp.Path, "--format", "graphml,pdf").ExitCode);
    }

    [TestMethod]
    public void Build_OnlyRejectedStatements_WritesNothingAndExitsOne()
    {
        using var temp = new TempFolder();
        var input = temp.Write("bad.jsonl", "{\"id\": \"a\"}\n{broken\n");
        var run = Run("build", input, "--out", Path.Combine(temp.Path, "out"), "--quiet");
        Assert.AreEqual(1, run.ExitCode);
        StringAssert.Contains(run.Out, "Statements: 0 read, 2 rejected.");
        StringAssert.Contains(run.Error, $"{input}:1: rejected:");
        StringAssert.Contains(run.Error, "nothing was written");
        Assert.IsFalse(Directory.Exists(Path.Combine(temp.Path, "out")));
    }

    [TestMethod]
    public void Build_EmptyFolderOverAnEarlierOutput_LeavesTheEarlierOutputAndExitsOne()
    {
        using var temp = new TempFolder();
        var output = Path.Combine(temp.Path, "out");
        Assert.AreEqual(0, Run("build", Repo("seeds"), "--out", output, "--quiet").ExitCode);
        var before = File.ReadAllBytes(Path.Combine(output, "graph.json"));
        var corpus = Directory.CreateDirectory(Path.Combine(temp.Path, "corpus")).FullName;

        var run = Run("build", corpus, "--out", output, "--quiet");

        Assert.AreEqual(1, run.ExitCode, run.Error);
        StringAssert.Contains(run.Out, "Statements: 0 read, 0 rejected.");
        CollectionAssert.AreEqual(before, File.ReadAllBytes(Path.Combine(output, "graph.json")));
        var stats = Run("stats", Path.Combine(output, "graph.json"));
        Assert.AreEqual(0, stats.ExitCode, stats.Error);
        StringAssert.Contains(stats.Out, "Statement 1");
    }

    [TestMethod]
    public void Build_Shards_TogetherHoldEveryStatementOnce()
    {
        using var temp = new TempFolder();
        var corpus = Repo("corpus", "dev", "statements.jsonl");
        var whole = Run("build", corpus, "--out", Path.Combine(temp.Path, "whole"), "--format", "json", "--quiet");
        Assert.AreEqual(0, whole.ExitCode, whole.Error);
        var ids = new List<string>();
        var edges = new List<string>();
        for (var k = 1; k <= 3; k++)
        {
            var dir = Path.Combine(temp.Path, $"shard{k}");
            var run = Run("build", corpus, "--out", dir, "--format", "json", "--shard", $"{k}/3", "--quiet");
            Assert.AreEqual(0, run.ExitCode, run.Error);
            StringAssert.Contains(run.Out, $"this is shard {k}/3");
            var shard = JObject.Parse(File.ReadAllText(Path.Combine(dir, "graph.json")));
            ids.AddRange(shard["nodes"]!.Where(n => (string)n["label"]! == "Statement").Select(n => (string)n["id"]!));
            edges.AddRange(shard["edges"]!.Where(e => (string)e["type"]! == "INVOKES").Select(e => e.ToString(Newtonsoft.Json.Formatting.None)));
        }

        var full = JObject.Parse(File.ReadAllText(Path.Combine(temp.Path, "whole", "graph.json")));
        var fullIds = full["nodes"]!.Where(n => (string)n["label"]! == "Statement").Select(n => (string)n["id"]!).Order(StringComparer.Ordinal).ToList();
        CollectionAssert.AreEqual(fullIds, ids.Order(StringComparer.Ordinal).ToList());
        var fullEdges = full["edges"]!.Where(e => (string)e["type"]! == "INVOKES").Select(e => e.ToString(Newtonsoft.Json.Formatting.None)).Order(StringComparer.Ordinal).ToList();
        CollectionAssert.AreEqual(fullEdges, edges.Order(StringComparer.Ordinal).ToList());
        Assert.AreEqual(2, Run("build", corpus, "--shard", "4/3").ExitCode);
    }
}

[TestClass]
public sealed class StatsCommandTests
{
    [TestMethod]
    public void Stats_GraphJson_ShowsCountsAndRankings()
    {
        using var temp = new TempFolder();
        Assert.AreEqual(0, Run("build", Repo("corpus", "dev", "statements.jsonl"), "--out", temp.Path, "--format", "json", "--quiet").ExitCode);
        var run = Run("stats", Path.Combine(temp.Path, "graph.json"), "--top", "3");
        Assert.AreEqual(0, run.ExitCode, run.Error);
        StringAssert.Contains(run.Out, "Statement 148");
        StringAssert.Contains(run.Out, "Most invoked instruments");
        StringAssert.Contains(run.Out, "Invoked together");
        StringAssert.Contains(run.Out, "Years (");
    }

    [TestMethod]
    public void Stats_Invoking_ListsStatementsWithAllTheInstruments()
    {
        var run = Run("stats", Repo("corpus", "dev", "statements.jsonl"), "--invoking", "GENOCIDE,TPNW");
        Assert.AreEqual(0, run.ExitCode, run.Error);
        StringAssert.Contains(run.Out, "Statements invoking all of GENOCIDE, TPNW: 1");
        StringAssert.Contains(run.Out, "dev-024  2018  Liechtenstein");
    }

    [TestMethod]
    public void Stats_CorruptGraphJson_IsAClearError()
    {
        using var temp = new TempFolder();
        var file = temp.Write("graph.json", "{\"format\": \"citations-graph\", \"version\": 1, \"nodes\": [ {\"label\": \"Nope\"} ]}");
        var run = Run("stats", file);
        Assert.AreEqual(1, run.ExitCode);
        StringAssert.Contains(run.Error, file);
        Assert.IsFalse(run.Error.Contains("   at ", StringComparison.Ordinal));
    }
}
