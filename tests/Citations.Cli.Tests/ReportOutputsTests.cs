using System.Diagnostics;
using System.Text;
using Citations.GraphExport.Tests;
using Newtonsoft.Json.Linq;

namespace Citations.Cli.Tests;

/// <summary>
/// mentions.csv, report.html and the JSON Schemas, checked on a build of the dev corpus with independent
/// readers: Python's csv module, headless Chromium (Debian's chromium driven by playwright-core) and ajv.
/// tests/tools/setup.sh installs the last two (tests/tools/report-check).
/// </summary>
[TestClass]
public sealed class ReportOutputsTests
{
    private static string s_out = "";
    private static string s_extract = "";

    [ClassInitialize]
    public static void BuildDevCorpus(TestContext context)
    {
        s_out = Directory.CreateTempSubdirectory("citations-report-").FullName;
        var build = CliRunner.Run("build", CliRunner.Repo("corpus", "dev", "statements.jsonl"), "--out", s_out, "--quiet");
        Assert.AreEqual(0, build.ExitCode, build.Error);
        var extract = CliRunner.Run("extract", CliRunner.Repo("corpus", "dev", "statements.jsonl"), "--format", "jsonl");
        Assert.AreEqual(0, extract.ExitCode, extract.Error);
        s_extract = Path.Combine(s_out, "extract.jsonl");
        File.WriteAllText(s_extract, extract.Out, new UTF8Encoding(false));
    }

    [ClassCleanup]
    public static void Cleanup() => Directory.Delete(s_out, recursive: true);

    [TestMethod]
    public void Build_DevCorpus_MentionsCsvHoldsExactlyTheCitationsExtractFinds()
    {
        var records = Rfc4180Reader.Read(File.ReadAllText(Path.Combine(s_out, "mentions.csv")));
        CollectionAssert.AreEqual(Citations.GraphExport.MentionsCsvWriter.Columns.ToArray(), records[0].ToArray());
        var rows = records.Skip(1).Select(r => records[0].Zip(r).ToDictionary(p => p.First!, p => p.Second)).ToList();

        var expected = File.ReadLines(s_extract).Select(JObject.Parse)
            .SelectMany(o => ((JArray)o["citations"]!).Select(c => (Id: (string)o["id"]!, Citation: (JObject)c))).ToList();
        Assert.AreEqual(expected.Count, rows.Count);
        var statements = File.ReadLines(CliRunner.Repo("corpus", "dev", "statements.jsonl")).Select(JObject.Parse)
            .ToDictionary(o => (string)o["id"]!);
        for (var i = 0; i < rows.Count; i++)
        {
            var (id, citation) = expected[i];
            var row = rows[i];
            Assert.AreEqual(id, row["statement_id"]);
            Assert.AreEqual((string?)statements[id]["issuer"], row["issuer"]);
            Assert.AreEqual((string)citation["instrument"]!, row["instrument"]);
            Assert.AreEqual((string)citation["surface"]!, row["surface"]);
            Assert.AreEqual((int)citation["start"]!, int.Parse(row["start"]!, System.Globalization.CultureInfo.InvariantCulture));
            Assert.AreEqual(string.Join("; ", ((JArray)citation["provisions"]!).Select(p => (string)p!)), row["provisions"]);
            Assert.AreEqual((bool)citation["catalogued"]! ? "true" : "false", row["catalogued"]);
            // The context is the sentence around the mention: it holds the surface (whitespace collapsed).
            StringAssert.Contains(row["context"], string.Join(' ', row["surface"]!.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
        }
    }

    [TestMethod]
    public void Build_DevCorpus_PythonCsvReadsEveryRowWithAllColumns()
    {
        const string script = """
            import csv, json, sys
            with open(sys.argv[1], newline="", encoding="utf-8") as f:
                rows = list(csv.reader(f))
            print(json.dumps({"header": rows[0], "widths": sorted(set(len(r) for r in rows[1:])), "rows": len(rows) - 1}))
            """;
        var result = Tool("python3", ["-c", script, Path.Combine(s_out, "mentions.csv")]);

        var read = JObject.Parse(result);
        Assert.AreEqual(14, ((JArray)read["header"]!).Count);
        CollectionAssert.AreEqual(new[] { 14 }, ((JArray)read["widths"]!).Select(w => (int)w).ToArray());
        Assert.AreEqual(File.ReadLines(s_extract).Sum(l => ((JArray)JObject.Parse(l)["citations"]!).Count), (int)read["rows"]!);
    }

    [TestMethod]
    public void Build_DevCorpus_ReportInChromiumFindsIccprAndAClickListsItsStatements()
    {
        var result = CheckReport(Path.Combine(s_out, "report.html"), "ICCPR");

        Assert.AreEqual(0, ((JArray)result["errors"]!).Count, result["errors"]!.ToString());
        Assert.AreEqual(0, ((JArray)result["requests"]!).Count, "the page needs no network: " + result["requests"]);
        var instruments = ((JArray)result["instruments"]!).Select(t => (string)t!).ToList();
        CollectionAssert.IsSubsetOf(new[] { "ICCPR", "UN-CHARTER", "GENOCIDE", "REFUGEE-1951" }, instruments);
        Assert.AreEqual("ICCPR (1966)", (string?)((JArray)result["found"]!).First());
        Assert.AreEqual("ICCPR (1966)", (string?)result["clicked"]);
        StringAssert.StartsWith((string?)result["detailsTitle"], "ICCPR: International Covenant on Civil and Political Rights");

        var graph = JObject.Parse(File.ReadAllText(Path.Combine(s_out, "graph.json")));
        var invoking = ((JArray)graph["edges"]!).Count(e => (string?)e["type"] == "INVOKES" && (string?)e["to"] == "ICCPR");
        Assert.IsTrue(invoking > 5);
        Assert.AreEqual(invoking, ((JArray)result["detailsStatements"]!).Count);
        Assert.AreEqual(invoking, (int)result["filteredStatements"]!, "the instrument filter shows its statements");
        Assert.IsTrue(((JArray)result["marked"]!).Any(m => (string?)m == "International Covenant on Civil and Political Rights"));

        var nodes = ((JArray)graph["nodes"]!).OfType<JObject>().ToList();
        var invokingStatements = ((JArray)graph["edges"]!).Where(e => (string?)e["type"] == "INVOKES").Select(e => (string)e["from"]!).ToHashSet();
        var issuers = nodes.Where(n => (string?)n["label"] == "Statement" && invokingStatements.Contains((string)n["id"]!))
            .Select(n => (string?)n["properties"]!["issuer"]).OfType<string>().Distinct().Count();
        Assert.IsTrue(issuers > 50);
        Assert.AreEqual(issuers, (int)result["issuerNodes"]!);
    }

    [TestMethod]
    [DataRow("genocide convention", "GENOCIDE (1948)")]
    [DataRow("Covenant on Civil", "ICCPR (1966)")]
    [DataRow("un-charter", "UN-CHARTER (1945)")]
    public void Build_DevCorpus_ReportSearchFindsInstrumentsByName(string query, string first)
    {
        var result = CheckReport(Path.Combine(s_out, "report.html"), query);

        Assert.AreEqual(0, ((JArray)result["errors"]!).Count, result["errors"]!.ToString());
        Assert.AreEqual(first, (string?)((JArray)result["found"]!).First());
    }

    [TestMethod]
    public void Build_TwoThousandStatements_ReportDrawsEveryInvokingStatement()
    {
        // The dev corpus 14 times under other ids: 2,072 statements, past the size where the page
        // switches from the force-directed layout to the concentric one.
        using var folder = new TempFolder();
        var lines = File.ReadAllLines(CliRunner.Repo("corpus", "dev", "statements.jsonl"));
        var input = Path.Combine(folder.Path, "large.jsonl");
        File.WriteAllLines(input, Enumerable.Range(0, 14).SelectMany(k => lines.Select(l =>
        {
            var o = JObject.Parse(l);
            o["id"] = $"{o["id"]}-{k}";
            return o.ToString(Newtonsoft.Json.Formatting.None);
        })));
        var output = Path.Combine(folder.Path, "out");
        var build = CliRunner.Run("build", input, "--out", output, "--quiet", "--format", "json,html");
        Assert.AreEqual(0, build.ExitCode, build.Error);

        var result = CheckReport(Path.Combine(output, "report.html"), "ICCPR");

        Assert.AreEqual(0, ((JArray)result["errors"]!).Count, result["errors"]!.ToString());
        var graph = JObject.Parse(File.ReadAllText(Path.Combine(output, "graph.json")));
        var invokes = ((JArray)graph["edges"]!).Where(e => (string?)e["type"] == "INVOKES").ToList();
        var drawn = invokes.Select(e => "s" + e["from"]).Distinct().Count() + invokes.Select(e => "i" + e["to"]).Distinct().Count();
        Assert.IsTrue(drawn > 1500);
        Assert.AreEqual(drawn, (int)result["graphNodes"]!);
        Assert.AreEqual(invokes.Count(e => (string?)e["to"] == "ICCPR"), ((JArray)result["detailsStatements"]!).Count);
    }

    [TestMethod]
    public void Build_HostileStatement_ReportShowsItsTextAsTextAndRunsNone()
    {
        using var folder = new TempFolder();
        const string issuer = "Ministry </script><script>window.injected = 1</script> <img src=x onerror=\"window.injected = 2\">";
        var input = folder.Write("hostile.jsonl", new JObject
        {
            ["id"] = "hostile-1",
            ["issuer"] = issuer,
            ["date"] = "2024-05-01",
            ["text"] = "The ministry recalls the International Covenant on Civil and Political Rights. </script><!-- <script>window.injected = 3</script> \u2028 ]]>",
        }.ToString(Newtonsoft.Json.Formatting.None) + "\n");
        var output = Path.Combine(folder.Path, "out");

        var build = CliRunner.Run("build", input, "--out", output, "--quiet", "--format", "html,mentions");

        Assert.AreEqual(0, build.ExitCode, build.Error);
        var html = File.ReadAllText(Path.Combine(output, "report.html"));
        Assert.AreEqual(3, CountOf(html, "</script>"), "only the page's own three script blocks close");
        Assert.IsFalse(html.Contains("<img", StringComparison.Ordinal));
        var result = CheckReport(Path.Combine(output, "report.html"), "hostile-1");
        Assert.AreEqual(0, ((JArray)result["errors"]!).Count, result["errors"]!.ToString());
        Assert.IsFalse((bool)result["injected"]!);
        CollectionAssert.Contains(((JArray)result["issuers"]!).Select(t => (string)t!).ToList(), issuer);
    }

    [TestMethod]
    public void Build_ManyMentionsOfOneInstrument_ReportKeepsTheFirstFewAndCountsTheRest()
    {
        using var folder = new TempFolder();
        var text = string.Join(" ", Enumerable.Range(1, 5).Select(i => $"Article {i} of the ICCPR applies."));
        var input = folder.Write("many.jsonl", new JObject { ["id"] = "many", ["text"] = text }.ToString(Newtonsoft.Json.Formatting.None) + "\n");
        var output = Path.Combine(folder.Path, "out");

        var build = CliRunner.Run("build", input, "--out", output, "--quiet", "--format", "html,mentions");

        Assert.AreEqual(0, build.ExitCode, build.Error);
        Assert.AreEqual(1 + 5, Rfc4180Reader.Read(File.ReadAllText(Path.Combine(output, "mentions.csv"))).Count);
        var html = File.ReadAllText(Path.Combine(output, "report.html"));
        var json = System.Text.RegularExpressions.Regex.Match(html, "id=\"citations-data\">(?<json>.*?)</script>", System.Text.RegularExpressions.RegexOptions.Singleline);
        var data = JObject.Parse(json.Groups["json"].Value);
        Assert.AreEqual(BuildOutputs.ReportMentionsPerPair, ((JArray)data["mentions"]!).Count);
        Assert.AreEqual(5 - BuildOutputs.ReportMentionsPerPair, (int)data["summary"]!["omittedMentions"]!);
    }

    [TestMethod]
    public void Build_DevCorpus_DotRendersAsAPageNotAStrip()
    {
        var svg = Tool("dot", ["-Tsvg", Path.Combine(s_out, "graph.dot")], timeoutSeconds: 120);

        var size = System.Text.RegularExpressions.Regex.Match(svg, "<svg width=\"(?<w>[0-9.]+)pt\" height=\"(?<h>[0-9.]+)pt\"");
        Assert.IsTrue(size.Success, svg[..Math.Min(400, svg.Length)]);
        var width = double.Parse(size.Groups["w"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var height = double.Parse(size.Groups["h"].Value, System.Globalization.CultureInfo.InvariantCulture);
        // dot's ranks drew the 81-statement corpus as a 3,390 x 16,375 strip; a page is within 1:3 either way.
        Assert.IsTrue(Math.Max(width, height) / Math.Min(width, height) < 3, $"{width} x {height}");
        StringAssert.Contains(svg, "ICCPR (1966)");
        StringAssert.Contains(svg, "Legend");
    }

    [TestMethod]
    public void Build_DevCorpus_GraphJsonMatchesItsSchema() =>
        AssertValid("graph.schema.json", Path.Combine(s_out, "graph.json"), jsonl: false, documents: 1);

    [TestMethod]
    public void Extract_DevCorpus_EveryJsonlLineMatchesItsSchema() =>
        AssertValid("extract.schema.json", s_extract, jsonl: true, documents: File.ReadLines(s_extract).Count());

    [TestMethod]
    [DataRow("graph.schema.json", "{\"format\":\"citations-graph\",\"version\":1,\"nodes\":[{\"label\":\"Treaty\",\"id\":\"X\",\"properties\":{}}],\"edges\":[]}", "/nodes/0/label")]
    [DataRow("graph.schema.json", "{\"format\":\"citations-graph\",\"version\":1,\"nodes\":[{\"label\":\"Instrument\",\"id\":\"ICCPR\",\"properties\":{\"title\":\"t\",\"kind\":\"treaty\"}}],\"edges\":[]}", "catalogued")]
    [DataRow("graph.schema.json", "{\"format\":\"citations-graph\",\"version\":1,\"nodes\":[],\"edges\":[{\"type\":\"INVOKES\",\"from\":\"a\",\"to\":\"b\",\"properties\":{\"mentions\":0,\"surfaces\":[\"x\"],\"confidence\":1}}]}", "mentions")]
    [DataRow("extract.schema.json", "{\"id\":\"s\",\"citations\":[{\"instrument\":\"ICCPR\",\"title\":\"t\",\"kind\":\"treaty\",\"catalogued\":true,\"surface\":\"ICCPR\",\"start\":-1,\"length\":5,\"provisions\":[],\"confidence\":1}]}", "/citations/0/start")]
    [DataRow("extract.schema.json", "{\"id\":\"s\",\"citations\":[{\"instrument\":\"ICCPR\",\"title\":\"t\",\"kind\":\"treaty\",\"catalogued\":true,\"surface\":\"ICCPR\",\"start\":0,\"length\":5,\"provisions\":[\"6 (1)\"],\"confidence\":1}]}", "/citations/0/provisions/0")]
    [DataRow("extract.schema.json", "{\"citations\":[]}", "id")]
    public void Schema_BrokenDocument_IsRejectedAtTheRightPlace(string schema, string document, string where)
    {
        using var folder = new TempFolder();
        var file = folder.Write("broken.json", document);

        var result = Validate(schema, file, jsonl: false);

        var errors = ((JArray)result["errors"]!).Select(e => (string)e!).ToList();
        Assert.IsTrue(errors.Count > 0, "the schema accepts a broken document");
        Assert.IsTrue(errors.Any(e => e.Contains(where, StringComparison.Ordinal)), string.Join("\n", errors));
    }

    /// <summary>
    /// Without a Neo4j server here, each README query's conditions are checked on the dev corpus graph:
    /// every instrument it names is invoked, the ones a query joins are invoked by one statement together,
    /// and an instrument whose provisions it asks for has provisions cited. So each returns rows once loaded.
    /// </summary>
    [TestMethod]
    public void Readme_CypherQueries_WouldReturnRowsOnTheDevCorpus()
    {
        var readme = File.ReadAllText(CliRunner.Repo("README.md"));
        var queries = System.Text.RegularExpressions.Regex.Matches(readme, "```cypher\n(?<body>.*?)```", System.Text.RegularExpressions.RegexOptions.Singleline)
            .SelectMany(m => m.Groups["body"].Value.Split(';')).Where(q => q.Contains("RETURN", StringComparison.Ordinal)).ToList();
        Assert.IsTrue(queries.Count >= 5);
        var graph = JObject.Parse(File.ReadAllText(Path.Combine(s_out, "graph.json")));
        var edges = ((JArray)graph["edges"]!).Select(e => (Type: (string)e["type"]!, From: (string)e["from"]!, To: (string)e["to"]!)).ToList();
        var invoking = edges.Where(e => e.Type == "INVOKES").ToLookup(e => e.To, e => e.From);

        foreach (var query in queries)
        {
            var ids = System.Text.RegularExpressions.Regex.Matches(query, @"\{id: '(?<id>[^']+)'\}").Select(m => m.Groups["id"].Value).ToList();
            foreach (var id in ids) Assert.IsTrue(invoking[id].Any(), $"{id} is invoked in the dev corpus: {query}");
            if (ids.Count == 2) Assert.IsTrue(invoking[ids[0]].Intersect(invoking[ids[1]]).Any(), $"a statement invokes {ids[0]} and {ids[1]}: {query}");
            if (query.Contains(":CITES]", StringComparison.Ordinal) && ids.Count == 1)
            {
                Assert.IsTrue(edges.Any(e => e.Type == "CITES" && e.To.StartsWith(ids[0] + "/art/", StringComparison.Ordinal)), query);
            }
        }
    }

    private static void AssertValid(string schema, string file, bool jsonl, int documents)
    {
        var result = Validate(schema, file, jsonl);
        Assert.AreEqual(documents, (int)result["documents"]!);
        Assert.AreEqual(0, ((JArray)result["errors"]!).Count, result["errors"]!.ToString());
    }

    private static JObject Validate(string schema, string file, bool jsonl)
    {
        List<string> arguments = [Path.Combine(ReportCheck, "validate.mjs"), CliRunner.Repo("docs", "schemas", schema), file];
        if (jsonl) arguments.Add("--jsonl");
        return JObject.Parse(Tool("node", arguments));
    }

    private static JObject CheckReport(string report, string search)
    {
        Assert.IsTrue(File.Exists("/usr/bin/chromium") || Environment.GetEnvironmentVariable("CHROMIUM") is not null,
            "chromium is not installed and tests/tools/setup.sh could not install it");
        return JObject.Parse(Tool("node", [Path.Combine(ReportCheck, "check-report.mjs"), report, search], timeoutSeconds: 120));
    }

    private static string ReportCheck
    {
        get
        {
            var folder = CliRunner.Repo("tests", "tools", "report-check");
            Assert.IsTrue(Directory.Exists(Path.Combine(folder, "node_modules", "playwright-core")),
                "tests/tools/report-check has no node_modules and tests/tools/setup.sh could not install them");
            return folder;
        }
    }

    private static string Tool(string program, IEnumerable<string> arguments, int timeoutSeconds = 60)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = new UTF8Encoding(false),
            UseShellExecute = false,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeoutSeconds * 1000))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{program} did not finish in {timeoutSeconds} s");
        }

        Assert.AreEqual(0, process.ExitCode, $"{program} failed: {error.Result}");
        return output.Result;
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + 1, StringComparison.Ordinal)) count++;
        return count;
    }
}
