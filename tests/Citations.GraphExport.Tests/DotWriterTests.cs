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
            DotWriter.Write(graph, writer);
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
    public void Write_SeedGraph_InstrumentsAndStatementsStyledApart()
    {
        using var writer = new StringWriter();
        DotWriter.Write(GraphFixtures.SeedGraph(), writer);
        var dot = writer.ToString();

        StringAssert.StartsWith(dot, "digraph citations {\n");
        StringAssert.Contains(dot, "[label=\"ICCPR\", tooltip=\"Instrument ICCPR\", shape=box, fillcolor=\"#cfe2f3\", penwidth=2]");
        StringAssert.Contains(dot, "tooltip=\"Instrument S/RES/822(1993)\", shape=box, fillcolor=\"#eeeeee\", style=\"filled,dashed\"");
        StringAssert.Contains(dot, "tooltip=\"Statement 000_61a26d28c61a68b3\", shape=note");
        StringAssert.Contains(dot, "[label=\"INVOKES ×3\"]");
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
