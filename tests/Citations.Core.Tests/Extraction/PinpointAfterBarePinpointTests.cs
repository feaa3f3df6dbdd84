using static Citations.Core.Tests.Extraction.ExtractorFixture;

namespace Citations.Core.Tests.Extraction;

/// <summary>
/// An article right after its instrument's name ("The Rome Statute's article 8(2)(b)(ix)", "the Charter …,
/// Article 18") belongs to that name also when a bare article earlier in the text was given to another
/// instrument: the earlier pinpoint is not the name the later article follows.
/// </summary>
[TestClass]
public sealed class PinpointAfterBarePinpointTests
{
    private const string Earlier = "Under the UN Convention on the Rights of Persons with Disabilities (UNCRPD), Article 8 requires awareness-raising. ";

    [TestMethod]
    [DataRow(Earlier + "The Rome Statute's article 8(2)(b)(ix) makes attacks on schools a war crime.", "ROME", "8(2)(b)(ix)")]
    [DataRow(Earlier + "The European Convention on Human Rights, in Article 14, prohibits discrimination.", "ECHR", "14")]
    [DataRow(Earlier + "The Charter of Fundamental Rights, Article 26, says the same.", "EU-CHARTER", "26")]
    public void Extract_ArticleRightAfterItsName_AfterAnEarlierBareArticle_GoesToThatName(string text, string instrument, string expected) =>
        CollectionAssert.AreEqual(expected.Split(','), Articles(text, instrument));

    [TestMethod]
    [DataRow(Earlier + "The Rome Statute's article 8(2)(b)(ix) makes attacks on schools a war crime.")]
    [DataRow(Earlier + "The European Convention on Human Rights, in Article 14, prohibits discrimination.")]
    public void Extract_ArticleRightAfterAnotherName_TheEarlierInstrumentKeepsOnlyItsOwn(string text) =>
        CollectionAssert.AreEqual(new[] { "8" }, Articles(text, "CRPD"));

    [TestMethod]
    // A bare article with no name right before it still goes to the instrument the text is about.
    public void Extract_BareArticleAfterAnEarlierBareArticle_StaysWithTheInstrumentOfTheText() =>
        CollectionAssert.AreEqual(new[] { "12", "8" }, Articles(Earlier + "Article 12 guarantees legal capacity.", "CRPD"));
}
