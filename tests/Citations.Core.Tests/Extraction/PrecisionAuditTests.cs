using static Citations.Core.Tests.Extraction.ExtractorFixture;

namespace Citations.Core.Tests.Extraction;

/// <summary>
/// Families of false hits found by reading the extractor's output on the General Debate speeches: each
/// test holds the reading that must stay and the one that must go, in sentences written for the test.
/// </summary>
[TestClass]
public sealed class PrecisionAuditTests
{
    [TestMethod]
    [DataRow("Security Council resolutions 242 (1967) and 338 (1973) remain the basis of a settlement. The text now before the Conference reinforces the economic zone: in accordance with articles 61 and 62, the coastal State determines the allowable catch.", "S/RES/338(1973)")]
    [DataRow("The Charter of the United Nations must be respected. The Security Council adopted resolution 2334 (2016). We recall that Article 2, paragraph 7, protects domestic jurisdiction.", "S/RES/2334(2016)")]
    [DataRow("Members must respect the Charter of the United Nations. As resolution 2625 (XXV) recalls, Article 2, paragraph 4, forbids the threat or use of force.", "A/RES/2625(XXV)")]
    public void Extract_BareArticleAfterAResolution_IsNotGivenToTheResolution(string text, string resolution)
    {
        Assert.IsTrue(Instruments(text).Contains(resolution), "the resolution itself is still found");
        Assert.AreEqual(0, Articles(text, resolution).Length, "a resolution has paragraphs, not articles");
    }

    [TestMethod]
    public void Extract_BareArticleAfterAResolutionGivenAnArticle_StaysWithIt()
    {
        const string text = "We recall article 6 of the Definition of Aggression. Article 7 of it is just as clear.";
        CollectionAssert.AreEqual(new[] { "6", "7" }, Articles(text, "A/RES/3314(XXIX)"));
    }

    [TestMethod]
    public void Extract_BareArticleAfterATreaty_StillGoesToTheTreaty()
    {
        const string text = "The Treaty on the Non-Proliferation of Nuclear Weapons was extended indefinitely. The nuclear-weapon States must honour their obligations under article VI.";
        CollectionAssert.AreEqual(new[] { "VI" }, Articles(text, "NPT"));
    }

    [TestMethod]
    public void Extract_BareArticleAfterOneGivenToItsSentencesInstrument_GoesOnWithThatInstrument()
    {
        const string text = "Troops are present under Article 51 of the Charter of the United Nations. " +
                            "The Universal Declaration of Human Rights proclaims in Article 25: \"Everyone has the right to a standard of living adequate for health.\"\n" +
                            "Article 28 further states that everyone is entitled to a social and international order.";
        CollectionAssert.AreEqual(new[] { "25", "28" }, Articles(text, "UDHR"));
        CollectionAssert.AreEqual(new[] { "51" }, Articles(text, "UN-CHARTER"));
    }

    [TestMethod]
    public void Extract_PageNumberBetweenResolutionNumbers_IsSkippedAndTheNextNumberRead()
    {
        const string text = "Israel's actions are in contravention of Security Council resolutions 242 (1967) and\n19\n\n338 (1973) and of the road map.";
        CollectionAssert.AreEqual(new[] { "S/RES/242(1967)", "S/RES/338(1973)" }, Instruments(text));
    }

    [TestMethod]
    public void Extract_PageNumberAfterTheKeyword_IsSkippedAndTheNextNumberRead()
    {
        const string text = "We call for the implementation of Security Council resolution\n39\n\n1373 (2001) in order to deprive terrorists of safe havens.";
        CollectionAssert.AreEqual(new[] { "S/RES/1373(2001)" }, Instruments(text));
    }

    [TestMethod]
    [DataRow("We support Security Council resolutions 242 and\n338\nas the basis of a settlement.", "S/RES/242(1967),S/RES/338(1973)")]
    [DataRow("We support Security Council resolution\n1373 (2001) without reservation.", "S/RES/1373(2001)")]
    public void Extract_ResolutionNumberOnItsOwnLine_IsStillRead(string text, string expected)
    {
        CollectionAssert.AreEqual(expected.Split(','), Instruments(text));
    }

    [TestMethod]
    [DataRow("South Africa must comply with the plan contained in Security Council resolution 43 5 (197 8).")]
    [DataRow("South Africa must comply with the plan contained in Security Council resolution 43 5 (1978).")]
    public void Extract_CouncilNumberSplitByASpace_IsReadWhole(string text)
    {
        CollectionAssert.AreEqual(new[] { "S/RES/435(1978)" }, Instruments(text));
    }

    [TestMethod]
    public void Extract_NumberAndDigitWhoseYearDoesNotFit_AreNotJoined()
    {
        const string text = "South Africa must comply with Security Council resolution 43 5 (1999).";
        Assert.IsFalse(Instruments(text).Contains("S/RES/435(1978)"));
    }

    [TestMethod]
    [DataRow("We are working towards an inter-American convention against money laundering.")]
    [DataRow("My country signed the Inter-American Convention Against the Illicit Manufacturing of Firearms.")]
    [DataRow("We support the drafting of an inter-\nAmerican convention on terrorism.")]
    public void Extract_NameStartingInsideAHyphenatedWord_IsNotThatName(string text)
    {
        Assert.IsFalse(Instruments(text).Contains("ACHR"), "an inter-American convention is not the American Convention on Human Rights");
    }

    [TestMethod]
    [DataRow("Costa Rica is a party to the American Convention on Human Rights.", "ACHR")]
    [DataRow("Costa Rica is a party to the American convention and accepts the Court.", "ACHR")]
    [DataRow("All States must accede to the Non-Proliferation Treaty.", "NPT")]
    [DataRow("The Anti-Ballistic Missile Treaty was a pillar of stability.", "ABM-1972")]
    public void Extract_NameAfterAnOrdinaryWordOrHyphenInsideIt_IsStillFound(string text, string instrument)
    {
        CollectionAssert.AreEqual(new[] { instrument }, Instruments(text));
    }

    [TestMethod]
    [DataRow("The Declaration on the Granting of Independence to Colonial Countries and Peoples must be implemented. I shall read two paragraphs of the Georgetown Declaration. That Declaration was approved by 58 ministers.", "A/RES/1514(XV)")]
    [DataRow("The North Atlantic Treaty binds its parties. The Treaty of Moscow affords a basis for co-operation. We shall have recourse to that Treaty.", "NORTH-ATLANTIC-TREATY")]
    [DataRow("The Geneva Protocol bans the use of gas. Last year in Montreal the Protocol on the protection of the ozone layer was signed. All States should ratify the Protocol without delay.", "GENEVA-PROTOCOL-1925")]
    [DataRow("The Chemical Weapons Convention is in force. The National Convention of Myanmar began its work in January. The Convention is a prerequisite for a new constitution.", "CWC")]
    public void Extract_AnaphorAfterANearerNameTheCatalogLacks_IsLeftUnresolved(string text, string older)
    {
        Assert.AreEqual(1, Extract(text).Count(c => c.InstrumentId == older), "only the name itself, not the anaphor that follows the other name");
    }

    [TestMethod]
    [DataRow("The Treaty on the Non-Proliferation of Nuclear Weapons, a Treaty which represents a barrier to proliferation, was reviewed. The Treaty was examined closely.", "NPT")]
    [DataRow("Mongolia values the Comprehensive Nuclear-Test-Ban Treaty. I signed the Treaty on behalf of Mongolia. All States should accede to the Treaty.", "CTBT")]
    [DataRow("Jamaica ratified the Paris Agreement and regards that historic Agreement as critical. We implore all States to abide by the Agreement.", "PARIS")]
    [DataRow("The Agreement on Peace, Friendship and Comprehensive Cooperation between Ethiopia and Eritrea holds. The parties to the Peace Agreement agreed on a road map to complete the tasks in the Agreement.", "ETH-ERI-JEDDAH-2018")]
    public void Extract_AnaphorAfterTheSameInstrumentDescribedAgain_IsStillResolved(string text, string instrument)
    {
        var last = Extract(text)[^1];
        Assert.AreEqual(instrument, last.InstrumentId);
        Assert.AreEqual(MentionKind.ShortForm, last.Mention);
    }

    [TestMethod]
    [DataRow("We must all work together to build the future we want for our children.")]
    [DataRow("The Soviet proposal on the definition of aggression deserves the support of the Assembly.")]
    [DataRow("We favour the restoration of the lawful rights of the People's Republic of China in the United Nations.")]
    [DataRow("Peru defends permanent sovereignty over natural resources and control of its economy.")]
    public void Extract_ResolutionTitleUsedAsAPhrase_IsNotAMention(string text)
    {
        Assert.AreEqual(0, Instruments(text).Length, string.Join(", ", Instruments(text)));
    }

    [TestMethod]
    [DataRow("The outcome document, entitled \u201cThe future we want\u201d, sets out our goals.", "A/RES/66/288")]
    [DataRow("We follow the outcome document of the United Nations Conference on Sustainable Development.", "A/RES/66/288")]
    [DataRow("Article 3 of the Definition of Aggression lists the acts of aggression.", "A/RES/3314(XXIX)")]
    [DataRow("We are guided by The Future We Want, adopted at Rio.", "A/RES/66/288")]
    public void Extract_ResolutionTitleQuotedCapitalisedOrDescribed_IsStillAMention(string text, string instrument)
    {
        CollectionAssert.AreEqual(new[] { instrument }, Instruments(text));
    }

    [TestMethod]
    public void Extract_HeadNounAfterADemonstrative_DoesNotOpenAnUncataloguedTitle()
    {
        const string text = "The Assembly adopted the International Convention for the Suppression of Acts of Nuclear Terrorism. Our Prime Minister signed that Convention for Australia at the summit.";
        Assert.IsFalse(Extract(text).Any(c => !c.Catalogued), string.Join(", ", Instruments(text)));
    }

    [TestMethod]
    public void Extract_TitleAfterAPossessive_IsStillAnUncataloguedTitle()
    {
        const string text = "The Powers must assume the obligations they contracted in their Declaration on the Neutrality of Ruritania.";
        Assert.IsTrue(Extract(text).Any(c => !c.Catalogued && c.Surface == "Declaration on the Neutrality of Ruritania"));
    }

    [TestMethod]
    public void Extract_PronounIAfterAnArabicArticle_IsNotAnArticle()
    {
        const string text = "The Charter of the United Nations provides for such agreements. In the absence of agreements such as those provided for by Article 43, I believe we should extend Article 44 by analogy.";
        CollectionAssert.AreEqual(new[] { "43", "44" }, Articles(text, "UN-CHARTER"));
    }

    [TestMethod]
    public void Extract_RomanArticlesInAList_AreAllRead()
    {
        const string text = "The provisions of articles I, II and V of the Treaty on the Non-Proliferation of Nuclear Weapons leave no doubt.";
        CollectionAssert.AreEqual(new[] { "I", "II", "V" }, Articles(text, "NPT"));
    }

    [TestMethod]
    [DataRow("The assistance is based upon the provisions of Article 51 of the Charter concerning collective self-defence.", "51")]
    [DataRow("The applicant must meet the qualifications prescribed in Article 4 of the Charter for entry of new Members.", "4")]
    [DataRow("We disagree on the interpretation of Article 4 of the Charter relating to the admission of new Members.", "4")]
    public void Extract_CharterFollowedByALowerCasePhrase_IsTheCharterWithItsArticle(string text, string article)
    {
        CollectionAssert.AreEqual(new[] { article }, Articles(text, "UN-CHARTER"));
    }

    [TestMethod]
    public void Extract_CharterFollowedByACapitalisedTitle_IsStillAnotherTitle()
    {
        const string text = "The States adopted the Charter for European Security in Istanbul.";
        Assert.IsFalse(Instruments(text).Contains("UN-CHARTER"), string.Join(", ", Instruments(text)));
    }

    [TestMethod]
    [DataRow("As concerns Liberia, the implementation of the Cotonou Agreement of 25 July 1993 is encountering difficulties.", "COTONOU-2000")]
    public void Extract_NameDatedBeforeItsInstrumentExisted_IsAnotherInstrument(string text, string later)
    {
        Assert.IsFalse(Instruments(text).Contains(later), string.Join(", ", Instruments(text)));
    }

    [TestMethod]
    [DataRow("We welcome the Simla Agreement of 3 July 1962 between India and Pakistan.", "SIMLA-1972")]
    [DataRow("We welcome the Paris Agreement of 12 December 2015 on climate change.", "PARIS")]
    [DataRow("The Paris Agreement, signed in 2016, must be implemented.", "PARIS")]
    public void Extract_NameDatedAroundItsAdoptionOrWithASlipOfTheYear_IsStillItsInstrument(string text, string instrument)
    {
        CollectionAssert.AreEqual(new[] { instrument }, Instruments(text));
    }

    [TestMethod]
    [DataRow("The dispute concerns the Paris agreement of 5 September 1946 on South Tyrol. Italy must honour the Paris agreement in full.")]
    [DataRow("Under the Paris Agreement of 1946 the province was given autonomy; the Paris Agreement was annexed to the peace treaty.")]
    public void Extract_BareNameAfterADatedNameOfAnotherInstrument_IsTheDatedOne(string text)
    {
        CollectionAssert.AreEqual(new[] { "PARIS-1946" }, Instruments(text));
    }

    [TestMethod]
    [DataRow("The Paris Agreement of 12 December 2015 is in force; the Paris Agreement binds us all.", "PARIS")]
    [DataRow("The Gruber-De Gasperi Agreement of 1946 protects the minority. The Paris Agreement on climate asks more of us.", "PARIS,PARIS-1946")]
    public void Extract_BareNameWithoutADatedNamesakeOfAnotherInstrument_KeepsItsInstrument(string text, string expected)
    {
        CollectionAssert.AreEqual(expected.Split(','), Instruments(text), string.Join(", ", Instruments(text)));
    }
}
