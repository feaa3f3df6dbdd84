using static Citations.Core.Tests.Extraction.ExtractorFixture;

namespace Citations.Core.Tests.Extraction.Passes;

/// <summary>
/// DescriptiveReferencePass: "the Final Act of the Conference" means the conference named last before it (not only
/// when the text names one conference in all), and a bare head that is no head noun ("the Final Act", "the Platform
/// for Action") right after an occasion was named is that occasion's instrument.
/// </summary>
[TestClass]
public sealed class OccasionReferredBackTests
{
    [TestMethod]
    [DataRow("In 1972 the Stockholm Conference met. In 1975 the Conference on Security and Co-operation in Europe followed. The Final Act of the Conference guides us.", "HELSINKI-1975")]
    [DataRow("The Conference on Security and Co-operation in Europe ended in 1975. Years later, the Fourth World Conference on Women met. The Declaration adopted at the Conference speaks of equality.", "BEIJING")]
    public void Extract_ConferenceReferredTo_IsTheOneNamedLast(string text, string expected) =>
        CollectionAssert.Contains(Instruments(text), expected);

    [TestMethod]
    // Two conferences in one sentence, or a conference the catalog adopted nothing at named last, leave it undecided.
    [DataRow("The Stockholm Conference and the Conference on Security and Co-operation in Europe were both held in the 1970s. The Declaration of the Conference was short.")]
    [DataRow("The Conference on Security and Co-operation in Europe met in 1975. The Conference on Disarmament met in 1979. The Final Act of the Conference is cited here.")]
    public void Extract_ConferenceReferredToThatIsNotDecided_GivesNothing(string text) =>
        Assert.AreEqual(0, Extract(text).Count(c => c.Surface.StartsWith("The Declaration", StringComparison.Ordinal) || c.Surface.StartsWith("The Final Act", StringComparison.Ordinal)),
            string.Join(", ", Extract(text).Select(c => $"{c.InstrumentId} \"{c.Surface}\"")));

    [TestMethod]
    [DataRow("Finland was host to the Conference on Security and Co-operation in Europe. Critics doubted the value of the Final Act, yet it has endured.", "HELSINKI-1975", "the Final Act")]
    [DataRow("Women from every region came to the Fourth World Conference on Women, and the Platform for Action is now our guide.", "BEIJING", "the Platform for Action")]
    public void Extract_BareHeadRightAfterTheOccasion_IsItsInstrument(string text, string expected, string surface)
    {
        var citation = Extract(text).Single(c => c.Surface == surface);
        Assert.AreEqual(expected, citation.InstrumentId);
        Assert.AreEqual(0.7, citation.Confidence, 1e-9);
    }

    [TestMethod]
    // Too far from the occasion, another occasion's noun in between, a mention in between, or a title going on.
    [DataRow("The Conference on Security and Co-operation in Europe met long ago. " + Filler + "We still read the Final Act with care.")]
    [DataRow("The Conference on Security and Co-operation in Europe met in 1975, and a second conference met in 1977. The Final Act was cited there.")]
    [DataRow("The Conference on Security and Co-operation in Europe met in 1975; the Geneva Conventions were recalled. The Final Act was cited there.")]
    [DataRow("The Conference on Security and Co-operation in Europe met in 1975. The Final Act of the Uruguay Round came much later.")]
    public void Extract_BareHeadNotRightAfterTheOccasion_IsNotItsInstrument(string text) =>
        Assert.IsFalse(Extract(text).Any(c => c.InstrumentId == "HELSINKI-1975"), string.Join(", ", Extract(text).Select(c => $"{c.InstrumentId} \"{c.Surface}\"")));

    private const string Filler =
        "Since then the world has changed in many ways that nobody foresaw at the time, and our region has seen both progress and setbacks. "
        + "Trade has grown, borders have opened and closed again, new States have joined our ranks, and the agenda of this Assembly has widened year after year. "
        + "Our delegation has taken part in every debate on these questions and will go on doing so with patience, in good faith and with hope for the young. "
        + "Much remains to be done on poverty, on health, on the environment and on education, and no country can do it alone in this age of change and doubt. "
        + "We owe our peoples results, not words, and we will measure ourselves by them in the years ahead, as our founders would have wished. ";
}
