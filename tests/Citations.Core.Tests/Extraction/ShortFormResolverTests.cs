using static Citations.Core.Tests.Extraction.ExtractorFixture;

namespace Citations.Core.Tests.Extraction;

[TestClass]
public sealed class ShortFormResolverTests
{
    [TestMethod]
    public void Resolve_ThatCovenantAfterItsProtocol_IsTheCovenant()
    {
        const string text = "We shall soon adhere to the Optional Protocol to the International Covenant on Civil and Political Rights. We have accepted the competence of the Human Rights Committee under article 41 of that Covenant.";
        var covenant = Extract(text).Single(c => c.InstrumentId == "ICCPR");
        Assert.AreEqual("that Covenant", covenant.Surface);
        CollectionAssert.AreEqual(new[] { "41" }, covenant.Provisions.ToArray());
    }

    [TestMethod]
    public void Resolve_TheConvention_IsTheNearestConventionNotTheProtocol()
    {
        const string text = "Although Malaysia is not party to the 1951 Refugee Convention and its 1967 Protocol, the time has come for State Parties to the Convention to shoulder a proportionate burden.";
        var shortForm = Extract(text).Single(c => c.Surface == "the Convention");
        Assert.AreEqual("REFUGEE-1951", shortForm.InstrumentId);
        Assert.AreEqual(MentionKind.ShortForm, shortForm.Mention);
    }

    [TestMethod]
    public void Resolve_TheTreaty_IsTheNearestTreaty()
    {
        const string text = "the Convention on the Prevention and Punishment of the Crime of Genocide was adopted. We adopted the Treaty on the Prohibition of Nuclear Weapons last year. I congratulate the 19 countries that have already ratified the Treaty.";
        Assert.AreEqual("TPNW", Extract(text).Single(c => c.Surface == "the Treaty").InstrumentId);
    }

    [TestMethod]
    public void Resolve_ShortFormWithNothingBefore_IsLeftOut()
    {
        Assert.AreEqual(0, Extract("The Convention must be respected by all, and the Protocol too.").Count);
        Assert.AreEqual(0, Extract("The Covenant was discussed, and the Treaty was not.").Count);
    }

    [TestMethod]
    public void Resolve_TheCharterWithNoOtherCharter_IsTheUnCharter()
    {
        const string text = "the right to legitimate defence, as enshrined in Article 51 of the Charter.";
        var charter = Extract(text).Single();
        Assert.AreEqual("UN-CHARTER", charter.InstrumentId);
        CollectionAssert.AreEqual(new[] { "51" }, charter.Provisions.ToArray());
    }

    [TestMethod]
    public void Resolve_DefinedTerm_IsUsedLater()
    {
        const string text = "a violation of the consular notification provisions of the Vienna Convention on Consular Relations (the \"Treaty\") can be raised. The answer hinges on whether individual rights are bestowed by the Treaty.";
        var found = Extract(text);
        Assert.IsTrue(found.All(c => c.InstrumentId == "VCCR"));
        Assert.AreEqual(3, found.Count);
        Assert.AreEqual(MentionKind.DefinedTerm, found[^1].Mention);
    }

    [TestMethod]
    public void Resolve_ConventionOfItsAdoptionDate_IsThatConvention()
    {
        const string text = "The provisions of Article 32 of the United Nations Convention of July 28, 1951, which became binding on the United States, do not preclude deportation.";
        var found = Extract(text).Single();
        Assert.AreEqual("REFUGEE-1951", found.InstrumentId);
        CollectionAssert.AreEqual(new[] { "32" }, found.Provisions.ToArray());
    }
}

[TestClass]
public sealed class CovenantPairTests
{
    [TestMethod]
    [DataRow("We are committed to the two International Covenants on Human Rights.", "ICCPR,ICESCR")]
    [DataRow("Kazakhstan ratified the International Covenant on Civil and Political Rights and the International Covenant on Economic, Social and Cultural Rights; those Covenants guide our reforms.", "ICCPR,ICESCR")]
    [DataRow("The Covenants were discussed by the committee.", "")]
    [DataRow("Iraq persists in violating covenants and obligations.", "")]
    public void Extract_PluralCovenants_AreTheTwoCovenants(string text, string expected)
    {
        CollectionAssert.AreEqual(expected.Length == 0 ? Array.Empty<string>() : expected.Split(','), ExtractorFixture.Instruments(text));
    }

    [TestMethod]
    public void Extract_ThoseCovenants_IsAMentionOfEach()
    {
        const string text = "the International Covenant on Civil and Political Rights and the International Covenant on Economic, Social and Cultural Rights; those Covenants guide us.";
        Assert.AreEqual(2, ExtractorFixture.Extract(text).Count(c => c.Surface == "those Covenants"));
    }
}
