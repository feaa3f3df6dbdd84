using Citations.Core;

namespace Citations.Cli.Tests;

[TestClass]
public sealed class InstrumentLookupTests
{
    private static readonly InstrumentLookup Lookup = InstrumentLookup.For(InstrumentCatalog.BuiltIn, ["S/RES/242(1967)"]);

    [TestMethod]
    [DataRow("ICCPR", "ICCPR")]
    [DataRow("iccpr", "ICCPR")]
    [DataRow("  Gc-iv ", "GC-IV")]
    [DataRow("genocide convention", "GENOCIDE")]
    [DataRow("The Genocide Convention", "GENOCIDE")]
    [DataRow("Convention against Torture", "CAT")]
    [DataRow("refugee convention", "REFUGEE-1951")]
    [DataRow("International Covenant on Civil and Political Rights", "ICCPR")]
    [DataRow("s/res/242(1967)", "S/RES/242(1967)")]
    public void Find_WhatPeopleType_IsTheInstrument(string query, string id) =>
        Assert.AreEqual(id, Lookup.Find(query).Id);

    [TestMethod]
    [DataRow("ICPPR", "ICCPR")]
    [DataRow("ICCPR2", "ICCPR")]
    [DataRow("CERD", "ICERD")]
    [DataRow("torture", "CAT")]
    public void Find_NoMatch_SuggestsTheNearestIds(string query, string suggested)
    {
        var match = Lookup.Find(query);

        Assert.IsNull(match.Id);
        CollectionAssert.Contains(match.Suggestions.ToList(), suggested);
        Assert.IsTrue(match.Suggestions.Count <= 3);
    }

    [TestMethod]
    [DataRow("")]
    [DataRow("   ")]
    [DataRow("zzzzzzzzzzzzzzzzzzzzzzzz")]
    [DataRow("\u0000<script>")]
    public void Find_Nonsense_NothingAndNoSuggestion(string query)
    {
        var match = Lookup.Find(query);

        Assert.IsNull(match.Id);
        Assert.AreEqual(0, match.Suggestions.Count);
    }

    [TestMethod]
    public void Catalog_InformalName_ShowsTheInstrument()
    {
        var run = CliRunner.Run("catalog", "genocide convention");

        Assert.AreEqual(0, run.ExitCode, run.Error);
        StringAssert.StartsWith(run.Out, "id              GENOCIDE");
    }

    [TestMethod]
    public void Catalog_Misspelt_IsAUsageErrorWithASuggestion()
    {
        var run = CliRunner.Run("catalog", "ICPPR");

        Assert.AreEqual(2, run.ExitCode);
        StringAssert.Contains(run.Error, "no instrument \"ICPPR\" in the catalog (did you mean ICCPR");
        StringAssert.Contains(run.Error, "'citations catalog' lists them.");
    }

    [TestMethod]
    public void Stats_InvokingInformalNamesAnyCase_SameAsIds()
    {
        var byName = CliRunner.Run("stats", CliRunner.Repo("corpus", "dev", "statements.jsonl"), "--invoking", "un charter,udhr");
        var byId = CliRunner.Run("stats", CliRunner.Repo("corpus", "dev", "statements.jsonl"), "--invoking", "UN-CHARTER,UDHR");

        Assert.AreEqual(0, byName.ExitCode, byName.Error);
        Assert.AreEqual(byId.Out, byName.Out);
        StringAssert.Contains(byName.Out, "Statements invoking all of UN-CHARTER, UDHR:");
    }

    [TestMethod]
    public void Stats_InvokingUnknown_IsAUsageErrorWithASuggestion()
    {
        var run = CliRunner.Run("stats", CliRunner.Repo("corpus", "dev", "statements.jsonl"), "--invoking", "GENOCIDE,TPWN");

        Assert.AreEqual(2, run.ExitCode);
        StringAssert.Contains(run.Error, "no instrument \"TPWN\" (did you mean TPNW");
    }
}
