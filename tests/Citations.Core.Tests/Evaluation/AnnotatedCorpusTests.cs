using Citations.Core.Evaluation;
using Citations.Core.Tests.Extraction;
using Newtonsoft.Json.Linq;

namespace Citations.Core.Tests.Evaluation;

/// <summary>
/// Every annotated split under corpus/ is well formed: gold lines in the statements' order, every
/// surface copied verbatim from its text, every key described in a keys file. Nothing here reads the
/// extractor, so the held-out splits can be checked without being looked at.
/// </summary>
[TestClass]
public sealed class AnnotatedCorpusTests
{
    public static IEnumerable<object[]> Splits() =>
        Directory.GetDirectories(RepositoryFiles.Path("corpus"))
            .Where(d => File.Exists(Path.Combine(d, "gold.jsonl")))
            .Select(d => new object[] { Path.GetFileName(d) })
            .OrderBy(d => (string)d[0], StringComparer.Ordinal);

    [TestMethod]
    public void Splits_AreTheTenAnnotatedOnes()
    {
        CollectionAssert.AreEquivalent(new[] { "dev", "extra", "extra2", "extra3", "extra4", "extra5", "holdout", "holdout2", "holdout3", "holdout4" }, Splits().Select(s => (string)s[0]).ToArray());
    }

    [TestMethod]
    [DynamicData(nameof(Splits))]
    public void Split_GoldFollowsTheStatementsAndQuotesThem(string split)
    {
        var folder = RepositoryFiles.Path("corpus", split);
        var texts = File.ReadLines(Path.Combine(folder, "statements.jsonl")).Select(JObject.Parse)
            .Select(r => ((string)r["id"]!, (string)r["text"]!)).ToList();
        var gold = File.ReadLines(Path.Combine(folder, "gold.jsonl")).Select(JObject.Parse).ToList();
        CollectionAssert.AreEqual(texts.Select(t => t.Item1).ToArray(), gold.Select(g => (string)g["id"]!).ToArray(), "one gold line per statement, same order");
        Assert.AreEqual(texts.Count, GoldStandard.Read(Path.Combine(folder, "gold.jsonl")).Count);

        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in new[] { Path.Combine(folder, "keys.json"), RepositoryFiles.Path("corpus", "dev", "keys.json") }.Where(File.Exists))
        {
            keys.UnionWith(JObject.Parse(File.ReadAllText(file)).Properties().Select(p => p.Name));
        }

        var problems = new List<string>();
        for (var k = 0; k < texts.Count; k++)
        {
            foreach (var entry in (JArray)gold[k]["instruments"]!)
            {
                var key = (string)entry["key"]!;
                // Resolutions are keyed by their symbols, which describe themselves.
                if (!keys.Contains(key) && !key.Contains('/', StringComparison.Ordinal)) problems.Add($"{texts[k].Item1}: key {key} is in no keys.json");
                foreach (var surface in entry["surfaces"]!.Select(s => (string)s!))
                {
                    if (!texts[k].Item2.Contains(surface, StringComparison.Ordinal)) problems.Add($"{texts[k].Item1}: surface not in the text");
                }
            }
        }

        Assert.AreEqual(0, problems.Count, string.Join("\n", problems));
    }
}
