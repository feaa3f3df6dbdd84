using static Citations.Core.Tests.Extraction.ExtractorFixture;

namespace Citations.Core.Tests.Extraction.Passes;

/// <summary>FoundingInstrumentPass: a bare "the Statute" shortly after a body with one statute is that body's statute.</summary>
[TestClass]
public sealed class FoundingInstrumentBareStatuteTests
{
    [TestMethod]
    [DataRow("The International Court of Justice heard the case. Under Article 36 of the Statute, its jurisdiction rests on consent.", "ICJ-STATUTE", "36")]
    [DataRow("Our parliament will soon vote on the International Criminal Court, and we will ratify the Statute before the summer.", "ROME", null)]
    [DataRow("The International Atomic Energy Agency has a central role; the Statute gives it the power to apply safeguards.", "IAEA-STATUTE", null)]
    public void Run_BareStatuteAfterABody_IsItsStatute(string text, string expected, string? article)
    {
        var citation = Extract(text).Single(c => c.Surface == "the Statute");
        Assert.AreEqual(expected, citation.InstrumentId);
        if (article is not null) CollectionAssert.Contains(citation.Provisions.ToArray(), article);
    }

    [TestMethod]
    public void Run_BareStatuteAfterANamedStatute_IsThatStatute()
    {
        var citations = Extract("The Rome Statute of the International Criminal Court entered into force in 2002. The International Court of Justice is older. Article 5 of the Statute lists the crimes.");
        Assert.AreEqual("ROME", citations.Single(c => c.Surface == "the Statute").InstrumentId);
    }

    [TestMethod]
    // No body named before, a body with no statute of its own, a statute of a domestic body, or a title going on.
    [DataRow("Under the Statute, the judges serve nine years.")]
    [DataRow("The Human Rights Committee met in Geneva. The Statute of Westminster is a British law.")]
    [DataRow("The Security Council met yesterday; the Statute was not discussed.")]
    public void Run_BareStatuteWithNoBodyWithAStatute_AddsNothing(string text) =>
        Assert.IsFalse(Extract(text).Any(c => c.Surface == "the Statute"), string.Join(", ", Extract(text).Select(c => $"{c.InstrumentId} \"{c.Surface}\"")));
}
