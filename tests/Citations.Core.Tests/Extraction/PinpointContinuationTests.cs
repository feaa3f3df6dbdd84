using static Citations.Core.Tests.Extraction.ExtractorFixture;

namespace Citations.Core.Tests.Extraction;

/// <summary>
/// A bare article that repeats the number of an article cited before goes on with that instrument only when its
/// own sentence names no other, or when it is a sub-division ("Article 4(A)(2)" after "Article 4 of GPW").
/// </summary>
[TestClass]
public sealed class PinpointContinuationTests
{
    private const string RomeFirst = "Ukraine accepted the jurisdiction of the Court under Article 12(3) of the Rome Statute. ";

    [TestMethod]
    public void Extract_WholeArticleInASentenceNamingAnotherInstrument_GoesToThatInstrument()
    {
        const string text = RomeFirst + "States parties to the ICESCR must realise the right to health (article 12).";
        CollectionAssert.AreEqual(new[] { "12" }, Articles(text, "ICESCR"));
        CollectionAssert.AreEqual(new[] { "12(3)" }, Articles(text, "ROME"));
    }

    [TestMethod]
    // Nothing else named in its sentence: the article goes on with the instrument cited before.
    public void Extract_WholeArticleInASentenceNamingNothing_GoesOnWithTheLastInstrument() =>
        CollectionAssert.AreEquivalent(new[] { "12", "12(3)" }, Articles(RomeFirst + "The declaration under article 12 was lodged in 2014.", "ROME"));

    [TestMethod]
    // A sub-division of an article cited for the last instrument goes on with it even past another name in its sentence.
    public void Extract_SubdivisionOfACitedArticle_GoesOnWithTheLastInstrument()
    {
        const string text = "Article 4 of the Geneva Convention relative to the Treatment of Prisoners of War sets the categories. The conditions of the Hague Convention IV are incorporated into Article 4(A)(2).";
        CollectionAssert.AreEquivalent(new[] { "4", "4(A)(2)" }, Articles(text, "GC-III"));
    }
}
