using static Citations.Core.Tests.Extraction.ExtractorFixture;

namespace Citations.Core.Tests.Extraction;

/// <summary>U.S. legal style writes article ranges with "through": "Articles 17 through 19 of the Warsaw Convention".</summary>
[TestClass]
public sealed class ArticleRangeThroughTests
{
    [TestMethod]
    [DataRow("Articles 17 through 19 of the Warsaw Convention govern the carrier's liability.", "WARSAW", "17,18,19")]
    // A long range gives its ends, as "to" does.
    [DataRow("The Vienna Convention on Consular Relations applies. The Protocol incorporates Articles 2 through 34 of the 1951 Convention Relating to the Status of Refugees.", "REFUGEE-1951", "2,34")]
    public void Extract_RangeWithThrough_GoesToTheInstrumentNamedAfter(string text, string instrument, string expected) =>
        CollectionAssert.AreEquivalent(expected.Split(','), Articles(text, instrument));

    [TestMethod]
    // The range belongs to the Refugee Convention named after it, not to the instrument the text named before.
    public void Extract_RangeWithThrough_TheInstrumentBeforeTakesNoArticle() =>
        Assert.AreEqual(0, Articles("The Vienna Convention on Consular Relations applies. The Protocol incorporates Articles 2 through 34 of the 1951 Convention Relating to the Status of Refugees.", "VCCR").Length);

    [TestMethod]
    // "through" followed by words is not a range.
    public void Extract_ThroughFollowedByWords_KeepsTheOneArticle() =>
        CollectionAssert.AreEqual(new[] { "36" }, Articles("Under Article 36 through diplomatic channels, the Vienna Convention on Consular Relations requires notification.", "VCCR"));
}
