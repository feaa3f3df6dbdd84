using Newtonsoft.Json.Linq;
using static Citations.Cli.Tests.CliRunner;

namespace Citations.Cli.Tests;

[TestClass]
public sealed class ExtractCommandTests
{
    private static readonly string[] s_seedInstruments = ["ICCPR", "ICESCR", "ICERD", "CAT", "CRC", "GENOCIDE", "GC-1949"];

    [TestMethod]
    public void Extract_Seed_FindsExactlyTheSevenInstrumentsWithSpansIntoTheText()
    {
        var run = Run("extract", Repo("seeds"), "--format", "jsonl");
        Assert.AreEqual(0, run.ExitCode, run.Error);
        var line = JObject.Parse(run.Out.Trim());
        Assert.AreEqual("000_61a26d28c61a68b3", (string)line["id"]!);
        var citations = (JArray)line["citations"]!;
        CollectionAssert.AreEqual(s_seedInstruments, citations.Select(c => (string)c["instrument"]!).ToArray());

        var seed = File.ReadAllText(Repo("seeds", "000_61a26d28c61a68b3.txt"));
        var text = seed[(seed.IndexOf("\n---\n", StringComparison.Ordinal) + 5)..];
        foreach (var citation in citations)
        {
            var surface = (string)citation["surface"]!;
            Assert.AreEqual(surface, text.Substring((int)citation["start"]!, (int)citation["length"]!));
        }

        Assert.AreEqual("Geneva Conventions for the Protection of War Victims", (string)citations[6]["surface"]!);
        Assert.AreEqual("collection", (string)citations[6]["kind"]!);
    }

    [TestMethod]
    public void Extract_Threads_SameOutputInTheSameOrderAsOneThread()
    {
        var corpus = Repo("corpus", "dev", "statements.jsonl");
        var one = Run("extract", corpus, "--format", "jsonl", "--threads", "1");
        var three = Run("extract", corpus, "--format", "jsonl", "--threads", "3");
        Assert.AreEqual(0, one.ExitCode, one.Error);
        Assert.AreEqual(148, one.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.AreEqual(one.Out, three.Out);
    }

    [TestMethod]
    public void Extract_Jsonl_HasExactlyTheDocumentedFields()
    {
        var run = RunWithInput("{\"id\": \"a\", \"text\": \"articles 2 and 26 of the ICCPR\"}\n", "extract", "-", "--format", "jsonl");
        var citation = (JObject)JObject.Parse(run.Out.Trim())["citations"]![0]!;
        CollectionAssert.AreEqual(
            new[] { "instrument", "title", "kind", "catalogued", "surface", "start", "length", "provisions", "confidence" },
            citation.Properties().Select(p => p.Name).ToArray());
        CollectionAssert.AreEqual(new[] { "2", "26" }, citation["provisions"]!.Select(p => (string)p!).ToArray());
    }

    [TestMethod]
    public void Extract_Table_ShowsEachStatementAndASummary()
    {
        var run = Run("extract", Repo("seeds"));
        Assert.AreEqual(0, run.ExitCode);
        StringAssert.Contains(run.Out, "000_61a26d28c61a68b3  (2026-02-23");
        StringAssert.Contains(run.Out, "GC-1949");
        StringAssert.Contains(run.Out, "7 instrument(s), 7 mention(s)");
        StringAssert.Contains(run.Out, "1 statement(s) read, 0 rejected.");
    }

    [TestMethod]
    public void Extract_MinConfidence_DropsWeakerMentions()
    {
        const string input = "{\"id\": \"a\", \"text\": \"Ukraine may defend itself, as enshrined in Article 51 of the Charter.\"}\n";
        Assert.AreEqual(1, ((JArray)JObject.Parse(RunWithInput(input, "extract", "-", "--format", "jsonl").Out)["citations"]!).Count);
        Assert.AreEqual(0, ((JArray)JObject.Parse(RunWithInput(input, "extract", "-", "--format", "jsonl", "--min-confidence", "0.9").Out)["citations"]!).Count);
    }

    [TestMethod]
    public void Extract_BadLinesAmongGoodOnes_ReportsFileAndLineAndExitsOne()
    {
        using var temp = new TempFolder();
        var file = temp.Write("mixed.jsonl",
            "{\"id\": \"ok-1\", \"text\": \"the Genocide Convention\"}\n" +
            "{\"id\": \"broken\", \"text\": \n" +
            "{\"id\": \"no-text\"}\n" +
            "{\"id\": \"ok-2\", \"text\": \"the Rome Statute\"}\n");
        var run = Run("extract", file, "--format", "jsonl");
        Assert.AreEqual(1, run.ExitCode);
        var ids = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => (string)JObject.Parse(l)["id"]!).ToArray();
        CollectionAssert.AreEqual(new[] { "ok-1", "ok-2" }, ids);
        StringAssert.Contains(run.Error, $"{file}:2: rejected:");
        StringAssert.Contains(run.Error, $"{file}:3: rejected:");
        Assert.IsFalse(run.Error.Contains("   at ", StringComparison.Ordinal), "no stack trace");
    }

    [TestMethod]
    public void Extract_Strict_StopsAtTheFirstRejection()
    {
        using var temp = new TempFolder();
        var file = temp.Write("mixed.jsonl", "{\"id\": \"a\"}\n{\"id\": \"b\", \"text\": \"the Rome Statute\"}\n");
        var run = Run("extract", file, "--format", "jsonl", "--strict");
        Assert.AreEqual(1, run.ExitCode);
        Assert.AreEqual("", run.Out);
        StringAssert.Contains(run.Error, $"{file}:1: rejected:");
    }

    [TestMethod]
    public void Extract_MissingFile_IsAUsageErrorWithItsName()
    {
        var run = Run("extract", "/no/such/file.txt");
        Assert.AreEqual(2, run.ExitCode);
        StringAssert.Contains(run.Error, "/no/such/file.txt");
    }

    [TestMethod]
    public void Extract_UserCatalog_AddsInstruments_AndABrokenOneIsAUsageError()
    {
        using var temp = new TempFolder();
        var catalog = temp.Write("mine.json", """
            {"instruments": [{"id": "ZA-CONST", "title": "Constitution of the Republic of South Africa", "kind": "charter", "adopted": "1996-12-10",
              "names": ["Constitution of the Republic of South Africa"]}]}
            """);
        var input = "{\"id\": \"a\", \"text\": \"the Constitution of the Republic of South Africa and the ICCPR\"}\n";
        var run = RunWithInput(input, "extract", "-", "--format", "jsonl", "--catalog", catalog);
        Assert.AreEqual(0, run.ExitCode, run.Error);
        StringAssert.Contains(run.Out, "\"ZA-CONST\"");

        var broken = temp.Write("broken.json", "{\"instruments\": [\n  {\"id\": \"X\", \"title\": \"T\", \"kind\": \"treaty\", \"adopted\": \"someday\", \"names\": [\"X\"]}\n]}");
        var error = RunWithInput(input, "extract", "-", "--catalog", broken);
        Assert.AreEqual(2, error.ExitCode);
        StringAssert.Contains(error.Error, $"{broken}:2:");
        StringAssert.Contains(error.Error, "adopted");
    }

    [TestMethod]
    [DataRow("extract")]
    [DataRow("extract", "seeds", "--format", "xml")]
    [DataRow("extract", "seeds", "--min-confidence", "2")]
    [DataRow("extract", "seeds", "--bogus")]
    [DataRow("extract", "seeds", "--threads", "0")]
    [DataRow("no-such-command")]
    public void Run_UsageError_ExitsTwoWithAHint(params string[] args)
    {
        var run = Run(args);
        Assert.AreEqual(2, run.ExitCode, run.Out + run.Error);
        StringAssert.Contains(run.Error, "citations --help");
    }

    [TestMethod]
    public void Run_Help_DescribesEveryCommand()
    {
        var run = Run("--help");
        Assert.AreEqual(0, run.ExitCode);
        foreach (var command in new[] { "extract", "catalog", "evaluate" }) StringAssert.Contains(run.Out, command);
        var extract = Run("extract", "--help");
        StringAssert.Contains(extract.Out, "--min-confidence");
        StringAssert.Contains(extract.Out, "--catalog");
    }

    [TestMethod]
    public void Run_Version_PrintsTheVersion()
    {
        var run = Run("--version");
        Assert.AreEqual(0, run.ExitCode);
        Assert.AreEqual("0.1.0", run.Out.Trim());
    }
}
