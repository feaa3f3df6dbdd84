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
    // The indefinite article is the noun's that the name qualifies: the name itself is cited.
    [DataRow("As an Antarctic Treaty party we applaud the way the continent is managed.", "ANTARCTIC-1959")]
    [DataRow("Every Antarctic Treaty Consultative Party has a say; we became an Antarctic Treaty Consultative Party in 1985.", "ANTARCTIC-1959")]
    [DataRow("We are a Rome Statute State and proud of it.", "ROME")]
    [DataRow("As an Arms Trade Treaty signatory, we report our exports.", "ATT")]
    public void Run_NameQualifyingANounAfterAnIndefiniteArticle_IsFound(string text, string expected) =>
        CollectionAssert.Contains(Run(text, BuiltIn, Names).Mentions.Select(m => m.InstrumentId).ToArray(), expected);

    [TestMethod]
    // The article is the name's own: some instrument of that kind, not the one the catalog names.
    [DataRow("A comprehensive test-ban treaty remains our goal.")]
    [DataRow("We call for an arms trade treaty that is robust.")]
    [DataRow("We need a comprehensive test-ban treaty-party meeting.")]
    [DataRow("We want a comprehensive test-ban treaty partnership with all.")]
    public void Run_NameAfterAnIndefiniteArticleOfItsOwn_IsNotFound(string text) =>
        Assert.AreEqual(0, Run(text, BuiltIn, Names).Mentions.Count(m => m.InstrumentId is not null));

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
