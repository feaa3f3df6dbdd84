using System.Text.RegularExpressions;
using Citations.Core;

namespace Citations.Benchmarks;

/// <summary>
/// The degenerate baseline: one compiled, case-insensitive alternation of every catalog name (titles,
/// informal names, abbreviations, translations), longest first, between word boundaries. It backtracks
/// over thousands of alternatives at every word (about 0.1 MB/s), so a ratio against it says little;
/// it stays, so labelled, because earlier figures quote it. It only counts names.
/// </summary>
internal static class RegexBaseline
{
    public static Regex Create(InstrumentCatalog catalog)
    {
        var names = catalog.Instruments
            .SelectMany(i => i.Names.Concat(i.InformalNames).Concat(i.Abbreviations).Concat(i.Translations.Values.SelectMany(t => t)))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(n => n.Length)
            .ThenBy(n => n, StringComparer.Ordinal);
        var pattern = @"\b(?:" + string.Join("|", names.Select(Regex.Escape)) + @")\b";
        return new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.Compiled);
    }

    public static int NameCount(InstrumentCatalog catalog) =>
        catalog.Instruments
            .SelectMany(i => i.Names.Concat(i.InformalNames).Concat(i.Abbreviations).Concat(i.Translations.Values.SelectMany(t => t)))
            .Distinct(StringComparer.OrdinalIgnoreCase).Count();
}
