using static Citations.Cli.Tests.CliRunner;

namespace Citations.Cli.Tests;

/// <summary>`evaluate` reads gold keys that are not catalog ids through the split's keys.json, and says which.</summary>
[TestClass]
public sealed class EvaluateKeysTests
{
    private const string Statement = "{\"id\": \"a\", \"text\": \"Service by mail is allowed under the Hague Service Convention.\"}\n";
    private const string Gold = "{\"id\": \"a\", \"instruments\": [{\"key\": \"HAGUE-SERVICE-1965\", \"articles\": [], \"surfaces\": [\"Hague Service Convention\"]}]}\n";
    private const string Keys = "{\"HAGUE-SERVICE-1965\": {\"title\": \"Hague Service Convention\", \"aliases\": []}}";

    [TestMethod]
    public void Evaluate_KeysJsonBesideTheGold_ReadsTheKeyAsTheCatalogId()
    {
        using var temp = new TempFolder();
        var statements = temp.Write("statements.jsonl", Statement);
        var gold = temp.Write("gold.jsonl", Gold);
        temp.Write("keys.json", Keys);
        var run = Run("evaluate", statements, "--gold", gold, "--details");
        Assert.AreEqual(0, run.ExitCode, run.Error);
        StringAssert.Contains(run.Out, "instrument level:  precision 1.000  recall 1.000");
        StringAssert.Contains(run.Error, "HAGUE-SERVICE-1965 -> HCCH-SERVICE-1965");
    }

    [TestMethod]
    public void Evaluate_RawKeys_ComparesTheKeysAsWritten()
    {
        using var temp = new TempFolder();
        var statements = temp.Write("statements.jsonl", Statement);
        var gold = temp.Write("gold.jsonl", Gold);
        temp.Write("keys.json", Keys);
        var run = Run("evaluate", statements, "--gold", gold, "--raw-keys", "--details");
        Assert.AreEqual(0, run.ExitCode, run.Error);
        StringAssert.Contains(run.Out, "instrument level:  precision 0.000  recall 0.000");
        StringAssert.Contains(run.Out, "missed     HAGUE-SERVICE-1965");
    }

    [TestMethod]
    public void Evaluate_NoKeysJson_ComparesTheKeysAsWritten()
    {
        using var temp = new TempFolder();
        var statements = temp.Write("statements.jsonl", Statement);
        var gold = temp.Write("gold.jsonl", Gold);
        var run = Run("evaluate", statements, "--gold", gold);
        StringAssert.Contains(run.Out, "instrument level:  precision 0.000  recall 0.000");
        Assert.IsFalse(run.Error.Contains("read as catalog ids", StringComparison.Ordinal), run.Error);
    }

    [TestMethod]
    public void Evaluate_MalformedKeysFile_IsAClearErrorNamingIt()
    {
        using var temp = new TempFolder();
        var statements = temp.Write("statements.jsonl", Statement);
        var gold = temp.Write("gold.jsonl", Gold);
        var keys = temp.Write("other-keys.json", "{not json");
        var run = Run("evaluate", statements, "--gold", gold, "--keys", keys);
        Assert.AreNotEqual(0, run.ExitCode);
        StringAssert.Contains(run.Error, keys);
    }
}
