using Citations.Core.Extraction;
using Citations.Core.Extraction.Passes;
using static Citations.Core.Tests.Extraction.Passes.PassHarness;

namespace Citations.Core.Tests.Extraction.Passes;

[TestClass]
public sealed class DefinedTermPassTests
{
    private static IExtractionPass Terms(ExtractionContext context) => new DefinedTermPass();

    [TestMethod]
    public void Run_TermDefinedAfterATitle_IsThatInstrumentWhereverUsed()
    {
        const string text = "The Treaty on the Non-Proliferation of Nuclear Weapons (the \"Treaty\") entered into force in 1970. Parties to the Treaty undertook not to transfer such weapons.";
        var state = Run(text, BuiltIn, Names, Terms);
        var terms = state.Mentions.Where(m => m.Kind == MentionKind.DefinedTerm).ToList();
        Assert.AreEqual(2, terms.Count);
        Assert.IsTrue(terms.All(m => m.InstrumentId == "NPT" && m.Confidence == Confidence.DefinedTerm));
        Assert.AreEqual("the Treaty", Surface(state, terms[1]));
    }

    [TestMethod]
    public void Run_BracketsAfterProse_DefineNothing()
    {
        const string text = "The Treaty on the Non-Proliferation of Nuclear Weapons, which the delegation praised at length (Statement), was discussed.";
        var state = Run(text, BuiltIn, Names, Terms);
        Assert.AreEqual(1, state.Mentions.Count);
    }
}
