using System.Collections.Immutable;
using Citations.Core.Evaluation;

namespace Citations.Core.Tests.Evaluation;

[TestClass]
public sealed class ScorerTests
{
    private static Citation Cite(string id, params string[] provisions) =>
        new(id, id, InstrumentKind.Treaty, true, id, 0, id.Length, [.. provisions], 1.0, MentionKind.Title);

    [TestMethod]
    public void Add_CountsEachInstrumentOncePerStatement_AndArticlesAsAUnion()
    {
        var gold = new Dictionary<string, ImmutableArray<GoldInstrument>>
        {
            ["s1"] = [new GoldInstrument("ICCPR", ["2", "17"], ["ICCPR"]), new GoldInstrument("CAT", [], ["CAT"])],
        };
        var scorer = new Scorer(gold);
        Assert.IsTrue(scorer.Add("s1", [Cite("ICCPR", "2"), Cite("ICCPR", "17", "19"), Cite("GENOCIDE")]));
        Assert.IsFalse(scorer.Add("unknown", [Cite("ICCPR")]));
        var report = scorer.Report();
        Assert.AreEqual(new Score(1, 1, 1), report.Instruments);
        Assert.AreEqual(new Score(2, 1, 0), report.Articles);
        Assert.AreEqual(0.5, report.Instruments.Precision);
        Assert.AreEqual(3, report.Differences.Length);
        Assert.IsTrue(report.Differences.Any(d => d is { Instrument: "CAT", Missed: true, Article: null }));
        Assert.IsTrue(report.Differences.Any(d => d is { Instrument: "ICCPR", Article: "19", Missed: false }));
    }

    [TestMethod]
    public void Read_MalformedGoldLine_ReportsFileAndLine()
    {
        var path = Path.Combine(Path.GetTempPath(), $"gold-{Guid.NewGuid():N}.jsonl");
        File.WriteAllText(path, "{\"id\": \"a\", \"instruments\": []}\n{\"id\": \"b\", \"instruments\": [{\"key\": 5}]}\n");
        try
        {
            var error = Assert.ThrowsExactly<CitationsException>(() => GoldStandard.Read(path));
            Assert.AreEqual(2, error.Line);
            Assert.AreEqual(path, error.File);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static Citation Uncatalogued(string surface) =>
        new("X-" + surface.ToUpperInvariant().Replace(' ', '-'), surface, InstrumentKind.Treaty, false, surface, 0, surface.Length, [], 0.5, MentionKind.UncataloguedTitle);

    [TestMethod]
    public void Add_UncataloguedTitleThatIsAGoldSurface_IsThatGoldInstrument()
    {
        var gold = new Dictionary<string, ImmutableArray<GoldInstrument>>
        {
            ["s1"] = [new GoldInstrument("RENVILLE-1948", [], ["the Renville  Agreement"]), new GoldInstrument("CAT", [], ["CAT"])],
        };
        var scorer = new Scorer(gold);
        scorer.Add("s1", [Uncatalogued("Renville Agreement"), Cite("CAT")]);
        Assert.AreEqual(new Score(2, 0, 0), scorer.Report().Instruments);
    }

    [TestMethod]
    public void Add_UncataloguedTitleDifferingByAWord_OrScoredRaw_IsAFalseHitAndAMiss()
    {
        var gold = new Dictionary<string, ImmutableArray<GoldInstrument>>
        {
            ["s1"] = [new GoldInstrument("RENVILLE-1948", [], ["Renville Agreement"])],
        };
        var differing = new Scorer(gold);
        differing.Add("s1", [Uncatalogued("Renville Truce Agreement")]);
        Assert.AreEqual(new Score(0, 1, 1), differing.Report().Instruments);
        var raw = new Scorer(gold, uncataloguedBySurface: false);
        raw.Add("s1", [Uncatalogued("Renville Agreement")]);
        Assert.AreEqual(new Score(0, 1, 1), raw.Report().Instruments);
    }

    [TestMethod]
    public void Add_CatalogedCitationWithAGoldSurface_IsNotRekeyed()
    {
        var gold = new Dictionary<string, ImmutableArray<GoldInstrument>>
        {
            ["s1"] = [new GoldInstrument("KEY-A", [], ["Treaty of Somewhere"])],
        };
        var scorer = new Scorer(gold);
        scorer.Add("s1", [new Citation("OTHER", "Treaty of Somewhere", InstrumentKind.Treaty, true, "Treaty of Somewhere", 0, 19, [], 1.0, MentionKind.Title)]);
        Assert.AreEqual(new Score(0, 1, 1), scorer.Report().Instruments);
    }
}
