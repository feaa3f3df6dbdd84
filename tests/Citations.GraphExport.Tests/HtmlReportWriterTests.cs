using System.Text.RegularExpressions;
using Citations.Core;
using Citations.Core.Tests.Graph;
using Newtonsoft.Json.Linq;

namespace Citations.GraphExport.Tests;

[TestClass]
public sealed partial class HtmlReportWriterTests
{
    private static string Write(Citations.Core.Graph.CitationGraph graph, IEnumerable<MentionRow> mentions)
    {
        using var writer = new StringWriter();
        HtmlReportWriter.Write(graph, mentions, new ReportSummary(2, 1, "citations test"), writer);
        return writer.ToString();
    }

    private static JObject Data(string html) => JObject.Parse(DataBlock().Match(html).Groups["json"].Value);

    [TestMethod]
    public void Write_SeedGraph_EmbedsEveryStatementInstrumentAndLinkAsJson()
    {
        var graph = GraphFixtures.SeedGraph();

        var data = Data(Write(graph, []));

        Assert.AreEqual(graph.Statements.Count(), ((JArray)data["statements"]!).Count);
        Assert.AreEqual(graph.Instruments.Count(), ((JArray)data["instruments"]!).Count);
        Assert.AreEqual(graph.Count(Citations.Core.Graph.RelationshipType.Invokes), ((JArray)data["invokes"]!).Count);
        Assert.AreEqual(1, (int)data["summary"]!["rejected"]!);
        var iccpr = ((JArray)data["instruments"]!).Single(i => (string?)i["id"] == "ICCPR");
        Assert.AreEqual("1966-12-16", (string?)iccpr["adopted"]);
    }

    [TestMethod]
    public void Write_MentionWithMarkup_StaysInsideTheDataBlockAsEscapedText()
    {
        var graph = GraphFixtures.SeedGraph();
        var statement = graph.Statements.First();
        const string context = "It cited </script><script>alert(1)</script> & <!-- the ICCPR --> \u2028 ]]>";
        var mention = new MentionRow(statement.Id, null, null, null, "ICCPR", "International Covenant on Civil and Political Rights",
            InstrumentKind.Treaty, true, ["6(1)"], "the ICCPR", 0, 9, 1.0, context);

        var html = Write(graph, [mention]);

        Assert.AreEqual(3, Regex.Count(html, "</script>"), "the page's own blocks only");
        Assert.IsFalse(html.Contains("<!-- the ICCPR", StringComparison.Ordinal));
        var read = (JArray)((JArray)Data(html)["mentions"]!).Single();
        Assert.AreEqual(context, (string?)read[4]);
        CollectionAssert.AreEqual(new[] { "6(1)" }, ((JArray)read[3]).Select(p => (string)p!).ToArray());
    }

    [TestMethod]
    public void Write_SameGraphTwice_SameBytesAndNoNetworkReference()
    {
        var first = Write(GraphFixtures.SeedGraph(), []);
        var second = Write(GraphFixtures.SeedGraph(), []);

        Assert.AreEqual(first, second);
        Assert.IsFalse(Regex.IsMatch(first, @"<(script|link|img)[^>]+(src|href)\s*=\s*[""']?https?:"), "everything is inside the file");
        StringAssert.Contains(first, "Copyright (c) 2016-2026, The Cytoscape Consortium.");
    }

    [TestMethod]
    public void Write_MentionOfAnUnknownStatement_IsLeftOut()
    {
        var mention = new MentionRow("not-in-graph", null, null, null, "ICCPR", "t", InstrumentKind.Treaty, true, [], "ICCPR", 0, 5, 1.0, "ICCPR");

        Assert.AreEqual(0, ((JArray)Data(Write(GraphFixtures.SeedGraph(), [mention]))["mentions"]!).Count);
    }

    [GeneratedRegex("<script type=\"application/json\" id=\"citations-data\">(?<json>.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex DataBlock();
}
