using Citations.Core.Extraction;
using Citations.Core.Extraction.Passes;
using static Citations.Core.Tests.Extraction.Passes.PassHarness;

namespace Citations.Core.Tests.Extraction.Passes;

[TestClass]
public sealed class ResolutionPassTests
{
    private static IExtractionPass Resolutions(ExtractionContext context) => new ResolutionPass(context);

    [TestMethod]
    public void Run_CouncilResolutionsWithYears_AreAddedInTextOrder()
    {
        var state = Run("The Charter of the United Nations and Security Council resolutions 242 (1967) and 338 (1973) set the terms.", BuiltIn, Names, Resolutions);
        CollectionAssert.AreEqual(new[] { "UN-CHARTER", "S/RES/242(1967)", "S/RES/338(1973)" }, state.Mentions.Select(m => m.InstrumentId).ToArray());
        Assert.AreEqual(Confidence.NumberWithYear, state.Mentions[1].Confidence);
    }

    [TestMethod]
    public void Run_CouncilNumberAlone_TakesItsYearAtALowerLevel()
    {
        var state = Run("The Security Council adopted resolution 1325 on women, peace and security.", BuiltIn, Resolutions);
        Assert.AreEqual("S/RES/1325(2000)", state.Mentions.Single().InstrumentId);
        Assert.AreEqual(Confidence.YearFromNumbering, state.Mentions.Single().Confidence);
    }

    [TestMethod]
    public void Run_OtherBodysResolution_AddsNothing()
    {
        var state = Run("The Human Rights Council resolution 31/36 was adopted without a vote.", BuiltIn, Resolutions);
        Assert.AreEqual(0, state.Mentions.Count);
    }
}
