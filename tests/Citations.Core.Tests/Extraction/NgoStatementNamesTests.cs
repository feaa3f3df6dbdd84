using static Citations.Core.Tests.Extraction.ExtractorFixture;

namespace Citations.Core.Tests.Extraction;

/// <summary>Short titles NGO and ombudsperson statements use: "the Charter of Fundamental Rights" is the EU Charter.</summary>
[TestClass]
public sealed class NgoStatementNamesTests
{
    [TestMethod]
    [DataRow("Article 47 of the Charter of Fundamental Rights guarantees an effective remedy.", "EU-CHARTER", "47")]
    [DataRow("The European Union's Charter of Fundamental Rights, Article 18, guarantees asylum.", "EU-CHARTER", "18")]
    public void Extract_CharterOfFundamentalRights_IsTheEuCharter(string text, string instrument, string expected) =>
        CollectionAssert.AreEqual(expected.Split(','), Articles(text, instrument));

    [TestMethod]
    // Other charters with "fundamental" in them are not the EU Charter.
    [DataRow("The Community Charter of the Fundamental Social Rights of Workers was adopted in 1989.")]
    [DataRow("The party's charter of fundamental principles was revised.")]
    public void Extract_OtherCharter_IsNotTheEuCharter(string text) =>
        CollectionAssert.DoesNotContain(Instruments(text), "EU-CHARTER");
}
