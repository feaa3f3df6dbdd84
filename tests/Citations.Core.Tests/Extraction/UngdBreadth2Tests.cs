using static Citations.Core.Tests.Extraction.ExtractorFixture;

namespace Citations.Core.Tests.Extraction;

/// <summary>
/// The second round of names General Debate speeches give instruments: descriptive titles of catalogued
/// treaties ("the Convention on the banning of chemical weapons", "the Treaty on anti-ballistic missiles"),
/// spellings of regional titles ("South-East Asia"), and "the Pact" after a named pact.
/// </summary>
[TestClass]
public sealed class UngdBreadth2Tests
{
    [TestMethod]
    [DataRow("On 23 August last my country ratified the Convention on the banning of chemical weapons.", "CWC")]
    [DataRow("First is the adoption and signing of the Convention on the banning of biological weapons.", "BWC")]
    [DataRow("A similar approach to the one used in the Convention on biological weapons should be used.", "BWC")]
    [DataRow("All States should ratify the Treaty on the partial banning of nuclear-weapon tests.", "PTBT")]
    [DataRow("Cuts are possible provided that the Treaty on anti-ballistic missiles is strictly complied with.", "ABM-1972")]
    [DataRow("They marked the entry into force of the Treaty on the elimination of intermediate- and shorter-range missiles.", "INF")]
    [DataRow("The signature in Montreal of the Protocol on the protection of the ozone layer is a landmark.", "MONTREAL")]
    [DataRow("Since 1960, when the Declaration on the liquidation of the colonial system was adopted, much has changed.", "A/RES/1514(XV)")]
    [DataRow("The principles of the Declaration on colonialism apply to small territories too.", "A/RES/1514(XV)")]
    [DataRow("The Declaration on the prohibition of the use of nuclear weapons was not supported by all the nuclear Powers.", "A/RES/1653(XVI)")]
    [DataRow("Myanmar is a party to the Treaty on the South-East Asia Nuclear Weapon Free Zone.", "BANGKOK-1995")]
    [DataRow("Myanmar is a party to the Treaty on the South- East Asia Nuclear Weapon Free Zone.", "BANGKOK-1995")]
    [DataRow("They signed the Treaty of Amity and Co-operation in South-East Asia in Bali.", "TAC-1976")]
    [DataRow("Cambodia has acceded to the Treaty of Amity and Cooperation in South- East Asia.", "TAC-1976")]
    [DataRow("We look forward to the first Meeting of States Parties to the Treaty Prohibiting Nuclear Weapons.", "TPNW")]
    [DataRow("Collaboration with South Africa makes the Declaration on the Denuclearization of Africa void of meaning.", "OAU-DENUCLEARIZATION-1964")]
    [DataRow("Funding will help carry out the Declaration on Cities and Other Human Settlements in the New Millennium.", "A/RES/S-25/2")]
    [DataRow("Aid must be aligned with national priorities, in accordance with the Paris Declaration on Aid Effectiveness.", "PARIS-AID-2005")]
    [DataRow("We are guided by the 2005 Paris Declaration on Aid Effectiveness.", "PARIS-AID-2005")]
    public void Extract_SpeechName_IsTheInstrument(string text, string expected) =>
        CollectionAssert.AreEqual(new[] { expected }, Recognised(text));

    [TestMethod]
    // "the Moscow Treaty" names the 1963 test ban, the 1970 treaty with the Federal Republic of Germany or the 2002 reductions.
    [DataRow("The Moscow Treaty on the partial banning of nuclear tests eased tension.", "PTBT")]
    [DataRow("The Moscow Treaty on a partial cessation of nuclear tests was a salutary step.", "PTBT")]
    public void Extract_AmbiguousNameWithCues_IsTheCuedInstrument(string text, string expected) =>
        CollectionAssert.AreEqual(new[] { expected }, Recognised(text));

    [TestMethod]
    // "nuclear tests" near "the test-ban treaty" does not say which test ban: a speech of 1995 means the comprehensive one.
    public void Extract_TestBanTreatyNearNuclearTests_IsNotThePartialTestBan() =>
        CollectionAssert.DoesNotContain(Instruments("Nuclear tests must stop until the nuclear test-ban treaty is concluded."), "PTBT");

    [TestMethod]
    // "Pact" is a head noun: "the Pact" goes back to the pact named before it, and to nothing when none is.
    [DataRow("World leaders adopted the Pact for the Future this week. We consider the Pact an important step.", "A/RES/79/1")]
    [DataRow("The States of the League must live up to the spirit of the Pact of the League of Arab States. The Pact binds us all.", "ARAB-LEAGUE-PACT")]
    public void Extract_PactAfterNamedPact_IsThatPact(string text, string expected) =>
        CollectionAssert.AreEqual(new[] { expected }, Instruments(text));

    [TestMethod]
    // "on behalf of", "on account of" and a date after "on" go on the sentence, so the anaphor before them is resolved.
    [DataRow("Today the Comprehensive Nuclear-Test-Ban Treaty was opened for signature. This morning I signed the Treaty on behalf of Canada.", "CTBT", "the Treaty")]
    [DataRow("The Rome Statute of the International Criminal Court is a landmark. Our Parliament ratified the Statute on 6 November.", "ROME", "the Statute")]
    [DataRow("We welcome the United Nations Convention on the Law of the Sea and appeal to States that rejected the Convention on account of ideology.", "UNCLOS", "the Convention")]
    public void Extract_AnaphorBeforeSentenceWords_IsResolved(string text, string expected, string surface) =>
        Assert.IsTrue(Extract(text).Any(c => c.InstrumentId == expected && c.Surface == surface), string.Join(", ", Instruments(text)));

    [TestMethod]
    // "on" and a lower-case phrase may still open a title the catalog lacks: the head noun is not made an anaphor.
    public void Extract_HeadNounBeforeATitleOpener_IsNoAnaphor() =>
        Assert.IsFalse(
            Extract("Today the Comprehensive Nuclear-Test-Ban Treaty was opened for signature. We also signed the Treaty on the delimitation of maritime borders.")
                .Any(c => c.Surface.StartsWith("the Treaty", StringComparison.Ordinal) && c.InstrumentId == "CTBT"));

    [TestMethod]
    // Near misses: the same words naming no instrument, a pact the catalog lacks, a Lusaka agreement with no cue, and
    // national settlements that are not international instruments (corpus/extra DECISIONS: Taif, Noumea).
    [DataRow("We discussed the banning of chemical weapons and of biological weapons at length.")]
    [DataRow("The protection of the ozone layer is a concern for every nation.")]
    [DataRow("The two sides signed a pact on trade. The Pact will be reviewed next year.")]
    [DataRow("The liquidation of the colonial system is a task for this Assembly.")]
    [DataRow("Nuclear weapons must be prohibited, and South-East Asia must stay free of them.")]
    [DataRow("The Lusaka Agreement was signed after long negotiations.")]
    [DataRow("The denuclearization of Africa remains our aim.")]
    [DataRow("Ministers met in Paris to discuss aid effectiveness and cities in the new millennium.")]
    [DataRow("The Paris Declaration was adopted after long negotiations.")]
    [DataRow("Mozambique must be declared independent in conformity with the Lusaka Agreement.")]
    [DataRow("Lebanon rebuilds its institutions in accordance with the Taif Agreement.")]
    [DataRow("We welcomed the signing of the Nouméa Accord between the French Government and the parties.")]
    public void Extract_NearMiss_GivesNothing(string text) =>
        Assert.AreEqual(0, Instruments(text).Length, string.Join(", ", Instruments(text)));
}
