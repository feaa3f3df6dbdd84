using Citations.Core.Extraction;

namespace Citations.Core.Tests.Extraction;

internal static class ExtractorFixture
{
    private static readonly Lazy<CitationExtractor> s_extractor = new(() => new CitationExtractor(InstrumentCatalog.BuiltIn));

    public static CitationExtractor Extractor => s_extractor.Value;

    public static IReadOnlyList<Citation> Extract(string text) => Extractor.Extract(text);

    public static string[] Instruments(string text) =>
        [.. Extract(text).Select(c => c.InstrumentId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    /// <summary>The instruments the names of <paramref name="text"/> are recognised as, with the entries that are not reported.</summary>
    public static string[] Recognised(string text) =>
        [.. Extractor.Recognise(text).Select(c => c.InstrumentId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    public static string[] Articles(string text, string instrument) =>
        [.. Extract(text).Where(c => c.InstrumentId == instrument).SelectMany(c => c.Provisions).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
}
