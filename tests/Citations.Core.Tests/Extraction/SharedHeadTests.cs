using static Citations.Core.Tests.Extraction.ExtractorFixture;

namespace Citations.Core.Tests.Extraction;

/// <summary>
/// One plural head noun shared by a list of subjects after it: "the Conventions on Climate Change and on Biological
/// Diversity". Each subject, read with the head, must be a catalogued name.
/// </summary>
[TestClass]
public sealed class SharedHeadSubjectListTests
{
    [TestMethod]
    [DataRow("We have ratified the Conventions on Climate Change and on Biological Diversity.", "CBD,UNFCCC")]
    [DataRow("Agenda 21 and the Conventions on climate  change and biodiversity are far from being the end result.", "CBD,UNFCCC")]
    [DataRow("Our Congress is seized with the Conventions on Biological Diversity and on Climate Change.", "CBD,UNFCCC")]
    [DataRow("I signed Agenda 21 and the Framework Conventions on Climate Change and Biological Diversity.", "CBD,UNFCCC")]
    [DataRow("My Government welcomes the conventions on climate change and biological diversity which were opened for signature at Rio.", "CBD,UNFCCC")]
    [DataRow("We respect the Vienna Conventions on Diplomatic and Consular Relations.", "VCCR,VCDR")]
    [DataRow("States must ratify the United Nations Conventions on Chemical and Biological Weapons and treaties to ban mines.", "BWC,CWC")]
    [DataRow("The Court gave its opinion in the matter of the Treaties of Peace with Hungary, Romania and Bulgaria.", "PEACE-BULGARIA-1947,PEACE-HUNGARY-1947,PEACE-ROMANIA-1947")]
    [DataRow("We welcome the Treaties of Tlatelolco and of Pelindaba.", "PELINDABA,TLATELOLCO")]
    public void Extract_PluralHeadWithSubjects_GivesEachInstrument(string text, string expected) =>
        CollectionAssert.AreEqual(expected.Split(','), Instruments(text), string.Join(", ", Instruments(text)));

    [TestMethod]
    public void Extract_SubjectsBorrowingTheLastWords_SpanEachItem()
    {
        const string text = "We respect the Vienna Conventions on Diplomatic and Consular Relations.";
        var surfaces = Extract(text).Select(c => $"{c.InstrumentId}:{c.Surface}").ToArray();
        CollectionAssert.AreEqual(new[] { "VCDR:Vienna Conventions on Diplomatic", "VCCR:Consular Relations" }, surfaces);
    }

    [TestMethod]
    // Subjects no single instrument is named by: a generic list gives nothing.
    [DataRow("We are party to the international conventions on human rights and on terrorism.")]
    [DataRow("Guinea is party to the conventions relating to civil aviation and to the taking of hostages.")]
    [DataRow("We adhere to the treaties on disarmament, the environment and refugees.")]
    [DataRow("The Conventions on Climate and Oceans were discussed.")]
    public void Extract_GenericSubjects_GiveNothing(string text) =>
        Assert.IsEmpty(Instruments(text), string.Join(", ", Instruments(text)));

    [TestMethod]
    // Fragments of lists, at the end of a text or with nothing between the separators: no throw, nothing found.
    [DataRow("We signed the Conventions on")]
    [DataRow("We signed the Conventions on , and")]
    [DataRow("Conventions on and and on , ,")]
    [DataRow("The and Conventions")]
    [DataRow(", and Conventions")]
    [DataRow("Conventions")]
    [DataRow("the conventions of of of and of")]
    public void Extract_ListFragments_GiveNothing(string text) =>
        Assert.IsEmpty(Instruments(text), string.Join(", ", Instruments(text)));

    [TestMethod]
    public void Extract_OneSubjectNamedOneNot_GivesOnlyTheNamedOne() =>
        CollectionAssert.AreEqual(new[] { "UNFCCC" }, Instruments("The conventions on climate change and on fisheries subsidies were discussed."));

    [TestMethod]
    public void Extract_SingularHeadWithOneSubject_IsNotAList() =>
        Assert.IsEmpty(Instruments("We support treaties on the non-proliferation of weapons in general."));
}

/// <summary>
/// One plural head noun after a list of modifiers: "the Basel, Rotterdam and Stockholm Conventions". Each modifier,
/// read with the head, must be a name of one instrument; an ambiguous one leaves the whole list alone.
/// </summary>
[TestClass]
public sealed class SharedHeadModifierListTests
{
    [TestMethod]
    [DataRow("We implement the Basel, Rotterdam and Stockholm Conventions.", "BASEL,ROTTERDAM-1998,STOCKHOLM-POPS")]
    [DataRow("We support the Chemical and Biological Weapons Conventions.", "BWC,CWC")]
    [DataRow("We support the Biological and Toxin Weapons and Chemical Weapons Conventions.", "BWC,CWC")]
    [DataRow("We have ratified the Ottawa and Oslo Conventions.", "CCM,OTTAWA")]
    [DataRow("Central America has implemented the Esquipulas and Telas Agreements.", "ESQUIPULAS-II-1987")]
    [DataRow("We honour the Montreal and Kyoto Protocols.", "KYOTO,MONTREAL")]
    public void Extract_ModifiersWithPluralHead_GivesEachInstrument(string text, string expected) =>
        CollectionAssert.AreEqual(expected.Split(','), Instruments(text), string.Join(", ", Instruments(text)));

    [TestMethod]
    // The second list holds "Hague Convention", a name of several instruments, and is left alone as a whole.
    public void Extract_TwoListsInARow_AreReadApart() =>
        CollectionAssert.AreEqual(new[] { "CCM", "OTTAWA" }, Instruments("The Ottawa and Oslo Conventions and the Geneva and Hague Conventions apply."));

    [TestMethod]
    // "Moscow Treaty" and "Montreal Convention" name several instruments: the lists they are in give nothing.
    [DataRow("The Moscow and Warsaw Treaties concluded last year by the Federal Republic of Germany are welcome.")]
    [DataRow("The Hague, Montreal and Tokyo Conventions, which my country has signed, protect civil aviation.")]
    public void Extract_ListWithAnAmbiguousItem_GivesNothing(string text) =>
        Assert.IsEmpty(Instruments(text), string.Join(", ", Instruments(text)));

    [TestMethod]
    // Several Hague Conventions of 1899 and of 1907: no single instrument is meant.
    [DataRow("The Hague Conventions of 1899 and 1907 codified the laws of war.")]
    [DataRow("The Northern and Southern Conventions were signed.")]
    public void Extract_ModifiersNamingNoSingleInstrument_GiveNothing(string text) =>
        Assert.IsEmpty(Instruments(text), string.Join(", ", Instruments(text)));
}

/// <summary>
/// The two International Covenants of 1966 named together: "the two Covenants on Human Rights", "both Covenants of
/// Human Rights", "the Covenants" beside "human rights", and the pairs that refer back to a pair.
/// </summary>
[TestClass]
public sealed class CovenantsTogetherTests
{
    private static readonly string[] s_both = ["ICCPR", "ICESCR"];

    [TestMethod]
    [DataRow("Under the two Covenants on Human Rights, we have established machinery for the first time.")]
    [DataRow("Afghanistan participated in the drafting of both Covenants of Human Rights.")]
    [DataRow("Uruguay was one of the first countries to ratify the International Covenants on human rights.")]
    [DataRow("Significant instruments, such as the international covenants on human rights, are being incorporated.")]
    [DataRow("Since the advent of the Universal Declaration of Human Rights and the adoption of the Covenants guaranteeing civil and political rights, much has changed.")]
    public void Extract_CovenantsPinnedDown_AreBothInternationalCovenants(string text) =>
        CollectionAssert.AreEqual(s_both, Instruments(text).Where(id => id != "UDHR").ToArray(), string.Join(", ", Instruments(text)));

    [TestMethod]
    public void Extract_PairReferringBackToAPair_IsThatPair()
    {
        const string text = "We celebrate the approval of the International Covenants on Human Rights. Those Covenants are a milestone, and many States have not ratified these Covenants.";
        var pairs = Extract(text).GroupBy(c => c.Surface).ToDictionary(g => g.Key, g => g.Select(c => c.InstrumentId).Order(StringComparer.Ordinal).ToArray());
        CollectionAssert.AreEqual(s_both, pairs["Those Covenants"]);
        CollectionAssert.AreEqual(s_both, pairs["these Covenants"]);
    }

    [TestMethod]
    // Covenants in the generic sense, or with nothing about human rights near them, name no instrument.
    [DataRow("Constitutions, declarations, conventions and covenants have been written.")]
    [DataRow("We remain committed to brotherly Arab ties and Arab covenants.")]
    [DataRow("The covenants on human rights were discussed among other moral obligations.")]
    [DataRow("The parties honoured the Covenants of their alliance for a century.")]
    public void Extract_CovenantsNotPinnedDown_GiveNothing(string text) =>
        Assert.IsEmpty(Instruments(text), string.Join(", ", Instruments(text)));
}

/// <summary>The cheap test that lets the modifier-list pattern pass over most plural heads.</summary>
[TestClass]
public sealed class ModifierListPassOverTests
{
    [TestMethod]
    [DataRow("the Basel, Rotterdam and Stockholm Conventions", true)]
    [DataRow("the Ottawa and the Oslo Conventions", true)]
    [DataRow("the Chemical and Biological Weapons Conventions", true)]
    [DataRow("the Vienna, Geneva Conventions", true)]
    [DataRow("the four Geneva Conventions", false)]
    [DataRow("the Geneva Conventions", false)]
    [DataRow("we signed, as others did, the Conventions", false)]
    [DataRow("and four Very Long Named Conventions", false)]
    public void MayCloseModifiers_OnlyWhereASeparatorPrecedesTheLastItem(string text, bool expected)
    {
        var head = text.LastIndexOf("Conventions", StringComparison.Ordinal);
        Assert.AreEqual(expected, Citations.Core.Extraction.Passes.PluralTitleListPass.MayCloseModifiers(text, head));
    }
}
