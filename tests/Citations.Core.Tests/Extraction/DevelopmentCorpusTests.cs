using Citations.Core.Evaluation;
using Newtonsoft.Json.Linq;

namespace Citations.Core.Tests.Extraction;

/// <summary>
/// The extractor against the hand-annotated development corpus (corpus/dev). The thresholds are the
/// project's targets; a change that drops below them fails here, with every difference listed.
/// </summary>
[TestClass]
public sealed class DevelopmentCorpusTests
{
    private static readonly Lazy<EvaluationReport> s_report = new(() =>
    {
        var scorer = new Scorer(GoldStandard.Read(RepositoryFiles.Path("corpus", "dev", "gold.jsonl")));
        foreach (var line in File.ReadLines(RepositoryFiles.Path("corpus", "dev", "statements.jsonl")))
        {
            var record = JObject.Parse(line);
            Assert.IsTrue(scorer.Add((string)record["id"]!, ExtractorFixture.Extract((string)record["text"]!)));
        }

        return scorer.Report();
    });

    private static string Differences => string.Join("\n", s_report.Value.Differences.Select(d => $"{d.StatementId} {(d.Missed ? "missed" : "false hit")} {d.Instrument} {d.Article} '{d.Surface}'"));

    [TestMethod]
    public void Evaluate_DevelopmentCorpus_MeetsInstrumentTargets()
    {
        var report = s_report.Value;
        Assert.AreEqual(148, report.Statements);
        Assert.IsTrue(report.Instruments.Precision >= 0.98, $"precision {report.Instruments.Precision:F3}\n{Differences}");
        Assert.IsTrue(report.Instruments.Recall >= 0.97, $"recall {report.Instruments.Recall:F3}\n{Differences}");
    }

    [TestMethod]
    public void Evaluate_DevelopmentCorpus_MeetsArticleTargets()
    {
        Assert.IsTrue(s_report.Value.Articles.Precision >= 0.95, $"article precision {s_report.Value.Articles.Precision:F3}\n{Differences}");
        Assert.IsTrue(s_report.Value.Articles.Recall >= 0.93, $"article recall {s_report.Value.Articles.Recall:F3}\n{Differences}");
    }

    [TestMethod]
    public void Evaluate_DevelopmentCorpusNegatives_HaveNoHitAtAll()
    {
        var negatives = File.ReadLines(RepositoryFiles.Path("corpus", "dev", "gold.jsonl")).Select(JObject.Parse)
            .Where(g => !((JArray)g["instruments"]!).Any()).Select(g => (string)g["id"]!).ToHashSet();
        Assert.IsTrue(negatives.Count >= 5);
        var hits = s_report.Value.Differences.Where(d => negatives.Contains(d.StatementId)).ToList();
        Assert.AreEqual(0, hits.Count, string.Join("; ", hits));
    }
}
