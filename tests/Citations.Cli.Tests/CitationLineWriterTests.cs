using System.Globalization;
using Citations.Core;
using Citations.Core.Extraction;
using Citations.Core.Ingest;
using Newtonsoft.Json;
using static Citations.Cli.Tests.CliRunner;

namespace Citations.Cli.Tests;

/// <summary>
/// The extract line writer formats JSON itself; these tests hold it to what Newtonsoft's JsonTextWriter
/// wrote for the same line (the writer the command used before), on real statements and on awkward text.
/// </summary>
[TestClass]
public sealed class CitationLineWriterTests
{
    private static readonly string[] s_awkward =
    [
        "the International Covenant on Civil and Political Rights",
        "\"the Covenant\" and 'the Charter' \\ back\\slash /slash",
        "line\nbreak\r\nand\rcarriage\ttab\bbackspace\fform feed",
        "\0\u0001\u000B\u001F\u007F controls",
        "\u0085 next line \u2028 line separator \u2029 paragraph separator \u00A0 \u2027 \u202A",
        "Pacte international relatif aux droits civils et politiques — «article 19 § 2»",
        "Конвенция 儿童权利公约 اتفاقية \U0001F4DC lone \uD800 high and \uDC00 low, at the end \uD83D",
        "<script>&amp;</script>",
        "",
    ];

    [TestMethod]
    public void Write_DevelopmentCorpus_SameLinesAsNewtonsoft()
    {
        var extractor = new CitationExtractor(InstrumentCatalog.BuiltIn);
        var statements = StatementReader.Read([Repo("corpus", "dev", "statements.jsonl")]).OfType<IngestedStatement>().Select(r => r.Statement);
        var results = statements.Select(extractor.Extract).ToList();

        Assert.HasCount(148, results);
        Assert.AreEqual(Newtonsoft(results), Ours(results));
    }

    [TestMethod]
    public void Write_AwkwardTextInEveryField_SameLinesAsNewtonsoft()
    {
        double[] confidences = [1.0, 0.8, 0.95, 0.12345, 0.0005, 0.0004, 0.1 + 0.2, 0.0, 1e-9];
        var results = s_awkward.Select((text, i) => new ExtractionResult(
            new Statement(text.Length > 0 ? text : "s-0", text, StatementMetadata.Empty),
            [.. s_awkward.Select((surface, k) => new Citation(surface, text, (InstrumentKind)(k % 7), k % 2 == 0, surface, i, k * 1000,
                k % 3 == 0 ? [] : [text, "6(1)", surface], confidences[(i + k) % confidences.Length], MentionKind.Title)
            {
                Parent = k % 4 == 1 ? surface : null,
            })])).ToList();

        Assert.AreEqual(Newtonsoft(results), Ours(results));
    }

    [TestMethod]
    public void Write_StatementWithoutCitations_EmptyList()
    {
        var result = new ExtractionResult(new Statement("dev-001", "Poland attaches great importance to human rights.", StatementMetadata.Empty), []);

        Assert.AreEqual("{\"id\":\"dev-001\",\"citations\":[]}\n", Ours([result]));
    }

    [TestMethod]
    public void Write_ManyLongCitations_LineLargerThanTheFirstBuffer()
    {
        var surface = string.Concat(Enumerable.Repeat("Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment ", 50));
        var result = new ExtractionResult(new Statement("long", surface, StatementMetadata.Empty),
            [.. Enumerable.Range(0, 40).Select(i => new Citation("CAT", surface, InstrumentKind.Treaty, true, surface, i, surface.Length, ["1"], 1.0, MentionKind.Title))]);

        Assert.AreEqual(Newtonsoft([result]), Ours([result]));
    }

    private static string Ours(IEnumerable<ExtractionResult> results)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var writer = new CitationLineWriter(text))
        {
            foreach (var (statement, citations) in results) writer.Write(statement, citations);
        }

        return text.ToString();
    }

    // The writer `extract` used until the line writer replaced it, kept as the reference.
    private static string Newtonsoft(IEnumerable<ExtractionResult> results)
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        foreach (var (statement, citations) in results)
        {
            using var json = new JsonTextWriter(output) { Formatting = Formatting.None, CloseOutput = false, Culture = CultureInfo.InvariantCulture };
            json.WriteStartObject();
            json.WritePropertyName("id");
            json.WriteValue(statement.Id);
            json.WritePropertyName("citations");
            json.WriteStartArray();
            foreach (var citation in citations)
            {
                json.WriteStartObject();
                json.WritePropertyName("instrument");
                json.WriteValue(citation.InstrumentId);
                json.WritePropertyName("title");
                json.WriteValue(citation.Title);
                json.WritePropertyName("kind");
                json.WriteValue(citation.Kind.ToString().ToLowerInvariant());
                json.WritePropertyName("catalogued");
                json.WriteValue(citation.Catalogued);
                json.WritePropertyName("surface");
                json.WriteValue(citation.Surface);
                json.WritePropertyName("start");
                json.WriteValue(citation.Start);
                json.WritePropertyName("length");
                json.WriteValue(citation.Length);
                json.WritePropertyName("provisions");
                json.WriteStartArray();
                foreach (var provision in citation.Provisions) json.WriteValue(provision);
                json.WriteEndArray();
                json.WritePropertyName("confidence");
                json.WriteValue(Math.Round(citation.Confidence, 3));
                if (citation.Parent is not null)
                {
                    json.WritePropertyName("parent");
                    json.WriteValue(citation.Parent);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.Flush();
            output.Write('\n');
        }

        return output.ToString();
    }
}
