using Citations.Core.Extraction;
using Citations.Core.Extraction.Passes;
using static Citations.Core.Tests.Extraction.ExtractorFixture;

namespace Citations.Core.Tests.Extraction;

/// <summary>Instruments cited by their place in a treaty series.</summary>
[TestClass]
public sealed class TreatySeriesTests
{
    private const string Catalog = """
        {"instruments": [
          {"id": "COVENANT", "title": "International Covenant on Civil and Political Rights", "kind": "treaty", "adopted": "1966-12-16", "treatySeries": "999 UNTS 171", "names": ["International Covenant on Civil and Political Rights"]},
          {"id": "ECHR", "title": "Convention for the Protection of Human Rights and Fundamental Freedoms", "kind": "treaty", "adopted": "1950-11-04", "treatySeries": "ETS No. 005", "names": ["Convention for the Protection of Human Rights and Fundamental Freedoms"]},
          {"id": "PAIR-A", "title": "First Treaty of a Pair", "kind": "treaty", "adopted": "1970-01-01", "treatySeries": "700 UNTS 1", "names": ["First Treaty of a Pair"]},
          {"id": "PAIR-B", "title": "Second Treaty of a Pair", "kind": "treaty", "adopted": "1970-01-01", "treatySeries": "700 UNTS 1", "names": ["Second Treaty of a Pair"]}
        ]}
        """;

    private static readonly Lazy<CitationExtractor> s_extractor = new(() => new CitationExtractor(InstrumentCatalog.FromJson(Catalog)));

    [TestMethod]
    [DataRow("The obligation is in 999 U.N.T.S. 171 and binds every party.", "COVENANT", "999 U.N.T.S. 171")]
    [DataRow("See 999 UNTS 171, art. 9.", "COVENANT", "999 UNTS 171")]
    [DataRow("Reprinted at 999 U. N. T. S. 171 (1966).", "COVENANT", "999 U. N. T. S. 171")]
    [DataRow("Signed at Rome (ETS No. 5) in 1950.", "ECHR", "ETS No. 5")]
    [DataRow("Signed at Rome (E.T.S. 005) in 1950.", "ECHR", "E.T.S. 005")]
    public void Extract_SeriesCitationInTheCatalog_GivesItsInstrument(string text, string expected, string surface)
    {
        var citation = s_extractor.Value.Extract(text).Single();
        Assert.AreEqual(expected, citation.InstrumentId);
        Assert.AreEqual(surface, citation.Surface);
        Assert.AreEqual(MentionKind.TreatySeries, citation.Mention);
    }

    [TestMethod]
    // Not in the catalog, shared by two instruments, another page, a number that only looks like a cite.
    [DataRow("See 1155 U.N.T.S. 331 on the law of treaties.")]
    [DataRow("Both appear in 700 U.N.T.S. 1.")]
    [DataRow("See 999 U.N.T.S. 1710 for another text.")]
    [DataRow("In 1999 UNTSO observers, and 26 USTR officials, met 21 ETSY staff.")]
    public void Extract_SeriesCitationNotDecided_GivesNothing(string text) =>
        Assert.IsEmpty(s_extractor.Value.Extract(text));

    [TestMethod]
    public void Extract_BuiltInCatalog_KnowsTheCovenantByItsVolumeAndPage() =>
        CollectionAssert.AreEqual(new[] { "ICCPR" }, Instruments("The text is printed at 999 U.N.T.S. 171."));

    [TestMethod]
    public void Pass_BuiltInCatalog_HoldsManyReferences() =>
        Assert.IsGreaterThan(50, new TreatySeriesPass(new ExtractionContext(InstrumentCatalog.BuiltIn)).Count);
}
