using static Citations.Core.Tests.Extraction.ExtractorFixture;

namespace Citations.Core.Tests.Extraction;

/// <summary>
/// A short form after a title the catalog lacks ("The Extradition Treaty between the United States and Mexico
/// … Article 10 of the Treaty") is that uncatalogued treaty, not an older catalogued one.
/// </summary>
[TestClass]
public sealed class UncataloguedShortFormTests
{
    private const string Text = "Article 17 of the Warsaw Convention imposes liability. The Extradition Treaty between the United States and Mexico, May 4, 1978, governs. Under Article 10 of the Treaty, the request must be accompanied by evidence.";

    [TestMethod]
    public void Extract_ShortFormAfterUncataloguedTitle_IsThatTitle()
    {
        var treaty = Extract(Text).Where(c => c.Surface == "the Treaty").ToList();
        Assert.AreEqual(1, treaty.Count);
        Assert.IsFalse(treaty[0].Catalogued);
        Assert.AreEqual("The Extradition Treaty between the United States and Mexico", treaty[0].Title);
        CollectionAssert.AreEqual(new[] { "10" }, treaty[0].Provisions.ToArray());
    }

    [TestMethod]
    public void Extract_ShortFormAfterUncataloguedTitle_TheOlderInstrumentKeepsOnlyItsOwnArticle() =>
        CollectionAssert.AreEqual(new[] { "17" }, Articles(Text, "WARSAW"));

    [TestMethod]
    // A title of another head noun does not take the short form: "the Convention" still goes back to the Warsaw Convention.
    public void Extract_UncataloguedTitleOfAnotherHead_DoesNotTakeTheShortForm() =>
        CollectionAssert.AreEqual(new[] { "17", "22" }, Articles("Article 17 of the Warsaw Convention imposes liability. The Extradition Treaty between the United States and Mexico governs. Article 22 of the Convention caps damages.", "WARSAW"));
}
