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
    public void Load_AmbiguousNameOfAnUnknownInstrument_NamesTheFile()
    {
        var file = WriteTemp("""
            {"instruments": [{"id": "X1", "title": "First Example Treaty", "kind": "treaty", "adopted": "1999-01-01", "names": ["First Example Treaty"]}],
             "ambiguous": [{"name": "Example Treaty", "instruments": ["X1", "NO-SUCH-ID"]}]}
            """);
        var error = Assert.ThrowsExactly<CitationsException>(() => InstrumentCatalog.Load([file]));
        Assert.AreEqual(file, error.File);
        StringAssert.Contains(error.Message, "NO-SUCH-ID");
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

    [TestMethod]
    public void Load_NewFields_AreReadAndEarlierTitlesMatchLikeNames()
    {
        // Without the built-in data, so the names cannot meet the built-in EU entries.
        var catalog = InstrumentCatalog.FromJson("""
            {"instruments": [
              {"id": "EEC-1957", "title": "Treaty on the Functioning of the European Union", "kind": "treaty",
               "adopted": "1957-03-25", "entryIntoForce": "1958-01-01",
               "treatySeries": ["294 UNTS 3", "298 UNTS 11"],
               "earlierTitles": ["Treaty establishing the European Economic Community", "Treaty establishing the European Community"],
               "depositary": "Government of Italy",
               "names": ["Treaty on the Functioning of the European Union"], "abbreviations": ["TFEU"],
               "checked": "EUR-Lex, consolidated TFEU", "unverified": "treatySeries"},
              {"id": "EEC-1957-P1", "title": "Protocol (No 1) on the role of national Parliaments in the European Union",
               "kind": "protocol", "parent": "EEC-1957", "ordinal": 1, "adopted": "2007-12-13",
               "names": ["Protocol on the role of national Parliaments in the European Union"]}
            ]}
            """);
        var treaty = catalog.Find("EEC-1957")!;
        Assert.AreEqual("294 UNTS 3", treaty.TreatySeries);
        CollectionAssert.AreEqual(new[] { "294 UNTS 3", "298 UNTS 11" }, treaty.TreatySeriesReferences.ToArray());
        Assert.AreEqual("Government of Italy", treaty.Depositary);
        Assert.AreEqual("treatySeries", treaty.Unverified);
        Assert.AreEqual(2, treaty.EarlierTitles.Length);
        Assert.AreEqual(1, catalog.Find("EEC-1957-P1")!.Ordinal);

        var citations = new CitationExtractor(catalog).Extract(
            "Article 119 of the Treaty establishing the European Economic Community already required equal pay for equal work.");
        var citation = citations.Single();
        Assert.AreEqual("EEC-1957", citation.InstrumentId);
        CollectionAssert.AreEqual(new[] { "119" }, citation.Provisions.ToArray());
    }

    [TestMethod]
    public void Load_TreatySeriesAsOneString_IsThePrimaryAndOnlyReference()
    {
        var iccpr = BuiltIn.Find("ICCPR")!;
        Assert.AreEqual("999 UNTS 171", iccpr.TreatySeries);
        CollectionAssert.AreEqual(new[] { "999 UNTS 171" }, iccpr.TreatySeriesReferences.ToArray());
        Assert.IsNull(iccpr.Ordinal);
    }

    [TestMethod]
    [DataRow("""
        {"instruments": [
          {"id": "P-A", "title": "Protocol A", "kind": "protocol", "adopted": "1999-01-01", "parent": "P-B", "names": ["Protocol Alpha"]},
          {"id": "P-B", "title": "Protocol B", "kind": "protocol", "adopted": "1999-01-01", "parent": "P-A", "names": ["Protocol Beta"]}
        ]}
        """, "P-A → P-B → P-A")]
    [DataRow("""
        {"instruments": [
          {"id": "P-A", "title": "Protocol A", "kind": "protocol", "adopted": "1999-01-01", "parent": "P-A", "names": ["Protocol Alpha"]}
        ]}
        """, "P-A → P-A")]
    [DataRow("""
        {"instruments": [
          {"id": "P-A", "title": "Protocol A", "kind": "protocol", "adopted": "1999-01-01", "parent": "P-B", "names": ["Protocol Alpha"]},
          {"id": "P-B", "title": "Protocol B", "kind": "protocol", "adopted": "1999-01-01", "parent": "P-C", "names": ["Protocol Beta"]},
          {"id": "P-C", "title": "Protocol C", "kind": "protocol", "adopted": "1999-01-01", "parent": "P-B", "names": ["Protocol Gamma"]}
        ]}
        """, "P-B → P-C → P-B")]
    public void Load_ParentCycle_IsRejected(string json, string cycle)
    {
        var file = WriteTemp(json);
        var error = Assert.ThrowsExactly<CitationsException>(() => InstrumentCatalog.Load([file]));
        Assert.AreEqual(file, error.File);
        StringAssert.Contains(error.Message, "\"parent\"");
        StringAssert.Contains(error.Message, cycle);
    }

    [TestMethod]
    [DataRow("""
        {"instruments": [
          {"id": "SET-A", "title": "Set A", "kind": "collection", "adopted": "1999-01-01", "members": ["SET-B"], "names": ["Set Alpha"]},
          {"id": "SET-B", "title": "Set B", "kind": "collection", "adopted": "1999-01-01", "members": ["ICCPR", "SET-A"], "names": ["Set Beta"]}
        ]}
        """, "SET-A → SET-B → SET-A")]
    [DataRow("""
        {"instruments": [
          {"id": "SET-A", "title": "Set A", "kind": "collection", "adopted": "1999-01-01", "members": ["ICCPR", "SET-A"], "names": ["Set Alpha"]}
        ]}
        """, "SET-A → SET-A")]
    public void Load_MembershipCycle_IsRejected(string json, string cycle)
    {
        var file = WriteTemp(json);
        var error = Assert.ThrowsExactly<CitationsException>(() => InstrumentCatalog.Load([file]));
        StringAssert.Contains(error.Message, "\"members\"");
        StringAssert.Contains(error.Message, cycle);
    }

    [TestMethod]
    public void Load_CollectionOfCollections_WithoutCycle_IsAccepted()
    {
        var file = WriteTemp("""
            {"instruments": [
              {"id": "SET-A", "title": "Set A", "kind": "collection", "adopted": "1999-01-01", "members": ["GC-1949", "AP-I"], "names": ["Set Alpha"]},
              {"id": "SET-B", "title": "Set B", "kind": "collection", "adopted": "1999-01-01", "members": ["SET-A", "GC-1949"], "names": ["Set Beta"]}
            ]}
            """);
        Assert.AreEqual(BuiltIn.Count + 2, InstrumentCatalog.Load([file]).Count);
    }

    [TestMethod]
    public void Load_OrdinalWithoutParent_IsRejectedAtItsLine()
    {
        var file = WriteTemp("""
            {"instruments": [
              {"id": "PROT-6", "title": "Protocol No. 6", "kind": "protocol", "adopted": "1983-04-28",
               "ordinal": 6, "names": ["Protocol No. 6 concerning the Abolition of the Death Penalty"]}
            ]}
            """);
        var error = Assert.ThrowsExactly<CitationsException>(() => InstrumentCatalog.Load([file]));
        Assert.AreEqual(3, error.Line);
        StringAssert.Contains(error.Message, "\"ordinal\"");
        StringAssert.Contains(error.Message, "PROT-6");
    }

    [TestMethod]
    public void Load_EntryIntoForceBeforeAdoption_IsRejected()
    {
        var file = WriteTemp("""
            {"instruments": [
              {"id": "X1", "title": "T", "kind": "treaty", "adopted": "1999-01-01", "entryIntoForce": "1998-12-31", "names": ["Some Treaty"]}
            ]}
            """);
        StringAssert.Contains(Assert.ThrowsExactly<CitationsException>(() => InstrumentCatalog.Load([file])).Message, "entryIntoForce");
    }

    [TestMethod]
    public void Load_InvalidUtf8_IsRejectedWithItsLine_NotReplaced()
    {
        var path = Path.Combine(Path.GetTempPath(), $"catalog-{Guid.NewGuid():N}.json");
        var head = System.Text.Encoding.UTF8.GetBytes("""
            {"instruments": [
              {"id": "X-NAT", "title": "Loi
            """);
        // Latin-1 "é" (0xE9) where UTF-8 needs two bytes: the title would otherwise read "Loi n?".
        var tail = System.Text.Encoding.UTF8.GetBytes(""" relative", "kind": "statute", "adopted": "1999-01-01", "names": ["Loi relative"]}]}""");
        File.WriteAllBytes(path, [.. head, 0xE9, .. tail]);
        var error = Assert.ThrowsExactly<CitationsException>(() => InstrumentCatalog.Load([path]));
        Assert.AreEqual(path, error.File);
        Assert.AreEqual(2, error.Line);
        StringAssert.Contains(error.Message, "UTF-8");
    }

    [TestMethod]
    public void Load_Utf8WithByteOrderMark_IsAccepted()
    {
        var path = Path.Combine(Path.GetTempPath(), $"catalog-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """
            {"instruments": [{"id": "FR-LOI-1905", "title": "Loi du 9 décembre 1905 concernant la séparation des Églises et de l'État",
              "kind": "statute", "adopted": "1905-12-09", "names": ["Loi concernant la séparation des Églises et de l'État"]}]}
            """, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        Assert.AreEqual("Loi du 9 décembre 1905 concernant la séparation des Églises et de l'État", InstrumentCatalog.Load([path]).Find("FR-LOI-1905")!.Title);
    }

    [TestMethod]
    public void FindBySymbol_GivesTheResolutionKeyedByIt_OrTheInstrumentNamingIt()
    {
        var file = WriteTemp("""
            {"instruments": [
              {"id": "MY-RTD", "title": "Declaration on the Right to Development", "kind": "declaration", "adopted": "1986-12-04",
               "symbol": "A/RES/41/128", "names": ["Declaration on the Right to Development (as adopted)"]}
            ]}
            """);
        var catalog = InstrumentCatalog.Load([file]);
        Assert.AreEqual("MY-RTD", catalog.FindBySymbol("A/RES/41/128")!.Id);
        Assert.AreEqual("A/RES/1514(XV)", catalog.FindBySymbol("A/RES/1514(XV)")!.Id);
        Assert.IsNull(catalog.FindBySymbol("A/RES/41/129"));
        Assert.IsNull(catalog.Find("A/RES/41/128"), "a symbol is not an id");
    }

    [TestMethod]
    [DataRow("A/RES/1514(XV)", "is the id of instrument A/RES/1514(XV)")]
    [DataRow("A/RES/41/128", "is given by both")]
    public void Load_SymbolLeadingToTwoInstruments_IsRejected(string symbol, string message)
    {
        var file = WriteTemp($$"""
            {"instruments": [
              {"id": "MY-DECL-A", "title": "A", "kind": "declaration", "adopted": "1986-12-04", "symbol": "A/RES/41/128", "names": ["First Declaration of Mine"]},
              {"id": "MY-DECL-B", "title": "B", "kind": "declaration", "adopted": "1986-12-04", "symbol": "{{symbol}}", "names": ["Second Declaration of Mine"]}
            ]}
            """);
        var error = Assert.ThrowsExactly<CitationsException>(() => InstrumentCatalog.Load([file]));
        StringAssert.Contains(error.Message, "\"symbol\"");
        StringAssert.Contains(error.Message, message);
    }

    [TestMethod]
    [DataRow("resolution 41/128")]
    [DataRow("A/RES/41/128 ")]
    [DataRow("A/RES/1514 (XV)")]
    public void Load_SymbolNotWrittenAsThePatternWritesIt_IsRejected(string symbol)
    {
        var file = WriteTemp($$"""
            {"instruments": [
              {"id": "MY-DECL", "title": "A", "kind": "declaration", "adopted": "1986-12-04", "symbol": "{{symbol}}", "names": ["Declaration of Mine"]}
            ]}
            """);
        var error = Assert.ThrowsExactly<CitationsException>(() => InstrumentCatalog.Load([file]));
        StringAssert.Contains(error.Message, "field \"symbol\"");
        StringAssert.Contains(error.Message, "MY-DECL");
    }

    private static string Key(string name) => string.Join(' ', TextNormalizer.Words(name).Select(TextNormalizer.Fold));

    private static string WriteTemp(string content)
    {
        var path = Path.Combine(Path.GetTempPath(), $"catalog-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, content);
        return path;
    }
}
