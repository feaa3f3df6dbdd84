using System.Text;
using Citations.Core.Ingest;
using static Citations.Core.Tests.Ingest.IngestFixtures;

namespace Citations.Core.Tests.Ingest;

/// <summary>Bad input is data: each case yields a rejection with file and line, and reading goes on.</summary>
[TestClass]
public sealed class StatementReaderRejectionTests
{
    [TestMethod]
    public void Read_PathThatDoesNotExist_RejectsAndReadsTheNextPath()
    {
        using var temp = new TempFolder();
        var missing = Path.Combine(temp.Path, "missing.jsonl");

        var records = ReadAll(missing, SeedFile);

        Assert.AreEqual(new RejectedInput(new SourceLocation(missing, null), "no such file or directory"), records[0]);
        Assert.AreEqual("000_61a26d28c61a68b3", records[1].StatementAt().Id);
    }

    [TestMethod]
    public void Read_JsonLinesWithMalformedLine_RejectsThatLineAndKeepsTheOthers()
    {
        using var temp = new TempFolder();
        var file = temp.Write("statements.jsonl",
            JsonLine("a", Poland) + "\n{\"id\": \"b\", \"text\": \"" + Bosnia + "\n" + JsonLine("c", Torture) + "\n");

        var records = ReadAll(file);

        Assert.HasCount(3, records);
        Assert.AreEqual("a", records[0].StatementAt().Id);
        var rejection = records[1].RejectionAt();
        Assert.AreEqual(new SourceLocation(file, 2), rejection.Location);
        Assert.StartsWith("malformed JSON: ", rejection.Reason);
        Assert.DoesNotContain("\n", rejection.Reason);
        Assert.DoesNotContain("Path '", rejection.Reason);
        Assert.AreEqual("c", records[2].StatementAt().Id);
        Assert.AreEqual(new SourceLocation(file, 3), records[2].Location);
    }

    [TestMethod]
    [DataRow("{\"id\": \"a\", \"text\": Poland attaches great importance}", "malformed JSON: Unexpected character encountered while parsing value: P (near column 21)")]
    [DataRow("{\"id\": \"a\", \"text\": \"Poland attaches great importance\"} {\"id\": \"b\"}", "malformed JSON")]
    [DataRow("[\"Poland attaches great importance to the protection of human rights\"]", "not a JSON object (found an array)")]
    [DataRow("\"Poland attaches great importance to the protection of human rights\"", "not a JSON object (found a string)")]
    [DataRow("1990", "not a JSON object (found an integer)")]
    [DataRow("{\"id\": \"dev-001\", \"date\": \"1990\"}", "no \"text\" field")]
    [DataRow("{\"id\": \"dev-001\", \"text\": null}", "no \"text\" field")]
    [DataRow("{\"id\": \"dev-001\", \"text\": \"\"}", "empty text")]
    [DataRow("{\"id\": \"dev-001\", \"text\": \" \\n\\t \"}", "empty text")]
    [DataRow("{\"id\": \"dev-001\", \"text\": [\"Poland attaches great importance\"]}", "field \"text\" must be a string (found an array)")]
    [DataRow("{\"id\": 1, \"text\": \"Poland attaches great importance\"}", "field \"id\" must be a string (found an integer)")]
    [DataRow("{\"title\": {\"en\": \"General Debate\"}, \"text\": \"Poland attaches great importance\"}", "field \"title\" must be a string (found an object)")]
    [DataRow("{\"date\": 1990.5, \"text\": \"Poland attaches great importance\"}", "field \"date\" must be a string or a year (found a number)")]
    [DataRow("{\"date\": true, \"text\": \"Poland attaches great importance\"}", "field \"date\" must be a string or a year (found a boolean)")]
    [DataRow("{\"language\": false, \"text\": \"Poland attaches great importance\"}", "field \"language\" must be a string (found a boolean)")]
    public void Read_JsonLinesWithBadSecondLine_RejectsLineTwoAndKeepsLinesOneAndThree(string badLine, string reason)
    {
        using var temp = new TempFolder();
        var file = temp.Write("statements.jsonl", JsonLine("first", Poland) + "\n" + badLine + "\n" + JsonLine("third", Bosnia) + "\n");

        var records = ReadAll(file);

        Assert.HasCount(3, records);
        Assert.AreEqual("first", records[0].StatementAt().Id);
        var rejection = records[1].RejectionAt();
        Assert.AreEqual(new SourceLocation(file, 2), rejection.Location);
        Assert.StartsWith(reason, rejection.Reason);
        Assert.AreEqual("third", records[2].StatementAt().Id);
    }

    [TestMethod]
    public void Read_JsonLinesWithInvalidUtf8Line_RejectsThatLine()
    {
        using var temp = new TempFolder();
        var bytes = new List<byte>();
        bytes.AddRange(Encoding.UTF8.GetBytes(JsonLine("first", Poland) + "\n"));
        // "Komšić" written in Latin-2 (š = 0xB9, ć = 0xE6): not UTF-8.
        bytes.AddRange(Encoding.UTF8.GetBytes("{\"id\": \"second\", \"issuer\": \"Željko Kom"));
        bytes.AddRange([0xB9, 0xE6]);
        bytes.AddRange(Encoding.UTF8.GetBytes("\", \"text\": \"" + Bosnia + "\"}\n" + JsonLine("third", Torture) + "\n"));
        var file = temp.Write("statements.jsonl", [.. bytes]);

        var records = ReadAll(file);

        Assert.HasCount(3, records);
        Assert.AreEqual("first", records[0].StatementAt().Id);
        Assert.AreEqual(new RejectedInput(new SourceLocation(file, 2), "invalid UTF-8 (byte 0xB9 at byte 40 of the line)"), records[1]);
        Assert.AreEqual("third", records[2].StatementAt().Id);
    }

    [TestMethod]
    public void Read_TextFileWithInvalidUtf8_RejectsWithLine()
    {
        using var temp = new TempFolder();
        var bytes = Encoding.UTF8.GetBytes("---\ntitle: Statement\n---\n" + Poland + "\nMr. Skubiszewski, Minister for Foreign Affairs of ").Concat(new byte[] { 0x50, 0xF3, 0x6C, 0x61, 0x6E, 0x64 }).ToArray();
        var file = temp.Write("statement.txt", bytes);
        var next = temp.Write("z-next.txt", Bosnia);

        var records = ReadAll(temp.Path);

        Assert.HasCount(2, records);
        Assert.AreEqual(new SourceLocation(temp.Path + "/statement.txt", 5), records[0].RejectionAt().Location);
        Assert.StartsWith("invalid UTF-8 (byte 0xF3", records[0].RejectionAt().Reason);
        Assert.AreEqual(Bosnia, records[1].StatementAt().Text);
        Assert.IsTrue(File.Exists(file) && File.Exists(next));
    }

    [TestMethod]
    [DataRow("statement.txt")]
    [DataRow("statement.jsonl")]
    [DataRow("statement.json")]
    [DataRow("statement.html")]
    [DataRow("statement.png")]
    public void Read_BinaryFile_RejectsAsBinary(string name)
    {
        using var temp = new TempFolder();
        // UTF-16 text is full of NUL bytes; so are PDFs, images and archives.
        var file = temp.Write(name, Encoding.Unicode.GetBytes(JsonLine("a", Poland)));

        var records = ReadAll(file, SeedFile);

        Assert.AreEqual(new RejectedInput(new SourceLocation(file, null), "binary file (NUL bytes in the first 8 KB)"), records[0]);
        Assert.AreEqual("000_61a26d28c61a68b3", records[1].StatementAt().Id);
    }

    [TestMethod]
    public void Read_InvalidYamlFrontMatter_RejectsWithFileLine()
    {
        using var temp = new TempFolder();
        var file = temp.Write("statement.md", "---\nid: pol-1990\ntitle: \"Statement in the General Debate\nissuer: Poland\n---\n" + Poland);

        var rejection = ReadAll(file).Single().RejectionAt();

        Assert.AreEqual(file, rejection.Location.File);
        Assert.AreEqual(3, rejection.Location.Line);
        Assert.StartsWith("invalid YAML front matter: ", rejection.Reason);
        Assert.DoesNotContain("\n", rejection.Reason);
    }

    [TestMethod]
    public void Read_YamlFrontMatterWithBadIndentation_RejectsWithFileLine()
    {
        using var temp = new TempFolder();
        var file = temp.Write("statement.md", "---\nid: pol-1990\ntitle: General Debate\n  issuer: Poland\n---\n" + Poland);

        var rejection = ReadAll(file).Single().RejectionAt();

        Assert.AreEqual(4, rejection.Location.Line);
        Assert.StartsWith("invalid YAML front matter: ", rejection.Reason);
    }

    [TestMethod]
    public void Read_FrontMatterFieldThatIsAList_RejectsWithFieldLine()
    {
        using var temp = new TempFolder();
        var file = temp.Write("statement.md", "---\nid: pol-1990\nissuer:\n  - Poland\n  - Skubiszewski\n---\n" + Poland);

        var rejection = ReadAll(file).Single().RejectionAt();

        Assert.AreEqual(new RejectedInput(new SourceLocation(file, 4), "front matter field \"issuer\" must be a single value"), rejection);
    }

    [TestMethod]
    public void Read_FrontMatterThatIsNotAMapping_Rejects()
    {
        using var temp = new TempFolder();
        var file = temp.Write("statement.md", "---\n- Poland\n- 1990\n---\n" + Poland);

        var rejection = ReadAll(file).Single().RejectionAt();

        Assert.AreEqual(2, rejection.Location.Line);
        Assert.StartsWith("front matter must be a YAML mapping", rejection.Reason);
    }

    [TestMethod]
    public void Read_UnclosedFrontMatter_RejectsAtLineOne()
    {
        using var temp = new TempFolder();
        var file = temp.Write("statement.md", "---\ntitle: General Debate\ndate: 1990\n\n" + Poland + "\n");

        var records = ReadAll(file, SeedFile);

        Assert.AreEqual(new SourceLocation(file, 1), records[0].RejectionAt().Location);
        Assert.Contains("never closed", records[0].RejectionAt().Reason);
        Assert.AreEqual("000_61a26d28c61a68b3", records[1].StatementAt().Id);
    }

    [TestMethod]
    [DataRow("")]
    [DataRow(" \n\n\t\n")]
    [DataRow("---\ntitle: General Debate\n---\n")]
    [DataRow("---\ntitle: General Debate\n---\n\n   \n")]
    public void Read_TextFileWithoutText_RejectsEmptyText(string content)
    {
        using var temp = new TempFolder();
        var file = temp.Write("statement.txt", content);

        var records = ReadAll(file);

        Assert.AreEqual(new RejectedInput(new SourceLocation(file, null), "empty text"), records.Single());
    }

    [TestMethod]
    public void Read_HtmlWithoutVisibleText_RejectsEmptyText()
    {
        using var temp = new TempFolder();
        var file = temp.Write("empty.html", "<html><head><title>Press release</title><script>var x = 1;</script></head><body><style>p{}</style></body></html>");

        Assert.AreEqual(new RejectedInput(new SourceLocation(file, null), "empty text"), ReadAll(file).Single());
    }

    [TestMethod]
    public void Read_JsonFileThatIsAnArray_RejectsTheFile()
    {
        using var temp = new TempFolder();
        var file = temp.Write("statements.json", "[\n  " + JsonLine("a", Poland) + ",\n  " + JsonLine("b", Bosnia) + "\n]\n");

        var records = ReadAll(file, SeedFile);

        Assert.AreEqual(new RejectedInput(new SourceLocation(file, 1), "not JSON Lines (one object per line): the file is a JSON array"), records[0]);
        Assert.AreEqual("000_61a26d28c61a68b3", records[1].StatementAt().Id);
    }

    [TestMethod]
    public void Read_JsonFileThatIsOnePrettyPrintedObject_RejectsTheFile()
    {
        using var temp = new TempFolder();
        var file = temp.Write("statement.json", "{\n  \"id\": \"a\",\n  \"text\": \"" + Poland + "\"\n}\n");

        var records = ReadAll(file);

        Assert.AreEqual(new RejectedInput(new SourceLocation(file, 1), "not JSON Lines (one object per line): the line is not a complete JSON object"), records.Single());
    }

    [TestMethod]
    public void Read_FileLockedByAnotherWriter_RejectsAndContinues()
    {
        using var temp = new TempFolder();
        var file = temp.Write("statements.jsonl", JsonLine("a", Poland) + "\n");
        // .NET locks files opened with FileShare.None (flock on Unix), so a reader cannot open it.
        using var writer = new FileStream(file, FileMode.Open, FileAccess.ReadWrite, FileShare.None);

        var records = ReadAll(file, SeedFile);

        Assert.AreEqual(new SourceLocation(file, null), records[0].RejectionAt().Location);
        Assert.StartsWith("cannot read: ", records[0].RejectionAt().Reason);
        Assert.AreEqual("000_61a26d28c61a68b3", records[1].StatementAt().Id);
    }

    [TestMethod]
    public void Read_FolderWithBadAndGoodFiles_YieldsEveryGoodStatement()
    {
        using var temp = new TempFolder();
        temp.Write("1-good.txt", Poland);
        temp.Write("2-empty.txt", "");
        temp.Write("3-mixed.jsonl", JsonLine("m1", Bosnia) + "\nnot json at all\n" + JsonLine("m3", Torture) + "\n");
        temp.Write("4-binary.md", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00]);
        temp.Write("5-good.md", "---\nid: op\n---\n" + OptionalProtocol);

        var records = ReadAll(temp.Path);

        CollectionAssert.AreEqual(
            new[] { "statement", "rejected", "statement", "rejected", "statement", "rejected", "statement" },
            records.Select(r => r is IngestedStatement ? "statement" : "rejected").ToArray());
        CollectionAssert.AreEqual(
            new[] { StatementId.Derive(Poland), "m1", "m3", "op" },
            records.OfType<IngestedStatement>().Select(r => r.Statement.Id).ToArray());
        Assert.AreEqual(new SourceLocation(temp.Path + "/3-mixed.jsonl", 2), records[3].Location);
    }
}
