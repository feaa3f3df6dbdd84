using Citations.Core.Extraction;

namespace Citations.Core.Tests.Extraction;

/// <summary>
/// The cheap tests <see cref="NameIndex"/> runs before a lookup (first-word shapes, first pairs of
/// words, follower bits) never turn down a word that a catalog name needs, whatever its case, and do
/// turn down most words of running text.
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
    public void FirstTwoWords_EveryCatalogName_PassInAnyCase()
    {
        var checkedNames = 0;
        foreach (var name in AsciiNames())
        {
            var words = TextNormalizer.Words(name).Where(w => !w.Equals("the", StringComparison.OrdinalIgnoreCase)).ToList();
            if (words.Count == 0) continue;
            foreach (var cased in new[] { words, [.. words.Select(w => w.ToUpperInvariant())], [.. words.Select(w => w.ToLowerInvariant())] })
            {
                if (cased.Count == 1) Assert.IsTrue(s_index.MayBeWholeName(cased[0]), $"{name}: {cased[0]} turned down as a whole name");
                else Assert.IsTrue(s_index.MayBeginWith(cased[0], cased[1]), $"{name}: {cased[0]} {cased[1]} turned down as a name's first words");
            }

            checkedNames++;
        }

        Assert.IsTrue(checkedNames > 3000, $"{checkedNames} names checked");
    }

    [TestMethod]
    public void FirstTwoWords_WordsOfRunningText_MostlyTurnedDown()
    {
        // From a General Assembly speech: words that begin names elsewhere ("International", "United"), here followed by others.
        var words = TextNormalizer.Words(
            "We are gathered here at a time of great uncertainty for the international community, and my delegation wishes to " +
            "thank the Secretary-General for his report on the work of the Organization. Our united efforts in the past year " +
            "have shown what a people can achieve when it works together with its neighbours in peace and in good faith.");
        var admitted = 0;
        for (var k = 0; k + 1 < words.Count; k++)
        {
            if (s_index.MayBeginName(words[k]) && (s_index.MayBeWholeName(words[k]) || s_index.MayBeginWith(words[k], words[k + 1]))) admitted++;
        }

        Assert.IsTrue(admitted <= 3, $"{admitted} of {words.Count} words admitted as the start of a name");
        Assert.IsTrue(s_index.MayBeginWith("United", "Nations"));
        Assert.IsFalse(s_index.MayBeginWith("international", "community"));
    }

    [TestMethod]
    [DataRow("Recalling the Hague Convention respecting Neutral Powers of 1907,", "Hague Convention respecting Neutral Powers")]
    [DataRow("Recalling the Hague (V) Convention respecting Neutral Powers,", "Hague (V) Convention respecting Neutral Powers")]
    [DataRow("Recalling the Hague (V) (1907) the Convention respecting Neutral Powers,", "Hague (V) (1907) the Convention respecting Neutral Powers")]
    [DataRow("Recalling the Hague (V) (1907) the the Convention respecting Neutral Powers,", null)]
    public void CandidateWords_WordsTheWalkPassesOverAfterTheFirst_SameAsTheWalk(string text, string? expected)
    {
        // Up to three words in a row ("the", a numbering in brackets) may stand between a name's first and second words.
        var catalog = InstrumentCatalog.FromJson("""
            { "instruments": [ { "id": "HAGUE-V", "title": "Hague Convention respecting Neutral Powers", "kind": "treaty", "adopted": "1907-10-18",
                                 "names": ["Hague Convention respecting Neutral Powers"] } ] }
            """, "test");
        var found = CatalogMatcher.Find(text, new NameIndex(catalog)).Select(m => text[m.Start..m.End]).ToList();
        CollectionAssert.AreEqual(expected is null ? Array.Empty<string>() : new[] { expected }, found);
    }

    [TestMethod]
    public void WordId_WordOfNoName_IsMinusOne()
    {
        Assert.AreEqual(-1, s_index.WordId("Zanzibarian", new char[11]));
        Assert.IsTrue(s_index.WordId("COVENANT", new char[8]) >= 0);
        Assert.AreEqual(s_index.WordId("covenant"), s_index.WordId("Covenant", new char[8]));
    }
}
