using Citations.Core.Extraction;
using static Citations.Core.Tests.Extraction.ExtractorFixture;

namespace Citations.Core.Tests.Extraction;

/// <summary>Ambiguous names decided by the words around them, on their own and through the extractor.</summary>
[TestClass]
public sealed class ContextCuesTests
{
    private static readonly ContextCues s_cues = new(new Dictionary<string, string[]>
    {
        ["A"] = ["consular notification", "consul"],
        ["B"] = ["diplomatic agents"],
    });

    [TestMethod]
    [DataRow("He was never told of his right to see the consul under the Vienna Convention.", "A")]
    [DataRow("The Vienna Convention protects diplomatic agents from arrest.", "B")]
    public void Decide_CuesOfOneCandidate_GivesIt(string text, string expected)
    {
        var at = text.IndexOf("Vienna Convention", StringComparison.Ordinal);
        Assert.AreEqual(expected, s_cues.Decide(text, at, at + 17, ["A", "B"], new StepCounter()));
    }

    [TestMethod]
    [DataRow("The Vienna Convention was invoked.")]
    [DataRow("Under the Vienna Convention the consul and the diplomatic agents are protected.")]
    // "consulate" is not the cue "consul": whole words only.
    [DataRow("The consulates were closed; the Vienna Convention was invoked.")]
    public void Decide_NoCueOrCuesOfSeveral_GivesNothing(string text)
    {
        var at = text.IndexOf("Vienna Convention", StringComparison.Ordinal);
        Assert.IsNull(s_cues.Decide(text, at, at + 17, ["A", "B"], new StepCounter()));
    }

    [TestMethod]
    public void Decide_CueBeyondTheWindowOfALongText_IsNotCounted()
    {
        var text = "The consul was called. " + new string('x', ContextCues.ShortText) + " The Vienna Convention applies.";
        var at = text.IndexOf("Vienna Convention", StringComparison.Ordinal);
        Assert.IsNull(s_cues.Decide(text, at, at + 17, ["A", "B"], new StepCounter()));
    }

    [TestMethod]
    public void BuiltIn_EveryInstrumentItNames_IsInTheCatalog()
    {
        var cues = ContextCues.BuiltIn(InstrumentCatalog.BuiltIn);
        Assert.IsTrue(cues.Instruments.Any(), "no cue survived the catalog");
        foreach (var id in cues.Instruments) Assert.IsTrue(InstrumentCatalog.BuiltIn.Contains(id), id);
    }

    [TestMethod]
    [DataRow("Breard was not told that he could contact his consulate; the Vienna Convention requires consular notification without delay.", "VCCR")]
    [DataRow("Police entered the embassy in breach of the Vienna Convention, which protects diplomatic premises.", "VCDR")]
    [DataRow("The court ordered the child returned under the Hague Convention, finding a wrongful removal from her habitual residence.", "HAGUE-1980")]
    [DataRow("Prisoners of war must be treated humanely, as the Geneva Convention requires.", "GC-III")]
    [DataRow("The transfer of civilians into occupied territory violates the Geneva Convention.", "GC-IV")]
    public void Extract_AmbiguousNameWithCues_GivesTheCuedInstrument(string text, string expected) =>
        CollectionAssert.AreEqual(new[] { expected }, Instruments(text));

    [TestMethod]
    [DataRow("The Vienna Convention was mentioned in the debate.")]
    [DataRow("Prisoners of war and refugees alike are protected by the Geneva Convention.")]
    public void Extract_AmbiguousNameWithoutDecidingCues_GivesNothing(string text) =>
        Assert.IsEmpty(Instruments(text));
}
