using static Citations.Core.Tests.Extraction.ExtractorFixture;

namespace Citations.Core.Tests.Extraction;

/// <summary>
/// Instruments the General Debate names that the catalog lacked: the 1965 Convention on Transit Trade of
/// Land-locked States, the 1984 Nkomati Accord and the 2015 Mali peace agreement; the words they are built of say nothing alone.
/// </summary>
[TestClass]
public sealed class SpeechCatalogTests
{
    [TestMethod]
    [DataRow("Nepal became a party to the Convention on Transit Trade of Land-locked States in 1966.", "TRANSIT-TRADE-1965")]
    [DataRow("The Convention on Transit Trade of Landlocked States must be widely ratified.", "TRANSIT-TRADE-1965")]
    [DataRow("The Nkomati Accord was meant to end cross-border raids.", "NKOMATI-1984")]
    [DataRow("The signatory movements to the Agreement on Peace and Reconciliation in Mali met in Bamako.", "MALI-PEACE-2015")]
    [DataRow("We support the Agreement for Peace and Reconciliation in Mali resulting from the Algiers Process.", "MALI-PEACE-2015")]
    [DataRow("The Assembly adopted the Declaration on International Economic Cooperation at its eighteenth special session.", "A/RES/S-18/3")]
    [DataRow("An Agreement on Non-Aggression and Good Neighbourliness between Mozambique and South Africa was signed in March.", "NKOMATI-1984")]
    public void Extract_SpeechName_IsTheInstrument(string text, string expected) =>
        CollectionAssert.AreEqual(new[] { expected }, Recognised(text));

    [TestMethod]
    // The subject, the place and the meeting are no instrument.
    [DataRow("Transit trade of land-locked States deserves a new convention.")]
    [DataRow("Peace and reconciliation in Mali remain our priority.")]
    [DataRow("International economic cooperation is the answer to the debt crisis.")]
    [DataRow("The talks at Nkomati lasted for two days.")]
    [DataRow("The United Nations Conference on Transit Trade of Land-locked Countries met in New York.")]
    public void Extract_SubjectOrPlace_GivesNothing(string text) =>
        Assert.AreEqual(0, Instruments(text).Length, string.Join(", ", Instruments(text)));
}
