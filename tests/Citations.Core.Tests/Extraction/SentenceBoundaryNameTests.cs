using Citations.Core.Extraction;
using static Citations.Core.Tests.Extraction.ExtractorFixture;

namespace Citations.Core.Tests.Extraction;

/// <summary>A catalog name is never read across the end of a sentence (issue 9, §6), while the stops inside names stay.</summary>
[TestClass]
public sealed class SentenceBoundaryNameTests
{
    [TestMethod]
    [DataRow("The talks were held in Paris. Agreement was reached on the timetable.")]
    [DataRow("The delegates then left Geneva. Conventions of this kind are rare in our region.")]
    [DataRow("Our leaders met at the Millennium Summit. The Declaration of the youth forum followed.")]
    [DataRow("Who will pay for Kyoto? Protocol questions are for the diplomats.")]
    public void Extract_NameWordsOnBothSidesOfASentenceEnd_AreNoName(string text) =>
        Assert.AreEqual(0, Extract(text).Count, string.Join(", ", Extract(text).Select(c => $"{c.InstrumentId} \"{c.Surface}\"")));

    [TestMethod]
    [DataRow("Greece ratified Protocol No. 6 to the European Convention on Human Rights.", "ECHR-P6", "Protocol No. 6 to the European Convention on Human Rights")]
    [DataRow("The St. Petersburg Declaration renounced explosive projectiles.", "ST-PETERSBURG-1868", "St. Petersburg Declaration")]
    [DataRow("Members ratified ILO Convention No. 182 on the Worst Forms of Child Labour.", "ILO-C182", "ILO Convention No. 182 on the Worst Forms of Child Labour")]
    [DataRow("We defend the principles of the Charter. of the United Nations in every forum.", "UN-CHARTER", "Charter. of the United Nations")]
    public void Extract_StopInsideAName_KeepsTheName(string text, string id, string surface)
    {
        var citation = Extract(text).Single();
        Assert.AreEqual(id, citation.InstrumentId);
        Assert.AreEqual(surface, citation.Surface);
    }

    [TestMethod]
    [DataRow("Summit. The", true)]
    [DataRow("Paris! Agreement", true)]
    [DataRow("Kyoto? Protocol", true)]
    [DataRow("1975. Years", true)]
    [DataRow("met. In", true)]
    [DataRow("núm. 81", false)]
    [DataRow("art. Convention", false)]
    [DataRow("No. 6", false)]
    [DataRow("St. Petersburg", false)]
    [DataRow("U.N. Charter", false)]
    [DataRow("Charter. of", false)]
    [DataRow("Cybercrime; Strengthening", false)]
    [DataRow("Rights, and", false)]
    public void EndsSentence_ReadsTheGapBetweenTwoWords(string text, bool expected)
    {
        var space = text.LastIndexOf(' ');
        var gapStart = space;
        while (gapStart > 0 && !char.IsLetterOrDigit(text[gapStart - 1])) gapStart--;
        Assert.AreEqual(expected, CatalogMatcher.EndsSentence(text, gapStart, space + 1));
    }
}
