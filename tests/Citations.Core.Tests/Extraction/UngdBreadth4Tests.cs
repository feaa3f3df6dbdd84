using Citations.Core.Extraction;
using static Citations.Core.Tests.Extraction.ExtractorFixture;

namespace Citations.Core.Tests.Extraction;

/// <summary>
/// The fourth round of instruments General Debate speeches name and the catalog lacked: declarations of
/// Non-Aligned, Commonwealth, Pacific Islands Forum, ASEAN and Central American summits, Cold War alliance
/// treaties under their treaty names (not the alliance's), the Bretton Woods Articles of Agreement, commodity
/// agreements of several eras, and boundary and peace treaties between States. Names several instruments
/// share ("the Lusaka Declaration", "the Havana Declaration", "the Madrid Agreement", "the Declaration of
/// Punta del Este") take the one the words around them point to, and stay out otherwise.
/// </summary>
[TestClass]
public sealed class UngdBreadth4Tests
{
    private static string[] Dated(string text, string date) =>
        [.. Extractor.Extract(new Statement("breadth4", text, new StatementMetadata { Date = date }))
            .Citations.Select(c => c.InstrumentId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    [TestMethod]
    [DataRow("Our Foreign Minister signed the Georgetown Declaration together with his colleagues.", "NAM-GEORGETOWN-1972")]
    [DataRow("The Final Declaration of Havana gave new impetus to the struggle against colonialism.", "NAM-HAVANA-1979")]
    [DataRow("The Tarawa Declaration asks distant-water fleets to stop drift-net fishing at once.", "TARAWA-1989")]
    [DataRow("The regional assistance mission was deployed under the Biketawa Declaration.", "BIKETAWA-2000")]
    [DataRow("My country made its pledge under the Majuro Declaration for Climate Leadership.", "MAJURO-2013")]
    [DataRow("Leaders meeting in Nauru adopted the Boe Declaration on Regional Security.", "BOE-2018")]
    [DataRow("The Kainaki II Declaration calls for urgent climate action now.", "KAINAKI-II-2019")]
    [DataRow("The ANZUS Treaty has been the cornerstone of our defence for decades.", "ANZUS-1951")]
    [DataRow("Iraq and Turkey concluded the Pact of Mutual Co-operation between Iraq and Turkey in February.", "BAGHDAD-PACT-1955")]
    [DataRow("Greece, Turkey and Yugoslavia signed the Treaty of Bled last summer.", "BALKAN-PACT-1954")]
    [DataRow("Members are bound by the IMF Articles of Agreement to avoid manipulating exchange rates.", "IMF-AOA-1944")]
    [DataRow("The World Bank Articles of Agreement forbid political considerations in lending.", "IBRD-AOA-1944")]
    [DataRow("The order set up by the Bretton Woods Agreements no longer fits a world of independent States.", "BRETTON-WOODS-1944")]
    [DataRow("We ratified the International Cocoa Agreement, 1980 without delay.", "ICCA-1980")]
    [DataRow("Quotas on our textile exports under the Multi-Fibre Arrangement must end.", "MFA-1973")]
    [DataRow("Donors should honour their pledges under the Food Aid Convention, 1980.", "FOOD-AID-1980")]
    [DataRow("Our Government will sign the Food Assistance Convention this week.", "FOOD-ASSISTANCE-2012")]
    [DataRow("The three Governments agreed in the Manila Accord to consult the peoples of the territories.", "MANILA-ACCORD-1963")]
    [DataRow("Hostilities in the marshes ended with the Rann of Kutch Agreement.", "KUTCH-1965")]
    [DataRow("Panama has always regarded the Isthmian Canal Convention as an unequal treaty.", "HAY-BUNAU-VARILLA-1903")]
    [DataRow("The solidarity of the hemisphere was proclaimed in the Act of Chapultepec.", "CHAPULTEPEC-ACT-1945")]
    [DataRow("Nigeria withdrew its troops from Bakassi in accordance with the Greentree Agreement.", "GREENTREE-2006")]
    [DataRow("The Nassau Accord set out the steps Pretoria must take.", "NASSAU-ACCORD-1985")]
    [DataRow("Spain transferred its powers under the Declaration of Principles on Western Sahara.", "MADRID-1975")]
    [DataRow("The Arab States set out their peace principles in the Fez Declaration.", "FEZ-1982")]
    [DataRow("Eight countries of the region undertook to limit armaments in the Declaration of Ayacucho.", "AYACUCHO-1974")]
    [DataRow("The Quito Declaration and Plan of Action addressed the burden of external debt.", "QUITO-1984")]
    [DataRow("The five leaders also adopted the Declaration of ASEAN Concord at Bali.", "ASEAN-CONCORD-1976")]
    [DataRow("Bali Concord II set the goal of an ASEAN Community.", "ASEAN-CONCORD-II-2003")]
    [DataRow("The Alliance for Progress rests on the Charter of Punta del Este.", "PUNTA-DEL-ESTE-CHARTER-1961")]
    [DataRow("The Central American Presidents signed the Tela Declaration on demobilization.", "TELA-1989")]
    [DataRow("The Mendoza Commitment renounced chemical and biological weapons.", "MENDOZA-1991")]
    [DataRow("The Ganges Water Sharing Treaty guarantees our share of the dry-season flow.", "GANGES-1996")]
    [DataRow("Both sides must respect the Sinai II Agreement and its buffer zone.", "SINAI-II-1975")]
    [DataRow("The Abraham Accords have opened embassies where there were none.", "ABRAHAM-ACCORDS-2020")]
    [DataRow("The boundary was fixed by the Frontier Treaty between Iraq and Iran.", "IRAN-IRAQ-1937")]
    [DataRow("Estonia's independence was recognized in the Tartu Peace Treaty.", "TARTU-1920")]
    [DataRow("The Panama Canal Treaties entered into force on 1 October.", "PANAMA-CANAL-TREATIES-1977")]
    [DataRow("The consultative council of the Brussels Treaty powers met in London.", "BRUSSELS-TREATY-1948")]
    [DataRow("The Canada-United States Free Trade Agreement removes tariffs over ten years.", "CUSFTA-1988")]
    [DataRow("Eleven economies carried on with the Comprehensive and Progressive Agreement for Trans-Pacific Partnership.", "CPTPP-2018")]
    [DataRow("Lebanon and Syria signed the Treaty of Brotherhood, Cooperation and Coordination in Damascus.", "LEBANON-SYRIA-1991")]
    public void Extract_SpeechName_IsTheInstrument(string text, string expected) =>
        CollectionAssert.AreEqual(new[] { expected }, Instruments(text));

    [TestMethod]
    // Names added to entries already in the catalog.
    [DataRow("The parties to the Egyptian-Israeli Treaty have yet to settle the question of autonomy.", "EGYPT-ISRAEL-1979")]
    [DataRow("Since the Moscow-Bonn Treaty the two Powers have drawn closer.", "MOSCOW-TREATY-1970")]
    [DataRow("Israel denounced the Arab-Israeli armistice agreements it had signed.", "GAA-1949")]
    public void Extract_NameAddedToACataloguedInstrument_IsThatInstrument(string text, string expected) =>
        CollectionAssert.AreEqual(new[] { expected }, Instruments(text));

    [TestMethod]
    // A name several instruments share takes the one whose words, and no other's, stand near it.
    [DataRow("The non-aligned countries spelt out their position in the Lusaka Declaration.", "NAM-LUSAKA-1970")]
    [DataRow("Commonwealth leaders condemned racism and racial prejudice in the Lusaka Declaration.", "COMMONWEALTH-LUSAKA-1979")]
    [DataRow("With the Lusaka Declaration the nine States set out on the road to economic liberation.", "SADCC-LUSAKA-1980")]
    [DataRow("The non-aligned movement stands by the Havana Declaration.", "NAM-HAVANA-1979")]
    [DataRow("The Group of 77 will follow up the Havana Declaration of its first summit.", "G77-SOUTH-SUMMIT-2000")]
    [DataRow("The Uruguay Round must respect the Punta del Este Declaration on standstill.", "URUGUAY-ROUND-1986")]
    [DataRow("The Presidents of America pledged in the Declaration of Punta del Este to create a common market.", "PRESIDENTS-AMERICA-1967")]
    [DataRow("Morocco recovered its Sahara through the Madrid Agreement with Spain and Mauritania.", "MADRID-1975")]
    [DataRow("The Madrid Agreement lets an owner of trademarks register them in many countries at once.", "MADRID-MARKS-1891")]
    [DataRow("Leaders of six nations on five continents adopted the New Delhi Declaration on disarmament.", "SIX-NATION-DELHI-1985")]
    [DataRow("Mr. Gorbachev and Mr. Gandhi signed the Delhi Declaration on a non-violent world.", "DELHI-DECLARATION-1986")]
    [DataRow("In 1951 the five States signed the Charter of San Salvador.", "ODECA-1951")]
    [DataRow("The Maputo Declaration commits African States to spend a tenth of their budgets on agriculture.", "MAPUTO-AU-2003")]
    [DataRow("The Maputo Declaration pledged support to the peoples of Zimbabwe and Namibia.", "MAPUTO-1977")]
    public void Extract_SharedNameWithCues_IsTheCuedInstrument(string text, string expected) =>
        CollectionAssert.AreEqual(new[] { expected }, Instruments(text));

    [TestMethod]
    // Successive cocoa agreements: a bare name in a dated speech is the agreement in force then.
    [DataRow("1974", "ICCA-1972")]
    [DataRow("1983", "ICCA-1980")]
    [DataRow("1990", "ICCA-1986")]
    [DataRow("2005", "ICCA-2001")]
    [DataRow("2015", "ICCA-2010")]
    public void Extract_CocoaAgreementInADatedSpeech_IsTheAgreementOfItsTime(string date, string expected) =>
        CollectionAssert.AreEqual(new[] { expected },
            Dated("The International Cocoa Agreement has not stopped the fall in prices paid to our farmers.", date));

    [TestMethod]
    public void Extract_CocoaAgreementWithoutDate_GivesNothing() =>
        Assert.AreEqual(0, Instruments("The Cocoa Agreement has not stopped the fall in prices paid to our farmers.").Length);

    [TestMethod]
    // A shared name after the full name of one of its instruments in the same statement is that instrument.
    public void Extract_FoodAidConventionAfterDatedName_IsTheNamedConvention() =>
        CollectionAssert.AreEqual(
            new[] { "FOOD-AID-1980" },
            Instruments("The target set by the Food Aid Convention, 1980 is not met. Donors must honour the Food Aid Convention."));

    [TestMethod]
    // The Bahrain-Israel declaration is named by its full title, colon and all, not by the Abraham Accords Declaration.
    public void Extract_BahrainDeclarationTitle_IsTheBahrainDeclaration() =>
        CollectionAssert.AreEqual(
            new[] { "BAHRAIN-ISRAEL-2020" },
            Instruments("We signed the Abraham Accords: Declaration of Peace, Cooperation, and Constructive Diplomatic and Friendly Relations."));

    [TestMethod]
    // A later declaration whose title opens with an earlier one's is the later one.
    public void Extract_ConcordIIAfterConcord_AreTwoInstruments() =>
        CollectionAssert.AreEqual(
            new[] { "ASEAN-CONCORD-1976", "ASEAN-CONCORD-II-2003" },
            Instruments("The Declaration of ASEAN Concord was followed in 2003 by the Declaration of ASEAN Concord II."));

    [TestMethod]
    // Near misses: alliance and group names (corpus/extra DECISIONS), shared names with no deciding words, a
    // treaty only as part of an organisation's name, and national settlements with similar names.
    [DataRow("The forces of NATO and the Warsaw Pact face each other across Europe.")]
    [DataRow("Iran left the Baghdad Pact in 1979 and the alliance dissolved.")]
    [DataRow("The Balkan Pact countries met again in Athens.")]
    [DataRow("The ANZUS Council met in Canberra.")]
    [DataRow("The Andean Pact countries adopted a common external tariff.")]
    [DataRow("The Lusaka Declaration was read out at the closing meeting.")]
    [DataRow("The Havana Declaration was read out at the closing meeting.")]
    [DataRow("The Madrid Agreement was read out at the closing meeting.")]
    [DataRow("The Declaration of Punta del Este was read out at the closing meeting.")]
    [DataRow("The New Delhi Declaration of the Non-Aligned Movement guides our position on Council reform.")]
    [DataRow("The Sinai Agreement was read out at the closing meeting.")]
    [DataRow("The Maputo Declaration was read out at the closing meeting.")]
    [DataRow("The Charter of San Salvador was signed recently.")]
    [DataRow("The Cocoa Producers' Alliance met in Lagos.")]
    [DataRow("The Quito Declaration was adopted by the Guatemalan parties in the presence of the Conciliator.")]
    [DataRow("The Taif Agreement ended the Lebanese civil war.")]
    [DataRow("The Bretton Woods institutions must be reformed.")]
    [DataRow("The Treaty of Brussels on the accession of new members was signed in 1972.")]
    [DataRow("The armistice agreements for Indo-China provide for a cessation of hostilities.")]
    [DataRow("The Tripartite Pact of the Axis Powers threatened the free nations.")]
    public void Extract_NearMiss_GivesNothing(string text) =>
        Assert.AreEqual(0, Instruments(text).Length, string.Join(", ", Instruments(text)));
}
