using static Citations.Core.Tests.Extraction.ExtractorFixture;

namespace Citations.Core.Tests.Extraction;

/// <summary>
/// Titles opened by "establishing" or "instituting" ("Agreement Establishing the …"), catalogued or not, and a month
/// that ends a title the catalog lacks.
/// </summary>
[TestClass]
public sealed class TitleOpenerTests
{
    [TestMethod]
    [DataRow("Our parliament ratified the Agreement establishing the Common Fund for Commodities last year.", "COMMON-FUND-1980")]
    [DataRow("The five States signed the Treaty establishing the Arab Maghreb Union at Marrakesh.", "AMU-TREATY-1989")]
    [DataRow("Le Traité instituant l'Union du Maghreb arabe a été signé à Marrakech.", "AMU-TREATY-1989")]
    public void Extract_CataloguedTitleWithEstablishing_IsTheInstrument(string text, string expected) =>
        CollectionAssert.AreEqual(new[] { expected }, Instruments(text));

    [TestMethod]
    [DataRow("The Agreement Establishing the Caribbean Tourism Fund was signed in Bridgetown.", "Agreement Establishing the Caribbean Tourism Fund")]
    [DataRow("The Convention Instituting the Regional Fisheries Council entered into force in 1990.", "Convention Instituting the Regional Fisheries Council")]
    public void Extract_UncataloguedTitleWithEstablishing_IsReportedAsWritten(string text, string surface)
    {
        var citation = Extract(text).Single();
        Assert.IsFalse(citation.Catalogued);
        Assert.AreEqual(surface, citation.Surface);
    }

    [TestMethod]
    [DataRow("We joined the Agreement Establishing the Caribbean Tourism Fund in June of this year.", "Agreement Establishing the Caribbean Tourism Fund")]
    [DataRow("They signed the Convention on the Regional Fisheries Council in March last year.", "Convention on the Regional Fisheries Council")]
    public void Extract_MonthAfterAnUncataloguedTitle_IsNotPartOfIt(string text, string surface) =>
        Assert.AreEqual(surface, Extract(text).Single().Surface);

    [TestMethod]
    // "establishing" after a lower-case head is ordinary prose, not a title.
    [DataRow("We favour a treaty establishing a zone of peace in the region.")]
    [DataRow("An agreement establishing the facts was reached by the two sides.")]
    public void Extract_LowerCaseHeadWithEstablishing_IsNoTitle(string text) =>
        Assert.AreEqual(0, Extract(text).Count, string.Join(", ", Extract(text).Select(c => c.InstrumentId)));
}

/// <summary>An uncatalogued title opening a sentence after "The" or "An" gets the same id as the title written mid-sentence.</summary>
[TestClass]
public sealed class UncataloguedTitleDeterminerTests
{
    [TestMethod]
    public void Extract_TitleAfterASentenceOpeningThe_HasTheIdOfTheTitleWithout()
    {
        var citations = Extract("The Declaration on Ocean Rise and Statehood was adopted. We welcome the Declaration on Ocean Rise and Statehood.");
        Assert.AreEqual(2, citations.Count);
        Assert.AreEqual(1, citations.Select(c => c.InstrumentId).Distinct().Count(), string.Join(", ", citations.Select(c => c.InstrumentId)));
        Assert.AreEqual("Declaration on Ocean Rise and Statehood", citations[0].Surface);
    }

    [TestMethod]
    // An acronym before the head is part of the title, even where it spells a word of another language ("AU", "LA").
    [DataRow("The ministers will adopt an AU Convention on Violence against Women next year.", "AU Convention on Violence against Women")]
    [DataRow("An OAS Convention on Water Rights is being drafted.", "OAS Convention on Water Rights")]
    public void Extract_AcronymBeforeTheHead_StaysInTheTitle(string text, string surface) =>
        Assert.AreEqual(surface, Extract(text).Single().Surface);
}
