using static Citations.Core.Tests.Extraction.ExtractorFixture;

namespace Citations.Core.Tests.Extraction.Passes;

/// <summary>DemonstrativeReferencePass: "this treaty", "that instrument" in lower case, read as the instrument named right before.</summary>
[TestClass]
public sealed class DemonstrativeReferencePassTests
{
    [TestMethod]
    [DataRow("We ratified the Treaty on the Non-Proliferation of Nuclear Weapons in 1970. Since then this treaty has kept the peace.", "NPT", "this treaty")]
    [DataRow("Our Senate approved the Rome Statute of the International Criminal Court, and that treaty now binds us.", "ROME", "that treaty")]
    [DataRow("The Charter of the United Nations is our guide; we must give that instrument its full weight.", "UN-CHARTER", "that instrument")]
    [DataRow("The Convention on the Rights of the Child is nearly universal, and the said convention protects every child.", "CRC", "the said convention")]
    [DataRow("The International Covenant on Civil and Political Rights entered into force in 1976. Our courts apply this covenant daily.", "ICCPR", "this covenant")]
    public void Run_DemonstrativeRightAfterAName_IsThatInstrument(string text, string expected, string surface)
    {
        var citation = Extract(text).Single(c => c.Surface == surface);
        Assert.AreEqual(expected, citation.InstrumentId);
        Assert.AreEqual(0.7, citation.Confidence, 1e-9);
    }

    [TestMethod]
    // "that" as a conjunction before "agreement", a title going on, a kind that does not fit, too far, an instrument spoken of in
    // between, a resolution or an uncatalogued title before, and "the treaty" without a demonstrative.
    [DataRow("The Charter of the United Nations was recalled. We hope that agreement is possible on the agenda.")]
    [DataRow("The Treaty on the Non-Proliferation of Nuclear Weapons is vital. We also want this treaty on fissile material.")]
    [DataRow("The Treaty on the Non-Proliferation of Nuclear Weapons is vital, and that convention must be extended.")]
    [DataRow("The Kyoto Protocol was adopted in 1997; this treaty has been ratified widely.")]
    [DataRow("The Treaty of Tlatelolco is a model. As for the convention banning landmines, that instrument was approved in Oslo.")]
    [DataRow("The Council adopted resolution 1540 (2004), and that instrument obliges every State.")]
    [DataRow("The Treaty on the Protection of the Northern Glaciers was signed; this treaty is new.")]
    [DataRow("We ratified the Treaty on the Non-Proliferation of Nuclear Weapons in 1970. Since then the treaty has kept the peace.")]
    public void Run_NoDemonstrativeOrNoFittingInstrumentRightBefore_AddsNothing(string text)
    {
        var surfaces = Extract(text).Select(c => c.Surface).ToList();
        Assert.IsFalse(surfaces.Any(s => s.StartsWith("this", StringComparison.Ordinal) || s.StartsWith("that", StringComparison.Ordinal) || s.StartsWith("the treaty", StringComparison.Ordinal)),
            string.Join(", ", Extract(text).Select(c => $"{c.InstrumentId} \"{c.Surface}\"")));
    }

    [TestMethod]
    public void Run_DemonstrativeFarAfterTheName_AddsNothing()
    {
        var filler = string.Concat(Enumerable.Repeat("The delegates spoke at length about trade, health and the climate of our region. ", 6));
        var citations = Extract("We ratified the Convention on the Rights of the Child. " + filler + "We defend this convention.");
        Assert.AreEqual(1, citations.Count, string.Join(", ", citations.Select(c => c.Surface)));
    }
}
