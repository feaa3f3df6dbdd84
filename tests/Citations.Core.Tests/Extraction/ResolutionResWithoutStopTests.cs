using static Citations.Core.Tests.Extraction.ExtractorFixture;

namespace Citations.Core.Tests.Extraction;

/// <summary>Press releases and briefs write the legal abbreviation without its stop: "GA Res 46/182", "UNSC Res 2254".</summary>
[TestClass]
public sealed class ResolutionResWithoutStopTests
{
    [TestMethod]
    [DataRow("GA Res 46/182 created the humanitarian coordination framework.", "A/RES/46/182")]
    [DataRow("UNSC Res 2254 sets out the road map for Syria.", "S/RES/2254(2015)")]
    [DataRow("S.C. Res 1373 obliges all States to criminalise terrorist financing.", "S/RES/1373(2001)")]
    [DataRow("The SC Res 2254 (2015) text was circulated.", "S/RES/2254(2015)")]
    [DataRow("UNSC Res. 2254 sets out the road map for Syria.", "S/RES/2254(2015)")]
    public void Extract_OrganAndResWithoutStop_IsTheResolution(string text, string expected) =>
        CollectionAssert.AreEqual(new[] { expected }, Instruments(text));

    [TestMethod]
    // "Res" with no organ before it, or inside a word, is not the abbreviation.
    [DataRow("The Res 46 project team met in Buenos Aires 2254 times.")]
    [DataRow("See the GA Resources page, item 46/182.")]
    public void Extract_ResWithoutAnOrgan_GivesNothing(string text) =>
        Assert.AreEqual(0, Instruments(text).Length, string.Join(", ", Instruments(text)));
}
