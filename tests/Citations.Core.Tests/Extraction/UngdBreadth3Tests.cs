using static Citations.Core.Tests.Extraction.ExtractorFixture;

namespace Citations.Core.Tests.Extraction;

/// <summary>
/// The third round of instruments General Debate speeches name and the catalog lacked: regional declarations
/// (the Sirte Declaration on United Nations reform, the Santiago and Santo Domingo law-of-the-sea declarations,
/// the Lusaka Manifesto), commodity agreements of several eras, and names several instruments share ("the Lusaka
/// Agreement", "the Manila Declaration", "the Pyongyang Declaration"), which the words around them decide or leave open.
/// </summary>
[TestClass]
public sealed class UngdBreadth3Tests
{
    [TestMethod]
    [DataRow("Chile recalls that the 200-mile zone originated in the Santiago Declaration of 1952 on the maritime zone.", "SANTIAGO-1952")]
    [DataRow("The Central American Integration System rests on the Tegucigalpa Protocol.", "TEGUCIGALPA-1991")]
    [DataRow("We support the complete implementation of the Dar es Salaam Declaration on Southern Africa.", "DAR-ES-SALAAM-1975")]
    [DataRow("The Lusaka Manifesto offered the regime a peaceful way out.", "LUSAKA-MANIFESTO-1969")]
    [DataRow("Ukraine gave up its arsenal in return for the assurances of the Budapest Memorandum.", "BUDAPEST-MEMORANDUM-1994")]
    [DataRow("This year Ethiopia ratified the Cooperative Framework Agreement of the Nile River Basin.", "NILE-CFA-2010")]
    [DataRow("Albania takes part in every project of the Stability Pact for South-Eastern Europe.", "STABILITY-PACT-SEE-1999")]
    [DataRow("Through the Lisbon Declaration of 10 April 1980 the two Governments took an important step.", "LISBON-GIBRALTAR-1980")]
    [DataRow("The 1962 International Coffee Agreement stabilized the price of our main export.", "ICA-1962")]
    [DataRow("The Joint Declaration of Argyle commits both States not to use force.", "ARGYLE-2023")]
    [DataRow("The 1991 Damascus Declaration was adopted by Egypt, Syria and the States of the Gulf Cooperation Council.", "DAMASCUS-1991")]
    [DataRow("The peace process in Angola draws on the spirit of the Bicesse Agreement.", "BICESSE-1991")]
    [DataRow("This year we mark 25 years of the Dayton-Paris Peace Agreement.", "DAYTON-1995")]
    [DataRow("The eight nations meeting at Manila adopted a document known as the Pacific Charter.", "PACIFIC-CHARTER-1954")]
    [DataRow("In 1949 Israel and four Arab States signed the Protocol of Lausanne.", "LAUSANNE-PROTOCOL-1949")]
    [DataRow("The PetroCaribe Energy Cooperation Agreement benefits the peoples of our region.", "PETROCARIBE-2005")]
    public void Extract_SpeechName_IsTheInstrument(string text, string expected) =>
        CollectionAssert.AreEqual(new[] { expected }, Recognised(text));

    [TestMethod]
    // A name several instruments share takes the one whose words, and no other's, stand near it.
    [DataRow("Africa's demand for two permanent seats is set out in the Ezulwini Consensus and the Sirte Declaration.", "SIRTE-2005")]
    [DataRow("The Sirte Declaration called for a Pan-African Parliament to be set up by 2000.", "SIRTE-1999")]
    [DataRow("All forces must leave the Democratic Republic of the Congo, as the Lusaka Agreement requires.", "LUSAKA-1999")]
    [DataRow("UNITA must lay down its weapons and abide by the Lusaka Accords.", "LUSAKA-PROTOCOL-1994")]
    [DataRow("The target of 25 per cent of world industrial production was set by the Lima Declaration.", "LIMA-UNIDO-1975")]
    [DataRow("The Group of 77 adopted the Manila Declaration in preparation for UNCTAD IV.", "G77-MANILA-1976")]
    [DataRow("Under the Manila Declaration, recourse to judicial settlement of disputes is no unfriendly act.", "A/RES/37/10")]
    [DataRow("Aid must be predictable, as the Paris Declaration and the Accra Agenda require.", "PARIS-AID-2005")]
    [DataRow("The Paris Declaration committed donors to the least developed countries.", "LDC-PARIS-1990")]
    [DataRow("Spain will pursue the negotiations on Gibraltar begun under the Brussels Declaration.", "BRUSSELS-GIBRALTAR-1984")]
    [DataRow("Japan seeks normalization with North Korea in accordance with the Pyongyang Declaration.", "JAPAN-DPRK-2002")]
    [DataRow("The Declaration of Santo Domingo laid down the legal standards for the patrimonial sea.", "SANTO-DOMINGO-1972")]
    [DataRow("The Declaration of Santo Domingo commits the Americas to a knowledge-based society.", "OAS-SANTO-DOMINGO-2006")]
    [DataRow("As the Harare Declaration states, pressure on the apartheid regime must be maintained.", "HARARE-1989")]
    [DataRow("The Commonwealth Heads of Government set out their fundamental political values in the Harare Declaration.", "HARARE-COMMONWEALTH-1991")]
    public void Extract_SharedNameWithCues_IsTheCuedInstrument(string text, string expected) =>
        CollectionAssert.AreEqual(new[] { expected }, Recognised(text));

    [TestMethod]
    // A shared name also takes the candidate the statement names in full elsewhere.
    public void Extract_SharedNameAfterDatedName_IsTheNamedInstrument() =>
        CollectionAssert.AreEqual(
            new[] { "ICA-1983" },
            Instruments("We ratified the International Coffee Agreement, 1983. The International Coffee Agreement must now be renewed."));

    [TestMethod]
    public void Extract_PanmunjomAndPyongyangDeclarations_AreTheTwoInterKoreanDeclarations() =>
        CollectionAssert.AreEqual(
            new[] { "PANMUNJOM-2018", "PYONGYANG-2018" },
            Instruments("We welcome the Panmunjom Declaration and the Pyongyang Declaration of the two Korean leaders."));

    [TestMethod]
    // "the Washington Treaty" is the North Atlantic Treaty near NATO words and the Antarctic Treaty near Antarctic ones.
    public void Extract_WashingtonTreatyNearNato_IsTheNorthAtlanticTreatyWithItsArticle() =>
        CollectionAssert.AreEqual(
            new[] { "5" },
            Articles("The Allies decided to invoke article 5 of the Washington Treaty.", "NORTH-ATLANTIC-TREATY"));

    [TestMethod]
    public void Extract_WashingtonTreatyNearAntarctica_IsTheAntarcticTreaty() =>
        CollectionAssert.AreEqual(
            new[] { "ANTARCTIC-1959" },
            Instruments("Antarctica is reserved for peaceful purposes under the Washington Treaty."));

    [TestMethod]
    // A longer title that opens with words of a catalogued name is another instrument (it may be reported as uncatalogued).
    [DataRow("The Damascus Declaration for Democratic National Change was signed by opposition groups.", "DAMASCUS-1991")]
    [DataRow("The Joint Declaration on Peace and Cooperation was signed by the two ministers.", "DOWNING-STREET-1993")]
    public void Extract_OtherTitleOpeningLikeACataloguedName_IsNotThatInstrument(string text, string notExpected) =>
        CollectionAssert.DoesNotContain(Instruments(text), notExpected);

    [TestMethod]
    // Near misses: a shared name with no deciding words, a place named in another sense, a commodity agreement of no
    // stated era, a common noun, and national settlements (corpus/extra DECISIONS).
    [DataRow("The Sirte Declaration was discussed at length by the ministers.")]
    [DataRow("The Arab Summit met in Sirte in 2010.")]
    [DataRow("In 1974 Portugal and FRELIMO signed the Lusaka Agreement on the independence of Mozambique.")]
    [DataRow("The Lima Declaration of the non-aligned Foreign Ministers supports Argentina on the Malvinas.")]
    [DataRow("The International Coffee Agreement collapsed and producers lost billions.")]
    [DataRow("The Brussels Declaration was adopted at the close of the conference.")]
    [DataRow("The Manila Declaration was read out at the closing meeting.")]
    [DataRow("The Pyongyang Declaration was read out at the closing meeting.")]
    [DataRow("The Harare Declaration was read out at the closing meeting.")]
    [DataRow("The Washington Treaty was signed after long negotiations.")]
    [DataRow("The summit of the Central American Presidents was held in Santo Domingo.")]
    [DataRow("The Stability Pact limits budget deficits in the euro area.")]
    [DataRow("The parties agreed a revitalized agreement on trade.")]
    [DataRow("The parties to the Matignon Accords in New Caledonia are satisfied with the progress made.")]
    [DataRow("All parties must honour the Governors Island Agreement and the results of the 1991 elections in Haiti.")]
    public void Extract_NearMiss_GivesNothing(string text) =>
        Assert.AreEqual(0, Instruments(text).Length, string.Join(", ", Instruments(text)));
}
