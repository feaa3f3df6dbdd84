using static Citations.Core.Tests.Extraction.ExtractorFixture;

namespace Citations.Core.Tests.Extraction;

/// <summary>
/// Agreements the General Debate cites by their common names: the 1954 Geneva Agreements on Indo-China, the
/// Munich Agreement and the second and third Lomé Conventions; their look-alikes keep their own keys.
/// </summary>
[TestClass]
public sealed class HistoricAgreementsCatalogTests
{
    [TestMethod]
    [DataRow("The Geneva Agreements of 1954 provided for elections throughout Viet-Nam.", "GENEVA-1954")]
    [DataRow("We call for a return to the 1954 Geneva Agreements on Indo-China.", "GENEVA-1954")]
    [DataRow("The lesson of the Munich Agreement is that appeasement fails.", "MUNICH-1938")]
    [DataRow("The ACP States signed the Lome III Convention in December 1984.", "LOME-III-1984")]
    [DataRow("The Second Lomé Convention improved the STABEX system.", "LOME-II-1979")]
    public void Extract_CommonName_IsTheAgreement(string text, string expected) =>
        CollectionAssert.AreEqual(new[] { expected }, Instruments(text));

    [TestMethod]
    [DataRow("The Geneva Accords on Afghanistan were signed in April 1988.", "GENEVA-AFGHANISTAN-1988")]
    [DataRow("All parties must respect the Geneva Conventions of 1949.", "GC-1949")]
    [DataRow("The Lomé Peace Agreement ended the war in Sierra Leone.", "LOME-1999")]
    [DataRow("The ACP-EEC Convention of Lomé was signed in 1975.", "LOME-1975")]
    public void Extract_LookAlike_KeepsItsOwnKey(string text, string expected) =>
        CollectionAssert.AreEqual(new[] { expected }, Recognised(text));

    [TestMethod]
    // A place, a meeting and a generic phrase are no agreement (extra-016).
    [DataRow("Munich must never be repeated.")]
    [DataRow("The Geneva Conference on Indo-China met in 1954.")]
    [DataRow("Lomé, the capital of Togo, hosted the summit.")]
    public void Extract_PlaceOrMeeting_GivesNothing(string text) =>
        Assert.AreEqual(0, Instruments(text).Length, string.Join(", ", Instruments(text)));
}
