using System.Globalization;
using Citations.Core.Extraction;
using Newtonsoft.Json.Linq;

namespace Citations.Core.Tests.Catalog;

[TestClass]
public sealed class InstrumentCatalogTests
{
    private static InstrumentCatalog BuiltIn => InstrumentCatalog.BuiltIn;

    [TestMethod]
    public void BuiltIn_HasAtLeastEightyInstruments_WithUniqueIds()
    {
        Assert.IsTrue(BuiltIn.Count >= 80, $"{BuiltIn.Count} instruments");
        Assert.AreEqual(BuiltIn.Count, BuiltIn.Instruments.Select(i => i.Id).Distinct(StringComparer.Ordinal).Count());
    }

    [TestMethod]
    public void BuiltIn_DatesParse_AndEntryIntoForceIsNotBeforeAdoption()
    {
        foreach (var instrument in BuiltIn.Instruments)
        {
            var adopted = DateOnly.ParseExact(instrument.Adopted, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            if (instrument.EntryIntoForce is { } inForce)
            {
                Assert.IsTrue(DateOnly.ParseExact(inForce, "yyyy-MM-dd", CultureInfo.InvariantCulture) >= adopted, instrument.Id);
            }
        }
    }

    [TestMethod]
    public void BuiltIn_EveryNameLeadsToOneInstrument_UnlessDeclaredAmbiguous()
    {
        var ambiguous = BuiltIn.Ambiguous.Select(a => Key(a.Name)).ToHashSet(StringComparer.Ordinal);
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var instrument in BuiltIn.Instruments)
        {
            foreach (var (name, caseSensitive) in InstrumentCatalog.AllNames(instrument))
            {
                var key = (caseSensitive ? "A:" : "N:") + (caseSensitive ? string.Join(' ', TextNormalizer.Words(name)) : Key(name));
                if (ambiguous.Contains(Key(name)) && !caseSensitive) continue;
                if (owners.TryGetValue(key, out var owner)) Assert.AreEqual(owner, instrument.Id, $"\"{name}\"");
                owners[key] = instrument.Id;
            }
        }
    }

    [TestMethod]
    public void BuiltIn_HoldsEveryKeyOfTheDevelopmentCorpus()
    {
        var keys = JObject.Parse(File.ReadAllText(RepositoryFiles.Path("corpus", "dev", "keys.json")));
        foreach (var property in keys.Properties().Where(p => !p.Name.Contains('/')))
        {
            var instrument = BuiltIn.Find(property.Name);
            Assert.IsNotNull(instrument, property.Name);
            Assert.AreEqual((string)property.Value["adopted"]!, instrument.Adopted, property.Name);
        }
    }

    [TestMethod]
    public void BuiltIn_CoreTreatiesAndGenevaConventions_HaveFrenchSpanishAndRussianNames()
    {
        foreach (var id in new[] { "ICCPR", "ICESCR", "ICERD", "CEDAW", "CAT", "CRC", "ICMW", "CRPD", "CPED", "GENOCIDE", "GC-I", "GC-II", "GC-III", "GC-IV" })
        {
            var instrument = BuiltIn.Find(id)!;
            foreach (var language in new[] { "fr", "es", "ru" })
            {
                Assert.IsTrue(instrument.Translations.ContainsKey(language), $"{id} has no {language} name");
            }
        }
    }

    [TestMethod]
    public void BuiltIn_ProtocolsAndCollections_PointAtInstrumentsOfTheCatalog()
    {
        Assert.AreEqual("ICCPR", BuiltIn.Find("ICCPR-OP1")!.Parent);
        CollectionAssert.AreEquivalent(new[] { "GC-I", "GC-II", "GC-III", "GC-IV" }, BuiltIn.Find("GC-1949")!.Members.ToArray());
    }

    [TestMethod]
    public void Load_UserFile_AddsItsInstruments()
    {
        var file = WriteTemp("""
            {"instruments": [
              {"id": "ZA-CONST-1996", "title": "Constitution of the Republic of South Africa, 1996", "kind": "charter",
               "adopted": "1996-12-10", "names": ["Constitution of the Republic of South Africa"], "shortForms": ["Constitution"]}
            ]}
            """);
        var catalog = InstrumentCatalog.Load([file]);
        Assert.AreEqual(BuiltIn.Count + 1, catalog.Count);
        var extractor = new CitationExtractor(catalog);
        Assert.AreEqual("ZA-CONST-1996", extractor.Extract("as the Constitution of the Republic of South Africa provides").Single().InstrumentId);
    }

    [TestMethod]
    [DataRow("""{"instruments": [{"id": "X1", "title": "T", "kind": "treaty", "names": ["Some Treaty"]}]}""", 1, "adopted")]
    [DataRow("""
        {"instruments": [
          {"id": "X1", "title": "T", "kind": "treaty", "adopted": "1999-02-30", "names": ["Some Treaty"]}
        ]}
        """, 2, "adopted")]
    [DataRow("""
        {"instruments": [
          {"id": "X1", "title": "T", "kind": "pact", "adopted": "1999-01-01", "names": ["Some Treaty"]}
        ]}
        """, 2, "kind")]
    [DataRow("""
        {"instruments": [
          {"id": "X1", "title": "T", "kind": "treaty", "adopted": "1999-01-01",
           "names": "Some Treaty"}
        ]}
        """, 3, "names")]
    [DataRow("""
        {"instruments": [
          {"id": "X1", "title": "T", "kind": "treaty", "adopted": "1999-01-01", "names": ["Some Treaty"],}
          {"id": "X2"}
        ]}
        """, 3, "JSON")]
    public void Load_BrokenUserFile_NamesFileLineAndField(string json, int line, string field)
    {
        var file = WriteTemp(json);
        var error = Assert.ThrowsExactly<CitationsException>(() => InstrumentCatalog.Load([file]));
        Assert.AreEqual(file, error.File);
        Assert.AreEqual(line, error.Line, error.Describe());
        StringAssert.Contains(error.Message, field);
    }

    [TestMethod]
    public void Load_DuplicateIdOrSharedName_IsRejected()
    {
        var duplicate = WriteTemp("""{"instruments": [{"id": "ICCPR", "title": "T", "kind": "treaty", "adopted": "1999-01-01", "names": ["Another Treaty"]}]}""");
        StringAssert.Contains(Assert.ThrowsExactly<CitationsException>(() => InstrumentCatalog.Load([duplicate])).Message, "defined twice");

        var shared = WriteTemp("""{"instruments": [{"id": "MY-GENOCIDE", "title": "T", "kind": "treaty", "adopted": "1999-01-01", "names": ["Genocide Convention"]}]}""");
        StringAssert.Contains(Assert.ThrowsExactly<CitationsException>(() => InstrumentCatalog.Load([shared])).Message, "belongs to both");
    }

    [TestMethod]
    public void Load_MissingFile_IsAClearError()
    {
        var error = Assert.ThrowsExactly<CitationsException>(() => InstrumentCatalog.Load(["/nonexistent/catalog.json"]));
        Assert.AreEqual("/nonexistent/catalog.json", error.File);
    }

    private static string Key(string name) => string.Join(' ', TextNormalizer.Words(name).Select(TextNormalizer.Fold));

    private static string WriteTemp(string content)
    {
        var path = Path.Combine(Path.GetTempPath(), $"catalog-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, content);
        return path;
    }
}
