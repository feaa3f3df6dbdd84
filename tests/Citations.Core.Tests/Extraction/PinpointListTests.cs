using static Citations.Core.Tests.Extraction.ExtractorFixture;

namespace Citations.Core.Tests.Extraction;

/// <summary>Articles listed before the one that names their instrument, and sub-paragraph letters written apart.</summary>
[TestClass]
public sealed class PinpointListTests
{
    [TestMethod]
    [DataRow("According to Article 1, paragraph 2, and Article 55 of the United Nations Charter, peoples may determine their status. The Vienna Convention on the Law of Treaties also applies.", "UN-CHARTER", "1(2),55")]
    [DataRow("Articles 9 and article 14 of the International Covenant on Civil and Political Rights were invoked.", "ICCPR", "14,9")]
    [DataRow("The Special Committee on Information transmitted under Article 73 e of the Charter met.", "UN-CHARTER", "73(e)")]
    [DataRow("Information under Article 73 e, which the Charter of the United Nations requires, was sent.", "UN-CHARTER", "73(e)")]
    public void Extract_ArticlesInAList_GoToTheInstrumentNamedAfterTheLast(string text, string instrument, string expected) =>
        CollectionAssert.AreEqual(expected.Split(','), Articles(text, instrument));

    [TestMethod]
    // French and Spanish: paragraphs in brackets, lists with "et", and "du Pacte" / "del Convenio" holding the link word.
    [DataRow("Le Comité rappelle le Pacte international relatif aux droits civils et politiques. Les articles 2 (par. 1), 14 et 26 du Pacte ont été violés.", "ICCPR", "14,2(1),26")]
    [DataRow("L'auteur invoque l'article 3 (par. 2) du Protocole facultatif se rapportant au Pacte international relatif aux droits civils et politiques.", "ICCPR-OP1", "3(2)")]
    [DataRow("La Convención sobre los Derechos del Niño es clara: el artículo 12 de la Convención protege al niño.", "CRC", "12")]
    [DataRow("Se invoca la Convención sobre los Derechos del Niño; el artículo 3 (párr. 1) del Convenio fue vulnerado.", "CRC", "3(1)")]
    [DataRow("The author invokes article 9 (para. 3) of the International Covenant on Civil and Political Rights.", "ICCPR", "9(3)")]
    public void Extract_PinpointsInOtherLanguages_GoToTheirInstrument(string text, string instrument, string expected) =>
        CollectionAssert.AreEqual(expected.Split(','), Articles(text, instrument));

    [TestMethod]
    public void Extract_CharterNamedInFrench_TheShortFormIsThatCharter() =>
        CollectionAssert.AreEqual(new[] { "ACHPR" }, Instruments("La Charte africaine des droits de l'homme et des peuples le garantit ; la Charte est claire."));

    [TestMethod]
    // The list is joined to the next article only by "and"; a full stop or other words break it.
    [DataRow("Article 3 was cited. Article 55 of the United Nations Charter was cited too.", "UN-CHARTER", "55")]
    // "a" here is the article's word, not a sub-paragraph.
    [DataRow("Under Article 2 a State may act; the Charter of the United Nations says so.", "UN-CHARTER", "2")]
    public void Extract_ArticlesNotJoined_KeepTheirOwnReading(string text, string instrument, string expected) =>
        CollectionAssert.AreEqual(expected.Split(','), Articles(text, instrument));
}
