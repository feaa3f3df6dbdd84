using Citations.Core.Extraction;
using static Citations.Core.Tests.Extraction.ExtractorFixture;

namespace Citations.Core.Tests.Extraction;

/// <summary>
/// Catalog entries added for the instruments the extra4 split (General Debate excerpts) cites: Cold War security
/// treaties, Viet Nam's treaties of 1978 and 1979, the Honduras-Colombia delimitation, the Jeddah agreement, CFE-1A,
/// the treaties signed at Brussels, and the Colombian agreement of 2012 that is not an instrument. Sentences are made up.
/// </summary>
[TestClass]
public sealed class ExtraFourCatalogTests
{
    private static string[] Dated(string text, string date) =>
        [.. Extractor.Extract(new Statement("extra4-catalog-test", text, new StatementMetadata { Date = date }))
            .Citations.Select(c => c.InstrumentId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    [TestMethod]
    [DataRow("Our alliance rests on the Security Treaty between the United States of America and Japan.", "US-JAPAN-SECURITY-1951")]
    [DataRow("The Treaty of Mutual Cooperation and Security between Japan and the United States of America was ratified.", "US-JAPAN-SECURITY-1960")]
    [DataRow("Manila invoked the Mutual Defense Treaty between the Republic of the Philippines and the United States of America.", "US-PHILIPPINES-MDT-1951")]
    [DataRow("The US-Philippines Mutual Defense Treaty was discussed at length.", "US-PHILIPPINES-MDT-1951")]
    [DataRow("The Treaty of Friendship and Co-operation between Viet Nam and the Soviet Union threatens no one.", "VN-USSR-1978")]
    [DataRow("Hanoi defended the Soviet-Vietnamese Treaty of Friendship and Cooperation before the Assembly.", "VN-USSR-1978")]
    [DataRow("The Treaty of Peace, Friendship and Co-operation between Viet Nam and Kampuchea was cited by the speaker.", "VN-KAMPUCHEA-1979")]
    [DataRow("The Treaty on Maritime Delimitation between the Republic of Honduras and the Republic of Colombia awaits ratification.", "HND-COL-1986")]
    [DataRow("Both Governments upheld the Ramírez-López Treaty.", "HND-COL-1986")]
    [DataRow("The two leaders signed the Agreement on Peace, Friendship and Comprehensive Cooperation last month.", "ETH-ERI-JEDDAH-2018")]
    [DataRow("The ceilings of the Concluding Act of the Negotiation on Personnel Strength of Conventional Armed Forces in Europe apply.", "CFE-1A-1992")]
    [DataRow("Manpower limits were set by the CFE-1A Agreement.", "CFE-1A-1992")]
    [DataRow("My country ratified the Statute of Rome last year.", "ROME")]
    [DataRow("The Merger Treaty gave the Communities a single Commission.", "MERGER-TREATY-1965")]
    [DataRow("The Treaty of Accession of 1972 brought three new members in.", "EC-ACCESSION-1972")]
    public void Extract_NewName_FindsTheInstrument(string text, string expected)
    {
        CollectionAssert.AreEqual(new[] { expected }, Instruments(text));
    }

    [TestMethod]
    [DataRow("We value the Treaty of Friendship and Co-operation that binds our peoples.")]
    [DataRow("A Treaty of Friendship and Cooperation was concluded with our neighbour.")]
    public void Extract_GenericTreatyOfFriendship_IsNotTheVietNamSovietTreaty(string text)
    {
        CollectionAssert.DoesNotContain(Instruments(text), "VN-USSR-1978");
    }

    [TestMethod]
    public void Extract_BareTreatyOfBrussels_NamesNoneOfTheTreatiesSignedAtBrussels()
    {
        CollectionAssert.AreEqual(Array.Empty<string>(), Instruments("These principles guide us under the Treaty of Brussels."));
    }

    [TestMethod]
    [DataRow("1955", "US-JAPAN-SECURITY-1951")]
    [DataRow("1975", "US-JAPAN-SECURITY-1960")]
    public void Extract_UsJapanSecurityTreatyInADatedSpeech_IsTheOneInForce(string date, string expected)
    {
        CollectionAssert.AreEqual(new[] { expected }, Dated("The US-Japan Security Treaty keeps the peace in the region.", date));
    }

    [TestMethod]
    public void Extract_ColombianGeneralAgreementOf2012_IsRecognisedButNotReported()
    {
        const string text = "In Havana the parties signed the General Agreement for the Termination of the Conflict and the Construction of a Stable and Lasting Peace.";
        CollectionAssert.Contains(Recognised(text), "COLOMBIA-2012");
        Assert.AreEqual(0, Extract(text).Count);
    }

    [TestMethod]
    public void Extract_RevitalisedSouthSudanAgreement_IsRecognisedButNotReported()
    {
        const string text = "We welcome the Revitalized Agreement on the Resolution of the Conflict in the Republic of South Sudan.";
        CollectionAssert.Contains(Recognised(text), "R-ARCSS-2018");
        Assert.AreEqual(0, Extract(text).Count);
    }

    [TestMethod]
    [DataRow("On the basis of the Treaty of Peace, Friendship and Co-operation signed between the two countries, troops stayed.")]
    [DataRow("The Treaty of Peace, Friendship and Co-operation signed last year was welcomed.")]
    public void Extract_TitleTheBilateralTreatiesShare_IsNoneOfThem(string text) =>
        Assert.AreEqual(0, Instruments(text).Length, string.Join(", ", Instruments(text)));

    [TestMethod]
    [DataRow("Vietnamese-Kampuchean", true)]
    [DataRow("US-Japan", true)]
    [DataRow("Inter-American", false)]
    [DataRow("Vienna", false)]
    [DataRow("United Nations", false)]
    public void NamesParties_Qualifier_TellsAPairOfPartiesFromAQualifier(string qualifier, bool expected) =>
        Assert.AreEqual(expected, Citations.Core.Extraction.NameIndex.NamesParties(qualifier));
}
