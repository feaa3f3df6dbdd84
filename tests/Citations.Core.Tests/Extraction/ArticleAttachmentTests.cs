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
        CollectionAssert.AreEqual(new[] { "VI" }, Articles(Npt + "Article VI must guide us all.", "NPT"));

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

    private const string GeneralDebate = "Statement in the General Debate of the 78th session of the UN General Assembly (2023)";

    private static IReadOnlyList<Citation> ExtractSaid(string text, string? title, string? source = null) =>
        Extractor.Extract(new Statement("s", text, new StatementMetadata { Title = title, Source = source })).Citations;

    private static string[] ArticlesSaid(string text, string? title, string instrument) =>
        [.. ExtractSaid(text, title).Where(c => c.InstrumentId == instrument).SelectMany(c => c.Provisions).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    [TestMethod]
    [DataRow("We recall Article 2, paragraph 7, which all must respect.", "2(7)")]
    [DataRow("The question of Article 19 is settled.", "19")]
    [DataRow("Attempts will be made to limit the scope of Articles 10 and 11.", "10,11")]
    [DataRow("Consider the principle involved. How can the Council carry out the principles of Article 2?", "2")]
    public void Extract_BareArticleAtAUnMeeting_NothingNamed_IsTheCharters(string text, string expected)
    {
        var found = ExtractSaid(text, GeneralDebate);
        CollectionAssert.AreEqual(expected.Split(','), found.Single().Provisions.ToArray());
        Assert.AreEqual("UN-CHARTER", found.Single().InstrumentId);
        Assert.IsLessThan(Confidence.BarePinpoint.Value, found.Single().Confidence);
    }

    [TestMethod]
    [DataRow("Statement by the Minister at the United Nations Security Council, 9000th meeting", null)]
    [DataRow(null, "https://example.org/records/United Nations General Assembly/A-78-PV.5")]
    [DataRow("Remarks to the U.N. Human Rights Council, 52nd session", null)]
    public void Extract_BareArticle_AnyUnOrgansMeetingInTitleOrSource_IsTheCharters(string? title, string? source) =>
        Assert.AreEqual("UN-CHARTER", ExtractSaid("The question of Article 19 is settled.", title, source).Single().InstrumentId);

    [TestMethod]
    [DataRow(null)]
    [DataRow("Press release of the Ministry of Foreign Affairs")]
    [DataRow("Address to the General Assembly of the Organization of American States")]
    [DataRow("Remarks at the National Security Council")]
    public void Extract_BareArticle_NotAtAUnMeeting_IsLeftOut(string? title) =>
        Assert.IsEmpty(ExtractSaid("The question of Article 19 is settled.", title));

    [TestMethod]
    // Each names, or ties the article to, something other than the Charter.
    [DataRow("The Third Committee included self-determination in article 1 of the draft Covenants.")]
    [DataRow("Our country ranked third in Article 19's Global Expression Report.")]
    [DataRow("The frontier referred to in articles 1 and 2 above shall be respected.")]
    [DataRow("It was administered under the provisions of article 72 and following the French Constitution.")]
    [DataRow("The Mandate for Palestine safeguarded, in its preamble as well as in articles 2, 6 and 9, the rights of the people.")]
    [DataRow("Let us see what this Treaty calls for. Here is the text of article 6.")]
    [DataRow("There was a proposal in article 5 whereby residence might be forbidden.")]
    [DataRow("We adopted the draft resolution last year. Article 4 applies.")]
    [DataRow("Furthermore, article 296 excludes such decisions from dispute settlement.")]
    public void Extract_BareArticleAtAUnMeeting_SomethingElseSpokenOf_IsNotTheCharters(string text) =>
        Assert.IsEmpty(ArticlesSaid(text, GeneralDebate, "UN-CHARTER"));

    [TestMethod]
    public void Extract_BareArticlesAfterAnUnnamedText_StayOutUntilSomethingIsNamed()
    {
        const string text = "The text which is now before the Conference reinforces the status of the economic zone. In accordance with articles 61 and 62, "
                            + "the coastal State determines the allowable catch. It is for that State, and for that State alone, to determine its own capacity "
                            + "to harvest the resources of the zone, whatever others may say about the matter, and however long the discussion may take in the end. "
                            + "Articles 69 and 70 provide certain rights for geographically disadvantaged States.";
        Assert.IsEmpty(ExtractSaid(text, GeneralDebate));
    }

    [TestMethod]
    public void Extract_ListedBareArticles_OneBeyondTheNamedInstrument_AllGoOn()
    {
        // The NPT has eleven articles: "Article 51" is not its, and neither is the article listed with it.
        const string text = Npt + "The provisions of Article 2, paragraph 7, and of Article 51 must guide us all.";
        CollectionAssert.AreEqual(new[] { "2(7)", "51" }, ArticlesSaid(text, GeneralDebate, "UN-CHARTER"));
        Assert.IsEmpty(ArticlesSaid(text, GeneralDebate, "NPT"));
        // Elsewhere nothing is assumed: the NPT keeps neither, and no Charter is invented.
        Assert.IsEmpty(Articles(text, "NPT"));
        Assert.IsEmpty(Articles(text, "UN-CHARTER"));
    }

    [TestMethod]
    public void Extract_BareArticleAtAUnMeeting_TreatyNamedBeforeHoldsIt_StaysWithTheTreaty() =>
        CollectionAssert.AreEqual(new[] { "VI" }, ArticlesSaid(Npt + "Article VI must guide us all.", GeneralDebate, "NPT"));

    [TestMethod]
    public void Extract_BareArticleAtAUnMeeting_BeyondTheCharter_IsLeftOut() =>
        Assert.IsEmpty(ExtractSaid("Article 296 must guide us all.", GeneralDebate));

    [TestMethod]
    // Each bare article passes over the names of an instrument too small for it, and looks for an unnamed text: the work
    // stays in proportion to the text.
    [DataRow("The NPT is key. ", "Article 51 applies. ")]
    [DataRow("The NPT and the CTBT are key. ", "This Treaty and Article 99 apply. ")]
    public void Extract_ManyNamesTooSmallAndManyBareArticles_TakesAboutTwiceTheStepsForTwiceTheText(string name, string article)
    {
        string Text(int n) => string.Concat(Enumerable.Repeat(name, n)) + string.Concat(Enumerable.Repeat(article, n));
        var small = Steps(Text(300));
        var large = Steps(Text(600));
        Assert.IsLessThan(small * 2.5, large, $"{small} steps, then {large} for twice the text");
    }

    private static long Steps(string text)
    {
        var steps = new StepCounter();
        Extractor.Extract(text, steps);
        var atMeeting = new StepCounter();
        Extractor.Extract(text, atMeeting, new StatementMetadata { Title = GeneralDebate });
        return steps.Count + atMeeting.Count;
    }

    [TestMethod]
    [DataRow("We recall Article 2, paragraph 7. The Charter must be respected.", "UN-CHARTER", "2(7)")]
    [DataRow("Article 6 protects life. However, the Covenant on Civil and Political Rights is not always respected.", "ICCPR", "6")]
    [DataRow("Article 3 is absolute. The European Convention on Human Rights allows no derogation from it.", "ECHR", "3")]
    public void Extract_BareArticle_NextSentenceOpensWithAnInstrument_IsThatInstruments(string text, string instrument, string expected) =>
        CollectionAssert.AreEqual(expected.Split(','), Articles(text, instrument));

    [TestMethod]
    // The name comes late in the next sentence, or something stands between, or the article is tied to another text.
    [DataRow("We recall Article 2, paragraph 7. Many delegations, over many years and in many debates, have invoked the Charter.", "UN-CHARTER")]
    [DataRow("We recall Article 2, paragraph 7. The resolution 1514 (XV) and the Charter must be respected.", "UN-CHARTER")]
    [DataRow("The Mandate safeguarded, in its preamble as well as in articles 2, 6 and 9, the rights of the people. The Charter of the United Nations took them over.", "UN-CHARTER")]
    [DataRow("We recall article 1 of the draft. The Covenant on Civil and Political Rights came later.", "ICCPR")]
    [DataRow("Article 51 applies. The Treaty on the Non-Proliferation of Nuclear Weapons is key.", "NPT")]
    [DataRow("The detention was reviewed under Article 9. ECHR standards were also discussed.", "ECHR")]
    [DataRow("We recall Article 2, paragraph 7.\nThe Charter must be respected.", "UN-CHARTER")]
    public void Extract_BareArticle_NextSentenceNamesAnInstrumentButNotAsItsOpening_IsNotThatInstruments(string text, string instrument) =>
        Assert.IsEmpty(Articles(text, instrument));

    [TestMethod]
    public void Extract_BareArticle_TwoSentencesOn_IsNotTheInstrumentNamedThere() =>
        Assert.IsEmpty(Articles("We recall Article 2, paragraph 7. We say it again. The Charter must be respected.", "UN-CHARTER"));

    [TestMethod]
    [DataRow("Article 1 of both Covenants proclaims the right of self-determination.", "both Covenants")]
    [DataRow("Article 1 of the two Covenants proclaims the right of self-determination.", "the two Covenants")]
    [DataRow("Article 1 common to both the Covenants proclaims the right of self-determination.", "both the Covenants")]
    [DataRow("The ICCPR and the ICESCR matter. Article 1 of both Covenants proclaims self-determination.", "both Covenants")]
    public void Extract_ArticleOfBothCovenants_IsTheArticleOfEach(string text, string surface)
    {
        var citations = Extract(text);
        CollectionAssert.AreEqual(new[] { "1" }, Articles(text, "ICCPR"));
        CollectionAssert.AreEqual(new[] { "1" }, Articles(text, "ICESCR"));
        Assert.IsTrue(citations.Where(c => c.Provisions.Length > 0).All(c => c.Surface == surface), string.Join("; ", citations.Select(c => c.Surface)));
    }

    [TestMethod]
    public void Extract_ArticleOfBothCovenants_AfterThePairWasNamed_IsTheArticleOfEach()
    {
        const string text = "The two International Covenants matter. Article 1 of both Covenants proclaims self-determination.";
        CollectionAssert.AreEqual(new[] { "1" }, Articles(text, "ICCPR"));
        CollectionAssert.AreEqual(new[] { "1" }, Articles(text, "ICESCR"));
    }

    [TestMethod]
    public void Extract_ArticleOfBothConventions_IsTheArticleOfTheTwoNamedBefore()
    {
        const string text = "The Convention against Torture and the Convention on the Rights of the Child bind us. Article 2 of both Conventions applies.";
        CollectionAssert.AreEqual(new[] { "2" }, Articles(text, "CAT"));
        CollectionAssert.AreEqual(new[] { "2" }, Articles(text, "CRC"));
    }

    [TestMethod]
    // "Conventions" with none named, one named, or a plural that is no head noun: nothing is guessed.
    [DataRow("Article 2 of both Conventions applies.")]
    [DataRow("Article 2 of both Constitutions applies.")]
    [DataRow("Article 2 of both Parties applies.")]
    public void Extract_ArticleOfAPairNotNamed_IsNotGuessed(string text) =>
        Assert.IsFalse(Extract(text).Any(c => c.Provisions.Length > 0), string.Join("; ", Extract(text).Select(c => c.InstrumentId + " " + string.Join(",", c.Provisions))));

    [TestMethod]
    public void Extract_ArticleOfBothConventions_OneNamed_IsThatOnesAsABareArticle() =>
        CollectionAssert.AreEqual(new[] { "2" }, Articles("The Convention against Torture binds us. Article 2 of both Conventions applies.", "CAT"));

    [TestMethod]
    public void Extract_ArticleOfBothCovenants_BeyondOneCovenantsLast_IsTheOtherCovenantsOnly()
    {
        // The ICESCR has 31 articles, the ICCPR 53.
        const string text = "Article 40 of both Covenants provides for reports.";
        CollectionAssert.AreEqual(new[] { "40" }, Articles(text, "ICCPR"));
        Assert.IsEmpty(Articles(text, "ICESCR"));
    }

    [TestMethod]
    public void Extract_BareArticleAfterAPairNamedInOnePhrase_IsTheArticleOfEach()
    {
        const string text = "The two International Covenants matter. Article 1 proclaims self-determination.";
        CollectionAssert.AreEqual(new[] { "1" }, Articles(text, "ICCPR"));
        CollectionAssert.AreEqual(new[] { "1" }, Articles(text, "ICESCR"));
    }

    [TestMethod]
    public void Extract_BareArticleAfterAResolution_AtAUnMeeting_IsTheCharters_ElsewhereLeftOut()
    {
        // A resolution numbers paragraphs, not articles: the article is not the resolution's, and at the General Assembly it is the Charter's.
        const string text = "The General Assembly adopted resolution 1514 (XV) in 1960. Under Article 73, the administering Powers must report.";
        CollectionAssert.AreEqual(new[] { "73" }, ArticlesSaid(text, GeneralDebate, "UN-CHARTER"));
        Assert.IsFalse(Extract(text).Any(c => c.Provisions.Length > 0));
    }

    [TestMethod]
    [DataRow("Article 2, paragraph 4, prohibits the threat of force.", "UN-CHARTER", "2(4)")]
    [DataRow("Article II prohibits the receipt of nuclear weapons.", "NPT", "II")]
    [DataRow("Article 2(4) prohibits the threat of force.", "UN-CHARTER", "2(4)")]
    public void Extract_BareArticleAfterARomanNumberedTreaty_WrittenInArabic_IsNotTheTreatys(string sentence, string instrument, string expected)
    {
        const string before = "The non-proliferation Treaty is key. ";
        CollectionAssert.AreEqual(expected.Split(','), ArticlesSaid(before + sentence, GeneralDebate, instrument));
        var other = instrument == "NPT" ? "UN-CHARTER" : "NPT";
        Assert.IsEmpty(ArticlesSaid(before + sentence, GeneralDebate, other));
    }

    [TestMethod]
    // Named with the article, the Roman-numbered treaty takes it in whatever numerals: "Article 1.2 of the 1967 Protocol" is I(2).
    public void Extract_ArabicArticleNamedWithARomanNumberedTreaty_IsRenumbered() =>
        CollectionAssert.AreEqual(new[] { "VI" }, Articles("Article 6 of the Treaty on the Non-Proliferation of Nuclear Weapons binds all.", "NPT"));

    [TestMethod]
    public void Extract_ArticlesOfAShortFormTakenForASmallerInstrument_GoToTheShortFormsDefault()
    {
        // "the Charter" right after the Atlantic Charter is taken for it; its eight points cannot hold Articles 55 and 56.
        const string text = "Ever since the Atlantic Charter, every Member has agreed on co-operation. We are bound by Articles 55 and 56 of the Charter.";
        CollectionAssert.AreEqual(new[] { "55", "56" }, Articles(text, "UN-CHARTER"));
        Assert.IsEmpty(Articles(text, "ATLANTIC-CHARTER"));
    }

    [TestMethod]
    public void Extract_ArticleOfAShortFormWithNoDefault_BeyondItsInstrument_IsLeftOut()
    {
        // "the Treaty" is the NPT here; no treaty is the default of "Treaty", so article 51 goes nowhere.
        const string text = "The Treaty on the Non-Proliferation of Nuclear Weapons is key. Article 51 of the Treaty is cited.";
        Assert.IsFalse(Extract(text).Any(c => c.Provisions.Length > 0), string.Join("; ", Extract(text).Select(c => c.InstrumentId + " " + string.Join(",", c.Provisions))));
    }
}
