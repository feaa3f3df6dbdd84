using Newtonsoft.Json.Linq;
using static Citations.Cli.Tests.CliRunner;

namespace Citations.Cli.Tests;

[TestClass]
public sealed class CatalogCommandTests
{
    [TestMethod]
    public void Catalog_Table_ListsEveryInstrument()
    {
        var run = Run("catalog");
        Assert.AreEqual(0, run.ExitCode);
        StringAssert.Contains(run.Out, "ICCPR");
        StringAssert.Contains(run.Out, "GC-1949");
        StringAssert.Matches(run.Out, new System.Text.RegularExpressions.Regex(@"\d{2,} instruments\."));
    }

    [TestMethod]
    public void Catalog_One_ShowsItInFull()
    {
        var run = Run("catalog", "ICCPR");
        Assert.AreEqual(0, run.ExitCode);
        StringAssert.Contains(run.Out, "International Covenant on Civil and Political Rights");
        StringAssert.Contains(run.Out, "1966-12-16");
        StringAssert.Contains(run.Out, "names (fr)");
        Assert.AreEqual(2, Run("catalog", "NO-SUCH-TREATY").ExitCode);
    }

    [TestMethod]
    public void Catalog_Json_IsACatalogFileThatLoadsBack()
    {
        var run = Run("catalog", "--format", "json");
        var json = JObject.Parse(run.Out);
        var ids = json["instruments"]!.Select(i => (string)i["id"]!).ToList();
        Assert.IsTrue(ids.Count >= 80);
        Assert.AreEqual(ids.Count, ids.Distinct().Count());
        var ambiguous = json["ambiguous"]!.Select(a => (string)a["name"]!).ToList();
        Assert.IsTrue(ambiguous.Contains("Geneva Convention"));
    }
}

[TestClass]
public sealed class EvaluateCommandTests
{
    [TestMethod]
    public void Evaluate_DevelopmentCorpus_PrintsScoresAtBothLevels()
    {
        var run = Run("evaluate", Repo("corpus", "dev", "statements.jsonl"), "--gold", Repo("corpus", "dev", "gold.jsonl"), "--details");
        Assert.AreEqual(0, run.ExitCode, run.Error);
        StringAssert.Contains(run.Out, "148 statements scored");
        StringAssert.Matches(run.Out, new System.Text.RegularExpressions.Regex(@"instrument level:\s+precision (0\.9[7-9]\d|1\.000)  recall (0\.9[5-9]\d|1\.000)"));
        StringAssert.Contains(run.Out, "per instrument:");
        StringAssert.Contains(run.Out, "differences:");
    }

    [TestMethod]
    public void Evaluate_GoldWithAStatementNotInTheInputs_SaysSoAndExitsOne()
    {
        using var temp = new TempFolder();
        var statements = temp.Write("s.jsonl", "{\"id\": \"a\", \"text\": \"the Rome Statute and the Genocide Convention\"}\n");
        var gold = temp.Write("g.jsonl",
            "{\"id\": \"a\", \"instruments\": [{\"key\": \"ROME\", \"articles\": [], \"surfaces\": [\"Rome Statute\"]}]}\n" +
            "{\"id\": \"b\", \"instruments\": []}\n");
        var run = Run("evaluate", statements, "--gold", gold, "--details");
        Assert.AreEqual(1, run.ExitCode);
        StringAssert.Contains(run.Error, "1 gold statement(s) were not among the inputs: b");
        StringAssert.Contains(run.Out, "false hit  GENOCIDE");
        StringAssert.Contains(run.Out, "instrument level:  precision 0.500  recall 1.000");
    }

    [TestMethod]
    public void Evaluate_MalformedGold_IsAClearErrorWithLine()
    {
        using var temp = new TempFolder();
        var statements = temp.Write("s.jsonl", "{\"id\": \"a\", \"text\": \"the Rome Statute\"}\n");
        var gold = temp.Write("g.jsonl", "{\"id\": \"a\", \"instruments\": []}\n{not json\n");
        var run = Run("evaluate", statements, "--gold", gold);
        Assert.AreNotEqual(0, run.ExitCode);
        StringAssert.Contains(run.Error, $"{gold}:2:");
        Assert.AreEqual(2, Run("evaluate", statements).ExitCode, "--gold is required");
    }
}
