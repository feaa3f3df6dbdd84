using static Citations.Core.Tests.Extraction.ExtractorFixture;

namespace Citations.Core.Tests.Extraction;

/// <summary>
/// Families of false hits found by reading the output of the passes widened in the third breadth round on the General
/// Debate speeches: each test holds, in sentences written for it, the reading that must go and the one that must stay.
/// </summary>
[TestClass]
public sealed class PrecisionAudit3Tests
{
    [TestMethod]
    [DataRow("The Charter of the United Nations is our guide. The Mandate for Palestine safeguarded, in its preamble as well as in articles 2, 6 and 9, the rights of the people.", "2")]
    [DataRow("The Charter of the United Nations is our guide. The Commission went further: there was a proposal in article 5 whereby settlers might be expelled.", "5")]
    [DataRow("The Charter of the United Nations is our guide. That is why article 1 of the so-called treaty of military aid protects the Government against its own people.", "1")]
    [DataRow("The Charter of the United Nations is our guide. Article 4 of a draft agreement on the islands was never signed.", "4")]
    public void Extract_BareArticleOfATextNamedAsNoInstrument_IsNotTheInstrumentOfAnEarlierSentence(string text, string article)
    {
        Assert.IsTrue(Instruments(text).Contains("UN-CHARTER"), "the Charter is still named");
        CollectionAssert.DoesNotContain(Articles(text, "UN-CHARTER"), article, "the article is the unnamed text's");
    }

    [TestMethod]
    [DataRow("The Charter of the United Nations is our guide. We recall in particular Article 51.", "51")]
    // An unnamed text in an earlier sentence ("our reaching agreement") does not take the article from the Charter.
    [DataRow("The Charter of the United Nations envisaged forces for the Council. There is no prospect of our reaching agreement on them. We hope the need for such a force under Article 43 will never arise.", "43")]
    // Named in the article's own sentence, the Charter holds it whatever else that sentence speaks of.
    [DataRow("The proposal of my Government rests on Article 2 of the Charter of the United Nations.", "2")]
    // A proposal about an article ("for the reviewing of Article 27") is not a text that article is in.
    [DataRow("The Charter of the United Nations may not be altered lightly. The authors of this proposal for the reviewing of Article 27 know it.", "27")]
    [DataRow("The Charter of the United Nations is clear. The right of self-defence is set out in Article 51.", "51")]
    public void Extract_BareArticleAfterTheCharter_StaysTheCharters(string text, string article)
    {
        CollectionAssert.Contains(Articles(text, "UN-CHARTER"), article);
    }

    [TestMethod]
    public void Extract_QuotedArticleSayingThisTreaty_StaysTheTreatysArticle()
    {
        const string text = "The Iran-Iraq Treaty of 1975 fixed the frontier. Here is the text of article 6 of the Treaty. "
                            + "\"In the event of a dispute regarding the interpretation of this Treaty, the three Protocols or the annexes thereto, "
                            + "any solution shall respect the frontier referred to in articles 1 and 2 above.\"";
        var articles = Articles(text, "IRAN-IRAQ-1975");
        CollectionAssert.IsSubsetOf(new[] { "1", "2", "6" }, articles, string.Join(", ", articles));
    }

    [TestMethod]
    [DataRow("Article 5.")]
    [DataRow("of the so-called treaty article 1 of the")]
    [DataRow("The Mandate. articles 2, 6 and")]
    public void Extract_BareArticleWithNothingNamed_GivesNoArticle(string text)
    {
        Assert.IsFalse(Extract(text).Any(c => c.Provisions.Length > 0), string.Join(", ", Extract(text).Select(c => c.InstrumentId)));
    }
    [TestMethod]
    [DataRow("The Charter of the United Nations binds us all. The Council must take action under Chapter VII of the Charter against Israel in view of its conduct.")]
    [DataRow("The Charter of the United Nations binds us all. Will it be congruent with the Charter for Member States to be so preoccupied with their own rights?")]
    public void Extract_TheCharterForOrAgainstSomeone_IsNoUncataloguedCharter(string text)
    {
        var citations = Extract(text);
        Assert.IsFalse(citations.Any(c => !c.Catalogued), string.Join(", ", citations.Select(c => c.InstrumentId)));
        Assert.IsTrue(citations.Any(c => c.InstrumentId == "UN-CHARTER"));
    }

    [TestMethod]
    [DataRow("My Government published the Carthage Charter for Tolerance in 1995.", "X-CARTHAGE-CHARTER-FOR-TOLERANCE")]
    [DataRow("We signed the Convention against Doping in Sport last year.", "X-CONVENTION-AGAINST-DOPING-IN-SPORT")]
    public void Extract_TitleWithAQualifierOrAnotherHead_StaysATitle(string text, string uncatalogued)
    {
        var citations = Extract(text);
        Assert.IsTrue(citations.Any(c => !c.Catalogued && c.InstrumentId == uncatalogued), string.Join(", ", citations.Select(c => c.InstrumentId)));
    }
}
