using Citations.Core.Extraction;
using Citations.Core.Extraction.Passes;
using static Citations.Core.Tests.Extraction.Passes.PassHarness;

namespace Citations.Core.Tests.Extraction.Passes;

[TestClass]
public sealed class ProhibitionDescriptionPassTests
{
    private static IExtractionPass Descriptions(ExtractionContext context) => new ProhibitionDescriptionPass(context);

    /// <summary>Two made-up ban conventions with overlapping objects, and a treaty that bans much more.</summary>
    private static readonly ExtractionContext s_bans = With(CatalogOf(
        Entry("GLASS", "Convention on the Prohibition of the Production and Use of Glass Weapons and on their Destruction"),
        Entry("GLASS-STONE", "Convention on the Prohibition of Glass and Stone Weapons"),
        Entry("SEAFLOOR", "Treaty on the Prohibition of the Emplacement of Glass Weapons on the Sea-Bed, the Ocean Floor and the Subsoil Thereof"),
        Entry("PLAIN", "Convention on Glass")));

    [TestMethod]
    [DataRow("The convention banning glass weapons entered into force last year.", "GLASS", "The convention banning glass weapons")]
    [DataRow("We honour the convention prohibiting glass and stone weapons.", "GLASS-STONE", "the convention prohibiting glass and stone weapons")]
    [DataRow("The convention prohibiting the use of glass weapons binds us.", "GLASS", "The convention prohibiting the use of glass weapons")]
    public void Run_DescriptionOfWhatOneTreatyBans_IsThatTreaty(string text, string expected, string surface)
    {
        var state = Run(text, s_bans, Names, Descriptions);
        var mention = state.Mentions.Single();
        Assert.AreEqual(expected, mention.InstrumentId);
        Assert.AreEqual(surface, Surface(state, mention), ignoreCase: true);
        Assert.AreEqual(Confidence.DescribedByPurpose, mention.Confidence);
    }

    [TestMethod]
    // A proposal; words that go on to describe a treaty the description does not fit; a head no ban treaty has;
    // a thing no treaty bans; a year that is not the treaty's.
    [DataRow("We call for a convention banning glass weapons.")]
    [DataRow("The treaty prohibiting the emplacement of glass weapons on the sea-bed was signed.")]
    [DataRow("The protocol banning glass weapons was discussed.")]
    [DataRow("The convention banning torture must be respected.")]
    [DataRow("The 1975 convention banning glass weapons was discussed.")]
    public void Run_DescriptionThatPinsDownNoOneTreaty_GivesNothing(string text) =>
        Assert.AreEqual(0, Run(text, s_bans, Names, Descriptions).Mentions.Count);

    [TestMethod]
    public void Run_DescriptionWithTheTreatysYear_IsThatTreaty()
    {
        var state = Run("The 1990 convention banning glass weapons is universal.", s_bans, Names, Descriptions);
        Assert.AreEqual("GLASS", state.Mentions.Single().InstrumentId);
    }

    [TestMethod]
    public void Run_BuiltInCatalog_KnowsTheChemicalAndBiologicalWeaponsConventions()
    {
        var state = Run("The convention banning chemical weapons and the convention banning biological weapons were both recalled.", BuiltIn, Names, Descriptions);
        CollectionAssert.AreEqual(new[] { "CWC", "BWC" }, state.Mentions.Select(m => m.InstrumentId).ToArray());
    }

    [TestMethod]
    public void Extract_DescriptionThroughTheWholeExtractor_TakesThePlaceOfAShortForm()
    {
        // "the Treaty" alone would be read as the treaty named before; the description after it says which it is.
        const string text = "Tunisia acceded to the Non-Proliferation Treaty, the Treaty banning the development of biological weapons and the Convention on Cluster Munitions.";
        var citations = ExtractorFixture.Extract(text);
        CollectionAssert.AreEqual(new[] { "NPT", "BWC", "CCM" }, citations.Select(c => c.InstrumentId).ToArray(), string.Join("; ", citations.Select(c => $"{c.InstrumentId} '{c.Surface}'")));
        Assert.AreEqual("the Treaty banning the development of biological weapons", citations[1].Surface);
    }
}
