using System.Text;
using Citations.Core.Ingest;
using FsCheck;
using FsCheck.Fluent;
using static Citations.Core.Tests.Ingest.IngestFixtures;

namespace Citations.Core.Tests.Ingest;

/// <summary>
/// Random bytes and mutations of valid records, through every reader: nothing throws out of a reader, and the
/// valid records around a broken one always come through.
/// </summary>
[TestClass]
public sealed class ReaderFuzzTests
{
    private static readonly string s_frontMatter = $"---\nid: dev-001\ntitle: \"Statement by Poland\"\ndate: 1990-09-25\nissuer: [Poland]\ntags: {{a: [1, 2]}}\n---\n{Poland}\n";

    private static readonly string s_html = $"<!DOCTYPE html><html lang=\"en\"><head><title>Poland</title><meta name=\"date\" content=\"1990\"></head><body><div><p>{Poland}</p><ul><li>{OptionalProtocol}</li></ul><script>var a = 1 < 2;</script></div></body></html>";

    /// <summary>A valid input changed in one of the ways files get damaged: cut, a byte changed, a byte put in, a piece repeated.</summary>
    private static Gen<byte[]> Mutations(string valid)
    {
        var bytes = Encoding.UTF8.GetBytes(valid);
        var position = Gen.Choose(0, bytes.Length - 1);
        var value = Gen.Elements<byte>(0x00, 0x0A, 0x0D, 0x22, 0x5C, 0x7B, 0x7D, 0x5B, 0x5D, 0x3A, 0x2D, 0x3C, 0x3E, 0x80, 0xC3, 0xE2, 0xFE, 0xFF)
            .Or(ArbMap.Default.GeneratorFor<byte>());
        return Gen.OneOf(
            position.Select(p => bytes[..p]),
            position.Zip(value).Select(t => { var copy = (byte[])bytes.Clone(); copy[t.Item1] = t.Item2; return copy; }),
            position.Zip(value).Select(t => (byte[])[.. bytes[..t.Item1], t.Item2, .. bytes[t.Item1..]]),
            position.Zip(Gen.Choose(1, 64)).Select(t => (byte[])[.. bytes[..t.Item1], .. Enumerable.Repeat(bytes[t.Item1], t.Item2 * 100), .. bytes[t.Item1..]]),
            ArbMap.Default.GeneratorFor<byte[]>().Select(b => b ?? []));
    }

    [TestMethod]
    public void JsonLines_MutatedMiddleLine_LinesAroundItComeThrough()
    {
        var first = Encoding.UTF8.GetBytes(JsonLine("before", Poland) + "\n");
        var last = Encoding.UTF8.GetBytes("\n" + JsonLine("after", Bosnia) + "\n");
        Prop.ForAll(Mutations(JsonLine("middle", OptionalProtocol, "1990")).ToArbitrary(), middle =>
        {
            // The middle line stays one line: its own line breaks would make more lines, which is not damage to one record.
            var line = middle.Select(b => b is 0x0A ? (byte)0x20 : b).ToArray();
            var records = StatementReader.ReadStandardInput(new MemoryStream([.. first, .. line, .. last])).ToList();
            return records.Count is 2 or 3
                && records[0] is IngestedStatement { Statement.Id: "before" }
                && records[^1] is IngestedStatement { Statement.Id: "after", Statement.Location.Line: 3 };
        }).QuickCheckThrowOnFailure();
    }

    [TestMethod]
    public void FrontMatter_Mutated_OneRecordAndTheNextFileComesThrough()
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "statement.md");
        Prop.ForAll(Mutations(s_frontMatter).ToArbitrary(), content =>
        {
            File.WriteAllBytes(path, content);
            var records = ReadAll(path, SeedFile);
            return records.Count == 2 && records[1] is IngestedStatement { Statement.Id: "000_61a26d28c61a68b3" };
        }).QuickCheckThrowOnFailure();
    }

    [TestMethod]
    public void Html_Mutated_OneRecordAndTheNextFileComesThrough()
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "statement.html");
        Prop.ForAll(Mutations(s_html).ToArbitrary(), content =>
        {
            File.WriteAllBytes(path, content);
            var records = ReadAll(path, SeedFile);
            return records.Count == 2 && records[1] is IngestedStatement { Statement.Id: "000_61a26d28c61a68b3" };
        }).QuickCheckThrowOnFailure();
    }

    [TestMethod]
    [DataRow("statement.txt")]
    [DataRow("statement.jsonl")]
    [DataRow("statement.json")]
    [DataRow("statement.html")]
    public void AnyBytes_AnyFormat_ReaderNeverThrowsAndTheNextFileComesThrough(string name)
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, name);
        Prop.ForAll<byte[]>(content =>
        {
            File.WriteAllBytes(path, content ?? []);
            var records = ReadAll(path, SeedFile);
            return records.Count >= 2
                && records.Take(records.Count - 1).All(r => r.Location.File == path)
                && records[^1] is IngestedStatement { Statement.Id: "000_61a26d28c61a68b3" };
        }).QuickCheckThrowOnFailure();
    }

    [TestMethod]
    public void AnyBytes_StandardInput_ReaderNeverThrows()
    {
        Prop.ForAll<byte[]>(content =>
        {
            var records = StatementReader.ReadStandardInput(new MemoryStream(content ?? [])).ToList();
            return records.All(r => r.Location.File == StatementReader.StandardInputName);
        }).QuickCheckThrowOnFailure();
    }

    [TestMethod]
    public void AnyText_CatalogFile_LoadFailsOnlyWithCitationsException()
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "catalog.json");
        const string valid = """{"instruments": [{"id": "X-LAW", "title": "A National Law on Statements", "kind": "statute", "names": ["National Law on Statements"]}]}""";
        Prop.ForAll(Mutations(valid).ToArbitrary(), content =>
        {
            File.WriteAllBytes(path, content);
            try
            {
                return InstrumentCatalog.Load([path]) is not null;
            }
            catch (CitationsException)
            {
                return true;
            }
        }).QuickCheckThrowOnFailure();
    }
}
