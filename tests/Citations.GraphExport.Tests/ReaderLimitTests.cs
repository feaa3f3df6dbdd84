using Citations.Core;
using Citations.Core.Graph;
using Citations.Core.Tests.Graph;
using Newtonsoft.Json.Linq;

namespace Citations.GraphExport.Tests;

/// <summary>Outputs stay within what their readers accept, and distinct ids stay distinct, whatever the ids hold.</summary>
[TestClass]
public sealed class ReaderLimitTests
{
    private static CitationGraph GraphOf(params string[] ids)
    {
        var builder = new CitationGraphBuilder(GraphFixtures.Catalog);
        foreach (var id in ids)
        {
            builder.Add(new ExtractionResult(new Statement(id, "The Convention against Torture applies.", StatementMetadata.Empty), []));
        }

        return builder.Graph;
    }

    [TestMethod]
    public void Dot_StatementIdOver16Kilobytes_GraphvizReadsTheFile()
    {
        var dot = ExternalTool.Require("dot", "Debian package graphviz");
        var graph = GraphOf(new string('x', 40_000), "short");
        var path = ExternalTool.TempFile(".dot");
        using (var writer = new StreamWriter(path, false, Text.Utf8))
        {
            DotWriter.Write(graph, writer);
        }

        var result = ExternalTool.Run(dot, ["-Tjson0", path]);

        Assert.AreEqual(0, result.ExitCode, result.Error);
        var objects = ((JArray)JObject.Parse(result.Output)["objects"]!).Where(o => !DotWriter.IsLegendNode((string)o["name"]!)).ToList();
        Assert.HasCount(2, objects);
        Assert.IsTrue(objects.All(o => ((string)o["tooltip"]!).Length <= DotWriter.MaxTooltipLength));
    }

    [TestMethod]
    public void GraphML_IdsDifferingOnlyByXmlForbiddenCharacters_StayDistinctForNetworkx()
    {
        var python = ExternalTool.Require("python3", "python3 with networkx");
        var graph = GraphOf("dev-1", "dev-1\u0001", "dev-1\u0002", "dev-1\uFFFE");
        var path = ExternalTool.TempFile(".graphml");
        using (var stream = File.Create(path))
        {
            GraphMLWriter.Write(graph, stream);
        }

        var result = ExternalTool.Run(python, ["-c", "import sys, networkx as nx; g = nx.read_graphml(sys.argv[1]); print(len({d['id'] for _, d in g.nodes(data=True)}))", path]);

        Assert.AreEqual(0, result.ExitCode, result.Error);
        Assert.AreEqual("4", result.Output.Trim());
    }
}
