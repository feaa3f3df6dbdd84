using System.Text.RegularExpressions;
using Citations.Core.Extraction;
using Citations.Core.Graph;
using Newtonsoft.Json.Linq;

namespace Citations.Core.Tests.Catalog;

/// <summary>Resolutions texts cite by title (Data/resolutions.json): the title and the symbol give one node.</summary>
[TestClass]
public sealed class NotableResolutionsTests
{
    private static readonly CitationExtractor s_extractor = new(InstrumentCatalog.BuiltIn);

    private static IEnumerable<Instrument> Resolutions =>
        InstrumentCatalog.BuiltIn.Instruments.Where(i => i.Origin == "built-in:resolutions.json");

    [TestMethod]
    [DataRow("The Declaration on the Granting of Independence to Colonial Countries and Peoples remains the charter of decolonization.",
        "General Assembly resolution 1514 (XV) remains the charter of decolonization.", "A/RES/1514(XV)")]
    [DataRow("Those principles are set out in the Friendly Relations Declaration, which every Member State has accepted.",
        "Those principles are set out in General Assembly resolution 2625 (XXV), which every Member State has accepted.", "A/RES/2625(XXV)")]
    [DataRow("When the Council is paralysed by a veto, the Assembly can act under the Uniting for Peace procedure.",
        "When the Council is paralysed by a veto, the Assembly can act under its resolution 377 A (V).", "A/RES/377(V)")]
    [DataRow("Article 3 (g) of the Definition of Aggression covers the sending of armed bands.",
        "Article 3 (g) of the annex to General Assembly resolution 3314 (XXIX) covers the sending of armed bands.", "A/RES/3314(XXIX)")]
    [DataRow("Leaders pledged in the Millennium Declaration to halve extreme poverty by 2015.",
        "Leaders pledged in A/RES/55/2 to halve extreme poverty by 2015.", "A/RES/55/2")]
    [DataRow("States recommitted to the Manila Declaration on the Peaceful Settlement of International Disputes.",
        "States recommitted to General Assembly resolution 37/10.", "A/RES/37/10")]
    public void Extract_TitleAndSymbol_GiveOneCataloguedNode(string byTitle, string bySymbol, string id)
    {
        var title = s_extractor.Extract(new Statement("by-title", byTitle, StatementMetadata.Empty));
        var symbol = s_extractor.Extract(new Statement("by-symbol", bySymbol, StatementMetadata.Empty));
        Assert.AreEqual(id, title.Citations.Select(c => c.InstrumentId).Distinct().Single(), byTitle);
        Assert.AreEqual(id, symbol.Citations.Select(c => c.InstrumentId).Distinct().Single(), bySymbol);
        Assert.IsTrue(title.Citations.All(c => c.Catalogued && c.Kind == InstrumentKind.Resolution));

        var builder = new CitationGraphBuilder(InstrumentCatalog.BuiltIn);
        builder.Add(title);
        builder.Add(symbol);
        var node = builder.Graph.Instruments.Single();
        Assert.AreEqual(id, node.Id);
        Assert.IsTrue(node.Catalogued);
        Assert.AreEqual(InstrumentCatalog.BuiltIn.Find(id)!.Title, node.Title);
        Assert.AreEqual(InstrumentCatalog.BuiltIn.Find(id)!.Adopted, node.Adopted);
        Assert.AreEqual(2, builder.Graph.EdgesOf(RelationshipType.Invokes).Count());
    }

    [TestMethod]
    public void BuiltIn_HoldsAtLeastFortyResolutions_EachKeyedAsThePatternWritesSymbols()
    {
        var resolutions = Resolutions.ToList();
        Assert.IsTrue(resolutions.Count >= 40, $"{resolutions.Count} resolutions");
        var symbol = new Regex(@"^(?:A/RES/\d{1,4}\((?:[IVXL]+|S-[IVXL]+)\)|A/RES/\d{1,2}/\d{1,4}|A/RES/(?:S|ES)-\d{1,2}/\d{1,2}|S/RES/\d{1,4}\(\d{4}\))$");
        foreach (var resolution in resolutions)
        {
            Assert.AreEqual(InstrumentKind.Resolution, resolution.Kind, resolution.Id);
            StringAssert.Matches(resolution.Id, symbol);
            Assert.IsFalse(string.IsNullOrWhiteSpace(resolution.Checked), resolution.Id);
        }
    }

    [TestMethod]
    public void BuiltIn_ResolutionsDoNotRepeatInstrumentsThatHaveTheirOwnIds()
    {
        // The UDHR (resolution 217 A (III)) is UDHR and the 2030 Agenda (70/1) is SDG-2030: never twice.
        Assert.IsNull(InstrumentCatalog.BuiltIn.Find("A/RES/217(III)"));
        Assert.IsNull(InstrumentCatalog.BuiltIn.Find("A/RES/70/1"));
        Assert.AreEqual("UDHR", s_extractor.Extract("the Universal Declaration of Human Rights").Single().InstrumentId);
    }

    [TestMethod]
    public void Extract_SharedPartialTitle_IsResolvedByTheFullTitleNamedBefore()
    {
        var text = "Recalling the Declaration on the Inadmissibility of Intervention in the Domestic Affairs of States and the Protection of Their Independence and Sovereignty, "
                   + "the Assembly held that the Declaration on the Inadmissibility of Intervention binds every Member.";
        var ids = s_extractor.Extract(text).Select(c => c.InstrumentId).Distinct().ToList();
        CollectionAssert.AreEqual(new[] { "A/RES/2131(XX)" }, ids);
    }

    [TestMethod]
    public void DataFile_IsTheOneTheDocsDescribe()
    {
        var file = JObject.Parse(File.ReadAllText(RepositoryFiles.Path("src", "Citations.Core", "Catalog", "Data", "resolutions.json")));
        Assert.AreEqual(Resolutions.Count(), ((JArray)file["instruments"]!).Count);
        StringAssert.Contains(File.ReadAllText(RepositoryFiles.Path("docs", "catalog-format.md")), "resolutions.json");
    }
}
