using Newtonsoft.Json.Linq;

namespace Citations.Core.Tests.Catalog;

[TestClass]
public sealed class CatalogSchemaTests
{
    private static string SchemaFile => RepositoryFiles.Path("src", "Citations.Core", "Catalog", "catalog.schema.json");

    public static IEnumerable<object[]> DataFiles =>
        Directory.GetFiles(RepositoryFiles.Path("src", "Citations.Core", "Catalog", "Data"), "*.json")
            .Order(StringComparer.Ordinal)
            .Select(f => new object[] { Path.GetFileName(f) });

    [TestMethod]
    [DynamicData(nameof(DataFiles))]
    public void Check_EveryBuiltInFile_ConformsToTheSchema(string name)
    {
        var document = JObject.Parse(File.ReadAllText(RepositoryFiles.Path("src", "Citations.Core", "Catalog", "Data", name)));
        var violation = CatalogSchema.BuiltIn.Check(document);
        Assert.IsNull(violation, violation is null ? "" : $"{name}: {violation.At.Path}: {violation.Message}");
    }

    [TestMethod]
    public void BuiltInResources_AreTheRepositoryFilesTheSchemaTestChecks()
    {
        // The loader trusts the embedded catalog to conform (the test above proves it for these files), so the
        // assembly must embed exactly these files, byte for byte.
        var assembly = typeof(InstrumentCatalog).Assembly;
        var resources = assembly.GetManifestResourceNames().Where(n => n.StartsWith("Citations.Catalog.", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).ToList();

        CollectionAssert.AreEqual(DataFiles.Select(f => "Citations.Catalog." + (string)f[0]).ToList(), resources);
        foreach (var resource in resources)
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var bytes = new MemoryStream();
            stream.CopyTo(bytes);
            var file = RepositoryFiles.Path("src", "Citations.Core", "Catalog", "Data", resource["Citations.Catalog.".Length..]);
            CollectionAssert.AreEqual(File.ReadAllBytes(file), bytes.ToArray(), resource);
        }
    }

    [TestMethod]
    public void Text_IsTheRepositoryFile_AndDeclaresDraft202012()
    {
        Assert.AreEqual(File.ReadAllText(SchemaFile).ReplaceLineEndings(), CatalogSchema.Text.ReplaceLineEndings());
        Assert.AreEqual("https://json-schema.org/draft/2020-12/schema", (string?)JObject.Parse(CatalogSchema.Text)["$schema"]);
        StringAssert.Contains(File.ReadAllText(RepositoryFiles.Path("docs", "catalog-format.md")), "catalog.schema.json");
    }

    [TestMethod]
    public void Schema_ListsEveryFieldTheDocsDescribe()
    {
        var fields = ((JObject)JObject.Parse(CatalogSchema.Text)["$defs"]!["instrument"]!["properties"]!).Properties().Select(p => p.Name);
        var docs = File.ReadAllText(RepositoryFiles.Path("docs", "catalog-format.md"));
        foreach (var field in fields) StringAssert.Contains(docs, $"| `{field}` |", $"docs/catalog-format.md has no row for {field}");
    }

    [TestMethod]
    [DataRow("""{"type": "object", "maxProperties": 3}""", "maxProperties")]
    [DataRow("""{"type": "object", "properties": {"a": {"type": "string", "maxLength": 9}}}""", "maxLength")]
    [DataRow("""{"type": "string", "format": "email"}""", "email")]
    [DataRow("""{"items": {"anyOf": [{"type": "string"}]}}""", "anyOf")]
    public void Parse_SchemaWithAKeywordTheLoaderDoesNotEnforce_Throws(string schema, string keyword)
    {
        var error = Assert.ThrowsExactly<InvalidOperationException>(() => CatalogSchema.Parse(schema));
        StringAssert.Contains(error.Message, keyword);
    }

    [TestMethod]
    [DataRow("""
        {"instruments": [
          {"id": "ILO-C190", "title": "Violence and Harassment Convention, 2019 (No. 190)", "kind": "treaty",
           "adopted": "2019-06-21", "names": ["Violence and Harassment Convention"],
           "founded": "2019-06-21"}
        ]}
        """, 4, "founded", "ILO-C190")]
    [DataRow("""
        {"instruments": [
          {"id": "ECHR-P6X", "title": "Protocol No. 6", "kind": "protocol", "parent": "ECHR",
           "ordinal": "6", "adopted": "1983-04-28", "names": ["Protocol No. 6 concerning the Abolition"]}
        ]}
        """, 3, "ordinal", "ECHR-P6X")]
    [DataRow("""
        {"instruments": [
          {"id": "ECHR-P6X", "title": "Protocol No. 6", "kind": "protocol", "parent": "ECHR",
           "ordinal": 0, "adopted": "1983-04-28", "names": ["Protocol No. 6 concerning the Abolition"]}
        ]}
        """, 3, "ordinal", "at least 1")]
    [DataRow("""
        {"instruments": [
          {"id": "ILO-C190", "title": "Violence and Harassment Convention, 2019 (No. 190)", "kind": "treaty",
           "adopted": "21 June 2019", "names": ["Violence and Harassment Convention"]}
        ]}
        """, 3, "adopted", "yyyy-MM-dd")]
    [DataRow("""
        {"instruments": [
          {"id": "ILO-C190", "title": "Violence and Harassment Convention, 2019 (No. 190)", "kind": "treaty",
           "adopted": "2019-06-21", "entryIntoForce": "2021-06-31", "names": ["Violence and Harassment Convention"]}
        ]}
        """, 3, "entryIntoForce", "ILO-C190")]
    [DataRow("""
        {"instruments": [
          {"id": "ilo-c190", "title": "Violence and Harassment Convention, 2019 (No. 190)", "kind": "treaty",
           "adopted": "2019-06-21", "names": ["Violence and Harassment Convention"]}
        ]}
        """, 2, "id", "ilo-c190")]
    [DataRow("""
        {"instruments": [
          {"id": "ILO C190", "title": "Violence and Harassment Convention, 2019 (No. 190)", "kind": "treaty",
           "adopted": "2019-06-21", "names": ["Violence and Harassment Convention"]}
        ]}
        """, 2, "id", "ILO C190")]
    [DataRow("""
        {"instruments": [
          {"id": "ILO-C190", "title": "Violence and Harassment Convention, 2019 (No. 190)", "kind": "treaty",
           "adopted": "2019-06-21", "treatySeries": 3304, "names": ["Violence and Harassment Convention"]}
        ]}
        """, 3, "treatySeries", "a string or an array or null")]
    [DataRow("""
        {"instruments": [
          {"id": "ILO-C190", "title": "Violence and Harassment Convention, 2019 (No. 190)", "kind": "treaty",
           "adopted": "2019-06-21", "treatySeries": ["UNTS 3304", 1], "names": ["Violence and Harassment Convention"]}
        ]}
        """, 3, "treatySeries[1]", "a string")]
    [DataRow("""
        {"instruments": [
          {"id": "ILO-C190", "title": "Violence and Harassment Convention, 2019 (No. 190)", "kind": "treaty",
           "adopted": "2019-06-21", "names": ["Violence and Harassment Convention"],
           "translations": {"French": ["Convention sur la violence et le harcèlement"]}}
        ]}
        """, 4, "translations.French", "ILO-C190")]
    [DataRow("""
        {"instruments": [
          {"id": "ILO-C190", "title": "Violence and Harassment Convention, 2019 (No. 190)", "kind": "treaty",
           "adopted": "2019-06-21", "names": ["Violence and Harassment Convention", "  "]}
        ]}
        """, 3, "names[1]", "ILO-C190")]
    [DataRow("""
        {"instruments": [
          {"id": "ILO-C190", "title": "Violence and Harassment Convention, 2019 (No. 190)",
           "adopted": "2019-06-21", "names": ["Violence and Harassment Convention"]}
        ]}
        """, 2, "kind", "required")]
    [DataRow("""
        {"instruments": [
          {"id": "ILO-C190", "title": "Violence and Harassment Convention, 2019 (No. 190)", "kind": "treaty",
           "adopted": "2019-06-21", "articleNumbering": "latin", "names": ["Violence and Harassment Convention"]}
        ]}
        """, 3, "articleNumbering", "arabic, roman")]
    [DataRow("""
        {"instruments": [],
         "ambiguous": [{"name": "Violence Convention", "instruments": ["ILO-C190"]}]}
        """, 2, "instruments", "at least 2")]
    [DataRow("""
        {"instrument": []}
        """, 1, "instruments", "required")]
    [DataRow("""
        {"instruments": [], "version": 2}
        """, 1, "version", "not a field")]
    public void Load_RecordBreakingTheSchema_NamesFileLineInstrumentAndField(string json, int line, string field, string detail)
    {
        var file = Path.Combine(Path.GetTempPath(), $"catalog-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, json);
        var error = Assert.ThrowsExactly<CitationsException>(() => InstrumentCatalog.Load([file]));
        Assert.AreEqual(file, error.File);
        Assert.AreEqual(line, error.Line, error.Describe());
        StringAssert.Contains(error.Message, $"\"{field}\"", error.Describe());
        StringAssert.Contains(error.Message, detail, error.Describe());
    }

    [TestMethod]
    public void Load_NewerAreaFields_CommonArticlesAndDefaultShortForms_AreRead()
    {
        var catalog = InstrumentCatalog.FromJson("""
            {"instruments": [
              {"id": "MY-CHARTER", "title": "Charter of My Organization", "kind": "charter", "adopted": "1999-01-01",
               "names": ["Charter of My Organization"], "shortForms": ["Charter"], "defaultShortForms": ["Charter"]},
              {"id": "MY-A", "title": "A", "kind": "treaty", "adopted": "1999-01-01", "names": ["First Convention of Mine"]},
              {"id": "MY-B", "title": "B", "kind": "treaty", "adopted": "1999-01-01", "names": ["Second Convention of Mine"]},
              {"id": "MY-SET", "title": "Set", "kind": "collection", "adopted": "1999-01-01", "members": ["MY-A", "MY-B"],
               "commonArticles": ["1", "3"], "names": ["Conventions of Mine"]}
            ]}
            """);
        CollectionAssert.AreEqual(new[] { "Charter" }, catalog.Find("MY-CHARTER")!.DefaultShortForms.ToArray());
        CollectionAssert.AreEqual(new[] { "1", "3" }, catalog.Find("MY-SET")!.CommonArticles.ToArray());
    }

    [TestMethod]
    [DataRow("1e30")]
    [DataRow("99999999999999999999999")]
    [DataRow("4294967297")]
    public void Load_HugeOrdinal_IsRejectedNotOverflowed(string ordinal)
    {
        var error = Assert.ThrowsExactly<CitationsException>(() => InstrumentCatalog.FromJson($$"""
            {"instruments": [{"id": "P1", "title": "Protocol", "kind": "protocol", "adopted": "1999-01-01", "parent": "P0", "ordinal": {{ordinal}},
              "names": ["Some Protocol"]}]}
            """));
        StringAssert.Contains(error.Message, "\"ordinal\"");
    }

    [TestMethod]
    public void Load_MutatedBuiltInFile_EitherLoadsOrIsACitationsException()
    {
        // Deterministic mutations of a real file: deleted, doubled and replaced characters anywhere.
        var text = File.ReadAllText(RepositoryFiles.Path("src", "Citations.Core", "Catalog", "Data", "resolutions.json"));
        var random = new Random(20261201);
        const string alphabet = "{}[]\",:0123456789-eE.tfnul \\/\n\u00e9\ud800";
        var loaded = 0;
        var rejected = 0;
        for (var k = 0; k < 400; k++)
        {
            var chars = new System.Text.StringBuilder(text);
            for (var m = 0; m < 1 + random.Next(3); m++)
            {
                var at = random.Next(chars.Length);
                switch (random.Next(3))
                {
                    case 0: chars.Remove(at, 1); break;
                    case 1: chars.Insert(at, chars[at]); break;
                    default: chars[at] = alphabet[random.Next(alphabet.Length)]; break;
                }
            }

            try
            {
                InstrumentCatalog.FromJson(chars.ToString(), "mutated.json");
                loaded++;
            }
            catch (CitationsException e)
            {
                Assert.AreEqual("mutated.json", e.File, e.Message);
                rejected++;
            }
        }

        Assert.IsTrue(rejected > 100 && loaded > 10, $"{loaded} loaded, {rejected} rejected");
    }

    [TestMethod]
    public void Load_TextAfterTheCatalogObject_IsRejected()
    {
        var error = Assert.ThrowsExactly<CitationsException>(() => InstrumentCatalog.FromJson("""
            {"instruments": []}
            {"instruments": []}
            """));
        Assert.AreEqual(2, error.Line);
    }
}
