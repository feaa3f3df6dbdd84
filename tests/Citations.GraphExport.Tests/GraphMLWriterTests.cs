using System.Collections.Immutable;
using System.Xml.Linq;
using Citations.Core.Graph;
using Citations.Core.Tests.Graph;
using Newtonsoft.Json.Linq;

namespace Citations.GraphExport.Tests;

[TestClass]
public sealed class GraphMLWriterTests
{
    private static readonly XNamespace G = GraphMLWriter.Namespace;

    private static string WriteFile(CitationGraph graph)
    {
        var path = ExternalTool.TempFile(".graphml");
        using (var stream = File.Create(path))
        {
            GraphMLWriter.Write(graph, stream);
        }

        return path;
    }

    [TestMethod]
    [DynamicData(nameof(TestGraphs.All), typeof(TestGraphs))]
    public void Write_Graph_ValidatesAgainstTheGraphMLSchema(string name)
    {
        var xmllint = ExternalTool.Require("xmllint", "Debian package libxml2-utils");
        var path = WriteFile(TestGraphs.Get(name));
        var xsd = Path.Combine(ExternalTool.ToolsDirectory, "graphml", "graphml.xsd");

        var result = ExternalTool.Run(xmllint, ["--noout", "--nonet", "--schema", xsd, path]);

        Assert.AreEqual(0, result.ExitCode, result.Error);
        StringAssert.Contains(result.Error, "validates");
    }

    [TestMethod]
    [DynamicData(nameof(TestGraphs.All), typeof(TestGraphs))]
    public void Write_Graph_NetworkxReadsTheSameNodesEdgesAndValues(string name)
    {
        var python = ExternalTool.Require("python3", "python3 with networkx");
        var graph = TestGraphs.Get(name);
        var path = WriteFile(graph);
        const string script = """
            import json, sys
            import networkx as nx
            g = nx.read_graphml(sys.argv[1], force_multigraph=True)
            out = {"directed": g.is_directed(),
                   "nodes": [[n, d] for n, d in g.nodes(data=True)],
                   "edges": [[u, v, d] for u, v, k, d in g.edges(keys=True, data=True)]}
            sys.stdout.write(json.dumps(out, ensure_ascii=True))
            """;

        var result = ExternalTool.Run(python, ["-c", script, path]);
        if (result.ExitCode != 0 && result.Error.Contains("No module named 'networkx'", StringComparison.Ordinal))
        {
            Assert.Fail("python3 has no networkx: install it (Debian: python3-networkx) to read GraphML back");
        }

        Assert.AreEqual(0, result.ExitCode, result.Error);
        var read = JObject.Parse(result.Output);
        Assert.IsTrue((bool)read["directed"]!);
        var nodes = (JArray)read["nodes"]!;
        var edges = (JArray)read["edges"]!;
        Assert.AreEqual(graph.NodeCount, nodes.Count);
        Assert.AreEqual(graph.EdgeCount, edges.Count);

        var nodeIds = new Dictionary<GraphNode, string>();
        var byGraphMLId = nodes.ToDictionary(n => (string)n[0]!, n => (JObject)n[1]!);
        foreach (var node in graph.Nodes)
        {
            var id = "n" + nodeIds.Count;
            nodeIds[node] = id;
            var data = byGraphMLId[id];
            Assert.AreEqual(":" + GraphSchema.Name(node.Label), (string?)data["labels"]);
            Assert.AreEqual(Text.XmlSafe(NodeCaption.Of(node)), (string?)data["label"], node.ToString());
            AssertSameProperties([.. node.Properties.Where(p => p.Name != "label")], data, skip: ["label"]);
        }

        var readEdges = edges.Select(e => ((string)e[0]!, (string)e[1]!, (JObject)e[2]!)).ToList();
        foreach (var edge in graph.Edges)
        {
            var matches = readEdges.Where(e => e.Item1 == nodeIds[edge.Source] && e.Item2 == nodeIds[edge.Target]
                && (string?)e.Item3["label"] == GraphSchema.Name(edge.Type)).ToList();
            Assert.AreEqual(1, matches.Count, edge.ToString());
            AssertSameProperties(edge.Properties, matches[0].Item3, skip: ["label", "id"]);
        }
    }

    private static void AssertSameProperties(ImmutableArray<GraphProperty> properties, JObject data, string[] skip)
    {
        var expectedNames = new HashSet<string>(StringComparer.Ordinal) { "labels" };
        foreach (var property in properties)
        {
            if (property.Value is null)
            {
                Assert.IsNull(data[property.Name], property.Name);
                continue;
            }

            expectedNames.Add(property.Name);
            var value = data[property.Name];
            Assert.IsNotNull(value, property.Name);
            switch (property.Value)
            {
                case string s:
                    Assert.AreEqual(Text.XmlSafe(s), (string?)value, property.Name);
                    break;
                case int i:
                    Assert.AreEqual(JTokenType.Integer, value.Type, property.Name);
                    Assert.AreEqual(i, (int)value);
                    break;
                case double d:
                    Assert.AreEqual(JTokenType.Float, value.Type, property.Name);
                    Assert.AreEqual(d, (double)value);
                    break;
                case bool b:
                    Assert.AreEqual(JTokenType.Boolean, value.Type, property.Name);
                    Assert.AreEqual(b, (bool)value);
                    break;
                case ImmutableArray<string> list:
                    Assert.AreEqual(JTokenType.String, value.Type, property.Name);
                    CollectionAssert.AreEqual(list.Select(Text.XmlSafe).ToArray(),
                        JArray.Parse((string)value!).Select(t => (string)t!).ToArray(), property.Name);
                    break;
                default:
                    Assert.Fail(property.Name);
                    break;
            }
        }

        var extra = data.Properties().Select(p => p.Name).Where(n => !expectedNames.Contains(n) && !skip.Contains(n)).ToList();
        Assert.AreEqual(0, extra.Count, "unexpected attributes: " + string.Join(", ", extra));
    }

    [TestMethod]
    public void Write_SeedGraph_ApocConventions()
    {
        var graph = GraphFixtures.SeedGraph();
        using var text = new StringWriter();
        GraphMLWriter.Write(graph, text);
        var document = XDocument.Parse(text.ToString());

        Assert.IsNull(document.DocumentType);
        var root = document.Root!;
        Assert.AreEqual(G + "graphml", root.Name);
        var keys = root.Elements(G + "key").ToList();
        Assert.IsTrue(keys.All(k => k.Attribute("attr.type") is not null && k.Attribute("attr.name") is not null));
        Assert.AreEqual(keys.Count, keys.Select(k => (string)k.Attribute("id")!).Distinct().Count());
        var domains = keys.ToDictionary(k => (string)k.Attribute("id")!, k => (string)k.Attribute("for")!);
        Assert.AreEqual("string", (string?)keys.Single(k => (string?)k.Attribute("attr.name") == "surfaces").Attribute("attr.type"));
        Assert.AreEqual("boolean", (string?)keys.Single(k => (string?)k.Attribute("attr.name") == "catalogued").Attribute("attr.type"));
        Assert.AreEqual("int", (string?)keys.Single(k => (string?)k.Attribute("attr.name") == "mentions").Attribute("attr.type"));

        var graphElement = root.Element(G + "graph")!;
        Assert.AreEqual("directed", (string?)graphElement.Attribute("edgedefault"));
        var children = graphElement.Elements().ToList();
        var lastNode = children.FindLastIndex(e => e.Name == G + "node");
        var firstEdge = children.FindIndex(e => e.Name == G + "edge");
        Assert.IsTrue(lastNode < firstEdge, "nodes come before edges");
        CollectionAssert.AreEqual(Enumerable.Range(0, graph.NodeCount).Select(i => "n" + i).ToArray(),
            graphElement.Elements(G + "node").Select(n => (string)n.Attribute("id")!).ToArray());

        foreach (var element in graphElement.Elements())
        {
            var domain = element.Name == G + "node" ? "node" : "edge";
            foreach (var data in element.Elements(G + "data"))
            {
                Assert.AreEqual(domain, domains[(string)data.Attribute("key")!], "a key is used only where it is declared for");
            }
        }

        var iccpr = graphElement.Elements(G + "node").Single(n => n.Elements(G + "data").Any(d => (string?)d.Attribute("key") == "id" && d.Value == "ICCPR"));
        Assert.AreEqual(":Instrument", iccpr.Elements(G + "data").Single(d => (string?)d.Attribute("key") == "labels").Value);
        var invokes = graphElement.Elements(G + "edge").First(e => e.Elements(G + "data").Any(d => d.Value == "INVOKES"));
        StringAssert.StartsWith(invokes.Elements(G + "data").Single(d => (string?)d.Attribute("key") == GraphMLWriter.EdgeKey("surfaces")).Value, "[\"");
    }

    [TestMethod]
    public void Write_SeedGraph_EveryNodeHasAReadableLabelAndNoReservedKey()
    {
        var graph = GraphFixtures.SeedGraph();
        using var text = new StringWriter();
        GraphMLWriter.Write(graph, text);
        var root = XDocument.Parse(text.ToString()).Root!;
        var nodeKeys = root.Elements(G + "key").Where(k => (string?)k.Attribute("for") == "node").ToList();
        var labelKey = (string)nodeKeys.Single(k => (string?)k.Attribute("attr.name") == "label").Attribute("id")!;
        var labels = root.Element(G + "graph")!.Elements(G + "node")
            .ToDictionary(n => n.Elements(G + "data").Single(d => (string?)d.Attribute("key") == "id").Value,
                n => n.Elements(G + "data").Single(d => (string?)d.Attribute("key") == labelKey).Value);
        Assert.AreEqual(graph.NodeCount, labels.Count);
        Assert.IsTrue(labels.Values.All(l => l.Length > 0));
        Assert.AreEqual("ICCPR (1966)", labels["ICCPR"]);
        foreach (var provision in graph.Provisions)
        {
            Assert.AreEqual($"{provision.Instrument} art. {provision.DisplayLabel["Article ".Length..]}", labels[provision.Id]);
        }

        Assert.IsTrue(graph.Provisions.Any());
        var statement = graph.Statements.First(s => s.Issuer is not null && s.Date is not null);
        Assert.AreEqual($"{statement.Issuer}, {statement.Date}", labels[statement.Id]);
    }

    [TestMethod]
    public void Write_ForbiddenCharacters_AreRemovedAndTheRestKept()
    {
        Assert.AreEqual("a\\u0000b\tc\n\r\\u001F\\uD800🙂\\uFFFE", Text.XmlSafe("a\u0000b\tc\n\r\u001F\uD800🙂\uFFFE"));
        Assert.AreEqual("é <&> ]]>", Text.XmlSafe("é <&> ]]>"));
    }
}
