using Citations.Core.Extraction;

namespace Citations.Core.Tests.Extraction;

/// <summary>
/// The cheap tests <see cref="NameIndex"/> runs before a lookup (first-word shapes, follower bits)
/// never turn down a word that a catalog name needs, whatever its case.
/// </summary>
[TestClass]
public sealed class NameIndexFilterTests
{
    private static readonly NameIndex s_index = new(InstrumentCatalog.BuiltIn);

    private static IEnumerable<string> AsciiNames() =>
        InstrumentCatalog.BuiltIn.Instruments
            .SelectMany(i => i.Names.Concat(i.InformalNames).Concat(i.Abbreviations))
            .Where(n => n.All(c => c < 128));

    [TestMethod]
    public void Filters_EveryWordOfEveryCatalogName_Pass()
    {
        var checkedWords = 0;
        foreach (var name in AsciiNames())
        {
            var words = TextNormalizer.Words(name).Where(w => !w.Equals("the", StringComparison.OrdinalIgnoreCase)).ToList();
            var node = NameIndex.Root;
            foreach (var (word, k) in words.Select((w, k) => (w, k)))
            {
                foreach (var written in new[] { word, word.ToUpperInvariant(), word.ToLowerInvariant() })
                {
                    if (k == 0) Assert.IsTrue(s_index.MayBeginName(written), $"{name}: {written} turned down as a first word");
                    else Assert.IsTrue(s_index.MayFollow(node, written), $"{name}: {written} turned down after {words[k - 1]}");
                    Assert.IsTrue(k == 0 || s_index.MayFollow(node, "The"), $"{name}: \"the\" turned down after {words[k - 1]}");
                    checkedWords++;
                }

                node = s_index.Next(node, s_index.WordId(TextNormalizer.Fold(word)));
                Assert.IsTrue(node > 0, $"{name}: no path at {word}");
            }
        }

        Assert.IsTrue(checkedWords > 10000, $"{checkedWords} words checked");
    }

    [TestMethod]
    public void WordId_WordOfNoName_IsMinusOne()
    {
        Assert.AreEqual(-1, s_index.WordId("Zanzibarian", new char[11]));
        Assert.IsTrue(s_index.WordId("COVENANT", new char[8]) >= 0);
        Assert.AreEqual(s_index.WordId("covenant"), s_index.WordId("Covenant", new char[8]));
    }
}
