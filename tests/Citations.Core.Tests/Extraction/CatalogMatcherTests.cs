using static Citations.Core.Tests.Extraction.ExtractorFixture;

namespace Citations.Core.Tests.Extraction;

[TestClass]
public sealed class CatalogMatcherTests
{
    [TestMethod]
    [DataRow("Governments must protect the right to privacy, as stated in the International Covenant on Civil and Political Rights.", "ICCPR")]
    [DataRow("including the provisions of the Convention against torture and other cruel, inhuman or degrading treatment or punishment, the Convention on the Rights of the Child", "CAT,CRC")]
    [DataRow("and the Geneva Conventions for the Protection of War Victims. Consequently, the rights to life", "GC-1949")]
    [DataRow("We recall the 1949 Geneva Conventions and the Fourth Geneva Convention in particular.", "GC-1949,GC-IV")]
    [DataRow("Malaysia is not party to the 1951 Refugee Convention and its 1967 Protocol.", "REFUGEE-1951,REFUGEE-1967")]
    [DataRow("the Genocide Convention and the Torture Convention bind every State party", "CAT,GENOCIDE")]
    [DataRow("Rome Statute of the International Criminal Court (ICC)", "ROME")]
    [DataRow("We have signed the Treaty on the Non-Proliferation of Nuclear Weapons (NPT) and the CTBT.", "CTBT,NPT")]
    [DataRow("the Comprehensive Nuclear-Test-Ban Treaty must enter into force", "CTBT")]
    [DataRow("the Comprehensive Nuclear Test Ban Treaty must enter into force", "CTBT")]
    [DataRow("the principle of non-intervention first recognized in the Convention on the Rights and Duties of the States, signed at Montevideo", "MONTEVIDEO-1933")]
    [DataRow("prohibited by the U.N. Convention Against Torture and Other Forms of Cruel, Inhuman or Degrading Treatment or Punishment", "CAT")]
    [DataRow("the Paris Agreement on Climate Change and the Kyoto Protocol", "KYOTO,PARIS")]
    [DataRow("States must respect Additional Protocol I and the Hague Regulations.", "AP-I,HAGUE-IV-1907")]
    [DataRow("parties à la Convention contre la torture et autres peines ou traitements cruels, inhumains ou dégradants", "CAT")]
    [DataRow("l’article 5 de la Déclaration universelle des droits de l’homme", "UDHR")]
    [DataRow("la Autoridad Central de los EE. UU. para el Convenio de La Haya sobre sustracción.", "HAGUE-1980")]
    [DataRow("the Geneva Convention Relative to the Treatment of Prisoners of War of August 12, 1949", "GC-III")]
    [DataRow("Article 4 of the 1949 Geneva Convention (III) Relative to the Treatment of Prisoners of War", "GC-III")]
    [DataRow("the 1907 Hague Convention (N) Respecting the Laws and Customs of War on Land", "HAGUE-IV-1907")]
    [DataRow("the Review Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons", "NPT")]
    [DataRow("the Comprehensive Nuclear-Test-Ban Treaty Organization", "CTBT")]
    public void Extract_RealPhrasing_FindsInstruments(string text, string expected)
    {
        CollectionAssert.AreEqual(expected.Split(','), Instruments(text));
    }

    [TestMethod]
    public void Extract_ProtocolTitleNamingItsParent_GivesOnlyTheProtocol()
    {
        // Rule 7: a parent named only inside its protocol's title is not invoked on its own.
        CollectionAssert.AreEqual(new[] { "ICCPR-OP1" },
            Instruments("We shall soon adhere to the Optional Protocol to the International Covenant on Civil and Political Rights."));
        CollectionAssert.AreEqual(new[] { "OPCAT" },
            Instruments("Afghanistan has ratified the Optional Protocol to the Convention against Torture."));
    }

    [TestMethod]
    public void Extract_AcronymInLowerCase_IsNotAMention()
    {
        Assert.AreEqual(0, Extract("The cat sat on the mat while the crc check ran and the npt was discussed.").Count);
        CollectionAssert.AreEqual(new[] { "CAT" }, Instruments("Sweden is a party to CAT."));
    }

    [TestMethod]
    public void Extract_TitleBrokenOverLines_MatchesWithSpanIntoOriginal()
    {
        const string text = "violations of the International Covenant\non Civil and  Political Rights were reported";
        var citation = Extract(text).Single();
        Assert.AreEqual("ICCPR", citation.InstrumentId);
        Assert.AreEqual("International Covenant\non Civil and  Political Rights", citation.Surface);
        Assert.AreEqual(text.IndexOf("International", StringComparison.Ordinal), citation.Start);
    }

    [TestMethod]
    public void Extract_LookAlikeGenevaConvention_IsTheRefugeeConvention()
    {
        CollectionAssert.AreEqual(new[] { "REFUGEE-1951" },
            Instruments("Turkey hosts refugees under the 1951 Geneva Convention Relating to the Status of Refugees."));
    }

    [TestMethod]
    public void Extract_TlatelolcoProtocols_AreNotTheGenevaProtocols()
    {
        const string text = "The Tlatelolco Treaty is a glimmer of light. Additional Protocol II of the Tlatelolco Treaty has been ratified by all the nuclear Powers, while Additional Protocol I has now been signed by France.";
        CollectionAssert.AreEqual(new[] { "TLATELOLCO", "TLATELOLCO-AP1", "TLATELOLCO-AP2" }, Instruments(text));
    }
}

[TestClass]
public sealed class ProtocolListTests
{
    [TestMethod]
    [DataRow("While the Geneva Conventions and their Additional Protocols have been universally ratified, violations continue.", "AP-I,AP-II,GC-1949")]
    [DataRow("All parties must respect the Geneva Conventions of 1949 and Protocols I and II.", "AP-I,AP-II,GC-1949")]
    [DataRow("France has signed Additional Protocols I and II to the Treaty of Tlatelolco.", "TLATELOLCO-AP1,TLATELOLCO-AP2")]
    [DataRow("A comprehensive test-ban treaty remains our goal.", "")]
    public void Extract_ProtocolList_GivesEachProtocol(string text, string expected)
    {
        CollectionAssert.AreEqual(expected.Length == 0 ? Array.Empty<string>() : expected.Split(','), ExtractorFixture.Instruments(text));
    }
}

[TestClass]
public sealed class TextNormalizerTests
{
    [TestMethod]
    [DataRow("Pacto de San José", "pacto de san jose")]
    [DataRow("DÉCLARATION", "declaration")]
    [DataRow("Женевские", "женевские")]
    public void Fold_Word_DropsCaseAndDiacritics(string word, string expected)
    {
        Assert.AreEqual(expected, string.Join(' ', Citations.Core.Extraction.TextNormalizer.Words(word).Select(Citations.Core.Extraction.TextNormalizer.Fold)));
    }

    [TestMethod]
    public void Extract_NameWithoutItsAccents_StillMatches()
    {
        CollectionAssert.AreEqual(new[] { "ACHR" }, ExtractorFixture.Instruments("Costa Rica hosts the court of the Pact of San Jose."));
    }
}
