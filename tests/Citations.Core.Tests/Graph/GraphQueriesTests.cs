using Citations.Core.Graph;

namespace Citations.Core.Tests.Graph;

[TestClass]
public sealed class GraphQueriesTests
{
    private static CitationGraph ThreeStatements()
    {
        var builder = new CitationGraphBuilder(GraphFixtures.Catalog);
        builder.Add(GraphFixtures.Seed());
        builder.Add(GraphFixtures.Committee());
        // The same views again under another id and year, from the same committee.
        builder.Add(GraphFixtures.Committee("ccpr-views-2020-example", new StatementMetadata { Date = "2020", Issuer = "UN Human Rights Committee" }));
        return builder.Graph;
    }

    [TestMethod]
    public void InvocationCounts_ThreeStatements_MostInvokedFirst()
    {
        var counts = GraphQueries.InvocationCounts(ThreeStatements());

        Assert.AreEqual("ICCPR", counts[0].Instrument.Id);
        Assert.AreEqual(3, counts[0].Statements);
        Assert.AreEqual(7, counts[0].Mentions);
        Assert.AreEqual(0, counts.Single(c => c.Instrument.Id == "IBHR").Statements);
        Assert.AreEqual(1, counts.Single(c => c.Instrument.Id == "CAT").Statements);
    }

    [TestMethod]
    public void InvocationsByIssuer_ThreeStatements_GroupsByActor()
    {
        var groups = GraphQueries.InvocationsByIssuer(ThreeStatements());

        Assert.AreEqual(2, groups.Length);
        Assert.AreEqual("un-human-rights-committee", groups[0].Key);
        Assert.AreEqual("UN Human Rights Committee", groups[0].Name);
        Assert.AreEqual(2, groups[0].Statements);
        Assert.AreEqual(8, groups[0].Invocations);
        Assert.AreEqual(7, groups[1].Invocations);
    }

    [TestMethod]
    public void InvocationsByYear_ThreeStatements_InTimeOrder()
    {
        var years = GraphQueries.InvocationsByYear(ThreeStatements());
        CollectionAssert.AreEqual(new[] { "2019", "2020", "2026" }, years.Select(y => y.Key).ToArray());
        Assert.AreEqual(7, years[2].Invocations);
    }

    [TestMethod]
    [DataRow("2026-02-23", "2026")]
    [DataRow("2018-09", "2018")]
    [DataRow("1990", "1990")]
    [DataRow("23 February 2026", "2026")]
    [DataRow("n.d.", null)]
    [DataRow(null, null)]
    public void Year_Date_FirstFourDigits(string? date, string? year) => Assert.AreEqual(year, GraphQueries.Year(date));

    [TestMethod]
    public void CoInvocations_ThreeStatements_WeightsPairsByStatements()
    {
        var pairs = GraphQueries.CoInvocations(ThreeStatements());

        var heaviest = pairs[0];
        Assert.AreEqual(2, heaviest.Statements);
        Assert.AreEqual("GC-III", heaviest.First.Id);
        Assert.AreEqual("ICCPR", heaviest.Second.Id);
        Assert.AreEqual(1, pairs.Single(p => p.First.Id == "ICCPR" && p.Second.Id == "ICESCR").Statements);
        Assert.IsTrue(pairs.All(p => string.CompareOrdinal(p.First.Id, p.Second.Id) < 0));
        // 7 instruments in the seed (21 pairs) and 4 in the committee's views (6 pairs), sharing ICCPR only.
        Assert.AreEqual(27, pairs.Length);
    }

    [TestMethod]
    public void DegreeRanking_Instruments_IccprFirst()
    {
        var ranking = GraphQueries.DegreeRanking(ThreeStatements(), NodeLabel.Instrument);
        Assert.AreEqual("ICCPR", ranking[0].Node.Id);
        // Invoked by 3 statements, 3 provisions of it, ICCPR-OP2 a protocol to it; part of IBHR.
        Assert.AreEqual(7, ranking[0].In);
        Assert.AreEqual(1, ranking[0].Out);
        Assert.IsTrue(ranking.All(d => d.Node.Label == NodeLabel.Instrument));
    }

    [TestMethod]
    public void StatementsInvokingAll_Set_OnlyThoseInvokingEvery()
    {
        var graph = ThreeStatements();
        CollectionAssert.AreEqual(new[] { "ccpr-views-2019-example", "ccpr-views-2020-example" },
            GraphQueries.StatementsInvokingAll(graph, ["ICCPR", "GC-III"]).Select(s => s.Id).ToArray());
        CollectionAssert.AreEqual(new[] { GraphFixtures.SeedId },
            GraphQueries.StatementsInvokingAll(graph, ["ICCPR", "CAT"]).Select(s => s.Id).ToArray());
        Assert.AreEqual(0, GraphQueries.StatementsInvokingAll(graph, ["ICCPR", "NOT-THERE"]).Length);
        Assert.AreEqual(3, GraphQueries.StatementsInvokingAll(graph, []).Length);
    }

    [TestMethod]
    public void ComponentCount_SharedInstrument_OneComponent()
    {
        Assert.AreEqual(1, GraphQueries.ComponentCount(ThreeStatements()));
        Assert.AreEqual(0, GraphQueries.ComponentCount(new CitationGraphBuilder(GraphFixtures.Catalog).Graph));
    }

    [TestMethod]
    public void Compute_ThreeStatements_CountsEveryLabelAndType()
    {
        var graph = ThreeStatements();
        var statistics = GraphStatistics.Compute(graph, top: 3);

        Assert.AreEqual(graph.NodeCount, statistics.NodesByLabel.Sum(c => c.Count));
        Assert.AreEqual(graph.EdgeCount, statistics.EdgesByType.Sum(c => c.Count));
        Assert.AreEqual(3, statistics.NodesByLabel.Single(c => c.Label == NodeLabel.Statement).Count);
        Assert.AreEqual(3, statistics.TopInstruments.Length);
        Assert.AreEqual("ICCPR", statistics.TopInstruments[0].Instrument.Id);
        Assert.AreEqual(3, statistics.ByYear.Length);
    }

    [TestMethod]
    public void Compute_EmptyGraph_AllZero()
    {
        var statistics = GraphStatistics.Compute(new CitationGraphBuilder(GraphFixtures.Catalog).Graph);
        Assert.AreEqual(0, statistics.Nodes);
        Assert.AreEqual(0, statistics.Components);
        Assert.AreEqual(0, statistics.TopInstruments.Length);
    }
}
