using Citations.Core.Extraction;
using Newtonsoft.Json.Linq;

namespace Citations.Core.Tests.Extraction;

[TestClass]
public sealed class LanguageDataTests
{
    [TestMethod]
    public void BuiltIn_HoldsEnglishFrenchSpanishAndRussian_EnglishFirst()
    {
        CollectionAssert.AreEqual(new[] { "en", "es", "fr", "ru" }, LanguageData.BuiltIn.Languages.ToArray());
    }

    [TestMethod]
    public void BuiltIn_EveryHeadNoun_MeansAnEnglishHeadNoun()
    {
        var english = LanguageData.BuiltIn.HeadNouns.Take(9).Select(h => h.Word).ToHashSet(StringComparer.Ordinal);
        foreach (var head in LanguageData.BuiltIn.HeadNouns)
        {
            Assert.IsTrue(english.Contains(head.Means), $"{head.Word} means {head.Means}");
        }

        Assert.AreEqual("Covenant", LanguageData.BuiltIn.HeadMeanings["Пакт"]);
        Assert.AreEqual("Convention", LanguageData.BuiltIn.HeadMeanings["Convención"]);
    }

    [TestMethod]
    public void Constructor_WordInTwoFiles_IsListedOnceWhereFirstRead()
    {
        var data = new LanguageData([
            JObject.Parse("""{ "language": "en", "listSeparators": ["and", "or"], "headNouns": [{ "word": "Convention", "means": "Convention", "kind": "treaty" }] }"""),
            JObject.Parse("""{ "language": "fr", "listSeparators": ["et", "or"], "headNouns": [{ "word": "Convention", "means": "Convention", "kind": "treaty", "opensUncataloguedTitles": true }] }"""),
        ]);
        CollectionAssert.AreEqual(new[] { "and", "or", "et" }, data.ListSeparators.ToArray());
        Assert.IsFalse(data.HeadNouns.Single().OpensUncataloguedTitles);
        Assert.AreEqual(0, data.Months.Length);
    }

    [TestMethod]
    public void Alternation_EmptyList_MatchesNothing()
    {
        var pattern = new System.Text.RegularExpressions.Regex(LanguageData.Alternation([]));
        Assert.IsFalse(pattern.IsMatch("any text at all"));
        Assert.IsFalse(pattern.IsMatch(""));
    }

    [TestMethod]
    public void Alternation_CapitalisedWords_MatchEitherCaseOfTheFirstLetterOnly()
    {
        var pattern = new System.Text.RegularExpressions.Regex("^" + LanguageData.Alternation(["the", "l'", "relating to"], capitalised: true) + "$");
        Assert.IsTrue(pattern.IsMatch("The"));
        Assert.IsTrue(pattern.IsMatch("L'"));
        Assert.IsTrue(pattern.IsMatch("relating\n  to"));
        Assert.IsFalse(pattern.IsMatch("THE"));
        Assert.IsFalse(pattern.IsMatch("l’"));
    }

    [TestMethod]
    [DataRow("Суд сослался на статья 6 и 7 Пакта.", "6,7")]
    [DataRow("el artículo 12 y 13 de la Convención", "12,13")]
    [DataRow("l'article 3, paragraph 2 du Pacte", "3(2)")]
    [DataRow("ARTICLE 19 of the Declaration", "19")]
    public void PinpointParser_KeywordsOfEachLanguage_AreRead(string text, string provisions)
    {
        var pinpoint = PinpointParser.Find(text).Single();
        Assert.AreEqual(provisions, string.Join(",", pinpoint.Provisions));
    }
}
