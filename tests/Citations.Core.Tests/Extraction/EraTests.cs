using Citations.Core.Extraction;
using Citations.Core.Extraction.Passes;

namespace Citations.Core.Tests.Extraction;

/// <summary>
/// A name shared by successive instruments of one series ("the Lomé Convention": Lomé I to IV) is
/// decided by the statement's date when nothing else decides it.
/// </summary>
[TestClass]
public sealed class EraTests
{
    private static string[] Dated(string text, string? date) =>
        [.. ExtractorFixture.Extractor.Extract(new Statement("era-test", text, new StatementMetadata { Date = date }))
            .Citations.Select(c => c.InstrumentId)];

    [TestMethod]
    [DataRow("1982", "LOME-II-1979")]
    [DataRow("1982-10-04", "LOME-II-1979")]
    [DataRow("1987-09", "LOME-III-1984")]
    [DataRow("1998", "LOME-IV-1989")]
    [DataRow("2005", "LOME-IV-1989")]
    public void Extract_LomeConventionInADatedSpeech_IsTheLatestAdoptedBefore(string date, string expected)
    {
        const string text = "The Lomé Convention also guarantees access to part of our vital sugar exports to the markets of Europe.";
        CollectionAssert.AreEqual(new[] { expected }, Dated(text, date));
        Assert.AreEqual(Confidence.AmbiguousByDate.Value, ExtractorFixture.Extractor.Extract(
            new Statement("era-test", text, new StatementMetadata { Date = date })).Citations[0].Confidence);
    }

    [TestMethod]
    [DataRow("1989", "ICA-1983")]
    [DataRow("1992", "ICA-1983")]
    [DataRow("1996", "ICA-1994")]
    [DataRow("2004", "ICA-2001")]
    [DataRow("2015", "ICA-2007")]
    public void Extract_CoffeeAgreementInADatedSpeech_IsTheAgreementOfItsTime(string date, string expected)
    {
        CollectionAssert.AreEqual(new[] { expected },
            Dated("Since the collapse of the International Coffee Agreement, coffee-producing countries have lost much of their export earnings.", date));
    }

    [TestMethod]
    [DataRow("1979")]
    [DataRow("1984-12-20")]
    [DataRow("1989")]
    public void Extract_LomeConventionInTheYearOneWasAdopted_IsNothing(string date)
    {
        // The old convention or the new one: a year cannot tell.
        CollectionAssert.AreEqual(Array.Empty<string>(), Dated("We welcome the Lomé Convention, a vital instrument of aid and cooperation for our States.", date));
    }

    [TestMethod]
    [DataRow("1975", "We welcome the Lomé Convention, a vital instrument of aid and cooperation for our States.", "LOME-1975")]
    [DataRow("1951", "Recently the Charter of San Salvador was signed by the five Republics.", "ODECA-1951")]
    public void Extract_SeriesNameInTheYearTheFirstWasAdopted_IsTheFirst(string date, string text, string expected)
    {
        // No older one was in force, and the later ones did not exist yet.
        CollectionAssert.AreEqual(new[] { expected }, Dated(text, date));
    }

    [TestMethod]
    [DataRow(null)]
    [DataRow("")]
    [DataRow("undated")]
    [DataRow("undated (June 12, Obama Administration)")]
    [DataRow("82")]
    [DataRow("19820")]
    [DataRow("１９８２")]
    public void Extract_LomeConventionWithoutAUsableDate_IsNothing(string? date)
    {
        CollectionAssert.AreEqual(Array.Empty<string>(), Dated("The Lomé Convention also guarantees access to part of our sugar exports.", date));
    }

    [TestMethod]
    public void Extract_LomeConventionBeforeAnyWasAdopted_IsNothing()
    {
        CollectionAssert.AreEqual(Array.Empty<string>(), Dated("The Lomé Convention now being negotiated with the Community will matter to us.", "1974"));
    }

    [TestMethod]
    public void Extract_CandidateNamedInTheText_WinsOverTheDate()
    {
        // In 1986 the date alone would give Lomé III; the text names the first convention.
        var found = Dated("The ACP-EEC Convention of Lomé opened a new era; the Lomé Convention set up the first system for stabilizing export earnings.", "1986");
        CollectionAssert.AreEqual(new[] { "LOME-1975", "LOME-1975" }, found);
    }

    [TestMethod]
    public void Extract_TwoCandidatesNamedInTheText_IsNothingForTheBareName()
    {
        var found = Dated("Between the Second ACP-EEC Convention and the Third ACP-EEC Convention much changed; the Lomé Convention remains our framework.", "1986");
        CollectionAssert.AreEqual(new[] { "LOME-II-1979", "LOME-III-1984" }, found);
    }

    [TestMethod]
    [DataRow("Under the Vienna Convention both delegations were heard.")]
    [DataRow("The Hague Convention was invoked by both parties.")]
    [DataRow("The Moscow Treaty was welcomed by all.")]
    [DataRow("The Geneva Agreements must be respected.")]
    public void Extract_NameOfUnrelatedInstruments_IsNotDecidedByDate(string text)
    {
        CollectionAssert.AreEqual(Array.Empty<string>(), Dated(text, "1990"));
    }

    [TestMethod]
    [DataRow(null, null)]
    [DataRow("1982", 1982)]
    [DataRow("1982-10", 1982)]
    [DataRow("2024-02-29", 2024)]
    [DataRow("1982/10/04", null)]
    [DataRow("abcd", null)]
    [DataRow("-982", null)]
    public void StatementYear_DateAsSourcesGiveIt_IsItsYear(string? date, int? expected)
    {
        Assert.AreEqual(expected, AmbiguousNamePass.StatementYear(date));
    }

    [TestMethod]
    public void FromJson_SeriesWithTwoMembersOfOneYear_IsRejected()
    {
        var error = Assert.ThrowsExactly<CitationsException>(() => InstrumentCatalog.FromJson("""
            {"instruments": [
              {"id": "X-A", "title": "First Example Agreement", "kind": "treaty", "adopted": "1990-01-10", "names": ["First Example Agreement"]},
              {"id": "X-B", "title": "Second Example Agreement", "kind": "treaty", "adopted": "1990-11-02", "names": ["Second Example Agreement"]}
            ],
             "ambiguous": [{"name": "Example Agreement", "instruments": ["X-A", "X-B"], "byDate": true}]}
            """));
        StringAssert.Contains(error.Message, "1990");
        StringAssert.Contains(error.Message, "byDate");
    }

    [TestMethod]
    public void FromJson_SameCandidatesOnceSeriesOnceNot_IsRejected()
    {
        var error = Assert.ThrowsExactly<CitationsException>(() => InstrumentCatalog.FromJson("""
            {"instruments": [
              {"id": "X-A", "title": "First Example Agreement", "kind": "treaty", "adopted": "1990-01-10", "names": ["First Example Agreement"]},
              {"id": "X-B", "title": "Second Example Agreement", "kind": "treaty", "adopted": "1995-11-02", "names": ["Second Example Agreement"]}
            ],
             "ambiguous": [{"name": "Example Agreement", "instruments": ["X-A", "X-B"], "byDate": true},
                           {"name": "Example Accord", "instruments": ["X-A", "X-B"]}]}
            """));
        StringAssert.Contains(error.Message, "Example Accord");
    }

    [TestMethod]
    public void FromJson_ByDateNotABoolean_IsRejectedBySchema()
    {
        Assert.ThrowsExactly<CitationsException>(() => InstrumentCatalog.FromJson("""
            {"instruments": [
              {"id": "X-A", "title": "First Example Agreement", "kind": "treaty", "adopted": "1990-01-10", "names": ["First Example Agreement"]},
              {"id": "X-B", "title": "Second Example Agreement", "kind": "treaty", "adopted": "1995-11-02", "names": ["Second Example Agreement"]}
            ],
             "ambiguous": [{"name": "Example Agreement", "instruments": ["X-A", "X-B"], "byDate": "yes"}]}
            """));
    }

    [TestMethod]
    public void BuiltIn_SeriesEntries_AreTheOnesVerified()
    {
        // Each is a line of instruments each replacing the one before; unrelated namesakes stay undated.
        var series = InstrumentCatalog.BuiltIn.Ambiguous.Where(a => a.ByDate).Select(a => a.Name).Order(StringComparer.Ordinal).ToArray();
        CollectionAssert.AreEqual(new[]
        {
            "Charter of San Salvador", "Charter of the Organisation of the Islamic Conference",
            "Charter of the Organization of Central American States", "Charter of the Organization of the Islamic Conference",
            "Cocoa Agreement", "Coffee Agreement", "Convention on the Protection of the Baltic Sea",
            "Convention on the Protection of the Marine Environment of the Baltic Sea Area", "International Cocoa Agreement",
            "International Coffee Agreement", "Japan-US Security Treaty", "Lome Convention", "Lomé Convention", "San Salvador Charter",
            "U.S.-Japan Security Treaty", "US-Japan Security Treaty", "United States-Japan Security Treaty",
        }, series);
    }
}
