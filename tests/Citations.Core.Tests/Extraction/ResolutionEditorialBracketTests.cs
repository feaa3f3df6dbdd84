using Citations.Core.Extraction;
using static Citations.Core.Tests.Extraction.ExtractorFixture;

namespace Citations.Core.Tests.Extraction;

/// <summary>
/// The records' editorial insert of a resolution's number in square brackets after the keyword, with a date, an
/// organ or the meeting between them ("the resolution of 4 December 1950 [410 (V)]").
/// </summary>
[TestClass]
public sealed class ResolutionEditorialBracketTests
{
    private static string[] Found(string text) => ResolutionsFound.In(text);

    [TestMethod]
    [DataRow("Last year the Assembly adopted a resolution [1653 (XVI)] declaring the use of nuclear weapons contrary to the Charter.", "A/RES/1653(XVI)")]
    [DataRow("We welcomed the Council's resolution of 20 November 1965 [217 (1965)] on Southern Rhodesia.", "S/RES/217(1965)")]
    [DataRow("The General Assembly resolution of 1948 [194 (III)] has never been carried out.", "A/RES/194(III)")]
    [DataRow("My Government voted for the resolution adopted by the Assembly at its third emergency special session [1237 (ES-III)].", "A/RES/1237(ES-III)")]
    [DataRow("The Economic and Social Council at its forty-first session adopted a resolution [1062 (XLI)] on this plan.", "E/RES/1062(XLI)")]
    [DataRow("The Security Council resolution\n[262 (1968)] condemned the raid.", "S/RES/262(1968)")]
    [DataRow("It must carry out the resolution of 31\nDecember 1968 [262 (1968)] in full.", "S/RES/262(1968)")]
    public void Find_NumberInBracketsAfterTheKeyword_IsTheResolution(string text, string expected)
    {
        CollectionAssert.AreEqual(new[] { expected }, Found(text));
        var mention = ResolutionMatcher.Find(text).Single();
        StringAssert.StartsWith(text[mention.Start..mention.End].ToLowerInvariant(), text[mention.Start..].ToLowerInvariant()[..3]);
        StringAssert.EndsWith(text[mention.Start..mention.End], ")");
    }

    [TestMethod]
    public void Find_TwoNumbersInOneBracket_AreBothResolutions() =>
        CollectionAssert.AreEqual(new[] { "A/RES/1761(XVII)", "A/RES/1805(XVII)" },
            Found("The Assembly's resolutions [1761 (XVII) and 1805 (XVII)] on apartheid and on South West Africa stand."));

    [TestMethod]
    // Documents, drafts, meetings, other organisations' resolutions, a bracket without its session, a bracket after a sentence's end.
    [DataRow("The delegation supported the draft resolution [1715 (XVI)] of the Soviet Union.")]
    [DataRow("The resolution was adopted at the meeting [1776th meeting] yesterday.")]
    [DataRow("We noted the resolutions of the Islamic Conference [A/36/421 and Corr.1, annex II].")]
    [DataRow("The OAU summit resolution [AHG/Res. 16 (I)] on frontiers is respected.")]
    [DataRow("The resolution adopted last week [para. 4] asks for a report.")]
    [DataRow("The Assembly adopted many resolutions. One of these [1004 (ES-II)] sent observers.")]
    public void Find_BracketThatIsNoResolutionOfThisKind_GivesNothing(string text) =>
        Assert.AreEqual(0, Found(text).Length, string.Join(", ", Found(text)));

    [TestMethod]
    public void Extract_NameBetweenKeywordAndBracket_StaysItsOwnMention()
    {
        const string text = "We voted for the Treaty on the Non-Proliferation of Nuclear Weapons and for the Assembly resolution commending the Treaty [2373 (XXII)].";
        var citations = Extract(text);
        Assert.AreEqual(2, citations.Count(c => c.InstrumentId == "NPT"), string.Join(", ", citations.Select(c => $"{c.InstrumentId} \"{c.Surface}\"")));
        Assert.AreEqual("A/RES/2373(XXII)", citations.Single(c => c.InstrumentId.StartsWith("A/RES", StringComparison.Ordinal)).InstrumentId);
    }
}

/// <summary>The organ named as the subject after "In its resolution …,", and OCR's "111" for the session "III".</summary>
[TestClass]
public sealed class ResolutionOrganAsSubjectTests
{
    private static string[] Found(string text) => ResolutionsFound.In(text);

    [TestMethod]
    [DataRow("In its resolution 1996 (LX), the Economic and Social Council endorsed the plan.", "E/RES/1996(LX)")]
    [DataRow("By its resolution 2758 (XXVI), the General Assembly restored the lawful rights.", "A/RES/2758(XXVI)")]
    [DataRow("Under its resolution 678 (1990), the Security Council authorized Member States to act.", "S/RES/678(1990)")]
    public void Find_OrganAsSubjectAfterInItsResolution_DecidesTheOrgan(string text, string expected) =>
        CollectionAssert.AreEqual(new[] { expected }, Found(text));

    [TestMethod]
    // The organ after the comma is another sentence's subject when "its" follows a verb: the Council's resolution stays the Council's.
    [DataRow("Now that the Security Council has adopted its resolution 1325 (2000), the General Assembly must act too.", "S/RES/1325(2000)")]
    public void Find_OrganAfterACommaThatIsNotTheAdopter_DoesNotDecide(string text, string expected) =>
        CollectionAssert.AreEqual(new[] { expected }, Found(text));

    [TestMethod]
    [DataRow("The refugees' return is provided for in resolution 194(111) of the Assembly.", "A/RES/194(III)")]
    [DataRow("They recalled General Assembly resolution 1514 (15) on decolonization.", "A/RES/1514(XV)")]
    public void Find_SessionInFiguresOrOcrOnes_IsTheRomanSession(string text, string expected) =>
        CollectionAssert.AreEqual(new[] { expected }, Found(text));

    [TestMethod]
    // Three figures that are not all ones are no session: "resolution 194 (123)" is not read.
    [DataRow("The committee cited resolution 194 (123) of its own rules.")]
    [DataRow("The Commission's resolution 2042 (LXI) was adopted by the World Health Assembly.")]
    public void Find_NoSessionOrAnotherBody_GivesNothing(string text) =>
        Assert.AreEqual(0, Found(text).Length, string.Join(", ", Found(text)));
}

internal static class ResolutionsFound
{
    /// <summary>The resolutions <see cref="ResolutionMatcher"/> finds in the text, each once, in order of their ids.</summary>
    public static string[] In(string text) =>
        [.. ResolutionMatcher.Find(text).Select(m => m.InstrumentId!).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
}
