using static Citations.Core.Tests.Extraction.ExtractorFixture;

namespace Citations.Core.Tests.Extraction;

/// <summary>
/// Sections written as a capital letter after the article number, as the Refugee Convention's Article 1 is
/// ("Article 1F(b)", "Article 1A(2)", "Article 1D"): recorded like lower-case sub-paragraphs, 1(F)(b).
/// </summary>
[TestClass]
public sealed class CapitalSectionPinpointTests
{
    [TestMethod]
    [DataRow("He was excluded from protection under Article 1F(b) of the 1951 Refugee Convention.", "REFUGEE-1951", "1(F)(b)")]
    [DataRow("A refugee within the meaning of Article 1A(2) of the Convention relating to the Status of Refugees.", "REFUGEE-1951", "1(A)(2)")]
    [DataRow("Palestinians fall under Article 1D of the Refugee Convention.", "REFUGEE-1951", "1(D)")]
    [DataRow("The tribunal read Article 1C(5) of the Refugee Convention narrowly.", "REFUGEE-1951", "1(C)(5)")]
    public void Extract_CapitalSectionAfterTheNumber_IsASubdivision(string text, string instrument, string expected) =>
        CollectionAssert.AreEqual(expected.Split(','), Articles(text, instrument));

    [TestMethod]
    // A capital after a space is the next word, not a section: "Article 3 ECHR" is article 3.
    [DataRow("Ill-treatment is prohibited by Article 3 ECHR.", "ECHR", "3")]
    // Roman numerals are read as they were: "Article IV" of the NPT.
    [DataRow("Article IV of the Treaty on the Non-Proliferation of Nuclear Weapons protects peaceful uses.", "NPT", "IV")]
    // Lower-case letters keep their reading.
    [DataRow("The Convention on the Civil Aspects of International Child Abduction applies: Art. 13b allows a refusal.", "HAGUE-1980", "13(b)")]
    public void Extract_NotACapitalSection_KeepsTheNumber(string text, string instrument, string expected) =>
        CollectionAssert.AreEqual(expected.Split(','), Articles(text, instrument));
}
