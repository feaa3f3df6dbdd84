using Citations.Core.Extraction;
using Citations.Core.Extraction.Passes;
using static Citations.Core.Tests.Extraction.Passes.PassHarness;

namespace Citations.Core.Tests.Extraction.Passes;

[TestClass]
public sealed class NestedProtocolPassTests
{
    /// <summary>Two families with a "Protocol I" each; only the Geneva one answers to "Protocol I" alone.</summary>
    private static readonly Lazy<ExtractionContext> s_context = new(() => With(CatalogOf(
        Entry("GENEVA", "Geneva Conventions of 12 August 1949", "treaty", "1949-08-12"),
        Entry("GENEVA-P1", "Protocol Additional to the Geneva Conventions of 12 August 1949 (Protocol I)", "protocol", "1977-06-08", """, "parent": "GENEVA", "informalNames": ["Protocol I"]"""),
        Entry("PELINDABA", "African Nuclear-Weapon-Free Zone Treaty", "treaty", "1996-04-11", """, "informalNames": ["Treaty of Pelindaba"]"""),
        Entry("PELINDABA-P1", "Protocol I to the African Nuclear-Weapon-Free Zone Treaty", "protocol", "1996-04-11", """, "parent": "PELINDABA" """))));

    private static IExtractionPass Nested(ExtractionContext context) => new NestedProtocolPass(context);

    [TestMethod]
    public void Run_ProtocolNameToAnotherParent_IsOneMentionOfThatParentsProtocol()
    {
        var state = Run("China ratified Protocol I to the Treaty of Pelindaba in 1997.", s_context.Value, Names, Nested);
        var mention = state.Mentions.Single();
        Assert.AreEqual("PELINDABA-P1", mention.InstrumentId);
        Assert.AreEqual("Protocol I to the Treaty of Pelindaba", Surface(state, mention));
        Assert.AreEqual(Confidence.ProtocolOfNamedParent, mention.Confidence);
    }

    [TestMethod]
    public void Run_ProtocolNameInATextAboutAnotherParent_IsThatParentsProtocol()
    {
        var state = Run("The Treaty of Pelindaba entered into force in 2009. Protocol I was signed by France and the United Kingdom.", s_context.Value, Names, Nested);
        Assert.AreEqual("PELINDABA-P1", state.Mentions[1].InstrumentId);
        Assert.AreEqual(Confidence.SiblingProtocol, state.Mentions[1].Confidence);
    }

    [TestMethod]
    public void Run_ProtocolNameWithItsOwnParentNamed_StaysItsOwn()
    {
        var state = Run("The Geneva Conventions of 12 August 1949 bind all States. Protocol I extends them; the Treaty of Pelindaba is another matter.", s_context.Value, Names, Nested);
        CollectionAssert.AreEqual(new[] { "GENEVA", "GENEVA-P1", "PELINDABA" }, state.Mentions.Select(m => m.InstrumentId).ToArray());
    }

    [TestMethod]
    public void Run_TwoInstrumentsJoinedByAnotherWord_StayTwoMentions()
    {
        var state = Run("Protocol I and the Treaty of Pelindaba were both cited.", s_context.Value, Names, Nested);
        CollectionAssert.AreEqual(new[] { "GENEVA-P1", "PELINDABA" }, state.Mentions.Select(m => m.InstrumentId).ToArray());
    }
}
