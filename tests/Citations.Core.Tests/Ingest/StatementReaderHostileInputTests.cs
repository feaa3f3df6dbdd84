using System.Diagnostics;
using System.Text;
using Citations.Core.Ingest;
using static Citations.Core.Tests.Ingest.IngestFixtures;

namespace Citations.Core.Tests.Ingest;

/// <summary>Inputs people really produce that used to crash, hang or lose data: each is a class, tested as one.</summary>
[TestClass]
public sealed class StatementReaderHostileInputTests
{
    [TestMethod]
    [DataRow("id: [a, b")]
    [DataRow("foo: {x: 1")]
    [DataRow("title: [unclosed, {nested: [deep")]
    [DataRow("issuer: \"never closed")]
    [DataRow("? [a, b\n: c")]
    [DataRow("title: *undefined")]
    [DataRow("&a [*a")]
    public void Read_BrokenFrontMatter_RejectsThatFileAndReadsTheNext(string yaml)
    {
        using var temp = new TempFolder();
        var file = temp.Write("a.md", $"---\n{yaml}\n---\n{Poland}\n");

        var records = ReadAll(file, SeedFile);

        Assert.AreEqual(file, records[0].RejectionAt().Location.File);
        Assert.IsNotNull(records[0].RejectionAt().Location.Line);
        Assert.AreEqual("000_61a26d28c61a68b3", records[1].StatementAt().Id);
    }

    [TestMethod]
    [DataRow(100_000, "[", "]")]
    [DataRow(100_000, "{a: ", "}")]
    [DataRow(20_000, "- ", "")]
    public void Read_FrontMatterNestedVeryDeep_RejectedWithoutExhaustingTheStack(int depth, string open, string close)
    {
        using var temp = new TempFolder();
        var yaml = "title: x\nother:\n  " + string.Concat(Enumerable.Repeat(open, depth)) + "1" + string.Concat(Enumerable.Repeat(close, depth));
        var file = temp.Write("deep.md", $"---\n{yaml}\n---\n{Poland}\n");

        var rejection = ReadAll(file).Single().RejectionAt();

        Assert.AreEqual(new SourceLocation(file, 4), rejection.Location);
        Assert.Contains("deeper than 64", rejection.Reason);
    }

    [TestMethod]
    public void Read_FrontMatterNestedWithinTheLimit_UnknownFieldIgnored()
    {
        using var temp = new TempFolder();
        var file = temp.Write("ok.md", $"---\ntitle: Statement\ntags: [[a, b], {{c: [d]}}]\n---\n{Poland}\n");

        var statement = ReadAll(file).Single().StatementAt();

        Assert.AreEqual("Statement", statement.Metadata.Title);
    }

    [TestMethod]
    public void Read_FrontMatterScalarAlias_TakesTheAnchoredValue()
    {
        using var temp = new TempFolder();
        var file = temp.Write("alias.md", $"---\nissuer: &who Poland\nsource: *who\n---\n{Poland}\n");

        var statement = ReadAll(file).Single().StatementAt();

        Assert.AreEqual("Poland", statement.Metadata.Source);
    }

    [TestMethod]
    public void ReadStandardInput_EndlessNulBytes_RejectedAfterReadingOnlyTheProbe()
    {
        var zeros = new EndlessBytes(0);

        var rejection = StatementReader.ReadStandardInput(zeros).Single().RejectionAt();

        Assert.AreEqual("binary file (NUL bytes in the first 8 KB)", rejection.Reason);
        Assert.IsLessThanOrEqualTo(64 * 1024, zeros.Served);
    }

    [TestMethod]
    public void ReadStandardInput_EndlessTextWithoutNewline_RejectedAtTheSizeLimit()
    {
        var letters = new EndlessBytes((byte)'a');

        var rejection = StatementReader.ReadStandardInput(letters).Single().RejectionAt();

        Assert.StartsWith("larger than 64 MB", rejection.Reason);
        Assert.IsLessThanOrEqualTo(StatementReader.MaxRecordBytes + (128 * 1024), letters.Served);
    }

    [TestMethod]
    public void Read_JsonLineLongerThanTheLimit_RejectsThatLineAndReadsTheNext()
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "long.jsonl");
        using (var stream = File.Create(path))
        {
            stream.Write(Encoding.UTF8.GetBytes(JsonLine("first", Poland) + "\n{\"text\": \""));
            var chunk = Enumerable.Repeat((byte)'a', 1024 * 1024).ToArray();
            for (var i = 0; i < 65; i++) stream.Write(chunk);
            stream.Write(Encoding.UTF8.GetBytes("\"}\n" + JsonLine("third", Bosnia) + "\n"));
        }

        var records = ReadAll(path);

        Assert.HasCount(3, records);
        Assert.AreEqual("first", records[0].StatementAt().Id);
        Assert.AreEqual(new SourceLocation(path, 2), records[1].RejectionAt().Location);
        Assert.StartsWith("line longer than 64 MB", records[1].RejectionAt().Reason);
        Assert.AreEqual(new SourceLocation(path, 3), records[2].StatementAt().Location);
    }

    [TestMethod]
    public void Read_JsonLinesWithOneNulByte_RejectsOnlyThatLine()
    {
        using var temp = new TempFolder();
        var lines = Enumerable.Range(1, 500).Select(i => JsonLine($"s{i}", Poland)).ToArray();
        lines[2] = lines[2].Replace("Poland", "Pol\0and", StringComparison.Ordinal);
        var file = temp.Write("nul.jsonl", string.Join('\n', lines) + "\n");

        var records = ReadAll(file);

        Assert.HasCount(500, records);
        Assert.AreEqual(new RejectedInput(new SourceLocation(file, 3), "NUL byte in the line (binary data)"), records[2]);
        Assert.AreEqual(499, records.OfType<IngestedStatement>().Count());
    }

    [TestMethod]
    [DataRow("")]
    [DataRow("   \n\n  \r\n")]
    public void Read_EmptyJsonFile_IsRejectedNotAnEmptyCorpus(string content)
    {
        using var temp = new TempFolder();
        var file = temp.Write("graph.json", content);

        Assert.AreEqual(new RejectedInput(new SourceLocation(file, null), "empty file (no JSON line in it)"), ReadAll(file).Single());
    }

    [TestMethod]
    [DataRow("statement.txt", false)]
    [DataRow("statement.md", true)]
    [DataRow("statement.jsonl", false)]
    [DataRow("statement.html", false)]
    public void Read_Utf16WithByteOrderMark_DecodedLikeUtf8(string name, bool bigEndian)
    {
        using var temp = new TempFolder();
        var content = name.EndsWith(".jsonl", StringComparison.Ordinal) ? JsonLine("u16", Torture) + "\n"
            : name.EndsWith(".html", StringComparison.Ordinal) ? $"<html><body><p>{Torture}</p></body></html>"
            : $"---\nid: u16\n---\n{Torture}";
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: true);
        var file = temp.Write(name, [.. encoding.GetPreamble(), .. encoding.GetBytes(content)]);

        var statement = ReadAll(file).Single().StatementAt();

        Assert.AreEqual(Torture, statement.Text.Trim());
    }

    [TestMethod]
    public void Read_Utf16WithUnpairedSurrogate_Rejected()
    {
        using var temp = new TempFolder();
        var file = temp.Write("bad.txt", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("Poland"), 0x00, 0xD8, .. Encoding.Unicode.GetBytes(" attaches")]);

        Assert.AreEqual(new RejectedInput(new SourceLocation(file, null), "invalid UTF-16 (an unpaired surrogate)"), ReadAll(file).Single());
    }

    [TestMethod]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")] // FIFOs and mkfifo are POSIX
    public void Read_FolderWithFifo_SkipsItWithANoticeAndDoesNotBlock()
    {
        using var temp = new TempFolder();
        temp.Write("a.txt", Poland);
        var fifo = Path.Combine(temp.Path, "b.txt");
        using (var mkfifo = Process.Start("mkfifo", [fifo])) mkfifo.WaitForExit();
        temp.Write("c.txt", Bosnia);

        var records = ReadAll(temp.Path);

        Assert.HasCount(3, records);
        Assert.AreEqual(Poland, records[0].StatementAt().Text);
        Assert.AreEqual(new SkippedInput(new SourceLocation(temp.Path + "/b.txt", null), "skipped: not a regular file (a FIFO, socket or device)"), records[1]);
        Assert.AreEqual(Bosnia, records[2].StatementAt().Text);
    }

    [TestMethod]
    public void Read_StandardInputAsBytesWithInvalidUtf8_RejectedLikeTheSameFile()
    {
        using var temp = new TempFolder();
        byte[] bytes = [.. Encoding.UTF8.GetBytes("Komši"), 0xC4, .. Encoding.UTF8.GetBytes(" said\n")];
        var file = temp.Write("same.txt", bytes);

        var fromFile = ReadAll(file).Single().RejectionAt();
        var fromStdin = StatementReader.Read(["-"], new MemoryStream(bytes)).Single().RejectionAt();

        Assert.AreEqual(fromFile.Reason, fromStdin.Reason);
        Assert.AreEqual(fromFile.Location.Line, fromStdin.Location.Line);
        Assert.AreEqual(StatementReader.StandardInputName, fromStdin.Location.File);
    }

    [TestMethod]
    public void Read_HtmlNestedVeryDeep_ReadsTheText()
    {
        using var temp = new TempFolder();
        var depth = 20_000;
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", depth)) + Poland + string.Concat(Enumerable.Repeat("</div>", depth)) + "</body></html>";
        var file = temp.Write("deep.html", html);

        Assert.AreEqual(Poland, ReadAll(file).Single().StatementAt().Text);
    }

    /// <summary>A stream that never ends (as /dev/zero), counting what it served.</summary>
    private sealed class EndlessBytes(byte value) : Stream
    {
        public long Served { get; private set; }

        public override int Read(byte[] buffer, int offset, int count)
        {
            buffer.AsSpan(offset, count).Fill(value);
            Served += count;
            return count;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
