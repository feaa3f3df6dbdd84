using Citations.Core.Extraction;
using Citations.Core.Extraction.Passes;
using static Citations.Core.Tests.Extraction.Passes.PassHarness;

namespace Citations.Core.Tests.Extraction.Passes;

[TestClass]
public sealed class ProtocolListPassTests
{
    private static IExtractionPass Lists(ExtractionContext context) => new ProtocolListPass(context);

    [TestMethod]
    public void Run_TheirAdditionalProtocols_AreTheFirstGenerationOfTheFamilyNamedBefore()
    {
        var state = Run("All parties must respect the Geneva Conventions and their Additional Protocols in the conduct of hostilities.", BuiltIn, Names, Lists);
        CollectionAssert.AreEqual(new[] { "GC-1949", "AP-I", "AP-II" }, state.Mentions.Select(m => m.InstrumentId).ToArray());
        Assert.AreEqual("their Additional Protocols", Surface(state, state.Mentions[1]));
        Assert.AreEqual(Confidence.ProtocolOfList, state.Mentions[2].Confidence);
    }

    [TestMethod]
    public void Run_NumberedProtocolsToANamedTreaty_AreThatTreatysProtocols()
    {
        var state = Run("France and China signed Additional Protocols I and II to the Treaty of Tlatelolco.", BuiltIn, Names, Lists);
        CollectionAssert.AreEquivalent(new[] { "TLATELOLCO-AP1", "TLATELOLCO-AP2" }, state.Mentions.Select(m => m.InstrumentId).ToArray());
    }

    [TestMethod]
    [DataRow("Every State should ratify the two Protocols additional to the Geneva Conventions of 1949 without delay.", "The two Protocols additional to the Geneva Conventions of 1949")]
    [DataRow("Additional Protocols to the Geneva Conventions extend that protection to civil wars.", "Additional Protocols to the Geneva Conventions")]
    public void Run_ProtocolsAdditionalToANamedFamily_AreItsFirstGenerationAndHoldItsName(string text, string surface)
    {
        var state = Run(text, BuiltIn, Names, Lists);
        // The parent named only inside the protocols' phrase is not cited on its own (rule 7).
        CollectionAssert.AreEqual(new[] { "AP-I", "AP-II" }, state.Mentions.Select(m => m.InstrumentId).ToArray());
        Assert.AreEqual(surface, Surface(state, state.Mentions[0]), ignoreCase: true);
    }

    [TestMethod]
    public void Run_ProtocolsAdditionalToThem_AreThoseOfTheFamilyNamedBefore()
    {
        var state = Run("The Geneva Conventions of 1949 and the two Protocols additional to them bind all parties.", BuiltIn, Names, Lists);
        CollectionAssert.AreEqual(new[] { "GC-1949", "AP-I", "AP-II" }, state.Mentions.Select(m => m.InstrumentId).ToArray());
    }

    [TestMethod]
    [DataRow("Additional Protocols will be negotiated among the parties later.")]
    [DataRow("The Geneva Conventions are old. Additional Protocols to them were proposed.")]
    public void Run_AdditionalProtocolsWithNeitherDeterminerNorNamedParent_AddNothing(string text)
    {
        var state = Run(text, BuiltIn, Names, Lists);
        Assert.IsFalse(state.Mentions.Any(m => m.InstrumentId is "AP-I" or "AP-II"), string.Join("; ", state.Mentions.Select(m => m.InstrumentId)));
    }

    [TestMethod]
    public void Run_ProtocolsWithNoFamilyNamed_AddNothing()
    {
        var state = Run("Both Additional Protocols were discussed at length by the committee.", BuiltIn, Names, Lists);
        Assert.AreEqual(0, state.Mentions.Count);
    }

    [TestMethod]
    public void Run_ManyListsAfterManyNames_StaysLinear()
    {
        static long Steps(int n)
        {
            var text = string.Concat(Enumerable.Repeat("The Universal Declaration of Human Rights was read aloud. ", n))
                       + string.Concat(Enumerable.Repeat("Both Additional Protocols were discussed. ", n));
            var state = new ExtractionState(text);
            Names(BuiltIn).Run(state);
            Lists(BuiltIn).Run(state);
            return state.Steps.Count;
        }

        var small = Steps(300);
        var large = Steps(600);
        Assert.IsTrue(large < small * 2.5, $"{small} steps, then {large} for twice the text");
    }

    [TestMethod]
    public void Run_ManyListsThatEachAddProtocols_StaysLinear()
    {
        // Each list adds two protocols; adding them one list at a time used to merge the whole set each time.
        static long Steps(int n)
        {
            var text = "The Geneva Conventions bind every State. " + string.Concat(Enumerable.Repeat("Both Additional Protocols apply, and the Universal Declaration of Human Rights too. ", n));
            var state = new ExtractionState(text);
            Names(BuiltIn).Run(state);
            Lists(BuiltIn).Run(state);
            Assert.AreEqual(3 * n + 1, state.Mentions.Count);
            return state.Steps.Count;
        }

        var small = Steps(300);
        var large = Steps(600);
        Assert.IsTrue(large < small * 2.5, $"{small} steps, then {large} for twice the text");
    }
}
