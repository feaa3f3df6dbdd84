using Citations.Core.Extraction;
using Citations.Core.Extraction.Passes;
using static Citations.Core.Tests.Extraction.Passes.PassHarness;

namespace Citations.Core.Tests.Extraction.Passes;

[TestClass]
public sealed class IndefiniteReferencePassTests
{
    private static IExtractionPass Indefinite(ExtractionContext context) => new IndefiniteReferencePass(context);

    [TestMethod]
    // An indefinite article, with up to two adjectives, before a name in lower case: some instrument of that kind, a proposal.
    [DataRow("Such zones are no substitute for an effective non-proliferation Treaty.")]
    [DataRow("We support the preparation of an international arms trade treaty.")]
    [DataRow("Work continues on a draft convention on the rights of the child.")]
    [DataRow("We hope that a general convention on the law of the sea can be signed next year.")]
    public void Run_LowerCaseNameAfterAnIndefiniteArticle_IsDropped(string text) =>
        Assert.AreEqual(0, Run(text, BuiltIn, Names, Indefinite).Mentions.Count(m => m.InstrumentId is not null));

    [TestMethod]
    // The article belongs to another noun ("a party to the …"); the phrase names the meeting that negotiates the instrument;
    // the article is the name's own (the BBNJ agreement was negotiated as "an international legally binding instrument …").
    [DataRow("We became a party to the non-proliferation Treaty in 1970.", "NPT")]
    [DataRow("We are a signatory to the non-proliferation Treaty.", "NPT")]
    [DataRow("As a non-proliferation treaty party, we have accepted safeguards.", "NPT")]
    [DataRow("Each is a non-proliferation treaty State in good standing.", "NPT")]
    [DataRow("We attended the Intergovernmental Conference on an international legally binding instrument under the United Nations Convention on the Law of the Sea on the conservation and sustainable use of marine biological diversity of areas beyond national jurisdiction.", "BBNJ")]
    [DataRow("We support an international legally binding instrument on the conservation and sustainable use of marine biological diversity of areas beyond national jurisdiction.", "BBNJ")]
    public void Run_NameNotAfterAnIndefiniteArticleOfItsOwn_Stays(string text, string expected) =>
        CollectionAssert.Contains(Run(text, BuiltIn, Names, Indefinite).Mentions.Select(m => m.InstrumentId).ToArray(), expected);
}
