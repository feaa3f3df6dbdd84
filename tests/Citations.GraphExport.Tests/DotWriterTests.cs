using Citations.Core.Graph;
using Citations.Core.Tests.Graph;
using Newtonsoft.Json.Linq;

namespace Citations.GraphExport.Tests;

[TestClass]
public sealed class DotWriterTests
{
    [TestMethod]
    [DynamicData(nameof(TestGraphs.All), typeof(TestGraphs))]
    public void Write_Graph_GraphvizReadsEveryNodeAndEdge(string name)
    {
        var dot = ExternalTool.Require("dot", "Debian package graphviz");
        var graph = TestGraphs.Get(name);
        var path = ExternalTool.TempFile(".dot");
        using (var writer = new StreamWriter(path, false, Text.Utf8))
        {
            DotWriter.Write(graph, writer, new DotOptions { AllNodes = true, Legend = false });
        }

        var result = ExternalTool.Run(dot, ["-Tjson0", path]);

        Assert.AreEqual(0, result.ExitCode, result.Error);
        var json = JObject.Parse(result.Output);
        var objects = (JArray?)json["objects"] ?? [];
        var edges = (JArray?)json["edges"] ?? [];
        Assert.AreEqual(graph.NodeCount, objects.Count);
        Assert.AreEqual(graph.EdgeCount, edges.Count);
        var nodes = graph.Nodes;
        for (var i = 0; i < nodes.Length; i++)
        {
            var read = objects.Single(o => (string?)o["name"] == "n" + i);
            // Graphviz keeps escString escapes as written; undo ours to compare with the id.
            var tooltip = Unescape((string)read["tooltip"]!);
            Assert.AreEqual(Visible(GraphSchema.Name(nodes[i].Label) + " " + nodes[i].Id), tooltip);
        }
    }

    [TestMethod]
    [DynamicData(nameof(TestGraphs.All), typeof(TestGraphs))]
    public void Write_Default_GraphvizDrawsStatementsInstrumentsAndTheLegendOnly(string name)
    {
        var dot = ExternalTool.Require("dot", "Debian package graphviz");
        var graph = TestGraphs.Get(name);
        var path = ExternalTool.TempFile(".dot");
        using (var writer = new StreamWriter(path, false, Text.Utf8))
        {
            DotWriter.Write(graph, writer);
        }

        var result = ExternalTool.Run(dot, ["-Tjson0", path]);

        Assert.AreEqual(0, result.ExitCode, result.Error);
        var objects = ((JArray?)JObject.Parse(result.Output)["objects"] ?? []).OfType<JObject>().Where(o => o["nodes"] is null).ToList();
        var shown = objects.Where(o => !DotWriter.IsLegendNode((string)o["name"]!)).ToList();
        Assert.AreEqual(graph.Statements.Count() + graph.Instruments.Count(), shown.Count);
        Assert.AreEqual(1, objects.Count - shown.Count, "the legend, one node");
        StringAssert.Contains((string?)objects.Single(o => DotWriter.IsLegendNode((string)o["name"]!))["label"], "Legend");
    }

    [TestMethod]
    public void Write_SeedGraph_LabelsKeepIssuerDateYearAndArticles()
    {
        using var writer = new StringWriter();
        DotWriter.Write(GraphFixtures.SeedGraph(), writer);
        var dot = writer.ToString();

        StringAssert.StartsWith(dot, "digraph citations {\n");
        StringAssert.Contains(dot, "[label=\"ICCPR (1966)\", tooltip=\"Instrument ICCPR\", shape=box, fillcolor=\"#cfe2f3\", penwidth=2]");
        StringAssert.Contains(dot, "tooltip=\"Instrument S/RES/822(1993)\", shape=box, fillcolor=\"#eeeeee\", style=\"filled,dashed\"");
        // The issuer is cut, the date kept whole.
        StringAssert.Contains(dot, "[label=\"Commissioner for Human Righ…, 2026-02-23\", tooltip=\"Statement 000_61a26d28c61a68b3\", shape=note");
        StringAssert.Contains(dot, "\"n1\" -> \"n8\" [label=\"art. 2(3)(a), 6(1), 7\"];");
        Assert.IsFalse(dot.Contains("Provision ", StringComparison.Ordinal), "provisions only on request");
        Assert.IsFalse(dot.Contains("Actor ", StringComparison.Ordinal), "actors only on request");
    }

    [TestMethod]
    [DataRow("say \"hi\"", "\"say \\\"hi\\\"\"")]
    [DataRow("a\\b", "\"a\\\\b\"")]
    [DataRow("two\nlines", "\"two\\nlines\"")]
    [DataRow("nul\u0000 gone", "\"nul gone\"")]
    public void Quote_Value_EscapedForDot(string value, string quoted) => Assert.AreEqual(quoted, DotWriter.Quote(value));

    private static string Visible(string value)
    {
        var quoted = DotWriter.Quote(value);
        return Unescape(quoted[1..^1]);
    }

    private static string Unescape(string value) =>
        value.Replace("\\\"", "\"", StringComparison.Ordinal).Replace("\\\\", "\\", StringComparison.Ordinal).Replace("\\n", "\n", StringComparison.Ordinal);
}
