using Citations.Core.Extraction;
using Citations.Core.Extraction.Passes;
using static Citations.Core.Tests.Extraction.Passes.PassHarness;

namespace Citations.Core.Tests.Extraction.Passes;

[TestClass]
public sealed class DefinedTermPassTests
{
    private static IExtractionPass Terms(ExtractionContext context) => new DefinedTermPass(context);

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

    [TestMethod]
    public void Run_SameTermDefinedTwice_UsesTakeTheFirstDefinition()
    {
        const string text = "The Convention on the Rights of the Child (the \"Convention\") was ratified. The Convention against Torture (the \"Convention\") followed. The Convention binds the State.";
        var state = Run(text, BuiltIn, Names, Terms);
        var last = state.Mentions[^1];
        // "The" with a capital is not the "the" a use may begin with.
        Assert.AreEqual("Convention", Surface(state, last));
        Assert.AreEqual("CRC", last.InstrumentId);
        Assert.AreEqual(MentionKind.DefinedTerm, last.Kind);
    }

    [TestMethod]
    public void Run_UseAfterTheOrAfterAHyphen_IsFoundOnlyAsAWord()
    {
        const string text = "The Treaty on the Non-Proliferation of Nuclear Weapons (the \"Weapons Accord\") holds. Under the Weapons Accord, and not the pre-Weapons Accord era, States agreed.";
        var state = Run(text, BuiltIn, Names, Terms);
        var uses = state.Mentions.Where(m => m.Kind == MentionKind.DefinedTerm).Select(m => Surface(state, m)).ToArray();
        CollectionAssert.AreEqual(new[] { "Weapons Accord", "the Weapons Accord" }, uses);
    }

    [TestMethod]
    public void Run_ManyDefinitionsTwiceOver_TakeAboutTwiceTheSteps()
    {
        static long Steps(int n)
        {
            var text = string.Concat(Enumerable.Range(0, n).Select(k => $"The Convention on the Rights of the Child (the \"Term{k}\") was read. "));
            var state = new ExtractionState(text);
            Names(BuiltIn).Run(state);
            Terms(BuiltIn).Run(state);
            return state.Steps.Count;
        }

        var small = Steps(300);
        var large = Steps(600);
        Assert.IsTrue(large < small * 2.5, $"{small} steps, then {large} for twice the text");
    }
}
