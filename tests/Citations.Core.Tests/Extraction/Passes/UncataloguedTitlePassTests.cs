using Citations.Core.Extraction;
using Citations.Core.Extraction.Passes;
using static Citations.Core.Tests.Extraction.Passes.PassHarness;

namespace Citations.Core.Tests.Extraction.Passes;

[TestClass]
public sealed class UncataloguedTitlePassTests
{
    /// <summary>A catalog of one instrument, so that any other title is uncatalogued whatever the built-in catalog grows to hold.</summary>
    private static readonly Lazy<ExtractionContext> s_context = new(() => With(CatalogOf(
        Entry("CRC", "Convention on the Rights of the Child", "treaty", "1989-11-20"))));

    private static IExtractionPass Titles(ExtractionContext context) => new UncataloguedTitlePass(context);

    [TestMethod]
    public void Run_TitleTheCatalogLacks_IsReportedUncatalogued()
    {
        var state = Run("Bolivia ratified the Inter-American Convention on the Prevention of Violence against Women in 1994.", s_context.Value, Names, Titles);
        var mention = state.Mentions.Single();
        Assert.IsFalse(mention.Catalogued);
        Assert.AreEqual("Inter-American Convention on the Prevention of Violence against Women", mention.Title);
        Assert.AreEqual(Confidence.UncataloguedTitle, mention.Confidence);
        Assert.AreEqual(InstrumentKind.Treaty, mention.KindOfInstrument);
    }

    [TestMethod]
    public void Run_DeclarationTitle_IsADeclaration()
    {
        var state = Run("The Vienna Declaration on Human Rights was adopted by consensus.", s_context.Value, Titles);
        Assert.AreEqual(InstrumentKind.Declaration, state.Mentions.Single().KindOfInstrument);
    }

    [TestMethod]
    public void Run_CataloguedTitleAndLowerCaseDescription_AddNothing()
    {
        var state = Run("The Convention on the Rights of the Child and a convention on the reduction of armaments were discussed.", s_context.Value, Names, Titles);
        Assert.AreEqual("CRC", state.Mentions.Single().InstrumentId);
    }

    /// <summary>Two conventions that share a name, as the Lomé Conventions do.</summary>
    private static readonly Lazy<ExtractionContext> s_shared = new(() => With("""
        { "instruments": [
            { "id": "PORT-1", "title": "First Harbour Convention", "kind": "treaty", "adopted": "1975-02-28", "names": ["First Harbour Convention"] },
            { "id": "PORT-2", "title": "Second Harbour Convention", "kind": "treaty", "adopted": "1979-10-31", "names": ["Second Harbour Convention"] } ],
          "ambiguous": [ { "name": "Harbour Convention", "instruments": ["PORT-1", "PORT-2"] } ] }
        """));

    [TestMethod]
    public void Run_SharedNameThenItsParties_IsTheNameNotATitle()
    {
        var state = Run("We welcome the Harbour Convention between the European Community and the coastal States of Africa.", s_shared.Value, Names, Titles);
        var mention = state.Mentions.Single();
        Assert.IsTrue(mention.Catalogued);
        CollectionAssert.AreEquivalent(new[] { "PORT-1", "PORT-2" }, mention.Candidates.ToArray());
        Assert.AreEqual("Harbour Convention", Surface(state, mention));
    }

    [TestMethod]
    public void Run_SharedNameThenMoreTitle_IsTheLongerUncataloguedTitle()
    {
        // "on …" goes on with the title; only "between" opens the parties.
        var state = Run("We welcome the Harbour Convention on Fishing Vessels in the Atlantic Ocean.", s_shared.Value, Names, Titles);
        Assert.IsTrue(state.Mentions.Any(m => !m.Catalogued && m.Title!.StartsWith("Harbour Convention on Fishing Vessels", StringComparison.Ordinal)),
            string.Join("; ", state.Mentions.Select(m => $"{m.InstrumentId} '{Surface(state, m)}'")));
    }

    [TestMethod]
    [DataRow("The region adopted a Convention on Small Arms, Light Weapons, Their Ammunition and Other Associated Material last year.", "Convention on Small Arms, Light Weapons, Their Ammunition and Other Associated Material")]
    [DataRow("It relies on the Convention for the Maintenance, Preservation and Re-establishment of Peace of that conference.", "Convention for the Maintenance, Preservation and Re-establishment of Peace")]
    public void Run_TitleWithAListOfCapitalisedWords_HoldsTheWholeList(string text, string expected) =>
        Assert.AreEqual(expected, Run(text, s_context.Value, Names, Titles).Mentions.Single().Title);

    [TestMethod]
    // A comma with no "and" closing a list ends the title: what follows is the sentence's.
    [DataRow("Delegates discussed the Convention on Small Arms, Ghana said, in Accra.", "Convention on Small Arms")]
    [DataRow("They signed the Agreement on Fisheries, Paris, 1990.", "Agreement on Fisheries")]
    public void Run_TitleBeforeACommaWithNoList_EndsAtTheComma(string text, string expected) =>
        Assert.AreEqual(expected, Run(text, s_context.Value, Names, Titles).Mentions.Single().Title);
}
