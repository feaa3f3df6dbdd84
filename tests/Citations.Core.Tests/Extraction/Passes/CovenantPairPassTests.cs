using Citations.Core.Extraction;
using Citations.Core.Extraction.Passes;
using static Citations.Core.Tests.Extraction.Passes.PassHarness;

namespace Citations.Core.Tests.Extraction.Passes;

[TestClass]
public sealed class CovenantPairPassTests
{
    private static IExtractionPass Pairs(ExtractionContext context) => new CovenantPairPass(context);

    [TestMethod]
    public void Run_TheTwoInternationalCovenantsWithNothingNamed_AreBothCovenants()
    {
        var state = Run("Mongolia is a party to the two International Covenants and reports to both committees.", BuiltIn, Names, Pairs);
        CollectionAssert.AreEqual(new[] { "ICCPR", "ICESCR" }, state.Mentions.Select(m => m.InstrumentId).ToArray());
        Assert.IsTrue(state.Mentions.All(m => m.Confidence == Confidence.CovenantPair && Surface(state, m) == "the two International Covenants"));
    }

    [TestMethod]
    public void Run_BothCovenantsAfterNamingThem_AreTheCovenantsNamed()
    {
        const string text = "The ICESCR and the ICCPR were adopted in 1966; both Covenants entered into force ten years later.";
        var state = Run(text, BuiltIn, Names, Pairs);
        CollectionAssert.AreEqual(new[] { "ICESCR", "ICCPR", "ICESCR", "ICCPR" }, state.Mentions.Select(m => m.InstrumentId).ToArray());
    }

    [TestMethod]
    public void Run_TheseCovenantsWithOneNamed_AddNothing()
    {
        var state = Run("The ICCPR was cited; these Covenants were not discussed further.", BuiltIn, Names, Pairs);
        Assert.AreEqual(1, state.Mentions.Count);
    }
}
