using Citations.Core.Extraction;
using Citations.Core.Extraction.Passes;
using static Citations.Core.Tests.Extraction.Passes.PassHarness;

namespace Citations.Core.Tests.Extraction.Passes;

/// <summary><see cref="AnachronismPass"/> on its own, over the names a small catalog gives.</summary>
[TestClass]
public sealed class AnachronismPassTests
{
    private static readonly Lazy<ExtractionContext> s_context = new(() => With(CatalogOf(
        Entry("LATE", "Convention on Late Widgets", adopted: "2015-12-12"),
        Entry("EARLY", "Convention on Early Widgets", adopted: "1950-01-01"))));

    private static ExtractionState Run(string text, string? date)
    {
        var state = new ExtractionState(text) { Metadata = new StatementMetadata { Date = date } };
        new CatalogNamePass(s_context.Value).Run(state);
        new AnachronismPass(s_context.Value).Run(state);
        return state;
    }

    [TestMethod]
    [DataRow("1973", 1)]
    [DataRow("1999", 1)]
    [DataRow("2000", 2)]
    [DataRow("2020-05-01", 2)]
    [DataRow(null, 2)]
    [DataRow("sometime", 2)]
    public void Run_MentionMoreThanFifteenYearsBeforeAdoption_IsDropped(string? date, int kept)
    {
        var state = Run("The Convention on Late Widgets and the Convention on Early Widgets were discussed.", date);
        Assert.AreEqual(kept, state.Mentions.Count);
        Assert.IsTrue(state.Mentions.Any(m => m.InstrumentId == "EARLY"));
    }
}
