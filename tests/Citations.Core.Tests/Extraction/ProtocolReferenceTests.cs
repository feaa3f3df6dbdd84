using Citations.Core.Extraction;
using Citations.Core.Extraction.Passes;
using static Citations.Core.Tests.Extraction.ExtractorFixture;

namespace Citations.Core.Tests.Extraction;

/// <summary>Protocols named through their parent, through the whole extractor.</summary>
[TestClass]
public sealed class ProtocolReferenceTests
{
    [TestMethod]
    // Possessives and "thereto": the parent's only protocol, or the one whose title carries no ordinal.
    [DataRow("Our country acceded to the International Covenant on Civil and Political Rights and its Optional Protocol in 1991.", "ICCPR,ICCPR-OP1")]
    [DataRow("We ratified the Convention on the Rights of Persons with Disabilities and the Optional Protocol thereto last year.", "CRPD,CRPD-OP")]
    [DataRow("The Government is a party to the 1951 Convention relating to the Status of Refugees and its related Protocol.", "REFUGEE-1951,REFUGEE-1967")]
    [DataRow("We are preparing to accede to the Convention relating to the Status of Refugees and to the relevant Protocol.", "REFUGEE-1951,REFUGEE-1967")]
    [DataRow("Parliament approved the Convention on the Elimination of All Forms of Discrimination against Women and, a year later, its Optional Protocol.", "CEDAW,CEDAW-OP")]
    // Ordinals with a parent named or pointed at.
    [DataRow("We shall sign the Second Optional Protocol to the International Covenant on Civil and Political Rights.", "ICCPR-OP2")]
    [DataRow("The International Covenant on Civil and Political Rights binds us, and so will the Second Optional Protocol to that Covenant.", "ICCPR,ICCPR-OP2")]
    [DataRow("The speaker named the Second Additional Protocol to the International Covenant on Civil and Political Rights.", "ICCPR-OP2")]
    [DataRow("We signed the two International Covenants and the First Optional Protocol to the former Covenant.", "ICCPR,ICCPR-OP1,ICESCR")]
    // Counts: all of them only when the count says which.
    [DataRow("Portugal is a party to the Convention on the Rights of the Child and to its three Optional Protocols.", "CRC,CRC-OPAC,CRC-OPIC,CRC-OPSC")]
    [DataRow("Parliament ratified the Covenant on Civil and Political Rights and its two Optional Protocols.", "ICCPR,ICCPR-OP1,ICCPR-OP2")]
    // French and Spanish.
    [DataRow("Le Pacte international relatif aux droits civils et politiques et son Protocole facultatif ont été ratifiés.", "ICCPR,ICCPR-OP1")]
    [DataRow("Ratificamos la Convención sobre los derechos de las personas con discapacidad y su Protocolo Facultativo.", "CRPD,CRPD-OP")]
    // A numbered protocol standing alone: that protocol of the instrument just named.
    [DataRow("Under the European Convention on Human Rights, Protocol No. 6 abolished the death penalty in peacetime.", "ECHR,ECHR-P6")]
    [DataRow("We ratified the European Convention on Human Rights in 1990. Protocol No. 13 followed in 2003.", "ECHR,ECHR-P13")]
    [DataRow("The Geneva Conventions of 1949 are universal; Protocol I extends them to wars of national liberation.", "AP-I,GC-1949")]
    [DataRow("We are bound by the Covenant on Civil and Political Rights. Second Optional Protocol was ratified in 1998.", "ICCPR,ICCPR-OP2")]
    // Of several protocols, the one the words after the phrase describe.
    [DataRow("The Convention on the Rights of the Child and its Optional Protocol on the sale of children were ratified.", "CRC,CRC-OPSC")]
    [DataRow("The Convention on the Rights of the Child and the Optional Protocol to the Convention on the involvement of children in armed conflict apply.", "CRC,CRC-OPAC")]
    [DataRow("We recall the Additional Protocol to the Geneva Conventions of 12 August 1949 on the emblem.", "AP-III")]
    public void Extract_ProtocolThroughItsParent_GivesTheProtocol(string text, string expected) =>
        CollectionAssert.AreEqual(expected.Split(','), Instruments(text), string.Join("; ", Extract(text).Select(c => $"{c.InstrumentId} '{c.Surface}'")));

    [TestMethod]
    // Which of several the phrase does not say: nothing rather than a guess, and never the parent for the protocol.
    [DataRow("The State signed the Convention on the Rights of the Child and its Optional Protocols.", "CRC")]
    [DataRow("The State signed the Convention on the Rights of the Child and its two Optional Protocols.", "CRC")]
    [DataRow("We call on all States to adhere to the Non-Proliferation Treaty and its Additional Protocol.", "NPT")]
    // Another instrument's own protocol with the same words, and a proposal that is no protocol of the catalog.
    [DataRow("Solomon Islands supports the Alliance of Small Island States Protocol to the United Nations Framework Convention on Climate Change.", "UNFCCC")]
    // A number the instrument named before has no protocol of, or words after the phrase that describe none or two.
    [DataRow("We respect the Charter of the United Nations. Protocol No. 6 was adopted by the Council of Europe.", "UN-CHARTER")]
    [DataRow("The Convention on Certain Conventional Weapons is in force. Protocol IX does not exist.", "CCW")]
    [DataRow("The Convention on the Rights of the Child and its Optional Protocol on several occasions.", "CRC")]
    [DataRow("The Convention on Certain Conventional Weapons and its Protocol on mines, booby-traps and other devices.", "CCW")]
    public void Extract_ProtocolNotDecided_LeavesItOut(string text, string expected) =>
        CollectionAssert.AreEqual(expected.Split(','), Instruments(text), string.Join("; ", Extract(text).Select(c => $"{c.InstrumentId} '{c.Surface}'")));

    [TestMethod]
    public void Extract_NumberedProtocolTheCatalogLacks_IsUncataloguedWithItsParent()
    {
        var citation = Extract("Ukraine signed the Optional Protocol No. 9 to the Convention on the Rights of Persons with Disabilities.")
            .Single(c => !c.Catalogued);
        Assert.AreEqual("CRPD", citation.Parent);
        Assert.AreEqual(InstrumentKind.Protocol, citation.Kind);
        StringAssert.StartsWith(citation.Surface, "Optional Protocol No. 9");
    }

    [TestMethod]
    public void Extract_ProtocolAfterARelativeReference_SpansSliceBackToTheirSurfaces()
    {
        const string text = "The Covenant on Civil and Political Rights and its Optional Protocol entered into force in 1976.";
        foreach (var citation in Extract(text)) Assert.AreEqual(citation.Surface, text.Substring(citation.Start, citation.Length));
    }

    [TestMethod]
    [DataRow("Second Optional Protocol to the International Covenant on Civil and Political Rights, aiming at the abolition of the death penalty", 2)]
    [DataRow("Protocol No. 6 to the Convention for the Protection of Human Rights and Fundamental Freedoms", 6)]
    [DataRow("Protocol Additional to the Geneva Conventions of 12 August 1949 (Protocol II)", 2)]
    [DataRow("Optional Protocol to the International Covenant on Civil and Political Rights", null)]
    public void OrdinalOf_ProtocolTitle_ReadsItsNumber(string title, int? expected)
    {
        var protocol = new Instrument { Id = "P", Title = title, Kind = InstrumentKind.Protocol, Adopted = "1989-12-15" };
        Assert.AreEqual(expected, ProtocolReferencePass.OrdinalOf(protocol));
    }
}
