using System.Collections.Immutable;
using Citations.Core.Evaluation;

namespace Citations.Core.Tests.Evaluation;

/// <summary>Gold keys an annotator chose, read as the catalog's ids through the split's keys.json.</summary>
[TestClass]
public sealed class GoldKeysTests
{
    private static IReadOnlyDictionary<string, string> Map(string keysJson)
    {
        var path = Path.Combine(Path.GetTempPath(), $"keys-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, keysJson);
        try
        {
            return GoldKeys.CatalogIds(path, InstrumentCatalog.BuiltIn);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [TestMethod]
    public void CatalogIds_KeyWhoseAliasIsACatalogName_IsThatInstrument()
    {
        var map = Map("""
            {"HAGUE-SERVICE-1965": {"title": "Convention on the Service Abroad of Judicial and Extrajudicial Documents in Civil or Commercial Matters (Hague Service Convention)", "aliases": ["Hague Service Convention"]},
             "BUDAPEST": {"title": "Convention on Cybercrime (ETS No. 185) (Budapest Convention)", "aliases": ["Budapest Convention", "Cybercrime Convention"]},
             "KIGALI": {"title": "Amendment to the Montreal Protocol on Substances that Deplete the Ozone Layer, adopted at Kigali (Kigali Amendment)", "aliases": []}}
            """);
        Assert.AreEqual("HCCH-SERVICE-1965", map["HAGUE-SERVICE-1965"]);
        Assert.AreEqual("BUDAPEST-CYBERCRIME", map["BUDAPEST"]);
        // Only the bracket of the title names it: "Kigali Amendment".
        Assert.AreEqual("MONTREAL-KIGALI-2016", map["KIGALI"]);
    }

    [TestMethod]
    public void CatalogIds_KeyThatIsACatalogIdOrNamesNoneOrSeveral_IsNotMapped()
    {
        var map = Map("""
            {"ICCPR": {"title": "Convention against Torture", "aliases": []},
             "MUNICH-1938": {"title": "Munich Agreement", "aliases": ["Munich Pact"]},
             "TWO": {"title": "International Covenant on Civil and Political Rights", "aliases": ["CAT"]},
             "A/RES/423(V)": {"title": "Human Rights Day", "aliases": []}}
            """);
        // A catalog id is already the catalog's; a title the catalog lacks, and aliases naming two instruments, decide nothing.
        Assert.AreEqual(0, map.Count, string.Join(", ", map));
    }

    [TestMethod]
    public void Rekey_TwoKeysReadAsOneId_BecomeOneEntryWithBothArticles()
    {
        var gold = new Dictionary<string, ImmutableArray<GoldInstrument>>
        {
            ["s1"] = [new GoldInstrument("HAGUE-SERVICE-1965", ["10(a)"], ["Hague Service Convention"]), new GoldInstrument("HCCH-SERVICE-1965", ["5"], ["the Convention"]), new GoldInstrument("CAT", [], ["CAT"])],
        };
        var rekeyed = GoldKeys.Rekey(gold, new Dictionary<string, string> { ["HAGUE-SERVICE-1965"] = "HCCH-SERVICE-1965" });
        var entries = rekeyed["s1"];
        Assert.AreEqual(2, entries.Length);
        var service = entries.Single(e => e.Key == "HCCH-SERVICE-1965");
        CollectionAssert.AreEquivalent(new[] { "10(a)", "5" }, service.Articles.ToArray());
        CollectionAssert.AreEquivalent(new[] { "Hague Service Convention", "the Convention" }, service.Surfaces.ToArray());
    }

    [TestMethod]
    [DataRow("{not json")]
    [DataRow("[1, 2]")]
    public void CatalogIds_MalformedFile_IsACitationsExceptionWithTheFile(string content)
    {
        var path = Path.Combine(Path.GetTempPath(), $"keys-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, content);
        try
        {
            var error = Assert.ThrowsExactly<CitationsException>(() => GoldKeys.CatalogIds(path, InstrumentCatalog.BuiltIn));
            Assert.AreEqual(path, error.File);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
