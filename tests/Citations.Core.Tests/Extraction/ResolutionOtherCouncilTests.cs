using static Citations.Core.Tests.Extraction.ExtractorFixture;

namespace Citations.Core.Tests.Extraction;

/// <summary>
/// "Council resolution 51/5": the Security Council never numbers its resolutions with a slash, so a slash
/// number given to "the Council" is another council's (the Human Rights Council's), and is left out like
/// that council's own; the Security Council's and the Assembly's forms keep their reading.
/// </summary>
[TestClass]
public sealed class ResolutionOtherCouncilTests
{
    [TestMethod]
    [DataRow("Human Rights Council resolution 47/16 and Council resolution 51/5 asked for reports.")]
    [DataRow("The Special Rapporteur, appointed under Council resolution 52/2, presented her findings.")]
    public void Extract_SlashNumberOfTheCouncil_IsLeftOut(string text) =>
        Assert.AreEqual(0, Instruments(text).Length, string.Join(", ", Instruments(text)));

    [TestMethod]
    [DataRow("The Council adopted resolution 2334 (2016) on settlements.", "S/RES/2334(2016)")]
    [DataRow("Security Council resolution 2231 endorsed the plan.", "S/RES/2231(2015)")]
    [DataRow("The Special Rapporteur recalled General Assembly resolution 60/147 on reparation.", "A/RES/60/147")]
    [DataRow("The Assembly adopted resolution 76/180 without a vote.", "A/RES/76/180")]
    public void Extract_CouncilOrAssemblyForms_KeepTheirReading(string text, string expected) =>
        CollectionAssert.Contains(Instruments(text), expected);
}
