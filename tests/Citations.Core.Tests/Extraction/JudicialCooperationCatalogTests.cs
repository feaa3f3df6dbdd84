using static Citations.Core.Tests.Extraction.ExtractorFixture;

namespace Citations.Core.Tests.Extraction;

/// <summary>
/// Conventions on judicial co-operation as U.S. courts and governments cite them: the Hague Conference's
/// conventions by "Hague Convention" and their official title, and the Inter-American conventions on letters
/// rogatory, evidence, extradition and mutual assistance.
/// </summary>
[TestClass]
public sealed class JudicialCooperationCatalogTests
{
    [TestMethod]
    [DataRow("Service was attempted under the Hague Convention on the Service Abroad of Judicial and Extrajudicial Documents in Civil or Commercial Matters.", "HCCH-SERVICE-1965")]
    [DataRow("Menon argued that service by mail does not comport with the Convention on the Service Abroad of Judicial and Extrajudicial Documents in Civil and Commercial Matters.", "HCCH-SERVICE-1965")]
    [DataRow("The Hague Convention of 15 November 1965 on the Service Abroad of Judicial and Extrajudicial Documents in Civil or Commercial Matters remains essential.", "HCCH-SERVICE-1965")]
    [DataRow("The Hague Convention on the Taking of Evidence Abroad in Civil or Commercial Matters, Mar. 18, 1970, 23 U.S.T. 2555, provides procedures.", "HCCH-EVIDENCE-1970")]
    [DataRow("The Hague Convention Abolishing the Requirement of Legalisation for Foreign Public Documents simplifies authentication.", "HCCH-APOSTILLE-1961")]
    [DataRow("The petition invoked the Hague Convention on Protection of Children and Co-operation in Respect of Intercountry Adoption.", "HCCH-ADOPTION-1993")]
    [DataRow("The United States signed the Hague Convention on Choice of Court Agreements in 2009.", "HCCH-CHOICE-OF-COURT-2005")]
    [DataRow("The Inter-American Convention on Letters Rogatory governs service in Mexico.", "INTER-AM-LETTERS-ROGATORY")]
    [DataRow("Service followed the Additional Protocol to the Inter-American Convention on Letters Rogatory, May 8, 1979.", "INTER-AM-LETTERS-ROGATORY-P")]
    [DataRow("Colombia asked for the evidence under the Inter-American Convention on the Taking of Evidence Abroad.", "INTER-AM-EVIDENCE")]
    [DataRow("The request was made under the Inter-American Convention on Extradition.", "INTER-AM-EXTRADITION")]
    [DataRow("Records were sought under the Inter-American Convention on Mutual Assistance in Criminal Matters.", "INTER-AM-MUTUAL-ASSISTANCE")]
    public void Extract_CourtStyleTitle_IsTheCataloguedConvention(string text, string expected) =>
        CollectionAssert.AreEqual(new[] { expected }, Instruments(text));

    [TestMethod]
    public void Extract_ProtocolThereto_AfterTheLettersRogatoryConvention_IsItsProtocol() =>
        CollectionAssert.AreEqual(
            new[] { "INTER-AM-LETTERS-ROGATORY", "INTER-AM-LETTERS-ROGATORY-P" },
            Instruments("The court applied the Inter-American Convention on Letters Rogatory and the Additional Protocol thereto."));

    [TestMethod]
    public void Extract_TwoInterAmericanTitlesJoinedByAnd_AreTwoInstruments() =>
        CollectionAssert.AreEqual(
            new[] { "INTER-AM-EXTRADITION", "INTER-AM-MUTUAL-ASSISTANCE" },
            Instruments("The Inter-American Convention on Extradition and the Inter-American Convention on Mutual Assistance in Criminal Matters were invoked."));

    [TestMethod]
    // Custody words near a Hague title that is not the Child Abduction Convention must not turn it into that Convention.
    public void Extract_ApostilleTitleNearCustodyWords_IsNotTheAbductionConvention() =>
        CollectionAssert.AreEqual(
            new[] { "HCCH-APOSTILLE-1961" },
            Instruments("In the custody dispute, the father's documents bore an apostille under the Hague Convention Abolishing the Requirement of Legalisation for Foreign Public Documents."));

    [TestMethod]
    // "the Hague Convention" alone, with nothing around it that says which, stays unresolved.
    [DataRow("The parties discussed the Hague Convention at length.")]
    // An Inter-American convention the catalog does not hold is reported as uncatalogued, never as one it holds.
    [DataRow("The Inter-American Convention on Conflicts of Laws concerning Bills of Exchange was cited.")]
    public void Extract_NoFittingCatalogueEntry_GivesNoCataloguedInstrument(string text) =>
        Assert.IsFalse(Extract(text).Any(c => c.Catalogued), string.Join(", ", Extract(text).Select(c => c.InstrumentId)));
}
