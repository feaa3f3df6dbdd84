using System.Collections.Immutable;
using System.Text;
using System.Xml;
using Citations.Core;
using Citations.Core.Graph;

namespace Citations.GraphExport.Tests;

/// <summary>
/// The stream writer writes GraphML without an XML writer; these tests hold it to the bytes the
/// <see cref="XmlWriter"/> overload gives (UTF-8, two-space indentation, entitized new lines, values through
/// Text.XmlSafe and lists through Newtonsoft), character by character.
/// </summary>
[TestClass]
public sealed class GraphMLStreamTests
{
    // Every class of character the two escapings treat apart: markup, controls XML forbids, new lines,
    // JSON's quote and backslash and the separators Newtonsoft escapes, non-ASCII, surrogates paired and
    // lone, and the non-characters U+FFFE and U+FFFF.
    private static readonly string[] s_awkward =
    [
        "Convention on the Rights of the Child",
        "Article 6 <ICCPR> & \"the Covenant\" 'quoted'",
        "line one\nline two\r\nline three\rend\ttab",
        "\0\u0001\u0008\u000B\u000C\u001F\u007F",
        "back\\slash \\u0041 and ]]> and --> and <!-- -->",
        "Pacte international relatif aux droits civils et politiques, article 19 § 2 — «liberté»",
        "\u0085 next line \u2028 line separator \u2029 paragraph separator \u00A0 no-break space",
        "Конвенция о правах ребенка 儿童权利公约 اتفاقية حقوق الطفل",
        "emoji \U0001F4DC scroll, lone high \uD800 here, lone low \uDC00 there, at the end \uD83D",
        "\uDE00 starts low, \uD7FF \uE000 \uFFFD \uFFFE \uFFFF",
        "",
        " ",
    ];

    [TestMethod]
    [DynamicData(nameof(TestGraphs.All), typeof(TestGraphs))]
    public void Write_TestGraph_SameBytesAsTheXmlWriter(string name)
    {
        var graph = TestGraphs.Get(name);

        CollectionAssert.AreEqual(ThroughXmlWriter(graph), ThroughStream(graph));
    }

    [TestMethod]
    public void Write_AwkwardCharactersInEveryKindOfValue_SameBytesAsTheXmlWriter()
    {
        var graph = GraphOf(s_awkward, [1.0, 0.8, 0.95, 1e-7, 0.1 + 0.2, 123456789.0, 0.0]);

        var expected = ThroughXmlWriter(graph);

        CollectionAssert.AreEqual(expected, ThroughStream(graph), Encoding.UTF8.GetString(ThroughStream(graph)));
    }

    [TestMethod]
    public void Write_RandomStrings_SameBytesAsTheXmlWriter()
    {
        // Fixed seed: the same strings on every run. Characters are drawn mostly from the awkward ones above.
        var random = new Random(13);
        var pool = string.Concat(s_awkward) + "abcdefghijklmnopqrstuvwxyz 0123456789.,;()[]{}";
        var values = Enumerable.Range(0, 300)
            .Select(_ => new string([.. Enumerable.Range(0, random.Next(1, 200)).Select(_ => pool[random.Next(pool.Length)])]))
            .ToArray();

        var graph = GraphOf(values, [.. Enumerable.Range(0, 50).Select(_ => random.NextDouble())]);

        CollectionAssert.AreEqual(ThroughXmlWriter(graph), ThroughStream(graph));
    }

    [TestMethod]
    public void Write_ValueLongerThanTheBuffer_SameBytesAsTheXmlWriter()
    {
        var text = string.Concat(Enumerable.Repeat("Article 6 of the International Covenant on Civil and Political Rights & é \U0001F4DC\n", 4000));
        var graph = GraphOf([text, new string('x', 200_000)], [0.5]);

        CollectionAssert.AreEqual(ThroughXmlWriter(graph), ThroughStream(graph));
    }

    private static CitationGraph GraphOf(string[] values, double[] confidences)
    {
        var nodes = new List<GraphNode>();
        var edges = new List<GraphEdge>();
        var instrument = new InstrumentNode("ICCPR", "International Covenant on Civil and Political Rights", InstrumentKind.Treaty)
        {
            Adopted = "1966-12-16", Catalogued = true,
        };
        nodes.Add(instrument);
        for (var i = 0; i < values.Length; i++)
        {
            var value = values[i];
            var statement = new StatementNode($"s-{i}")
            {
                Title = value, Issuer = value.Length > 0 ? value : null, Date = "1990", Source = value, Url = "https://example.org/?a=1&b=<2>",
            };
            var provision = new ProvisionNode($"ICCPR/art/{i}", "ICCPR", value.Length > 0 ? value : "6", null, value);
            var actor = new ActorNode($"actor-{i}", value.Length > 0 ? value : "Poland");
            nodes.AddRange([statement, provision, actor]);
            var confidence = confidences[i % confidences.Length];
            edges.Add(new InvokesEdge(statement, instrument, i + 1, [value, "the Covenant", value], confidence));
            edges.Add(new CitesEdge(statement, provision, 1, i % 3 == 0 ? [] : [value]));
            edges.Add(new GraphEdge(RelationshipType.IssuedBy, statement, actor));
            edges.Add(new GraphEdge(RelationshipType.ProvisionOf, provision, instrument));
        }

        return CitationGraph.FromParts(nodes, edges);
    }

    private static byte[] ThroughStream(CitationGraph graph)
    {
        using var stream = new MemoryStream();
        GraphMLWriter.Write(graph, stream);
        return stream.ToArray();
    }

    private static byte[] ThroughXmlWriter(CitationGraph graph)
    {
        using var stream = new MemoryStream();
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(false), Indent = true, IndentChars = "  ", NewLineChars = "\n",
            NewLineHandling = NewLineHandling.Entitize, CloseOutput = false,
        };
        using (var writer = XmlWriter.Create(stream, settings))
        {
            GraphMLWriter.Write(graph, writer);
        }

        return stream.ToArray();
    }
}
