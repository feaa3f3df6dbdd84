using Citations.Core.Extraction;
using static Citations.Core.Tests.Extraction.ExtractorFixture;

namespace Citations.Core.Tests.Extraction;

/// <summary>
/// Where an article pinpoint belongs when the instrument it first looks to cannot hold it: an article beyond the
/// instrument's last (<see cref="Instrument.ArticleCount"/>) is not that instrument's, and attachment goes on to
/// the next candidate.
/// </summary>
[TestClass]
public sealed class ArticleAttachmentTests
{
    private const string Npt = "The Treaty on the Non-Proliferation of Nuclear Weapons is key.\n\n";

    [TestMethod]
    public void BuiltIn_InstrumentsCitedWithArticles_StateTheirLastArticle()
    {
        Assert.AreEqual(111, InstrumentCatalog.BuiltIn.Find("UN-CHARTER")!.ArticleCount);
        Assert.AreEqual(11, InstrumentCatalog.BuiltIn.Find("NPT")!.ArticleCount);
        Assert.AreEqual(63, InstrumentCatalog.BuiltIn.Find("GC-II")!.ArticleCount);
        // Not stated: nothing is assumed.
        Assert.IsNull(InstrumentCatalog.BuiltIn.Find("HAGUE-IV-1907")!.ArticleCount);
    }

    [TestMethod]
    public void Load_ArticleCount_IsRead()
    {
        var catalog = InstrumentCatalog.FromJson("""
            {"instruments": [{"id": "X1", "title": "Some Treaty", "kind": "treaty", "adopted": "1999-01-01", "names": ["Some Treaty"], "articleCount": 12}]}
            """);
        Assert.AreEqual(12, catalog.Find("X1")!.ArticleCount);
    }

    [TestMethod]
    [DataRow("0")]
    [DataRow("-3")]
    [DataRow("2.5")]
    [DataRow("\"12\"")]
    [DataRow("null")]
    public void Load_ArticleCountNotAPositiveWholeNumber_IsRefusedWithItsField(string value)
    {
        var json = """{"instruments": [{"id": "X1", "title": "Some Treaty", "kind": "treaty", "adopted": "1999-01-01", "names": ["Some Treaty"], "articleCount": """
                   + value + "}]}";
        var error = Assert.ThrowsExactly<CitationsException>(() => InstrumentCatalog.FromJson(json));
        StringAssert.Contains(error.Message, "articleCount");
    }

    [TestMethod]
    public void Extract_BareArticleBeyondTheLastOfTheInstrumentNamedBefore_IsNotThatInstruments()
    {
        Assert.IsEmpty(Articles(Npt + "Article 51 must guide us all.", "NPT"));
    }

    [TestMethod]
    public void Extract_BareArticleWithinTheInstrumentNamedBefore_StaysWithIt() =>
        CollectionAssert.AreEqual(new[] { "VI" }, Articles(Npt + "Article 6 must guide us all.", "NPT"));

    [TestMethod]
    public void Extract_BareArticleBeyondTheLastOfTheNearestName_GoesToTheOneNamedBeforeIt()
    {
        const string text = "The Charter of the United Nations binds us. The Treaty on the Non-Proliferation of Nuclear Weapons is key. Article 51 applies.";
        CollectionAssert.AreEqual(new[] { "51" }, Articles(text, "UN-CHARTER"));
        Assert.IsEmpty(Articles(text, "NPT"));
    }

    [TestMethod]
    // Roman numerals are compared as numbers: article XIX is beyond the eleven of the NPT, article XI is not.
    [DataRow("Article XIX applies.", "")]
    [DataRow("Article XI applies.", "XI")]
    public void Extract_RomanArticle_ComparedAsANumber(string sentence, string expected) =>
        CollectionAssert.AreEqual(expected.Length == 0 ? Array.Empty<string>() : expected.Split(','), Articles(Npt + sentence, "NPT"));

    [TestMethod]
    public void Extract_ArticleContinuingTheLastCitedInstrumentBeyondItsLast_GoesToTheNearestThatHoldsIt()
    {
        // The Atlantic Charter's eight points after "Articles 55 and 56": the later bare "Article 24" is the UN Charter's.
        const string text = "The Atlantic Charter of 1941 had eight points. Article 5 of the Atlantic Charter spoke of economic co-operation. "
                            + "The Charter of the United Nations is quite explicit. Under Article 24, the Members confer responsibility on the Council.";
        CollectionAssert.AreEqual(new[] { "5" }, Articles(text, "ATLANTIC-CHARTER"));
        CollectionAssert.AreEqual(new[] { "24" }, Articles(text, "UN-CHARTER"));
    }

    [TestMethod]
    public void Extract_ArticleNamedWithAnInstrumentBeyondItsLast_IsLeftOutButTheNameStays()
    {
        var citations = Extract("Article 51 of the Treaty on the Non-Proliferation of Nuclear Weapons is cited.");
        Assert.AreEqual("NPT", citations.Single().InstrumentId);
        Assert.IsEmpty(citations.Single().Provisions);
    }

    [TestMethod]
    public void Extract_ArticleNamedWithAnInstrumentWithoutACount_IsAttachedWhateverItsNumber() =>
        CollectionAssert.AreEqual(new[] { "951" }, Articles("Article 951 of the Hague Convention (IV) respecting the Laws and Customs of War on Land is cited.", "HAGUE-IV-1907"));
}
