using System.Globalization;
using System.Text;
using Citations.Core.Extraction;

namespace Citations.Core.Tests.Extraction;

/// <summary>
/// The catalog pass looks words up by hash, so a catalog ten times the size costs about the same
/// number of steps on the same text, and finds the same names in it.
/// </summary>
[TestClass]
public sealed class CatalogGrowthTests
{
    private const string Speech =
        "We call on all States to ratify the Convention on the Rights of the Child and its Optional Protocols, and to respect the " +
        "International Covenant on Civil and Political Rights. The Treaty on the Non-Proliferation of Nuclear Weapons (NPT) remains " +
        "the cornerstone of the disarmament regime, and the United Nations Convention on the Law of the Sea governs the oceans. " +
        "A world at peace needs the Charter of the United Nations, the Paris Agreement and the Universal Declaration of Human Rights. ";

    /// <summary>Nine made-up instruments per real one, many of them beginning with the words real names begin with.</summary>
    private static string SyntheticCatalog(int count)
    {
        var random = new Random(13);
        string[] heads = ["Convention", "Treaty", "Agreement", "Protocol", "Declaration", "Charter", "Covenant"];
        string[] firsts = ["International", "United", "European", "African", "Inter-American", "Convention", "Treaty", "Agreement"];
        string Word() => string.Concat(Enumerable.Range(0, random.Next(2, 4)).Select(_ => "bdfklmnprstvz"[random.Next(13)].ToString() + "aeiou"[random.Next(5)])) + "an";
        var json = new StringBuilder("{ \"instruments\": [");
        for (var k = 0; k < count; k++)
        {
            var head = heads[random.Next(heads.Length)];
            var title = k % 2 == 0
                ? $"{firsts[random.Next(firsts.Length)]} {head} on the {Word()} of {Word()} {k}"
                : $"{Word()} {head} on {Word()} and {Word()} {k}";
            var acronym = "Q" + k.ToString("X5", CultureInfo.InvariantCulture);
            json.Append(k == 0 ? "" : ",").Append(CultureInfo.InvariantCulture,
                $$"""{ "id": "SYN-{{k}}", "title": "{{title}}", "kind": "treaty", "adopted": "2000-01-01", "names": ["{{title}}"], "abbreviations": ["{{acronym}}"] }""");
        }

        return json.Append("] }").ToString();
    }

    private static (long Steps, List<string> Found) Match(NameIndex index, string text)
    {
        var steps = new StepCounter();
        var found = CatalogMatcher.Find(text, index, steps).Select(m => $"{m.InstrumentId} {m.Start} {m.End}").ToList();
        return (steps.Count, found);
    }

    [TestMethod]
    public void Find_TenTimesTheCatalog_SameNamesInAboutTheSameSteps()
    {
        var file = Path.Combine(Path.GetTempPath(), $"citations-growth-{Guid.NewGuid():N}.json");
        try
        {
            File.WriteAllText(file, SyntheticCatalog(9 * InstrumentCatalog.BuiltIn.Count));
            var large = InstrumentCatalog.Load([file]);
            Assert.AreEqual(10 * InstrumentCatalog.BuiltIn.Count, large.Count);
            var text = string.Concat(Enumerable.Repeat(Speech, 50));
            var (smallSteps, smallFound) = Match(new NameIndex(InstrumentCatalog.BuiltIn), text);
            var (largeSteps, largeFound) = Match(new NameIndex(large), text);
            CollectionAssert.AreEqual(smallFound, largeFound);
            Assert.IsTrue(smallFound.Count >= 400, $"{smallFound.Count} names found");
            Assert.IsTrue(largeSteps <= smallSteps * 1.3, $"{smallSteps} steps with the built-in catalog, {largeSteps} with ten times as many instruments");
        }
        finally
        {
            File.Delete(file);
        }
    }
}
