using static Citations.Core.Tests.Extraction.ExtractorFixture;

namespace Citations.Core.Tests.Extraction;

/// <summary>
/// Court and NGO style: the instrument's name straight after the article, with no "of the" ("Article 35
/// CISG", "Art. 36(1)(b) VCCR"). The article goes to that name, not to the instrument the text cited before.
/// </summary>
[TestClass]
public sealed class PostposedNamePinpointTests
{
    [TestMethod]
    [DataRow("The Warsaw Convention no longer applies; under Article 33 of the Convention the claim fails. The CISG governs the sale, and Article 35 CISG sets the standard of conformity.", "CISG", "35")]
    [DataRow("The New York Convention was invoked. Article 36(1)(b) VCCR requires that the consulate be told without delay.", "VCCR", "36(1)(b)")]
    [DataRow("Expulsion would breach the UN Convention against Torture and the best interests of the child (Article 3 UNCRC).", "CRC", "3")]
    [DataRow("The Ombudsperson recalled the Convention against Torture, Article 12 CRPD and the right to legal capacity.", "CRPD", "12")]
    [DataRow("Under the ICCPR and Art. 5 ECHR, detention must be lawful.", "ECHR", "5")]
    [DataRow("The request cites articles 7 and 10 ICCPR on the treatment of detainees.", "ICCPR", "10,7")]
    [DataRow("The refugee invoked Article 33 Refugee Convention against his return.", "REFUGEE-1951", "33")]
    public void Extract_NameRightAfterTheArticle_TakesTheArticle(string text, string instrument, string expected) =>
        CollectionAssert.AreEqual(expected.Split(','), Articles(text, instrument));

    [TestMethod]
    [DataRow("The Warsaw Convention no longer applies; under Article 33 of the Convention the claim fails. The CISG governs the sale, and Article 35 CISG sets the standard of conformity.", "WARSAW", "33")]
    [DataRow("Under the ICCPR and Art. 5 ECHR, detention must be lawful.", "ICCPR", "")]
    public void Extract_NameRightAfterTheArticle_TheInstrumentBeforeKeepsOnlyItsOwn(string text, string instrument, string expected) =>
        CollectionAssert.AreEqual(expected.Length == 0 ? Array.Empty<string>() : expected.Split(','), Articles(text, instrument));

    [TestMethod]
    // "of the ICCPR" names the instrument; the ECHR after "and" takes nothing.
    [DataRow("Article 5 of the ICCPR and the ECHR were both cited.", "ECHR")]
    // A full stop ends the article's sentence: the name after it begins another.
    [DataRow("The detention was reviewed under Article 9. ECHR standards were also discussed.", "ECHR")]
    // A comma is not the direct juxtaposition of court style.
    [DataRow("Ireland relied on the ICCPR. Under Article 14, ECHR case law was discussed as well.", "ECHR")]
    public void Extract_NameNotRightAfterTheArticle_TakesNoArticle(string text, string instrument) =>
        Assert.AreEqual(0, Articles(text, instrument).Length);
}
