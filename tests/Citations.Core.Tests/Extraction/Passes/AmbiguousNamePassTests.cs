using Citations.Core.Extraction;
using Citations.Core.Extraction.Passes;
using static Citations.Core.Tests.Extraction.Passes.PassHarness;

namespace Citations.Core.Tests.Extraction.Passes;

[TestClass]
public sealed class AmbiguousNamePassTests
{
    private static IExtractionPass Ambiguous(ExtractionContext context) => new AmbiguousNamePass(context);

    [TestMethod]
    public void Run_AmbiguousNameWithOneCandidateNamed_IsThatCandidate()
    {
        var state = Run("Under the Vienna Convention on Consular Relations the detained national must be told of his rights; the Vienna Convention was breached.", BuiltIn, Names, Ambiguous);
        Assert.AreEqual(2, state.Mentions.Count);
        Assert.AreEqual("VCCR", state.Mentions[1].InstrumentId);
        Assert.AreEqual(Confidence.AmbiguousByContext, state.Mentions[1].Confidence);
    }

    [TestMethod]
    public void Run_AmbiguousNameWithNothingNamed_IsDropped()
    {
        var state = Run("The Vienna Convention was invoked by both delegations.", BuiltIn, Names, Ambiguous);
        Assert.AreEqual(0, state.Mentions.Count);
    }

    [TestMethod]
    public void Run_AmbiguousNameWithTwoCandidatesNamed_IsDropped()
    {
        var state = Run("The Vienna Convention on Diplomatic Relations and the Vienna Convention on Consular Relations differ; the Vienna Convention was cited.", BuiltIn, Names, Ambiguous);
        CollectionAssert.AreEqual(new[] { "VCDR", "VCCR" }, state.Mentions.Select(m => m.InstrumentId).ToArray());
    }
}
