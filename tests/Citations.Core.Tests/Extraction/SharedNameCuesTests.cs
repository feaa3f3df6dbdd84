using static Citations.Core.Tests.Extraction.ExtractorFixture;

namespace Citations.Core.Tests.Extraction;

/// <summary>
/// Names two instruments answer to, decided by the words around them: "the Treaty of Rome" (the EEC Treaty, or the
/// Statute of the International Criminal Court), "the Cessation of Hostilities Agreement" (Ethiopia and Eritrea in
/// 2000, or Ethiopia and the TPLF in 2022, which is not an instrument).
/// </summary>
[TestClass]
public sealed class SharedNameCuesTests
{
    [TestMethod]
    [DataRow("Under article 238 of the Treaty of Rome the European Economic Community may conclude association agreements.", "TFEU")]
    [DataRow("The Treaty of Rome gave the International Criminal Court jurisdiction over war crimes.", "ROME")]
    [DataRow("UNMEE will stay until the border is demarcated, as the Cessation of Hostilities Agreement provides in article 5.", "ERITREA-ETHIOPIA-CESSATION-2000")]
    public void Extract_SharedNameWithCues_IsTheCuedInstrument(string text, string expected) =>
        CollectionAssert.AreEqual(new[] { expected }, Instruments(text));

    [TestMethod]
    public void Extract_SharedNameWithCuesOfTheEntryNotAnInstrument_IsRecognisedButNotReported()
    {
        const string text = "In Tigray the guns fell silent after the Cessation of Hostilities Agreement signed in Pretoria.";
        CollectionAssert.AreEqual(new[] { "PRETORIA-COHA-2022" }, Recognised(text));
        Assert.AreEqual(0, Instruments(text).Length);
    }

    [TestMethod]
    // No cue, or cues for both: left out.
    [DataRow("The Treaty of Rome was signed long ago and is still in force.")]
    [DataRow("The European Economic Community and the International Criminal Court both trace back to a Treaty of Rome.")]
    [DataRow("Both sides signed a Cessation of Hostilities Agreement last week.")]
    public void Extract_SharedNameNotDecided_GivesNothing(string text) =>
        Assert.AreEqual(0, Recognised(text).Length, string.Join(", ", Recognised(text)));
}
