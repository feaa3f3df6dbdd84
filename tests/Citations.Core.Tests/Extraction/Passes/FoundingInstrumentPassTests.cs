using Citations.Core.Extraction;
using Citations.Core.Extraction.Passes;
using static Citations.Core.Tests.Extraction.Passes.PassHarness;

namespace Citations.Core.Tests.Extraction.Passes;

/// <summary><see cref="FoundingInstrumentPass"/> on its own, with a small catalog whose names give the bodies.</summary>
[TestClass]
public sealed class FoundingInstrumentPassTests
{
    private static readonly Lazy<ExtractionContext> s_context = new(() => With(CatalogOf(
        Entry("WC-STATUTE", "Statute of the World Tribunal of Arbitration", extra: """, "informalNames": ["WTA Statute"]"""),
        Entry("GU-CHARTER", "Charter of the Organization of Garden Unions", "charter"),
        Entry("GU-CHARTER-P", "Protocol to the Charter of the Organization of Garden Unions", "protocol", extra: """, "parent": "GU-CHARTER", "ordinal": 1"""),
        Entry("RIVER-CHARTER", "River Charter", "charter"))));

    /// <summary>Some 650 characters of text naming no body.</summary>
    private const string Filler = "Many delegations spoke at length about the weather, the harvest and the roads of the region. "
        + "Many delegations spoke at length about the weather, the harvest and the roads of the region. "
        + "Many delegations spoke at length about the weather, the harvest and the roads of the region. "
        + "Many delegations spoke at length about the weather, the harvest and the roads of the region. "
        + "Many delegations spoke at length about the weather, the harvest and the roads of the region. "
        + "Many delegations spoke at length about the weather, the harvest and the roads of the region. "
        + "Many delegations spoke at length about the weather, the harvest and the roads of the region. ";

    private static IExtractionPass Founding(ExtractionContext context) => new FoundingInstrumentPass(context);

    [TestMethod]
    [DataRow("The World Tribunal of Arbitration ruled, in disregard of Article 38 of its Statute, against us.", "its Statute", "WC-STATUTE")]
    [DataRow("The World Tribunal of Arbitration heard the case; the Tribunal's Statute gives it jurisdiction.", "Tribunal's Statute", "WC-STATUTE")]
    [DataRow("The World Tribunal of Arbitration met. Under the Statute of the Tribunal it may sit in chambers.", "Statute of the Tribunal", "WC-STATUTE")]
    [DataRow("The Organization of Garden Unions will succeed only if its Charter is respected.", "its Charter", "GU-CHARTER")]
    [DataRow("The WTA heard the case under its Statute.", "its Statute", "WC-STATUTE")]
    public void Run_ReferenceAfterItsBody_IsTheBodysFoundingInstrument(string text, string surface, string id)
    {
        var state = Run(text, s_context.Value, Founding);
        var mention = state.Mentions.Single();
        Assert.AreEqual(id, mention.InstrumentId);
        StringAssert.EndsWith(Surface(state, mention), surface);
    }

    [TestMethod]
    public void Run_ShortNameInTheSentence_FindsTheBodyNamedFurtherBack()
    {
        var text = "The World Tribunal of Arbitration dismissed the case. " + Filler + "The Tribunal thus acted in disregard of Article 38 of its Statute.";
        Assert.AreEqual("WC-STATUTE", Run(text, s_context.Value, Founding).Mentions.Single().InstrumentId);
        var without = "The World Tribunal of Arbitration dismissed the case. " + Filler + "It thus acted in disregard of Article 38 of its Statute.";
        Assert.AreEqual(0, Run(without, s_context.Value, Founding).Mentions.Count);
    }

    [TestMethod]
    public void Run_NearestBodyDecides()
    {
        const string text = "The World Tribunal of Arbitration was praised, and the Organization of Garden Unions held that its Charter forbids this.";
        var state = Run(text, s_context.Value, Founding);
        Assert.AreEqual("GU-CHARTER", state.Mentions.Single().InstrumentId);
    }

    [TestMethod]
    [DataRow("Its Charter forbids this, as the Organization of Garden Unions later said.")]
    [DataRow("The Organization of Garden Unions met. " + Filler + "Its Charter forbids this.")]
    [DataRow("The Organization of Garden Unions met; the Tribunal's Statute was discussed.")]
    [DataRow("The World Tribunal of Arbitration met, and its Charter was read.")]
    [DataRow("The River Commission met, and its Charter was read.")]
    public void Run_NoFittingBodyBeforeInTheParagraph_AddsNothing(string text)
    {
        Assert.AreEqual(0, Run(text, s_context.Value, Founding).Mentions.Count);
    }

    [TestMethod]
    public void Run_ReferenceInsideANameAlreadyRead_IsLeftAlone()
    {
        const string text = "The Organization of Garden Unions adopted the Protocol to the Charter of the Organization of Garden Unions.";
        var state = Run(text, s_context.Value, Names, Founding);
        Assert.AreEqual("GU-CHARTER-P", state.Mentions.Single().InstrumentId);
    }

    [TestMethod]
    [DataRow("under its Statute", 10, true)]
    [DataRow("Their Charter", 6, true)]
    [DataRow("the Court's Statute", 12, true)]
    [DataRow("the Court’s Statute", 12, true)]
    [DataRow("the Statute of the Court", 4, true)]
    [DataRow("the Charter of the United Nations", 4, false)]
    [DataRow("the Statute is clear", 4, true)]
    [DataRow("a Statute is clear", 2, false)]
    [DataRow("the Statutes", 4, true)]
    [DataRow("our Charter", 4, false)]
    [DataRow("Charter", 0, false)]
    public void MayBeReference_OnlyAfterAPossessiveOrTheOrBeforeOfThe(string text, int head, bool expected)
    {
        Assert.AreEqual(expected, FoundingInstrumentPass.MayBeReference(text, head));
    }
}
