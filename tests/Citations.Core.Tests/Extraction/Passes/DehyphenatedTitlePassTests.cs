using static Citations.Core.Tests.Extraction.ExtractorFixture;

namespace Citations.Core.Tests.Extraction.Passes;

/// <summary>
/// A title with a word broken by a hyphen whose line break the copy lost is the catalogued title, not an
/// uncatalogued one; a title that stays unknown when the word is whole stays uncatalogued.
/// </summary>
[TestClass]
public sealed class DehyphenatedTitlePassTests
{
    [TestMethod]
    [DataRow("Romania recalls the Declaration on the Strengthening of Inter-national Security adopted in 1970.", "A/RES/2734(XXV)")]
    [DataRow("DAAG Downing signed the Second Addi-tional Protocol to the Co-nvention on Cybercrime on behalf of the U.S. government.", "BUDAPEST-CYBERCRIME-P2")]
    public void Extract_TitleWithABrokenWord_IsTheCataloguedTitle(string text, string expected)
    {
        var found = Extract(text);
        CollectionAssert.AreEqual(new[] { expected }, found.Select(c => c.InstrumentId).Distinct().ToArray());
        Assert.IsTrue(found.All(c => c.Catalogued));
    }

    [TestMethod]
    // Joined, the words name no catalogued title: still reported, uncatalogued, never as a catalogued one.
    [DataRow("Suriname signed the Treaty on Develop-ment Co-operation with the Netherlands.")]
    [DataRow("Ecuador recalled the Treaty for Andean Riverine Co-operation of 1978 and the Agree-ment on fisheries.")]
    public void Extract_BrokenWordInATitleTheCatalogLacks_StaysUncatalogued(string text)
    {
        var found = Extract(text);
        Assert.IsTrue(found.Count > 0 && found.All(c => !c.Catalogued), string.Join(", ", found.Select(c => c.InstrumentId)));
    }

    [TestMethod]
    // A real hyphen in a catalogued title keeps its exact reading.
    public void Extract_HyphenThatBelongsToTheTitle_IsTheExactTitle() =>
        CollectionAssert.AreEqual(new[] { 1.0 }, Extract("The Inter-American Convention on Letters Rogatory governs service in Mexico.").Select(c => c.Confidence).ToArray());
}
