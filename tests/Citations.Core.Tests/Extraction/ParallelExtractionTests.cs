using Citations.Core.Extraction;
using Citations.CorpusGenerator;
using Newtonsoft.Json.Linq;

namespace Citations.Core.Tests.Extraction;

[TestClass]
public sealed class ParallelExtractionTests
{
    /// <summary>The dev corpus, then generated statements of 1 to 50 KB: real phrasing and the synthetic mix.</summary>
    private static List<Statement> Statements()
    {
        var statements = File.ReadLines(RepositoryFiles.Path("corpus", "dev", "statements.jsonl"))
            .Select(JObject.Parse)
            .Select(r => new Statement((string)r["id"]!, (string)r["text"]!, StatementMetadata.Empty))
            .ToList();
        statements.AddRange(new StatementGenerator(11, InstrumentCatalog.BuiltIn).Generate(1_000_000));
        return statements;
    }

    [TestMethod]
    [DataRow(2, ParallelExtraction.DefaultBatchChars)]
    [DataRow(3, 20_000)]
    [DataRow(4, 1)]
    public void Extract_SeveralThreads_SameResultsInInputOrderAsSequential(int threads, int batchChars)
    {
        var statements = Statements();
        var extractor = ExtractorFixture.Extractor;
        var sequential = statements.Select(s => extractor.Extract(s).Citations).ToList();

        var parallel = ParallelExtraction.Extract(statements, extractor, threads, batchChars).ToList();

        Assert.AreEqual(statements.Count, parallel.Count);
        for (var k = 0; k < statements.Count; k++)
        {
            Assert.AreSame(statements[k], parallel[k].Statement, $"statement {k} out of order");
            CollectionAssert.AreEqual(sequential[k].Select(Describe).ToList(), parallel[k].Citations.Select(Describe).ToList(), $"citations of {statements[k].Id}");
        }
    }

    /// <summary>Every field, provisions included (a record compares its ImmutableArray by reference).</summary>
    private static string Describe(Citation c) => (c with { Provisions = [] }) + " " + string.Join(",", c.Provisions);

    [TestMethod]
    public void Extract_StoppedEarly_ReadsAtMostTwoBatchesAhead()
    {
        var read = 0;
        IEnumerable<Statement> Endless()
        {
            for (var k = 0; ; k++)
            {
                read++;
                yield return new Statement($"s{k}", "We recall article 6 of the International Covenant on Civil and Political Rights.", StatementMetadata.Empty);
            }
        }

        var first = ParallelExtraction.Extract(Endless(), ExtractorFixture.Extractor, 2, batchChars: 1000).Take(5).ToList();

        Assert.AreEqual(5, first.Count);
        Assert.AreEqual("ICCPR", first[4].Citations.Single().InstrumentId);
        Assert.IsTrue(read <= 2 * 1000 / 80 + 2, $"{read} statements read for 5 results");
    }

    [TestMethod]
    public void Extract_YearThatEndsOneNameBeforeAnother_DoesNotThrow()
    {
        // Found by the generated corpus: "…Convention, the 1957" then "Abolition…" made two overlapping mentions.
        const string text = "Our country has ratified the Abolition of Forced Labour Convention, the 1957 Abolition of Forced Labor Convention, 1957 and the Optional Protocol on the sale of children, child prostitution and child pornography.";
        var citations = ExtractorFixture.Extract(text);
        Assert.IsTrue(citations.Count >= 2);
        Assert.IsTrue(citations.All(c => text.Substring(c.Start, c.Length) == c.Surface));
    }
}
