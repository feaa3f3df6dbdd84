using System.Collections.Immutable;
using Citations.Core.Evaluation;

namespace Citations.Core.Tests.Evaluation;

[TestClass]
public sealed class GoldKeysTests
{
    private static string Keys(string json)
    {
        var path = Path.Combine(Path.GetTempPath(), $"keys-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, json);
        return path;
    }

    private static ImmutableSortedDictionary<string, string> Map(string json)
    {
        var path = Keys(json);
        try
        {
            return GoldKeys.Map(path, InstrumentCatalog.BuiltIn);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [TestMethod]
    public void Map_KeyWhoseTitleNamesOneInstrument_ReadsAsItsCatalogId()
    {
        var map = Map("""
            {"KIGALI-AMENDMENT": {"title": "The Kigali Amendment to the Montreal Protocol on Substances that Deplete the Ozone Layer", "adopted": "2016-10-15", "aliases": []},
             "CYBER": {"title": "Convention on Cybercrime (ETS No. 185)", "adopted": "2001-11-23"}}
            """);
        var kigali = InstrumentCatalog.BuiltIn.Instruments.Single(i => i.Title.Contains("Kigali", StringComparison.Ordinal) && i.Kind != InstrumentKind.Resolution);
        Assert.AreEqual(kigali.Id, map["KIGALI-AMENDMENT"]);
        Assert.AreEqual(InstrumentCatalog.BuiltIn.Instruments.Single(i => i.Title == "Convention on Cybercrime").Id, map["CYBER"], "a bracketed addition to the title is not part of it");
    }

    [TestMethod]
    public void Map_TitleUnknown_FallsBackOnAliases()
    {
        var map = Map("""{"TORTURE": {"title": "a title no catalog uses", "aliases": ["Convention against Torture", "Torture Convention"]}}""");
        Assert.AreEqual("CAT", map["TORTURE"]);
    }

    [TestMethod]
    public void Map_CatalogIdsSymbolsAmbiguityAndOtherYears_StayAsWritten()
    {
        var map = Map("""
            {"ICCPR": {"title": "International Covenant on Civil and Political Rights", "adopted": "1966-12-16"},
             "S/RES/2118(2013)": {"title": "Security Council resolution 2118 (2013)"},
             "SOME-VIENNA": {"title": "nothing", "aliases": ["Vienna Convention on the Law of Treaties", "Vienna Convention on Consular Relations"]},
             "CAT-1950": {"title": "Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment", "adopted": "1950-01-01"},
             "NOTHING": {"title": "Convention on Things Nobody Signed", "aliases": ["Nobody Convention"]}}
            """);
        Assert.AreEqual(0, map.Count, string.Join(", ", map));
    }

    [TestMethod]
    public void Map_TargetAlreadyAKeyOfTheFile_IsNotTaken()
    {
        // Both keys would score as CAT: the annotator meant two things, so neither is merged.
        var map = Map("""
            {"CAT": {"title": "Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment"},
             "TORTURE": {"title": "Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment"}}
            """);
        Assert.IsFalse(map.ContainsKey("TORTURE"));
    }

    [TestMethod]
    public void Apply_ReplacesMappedKeysOnly()
    {
        var gold = new Dictionary<string, ImmutableArray<GoldInstrument>>
        {
            ["s"] = [new GoldInstrument("TORTURE", ["3"], ["the Convention"]), new GoldInstrument("ICCPR", [], ["ICCPR"])],
        };
        var mapped = GoldKeys.Apply(gold, new Dictionary<string, string> { ["TORTURE"] = "CAT" });
        CollectionAssert.AreEqual(new[] { "CAT", "ICCPR" }, mapped["s"].Select(g => g.Key).ToArray());
        CollectionAssert.AreEqual(new[] { "3" }, mapped["s"][0].Articles.ToArray());
    }

    [TestMethod]
    public void Apply_TwoKeysReadAsOneId_BecomeOneEntryWithBothArticlesAndSurfaces()
    {
        var gold = new Dictionary<string, ImmutableArray<GoldInstrument>>
        {
            ["s"] = [new GoldInstrument("TORTURE", ["3"], ["the Convention"]), new GoldInstrument("UNCAT", ["1"], ["CAT"])],
        };
        var mapped = GoldKeys.Apply(gold, new Dictionary<string, string> { ["TORTURE"] = "CAT", ["UNCAT"] = "CAT" });
        var only = mapped["s"].Single();
        Assert.AreEqual("CAT", only.Key);
        CollectionAssert.AreEqual(new[] { "3", "1" }, only.Articles.ToArray());
        CollectionAssert.AreEqual(new[] { "the Convention", "CAT" }, only.Surfaces.ToArray());
    }

    [TestMethod]
    [DataRow("{\"A\": 5}", 1)]
    [DataRow("{\n\"A\": {\"title\": \"x\"},\n\"B\": {\"aliases\": \"not a list\"}}", 3)]
    [DataRow("{\n\"A\": {\"title\": 7}}", 2)]
    [DataRow("{\n\"A\": {\"title\": \"x\",\n", 3)]
    public void Map_MalformedKeysFile_ReportsFileAndLine(string json, int line)
    {
        var path = Keys(json);
        try
        {
            var error = Assert.ThrowsExactly<CitationsException>(() => GoldKeys.Map(path, InstrumentCatalog.BuiltIn));
            Assert.AreEqual(path, error.File);
            Assert.AreEqual(line, error.Line, error.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
