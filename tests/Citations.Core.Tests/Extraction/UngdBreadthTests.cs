using static Citations.Core.Tests.Extraction.ExtractorFixture;

namespace Citations.Core.Tests.Extraction;

/// <summary>
/// Instruments and names the General Debate speeches use that the catalog lacked: Cold War and
/// decolonisation-era agreements, peace accords, summit declarations and the informal names speakers give
/// catalogued instruments. Names that fit several instruments ("the Geneva Agreements", "the Algiers
/// Agreement") are decided by the words around them, or left out.
/// </summary>
[TestClass]
public sealed class UngdBreadthTests
{
    [TestMethod]
    [DataRow("The States parties to the Warsaw Treaty met in Budapest and issued an appeal.", "WARSAW-PACT-1955")]
    [DataRow("We propose a non-aggression pact between NATO and the Warsaw Treaty Organization.", "WARSAW-PACT-1955")]
    [DataRow("Nobody believed that the mere signing of the Charter of San Francisco would end war.", "UN-CHARTER")]
    [DataRow("The Assembly adopted the Declaration on the abolition of colonialism at its fifteenth session.", "A/RES/1514(XV)")]
    [DataRow("Colonial Powers are hampering the implementation of the Declaration on the elimination of colonialism.", "A/RES/1514(XV)")]
    [DataRow("India is deeply committed to the Paris Climate Change Agreement.", "PARIS")]
    [DataRow("UNITA must fulfil its obligations under the Lusaka Protocol.", "LUSAKA-PROTOCOL-1994")]
    [DataRow("The provocations are a violation of the Korean Armistice Agreement.", "KOREA-ARMISTICE-1953")]
    [DataRow("Iraq unilaterally abrogated the 1975 Algiers Agreement before the invasion.", "IRAN-IRAQ-1975")]
    [DataRow("The Treaty concerning the State Frontier and Neighbourly Relations between Iran and Iraq settled the river frontier.", "IRAN-IRAQ-1975")]
    [DataRow("The thirteen signatories of the 1962 Geneva Agreements guaranteed its sovereignty.", "LAOS-NEUTRALITY-1962")]
    [DataRow("The Declaration on the Neutrality of Laos forbids foreign bases.", "LAOS-NEUTRALITY-1962")]
    [DataRow("The five Presidents signed the Esquipulas II Agreement in Guatemala City.", "ESQUIPULAS-II-1987")]
    [DataRow("They signed a document on procedures for the establishment of a firm and lasting peace in Central America.", "ESQUIPULAS-II-1987")]
    [DataRow("Our sugar exports are covered by the Fourth Lomé Convention.", "LOME-IV-1989")]
    [DataRow("The famous Potsdam Agreement of 2 August 1945 settled the occupation.", "POTSDAM-AGREEMENT-1945")]
    [DataRow("We cooperate within the Collective Security Treaty Organization.", "CST-1992")]
    [DataRow("Reunification will come as stated in the North-South Joint Declaration.", "KOREA-JOINT-2000")]
    [DataRow("The June 15 Joint Declaration is a declaration of national independence.", "KOREA-JOINT-2000")]
    [DataRow("The outcome of that meeting was the Leticia Pact, which protects the forest.", "LETICIA-2019")]
    [DataRow("Heads of State adopted the Declaration on the commemoration of the seventy-fifth anniversary of the United Nations.", "A/RES/75/1")]
    [DataRow("The Algiers Agreement on Cessation of Hostilities doused the fire of that war.", "ERITREA-ETHIOPIA-CESSATION-2000")]
    [DataRow("We welcome the final draft of the Treaty on the prohibition of the emplacement of nuclear weapons and other weapons of mass destruction on the seabed and the ocean floor and the subsoil thereof.", "SEABED-1971")]
    [DataRow("Austria and Italy differ on the implementation of the Paris agreement of 5 September 1946 concerning South Tyrol.", "PARIS-1946")]
    [DataRow("The minority enjoys autonomy on the basis of the Paris Treaty of 1946 between Austria and Italy.", "PARIS-1946")]
    [DataRow("They violate the Paris Agreement on Ending the War and Restoring Peace in Viet Nam.", "PARIS-VIETNAM-1973")]
    [DataRow("The broadcasts violate the 1982 Nairobi Convention.", "ITU-1982")]
    [DataRow("We urge the two Powers to pursue the discussions on the START III Treaty.", "START-III")]
    [DataRow("The defensive character of the South-East Asia Collective Defence Treaty is plain.", "SEATO-1954")]
    [DataRow("Our disengagement from the South-East Asia Treaty Organization is complete.", "SEATO-1954")]
    [DataRow("Nicaragua agreed to sign the Contadora Act on Peace and Co-operation in Central America.", "CONTADORA-ACT-1984")]
    [DataRow("As Chair of the Parties to the Nauru Agreement, I speak for the tuna fishery.", "NAURU-AGREEMENT-1982")]
    [DataRow("The developing countries formulated their requests in the Charter of Algiers.", "CHARTER-OF-ALGIERS-1967")]
    [DataRow("We welcome the recent second SALT Treaty as a step towards disarmament.", "SALT-II")]
    [DataRow("Israel repudiated the General Armistice Agreements.", "GAA-1949")]
    [DataRow("The Prime Minister declared the Egyptian-Israeli General Armistice Agreement dead and buried.", "EGYPT-ISRAEL-GAA-1949")]
    [DataRow("The provisions of the Lebanese-Israeli General Armistice Agreement are still in force.", "LEBANON-ISRAEL-GAA-1949")]
    [DataRow("The Soviet initiative led to the Declaration of the Granting of Independence to Colonial Countries and Peoples.", "A/RES/1514(XV)")]
    [DataRow("As a European country we are committed to the Charter of Paris.", "CHARTER-OF-PARIS-1990")]
    [DataRow("The Pact of the Future, adopted at the Summit of the Future, opens a path.", "A/RES/79/1")]
    [DataRow("We endorsed the Declaration of Shared Commitments on UN Peacekeeping Operations.", "A4P-DECLARATION-2018")]
    [DataRow("We call for the full implementation of the Declaration on the Conduct of Parties in the South China Sea.", "DOC-SOUTH-CHINA-SEA-2002")]
    [DataRow("The member countries of the Amazon Co-operation Treaty met in Manaus.", "ACT-AMAZON-1978")]
    [DataRow("The Protocol of Rio de Janeiro of 29 January 1942 fixed the frontier.", "RIO-PROTOCOL-1942")]
    [DataRow("We welcomed with relief the Agreement for a limitation of the strategic arms race, arrived at in Moscow in May 1972.", "SALT-I")]
    [DataRow("The socialist States proposed the Declaration on strengthening international security.", "A/RES/2734(XXV)")]
    [DataRow("Confidence grew after the signing of the Treaty banning nuclear weapons tests.", "PTBT")]
    [DataRow("The implementation of the Cotonou Agreement of 25 July 1993 is encountering difficulties.", "LIBERIA-COTONOU-1993")]
    [DataRow("Romania supports the declaration on granting independence to colonial countries and peoples submitted by the USSR.", "A/RES/1514(XV)")]
    [DataRow("We support the adoption of the draft declaration on the prevention of a nuclear catastrophe.", "A/RES/36/100")]
    [DataRow("We hope for the adoption of the draft declaration on the rights of persons belonging to national, ethnic, religious and linguistic minorities.", "MINORITIES-1992")]
    [DataRow("The Commission is working on the draft declaration on the elimination of all forms of religious intolerance.", "RELIGIOUS-INTOLERANCE-1981")]
    [DataRow("The Austrian State Treaty and the Berlin accords are lasting examples.", "AUSTRIA-STATE-TREATY-1955")]
    [DataRow("We abide by the Declaration on the Promotion of World Peace and Co-operation adopted at Bandung.", "BANDUNG-1955")]
    [DataRow("Our policy accords with the spirit of Asian and African co-operation embodied in the Bandung Declaration.", "BANDUNG-1955")]
    [DataRow("We respect the objective embodied in the Kuala Lumpur Declaration of 27 November 1971.", "ZOPFAN-1971")]
    public void Extract_SpeechName_IsTheInstrument(string text, string expected) =>
        CollectionAssert.AreEqual(new[] { expected }, Recognised(text));

    [TestMethod]
    // "the Geneva Agreements" and "the Algiers Agreement" fit several instruments; the words around them decide.
    [DataRow("A settlement in Viet-Nam must rest on the Geneva Agreements.", "GENEVA-1954")]
    [DataRow("Soviet troops left Afghanistan in conformity with the Geneva Accords.", "GENEVA-AFGHANISTAN-1988")]
    [DataRow("Foreign interference in Laos violates the Geneva Agreements.", "LAOS-NEUTRALITY-1962")]
    [DataRow("Iraq tore the Algiers Agreement to pieces and invaded Iran.", "IRAN-IRAQ-1975")]
    [DataRow("Eritrea and Ethiopia must respect the Algiers Agreement and the Boundary Commission.", "ALGIERS-2000")]
    [DataRow("Peace in Mali depends on the Algiers Agreement.", "MALI-PEACE-2015")]
    [DataRow("The United Nations Command must leave Korea before the Armistice Agreement is replaced.", "KOREA-ARMISTICE-1953")]
    [DataRow("Israel has ended its compliance with the armistice agreement with Egypt.", "EGYPT-ISRAEL-GAA-1949")]
    [DataRow("The signing of the SALT Treaty in Vienna in 1979 was a turning-point.", "SALT-II")]
    [DataRow("The Nairobi Convention on telecommunication forbids such broadcasts.", "ITU-1982")]
    [DataRow("We welcome the Declaration of Principles signed by Israel and the Palestine Liberation Organization.", "OSLO-I-1993")]
    [DataRow("The consensus on the sea-bed is reflected in the Declaration of Principles approved last year.", "A/RES/2749(XXV)")]
    [DataRow("The test ban treaty concluded in Moscow was a momentous event.", "PTBT")]
    [DataRow("The Preparatory Commission prepares for the day the test-ban treaty enters into force.", "CTBT")]
    [DataRow("The Liberian parties must abide by the Cotonou Agreement and disarm.", "LIBERIA-COTONOU-1993")]
    [DataRow("The ACP States and the European Union renewed their partnership in the Cotonou Agreement.", "COTONOU-2000")]
    [DataRow("The referendum in South Sudan must be held as called for in the Comprehensive Peace Agreement.", "SUDAN-CPA-2005")]
    [DataRow("Nepal has made progress since the Comprehensive Peace Accord with the Maoists.", "NEPAL-CPA-2006")]
    [DataRow("The Liberian parties must keep to the Abuja Agreement and disarm under ECOMOG.", "LIBERIA-ABUJA-1995")]
    [DataRow("All movements in Darfur should sign the Abuja Agreement.", "DARFUR-PEACE-2006")]
    [DataRow("Burundi signed the Arusha Peace Accord in August 2000.", "ARUSHA-BURUNDI-2000")]
    [DataRow("Had the parties respected the Arusha Agreements, the Rwandese tragedy would have been smaller.", "ARUSHA-RWANDA-1993")]
    public void Extract_AmbiguousNameWithCues_IsTheCuedInstrument(string text, string expected) =>
        CollectionAssert.AreEqual(new[] { expected }, Recognised(text));

    [TestMethod]
    public void Extract_BareLomeConventionAfterLomeIII_IsLomeIII() =>
        CollectionAssert.AreEqual(new[] { "LOME-III-1984" }, Instruments("The Third Lomé Convention was signed in 1984. The Lomé Convention guarantees access for our bananas."));

    [TestMethod]
    public void Extract_TreatyOfWarsawOf1970_IsNotTheAlliance() =>
        CollectionAssert.AreEqual(new[] { "WARSAW-TREATY-1970" }, Instruments("The Treaty of Warsaw of 1970 recognised the frontier on the Oder and Neisse."));

    [TestMethod]
    public void Extract_PotsdamAgreement_IsNotThePotsdamDeclaration() =>
        CollectionAssert.DoesNotContain(Instruments("The Potsdam Agreement settled the occupation of Germany."), "POTSDAM-DECLARATION-1945");

    [TestMethod]
    // Names that fit several instruments with no word to decide, generic phrases, places and meetings give nothing.
    [DataRow("The Geneva Agreements were discussed at length.")]
    [DataRow("The Algiers Agreement was signed after long talks.")]
    [DataRow("The Lomé Convention was discussed by the ministers.")]
    [DataRow("We propose the conclusion of an all-European treaty on collective security.")]
    [DataRow("The parties reached an agreement on cessation of hostilities in the region.")]
    [DataRow("An armistice agreement between the parties must be respected.")]
    [DataRow("The talks in Lusaka lasted for a week.")]
    [DataRow("Potsdam is a city near Berlin.")]
    [DataRow("The two Governments issued a joint declaration on the question.")]
    [DataRow("Colonialism must be abolished everywhere.")]
    [DataRow("The summit in Leticia was devoted to the Amazon forest.")]
    [DataRow("The Armistice Agreement was signed after long negotiations.")]
    [DataRow("The SALT Treaty was signed after long negotiations.")]
    [DataRow("The Lusaka Agreement must be respected by all parties.")]
    [DataRow("The Ministers met in Algiers and adopted a common position.")]
    [DataRow("Fishing in the waters of Nauru has declined.")]
    [DataRow("The Declaration of Principles was adopted after long negotiations.")]
    [DataRow("The Protocol of Rio de Janeiro was signed long ago.")]
    [DataRow("South Africa decided to accede to the test ban treaty.")]
    [DataRow("The four Powers agreed to conclude a state treaty with a neutral country.")]
    [DataRow("The Comprehensive Peace Agreement was signed after long negotiations.")]
    [DataRow("The Abuja Agreement was signed after long negotiations.")]
    [DataRow("The Bandung Conference met in 1955.")]
    [DataRow("South-East Asia should become a zone of peace, freedom and neutrality.")]
    public void Extract_GenericOrUndecided_GivesNothing(string text) =>
        Assert.AreEqual(0, Instruments(text).Length, string.Join(", ", Instruments(text)));
}
