using System.IO.Compression;
using System.Text;
using Citations.Core.Ingest;

namespace Citations.Core.Tests.Ingest;

[TestClass]
public sealed class ExtraInputsTests
{
    private static byte[] Gzip(byte[] content)
    {
        using var memory = new MemoryStream();
        using (var gzip = new GZipStream(memory, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(content);
        }

        return memory.ToArray();
    }

    [TestMethod]
    public void Read_JsonlGz_SameStatementsAsTheUncompressedFile()
    {
        using var folder = new TempFolder();
        var compressed = folder.Write("statements.jsonl.gz", Gzip(File.ReadAllBytes(IngestFixtures.DevStatements)));

        var plain = IngestFixtures.ReadAll(IngestFixtures.DevStatements).Select(r => r.StatementAt()).ToList();
        var read = IngestFixtures.ReadAll(compressed).Select(r => r.StatementAt()).ToList();

        Assert.AreEqual(148, read.Count);
        CollectionAssert.AreEqual(plain.Select(s => s.Id).ToList(), read.Select(s => s.Id).ToList());
        CollectionAssert.AreEqual(plain.Select(s => s.Text).ToList(), read.Select(s => s.Text).ToList());
        Assert.AreEqual(compressed + ":2", read[1].Location.ToString());
    }

    [TestMethod]
    public void Read_TruncatedJsonlGz_StatementsBeforeTheCutThenARejection()
    {
        using var folder = new TempFolder();
        var whole = Gzip(File.ReadAllBytes(IngestFixtures.DevStatements));
        var cut = folder.Write("cut.jsonl.gz", whole[..(whole.Length / 2)]);

        var records = IngestFixtures.ReadAll(cut);

        Assert.IsTrue(records.OfType<IngestedStatement>().Count() is > 10 and < 148);
        StringAssert.Contains(records[^1].RejectionAt().Reason, "ends early");
    }

    [TestMethod]
    public void Read_TxtGzInAFolder_ReadWithItsFrontMatter()
    {
        using var folder = new TempFolder();
        folder.Write("a/one.txt.gz", Gzip(Encoding.UTF8.GetBytes("---\nid: poland-1990\nissuer: Poland\n---\n" + IngestFixtures.OptionalProtocol)));

        var statement = IngestFixtures.ReadAll(folder.Path).Single().StatementAt();

        Assert.AreEqual("poland-1990", statement.Id);
        Assert.AreEqual("Poland", statement.Metadata.Issuer);
        Assert.AreEqual(IngestFixtures.OptionalProtocol, statement.Text.Trim());
    }

    [TestMethod]
    [DataRow(new byte[] { 0x62, 0x61, 0x64, 0x0a }, "not a valid gzip file")]
    [DataRow(new byte[] { 0x1f, 0x8b, 0x08, 0x00, 0x00 }, "ends early")]
    public void Read_CorruptGzip_OneRejectionAndTheRestGoesOn(byte[] content, string reason)
    {
        using var folder = new TempFolder();
        var broken = folder.Write("broken.txt.gz", content);
        var good = folder.Write("good.txt", IngestFixtures.Poland);

        var records = IngestFixtures.ReadAll(broken, good);

        Assert.AreEqual(2, records.Count);
        var rejection = records[0].RejectionAt();
        Assert.AreEqual(broken, rejection.Location.File);
        StringAssert.Contains(rejection.Reason, reason);
        Assert.AreEqual(IngestFixtures.Poland, records[1].StatementAt().Text);
    }

    [TestMethod]
    public void Read_CsvFromASpreadsheet_OneStatementPerRowWithMetadata()
    {
        using var folder = new TempFolder();
        var csv = folder.Write("export.csv", Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(
            "ID,Issuer,Date,Text,notes\r\n" +
            $"poland-1990,\"Poland (Skubiszewski)\",1990,\"{IngestFixtures.OptionalProtocol}\r\nIt said \"\"the Covenant\"\".\",x\r\n" +
            $"bosnia,,,\"{IngestFixtures.Bosnia}\",\r\n")).ToArray());

        var statements = IngestFixtures.ReadAll(csv).Select(r => r.StatementAt()).ToList();

        Assert.AreEqual(2, statements.Count);
        Assert.AreEqual("poland-1990", statements[0].Id);
        Assert.AreEqual("Poland (Skubiszewski)", statements[0].Metadata.Issuer);
        Assert.AreEqual("1990", statements[0].Metadata.Date);
        Assert.AreEqual(IngestFixtures.OptionalProtocol + "\r\nIt said \"the Covenant\".", statements[0].Text);
        Assert.AreEqual(csv + ":2", statements[0].Location.ToString());
        Assert.AreEqual(csv + ":4", statements[1].Location.ToString());
        Assert.IsNull(statements[1].Metadata.Issuer);
    }

    [TestMethod]
    public void Read_CsvWithSemicolons_SeparatorTakenFromTheHeader()
    {
        using var folder = new TempFolder();
        var csv = folder.Write("excel.csv", $"id;text\r\nfr-1;\"{IngestFixtures.Torture}\"\r\nfr-2;A sentence, with a comma.\r\n");

        var statements = IngestFixtures.ReadAll(csv).Select(r => r.StatementAt()).ToList();

        CollectionAssert.AreEqual(new[] { IngestFixtures.Torture, "A sentence, with a comma." }, statements.Select(s => s.Text).ToArray());
    }

    [TestMethod]
    [DataRow("id,body\nx,the ICCPR\n", 1, "no 'text' column in the CSV header (found: id, body)")]
    [DataRow("", 1, "empty CSV file")]
    [DataRow("id,text\nx,one,two\n", 2, "3 fields where the header has 2")]
    [DataRow("id,text\nx,\"never closed\n", 2, "a quoted field is not closed")]
    [DataRow("id,text\nx,\n", 2, "text")]
    public void Read_BadCsv_RejectedWithLineAndReason(string content, int line, string reason)
    {
        using var folder = new TempFolder();
        var csv = folder.Write("bad.csv", content);

        var rejection = IngestFixtures.ReadAll(csv).Single().RejectionAt();

        Assert.AreEqual(line, rejection.Location.Line);
        StringAssert.Contains(rejection.Reason, reason);
    }

    [TestMethod]
    public void Read_CsvWithInvalidUtf8_Rejected()
    {
        using var folder = new TempFolder();
        var csv = folder.Write("latin1.csv", [.. Encoding.ASCII.GetBytes("id,text\nx,caf"), 0xE9, (byte)'\n']);

        StringAssert.Contains(IngestFixtures.ReadAll(csv).Single().RejectionAt().Reason, "invalid UTF-8");
    }

    [TestMethod]
    [DataRow("report.pdf", "a PDF file: convert it to text first, e.g. pdftotext")]
    [DataRow("statement.docx", "a word-processor file: convert it to text first, e.g. pandoc")]
    [DataRow("statement.odt", "pandoc")]
    [DataRow("old.doc", "pandoc")]
    [DataRow("download", "a PDF file")]
    public void Read_PdfOrWord_RejectedWithTheCommandToConvertIt(string name, string hint)
    {
        using var folder = new TempFolder();
        var file = folder.Write(name, [0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x34, 0x00, 0x01, 0x02]);

        var rejection = IngestFixtures.ReadAll(Path.GetExtension(name).Length == 0 ? file : folder.Path).Single().RejectionAt();

        StringAssert.Contains(rejection.Reason, hint);
        Assert.IsFalse(rejection.Reason.Contains("binary", StringComparison.Ordinal));
    }
}
