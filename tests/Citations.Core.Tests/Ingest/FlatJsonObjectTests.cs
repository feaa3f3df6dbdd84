using System.Text;
using System.Text.Json;
using Citations.Core.Ingest;
using static Citations.Core.Tests.Ingest.IngestFixtures;

namespace Citations.Core.Tests.Ingest;

[TestClass]
public sealed class FlatJsonObjectTests
{
    private static readonly string[] s_names = ["id", "text"];

    private static int Index(ReadOnlySpan<byte> name) =>
        name.SequenceEqual("id"u8) ? 0 : name.SequenceEqual("text"u8) ? 1 : -1;

    private static string?[]? Read(string line)
    {
        var values = new string?[s_names.Length];
        return FlatJsonObject.TryRead(Encoding.UTF8.GetBytes(line), Index, values) ? values : null;
    }

    [TestMethod]
    [DataRow(Poland)]
    [DataRow("")]
    [DataRow("Paragraph one.\\n\\nParagraph two, \\\"quoted\\\", with a back\\\\slash and a \\/ slash.")]
    [DataRow("\\b\\f\\n\\r\\t at the start and at the end \\t\\r\\n\\f\\b")]
    [DataRow("L’interdiction absolue de la torture\\n— article 7 du Pacte, \\u00e9t\\u00C9 \\u2019 \\u0000 \\u001f")]
    [DataRow("Ελλάδα\\nРоссийская Федерация\\n中华人民共和国\\n🇺🇳")]
    [DataRow("\\\\\\\\\\\"\\\"")]
    public void TryRead_StringsWithEscapes_SameAsSystemTextJson(string raw)
    {
        var line = "{\"id\": \"ungd-POL-45\", \"text\": \"" + raw + "\"}";
        var expected = JsonDocument.Parse(line).RootElement.GetProperty("text").GetString();

        var values = Read(line);

        Assert.IsNotNull(values);
        Assert.AreEqual("ungd-POL-45", values[0]);
        Assert.AreEqual(expected, values[1]);
    }

    [TestMethod]
    [DataRow("{\"id\":\"a\",\"text\":\"b\"}")]
    [DataRow(" \t{ \"id\" :\t\"a\" ,\r\n \"text\" : \"b\" } \r")]
    [DataRow("{\"licence\": \"CC0\", \"id\": \"a\", \"source\": null, \"text\": \"b\", \"note\": \"\"}")]
    [DataRow("{\"text\": \"b\", \"id\": \"a\"}")]
    public void TryRead_FieldsInAnyOrderAndSpacing_KnownOnesRead(string line)
    {
        var values = Read(line);

        Assert.IsNotNull(values);
        CollectionAssert.AreEqual(new[] { "a", "b" }, values);
    }

    [TestMethod]
    public void TryRead_NullAndMissingFields_LeftNull()
    {
        CollectionAssert.AreEqual(new string?[] { null, "b" }, Read("{\"id\": null, \"text\": \"b\"}"));
        CollectionAssert.AreEqual(new string?[] { null, null }, Read("{\"title\": \"t\"}"));
        CollectionAssert.AreEqual(new string?[] { null, null }, Read(" { } "));
    }

    [TestMethod]
    // Values of other types, even for unknown fields.
    [DataRow("{\"id\": \"a\", \"date\": 1990, \"text\": \"b\"}")]
    [DataRow("{\"id\": \"a\", \"tags\": [\"x\"], \"text\": \"b\"}")]
    [DataRow("{\"id\": \"a\", \"meta\": {\"k\": \"v\"}, \"text\": \"b\"}")]
    [DataRow("{\"id\": \"a\", \"ok\": true, \"text\": \"b\"}")]
    [DataRow("{\"id\": \"a\", \"text\": nul}")]
    [DataRow("{\"id\": \"a\", \"text\": nullx}")]
    // Escaped surrogates, alone or paired, and escapes that are not JSON.
    [DataRow("{\"id\": \"a\", \"text\": \"lone \\ud800 surrogate\"}")]
    [DataRow("{\"id\": \"a\", \"text\": \"pair \\ud83d\\ude00\"}")]
    [DataRow("{\"id\": \"a\", \"text\": \"\\x41\"}")]
    [DataRow("{\"id\": \"a\", \"text\": \"\\u00g9\"}")]
    [DataRow("{\"id\": \"a\", \"text\": \"\\u00e\"}")]
    [DataRow("{\"id\": \"a\", \"text\": \"\\u+0e9\"}")]
    [DataRow("{\"id\": \"a\", \"text\": \"ends in a backslash\\")]
    // Control characters written as they are, in a value or in a name.
    [DataRow("{\"id\": \"a\", \"text\": \"tab\tinside\"}")]
    [DataRow("{\"id\": \"a\", \"te\nxt\": \"b\"}")]
    // Names with escapes, repeated names, broken structure, text after the object.
    [DataRow("{\"id\": \"a\", \"te\\u0078t\": \"b\"}")]
    [DataRow("{\"id\": \"a\", \"text\": \"first\", \"text\": \"second\"}")]
    [DataRow("{\"id\": null, \"id\": \"a\", \"text\": \"b\"}")]
    [DataRow("{\"id\": \"a\", \"text\": \"b\",}")]
    [DataRow("{\"id\": \"a\", \"text\": \"b\"")]
    [DataRow("{\"id\": \"a\", \"text\": \"b")]
    [DataRow("{\"id\" \"a\", \"text\": \"b\"}")]
    [DataRow("{\"id\": \"a\" \"text\": \"b\"}")]
    [DataRow("{\"id\": \"a\", \"text\": \"b\"} {\"id\": \"c\"}")]
    [DataRow("{\"id\": \"a\", \"text\": \"b\"} // a note")]
    [DataRow("{'id': 'a', 'text': 'b'}")]
    [DataRow("{id: \"a\", \"text\": \"b\"}")]
    [DataRow("[\"a\", \"b\"]")]
    [DataRow("\"text\"")]
    [DataRow("{")]
    [DataRow("{\"id\":")]
    [DataRow("")]
    [DataRow("   ")]
    [DataRow("\u00a0{\"id\": \"a\", \"text\": \"b\"}")]
    public void TryRead_AnythingButAFlatObjectOfStrings_Declined(string line)
    {
        Assert.IsNull(Read(line));
    }

    [TestMethod]
    public void TryRead_EveryLineOfTheAnnotatedCorpora_ReadAsSystemTextJsonReadsIt()
    {
        var lines = new[] { "dev", "extra", "extra2" }
            .SelectMany(c => File.ReadLines(RepositoryFiles.Path("corpus", c, "statements.jsonl")))
            .Where(l => l.Length > 0).ToList();

        Assert.IsGreaterThan(100, lines.Count);
        foreach (var line in lines)
        {
            var values = Read(line);
            Assert.IsNotNull(values, line[..Math.Min(80, line.Length)]);
            var root = JsonDocument.Parse(line).RootElement;
            Assert.AreEqual(root.TryGetProperty("id", out var id) ? id.GetString() : null, values[0]);
            Assert.AreEqual(root.GetProperty("text").GetString(), values[1]);
        }
    }
}
