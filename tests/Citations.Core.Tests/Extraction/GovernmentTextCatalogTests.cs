using static Citations.Core.Tests.Extraction.ExtractorFixture;

namespace Citations.Core.Tests.Extraction;

/// <summary>
/// Instruments U.S. Government texts cite by name: the OECD Anti-Bribery Convention (Senate reports print its
/// title in capitals across lines), the 2012 Geneva Communiqué on Syria, and the Montreal Protocol's amendments
/// by their common title.
/// </summary>
[TestClass]
public sealed class GovernmentTextCatalogTests
{
    [TestMethod]
    [DataRow("CONVENTION ON COMBATING BRIBERY OF FOREIGN PUBLIC OFFICIALS IN \n                  INTERNATIONAL BUSINESS TRANSACTIONS\n\n    REPORT", "OECD-BRIBERY-1997")]
    [DataRow("The Committee considered the Convention on Combating Bribery of Foreign Public Officials  \nin International Business Transactions, adopted at Paris on November 21, 1997.", "OECD-BRIBERY-1997")]
    [DataRow("The FCPA implements the OECD Anti-Bribery Convention.", "OECD-BRIBERY-1997")]
    [DataRow("Resolution 2254 reaffirms the Council's endorsement of the Geneva Communique of 2012.", "GENEVA-COMMUNIQUE-2012")]
    [DataRow("A transition on the basis of the Geneva Communiqué remains the only way forward.", "GENEVA-COMMUNIQUE-2012")]
    [DataRow("Stressing the Final Communiqué of the Action Group for Syria as adopted in Geneva on 30 June 2012.", "GENEVA-COMMUNIQUE-2012")]
    public void Extract_GovernmentTextName_IsTheCataloguedInstrument(string text, string expected) =>
        CollectionAssert.Contains(Instruments(text), expected);

    [TestMethod]
    // The amendment's common title, then a defined term and the place of adoption: the amendment the text names
    // elsewhere ("Kigali Amendment"), and the defined term's words do not make it another amendment.
    public void Extract_AmendmentTitleBeforeItsDefinedTerm_IsTheAmendmentNamedElsewhere()
    {
        const string text = "I transmit herewith the Amendment to\nthe Montreal Protocol on Substances that Deplete the Ozone\nLayer (the ``Montreal Protocol''), adopted at Kigali on October\n15, 2016 (the ``Kigali Amendment'').";
        var found = Instruments(text);
        CollectionAssert.Contains(found, "MONTREAL-KIGALI-2016");
        CollectionAssert.DoesNotContain(found, "MONTREAL-MONTREAL-1997");
    }

    [TestMethod]
    // Other OECD instruments and other Geneva texts are not these.
    [DataRow("The OECD Guidelines for Multinational Enterprises were updated in 2011.", "OECD-BRIBERY-1997")]
    [DataRow("The Geneva Conventions protect civilians in Syria.", "GENEVA-COMMUNIQUE-2012")]
    [DataRow("The ministers issued a communiqué in Geneva after the meeting.", "GENEVA-COMMUNIQUE-2012")]
    public void Extract_LookAlike_IsNotTheInstrument(string text, string notExpected) =>
        CollectionAssert.DoesNotContain(Instruments(text), notExpected);
}
