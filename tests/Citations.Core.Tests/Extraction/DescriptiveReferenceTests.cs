using Citations.Core.Extraction;
using Citations.Core.Extraction.Passes;
using static Citations.Core.Tests.Extraction.ExtractorFixture;
using static Citations.Core.Tests.Extraction.Passes.PassHarness;

namespace Citations.Core.Tests.Extraction;

/// <summary>
/// Instruments described by the occasion they were adopted at (RULES.md: a descriptive phrase that pins down
/// one concluded instrument counts, the phrase being its surface): the catalog's "adoptedAt" and
/// <see cref="DescriptiveReferencePass"/>. The phrasings are those of General Debate speeches, made up anew.
/// </summary>
[TestClass]
public sealed class DescribedByOccasionTests
{
    [TestMethod]
    [DataRow("The Declaration and Programme of Action adopted in Vienna in 1993 reaffirmed universality.", "VDPA", "The Declaration and Programme of Action adopted in Vienna in 1993")]
    [DataRow("The Declaration adopted at the sixth special session of the General Assembly is essential.", "A/RES/3201(S-VI)", "The Declaration adopted at the sixth special session of the General Assembly")]
    [DataRow("The Programme of Action adopted at the sixth special session remains unfulfilled.", "A/RES/3202(S-VI)", "The Programme of Action adopted at the sixth special session")]
    [DataRow("We recall the Final Document of the first special session devoted to disarmament.", "A/RES/S-10/2", "the Final Document of the first special session devoted to disarmament")]
    [DataRow("We honour the Declaration adopted at the Millennium Summit.", "A/RES/55/2", "the Declaration adopted at the Millennium Summit")]
    [DataRow("The Declaration adopted by the Assembly at its eighteenth special session set out a partnership.", "A/RES/S-18/3", "The Declaration adopted by the Assembly at its eighteenth special session")]
    [DataRow("The Declaration adopted at the sixteenth special session of the General Assembly in December laid down steps.", "A/RES/S-16/1", "The Declaration adopted at the sixteenth special session of the General Assembly")]
    [DataRow("The Agenda adopted at the United Nations Sustainable Development Summit transforms our world.", "SDG-2030", "The Agenda adopted at the United Nations Sustainable Development Summit")]
    [DataRow("Both Powers signed the agreement resulting from the second round of the Strategic Arms Limitation Talks [SALT].", "SALT-II", "the agreement resulting from the second round of the Strategic Arms Limitation Talks")]
    [DataRow("They examined the agreements reached as a result of the second round of Strategic Arms Limitation Talks.", "SALT-II", "the agreements reached as a result of the second round of Strategic Arms Limitation Talks")]
    [DataRow("The treaty concluded after the second round of SALT can be a major step.", "SALT-II", "The treaty concluded after the second round of SALT")]
    [DataRow("Indonesia implements the Declaration and Platform for\nAction adopted at the Fourth World Conference on\nWomen, recently concluded.", "BEIJING", "the Declaration and Platform for\nAction adopted at the Fourth World Conference on\nWomen")]
    [DataRow("The Final Act signed at Helsinki is a preliminary step towards peace.", "HELSINKI-1975", "The Final Act signed at Helsinki")]
    [DataRow("The Programme of Action of the World Conference on Human Rights guides our policy.", "VDPA", "The Programme of Action of the World Conference on Human Rights")]
    [DataRow("The Declaration and Programme of Action of the important World Conference on Human Rights held in Vienna prove our resolve.", "VDPA", "The Declaration and Programme of Action of the important World Conference on Human Rights")]
    [DataRow("The Final Document of the Tenth Special Session [resolution S-10/2] is a platform for action.", "A/RES/S-10/2", "The Final Document of the Tenth Special Session")]
    [DataRow("The Final Act signed in Helsinki in 1975 by the representatives of 35 States has grown in value.", "HELSINKI-1975", "The Final Act signed in Helsinki in 1975")]
    [DataRow("The Declaration and Plan of Action adopted at the World Summit for Children set new targets.", "CHILDREN-SUMMIT-1990", "The Declaration and Plan of Action adopted at the World Summit for Children")]
    public void Extract_InstrumentDescribedByItsOccasion_IsThatInstrument(string text, string instrument, string surface)
    {
        var citation = Extract(text).First(c => c.InstrumentId == instrument);
        Assert.AreEqual(surface, citation.Surface);
        Assert.AreEqual(Confidence.DescribedByOccasion.Value, citation.Confidence);
    }

    [TestMethod]
    public void Extract_CompoundHeadOfTwoInstruments_GivesBoth()
    {
        var citations = Extract("The Declaration and Programme of Action adopted at the sixth special session are our charter.");
        CollectionAssert.AreEqual(new[] { "A/RES/3201(S-VI)", "A/RES/3202(S-VI)" }, citations.Select(c => c.InstrumentId).Order(StringComparer.Ordinal).ToArray());
        Assert.AreEqual(1, citations.Select(c => c.Surface).Distinct().Count());
    }

    [TestMethod]
    [DataRow("The recent World Summit for Children was well attended. The Declaration adopted by the Summit should put children first.", "CHILDREN-SUMMIT-1990", "The Declaration adopted by the Summit")]
    [DataRow("The sixteenth special session of the General Assembly was historic. The Declaration adopted at the special session was welcome.", "A/RES/S-16/1", "The Declaration adopted at the special session")]
    [DataRow("The Helsinki Conference on Security and Co-operation in Europe closed. The principles of the Final Act of the Conference are ours.", "HELSINKI-1975", "the Final Act of the Conference")]
    public void Extract_OccasionReferredBackTo_IsItsInstrumentWithLowerConfidence(string text, string instrument, string surface)
    {
        var citation = Extract(text).Single(c => c.Surface == surface);
        Assert.AreEqual(instrument, citation.InstrumentId);
        Assert.AreEqual(Confidence.DescribedByOccasionReferredTo.Value, citation.Confidence);
        Assert.IsTrue(citation.Confidence < Confidence.DescribedByOccasion.Value);
    }

    [TestMethod]
    [DataRow("We note the declaration adopted at the conference.")]
    [DataRow("The Declaration adopted by the Summit should put children first.")]
    [DataRow("The Declaration adopted at the special session was welcome.")]
    [DataRow("We implement the Programme of Action adopted at Cairo.")]
    [DataRow("The Programme of Action adopted at Vienna was a milestone for ageing.")]
    [DataRow("The Declaration and Programme of Action adopted in Vienna in 1985 was a milestone.")]
    [DataRow("The Declaration adopted at the second special session devoted to disarmament disappointed many.")]
    [DataRow("The Declaration adopted at the sixteenth emergency special session was firm.")]
    [DataRow("The Declaration adopted at the twentieth special session addressed drugs.")]
    [DataRow("The Declaration adopted at the second special session on apartheid was never drafted.")]
    [DataRow("The Declaration adopted at the recent Regional Summit for Children was clear.")]
    [DataRow("The Programme of Action adopted at the tenth special session guides disarmament.")]
    [DataRow("The United Nations Sustainable Development Summit met. The agenda of the Summit was long.")]
    [DataRow("The World Summit for Children met. The Declaration adopted by the Summit held in Harare was clear.")]
    [DataRow("We support the Colombo Declaration adopted by the Conference of Non-Aligned Countries.")]
    [DataRow("The Treaty adopted at the Millennium Summit does not exist.")]
    [DataRow("The World Summit for Children and the Harare Summit were held. The Declaration adopted by the Summit was clear.")]
    [DataRow("The Millennium Summit and the World Summit for Children were held. The Declaration adopted by the Summit was clear.")]
    [DataRow("The World Summit for Children met. The Declaration adopted by the Summit of the Non-Aligned Movement was clear.")]
    public void Extract_OccasionThatPinsDownNoOneInstrument_GivesNothing(string text)
    {
        Assert.AreEqual(0, Extract(text).Count, string.Join("; ", Extract(text).Select(c => $"{c.InstrumentId} \"{c.Surface}\"")));
    }

    [TestMethod]
    public void Extract_CityFollowedByAnotherBody_GivesNothingWithoutTheYear()
    {
        Assert.IsFalse(Extract("The Declaration and Programme of Action adopted in Vienna by the ministers was noted.").Any(c => c.InstrumentId == "VDPA"));
        Assert.IsTrue(Extract("The Declaration and Programme of Action adopted in Vienna in 1993 by the ministers was noted.").Any(c => c.InstrumentId == "VDPA"));
    }

    [TestMethod]
    public void Extract_DescriptionAfterAnotherDeclaration_IsNotTakenForThatDeclaration()
    {
        // Without the pass "the Declaration" would be read as the Universal Declaration named before it.
        var text = "The Universal Declaration of Human Rights is our guide. The Declaration adopted at the Millennium Summit set goals.";
        var described = Extract(text).Single(c => c.Start > 40);
        Assert.AreEqual("A/RES/55/2", described.InstrumentId);
        Assert.AreEqual("The Declaration adopted at the Millennium Summit", described.Surface);
    }

    [TestMethod]
    [DataRow("")]
    [DataRow("the Declaration adopted at")]
    [DataRow("the Declaration adopted at the")]
    [DataRow("The Declaration of the")]
    [DataRow("the Declaration adopted at the special session")]
    [DataRow("the Declaration adopted in Vienna in")]
    [DataRow("the Declaration adopted at the - - / special session")]
    [DataRow("The Declaration adopted at the ninety-ninth special session.")]
    public void Extract_PhraseCutShort_GivesNothingAndDoesNotThrow(string text)
    {
        Assert.AreEqual(0, Extract(text).Count);
    }

    [TestMethod]
    public void Run_ManyReferencesToOneSummit_TakeStepsInProportionToTheText()
    {
        const string Paragraph = "The World Summit for Children met in New York. The Declaration adopted by the Summit was clear. ";
        long Steps(int paragraphs)
        {
            var state = new ExtractionState(string.Concat(Enumerable.Repeat(Paragraph, paragraphs)));
            new DescriptiveReferencePass(BuiltIn).Run(state);
            Assert.AreEqual(paragraphs, state.Mentions.Count(m => m.InstrumentId == "CHILDREN-SUMMIT-1990"));
            return state.Steps.Count;
        }

        var small = Steps(200);
        var large = Steps(800);
        Assert.IsTrue(large <= small * 4.5, $"{small} steps for 200 paragraphs, {large} for 800");
    }

    private const string Copenhagen = """
        , "adoptedAt": { "names": ["World Summit for Social Development"], "places": ["Copenhagen"] }
        """;

    [TestMethod]
    public void Run_OccasionFromAUsersCatalog_IsRead()
    {
        var context = With(CatalogOf(Entry("COPENHAGEN-1995", "Copenhagen Declaration on Social Development", "declaration", "1995-03-12", Copenhagen)));
        var state = Run("The Declaration of the World Summit for Social Development commits us.", context, c => new DescriptiveReferencePass(c));
        Assert.AreEqual("COPENHAGEN-1995", state.Mentions.Single().InstrumentId);
        Assert.AreEqual("The Declaration of the World Summit for Social Development", Surface(state, state.Mentions.Single()));
        Assert.AreEqual(0, Extract("The Declaration of the World Summit for Social Development commits us.").Count);
    }

    [TestMethod]
    public void Run_TwoInstrumentsOfOneOccasionWithTheSameHead_GiveNothing()
    {
        var context = With(CatalogOf(
            Entry("A-DECL", "Declaration on Cities", "declaration", "1996-06-14", Copenhagen),
            Entry("B-DECL", "Declaration on Towns", "declaration", "1996-06-14", Copenhagen)));
        var state = Run("The Declaration adopted at the World Summit for Social Development helps.", context, c => new DescriptiveReferencePass(c));
        Assert.AreEqual(0, state.Mentions.Count);
    }

    [TestMethod]
    public void Load_EmptyOccasion_IsRefusedWithItsField()
    {
        var json = CatalogOf(Entry("X-1", "Declaration on Something", "declaration", "1996-06-14", """, "adoptedAt": {}"""));
        var error = Assert.ThrowsExactly<CitationsException>(() => InstrumentCatalog.FromJson(json));
        StringAssert.Contains(error.Message, "adoptedAt");
    }

    [TestMethod]
    [DataRow(""", "adoptedAt": { "specialSession": 0 }""")]
    [DataRow(""", "adoptedAt": { "names": "World Summit" }""")]
    [DataRow(""", "adoptedAt": { "city": "Vienna" }""")]
    [DataRow(""", "adoptedAt": "Vienna" """)]
    public void Load_MalformedOccasion_IsRefused(string field)
    {
        var json = CatalogOf(Entry("X-1", "Declaration on Something", "declaration", "1996-06-14", field));
        var error = Assert.ThrowsExactly<CitationsException>(() => InstrumentCatalog.FromJson(json));
        StringAssert.Contains(error.Message, "adoptedAt");
    }

    [TestMethod]
    public void BuiltIn_SpecialSessionNumbers_MatchTheResolutionSymbols()
    {
        foreach (var instrument in InstrumentCatalog.BuiltIn.Instruments.Where(i => i.AdoptedAt?.SpecialSession is not null))
        {
            var number = instrument.AdoptedAt!.SpecialSession!.Value;
            var roman = new[] { "", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X" };
            var symbol = instrument.Symbol ?? instrument.Id;
            Assert.IsTrue(symbol.Contains($"/S-{number}/", StringComparison.Ordinal) || (number <= 10 && symbol.EndsWith($"(S-{roman[number]})", StringComparison.Ordinal)),
                $"{instrument.Id}: special session {number}");
        }
    }
}
