using static Citations.Core.Tests.Extraction.ExtractorFixture;

namespace Citations.Core.Tests.Extraction;

/// <summary>
/// "the Madrid Protocol" is the 1991 Antarctic environmental protocol in a text about Antarctica and the 1989
/// trademark protocol in a text about marks; nothing when the text says neither. "the Protocol on Environmental
/// Protection" is the Antarctic one.
/// </summary>
[TestClass]
public sealed class MadridProtocolsTests
{
    [TestMethod]
    [DataRow("We celebrate the 25th Anniversary of the Protocol on Environmental Protection, otherwise known as the Madrid Protocol.", "MADRID-PROTOCOL-1991")]
    [DataRow("The Madrid Protocol bans mineral resource activities in Antarctica.", "MADRID-PROTOCOL-1991")]
    [DataRow("Trademark owners may file one international application under the Madrid Protocol.", "MADRID-MARKS-1989")]
    [DataRow("The United States joined the Protocol Relating to the Madrid Agreement Concerning the International Registration of Marks in 2003.", "MADRID-MARKS-1989")]
    public void Extract_MadridProtocolWithContext_IsTheProtocolTheContextGives(string text, string expected) =>
        CollectionAssert.AreEqual(new[] { expected }, Instruments(text));

    [TestMethod]
    [DataRow("The Madrid Protocol was discussed at length.")]
    // Both subjects at once: either could be meant.
    [DataRow("The WIPO official spoke about Antarctica and the Madrid Protocol.")]
    public void Extract_MadridProtocolWithoutDecidingContext_IsLeftOut(string text) =>
        Assert.AreEqual(0, Instruments(text).Length, string.Join(", ", Instruments(text)));
}
