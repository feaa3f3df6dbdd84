using Citations.Core.Extraction;
using Citations.CorpusGenerator;

namespace Citations.Core.Tests.CorpusGenerator;

[TestClass]
public sealed class SyntheticCatalogTests
{
    private static string Write(int count, int seed)
    {
        using var text = new StringWriter();
        new SyntheticCatalog(InstrumentCatalog.BuiltIn, seed).Write(text, count);
        return text.ToString();
    }

    private static string Key(string name) => string.Join(' ', TextNormalizer.Words(name).Select(w => w.ToLowerInvariant()));

    [TestMethod]
    public void Write_TwoThousandEntries_LoadsBesideTheBuiltInCatalogWithoutARealName()
    {
        var file = Path.Combine(Path.GetTempPath(), $"synthetic-{Guid.NewGuid():N}.json");
        try
        {
            File.WriteAllText(file, Write(2000, 1));

            // Loading validates that every name leads to one instrument: no synthetic name is a real one or another synthetic one.
            var catalog = InstrumentCatalog.Load([file]);

            Assert.AreEqual(InstrumentCatalog.BuiltIn.Count + 2000, catalog.Count);
            var real = InstrumentCatalog.BuiltIn.Instruments.SelectMany(i => i.Names.Concat(i.InformalNames)).Select(Key).ToHashSet(StringComparer.Ordinal);
            var synthetic = catalog.Instruments.Where(i => i.Id.StartsWith("SYN-", StringComparison.Ordinal)).ToList();
            Assert.AreEqual(2000, synthetic.Count);
            Assert.IsFalse(synthetic.SelectMany(i => i.Names.Concat(i.InformalNames)).Any(n => real.Contains(Key(n))));
            Assert.IsTrue(synthetic.Any(i => i.Kind == InstrumentKind.Protocol && i.Parent is not null), "no protocols");
            Assert.IsTrue(synthetic.Average(i => i.Names.Length + i.InformalNames.Length + i.Abbreviations.Length + i.Translations.Values.Sum(t => t.Length)) > 4,
                "fewer names per entry than real entries have");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [TestMethod]
    public void Write_SameSeed_SameBytes_OtherSeed_OtherEntries()
    {
        Assert.AreEqual(Write(300, 7), Write(300, 7));
        Assert.AreNotEqual(Write(300, 7), Write(300, 8));
    }

    [TestMethod]
    public void Write_NoEntries_AnEmptyCatalogFile()
    {
        var file = Path.Combine(Path.GetTempPath(), $"synthetic-{Guid.NewGuid():N}.json");
        try
        {
            File.WriteAllText(file, Write(0, 1));

            Assert.AreEqual(InstrumentCatalog.BuiltIn.Count, InstrumentCatalog.Load([file]).Count);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [TestMethod]
    public void Write_SyntheticCatalog_ExtractsItsOwnTitleFromASentence()
    {
        var file = Path.Combine(Path.GetTempPath(), $"synthetic-{Guid.NewGuid():N}.json");
        try
        {
            File.WriteAllText(file, Write(50, 3));
            var catalog = InstrumentCatalog.Load([file]);
            var entry = catalog.Instruments.First(i => i.Id.StartsWith("SYN-", StringComparison.Ordinal) && i.Kind == InstrumentKind.Treaty);

            var citations = new CitationExtractor(catalog).Extract($"We call on all States to ratify the {entry.Names[0]} without delay.");

            CollectionAssert.Contains(citations.Select(c => c.InstrumentId).ToList(), entry.Id);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
