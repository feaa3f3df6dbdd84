using System.Diagnostics;
using System.Text;
using Citations.GraphExport.Tests;
using Newtonsoft.Json.Linq;
using static Citations.Cli.Tests.CliRunner;

namespace Citations.Cli.Tests;

/// <summary>What a hostile or careless user gives the command line: each class ends in one clear line and the exit code the README names.</summary>
[TestClass]
public sealed class HostileCommandLineTests
{
    private const string Sentence = "We shall soon adhere to the Optional Protocol to the International Covenant on Civil and Political Rights.";

    [TestMethod]
    [DataRow("extract", "--threads", "abc")]
    [DataRow("extract", "--threads", "0")]
    [DataRow("extract", "--threads", "99999999999")]
    [DataRow("extract", "--min-confidence", "x")]
    [DataRow("extract", "--min-confidence", "NaN")]
    [DataRow("extract", "--min-confidence", "1.5")]
    [DataRow("build", "--threads", "-2")]
    [DataRow("stats", "--top", "abc")]
    [DataRow("stats", "--top", "2.5")]
    [DataRow("load", "--batch-size", "abc")]
    [DataRow("load", "--batch-size", "0")]
    [DataRow("load", "--timeout", "abc")]
    [DataRow("load", "--timeout", "99999999999")]
    public void NumericOption_WordOrOutOfRange_IsAUsageErrorWithoutTrace(string command, string option, string value)
    {
        var run = Run(command, Repo("seeds"), option, value);

        Assert.AreEqual(ExitCodes.Usage, run.ExitCode, run.Error);
        StringAssert.Contains(run.Error, $"citations: {option} must be");
        StringAssert.Contains(run.Error, $"'{value}'");
        Assert.DoesNotContain("   at ", run.Error);
    }

    [TestMethod]
    [DataRow("build")]
    [DataRow("extract")]
    [DataRow("stats")]
    [DataRow("load")]
    public void MissingInputPath_IsAUsageError(string command)
    {
        var run = Run(command, Repo("seeds"), "/no/such/corpus");

        Assert.AreEqual(ExitCodes.Usage, run.ExitCode, run.Error);
        StringAssert.Contains(run.Error, "No such file or folder: '/no/such/corpus'");
    }

    [TestMethod]
    public void Build_EmptyFormat_IsAUsageError()
    {
        Assert.AreEqual(ExitCodes.Usage, Run("build", Repo("seeds"), "--format", "").ExitCode);
        Assert.AreEqual(ExitCodes.Usage, Run("build", Repo("seeds"), "--format", " , ").ExitCode);
    }

    [TestMethod]
    public void Build_MissingCatalogOrGold_IsAUsageError()
    {
        Assert.AreEqual(ExitCodes.Usage, Run("build", Repo("seeds"), "--catalog", "/no/such/catalog.json", "--quiet").ExitCode);
        Assert.AreEqual(ExitCodes.Usage, Run("evaluate", Repo("seeds"), "--gold", "/no/such/gold.jsonl").ExitCode);
    }

    [TestMethod]
    public void Build_OutIsAFile_IsAnOutputErrorAndLeavesNoTemporaryFiles()
    {
        using var temp = new TempFolder();
        var blocker = temp.Write("out", "a file where the folder should be");

        var run = Run("build", Repo("seeds"), "--out", Path.Combine(blocker, "sub"), "--quiet");

        Assert.AreEqual(ExitCodes.OutputFailed, run.ExitCode, run.Error);
        StringAssert.StartsWith(run.Error, "citations: ");
        Assert.DoesNotContain("   at ", run.Error);
        CollectionAssert.AreEqual(new[] { "out" }, Directory.GetFileSystemEntries(temp.Path).Select(Path.GetFileName).ToArray());
    }

    [TestMethod]
    public void Build_OutputThatCannotReplaceTheOld_LeavesEveryEarlierOutputWhole()
    {
        using var temp = new TempFolder();
        var output = Path.Combine(temp.Path, "out");
        Assert.AreEqual(0, Run("build", Repo("seeds"), "--out", output, "--quiet").ExitCode);
        var before = File.ReadAllBytes(Path.Combine(output, "graph.json"));
        // graph.dot cannot be replaced (a folder stands in its way); graph.json, written before it, must not change either.
        File.Delete(Path.Combine(output, "graph.dot"));
        Directory.CreateDirectory(Path.Combine(output, "graph.dot"));

        var run = Run("build", Repo("corpus", "dev", "statements.jsonl"), "--out", output, "--format", "json,dot", "--quiet");

        Assert.AreEqual(ExitCodes.OutputFailed, run.ExitCode, run.Error);
        CollectionAssert.AreEqual(before, File.ReadAllBytes(Path.Combine(output, "graph.json")));
        Assert.IsFalse(Directory.GetFiles(output).Any(f => f.EndsWith(".tmp", StringComparison.Ordinal)));
    }

    [TestMethod]
    public void Build_ReportThatCannotReplaceTheOld_LeavesMentionsAndGraphAsTheyWere()
    {
        using var temp = new TempFolder();
        var output = Path.Combine(temp.Path, "out");
        Assert.AreEqual(0, Run("build", Repo("seeds"), "--out", output, "--quiet").ExitCode);
        var mentions = File.ReadAllBytes(Path.Combine(output, "mentions.csv"));
        var graph = File.ReadAllBytes(Path.Combine(output, "graph.json"));
        // report.html is moved into place after mentions.csv was written in full: a folder in its way stops both.
        File.Delete(Path.Combine(output, "report.html"));
        Directory.CreateDirectory(Path.Combine(output, "report.html"));

        var run = Run("build", Repo("corpus", "dev", "statements.jsonl"), "--out", output, "--quiet");

        Assert.AreEqual(ExitCodes.OutputFailed, run.ExitCode, run.Error);
        StringAssert.Contains(run.Error, "report.html");
        CollectionAssert.AreEqual(mentions, File.ReadAllBytes(Path.Combine(output, "mentions.csv")));
        CollectionAssert.AreEqual(graph, File.ReadAllBytes(Path.Combine(output, "graph.json")));
        Assert.IsFalse(Directory.GetFileSystemEntries(output).Any(f => f.EndsWith(".tmp", StringComparison.Ordinal)));
    }

    [TestMethod]
    public void Build_MentionsCsvInTheWayOfAFolder_IsAnOutputErrorAndLeavesNoTemporaryFile()
    {
        using var temp = new TempFolder();
        var output = Path.Combine(temp.Path, "out");
        Directory.CreateDirectory(Path.Combine(output, "mentions.csv"));

        var run = Run("build", Repo("seeds"), "--out", output, "--format", "json,mentions", "--quiet");

        Assert.AreEqual(ExitCodes.OutputFailed, run.ExitCode, run.Error);
        Assert.IsFalse(File.Exists(Path.Combine(output, "graph.json")));
        CollectionAssert.AreEqual(new[] { "mentions.csv" }, Directory.GetFileSystemEntries(output).Select(Path.GetFileName).ToArray());
    }

    [TestMethod]
    public void Build_FewerFormatsThanBefore_NamesTheOutputsLeftFromTheEarlierRun()
    {
        using var temp = new TempFolder();
        Assert.AreEqual(0, Run("build", Repo("seeds"), "--out", temp.Path, "--quiet").ExitCode);

        var run = Run("build", Repo("seeds"), "--out", temp.Path, "--format", "json", "--quiet");

        Assert.AreEqual(0, run.ExitCode, run.Error);
        StringAssert.Contains(run.Out, "Left from an earlier run, not rewritten by this one:");
        StringAssert.Contains(run.Out, Path.Combine(temp.Path, "graph.dot"));
        Assert.DoesNotContain(Path.Combine(temp.Path, "graph.json") + "\n  ", run.Out[run.Out.IndexOf("Left from", StringComparison.Ordinal)..]);
    }

    [TestMethod]
    public void Build_SameFileTwice_ReportsEveryRepeatWithBothPlacesAndExitsOne()
    {
        using var temp = new TempFolder();
        var file = temp.Write("a.jsonl", $"{{\"id\": \"x1\", \"text\": \"{Sentence}\"}}\n{{\"id\": \"x2\", \"text\": \"{Sentence} Again.\"}}\n");

        var run = Run("build", file, file, "--out", Path.Combine(temp.Path, "out"), "--quiet");

        Assert.AreEqual(ExitCodes.InputRejected, run.ExitCode);
        StringAssert.Contains(run.Error, $"{file}:1: repeated id \"x1\" (first at {file}:1): this statement replaces the earlier one");
        StringAssert.Contains(run.Error, $"{file}:2: repeated id \"x2\" (first at {file}:2)");
        StringAssert.Contains(run.Out, "2 repeated ids (each replaced the statement read before it under that id)");
        var json = JObject.Parse(File.ReadAllText(Path.Combine(temp.Path, "out", "graph.json")));
        Assert.AreEqual(2, json["nodes"]!.Count(n => (string)n["label"]! == "Statement"));
    }

    [TestMethod]
    public void Build_RepeatedId_MentionsCsvAndReportKeepOnlyTheStatementThatReplacedTheEarlier()
    {
        using var temp = new TempFolder();
        var first = temp.Write("a.jsonl",
            "{\"id\": \"x1\", \"text\": \"Poland acceded to the International Covenant on Civil and Political Rights.\"}\n"
            + "{\"id\": \"x2\", \"text\": \"The \\\"Convention against Torture\\\" applies,\\r\\nsaid the minister.\"}\n");
        var second = temp.Write("b.jsonl", "{\"id\": \"x1\", \"text\": \"Chile ratified the Convention on the Rights of the Child.\"}\n");
        var output = Path.Combine(temp.Path, "out");

        var run = Run("build", first, second, "--out", output, "--format", "json,mentions,html", "--quiet");

        Assert.AreEqual(ExitCodes.InputRejected, run.ExitCode, run.Error);
        var records = Rfc4180Reader.Read(File.ReadAllText(Path.Combine(output, "mentions.csv")));
        CollectionAssert.AreEqual(new[] { "x2", "x1" }, records.Skip(1).Select(r => r[0]).ToArray());
        CollectionAssert.AreEqual(new[] { "CAT", "CRC" }, records.Skip(1).Select(r => r[4]).ToArray());
        var report = File.ReadAllText(Path.Combine(output, "report.html"));
        Assert.DoesNotContain("Poland acceded", report);
        StringAssert.Contains(report, "Chile ratified");
    }

    [TestMethod]
    public void Build_IdsDifferingOnlyBySpacesAndTextsWithoutIds_AreReportedAsRepeats()
    {
        using var temp = new TempFolder();
        var file = temp.Write("a.jsonl",
            $"{{\"id\": \"x1\", \"text\": \"{Sentence}\"}}\n{{\"id\": \" x1 \", \"text\": \"{Sentence} Later.\"}}\n"
            + $"{{\"text\": \"{Sentence} No id.\"}}\n{{\"text\": \"{Sentence}  No id.\"}}\n");

        var run = Run("build", file, "--out", Path.Combine(temp.Path, "out"), "--quiet");

        Assert.AreEqual(ExitCodes.InputRejected, run.ExitCode);
        StringAssert.Contains(run.Error, $"{file}:2: repeated id \"x1\" (first at {file}:1)");
        StringAssert.Contains(run.Error, $"{file}:4: repeated id \"s-");
        StringAssert.Contains(run.Error, $"(first at {file}:3)");
    }

    [TestMethod]
    [DataRow("")]
    [DataRow("  \n\t\n")]
    public void StatsAndLoad_EmptyGraphJson_IsAnInputError(string content)
    {
        using var temp = new TempFolder();
        var file = temp.Write("graph.json", content);

        var stats = Run("stats", file);
        var load = Run("load", file, "--dry-run");

        Assert.AreEqual(ExitCodes.InputRejected, stats.ExitCode);
        StringAssert.Contains(stats.Error, $"{file}: empty graph file");
        Assert.AreEqual(ExitCodes.InputRejected, load.ExitCode);
        Assert.AreEqual("", load.Out);
    }

    [TestMethod]
    [DataRow("99999999999999999999999")]
    [DataRow("-99999999999999999999999")]
    public void Stats_IntegerBeyondInt64InGraphJson_IsAnInputErrorWithItsLine(string number)
    {
        using var temp = new TempFolder();
        var file = temp.Write("graph.json",
            "{\"format\": \"citations-graph\", \"version\": 1,\n \"nodes\": [{\"label\": \"Statement\", \"id\": \"a\", \"properties\": {\"id\": \"a\", \"sha256\": " + number + "}}],\n \"edges\": []}");

        var run = Run("stats", file);

        Assert.AreEqual(ExitCodes.InputRejected, run.ExitCode, run.Error);
        StringAssert.Contains(run.Error, $"{file}:2:");
        Assert.DoesNotContain("   at ", run.Error);
    }

    [TestMethod]
    public void Evaluate_EmptyGold_SaysNothingWasScoredAndExitsOne()
    {
        using var temp = new TempFolder();
        var gold = temp.Write("gold.jsonl", "");

        var run = Run("evaluate", Repo("corpus", "dev", "statements.jsonl"), "--gold", gold);

        Assert.AreEqual(ExitCodes.InputRejected, run.ExitCode);
        StringAssert.Contains(run.Error, "nothing was scored");
        Assert.DoesNotContain("1.000", run.Out);
    }

    [TestMethod]
    public void Extract_ReaderClosesThePipe_EndsQuietly()
    {
        var output = new ClosedPipeWriter();
        var error = new StringWriter();

        var code = CitationsApp.RunAsync(["extract", Repo("corpus", "dev", "statements.jsonl"), "--format", "jsonl"], new StringReader(""), output, error, _ => null)
            .GetAwaiter().GetResult();

        Assert.AreEqual(ExitCodes.Ok, code);
        Assert.AreEqual("", error.ToString());
    }

    [TestMethod]
    [DataRow("http://neo4j:hunter2zz@localhost:7474")]
    [DataRow("http://neo4j:hunter2zz@local host:7474")]
    [DataRow("neo4j+s://neo4j:hunter2zz@x.databases.neo4j.io")]
    public void Load_CredentialsInTheUri_RefusedAndNeverPrinted(string uri)
    {
        var run = RunWithEnvironment("", name => name == "NEO4J_PASSWORD" ? "s3cret-Pa55" : null, "load", Repo("seeds"), "--uri", uri, "--quiet");

        Assert.AreEqual(ExitCodes.Usage, run.ExitCode, run.Error);
        Assert.DoesNotContain("hunter2zz", run.Out + run.Error);
        StringAssert.StartsWith(run.Error, "citations: ");
    }

    [TestMethod]
    public void Verbose_ShowsTheStackTraceOnlyWhenAsked()
    {
        using var temp = new TempFolder();
        var file = temp.Write("graph.json", "{\"format\": \"citations-graph\", \"version\": 1, \"nodes\": [ {\"label\": \"Nope\"} ]}");

        var plain = Run("stats", file);
        var verbose = Run("stats", file, "--verbose");

        Assert.AreEqual(plain.ExitCode, verbose.ExitCode);
        Assert.DoesNotContain("   at ", plain.Error);
        StringAssert.Contains(verbose.Error, "   at ");
        StringAssert.Contains(verbose.Error, "GraphExportException");
    }

    [TestMethod]
    public void StandardInputAsBytes_InvalidUtf8_RejectedAsInAFile()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("{\"id\": \"k\", \"text\": \"Komši"), 0xC4, .. Encoding.UTF8.GetBytes(" said\"}\n")];
        var output = new StringWriter();
        var error = new StringWriter();

        var code = CitationsApp.RunAsync(["extract", "-", "--format", "jsonl"], new MemoryStream(bytes), output, error, _ => null).GetAwaiter().GetResult();

        Assert.AreEqual(ExitCodes.InputRejected, code);
        StringAssert.Contains(error.ToString(), "<stdin>:1: rejected: invalid UTF-8 (byte 0xC4");
        Assert.AreEqual("", output.ToString());
    }

    [TestMethod]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")] // /dev/full is a Linux device; the test fails loudly where it is missing
    public void BuiltBinary_StandardOutputIsAFullDisk_OneLineAndExitFour()
    {
        Assert.IsTrue(File.Exists("/dev/full"), "this test needs Linux's /dev/full");
        var dll = Path.Combine(AppContext.BaseDirectory, "citations.dll");
        var start = new ProcessStartInfo("sh", ["-c", $"dotnet \"{dll}\" extract \"{Repo("corpus", "dev", "statements.jsonl")}\" --format jsonl > /dev/full"])
        {
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        Assert.IsTrue(process.WaitForExit(60_000));

        Assert.AreEqual(ExitCodes.OutputFailed, process.ExitCode, error);
        StringAssert.Contains(error, "citations: ");
        Assert.DoesNotContain("   at ", error);
    }

    [TestMethod]
    public void BuiltBinary_PipedIntoHead_EndsQuietly()
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "citations.dll");
        var corpus = Repo("corpus", "dev", "statements.jsonl");
        var start = new ProcessStartInfo("sh", ["-c", $"dotnet \"{dll}\" extract \"{corpus}\" \"{corpus}\" \"{corpus}\" --format jsonl | head -c 10 > /dev/null"])
        {
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        Assert.IsTrue(process.WaitForExit(60_000));

        Assert.AreEqual("", error);
    }

    /// <summary>Standard output whose reader has gone: every write fails as a closed pipe does (EPIPE).</summary>
    private sealed class ClosedPipeWriter : TextWriter
    {
        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value) => throw new IOException("Broken pipe", 32);

        public override void Write(char[] buffer, int index, int count) => throw new IOException("Broken pipe", 32);

        public override void Write(string? value) => throw new IOException("Broken pipe", 32);
    }
}
