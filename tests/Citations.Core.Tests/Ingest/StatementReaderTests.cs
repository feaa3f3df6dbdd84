using System.Text;
using Citations.Core.Ingest;
using static Citations.Core.Tests.Ingest.IngestFixtures;

namespace Citations.Core.Tests.Ingest;

[TestClass]
public sealed class StatementReaderTests
{
    [TestMethod]
    public void Read_SeedFileWithFrontMatter_ParsesMetadataAndKeepsTextExactly()
    {
        var records = ReadAll(SeedFile);

        Assert.HasCount(1, records);
        var statement = records[0].StatementAt();
        Assert.AreEqual("000_61a26d28c61a68b3", statement.Id);
        Assert.AreEqual("2026-02-23", statement.Metadata.Date);
        Assert.AreEqual("MENAFN - Trend News Agency", statement.Metadata.Source);
        Assert.AreEqual("Commissioner for Human Rights (Ombudsperson) of the Republic of Azerbaijan", statement.Metadata.Issuer);
        Assert.AreEqual("en", statement.Metadata.Language);
        Assert.StartsWith("Statement of the Commissioner for Human Rights", statement.Metadata.Title!);
        Assert.IsNull(statement.Metadata.Url);
        Assert.StartsWith("Thirty-four years", statement.Text);
        var file = File.ReadAllText(SeedFile);
        Assert.AreEqual(file[(file.IndexOf("\n---\n", StringComparison.Ordinal) + 5)..], statement.Text);
        Assert.AreEqual(new SourceLocation(SeedFile, null), statement.Location);
    }

    [TestMethod]
    public void Read_DevJsonLines_YieldsEveryStatementWithItsLine()
    {
        var records = ReadAll(DevStatements);

        Assert.HasCount(148, records);
        var statements = records.Select(r => r.StatementAt()).ToList();
        CollectionAssert.AreEqual(
            Enumerable.Range(1, 148).Select(i => $"dev-{i:000}").ToList(),
            statements.Select(s => s.Id).ToList());
        CollectionAssert.AreEqual(
            Enumerable.Range(1, 148).Select(i => new SourceLocation(DevStatements, i)).ToList(),
            statements.Select(s => s.Location).ToList());
        var dev079 = statements.Single(s => s.Id == "dev-079");
        Assert.AreEqual("fr", dev079.Metadata.Language);
        Assert.AreEqual("2021-06-26", dev079.Metadata.Date);
        Assert.StartsWith("À l’occasion de la Journée internationale", dev079.Text);
        Assert.AreEqual("1990", statements[0].Metadata.Date);
        Assert.AreEqual("Poland (Skubiszewski)", statements[0].Metadata.Issuer);
        Assert.StartsWith(Poland, statements[0].Text);
        Assert.IsNull(statements[0].Metadata.Language);
    }

    [TestMethod]
    public void Read_JsonLineWithYearAsNumber_DateIsTheYearAsText()
    {
        using var temp = new TempFolder();
        var file = temp.Write("debate.jsonl", "{\"id\": \"pol-1990\", \"date\": 1990, \"title\": \"General Debate\", \"extra\": [1, 2], \"text\": \"" + Poland + "\"}\n");

        var statement = ReadAll(file).Single().StatementAt();

        Assert.AreEqual("1990", statement.Metadata.Date);
        Assert.AreEqual("General Debate", statement.Metadata.Title);
        Assert.AreEqual(Poland, statement.Text);
    }

    [TestMethod]
    public void Read_JsonLineWithoutId_DerivesIdFromText()
    {
        using var temp = new TempFolder();
        var file = temp.Write("debate.ndjson", JsonLine(null, Poland) + "\n" + JsonLine("  ", OptionalProtocol) + "\n" + JsonLine("  pol-2 ", Bosnia) + "\n");

        var statements = ReadAll(file).Select(r => r.StatementAt()).ToList();

        Assert.AreEqual("s-ca7e4c88d177748d", statements[0].Id);
        Assert.AreEqual(StatementId.Derive(OptionalProtocol), statements[1].Id);
        Assert.AreEqual("pol-2", statements[2].Id);
    }

    [TestMethod]
    public void Read_JsonLinesWithBlankLinesAndCrlf_SkipsBlanksAndCountsLines()
    {
        using var temp = new TempFolder();
        var file = temp.Write("statements.jsonl", "\uFEFF" + JsonLine("a", Poland) + "\r\n\r\n   \r\n" + JsonLine("b", Bosnia) + "\r\n");

        var records = ReadAll(file);

        Assert.HasCount(2, records);
        Assert.AreEqual(new SourceLocation(file, 1), records[0].Location);
        Assert.AreEqual(new SourceLocation(file, 4), records[1].Location);
        Assert.AreEqual(Bosnia, records[1].StatementAt().Text);
    }

    [TestMethod]
    public void Read_JsonLinesWithoutFinalNewline_ReadsLastLine()
    {
        using var temp = new TempFolder();
        var file = temp.Write("statements.jsonl", JsonLine("a", Poland) + "\n" + JsonLine("b", Bosnia));

        var records = ReadAll(file);

        Assert.HasCount(2, records);
        Assert.AreEqual("b", records[1].StatementAt().Id);
        Assert.AreEqual(2, records[1].Location.Line);
    }

    [TestMethod]
    public void Read_JsonFileThatIsJsonLines_ReadsEachLine()
    {
        using var temp = new TempFolder();
        var file = temp.Write("statements.json", "\n" + JsonLine("a", Poland) + "\n" + JsonLine("b", Bosnia) + "\n");

        var records = ReadAll(file);

        CollectionAssert.AreEqual(new[] { "a", "b" }, records.Select(r => r.StatementAt().Id).ToArray());
        Assert.AreEqual(2, records[0].Location.Line);
    }

    [TestMethod]
    public void Read_HtmlPage_ExtractsVisibleTextAndMetadata()
    {
        using var temp = new TempFolder();
        var file = temp.Write("statement.html", """
            <!DOCTYPE html>
            <html lang="fr">
            <head>
              <meta charset="utf-8">
              <title>  Journée internationale pour le soutien aux victimes de la torture </title>
              <meta name="dcterms.date" content="2021-06-26">
              <link rel="canonical" href="https://www.state.gov/translations/french/journee-internationale/">
              <style>p { color: red; }</style>
              <script>var tracking = "the Covenant";</script>
            </head>
            <body>
              <noscript>Activez JavaScript.</noscript>
              <template><p>Modèle caché</p></template>
              <h1>Communiqué de presse</h1>
              <p>À l’occasion de la Journée internationale pour le soutien aux victimes de la torture,
                 nous reconnaissons la bravoure<br>et l’humanité des victimes.</p>
              <script type="text/javascript">document.write("Convention");</script>
              <div><p>L’interdiction absolue de la torture est un <em>droit humain</em> inscrit dans le droit international.</p></div>
              <ul><li>Convention contre la torture</li><li>Pacte international</li></ul>
            </body>
            </html>
            """);

        var statement = ReadAll(file).Single().StatementAt();

        Assert.AreEqual(
            "Communiqué de presse\n\n"
            + "À l’occasion de la Journée internationale pour le soutien aux victimes de la torture, nous reconnaissons la bravoure\n"
            + "et l’humanité des victimes.\n\n"
            + Torture + "\n\n"
            + "Convention contre la torture\nPacte international",
            statement.Text);
        Assert.AreEqual("Journée internationale pour le soutien aux victimes de la torture", statement.Metadata.Title);
        Assert.AreEqual("fr", statement.Metadata.Language);
        Assert.AreEqual("2021-06-26", statement.Metadata.Date);
        Assert.AreEqual("https://www.state.gov/translations/french/journee-internationale/", statement.Metadata.Url);
        Assert.AreEqual(StatementId.Derive(statement.Text), statement.Id);
        Assert.AreEqual(new SourceLocation(file, null), statement.Location);
    }

    [TestMethod]
    public void Read_HtmlWithPublishedTimeProperty_TakesDate()
    {
        using var temp = new TempFolder();
        var file = temp.Write("page.htm", "<html><head><meta property=\"article:published_time\" content=\"2026-02-23T10:15:00Z\"></head><body><p>" + Bosnia + "</p></body></html>");

        var statement = ReadAll(file).Single().StatementAt();

        Assert.AreEqual("2026-02-23T10:15:00Z", statement.Metadata.Date);
        Assert.AreEqual(Bosnia, statement.Text);
        Assert.IsNull(statement.Metadata.Title);
    }

    [TestMethod]
    public void Read_Folder_RecursesInOrdinalOrderAndSkipsHiddenAndUnsupported()
    {
        using var temp = new TempFolder();
        temp.Write("b.txt", Poland);
        temp.Write("a/z.md", "# Statement\n\n" + OptionalProtocol);
        temp.Write("a/b/c.jsonl", JsonLine("c1", Bosnia) + "\n" + JsonLine("c2", Torture) + "\n");
        temp.Write("A.txt", Torture);
        temp.Write("a.htm", "<p>" + Poland + "</p>");
        temp.Write(".hidden/secret.txt", Poland);
        temp.Write(".draft.txt", Poland);
        temp.Write("a/notes.xlsx", "PK\u0003\u0004");
        temp.Write("a/README", Poland);
        var folder = temp.Path;

        var locations = ReadAll(folder).Select(r => r.StatementAt().Location.ToString()).ToList();

        CollectionAssert.AreEqual(
            new[] { folder + "/A.txt", folder + "/a.htm", folder + "/a/b/c.jsonl:1", folder + "/a/b/c.jsonl:2", folder + "/a/z.md", folder + "/b.txt" },
            locations);
    }

    [TestMethod]
    public void Read_FolderGivenRelativeWithTrailingSlash_JoinsPathsWithOneSlash()
    {
        using var temp = new TempFolder();
        temp.Write("corpus/2021/statement.txt", Bosnia);
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, Path.Combine(temp.Path, "corpus"));

        var records = ReadAll(relative + "/", relative);

        Assert.AreEqual(relative + "/2021/statement.txt", records[0].StatementAt().Location.File);
        Assert.AreEqual(relative + "/2021/statement.txt", records[1].StatementAt().Location.File);
    }

    [TestMethod]
    public void Read_FileNamedExplicitlyWithUnknownExtension_ReadsAsPlainText()
    {
        using var temp = new TempFolder();
        var file = temp.Write("statement.asc", "---\ntitle: General Debate\n---\n" + Poland + "\n");

        var statement = ReadAll(file).Single().StatementAt();

        Assert.AreEqual("General Debate", statement.Metadata.Title);
        Assert.AreEqual(Poland + "\n", statement.Text);
    }

    [TestMethod]
    public void Read_MarkdownWithCrlfFrontMatter_KeepsMarkdownAndLineEndings()
    {
        using var temp = new TempFolder();
        var markdown = "# Statement\r\n\r\n*" + OptionalProtocol + "*\r\n";
        var file = temp.Write("statement.markdown", "---\r\nid: pol-1990\r\nlanguage: en\r\n---\r\n" + markdown);

        var statement = ReadAll(file).Single().StatementAt();

        Assert.AreEqual("pol-1990", statement.Id);
        Assert.AreEqual("en", statement.Metadata.Language);
        Assert.AreEqual(markdown, statement.Text);
    }

    [TestMethod]
    public void Read_TextWithoutFrontMatter_WholeFileIsTextAndIdIsDerived()
    {
        using var temp = new TempFolder();
        var file = temp.Write("statement.txt", Poland + "\n\n" + OptionalProtocol + "\n");

        var statement = ReadAll(file).Single().StatementAt();

        Assert.AreEqual(Poland + "\n\n" + OptionalProtocol + "\n", statement.Text);
        Assert.AreEqual(StatementId.Derive(statement.Text), statement.Id);
        Assert.AreEqual(StatementMetadata.Empty, statement.Metadata);
    }

    [TestMethod]
    public void Read_FrontMatterWithNullAndUnknownFields_IgnoresThem()
    {
        using var temp = new TempFolder();
        var file = temp.Write("statement.md", "---\ntitle: ~\ndate: '2021'\ntags: [torture, un]\nurl: https://www.state.gov/\n---\n" + Torture);

        var statement = ReadAll(file).Single().StatementAt();

        Assert.IsNull(statement.Metadata.Title);
        Assert.AreEqual("2021", statement.Metadata.Date);
        Assert.AreEqual("https://www.state.gov/", statement.Metadata.Url);
        Assert.AreEqual(Torture, statement.Text);
    }

    [TestMethod]
    public void Read_StandardInputWithJsonLines_SniffsJsonLinesAndCountsLines()
    {
        var stdin = new StringReader("\n  \n" + JsonLine("a", Poland) + "\n{\"text\": 5}\n" + JsonLine("b", Bosnia) + "\n");

        var records = StatementReader.Read(["-"], stdin).ToList();

        Assert.HasCount(3, records);
        Assert.AreEqual(new SourceLocation(StatementReader.StandardInputName, 3), records[0].StatementAt().Location);
        Assert.AreEqual(new SourceLocation(StatementReader.StandardInputName, 4), records[1].RejectionAt().Location);
        Assert.AreEqual(new SourceLocation(StatementReader.StandardInputName, 5), records[2].StatementAt().Location);
        Assert.AreEqual("b", records[2].StatementAt().Id);
    }

    [TestMethod]
    public void Read_StandardInputWithPlainText_ReadsFrontMatterAndText()
    {
        var stdin = new StringReader("---\r\ntitle: General Debate\r\ndate: 1990\r\n---\r\n" + Poland + "\r\n");

        var statement = StatementReader.Read(["-"], stdin).Single().StatementAt();

        Assert.AreEqual("General Debate", statement.Metadata.Title);
        Assert.AreEqual("1990", statement.Metadata.Date);
        Assert.AreEqual(Poland + "\r\n", statement.Text);
        Assert.AreEqual(new SourceLocation(StatementReader.StandardInputName, null), statement.Location);
    }

    [TestMethod]
    public void ReadStandardInput_BytesWithJsonLines_ReportsInvalidUtf8Line()
    {
        var bytes = Encoding.UTF8.GetBytes("\uFEFF\r\n" + JsonLine("a", Poland) + "\r\n{\"text\": \"Kom")
            .Concat(new byte[] { 0xB9, 0xE6 })
            .Concat(Encoding.UTF8.GetBytes("\"}\n" + JsonLine("b", Bosnia)))
            .ToArray();

        var records = StatementReader.ReadStandardInput(new MemoryStream(bytes)).ToList();

        Assert.HasCount(3, records);
        Assert.AreEqual(new SourceLocation(StatementReader.StandardInputName, 2), records[0].StatementAt().Location);
        Assert.AreEqual(new RejectedInput(new SourceLocation(StatementReader.StandardInputName, 3), "invalid UTF-8 (byte 0xB9 at byte 14 of the line)"), records[1]);
        Assert.AreEqual("b", records[2].StatementAt().Id);
        Assert.AreEqual(4, records[2].Location.Line);
    }

    [TestMethod]
    public void ReadStandardInput_BytesWithPlainText_KeepsTextExactly()
    {
        var text = "\n" + Torture + "\r\n";

        var records = StatementReader.ReadStandardInput(new MemoryStream(Encoding.UTF8.GetBytes(text))).ToList();

        Assert.AreEqual(text, records.Single().StatementAt().Text);
    }

    [TestMethod]
    public void Read_SeveralPaths_KeepsTheirOrder()
    {
        using var temp = new TempFolder();
        var second = temp.Write("second.txt", Bosnia);
        var stdin = new StringReader(Torture);

        var records = StatementReader.Read([DevStatements, second, "-", SeedFile], stdin).ToList();

        Assert.HasCount(151, records);
        Assert.AreEqual(Bosnia, records[148].StatementAt().Text);
        Assert.AreEqual(Torture, records[149].StatementAt().Text);
        Assert.AreEqual("000_61a26d28c61a68b3", records[150].StatementAt().Id);
    }

    [TestMethod]
    public void Read_SameTextInTwoFilesWithDifferentLineEndings_SameDerivedId()
    {
        using var temp = new TempFolder();
        var lf = temp.Write("one.txt", Poland + "\n" + OptionalProtocol + "\n");
        var crlf = temp.Write("nested/other-name.md", Poland + "\r\n" + OptionalProtocol + "\r\n");

        var ids = ReadAll(lf, crlf).Select(r => r.StatementAt().Id).ToList();

        Assert.AreEqual(ids[0], ids[1]);
        Assert.AreEqual(StatementId.Derive(Poland + " " + OptionalProtocol), ids[0]);
    }

    [TestMethod]
    public void Read_NullPaths_Throws()
    {
        Assert.ThrowsExactly<ArgumentNullException>(() => StatementReader.Read(null!));
    }

    [TestMethod]
    public void Read_NotEnumerated_OpensNothing()
    {
        var records = StatementReader.Read(["-", "/nonexistent/citations/input.jsonl"], new ThrowingReader());

        Assert.IsNotNull(records);
    }

    private sealed class ThrowingReader : TextReader
    {
        public override int Read() => throw new InvalidOperationException("read too early");
    }
}
