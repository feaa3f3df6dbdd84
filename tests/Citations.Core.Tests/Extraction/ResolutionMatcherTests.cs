using static Citations.Core.Tests.Extraction.ExtractorFixture;

namespace Citations.Core.Tests.Extraction;

[TestClass]
public sealed class ResolutionMatcherTests
{
    [TestMethod]
    [DataRow("a lasting peace on the basis of Security Council resolutions 242 (1967) and 338 (1973).", "S/RES/242(1967),S/RES/338(1973)")]
    [DataRow("in accordance with Security Council resolution 1325 (2000) on women, peace and security", "S/RES/1325(2000)")]
    [DataRow("the preamble of the Security Council resolution 242 passed in 1967", "S/RES/242(1967)")]
    [DataRow("the Security Council adopted resolutions 822, 853, 874 and 884 (1993) on Nagorno-Karabakh", "S/RES/822(1993),S/RES/853(1993),S/RES/874(1993),S/RES/884(1993)")]
    [DataRow("in its very first resolution (resolution 1(I)) the General Assembly set a goal", "A/RES/1(I)")]
    [DataRow("the General Assembly affirmed the comprehensive nature of that Protocol [resolution 2603 (XXIV)].", "A/RES/2603(XXIV)")]
    [DataRow("in accordance with General Assembly resolution 35/144.", "A/RES/35/144")]
    [DataRow("within Chapter 11 of the UN Charter and General Assembly Resolution 1514(15).", "A/RES/1514(XV),UN-CHARTER")]
    [DataRow("as the Assembly decided in A/RES/62/243 and the Council in S/RES/822 (1993)", "A/RES/62/243,S/RES/822(1993)")]
    public void Extract_Resolution_IsKeyedByItsSymbol(string text, string expected)
    {
        CollectionAssert.AreEqual(expected.Split(','), Instruments(text));
    }

    [TestMethod]
    public void Extract_EnumeratedResolutions_EachHaveTheirOwnSurface()
    {
        var found = Extract("on the basis of Security Council resolutions 242 (1967) and 338 (1973).");
        CollectionAssert.AreEqual(new[] { "Security Council resolutions 242 (1967)", "338 (1973)" }, found.Select(c => c.Surface).ToArray());
    }

    [TestMethod]
    [DataRow("The Soviet delegation submitted a draft resolution 12 on disarmament.")]
    [DataRow("We hope for a peaceful resolution of the conflict by 2030.")]
    [DataRow("Those unjust and unfair resolutions continue to be adopted.")]
    [DataRow("The report A/46/1 and the record S/PV.2981 were circulated.")]
    public void Extract_NotAResolution_FindsNothing(string text)
    {
        Assert.AreEqual(0, Extract(text).Count);
    }

    [TestMethod]
    public void Extract_BareNumberWithoutCouncilContext_IsLeftOut()
    {
        Assert.AreEqual(0, Extract("Paragraph 4 of resolution 1514 deserves attention.").Count);
    }
}

[TestClass]
public sealed class ResolutionAbbreviationTests
{
    [TestMethod]
    [DataRow("UNSCR 1325 and UN Security Council Resolution 2334 remain relevant.", "S/RES/1325(2000),S/RES/2334(2016)")]
    [DataRow("as UNGA resolution 77/247 requested", "A/RES/77/247")]
    public void Extract_AbbreviatedOrgan_IsRecognised(string text, string expected)
    {
        CollectionAssert.AreEqual(expected.Split(','), ExtractorFixture.Instruments(text));
    }
}

[TestClass]
public sealed class RomanNumeralsTests
{
    [TestMethod]
    public void TryParse_EveryNumeralFormatWrites_GivesItsValue()
    {
        for (var value = 1; value <= 4000; value++)
        {
            var numeral = Citations.Core.Extraction.RomanNumerals.Format(value);
            if (numeral.Length > 9) continue;
            Assert.IsTrue(Citations.Core.Extraction.RomanNumerals.TryParse(numeral, out var parsed), numeral);
            Assert.AreEqual(value, parsed, numeral);
        }
    }

    [TestMethod]
    [DataRow("")]
    [DataRow("IIII")]
    [DataRow("VX")]
    [DataRow("IL")]
    [DataRow("XXl")]
    [DataRow("MMMMMMMMMM")]
    [DataRow("xv")]
    public void TryParse_NotAsFormatWritesIt_IsRejected(string text) =>
        Assert.IsFalse(Citations.Core.Extraction.RomanNumerals.TryParse(text, out _), text);
}
