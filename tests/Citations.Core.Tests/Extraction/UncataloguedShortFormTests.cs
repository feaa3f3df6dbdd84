using static Citations.Core.Tests.Extraction.ExtractorFixture;

namespace Citations.Core.Tests.Extraction;

/// <summary>
/// A short form after a title the catalog lacks ("The Extradition Treaty between the United States and Mexico
/// … Article 10 of the Treaty") means that uncatalogued treaty, not an older catalogued one: it is left
/// unresolved (and `unknowns` lists it), and its article goes nowhere rather than to the wrong treaty.
/// </summary>
[TestClass]
public sealed class UncataloguedShortFormTests
{
    private const string Text = "Article 17 of the Warsaw Convention imposes liability. The Extradition Treaty between the United States and Mexico, May 4, 1978, governs. Under Article 10 of the Treaty, the request must be accompanied by evidence.";

    [TestMethod]
    public void Extract_ShortFormAfterUncataloguedTitle_IsNotResolvedToAnOlderTreaty() =>
        Assert.IsFalse(Extract(Text).Any(c => c.Surface == "the Treaty"), string.Join(", ", Extract(Text).Select(c => $"{c.Surface} {c.InstrumentId}")));

    [TestMethod]
    public void Extract_ShortFormAfterUncataloguedTitle_TheOlderInstrumentKeepsOnlyItsOwnArticle() =>
        CollectionAssert.AreEqual(new[] { "17" }, Articles(Text, "WARSAW"));

    [TestMethod]
    // A title of another head noun does not take the short form: "the Convention" still goes back to the Warsaw Convention.
    public void Extract_UncataloguedTitleOfAnotherHead_DoesNotTakeTheShortForm() =>
        CollectionAssert.AreEqual(new[] { "17", "22" }, Articles("Article 17 of the Warsaw Convention imposes liability. The Extradition Treaty between the United States and Mexico governs. Article 22 of the Convention caps damages.", "WARSAW"));

    [TestMethod]
    // A catalogued treaty named after the uncatalogued one is the nearest again.
    public void Extract_CataloguedTreatyNamedAfterTheUncatalogued_TakesTheShortForm() =>
        CollectionAssert.AreEqual(new[] { "VI" }, Articles("The Extradition Treaty between the United States and Mexico governs. The Treaty on the Non-Proliferation of Nuclear Weapons was also invoked, and Article VI of the Treaty in particular.", "NPT"));
}
