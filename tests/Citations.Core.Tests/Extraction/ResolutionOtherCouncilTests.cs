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
    [DataRow("ECOSOC resolution 1996/31 governs the consultative status of NGOs.", "E/RES/1996/31")]
    [DataRow("Economic and Social Council resolutions 2011/4 and 2013/12 were recalled.", "E/RES/2011/4,E/RES/2013/12")]
    public void Extract_EconomicAndSocialCouncilYearForm_IsItsResolution(string text, string expected) =>
        CollectionAssert.AreEqual(expected.Split(','), Instruments(text));

    [TestMethod]
    // The year form with no council named, a year before the Council numbered so, and the Human Rights Council's own form.
    [DataRow("The Council adopted resolution 2011/4 on that question.")]
    [DataRow("ECOSOC resolution 1975/12 was recalled.")]
    [DataRow("Human Rights Council resolutions 16/18 and S-29/1 were adopted by consensus.")]
    public void Extract_YearFormNotTheEconomicAndSocialCouncils_IsLeftOut(string text) =>
        Assert.AreEqual(0, Instruments(text).Length, string.Join(", ", Instruments(text)));

    [TestMethod]
    [DataRow("The Council adopted resolution 2334 (2016) on settlements.", "S/RES/2334(2016)")]
    [DataRow("Security Council resolution 2231 endorsed the plan.", "S/RES/2231(2015)")]
    [DataRow("The Special Rapporteur recalled General Assembly resolution 60/147 on reparation.", "A/RES/60/147")]
    [DataRow("The Assembly adopted resolution 76/180 without a vote.", "A/RES/76/180")]
    public void Extract_CouncilOrAssemblyForms_KeepTheirReading(string text, string expected) =>
        CollectionAssert.Contains(Instruments(text), expected);
}
