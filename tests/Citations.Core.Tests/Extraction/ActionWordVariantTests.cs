using static Citations.Core.Tests.Extraction.ExtractorFixture;

namespace Citations.Core.Tests.Extraction;

/// <summary>
/// A title with one action word swapped for another ("Eradication" for "Elimination", "to Prohibit" for "on the
/// Prohibition of") still means the instrument with that subject (ApproximateTitleMatcher).
/// </summary>
[TestClass]
public sealed class ActionWordVariantTests
{
    [TestMethod]
    [DataRow("We ratified the Convention on the Eradication of All Forms of Discrimination against Women last year.", "CEDAW")]
    [DataRow("Our parliament approved the Treaty to Prohibit Nuclear Weapons in 2019.", "TPNW")]
    [DataRow("Banks must apply the International Convention for the Prevention of the Financing of Terrorism.", "TERRORISM-FINANCING-1999")]
    [DataRow("The International Convention on the Prevention of All Forms of Racial Discrimination is universal.", "ICERD")]
    public void Extract_TitleWithAnotherActionWord_IsTheInstrument(string text, string expected)
    {
        var citation = Extract(text).Single();
        Assert.AreEqual(expected, citation.InstrumentId);
        Assert.IsTrue(citation.Confidence < 1.0, "a title not written as catalogued carries lower confidence");
    }

    [TestMethod]
    public void Extract_ActionSwapWithOtherChanges_IsAVariantNotReportedAsUncatalogued()
    {
        var citations = Extract("The senator praised the Convention to Stop All Forms of Discrimination Against Women.");
        Assert.IsFalse(citations.Any(c => !c.Catalogued), string.Join(", ", citations.Select(c => c.InstrumentId)));
    }

    [TestMethod]
    // The subject decides: another subject with the same action is another instrument.
    [DataRow("They proposed a Convention on the Elimination of Nuclear Weapons Testing in the Pacific.", "TPNW")]
    [DataRow("The International Convention for the Prevention of Pollution of the Sea by Oil dates from 1954.", "TERRORISM-FINANCING-1999")]
    [DataRow("We support an International Convention on the Eradication of Poverty in Rural Areas.", "CEDAW")]
    public void Extract_SameActionOtherSubject_IsNotThatInstrument(string text, string notExpected) =>
        CollectionAssert.DoesNotContain(Instruments(text), notExpected);
}
