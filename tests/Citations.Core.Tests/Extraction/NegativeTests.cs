using static Citations.Core.Tests.Extraction.ExtractorFixture;

namespace Citations.Core.Tests.Extraction;

/// <summary>Ordinary words that look like instruments must give nothing.</summary>
[TestClass]
public sealed class NegativeTests
{
    [TestMethod]
    [DataRow("The party held its annual convention in Chicago, where delegates debated the platform.")]
    [DataRow("Diplomatic protocol requires that the ambassador be received first.")]
    [DataRow("Peace is not the outcome of certain diplomatic protocols, but of a better economic balance.")]
    [DataRow("The company amended its charter and the board approved the new statute of the foundation.")]
    [DataRow("The cat was found in the garden.")]
    [DataRow("France is violating international law and international humanitarian law.")]
    [DataRow("In Yugoslavia, we see a situation that cries out for peaceful resolution.")]
    [DataRow("The claim was barred by the statute of limitations.")]
    [DataRow("Iraq persists in violating covenants and obligations.")]
    [DataRow("We have forgotten those who follow neither the Communist Manifesto nor the Declaration of Independence.")]
    [DataRow("The adoption of the national charter is an accomplishment of our internal policy.")]
    [DataRow("These obligations arise from treaties, which form part of the supreme law of the land under Article VI of the U.S. Constitution.")]
    [DataRow("The delegation submitted a draft resolution concerning the conclusion of an international convention on the reduction of armaments.")]
    [DataRow("The European Court of Human Rights and the International Criminal Court have ruled.")]
    [DataRow("The Human Rights Committee and the Committee against Torture met in Geneva.")]
    [DataRow("Platforms committed to set operational protocols and remove terrorist content.")]
    [DataRow("The Convention was held in Philadelphia, and the Protocol was observed at dinner.")]
    public void Extract_NearMiss_FindsNothing(string text)
    {
        var found = Extract(text);
        Assert.AreEqual(0, found.Count, string.Join("; ", found.Select(c => $"{c.InstrumentId} '{c.Surface}'")));
    }
}

[TestClass]
public sealed class RegionalLookAlikeTests
{
    [TestMethod]
    [DataRow("The OAS adopted the American Declaration on the Rights of Indigenous Peoples in 2016.", "")]
    [DataRow("Extradition is governed by the European Convention on Extradition.", "COE-EXTRADITION")]
    [DataRow("UNESCO adopted the Universal Declaration on Cultural Diversity.", "")]
    [DataRow("The United Nations Declaration on the Rights of Indigenous Peoples must be implemented.", "DRIP")]
    [DataRow("Both the European Convention and the Universal Declaration protect privacy.", "ECHR,UDHR")]
    public void Extract_RegionalLookAlike_IsNotTheCataloguedInstrument(string text, string expected)
    {
        var found = ExtractorFixture.Extract(text).Where(c => c.Catalogued).Select(c => c.InstrumentId).Distinct().Order(StringComparer.Ordinal).ToArray();
        CollectionAssert.AreEqual(expected.Length == 0 ? Array.Empty<string>() : expected.Split(','), found);
    }
}

[TestClass]
public sealed class TreatyBodyTests
{
    [TestMethod]
    [DataRow("The Committee on the Elimination of Discrimination against Women (CEDAW) urged the State party to act. CEDAW also noted progress.")]
    [DataRow("the Committee on the Rights of the Child (CRC) reviewed the report, and the CRC Committee will follow up.")]
    [DataRow("The Human Rights Council resolution 31/36 and the World Health Assembly resolution 72/1 were adopted.")]
    public void Extract_BodyOrItsResolution_IsNotAnInstrument(string text)
    {
        var found = ExtractorFixture.Extract(text);
        Assert.AreEqual(0, found.Count, string.Join("; ", found.Select(c => $"{c.InstrumentId} '{c.Surface}'")));
    }

    [TestMethod]
    public void Extract_AcronymOfTheTreaty_StillCountsWhereNoBodyDefinesIt()
    {
        CollectionAssert.AreEqual(new[] { "CEDAW" }, ExtractorFixture.Instruments("Tonga has not yet ratified CEDAW."));
    }
}
