using Citations.Core.Extraction;
using Citations.Core.Extraction.Passes;
using static Citations.Core.Tests.Extraction.Passes.PassHarness;

namespace Citations.Core.Tests.Extraction.Passes;

/// <summary><see cref="SharedTitlePass"/> on its own, over names read by the catalog pass from a small catalog.</summary>
[TestClass]
public sealed class SharedTitlePassTests
{
    private static readonly Lazy<ExtractionContext> s_context = new(() => With(CatalogOf(
        Entry("CONV-X", "Convention on the Status of Widgets"),
        Entry("PROT-X", "Protocol on the Status of Widgets", "protocol", "1995-01-01"),
        Entry("DECL-Y", "Declaration on Fair Trade in Widgets", "declaration", "1980-01-01"),
        Entry("PLAN-Y", "Plan of Action on Fair Trade in Widgets", "declaration", "1980-01-01"))));

    private static IExtractionPass Shared(ExtractionContext context) => new SharedTitlePass(context);

    [TestMethod]
    [DataRow("We ratified the Convention and the Protocol on the Status of Widgets.", "Convention", "CONV-X")]
    [DataRow("We ratified the Convention and Protocol on the Status of Widgets.", "Convention", "CONV-X")]
    [DataRow("They adopted the Declaration and the Plan of Action on Fair Trade in Widgets.", "Declaration", "DECL-Y")]
    [DataRow("They adopted the Declaration & Plan of Action on Fair Trade in Widgets.", "Declaration", "DECL-Y")]
    public void Run_FirstHeadWithTheSharedTail_IsTheOtherInstrument(string text, string surface, string id)
    {
        var state = Run(text, s_context.Value, Names, Shared);
        var added = state.Mentions.Single(m => Surface(state, m) == surface);
        Assert.AreEqual(id, added.InstrumentId);
        Assert.AreEqual(2, state.Mentions.Count);
    }

    [TestMethod]
    [DataRow("We ratified the Treaty and the Protocol on the Status of Widgets.")]
    [DataRow("They adopted the Charter and the Plan of Action on Fair Trade in Widgets.")]
    [DataRow("They adopted the Declaration, then the Plan of Action on Fair Trade in Widgets.")]
    [DataRow("We ratified the convention and the Protocol on the Status of Widgets.")]
    public void Run_NoNameWithTheSharedTail_AddsNothing(string text)
    {
        var state = Run(text, s_context.Value, Names, Shared);
        Assert.AreEqual(1, state.Mentions.Count, string.Join(", ", state.Mentions));
    }

    [TestMethod]
    public void Run_SecondHeadIsTheSameInstrument_AddsNothing()
    {
        var context = With(CatalogOf(Entry("CONV-X", "Convention on the Status of Widgets", extra: """, "informalNames": ["Protocol on the Status of Widgets"]""")));
        var state = Run("We ratified the Convention and the Protocol on the Status of Widgets.", context, Names, Shared);
        Assert.AreEqual(1, state.Mentions.Count);
    }
}
