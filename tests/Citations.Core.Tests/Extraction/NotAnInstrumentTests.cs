using Citations.Core.Extraction;
using static Citations.Core.Tests.Extraction.ExtractorFixture;

namespace Citations.Core.Tests.Extraction;

/// <summary>
/// Catalog entries with a <c>notAnInstrument</c> reason (agreements between a Government and an armed movement,
/// political arrangements): recognised, so that their names and the anaphors after them are read right, but never
/// reported.
/// </summary>
[TestClass]
public sealed class NotAnInstrumentTests
{
    private static IEnumerable<object[]> NamesOfEntriesNotReported() =>
        InstrumentCatalog.BuiltIn.Instruments
            .Where(i => i.NotAnInstrument is not null)
            .SelectMany(i => i.Names.Concat(i.InformalNames).Select(name => new object[] { i.Id, name }));

    [TestMethod]
    public void BuiltIn_HasEntriesNotReported_EachWithItsReason()
    {
        var entries = InstrumentCatalog.BuiltIn.Instruments.Where(i => i.NotAnInstrument is not null).ToList();
        Assert.IsTrue(entries.Count >= 10, $"{entries.Count} entries");
        foreach (var entry in entries) Assert.IsTrue(entry.NotAnInstrument!.Length > 20, entry.Id);
    }

    [TestMethod]
    [DynamicData(nameof(NamesOfEntriesNotReported))]
    public void Extract_NameOfAnEntryNotAnInstrument_IsRecognisedButNotReported(string id, string name)
    {
        var text = $"The delegation recalled the {name} in its statement.";
        CollectionAssert.Contains(Recognised(text), id, $"\"{name}\" is not recognised");
        Assert.AreEqual(0, Extract(text).Count, string.Join(", ", Extract(text).Select(c => c.InstrumentId)));
    }

    [TestMethod]
    [DataRow("The Kyoto Protocol entered into force in 2005. In Angola, the Government and UNITA signed the Lusaka Protocol. The Protocol must be respected by both sides.", "KYOTO")]
    [DataRow("The Paris Agreement binds us all. At home, the Government and the guerrillas signed the Peace Agreement between the Government of El Salvador and the Frente Farabundo Martí para la Liberación Nacional, and the Agreement holds.", "PARIS")]
    public void Extract_AnaphorAfterAnEntryNotAnInstrument_PointsToIt_NotToTheEarlierInstrument(string text, string earlier)
    {
        var citations = Extract(text);
        Assert.AreEqual(1, citations.Count, string.Join(", ", citations.Select(c => $"{c.InstrumentId} \"{c.Surface}\"")));
        Assert.AreEqual(earlier, citations[0].InstrumentId);
        Assert.AreEqual(0, citations[0].Start - text.IndexOf(citations[0].Surface, StringComparison.Ordinal));
    }

    [TestMethod]
    public void Extract_ArticleOfAnEntryNotAnInstrument_IsNotReported() =>
        Assert.AreEqual(0, Extract("Under article 3 of the Lusaka Protocol, UNITA was to hand over its weapons.").Count);

    [TestMethod]
    // Agreements between States of the same kind and place stay instruments.
    [DataRow("Angola, Namibia, Rwanda, Uganda and Zimbabwe signed the Lusaka Ceasefire Agreement.", "LUSAKA-1999")]
    [DataRow("The General Framework Agreement for Peace in Bosnia and Herzegovina ended the war.", "DAYTON-1995")]
    [DataRow("The Agreement on a Comprehensive Political Settlement of the Cambodia Conflict was signed in Paris.", "PARIS-CAMBODIA-1991")]
    public void Extract_AgreementBetweenStates_IsStillReported(string text, string expected) =>
        CollectionAssert.AreEqual(new[] { expected }, Instruments(text));

    [TestMethod]
    public void Load_UserEntryWithAReason_IsRecognisedButNotReported()
    {
        var catalog = InstrumentCatalog.FromJson("""
            {"instruments": [
              {"id": "MY-ACCORD", "title": "Accord of the River Valley", "kind": "treaty", "adopted": "2001-05-01",
               "names": ["Accord of the River Valley"], "notAnInstrument": "an agreement between a Government and a rebel movement"},
              {"id": "MY-TREATY", "title": "Treaty of the River Valley", "kind": "treaty", "adopted": "2001-05-01",
               "names": ["Treaty of the River Valley"]}
            ]}
            """);
        var extractor = new CitationExtractor(catalog);
        const string text = "Both the Accord of the River Valley and the Treaty of the River Valley were signed in May.";
        Assert.AreEqual("an agreement between a Government and a rebel movement", catalog.Find("MY-ACCORD")!.NotAnInstrument);
        CollectionAssert.AreEqual(new[] { "MY-TREATY" }, extractor.Extract(text).Select(c => c.InstrumentId).ToArray());
        CollectionAssert.AreEqual(new[] { "MY-ACCORD", "MY-TREATY" }, extractor.Recognise(text).Select(c => c.InstrumentId).ToArray());
    }

    [TestMethod]
    [DataRow("true")]
    [DataRow("[\"a reason\"]")]
    [DataRow("\"\"")]
    public void Load_ReasonThatIsNotText_IsRefusedWithItsField(string value)
    {
        var error = Assert.ThrowsExactly<CitationsException>(() => InstrumentCatalog.FromJson($$"""
            {"instruments": [
              {"id": "MY-ACCORD", "title": "Accord of the River Valley", "kind": "treaty", "adopted": "2001-05-01",
               "names": ["Accord of the River Valley"], "notAnInstrument": {{value}}}
            ]}
            """, "mine.json"));
        StringAssert.Contains(error.Message, "notAnInstrument");
    }
}
