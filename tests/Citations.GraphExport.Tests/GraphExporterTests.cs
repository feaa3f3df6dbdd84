using Citations.Core.Tests.Graph;

namespace Citations.GraphExport.Tests;

[TestClass]
public sealed class GraphExporterTests
{
    [TestMethod]
    [DataRow("graphml", GraphFormat.GraphML)]
    [DataRow("GraphML", GraphFormat.GraphML)]
    [DataRow("neo4j-csv", GraphFormat.Neo4jCsv)]
    [DataRow("csv", GraphFormat.Neo4jCsv)]
    [DataRow("cypher", GraphFormat.Cypher)]
    [DataRow("json", GraphFormat.Json)]
    [DataRow("dot", GraphFormat.Dot)]
    public void TryParseFormat_Name_Format(string name, GraphFormat format)
    {
        Assert.IsTrue(GraphExporter.TryParseFormat(name, out var parsed));
        Assert.AreEqual(format, parsed);
    }

    [TestMethod]
    public void TryParseFormat_Unknown_False() => Assert.IsFalse(GraphExporter.TryParseFormat("xlsx", out _));

    [TestMethod]
    public void Export_EveryFormat_WritesFiles()
    {
        var graph = GraphFixtures.SeedGraph();
        var directory = ExternalTool.TempFile("-export");
        foreach (var name in GraphExporter.FormatNames)
        {
            Assert.IsTrue(GraphExporter.TryParseFormat(name, out var format));
            var path = Path.Combine(directory, "graph." + (GraphExporter.Extension(format) ?? "import"));
            var written = GraphExporter.Export(graph, format, path);
            Assert.IsTrue(written.Length > 0);
            Assert.IsTrue(written.All(File.Exists), name);
            Assert.IsTrue(written.All(f => new FileInfo(f).Length > 0), name);
        }

        var json = GraphJsonReader.Read(Path.Combine(directory, "graph.json"));
        CollectionAssert.AreEqual(GraphFixtures.Dump(graph), GraphFixtures.Dump(json));
    }

    [TestMethod]
    public void Export_SameGraphTwice_SameBytes()
    {
        byte[] Bytes(GraphFormat format)
        {
            using var stream = new MemoryStream();
            GraphExporter.Export(GraphFixtures.HostileGraph(), format, stream);
            return stream.ToArray();
        }

        foreach (var format in new[] { GraphFormat.GraphML, GraphFormat.Json, GraphFormat.Cypher, GraphFormat.Dot })
        {
            CollectionAssert.AreEqual(Bytes(format), Bytes(format), format.ToString());
        }
    }

    [TestMethod]
    public void Export_CsvToStream_Throws()
    {
        using var stream = new MemoryStream();
        Assert.ThrowsExactly<ArgumentException>(() => GraphExporter.Export(GraphFixtures.SeedGraph(), GraphFormat.Neo4jCsv, stream));
    }
}
