using Citations.Core.Extraction;
using static Citations.Core.Tests.Extraction.ExtractorFixture;

namespace Citations.Core.Tests.Extraction;

/// <summary>Treaties described by their two parties, end to end with the built-in catalog and country names. Sentences are made up.</summary>
[TestClass]
public sealed class PartiesDescriptionTests
{
    private static string[] Dated(string text, string date, string? issuer = null) =>
        [.. Extractor.Extract(new Statement("parties-test", text, new StatementMetadata { Date = date, Issuer = issuer }))
            .Citations.Select(c => c.InstrumentId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    [TestMethod]
    [DataRow("Nobody questions any more the peace treaty between Egypt and Israel.", "1990", "EGYPT-ISRAEL-1979")]
    [DataRow("We hail the peace accord between the Hashemite Kingdom of Jordan and the State of Israel.", "1995", "ISRAEL-JORDAN-1994")]
    [DataRow("The 1975 frontier treaty signed by Iran and Iraq must be respected.", "1982", "IRAN-IRAQ-1975")]
    [DataRow("The SALT agreement between the United States and the Soviet Union is a first step.", "1973", "SALT-I")]
    public void Extract_TreatyDescribedByItsParties_IsThatTreaty(string text, string date, string expected) =>
        CollectionAssert.AreEqual(new[] { expected }, Dated(text, date));

    [TestMethod]
    // Nothing but the States ("the recent … agreement" may be one the catalog lacks), an indefinite article, a word no
    // treaty between the two has in its name, a date before the treaty was signed.
    [DataRow("The recent Israel-Lebanon agreement raised hopes.", "1983")]
    [DataRow("The agreements between Austria and Italy are honoured.", "1981")]
    [DataRow("An agreement between Egypt and Israel on peace would change the region.", "1975")]
    [DataRow("The peace treaty between Iran and Iraq is still to be written.", "1990")]
    [DataRow("The disengagement agreement between Egypt and Israel is yet to come.", "1972")]
    public void Extract_DescriptionThatPinsDownNoCataloguedTreaty_GivesNothing(string text, string date) =>
        CollectionAssert.AreEqual(Array.Empty<string>(), Dated(text, date));
}
