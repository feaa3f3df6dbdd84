using Citations.Core.Extraction;
using Citations.Core.Extraction.Passes;
using static Citations.Core.Tests.Extraction.Passes.PassHarness;

namespace Citations.Core.Tests.Extraction.Passes;

[TestClass]
public sealed class PinpointPassTests
{
    private static IExtractionPass ShortForms(ExtractionContext context) => new ShortFormPass(context);

    private static IExtractionPass Pinpoints(ExtractionContext context) => new PinpointPass(context);

    [TestMethod]
    public void Run_ArticleOfTheInstrumentAfterIt_AttachesToThatMention()
    {
        var state = Run("Uganda recalled the ICCPR and argued that articles 2 and 26 of the Covenant forbid the law.", BuiltIn, Names, ShortForms, Pinpoints);
        var covenant = state.Mentions.Single(m => Surface(state, m) == "the Covenant");
        CollectionAssert.AreEqual(new[] { "2", "26" }, covenant.Provisions);
        Assert.AreEqual(2, state.Mentions.Count);
    }

    [TestMethod]
    public void Run_SpanishArticleDeLaConvencion_AttachesToTheAnaphor()
    {
        const string text = "México ratificó la Convención sobre los Derechos del Niño; el artículo 12 de la Convención garantiza el derecho a ser escuchado.";
        var state = Run(text, BuiltIn, Names, ShortForms, Pinpoints);
        var anaphor = state.Mentions.Single(m => Surface(state, m) == "la Convención");
        Assert.AreEqual("CRC", anaphor.InstrumentId);
        CollectionAssert.AreEqual(new[] { "12" }, anaphor.Provisions);
    }

    [TestMethod]
    public void Run_BareArticleAfterAnInstrument_IsAPinpointMentionOfIt()
    {
        var state = Run("The Convention against Torture was invoked. Article 3 forbids returning anyone to torture.", BuiltIn, Names, Pinpoints);
        var pinpoint = state.Mentions.Single(m => m.Kind == MentionKind.Pinpoint);
        Assert.AreEqual("CAT", pinpoint.InstrumentId);
        Assert.AreEqual(Confidence.BarePinpoint, pinpoint.Confidence);
    }

    [TestMethod]
    public void Run_CommonArticleWithNothingNamed_IsTheCollectionTheCatalogGivesIt()
    {
        var state = Run("Parties to the conflict are bound by common Article 3 at all times.", BuiltIn, Pinpoints);
        var pinpoint = state.Mentions.Single();
        Assert.AreEqual("GC-1949", pinpoint.InstrumentId);
        Assert.AreEqual(Confidence.CommonArticle, pinpoint.Confidence);
    }

    [TestMethod]
    public void Run_CommonArticleTheCatalogGivesToNone_IsLeftOut()
    {
        Assert.AreEqual(0, Run("Parties to the conflict are bound by common Article 12 at all times.", BuiltIn, Pinpoints).Mentions.Count);
        var withoutField = With(CatalogOf(Entry("GC-1949", "Geneva Conventions of 12 August 1949", "treaty", "1949-08-12")));
        Assert.AreEqual(0, Run("Parties to the conflict are bound by common Article 3 at all times.", withoutField, Pinpoints).Mentions.Count);
    }

    [TestMethod]
    public void Run_ArticleOfAnotherTextsInstrument_IsLeftOut()
    {
        var state = Run("The ICCPR was cited, and Article 5 of the U.S. Constitution was read.", BuiltIn, Names, Pinpoints);
        Assert.AreEqual(1, state.Mentions.Count);
        Assert.AreEqual(0, state.Mentions[0].Provisions.Count);
    }

    [TestMethod]
    public void Run_SubParagraphChainTwiceAsLong_TakesAboutTwiceTheSteps()
    {
        // 96 KB of "article 1(a)(a)(a)…" took 29 seconds when each level copied the whole label.
        var small = Steps("The ICCPR was breached under article 1" + string.Concat(Enumerable.Repeat("(a)", 4000)) + " of the Covenant.");
        var large = Steps("The ICCPR was breached under article 1" + string.Concat(Enumerable.Repeat("(a)", 8000)) + " of the Covenant.");
        Assert.IsTrue(large < small * 2.5, $"{small} steps, then {large} for twice the text");
    }

    [TestMethod]
    public void Run_ManyBareArticlesInOneSentence_TakesAboutTwiceTheStepsForTwiceTheText()
    {
        // No sentence end anywhere: each pinpoint used to search back to the start of the text for one.
        static string Text(int n) => "The ICCPR was recalled, " + string.Concat(Enumerable.Repeat("and article 7 and article 9 and CEDAW ", n));
        var small = Steps(Text(400));
        var large = Steps(Text(800));
        Assert.IsTrue(large < small * 2.5, $"{small} steps, then {large} for twice the text");
    }

    private static long Steps(string text)
    {
        var steps = new StepCounter();
        ExtractorFixture.Extractor.Extract(text, steps);
        return steps.Count;
    }
}
