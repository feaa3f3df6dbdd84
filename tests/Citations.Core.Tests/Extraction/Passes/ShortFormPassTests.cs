using Citations.Core.Extraction;
using Citations.Core.Extraction.Passes;
using static Citations.Core.Tests.Extraction.Passes.PassHarness;

namespace Citations.Core.Tests.Extraction.Passes;

[TestClass]
public sealed class ShortFormPassTests
{
    private static IExtractionPass ShortForms(ExtractionContext context) => new ShortFormPass(context);

    [TestMethod]
    public void Run_AnaphorAfterItsInstrument_IsResolvedToIt()
    {
        var state = Run("Algeria ratified the Convention on the Rights of the Child in 1993; the Convention guides its juvenile courts.", BuiltIn, Names, ShortForms);
        Assert.AreEqual("CRC", state.Mentions[1].InstrumentId);
        Assert.AreEqual(Confidence.ShortFormResolved, state.Mentions[1].Confidence);
    }

    [TestMethod]
    [DataRow("The Convention on the Rights of the Child and the Optional Protocol to the Convention are both in force.")]
    [DataRow("La Convención sobre los Derechos del Niño y el Protocolo Facultativo de la Convención están en vigor.")]
    [DataRow("La Convention relative aux droits de l'enfant et le Protocole facultatif à la Convention sont en vigueur.")]
    public void Run_ParentNamedInsideAProtocolsName_IsNotCitedThere(string text)
    {
        // Alone, this pass has no protocol to give the phrase; the parent's head inside it is still not the parent (rule 7).
        var state = Run(text, BuiltIn, Names, ShortForms);
        // ("Optional Protocol" alone is an ambiguous name, left for a later pass to decide.)
        var resolved = state.Mentions.Where(m => m.InstrumentId is not null).ToList();
        Assert.AreEqual(1, resolved.Count, string.Join("; ", state.Mentions.Select(m => $"{m.InstrumentId} '{Surface(state, m)}'")));
        Assert.AreEqual("CRC", resolved[0].InstrumentId);
    }

    [TestMethod]
    public void Run_ConventionAfterAProtocolsOwnName_IsStillResolved()
    {
        // "to" ends no protocol's name here: the Convention is the one named before.
        var state = Run("The Convention on the Rights of the Child binds us; we report to the Convention's committee under the Convention.", BuiltIn, Names, ShortForms);
        Assert.IsTrue(state.Mentions.Count(m => m.InstrumentId == "CRC") >= 2, string.Join("; ", state.Mentions.Select(m => $"{m.InstrumentId} '{Surface(state, m)}'")));
    }

    [TestMethod]
    public void Run_FrenchAnaphor_IsResolvedThroughItsHeadNoun()
    {
        var state = Run("Le Pacte international relatif aux droits civils et politiques protège la vie ; le Pacte interdit la torture.", BuiltIn, Names, ShortForms);
        Assert.AreEqual(2, state.Mentions.Count);
        Assert.AreEqual("ICCPR", state.Mentions[1].InstrumentId);
        Assert.AreEqual("le Pacte", Surface(state, state.Mentions[1]));
    }

    [TestMethod]
    public void Run_CharterWithNothingBefore_IsTheCatalogsDefault()
    {
        var state = Run("Member States reaffirmed their commitment to the purposes of the Charter.", BuiltIn, ShortForms);
        Assert.AreEqual("UN-CHARTER", state.Mentions.Single().InstrumentId);
        Assert.AreEqual(Confidence.ShortFormDefault, state.Mentions.Single().Confidence);
    }

    [TestMethod]
    public void Run_CharterWithAnotherCharterBefore_IsThatCharter()
    {
        var state = Run("The African Charter on Human and Peoples' Rights protects the right to development, and the Charter binds every member.", BuiltIn, Names, ShortForms);
        Assert.AreEqual(state.Mentions[0].InstrumentId, state.Mentions[1].InstrumentId);
        Assert.AreNotEqual("UN-CHARTER", state.Mentions[1].InstrumentId);
    }

    [TestMethod]
    public void Run_CatalogWithoutDefault_LeavesTheCharterOut()
    {
        var context = With(CatalogOf(Entry("UN-CHARTER", "Charter of the United Nations", "charter", "1945-06-26", """, "shortForms": ["Charter"]""")));
        Assert.AreEqual(0, Run("Member States reaffirmed the purposes of the Charter.", context, ShortForms).Mentions.Count);
    }

    [TestMethod]
    public void Run_DefaultClaimedByTwoInstruments_AppliesToNeither()
    {
        var context = With(CatalogOf(
            Entry("UN-CHARTER", "Charter of the United Nations", "charter", "1945-06-26", """, "defaultShortForms": ["Charter"]"""),
            Entry("OTHER-CHARTER", "Charter of the Organization of American States", "charter", "1948-04-30", """, "defaultShortForms": ["Charter"]""")));
        Assert.AreEqual(0, Run("Member States reaffirmed the purposes of the Charter.", context, ShortForms).Mentions.Count);
    }

    [TestMethod]
    public void Run_ManyAnaphorsWithNothingFitting_StaysLinear()
    {
        static long Steps(int n)
        {
            var text = string.Concat(Enumerable.Repeat("The Universal Declaration of Human Rights was read aloud. ", n))
                       + string.Concat(Enumerable.Repeat("The Treaty was not named. The 1968 Treaty was not either. ", n));
            var state = new ExtractionState(text);
            Names(BuiltIn).Run(state);
            ShortForms(BuiltIn).Run(state);
            return state.Steps.Count;
        }

        var small = Steps(300);
        var large = Steps(600);
        Assert.IsTrue(large < small * 2.5, $"{small} steps, then {large} for twice the text");
    }
}
