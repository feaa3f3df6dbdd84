using static Citations.Core.Tests.Extraction.ExtractorFixture;

namespace Citations.Core.Tests.Extraction;

/// <summary>Articles listed before the one that names their instrument, and sub-paragraph letters written apart.</summary>
[TestClass]
public sealed class PinpointListTests
{
    [TestMethod]
    [DataRow("According to Article 1, paragraph 2, and Article 55 of the United Nations Charter, peoples may determine their status. The Vienna Convention on the Law of Treaties also applies.", "UN-CHARTER", "1(2),55")]
    [DataRow("Articles 9 and article 14 of the International Covenant on Civil and Political Rights were invoked.", "ICCPR", "14,9")]
    [DataRow("The Special Committee on Information transmitted under Article 73 e of the Charter met.", "UN-CHARTER", "73(e)")]
    [DataRow("Information under Article 73 e, which the Charter of the United Nations requires, was sent.", "UN-CHARTER", "73(e)")]
    public void Extract_ArticlesInAList_GoToTheInstrumentNamedAfterTheLast(string text, string instrument, string expected) =>
        CollectionAssert.AreEqual(expected.Split(','), Articles(text, instrument));

    [TestMethod]
    // The list is joined to the next article only by "and"; a full stop or other words break it.
    [DataRow("Article 3 was cited. Article 55 of the United Nations Charter was cited too.", "UN-CHARTER", "55")]
    // "a" here is the article's word, not a sub-paragraph.
    [DataRow("Under Article 2 a State may act; the Charter of the United Nations says so.", "UN-CHARTER", "2")]
    public void Extract_ArticlesNotJoined_KeepTheirOwnReading(string text, string instrument, string expected) =>
        CollectionAssert.AreEqual(expected.Split(','), Articles(text, instrument));
}
