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
          {"id": "AVIATION", "title": "Convention on an Old Matter of Aviation", "kind": "treaty", "adopted": "1944-12-07", "treatySeries": ["TIAS No. 1591", "61 Stat. 1180"], "names": ["Convention on an Old Matter of Aviation"]},
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
    [DataRow("Printed at 61 Stat. 1180 (1947).", "AVIATION", "61 Stat. 1180")]
    [DataRow("Printed at 61 Stat.1180.", "AVIATION", "61 Stat.1180")]
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
    [DataRow("See 61 Stat 1180, 61 State 1180, 61 stat. 1180 and 61 Stat. 11800.")]
    public void Extract_SeriesCitationNotDecided_GivesNothing(string text) =>
        Assert.IsEmpty(s_extractor.Value.Extract(text));

    [TestMethod]
    public void Extract_BuiltInCatalog_KnowsTheCovenantByItsVolumeAndPage() =>
        CollectionAssert.AreEqual(new[] { "ICCPR" }, Instruments("The text is printed at 999 U.N.T.S. 171."));

    [TestMethod]
    [DataRow("See Vienna Convention on Consular Relations art. 36, Apr. 24, 1963, 21 U.S.T. 77.", "VCCR", "21 U.S.T. 77")]
    [DataRow("The Convention, 21 U.S.T. 77, T.I.A.S. No. 6820, requires notice without delay.", "VCCR", "T.I.A.S. No. 6820")]
    [DataRow("Petitioner invokes the Vienna Convention on Diplomatic Relations, Apr. 18, 1961, 23 U.S.T. 3227.", "VCDR", "23 U.S.T. 3227")]
    [DataRow("The Hague Convention, Oct. 25, 1980, T.I.A.S. No. 11670, governs the petition for return.", "HAGUE-1980", "T.I.A.S. No. 11670")]
    [DataRow("Service was attempted under the Convention, Nov. 15, 1965, 20 U.S.T. 361, 658 U.N.T.S. 163.", "HCCH-SERVICE-1965", "20 U.S.T. 361")]
    [DataRow("The Evidence Convention, 23 U.S.T. 2555, T.I.A.S. No. 7444, is not exclusive.", "HCCH-EVIDENCE-1970", "23 U.S.T. 2555")]
    [DataRow("Enforcement is sought under the Convention, June 10, 1958, 21 U.S.T. 2517, T.I.A.S. No. 6997.", "NYC-1958", "21 U.S.T. 2517")]
    [DataRow("Liability is limited by the Warsaw Convention, Oct. 12, 1929, 49 Stat. 3000, T.S. No. 876.", "WARSAW", "49 Stat. 3000")]
    [DataRow("Convention on International Civil Aviation, Dec. 7, 1944, 61 Stat. 1180.", "CHICAGO-1944", "61 Stat. 1180")]
    [DataRow("See Geneva Convention Relative to the Treatment of Prisoners of War art. 118, Aug. 12, 1949, 6 U.S.T. 3316.", "GC-III", "6 U.S.T. 3316")]
    [DataRow("The United States acceded to the Protocol, T.I.A.S. No. 6577, in 1968.", "REFUGEE-1967", "T.I.A.S. No. 6577")]
    [DataRow("Cf. Outer Space Treaty art. VI, Jan. 27, 1967, 18 U.S.T. 2410.", "OUTER-SPACE-1967", "18 U.S.T. 2410")]
    [DataRow("The Hague Convention of 1970, 22 U.S.T. 1641, obliges the State to extradite or prosecute.", "HAGUE-1970", "22 U.S.T. 1641")]
    public void Extract_BuiltInCatalog_KnowsUnitedStatesSeriesReferences(string text, string expected, string surface)
    {
        var found = Extract(text).Where(c => c.Mention == MentionKind.TreatySeries).ToList();
        Assert.IsTrue(found.Any(c => c.InstrumentId == expected && c.Surface == surface),
            $"{surface} gave {string.Join(", ", found.Select(c => $"{c.InstrumentId} '{c.Surface}'"))}");
    }

    [TestMethod]
    public void Extract_ReferenceOfAnotherInstrumentAfterAName_DescribesTheNamedOne()
    {
        // The United States printed the 1951 Convention with the 1967 Protocol it acceded to: the Protocol's TIAS number
        // in the Convention's citation string is where the Convention was printed, not a citation of the Protocol.
        const string text = "1 Convention relating to the Status of Refugees, July 28, 1951, 19 U. S. T. 6259, 189 U. N. T. S. 150, T. I. A. S. No. 6577.";
        CollectionAssert.AreEqual(new[] { "REFUGEE-1951" }, Instruments(text));
    }

    [TestMethod]
    [DataRow("We rely on the Convention relating to the Status of Refugees. See also 606 U.N.T.S. 267 for the later instrument.")]
    [DataRow("The Convention relating to the Status of Refugees was extended by the text printed at T.I.A.S. No. 6577.")]
    public void Extract_ReferenceOfAnotherInstrumentAfterWords_CitesThatInstrument(string text) =>
        CollectionAssert.AreEqual(new[] { "REFUGEE-1951", "REFUGEE-1967" }, Instruments(text));

    [TestMethod]
    // Another page, another volume, the U.S. Code and a statute in the Statutes at Large, a treaty series number not in the catalog.
    [DataRow("See 21 U.S.T. 78, a different instrument.")]
    [DataRow("See 22 U.S.T. 77 on that point.")]
    [DataRow("Jurisdiction lies under 21 U.S.C. 77 and 9 U.S.C. 201.")]
    [DataRow("The Refugee Act of 1980, Pub. L. No. 96-212, 94 Stat. 102, amended the statute.")]
    [DataRow("The Warsaw limit was printed at 49 Stat. 3001 in that volume.")]
    [DataRow("See T.I.A.S. No. 11671.")]
    public void Extract_BuiltInCatalog_UnitedStatesNearMisses_GiveNothing(string text) =>
        Assert.IsEmpty(Extract(text).Where(c => c.Mention == MentionKind.TreatySeries));

    [TestMethod]
    [DataRow("Cited at 49 Stat. 3000.", "WARSAW")]
    [DataRow("Cited at 21 U.S.T. 77.", "VCCR")]
    [DataRow("Cited at T.I.A.S. No. 6638.", "HCCH-SERVICE-1965")]
    public void Extract_BuiltInCatalog_SeriesReferenceAlone_GivesItsInstrument(string text, string expected) =>
        CollectionAssert.AreEqual(new[] { expected }, Instruments(text));

    [TestMethod]
    public void Pass_BuiltInCatalog_HoldsManyReferences() =>
        Assert.IsGreaterThan(50, new TreatySeriesPass(new ExtractionContext(InstrumentCatalog.BuiltIn)).Count);
}
