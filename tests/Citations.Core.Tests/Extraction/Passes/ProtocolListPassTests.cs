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
}
