using Citations.Core;

namespace Citations.GraphExport.Tests;

[TestClass]
public sealed class MentionsCsvWriterTests
{
    [TestMethod]
    public void Write_HostileValues_ReadBackFieldForField()
    {
        var row = new MentionRow("s\"1", null, "Issuer, with \"quotes\"\r\nand lines", "Title\u0000 with NUL", "ICCPR",
            "International Covenant on Civil and Political Rights", InstrumentKind.Treaty, true, ["6(1)", "26"],
            "the \"Covenant\"", 10, 14, 0.8, "He cited the \"Covenant\", twice; once\nmore.");
        using var text = new StringWriter();
        using (var writer = new MentionsCsvWriter(text))
        {
            writer.Write(row);
            Assert.AreEqual(1, writer.Rows);
        }

        var records = Rfc4180Reader.Read(text.ToString());

        Assert.AreEqual(2, records.Count);
        CollectionAssert.AreEqual(MentionsCsvWriter.Columns.ToArray(), records[0].ToArray());
        CollectionAssert.AreEqual(new string?[]
        {
            "s\"1", null, "Issuer, with \"quotes\"\r\nand lines", "Title\\u0000 with NUL", "ICCPR",
            "International Covenant on Civil and Political Rights", "treaty", "true", "6(1); 26", "the \"Covenant\"", "10", "14", "0.8",
            "He cited the \"Covenant\", twice; once\nmore.",
        }, records[1].ToArray());
        StringAssert.EndsWith(text.ToString(), "\r\n");
    }

    [TestMethod]
    public void Write_NoRows_IsTheHeaderAlone()
    {
        using var text = new StringWriter();
        using (new MentionsCsvWriter(text))
        {
        }

        Assert.AreEqual(string.Join(',', MentionsCsvWriter.Columns) + "\r\n", text.ToString());
    }

    [TestMethod]
    public void Create_UnwritablePath_IsAGraphExportException()
    {
        var file = ExternalTool.TempFile(".txt");
        File.WriteAllText(file, "a file where a folder should be");

        Assert.ThrowsExactly<GraphExportException>(() => MentionsCsvWriter.Create(Path.Combine(file, "mentions.csv")));
    }

}
