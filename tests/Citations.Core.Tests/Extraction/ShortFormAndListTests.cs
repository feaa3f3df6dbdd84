using static Citations.Core.Tests.Extraction.ExtractorFixture;

namespace Citations.Core.Tests.Extraction;

/// <summary>"the Charter of a clause" and "our Charter": the UN Charter in a speech that names it.</summary>
[TestClass]
public sealed class CharterShortFormTests
{
    [TestMethod]
    [DataRow("The Charter of the United Nations binds us all. The inclusion in the Charter of a clause on territorial integrity was wise.")]
    [DataRow("The Charter of the United Nations binds us all; we shall not amend our Charter lightly.")]
    public void Extract_CharterShortForm_IsTheUnCharter(string text) =>
        Assert.AreEqual(2, Extract(text).Count(c => c.InstrumentId == "UN-CHARTER"), string.Join("; ", Extract(text).Select(c => $"{c.InstrumentId} '{c.Surface}'")));

    [TestMethod]
    public void Extract_CharterFollowedByACapitalisedTitle_IsNotAShortForm() =>
        Assert.IsFalse(Extract("The Charter of Fundamental Liberties of Ruritania was cited.").Any(c => c.InstrumentId == "UN-CHARTER"));
}

/// <summary>"the Treaties of Tlatelolco, Rarotonga, Bangkok and Pelindaba": one plural head and its places.</summary>
[TestClass]
public sealed class PluralTitleListTests
{
    [TestMethod]
    [DataRow("We welcome the Treaties of Tlatelolco, Rarotonga, Bangkok and Pelindaba.", "BANGKOK-1995,PELINDABA,RAROTONGA,TLATELOLCO")]
    [DataRow("The Treaties of Pelindaba and Rarotonga created zones free of nuclear weapons.", "PELINDABA,RAROTONGA")]
    public void Extract_PluralHeadWithPlaces_GivesEachInstrument(string text, string expected) =>
        CollectionAssert.AreEqual(expected.Split(','), Instruments(text));

    [TestMethod]
    // Places no instrument of the catalog is named after, and a single place (an ordinary title), give nothing here.
    [DataRow("The Treaties of Utrecht and Nowhere were recalled.")]
    [DataRow("The Declarations of Ministers and Officials were noted.")]
    public void Extract_PlacesNoInstrumentIsNamedAfter_GiveNothing(string text) =>
        Assert.IsEmpty(Instruments(text), string.Join(", ", Instruments(text)));
}

/// <summary>A descriptive reference that pins down one instrument, as the General Assembly worded it.</summary>
[TestClass]
public sealed class DescriptiveReferenceTests
{
    [TestMethod]
    [DataRow("We support an international legally binding instrument on the conservation and sustainable use of marine biological diversity of areas beyond national jurisdiction.")]
    [DataRow("Negotiations on the legally binding instrument on the conservation and sustainable use of marine biological diversity beyond areas of national jurisdiction have ended.")]
    public void Extract_DescriptiveReference_GivesTheInstrument(string text) =>
        CollectionAssert.AreEqual(new[] { "BBNJ" }, Instruments(text));

    [TestMethod]
    public void Extract_TopicAlone_GivesNothing() =>
        Assert.IsEmpty(Instruments("We care about the conservation and sustainable use of marine biological diversity of areas beyond national jurisdiction."));
}
