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
    public void Catalog_JsonOfOne_WritesTheNewFieldsOnceEach()
    {
        using var temp = new TempFolder();
        var file = temp.Write("eu.json", """
            {"instruments": [
              {"id": "MY-TFEU", "title": "Treaty on the Functioning of the Union of Examples", "kind": "treaty", "adopted": "1957-03-25",
               "treatySeries": ["294 UNTS 3", "298 UNTS 11"], "depositary": "Government of Italy",
               "earlierTitles": ["Treaty establishing the Community of Examples"],
               "names": ["Treaty on the Functioning of the Union of Examples"], "checked": "EUR-Lex", "unverified": "treatySeries"},
              {"id": "MY-TFEU-P1", "title": "Protocol (No 1) on the role of national Parliaments in the European Union", "kind": "protocol",
               "parent": "MY-TFEU", "ordinal": 1, "adopted": "2007-12-13", "names": ["Protocol on the role of national Parliaments in the European Union"]}
            ]}
            """);
        var run = Run("catalog", "MY-TFEU", "--format", "json", "--catalog", file);
        Assert.AreEqual(0, run.ExitCode, run.Error);
        var record = (JObject)JObject.Parse(run.Out)["instruments"]!.Single();
        CollectionAssert.AreEqual(new[] { "294 UNTS 3", "298 UNTS 11" }, record["treatySeries"]!.Select(t => (string)t!).ToArray());
        CollectionAssert.AreEqual(new[] { "Treaty on the Functioning of the Union of Examples" }, record["names"]!.Select(t => (string)t!).ToArray());
        CollectionAssert.AreEqual(new[] { "Treaty establishing the Community of Examples" }, record["earlierTitles"]!.Select(t => (string)t!).ToArray());
        Assert.AreEqual("Government of Italy", (string)record["depositary"]!);
        Assert.AreEqual("treatySeries", (string)record["unverified"]!);

        var protocol = (JObject)JObject.Parse(Run("catalog", "MY-TFEU-P1", "--format", "json", "--catalog", file).Out)["instruments"]!.Single();
        Assert.AreEqual(JTokenType.Integer, protocol["ordinal"]!.Type);
        Assert.AreEqual(1, (int)protocol["ordinal"]!);
        StringAssert.Contains(Run("catalog", "MY-TFEU", "--catalog", file).Out, "earlier titles  Treaty establishing the Community of Examples");
    }

    [TestMethod]
    public void Catalog_FileBreakingTheSchema_IsAUsageErrorNamingFileLineAndField()
    {
        using var temp = new TempFolder();
        var file = temp.Write("bad.json", """
            {"instruments": [
              {"id": "MY-LAW", "title": "Law", "kind": "statute", "adopted": "2001-01-01", "names": ["My Law"],
               "enteredIntoForce": "2002-01-01"}
            ]}
            """);
        var run = Run("catalog", "--catalog", file);
        Assert.AreEqual(2, run.ExitCode);
        StringAssert.Contains(run.Error, $"{file}:3: field \"enteredIntoForce\"");
        StringAssert.Contains(run.Error, "(instrument MY-LAW)");
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
        Assert.IsTrue((bool?)json["ambiguous"]!.Single(a => (string)a["name"]! == "Lomé Convention")["byDate"] == true, "a series keeps its byDate");
        Assert.IsNull(json["ambiguous"]!.Single(a => (string)a["name"]! == "Geneva Convention")["byDate"]);
        Assert.IsTrue(json["instruments"]!.Any(i => i["notAnInstrument"] is JValue { Type: JTokenType.String }), "an entry recognised but not reported keeps its reason");
        var violation = Citations.Core.CatalogSchema.BuiltIn.Check(json);
        Assert.IsNull(violation, violation?.At.Path + ": " + violation?.Message);
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
    public void Evaluate_KeysBesideTheGold_ReadsAnAnnotatorsOwnKeyAsTheCatalogId()
    {
        using var temp = new TempFolder();
        var statements = temp.Write("s.jsonl", "{\"id\": \"a\", \"text\": \"Article 3 of the Convention against Torture applies.\"}\n");
        var gold = temp.Write("g.jsonl", "{\"id\": \"a\", \"instruments\": [{\"key\": \"TORTURE-1984\", \"articles\": [\"3\"], \"surfaces\": [\"Convention against Torture\"]}]}\n");
        var without = Run("evaluate", statements, "--gold", gold);
        StringAssert.Contains(without.Out, "instrument level:  precision 0.000  recall 0.000");

        temp.Write("keys.json", "{\"TORTURE-1984\": {\"title\": \"Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment\", \"adopted\": \"1984-12-10\", \"aliases\": []}}");
        var with = Run("evaluate", statements, "--gold", gold, "--details");
        Assert.AreEqual(0, with.ExitCode, with.Error);
        StringAssert.Contains(with.Error, "1 gold key(s) read as catalog ids");
        StringAssert.Contains(with.Error, "TORTURE-1984 -> CAT");
        StringAssert.Contains(with.Out, "instrument level:  precision 1.000  recall 1.000");
        StringAssert.Contains(with.Out, "article level:     precision 1.000  recall 1.000");

        var bad = temp.Write("bad-keys.json", "{\n\"X\": 1}");
        var run = Run("evaluate", statements, "--gold", gold, "--keys", bad);
        Assert.AreEqual(2, run.ExitCode, "a file given with the command line is wrong: " + run.Error);
        StringAssert.Contains(run.Error, $"{bad}:2:");
        Assert.AreNotEqual(0, Run("evaluate", statements, "--gold", gold, "--keys", Path.Combine(temp.Path, "missing.json")).ExitCode);
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

[TestClass]
public sealed class UnknownsCommandTests
{
    private const string Speeches = """
        {"id": "ungd-NPL-1970", "issuer": "NPL", "date": "1970-10-05", "text": "Nepal has ratified the Convention on Transit Traffic of Land-locked States. The Convention gives us access to the sea."}
        {"id": "ungd-LAO-1971", "issuer": "LAO", "date": "1971-10-01", "text": "As paragraph 4 of the Declaration on the Neutrality of the Highland Valleys says, we join no alliance. We ask all to respect the Convention on Transit Traffic of Landlocked States."}
        {"id": "ungd-BOL-1972", "issuer": "BOL", "date": "1972-10-02", "text": "Bolivia recalls the Convention on Transit Traffic of Land-Locked States, signed in New York, and the Charter of the United Nations."}
        """;

    [TestMethod]
    public void Unknowns_Table_ListsTheMostFrequentFirstWithStatementsAndContext()
    {
        using var temp = new TempFolder();
        var file = temp.Write("speeches.jsonl", Speeches);
        var run = Run("unknowns", file);
        Assert.AreEqual(0, run.ExitCode, run.Error);
        var lines = run.Out.Split('\n');
        StringAssert.StartsWith(lines[0], "3 statement(s); 4 of 5 instrument citations");
        var first = Array.FindIndex(lines, l => l.Contains("Convention on Transit Traffic", StringComparison.Ordinal));
        StringAssert.Matches(lines[first], new System.Text.RegularExpressions.Regex(@"^\s+3\s+3\s+title\s+Convention on Transit Traffic of Land-locked States$"));
        StringAssert.Contains(lines[first + 2], "in: ungd-NPL-1970, ungd-LAO-1971, ungd-BOL-1972");
        StringAssert.Contains(run.Out, "the Convention");
        StringAssert.Contains(run.Out, "Declaration on the Neutrality of the Highland Valleys");
        Assert.IsFalse(run.Out.Contains("Charter of the United Nations", StringComparison.Ordinal), "a catalogued instrument is no unknown");
    }

    [TestMethod]
    public void Unknowns_Json_TopOne_AndTheCatalogFileTakesAnEntryOffTheList()
    {
        using var temp = new TempFolder();
        var file = temp.Write("speeches.jsonl", Speeches);
        var json = JObject.Parse(Run("unknowns", file, "--format", "json", "--top", "1").Out);
        Assert.AreEqual(3, (int)json["statements"]!);
        var top = (JObject)((JArray)json["unknowns"]!).Single();
        Assert.AreEqual("uncatalogued-title", (string)top["kind"]!);
        Assert.AreEqual(3, (int)top["count"]!);
        Assert.AreEqual(3, (int)top["statementCount"]!);
        CollectionAssert.AreEqual(new[] { "ungd-NPL-1970", "ungd-LAO-1971", "ungd-BOL-1972" }, top["statementIds"]!.Select(t => (string)t!).ToArray());

        var catalog = temp.Write("transit.json", """
            {"instruments": [
              {"id": "TRANSIT-TRAFFIC-TEST", "title": "Convention on Transit Traffic of Land-locked States", "kind": "treaty",
               "adopted": "1965-07-08",
               "names": ["Convention on Transit Traffic of Land-locked States", "Convention on Transit Traffic of Landlocked States"], "shortForms": ["Convention"],
               "checked": "a made-up title for this test"}
            ]}
            """);
        var schema = Citations.Core.CatalogSchema.Parse(File.ReadAllText(Repo("docs", "unknowns.schema.json")));
        var full = JObject.Parse(Run("unknowns", file, "--format", "json").Out);
        Assert.IsNull(schema.Check(full)?.Message);
        Assert.IsNotNull(schema.Check(new JObject(full) { ["extra"] = 1 }), "the schema is strict, so the check can fail");

        var again = JObject.Parse(Run("unknowns", file, "--format", "json", "--catalog", catalog).Out);
        var texts = again["unknowns"]!.Select(u => (string)u["text"]!).ToList();
        Assert.IsFalse(texts.Any(t => t.Contains("Transit Traffic", StringComparison.Ordinal)), string.Join(" | ", texts));
        Assert.IsFalse(texts.Contains("the Convention"), "the anaphor now resolves to the added instrument");
        Assert.AreEqual(1, (int)again["uncataloguedCitations"]!);
    }

    [TestMethod]
    [DataRow("--top", "0")]
    [DataRow("--top", "many")]
    [DataRow("--format", "csv")]
    public void Unknowns_BadOption_IsAUsageError(string option, string value)
    {
        using var temp = new TempFolder();
        var file = temp.Write("speeches.jsonl", Speeches);
        var run = Run("unknowns", file, option, value);
        Assert.AreEqual(2, run.ExitCode);
        Assert.IsTrue(run.Error.Contains(option, StringComparison.Ordinal) || run.Error.Contains($"'{value}'", StringComparison.Ordinal), run.Error);
        Assert.AreEqual("", run.Out);
    }

    [TestMethod]
    public void Unknowns_MissingInput_IsAUsageErrorAndSaysWhich()
    {
        var run = Run("unknowns", "/nonexistent/speeches.jsonl");
        Assert.AreEqual(2, run.ExitCode);
        StringAssert.Contains(run.Error, "No such file or folder: '/nonexistent/speeches.jsonl'");
        Assert.AreEqual("", run.Out);
    }

    [TestMethod]
    public void Unknowns_NoInputs_IsAUsageError() => Assert.AreEqual(2, Run("unknowns").ExitCode);
}

[TestClass]
public sealed class ReadmeUnknownsLoopTests
{
    private const string Prefix = "citations unknowns ";

    [TestMethod]
    public void Readme_UnknownsLoop_ListsTheTitles_ThenTheCatalogFileTakesThemOff()
    {
        // The loop's lines name real files; the synopsis line (`citations unknowns INPUTS… [--top N] …`) does not.
        var commands = File.ReadAllLines(Repo("README.md")).Where(l => l.StartsWith(Prefix + "docs/", StringComparison.Ordinal)).ToList();
        Assert.AreEqual(2, commands.Count, "the README shows the loop as two commands");
        string[] Args(string line) =>
            ["unknowns", .. line[Prefix.Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(a => a.Contains('/') ? Repo(a.Split('/')) : a)];

        var before = Run(Args(commands[0]));
        Assert.AreEqual(0, before.ExitCode, before.Error);
        StringAssert.Contains(before.Out, "title       Agreement on the Cessation of Hostilities");
        StringAssert.Contains(before.Out, "short form  The Agreement");

        var after = Run(Args(commands[1]));
        Assert.AreEqual(0, after.ExitCode, after.Error);
        // Four: the Charter, and the agreement of 2017 three times; the revitalised South Sudan agreement Kenya names is
        // recognised but not reported (the catalog keeps it as an agreement with armed movements, not an instrument).
        StringAssert.Contains(after.Out, "0 of 4 instrument citations");
        StringAssert.Contains(after.Out, "Nothing uncatalogued or unresolved.");
    }
}
