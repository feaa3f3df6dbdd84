using static Citations.Core.Tests.Extraction.ExtractorFixture;

namespace Citations.Core.Tests.Extraction.Passes;

/// <summary>
/// An unnamed amendment or protocol ("a ground-breaking amendment to the Montreal Protocol") is no
/// instrument of its own, but the instrument inside it is named and counts (extra-068).
/// </summary>
[TestClass]
public sealed class IndefiniteOuterTitlePassTests
{
    [TestMethod]
    [DataRow("Delegates will gather in Kigali to consider a ground-breaking amendment to the Montreal Protocol on the Ozone Layer.", "MONTREAL")]
    [DataRow("The parties agreed to a ground-breaking amendment to the Montreal Protocol on Substances that Deplete the Ozone Layer.", "MONTREAL")]
    [DataRow("We welcome an amendment to the Montreal Protocol to phase down hydrofluorocarbons.", "MONTREAL")]
    [DataRow("We call for an optional protocol to the Convention against Torture on corporal punishment.", "CAT")]
    [DataRow("Work should begin on a protocol to the United Nations Framework Convention on Climate Change.", "UNFCCC")]
    [DataRow("Some States proposed an additional protocol to the European Convention on Human Rights.", "ECHR")]
    public void Extract_IndefiniteAmendmentOrProtocol_GivesTheInstrumentInside(string text, string expected) =>
        CollectionAssert.AreEqual(new[] { expected }, Instruments(text));

    [TestMethod]
    // Named titles keep their reading and do not list the parent inside them (rule 7).
    [DataRow("The Kigali Amendment to the Montreal Protocol phases down HFCs.", "MONTREAL-KIGALI-2016")]
    [DataRow("Amnesty urges all States to ratify the Optional Protocol to the Convention against Torture.", "OPCAT")]
    [DataRow("The State ratified the Optional Protocol to the Convention on the Rights of Persons with Disabilities.", "CRPD-OP")]
    public void Extract_NamedAmendmentOrProtocol_KeepsItsOwnReading(string text, string expected) =>
        CollectionAssert.AreEqual(new[] { expected }, Instruments(text));

    [TestMethod]
    // The inner words name nothing: nothing is reported.
    [DataRow("A protocol to the agreement was signed by the two ministries.")]
    [DataRow("An amendment to the law on assemblies was adopted.")]
    // "the Covenant" with no covenant named before it is left out, inside the phrase as outside.
    [DataRow("They call for an optional protocol to the Covenant.")]
    // A capitalised "Protocol" after "a" is the text's own use, not this family, and the lower-case phrase needs the article.
    [DataRow("States negotiated amendments to the rules of procedure.")]
    public void Extract_IndefiniteAmendmentWithNothingNamedInside_GivesNothing(string text) =>
        Assert.AreEqual(0, Instruments(text).Length, string.Join(", ", Instruments(text)));
}
