using Citations.Core.Extraction;
using static Citations.Core.Tests.Extraction.Passes.PassHarness;

namespace Citations.Core.Tests.Extraction.Passes;

[TestClass]
public sealed class CatalogNamePassTests
{
    [TestMethod]
    public void Run_FullTitleAndAcronym_AreTwoMentionsWithTheirLevels()
    {
        var state = Run("Kenya ratified the International Covenant on Civil and Political Rights in 1972 and reports under the ICCPR every four years.", BuiltIn, Names);
        Assert.AreEqual(2, state.Mentions.Count);
        Assert.AreEqual("ICCPR", state.Mentions[0].InstrumentId);
        Assert.AreEqual(Confidence.ExactTitle, state.Mentions[0].Confidence);
        Assert.AreEqual(MentionKind.Abbreviation, state.Mentions[1].Kind);
        Assert.AreEqual(Confidence.Abbreviation, state.Mentions[1].Confidence);
    }

    [TestMethod]
    public void Run_ProtocolTitleNamingItsParent_IsOneMentionOfTheProtocol()
    {
        var state = Run("Chile acceded to the Optional Protocol to the International Covenant on Civil and Political Rights.", BuiltIn, Names);
        Assert.AreEqual("ICCPR-OP1", state.Mentions.Single().InstrumentId);
    }

    [TestMethod]
    public void Run_BracketedNumberingRepeatedThousandsOfTimes_StaysLinear()
    {
        // "a" begins names in some catalog languages, and "(a)" may be skipped inside a name: the walk must not run to the end from every "a".
        var small = Steps("The decision cites provision 1" + string.Concat(Enumerable.Repeat("(a)", 2000)) + ".");
        var large = Steps("The decision cites provision 1" + string.Concat(Enumerable.Repeat("(a)", 4000)) + ".");
        Assert.IsTrue(large < small * 2.5, $"{small} steps, then {large} for twice the text");
    }

    private static long Steps(string text)
    {
        var steps = new StepCounter();
        CatalogMatcher.Find(text, BuiltIn.Names, steps);
        return steps.Count;
    }
}
