using static Citations.Core.Tests.Extraction.ExtractorFixture;

namespace Citations.Core.Tests.Extraction;

/// <summary>
/// The Vienna Conventions' dispute-settlement protocols as U.S. courts cite them: "the Optional Protocol Concerning
/// the Compulsory Settlement of Disputes to the Vienna Convention" (Medellín), or by the bare title with a treaty
/// series; which Vienna Convention's protocol is meant follows from the words around it.
/// </summary>
[TestClass]
public sealed class ConsularProtocolNamesTests
{
    [TestMethod]
    [DataRow("Medellín was not told of his right to consular notification. The Optional Protocol Concerning the Compulsory Settlement of Disputes to the Vienna Convention gives the ICJ jurisdiction.", "VCCR-OP-DISPUTES")]
    [DataRow("The Optional Protocol Concerning the Compulsory Settlement of Disputes to the Vienna Convention on Consular Relations was ratified in 1969.", "VCCR-OP-DISPUTES")]
    [DataRow("Optional Protocol Concerning the Compulsory Settlement of Disputes, Apr. 24, 1963, 21 UST 325, 596 UNTS 487.", "VCCR-OP-DISPUTES")]
    [DataRow("The embassy's immunity was disputed, and the Optional Protocol Concerning the Compulsory Settlement of Disputes was invoked.", "VCDR-OP-DISPUTES")]
    public void Extract_DisputesProtocol_IsTheProtocolTheContextGives(string text, string expected) =>
        CollectionAssert.Contains(Instruments(text), expected);

    [TestMethod]
    // Nothing tells which Vienna Convention's protocol is meant: left out, never guessed.
    public void Extract_DisputesProtocolWithoutContext_IsLeftOut()
    {
        var found = Instruments("The Optional Protocol Concerning the Compulsory Settlement of Disputes was discussed.");
        CollectionAssert.DoesNotContain(found, "VCCR-OP-DISPUTES");
        CollectionAssert.DoesNotContain(found, "VCDR-OP-DISPUTES");
    }
}
