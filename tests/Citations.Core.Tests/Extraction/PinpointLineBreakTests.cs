using static Citations.Core.Tests.Extraction.ExtractorFixture;

namespace Citations.Core.Tests.Extraction;

/// <summary>
/// Texts kept with their line breaks (Federal Register, CRS reports, slip opinions) break a pinpoint's link
/// between "of the" and the title: the article still goes to the instrument named on the next line.
/// </summary>
[TestClass]
public sealed class PinpointLineBreakTests
{
    [TestMethod]
    [DataRow("Meeting Its Commitment to Article VI of the\nTreaty on the Non-Proliferation of Nuclear Weapons\n\nApril 2000", "NPT", "VI")]
    [DataRow("Meeting Its Commitment to Article VI of the \nTreaty on the Non-Proliferation of Nuclear Weapons", "NPT", "VI")]
    [DataRow("The Court relied on Article 31 of\nthe Vienna Convention on Diplomatic Relations.", "VCDR", "31")]
    [DataRow("as required by article 36 of the\n    Vienna Convention on Consular Relations, the officers", "VCCR", "36")]
    public void Extract_LineBreakInsideTheLink_ArticleGoesToTheNextLine(string text, string instrument, string expected) =>
        CollectionAssert.AreEqual(expected.Split(','), Articles(text, instrument));

    [TestMethod]
    // A line break after "of the" does not carry the article past a paragraph of other words to a later name.
    [DataRow("Article VI of the\nUnited States Constitution makes treaties supreme law. The Treaty on the Non-Proliferation of Nuclear Weapons was ratified in 1970.", "NPT")]
    public void Extract_LineBreakBeforeAnotherTitle_ArticleStaysAway(string text, string instrument) =>
        Assert.AreEqual(0, Articles(text, instrument).Length);
}
