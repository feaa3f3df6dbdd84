using FsCheck;
using FsCheck.Fluent;
using static Citations.Core.Tests.Extraction.ExtractorFixture;

namespace Citations.Core.Tests.Extraction;

/// <summary>Every name the catalog gives an instrument finds that instrument in a plain sentence.</summary>
[TestClass]
public sealed class CatalogNamesTests
{
    /// <summary>
    /// Names that, alone in a sentence, rightly resolve to something else, each with the reason. None
    /// today; a name added here needs its reason, never just to make the test pass.
    /// </summary>
    private static readonly Dictionary<(string Instrument, string Name), string> s_exceptions = [];

    private static readonly string[] s_frames =
    [
        "The delegation recalled the {0} in its statement.",
        "Recalling the {0}, the Assembly adopted the text without a vote.",
        "In 2019 the {0} was invoked before the court.",
        "Her country had signed the {0}; it would ratify it soon.",
        "Speakers cited the {0} (and other instruments) at length.",
    ];

    public static IEnumerable<object[]> Names()
    {
        foreach (var instrument in InstrumentCatalog.BuiltIn.Instruments)
        {
            var names = instrument.Names.Concat(instrument.InformalNames).Concat(instrument.Abbreviations)
                .Concat(instrument.Translations.Values.SelectMany(t => t));
            foreach (var name in names.Distinct(StringComparer.Ordinal)) yield return [instrument.Id, name];
        }
    }

    [TestMethod]
    public void BuiltIn_EveryNameInAPlainSentence_IsFoundAsItsInstrument()
    {
        var missed = new List<string>();
        foreach (var row in Names())
        {
            var (id, name) = ((string)row[0], (string)row[1]);
            if (s_exceptions.ContainsKey((id, name))) continue;
            var text = $"The delegation recalled the {name} in its statement.";
            var citations = Extractor.Recognise(text);
            if (!citations.Any(c => c.InstrumentId == id)) missed.Add($"{id}: \"{name}\" → [{string.Join(", ", citations.Select(c => c.InstrumentId))}]");
        }

        Assert.AreEqual(0, missed.Count, string.Join("\n", missed));
    }

    [TestMethod]
    public void BuiltIn_AnyNameInAnyPlainFrame_IsFoundAsItsInstrument()
    {
        var names = Names().Where(r => !s_exceptions.ContainsKey(((string)r[0], (string)r[1]))).ToArray();
        var cases = Gen.Elements(names).SelectMany(row => Gen.Elements(s_frames).Select(frame => ((string)row[0], (string)row[1], frame)));
        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var (id, name, frame) = c;
            return Extractor.Recognise(string.Format(System.Globalization.CultureInfo.InvariantCulture, frame, name)).Any(x => x.InstrumentId == id)
                .Label($"{id}: {name} in \"{frame}\"");
        }).QuickCheckThrowOnFailure();
    }
}
