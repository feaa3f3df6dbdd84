using static Citations.Core.Tests.Extraction.ExtractorFixture;

namespace Citations.Core.Tests.Extraction;

[TestClass]
public sealed class PinpointTests
{
    [TestMethod]
    [DataRow("as stated in articles 2, 17 and 19 of the International Covenant on Civil and Political Rights.", "ICCPR", "17,19,2")]
    [DataRow("the right to life under article 6 (1) of the ICCPR is non-derogable", "ICCPR", "6(1)")]
    [DataRow("as set out in paragraph 1 of article 1 of the International Convention on the Elimination of All Forms of Racial Discrimination", "ICERD", "1(1)")]
    [DataRow("as sanctioned by paragraph 7 of Article 2 of the Charter of the United Nations.", "UN-CHARTER", "2(7)")]
    [DataRow("it did not just violate Article 2, paragraph 4 of the Charter.", "UN-CHARTER", "2(4)")]
    [DataRow("France is violating in particular article 9. paragraphs 1 and 2. of the 1961 Vienna Convention on Diplomatic Relations.", "VCDR", "9(1),9(2)")]
    [DataRow("Article X of the NPT stipulates that each party shall have the right to withdraw.", "NPT", "X")]
    [DataRow("The nuclear Powers, in article VI of the Treaty on the Non-Proliferation of Nuclear Weapons, have accepted a commitment.", "NPT", "VI")]
    [DataRow("Article Two of the UN Charter is categorical.", "UN-CHARTER", "2")]
    [DataRow("We must implement Article 6.2 of the Paris Agreement.", "PARIS", "6(2)")]
    [DataRow("Article 1.2 of the United Nations Protocol Relating to the Status of Refugees defines a refugee.", "REFUGEE-1967", "I(2)")]
    [DataRow("The Military Commissions Act defines certain prohibitions of Common Article 3 for United States law.", "GC-1949", "3")]
    [DataRow("freedom of expression, Art. 19(3) of the ICCPR permits restrictions", "ICCPR", "19(3)")]
    [DataRow("A guarantee was written into the Charter in Article 2, paragraph 7.", "UN-CHARTER", "2(7)")]
    public void Extract_Pinpoint_IsAttachedToItsInstrument(string text, string instrument, string articles)
    {
        CollectionAssert.AreEqual(articles.Split(','), Articles(text, instrument));
    }

    [TestMethod]
    public void Extract_BareArticles_GoToTheInstrumentLastCitedWithAnArticle()
    {
        const string text = "the Taliban are not entitled to status under Article 4 of the 1949 Geneva Convention (III) Relative to the Treatment of Prisoners of War ('GPW'). " +
                            "The Taliban militia cannot meet the requirements of Article 4(A)(2), because it fails the conditions of Article 1 of the Annex to the 1907 Hague Convention (IV) Respecting the Laws and Customs of War on Land. " +
                            "Neither Article 4(A)(I) nor Article 4(A)(3) apply, and the conditions in the Hague Convention also govern Article 4(A)(l) and (3) determinations. There is no need to convene a tribunal under Article 5.";
        CollectionAssert.AreEqual(new[] { "4", "4(A)(1)", "4(A)(2)", "4(A)(3)", "5" }, Articles(text, "GC-III"));
        Assert.AreEqual(0, Articles(text, "HAGUE-IV-1907").Length, "an article of the Annex is not recorded against the Convention");
    }

    [TestMethod]
    public void Extract_ArticleBeforeItsInstrumentInTheSentence_IsAttached()
    {
        const string text = "Moreover, Article 109, paragraph 2, says clearly that the Charter adopted at San Francisco may not be altered. The authors of this proposal for the reviewing of Article 27 know it.";
        CollectionAssert.AreEqual(new[] { "109(2)", "27" }, Articles(text, "UN-CHARTER"));
    }

    [TestMethod]
    public void Extract_DefinedTermThenArticle_IsAttached()
    {
        const string text = "pursuant to the Hague Convention on the Civil Aspects of International Child Abduction, Oct. 25, 1980, 19 I.L.M. 1501 (1980) (the \"Convention\"), and its implementing legislation. (quoting Convention, Art. 13b).";
        CollectionAssert.AreEqual(new[] { "13(b)" }, Articles(text, "HAGUE-1980"));
    }

    [TestMethod]
    public void Extract_ArticleOfDomesticLaw_IsNotRecorded()
    {
        const string text = "The Convention against Torture applies. Under Article VI of the U.S. Constitution, treaties are the supreme law of the land.";
        Assert.AreEqual(0, Articles(text, "CAT").Length);
    }
}

[TestClass]
public sealed class BarePinpointTests
{
    [TestMethod]
    public void Extract_ArticleThereof_GoesToTheInstrumentJustNamed()
    {
        const string text = "Article 3 of the European Convention on Human Rights applies. Israel must comply with the Fourth Geneva Convention, in particular Article 49(6) thereof.";
        CollectionAssert.AreEqual(new[] { "49(6)" }, ExtractorFixture.Articles(text, "GC-IV"));
        CollectionAssert.AreEqual(new[] { "3" }, ExtractorFixture.Articles(text, "ECHR"));
    }

    [TestMethod]
    public void Extract_BareArticleInTheSentenceOfAnotherInstrument_GoesToThatInstrument()
    {
        const string text = "Article 3 of the European Convention on Human Rights applies. The Court referred to the Convention on the Prevention and Punishment of the Crime of Genocide and its article IX.";
        CollectionAssert.AreEqual(new[] { "IX" }, ExtractorFixture.Articles(text, "GENOCIDE"));
    }
}
