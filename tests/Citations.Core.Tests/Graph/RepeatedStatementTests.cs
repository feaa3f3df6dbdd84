using Citations.Core.Graph;

namespace Citations.Core.Tests.Graph;

/// <summary>Statements added again under the same id: replaced in work proportional to what they touch (steps counted, not seconds).</summary>
[TestClass]
public sealed class RepeatedStatementTests
{
    [TestMethod]
    public void Add_EveryIdTwiceDoubled_WorkAtMostDoubles()
    {
        var single = StepsForEveryIdTwice(2_000);
        var doubled = StepsForEveryIdTwice(4_000);

        Assert.IsLessThanOrEqualTo(2.2 * single, doubled, $"{single} steps for 2,000 ids added twice, {doubled} for 4,000");
    }

    [TestMethod]
    public void Add_EveryIdTwice_SameGraphAsEachIdOnce()
    {
        var twice = new CitationGraphBuilder(GraphFixtures.Catalog);
        var once = new CitationGraphBuilder(GraphFixtures.Catalog);
        for (var i = 0; i < 50; i++)
        {
            twice.Add(GraphFixtures.Committee($"c-{i}"));
            once.Add(GraphFixtures.Committee($"c-{i}"));
        }

        for (var i = 0; i < 50; i++) twice.Add(GraphFixtures.Committee($"c-{i}"));

        Assert.AreEqual(50, twice.StatementCount);
        CollectionAssert.AreEqual(GraphFixtures.Dump(once.Graph), GraphFixtures.Dump(twice.Graph));
    }

    [TestMethod]
    public void Add_ReplacementCitingLess_DropsProvisionsAndInstrumentsOnlyItHeld()
    {
        var seed = GraphFixtures.Seed();
        var builder = new CitationGraphBuilder(GraphFixtures.Catalog);
        builder.Add(seed);
        builder.Add(seed with { Citations = [] });

        var expected = new CitationGraphBuilder(GraphFixtures.Catalog);
        expected.Add(seed with { Citations = [] });
        CollectionAssert.AreEqual(GraphFixtures.Dump(expected.Graph), GraphFixtures.Dump(builder.Graph));
        Assert.AreEqual(0, builder.Graph.Count(NodeLabel.Instrument));
        Assert.AreEqual(0, builder.Graph.Count(NodeLabel.Provision));
    }

    private static long StepsForEveryIdTwice(int ids)
    {
        var builder = new CitationGraphBuilder(GraphFixtures.Catalog);
        for (var round = 0; round < 2; round++)
        {
            for (var i = 0; i < ids; i++) builder.Add(GraphFixtures.Committee($"c-{i}"));
        }

        Assert.AreEqual(ids, builder.StatementCount);
        return builder.Steps;
    }
}
