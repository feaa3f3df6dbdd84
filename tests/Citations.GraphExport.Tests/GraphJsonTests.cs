using Citations.Core.Graph;
using Citations.Core.Tests.Graph;
using Newtonsoft.Json.Linq;

namespace Citations.GraphExport.Tests;

[TestClass]
public sealed class GraphJsonTests
{
    [TestMethod]
    [DynamicData(nameof(TestGraphs.All), typeof(TestGraphs))]
    public void Read_WhatWriteWrote_IsTheSameGraph(string name)
    {
        var graph = TestGraphs.Get(name);
        using var stream = new MemoryStream();
        GraphJsonWriter.Write(graph, stream);
        stream.Position = 0;

        var read = GraphJsonReader.Read(stream);

        CollectionAssert.AreEqual(GraphFixtures.Dump(graph), GraphFixtures.Dump(read));
        Assert.AreEqual(graph.NodeCount, read.NodeCount);
        Assert.AreEqual(graph.EdgeCount, read.EdgeCount);
    }

    [TestMethod]
    public void Write_SeedGraph_PlainJsonWithSchemaNames()
    {
        using var text = new StringWriter();
        GraphJsonWriter.Write(GraphFixtures.SeedGraph(), text, indented: false);
        var json = JObject.Parse(text.ToString());

        Assert.AreEqual("citations-graph", (string?)json["format"]);
        var iccpr = json["nodes"]!.Single(n => (string?)n["id"] == "ICCPR");
        Assert.AreEqual("Instrument", (string?)iccpr["label"]);
        Assert.AreEqual("treaty", (string?)iccpr["properties"]!["kind"]);
        Assert.IsTrue((bool)iccpr["properties"]!["catalogued"]!);
        var provision = json["nodes"]!.Single(n => (string?)n["id"] == "ICCPR/art/6(1)");
        Assert.AreEqual("Provision", (string?)provision["label"]);
        Assert.AreEqual("Article 6(1)", (string?)provision["properties"]!["label"]);
        var invokes = json["edges"]!.First(e => (string?)e["type"] == "INVOKES" && (string?)e["to"] == "ICCPR" && (string?)e["from"] == GraphFixtures.CommitteeId);
        Assert.AreEqual(3, (int)invokes["properties"]!["mentions"]!);
        Assert.AreEqual(3, ((JArray)invokes["properties"]!["surfaces"]!).Count);
        Assert.IsNull(json["nodes"]!.Single(n => (string?)n["id"] == "S/RES/822(1993)")["properties"]!["adopted"], "absent values are left out");
    }

    [TestMethod]
    public void Read_EdgeToMissingNode_ReportsFileAndLine()
    {
        const string json = """
            {
              "format": "citations-graph",
              "version": 1,
              "nodes": [ { "label": "Statement", "id": "s1" } ],
              "edges": [
                { "type": "INVOKES", "from": "s1", "to": "ICCPR", "properties": { "mentions": 1, "surfaces": ["ICCPR"], "confidence": 1.0 } }
              ]
            }
            """;

        var e = Assert.ThrowsExactly<GraphExportException>(() => GraphJsonReader.Read(new StringReader(json), "graph.json"));
        Assert.AreEqual("graph.json", e.File);
        Assert.AreEqual(6, e.Line);
        StringAssert.Contains(e.Message, "ICCPR");
    }

    [TestMethod]
    [DataRow("""{"format": "citations-graph", "version": 1, "nodes": [{"label": "Person", "id": "x"}], "edges": []}""", "Person")]
    [DataRow("""{"format": "citations-graph", "version": 2, "nodes": [], "edges": []}""", "version")]
    [DataRow("""{"nodes": [], "edges": []}""", "format")]
    [DataRow("""{"format": "citations-graph", "version": 1, "nodes": [{"label": "Instrument", "id": "X", "properties": {"title": "T", "kind": "poem"}}]}""", "poem")]
    [DataRow("""{"format": "citations-graph", "version": 1, "nodes": [""", "")]
    public void Read_BadFile_ThrowsGraphExportException(string json, string mentioned)
    {
        var e = Assert.ThrowsExactly<GraphExportException>(() => GraphJsonReader.Read(new StringReader(json)));
        StringAssert.Contains(e.Message, mentioned);
    }
}
