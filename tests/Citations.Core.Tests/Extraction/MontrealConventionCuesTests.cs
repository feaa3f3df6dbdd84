using static Citations.Core.Tests.Extraction.ExtractorFixture;

namespace Citations.Core.Tests.Extraction;

/// <summary>
/// "the Montreal Convention" is the 1999 air-carriage convention in a text about carriers, passengers and the
/// Warsaw system it replaced, and the 1971 sabotage convention in a text about terrorism against aircraft;
/// nothing when the text says neither or both.
/// </summary>
[TestClass]
public sealed class MontrealConventionCuesTests
{
    [TestMethod]
    [DataRow("Plaintiffs' claims arise under Article 17(1) of the Montreal Convention, which replaced the Warsaw Convention.", "MONTREAL-1999")]
    [DataRow("The Montreal Convention makes the carrier liable for damage sustained on board or while embarking.", "MONTREAL-1999")]
    [DataRow("The passengers' luggage was lost on an international flight; the Montreal Convention caps the award.", "MONTREAL-1999")]
    [DataRow("Libya was asked to extradite the suspects in the bombing; it invoked the Montreal Convention.", "MONTREAL-1971")]
    [DataRow("The Montreal Convention obliges States to punish terrorist acts against aircraft.", "MONTREAL-1971")]
    public void Extract_MontrealConventionWithCues_IsTheCuedConvention(string text, string expected) =>
        CollectionAssert.AreEqual(new[] { expected }, Instruments(text).Where(i => i.StartsWith("MONTREAL", StringComparison.Ordinal)).ToArray());

    [TestMethod]
    [DataRow("The Montreal Convention was mentioned in the debate.")]
    // Terrorism and a carrier's liability together: either could be meant.
    [DataRow("After the terrorist attack, the airline's liability to its passengers under the Montreal Convention was disputed.")]
    public void Extract_MontrealConventionWithoutDecidingCues_IsLeftOut(string text) =>
        Assert.IsFalse(Instruments(text).Any(i => i.StartsWith("MONTREAL", StringComparison.Ordinal)), string.Join(", ", Instruments(text)));
}
