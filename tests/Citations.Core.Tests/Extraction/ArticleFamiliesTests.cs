using static Citations.Core.Tests.Extraction.ExtractorFixture;

namespace Citations.Core.Tests.Extraction;

/// <summary>
/// How UN speeches cite articles, family by family: a chapter between the article and its instrument
/// ("Article 42 of Chapter VII of the Charter"), an article of some text the speaker owns or only points
/// at ("article 34 of our Constitution", "article 22 of its Covenant").
/// </summary>
[TestClass]
public sealed class ArticleFamiliesTests
{
    private const string CharterFirst = "We stand by the Charter of the United Nations. ";

    [TestMethod]
    public void Extract_ArticleOfChapterOfTheCharter_GoesToTheCharter() =>
        CollectionAssert.AreEqual(new[] { "42" }, Articles("The Council should take action under Article 42 of Chapter VII of the Charter to end the occupation.", "UN-CHARTER"));

    [TestMethod]
    public void Extract_ArticleWithParagraphOfChapterOfTheCharter_GoesToTheCharterWithItsParagraph() =>
        CollectionAssert.AreEqual(new[] { "1(1)" }, Articles("Article 1, paragraph 1, of Chapter I of the Charter of the United Nations states the first purpose.", "UN-CHARTER"));

    [TestMethod]
    // "of Chapter VII" with no instrument after it still belongs to the instrument the text is about.
    public void Extract_ArticleOfChapterWithNothingAfter_GoesToTheInstrumentInContext() =>
        CollectionAssert.AreEqual(new[] { "42" }, Articles(CharterFirst + "The Council may act under Article 42 of Chapter VII.", "UN-CHARTER"));

    [TestMethod]
    // A chapter of another text: "Article 3 of Chapter II of the Treaty of Amity" is that treaty's, not the Charter's.
    public void Extract_ArticleOfChapterOfAnUnnamedTreaty_IsNotTheCharters() =>
        CollectionAssert.AreEqual(Array.Empty<string>(), Articles(CharterFirst + "Article 3 of Chapter II of the Treaty of Amity of Ruritania sets the frontier.", "UN-CHARTER"));

    [TestMethod]
    public void Extract_ArticleOfOurConstitution_IsNotTheCharters() =>
        CollectionAssert.AreEqual(Array.Empty<string>(), Articles(CharterFirst + "That is why article 34 of our Constitution allows a transfer of sovereignty.", "UN-CHARTER"));

    [TestMethod]
    public void Extract_ArticleOfThePresentConstitution_IsNotTheCharters() =>
        CollectionAssert.AreEqual(Array.Empty<string>(), Articles(CharterFirst + "Article 5 of the present Constitution of Portugal forbids it.", "UN-CHARTER"));

    [TestMethod]
    public void Extract_ArticleOfItsStatute_IsNotTheCharters() =>
        CollectionAssert.AreEqual(Array.Empty<string>(), Articles(CharterFirst + "The Court ruled in disregard, to quote Article 38 of its Statute, of international conventions.", "UN-CHARTER"));

    [TestMethod]
    // The possessive before a name the catalog knows still reaches it.
    public void Extract_ArticlesOfItsCharter_GoToTheCharter() =>
        CollectionAssert.AreEqual(new[] { "1", "2" }, Articles("The purposes of the United Nations, as set forth in Articles 1 and 2 of its Charter, remain valid.", "UN-CHARTER"));

    [TestMethod]
    // The Charter numbers its articles 1, 2, 3: a speaker's "Article I" is its article 1.
    public void Extract_RomanArticleOfTheCharter_IsWrittenInArabic() =>
        CollectionAssert.AreEqual(new[] { "1(2)" }, Articles("Self-determination of peoples, as stated in Article I, paragraph 2, of the Charter of the United Nations, is a right.", "UN-CHARTER"));

    [TestMethod]
    public void Extract_RomanArticleOfTheParisAgreement_IsWrittenInArabic() =>
        CollectionAssert.AreEqual(new[] { "6" }, Articles("Cooperation under article VI of the Paris Agreement is a priority.", "PARIS"));

    [TestMethod]
    // A treaty numbered in Roman keeps it; an Arabic number written for it is turned to Roman as before.
    public void Extract_ArticlesOfTheNpt_StayRoman() =>
        CollectionAssert.AreEqual(new[] { "IV", "VI" }, Articles("We call for the implementation of article VI and article 4 of the Treaty on the Non-Proliferation of Nuclear Weapons.", "NPT"));

    [TestMethod]
    // "IIII" is no numeral: left as written rather than guessed.
    public void Extract_MalformedRomanArticleOfTheCharter_IsLeftAsWritten() =>
        CollectionAssert.AreEqual(new[] { "IIII" }, Articles("The text of Article IIII of the Charter of the United Nations does not exist.", "UN-CHARTER"));

    [TestMethod]
    // The Treaty on Open Skies numbers in Roman and its record does not say: its "Article XV" is kept.
    public void Extract_RomanArticleOfAnInstrumentSilentOnNumbering_IsKept() =>
        CollectionAssert.AreEqual(new[] { "XV" }, Articles("The United States invoked Article XV of the Treaty on Open Skies.", "OPEN-SKIES"));

    [TestMethod]
    [DataRow("The Organization has an obligation, according to the very first Article of the Charter of the United Nations, to act.", "UN-CHARTER", "1")]
    [DataRow("The first article of the Universal Declaration of Human Rights begins with dignity.", "UDHR", "1")]
    [DataRow("The purposes put before Member States in the first two articles of the Charter of the United Nations remain.", "UN-CHARTER", "1,2")]
    [DataRow("The fourth article of the Convention on the Rights of the Child speaks of measures.", "CRC", "4")]
    public void Extract_OrdinalArticleOfANamedInstrument_IsThatArticle(string text, string instrument, string articles) =>
        CollectionAssert.AreEqual(articles.Split(','), Articles(text, instrument));

    [TestMethod]
    // With no instrument named with it, "the first article" is not guessed from context: it may be a newspaper's.
    public void Extract_OrdinalArticleWithNothingNamed_IsNotRecorded() =>
        CollectionAssert.AreEqual(Array.Empty<string>(), Articles(CharterFirst + "In his first article in The Times he wrote of the war.", "UN-CHARTER"));

    [TestMethod]
    [DataRow("The second two articles of the Charter of the United Nations are short.")]
    [DataRow("The first articles of the Charter of the United Nations set its purposes.")]
    [DataRow("The firstarticle of the Charter of the United Nations is long.")]
    // A count from an article other than the first, a plural without a count, or no space: not read.
    public void Extract_OrdinalWithoutAReadableCount_IsNotRecorded(string text) =>
        CollectionAssert.AreEqual(Array.Empty<string>(), Articles(text, "UN-CHARTER"));

    [TestMethod]
    // A text kept with its line layout: the break inside the sentence does not end it, so the Charter named later in it is found.
    public void Extract_BareArticleInASentenceWrappedOverLines_GoesToTheInstrumentLaterInIt() =>
        CollectionAssert.AreEqual(new[] { "1" }, Articles("The Organization, in pursuit of the purposes stated in Article 1, must act and be seen\nto act in accordance with the principles of the Charter of the United Nations.", "UN-CHARTER"));

    [TestMethod]
    // A break after a stop still ends the sentence: the next paragraph's instrument is not the bare article's.
    public void Extract_BareArticleBeforeAParagraphBreak_IsNotGivenTheNextParagraphsInstrument() =>
        CollectionAssert.AreEqual(Array.Empty<string>(), Articles("The purposes are stated in Article 1:\nThe Charter of the United Nations was signed in 1945.", "UN-CHARTER"));

    [TestMethod]
    [DataRow("We invoke article 1 common to the two International Covenants on Human Rights.")]
    [DataRow("Self-determination is proclaimed in article 1 of the two International Covenants on Human Rights.")]
    // One phrase naming both Covenants: the article is each Covenant's.
    public void Extract_ArticleOfThePairOfCovenants_IsBothCovenants(string text)
    {
        CollectionAssert.AreEqual(new[] { "1" }, Articles(text, "ICCPR"));
        CollectionAssert.AreEqual(new[] { "1" }, Articles(text, "ICESCR"));
    }

    [TestMethod]
    // One Covenant named: the other gets nothing.
    public void Extract_ArticleOfOneCovenant_IsNotTheOthers()
    {
        const string text = "Article 41 of the International Covenant on Civil and Political Rights provides for communications between States.";
        CollectionAssert.AreEqual(new[] { "41" }, Articles(text, "ICCPR"));
        CollectionAssert.AreEqual(Array.Empty<string>(), Articles(text, "ICESCR"));
    }

    [TestMethod]
    // "common to" a text the catalog does not name is no instrument's article.
    public void Extract_ArticleCommonToAnUnnamedText_IsNotTheCharters() =>
        CollectionAssert.AreEqual(Array.Empty<string>(), Articles(CharterFirst + "The clause is article 3 common to the Bilateral Accords of Ruritania.", "UN-CHARTER"));

    [TestMethod]
    // The Covenant is named only inside the protocol's title, and "the Covenant" after it is that parent.
    public void Extract_ArticleOfTheParentAfterItsProtocol_GoesToTheParent() =>
        CollectionAssert.AreEqual(new[] { "41" }, Articles("Italy ratified the two International Covenants on Human Rights and the Optional Protocol to the International Covenant on Civil and Political Rights and accepted the clause in article 41 of the Covenant concerning communications.", "ICCPR"));

    [TestMethod]
    // A noun the parent's title does not hold is some other text's.
    public void Extract_ArticleOfAnotherNounAfterAProtocol_IsNotTheParents() =>
        CollectionAssert.AreEqual(Array.Empty<string>(), Articles("Italy ratified the Optional Protocol to the International Covenant on Civil and Political Rights under article 41 of the Constitution of Italy.", "ICCPR"));

    [TestMethod]
    // The protocol named in an earlier sentence does not lend its parent.
    public void Extract_ArticleOfTheParentAfterAProtocolInAnEarlierSentence_IsNotRecorded() =>
        CollectionAssert.AreEqual(Array.Empty<string>(), Articles("Italy ratified the Optional Protocol to the International Covenant on Civil and Political Rights. The clause in article 41 of the Covenant of Ruritania is another.", "ICCPR"));
}
