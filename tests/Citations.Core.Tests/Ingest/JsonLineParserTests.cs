using System.Text;
using Citations.Core.Ingest;
using static Citations.Core.Tests.Ingest.IngestFixtures;

namespace Citations.Core.Tests.Ingest;

[TestClass]
public sealed class JsonLineParserTests
{
    private static readonly SourceLocation s_at = new("statements.jsonl", 7);

    [TestMethod]
    [DataRow("dev")]
    [DataRow("extra")]
    public void ParseWellFormed_EveryCorpusLine_SameStatementAsParse(string corpus)
    {
        var lines = File.ReadLines(RepositoryFiles.Path("corpus", corpus, "statements.jsonl")).Where(l => l.Length > 0).ToList();

        Assert.IsNotEmpty(lines);
        foreach (var line in lines)
        {
            var quick = JsonLineParser.ParseWellFormed(Encoding.UTF8.GetBytes(line), s_at);
            Assert.IsNotNull(quick, line[..Math.Min(80, line.Length)]);
            Assert.AreEqual(JsonLineParser.Parse(line, s_at), quick);
        }
    }

    [TestMethod]
    [DataRow("{\"id\": \"a\", \"text\": \"" + Poland + "\"}")]
    [DataRow("{\"text\": \"" + Poland + "\", \"title\": null, \"issuer\": \"  Poland  \"}")]
    [DataRow("{\"id\": \"   \", \"text\": \"" + Poland + "\"}")]
    [DataRow("  {\"licence\": \"CC0\", \"tags\": [\"a\", {\"b\": [1, -2, null, true]}], \"text\": \"" + Torture + "\"}  ")]
    [DataRow("{\"id\": \"b\", \"text\": \"line one\\nline two \\u00e9 \\ud83d\\ude00 \\\"quoted\\\" \\/\"}")]
    [DataRow("{\"text\": \"" + Bosnia + "\", \"Text\": 5, \"pages\": 123456789012345678}")]
    public void ParseWellFormed_OrdinaryRecord_SameStatementAsParse(string line)
    {
        var quick = JsonLineParser.ParseWellFormed(Encoding.UTF8.GetBytes(line), s_at);

        Assert.IsNotNull(quick);
        Assert.AreEqual(JsonLineParser.Parse(line, s_at), quick);
    }

    [TestMethod]
    [DataRow("")]
    [DataRow("   ")]
    [DataRow("[\"" + Poland + "\"]")]
    [DataRow("{\"id\": \"a\", \"text\": \"" + Poland + "\"} {\"id\": \"b\"}")]
    [DataRow("{\"id\": \"a\", \"text\": \"" + Poland + "\"")]
    [DataRow("{\"id\": \"a\", \"text\": \"" + Poland + "\",}")]
    [DataRow("{'id': 'a', 'text': 'single quotes'}")]
    [DataRow("{\"id\": \"a\", /* a note */ \"text\": \"" + Poland + "\"}")]
    [DataRow("{\"id\": \"a\", \"text\": \"" + Poland + "\"} // trailing comment")]
    [DataRow("{\"id\": \"a\", \"date\": 1990, \"text\": \"" + Poland + "\"}")]
    [DataRow("{\"id\": \"a\", \"date\": 1990.5, \"text\": \"" + Poland + "\"}")]
    [DataRow("{\"id\": 7, \"text\": \"" + Poland + "\"}")]
    [DataRow("{\"id\": \"a\", \"text\": [\"" + Poland + "\"]}")]
    [DataRow("{\"id\": \"a\"}")]
    [DataRow("{\"id\": \"a\", \"text\": null}")]
    [DataRow("{\"id\": \"a\", \"text\": \"  \\n \"}")]
    [DataRow("{\"id\": \"a\", \"text\": \"first\", \"text\": \"second\"}")]
    [DataRow("{\"id\": \"a\", \"te\\u0078t\": \"" + Poland + "\"}")]
    [DataRow("{\"id\": \"a\", \"text\": \"lone \\ud800 surrogate\"}")]
    [DataRow("{\"id\": \"a\", \"score\": 1e400, \"text\": \"" + Poland + "\"}")]
    [DataRow("{\"id\": \"a\", \"score\": 12345678901234567890123, \"text\": \"" + Poland + "\"}")]
    [DataRow("{\"id\": \"a\", \"score\": NaN, \"text\": \"" + Poland + "\"}")]
    [DataRow("{\"id\": \"a\", \"text\": \"tab\tinside\"}")]
    [DataRow("{\"id\": \"a\", \"text\": \"NUL \0 byte\"}")]
    public void ParseWellFormed_AnythingUnusual_LeftToParse(string line)
    {
        Assert.IsNull(JsonLineParser.ParseWellFormed(Encoding.UTF8.GetBytes(line), s_at));
    }

    [TestMethod]
    public void ParseWellFormed_NestingDeeperThanThirtyTwo_LeftToParse()
    {
        var deep = "{\"id\": \"a\", \"x\": " + new string('[', 40) + new string(']', 40) + ", \"text\": \"" + Poland + "\"}";
        var shallow = "{\"id\": \"a\", \"x\": " + new string('[', 20) + new string(']', 20) + ", \"text\": \"" + Poland + "\"}";

        Assert.IsNull(JsonLineParser.ParseWellFormed(Encoding.UTF8.GetBytes(deep), s_at));
        Assert.AreEqual(JsonLineParser.Parse(shallow, s_at), JsonLineParser.ParseWellFormed(Encoding.UTF8.GetBytes(shallow), s_at));
    }

    [TestMethod]
    public void ParseWellFormed_InvalidUtf8_LeftToParse()
    {
        var bytes = Encoding.UTF8.GetBytes("{\"id\": \"a\", \"text\": \"" + Poland + "\"}");
        bytes[25] = 0xC3;
        bytes[26] = 0x28;

        Assert.IsNull(JsonLineParser.ParseWellFormed(bytes, s_at));
    }
}
