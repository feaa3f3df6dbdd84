using System.Buffers;
using System.Text.RegularExpressions;
using Citations.Core;

namespace Citations.Benchmarks;

/// <summary>
/// What extraction is measured against, on the same texts in the same run. None of them finds more
/// than names; they bound what a plain search costs, and the memory scan is the ceiling (reading the
/// text once and doing nothing else).
/// </summary>
internal static class Baselines
{
    /// <summary>Ten names everybody cites, for the hand-written Regex a user would try first.</summary>
    private static readonly string[] s_wellKnown =
    [
        "Universal Declaration of Human Rights",
        "Charter of the United Nations",
        "Geneva Conventions",
        "Rome Statute",
        "Paris Agreement",
        "Convention on the Rights of the Child",
        "International Covenant on Civil and Political Rights",
        "Convention against Torture",
        "Refugee Convention",
        "Non-Proliferation Treaty",
    ];

    /// <summary>Every name of the catalog (titles, informal names, abbreviations, translations), once each ignoring case.</summary>
    public static string[] AllNames(InstrumentCatalog catalog) =>
        [.. catalog.Instruments
            .SelectMany(i => i.Names.Concat(i.InformalNames).Concat(i.Abbreviations).Concat(i.Translations.Values.SelectMany(t => t)))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Order(StringComparer.Ordinal)];

    /// <summary>
    /// The dictionary scan: <see cref="SearchValues{T}"/> of every catalog name, ignoring case, and
    /// <c>IndexOfAny</c> from each match's start + 1 to the text's end; counts the places a name begins.
    /// </summary>
    public static Func<string, int> DictionaryScan(InstrumentCatalog catalog)
    {
        var names = SearchValues.Create(AllNames(catalog), StringComparison.OrdinalIgnoreCase);
        return text =>
        {
            var count = 0;
            var rest = text.AsSpan();
            while (rest.IndexOfAny(names) is var at and >= 0)
            {
                count++;
                rest = rest[(at + 1)..];
            }

            return count;
        };
    }

    /// <summary>A compiled, case-insensitive alternation of ten well-known names between word boundaries.</summary>
    public static Func<string, int> TenNameRegex()
    {
        var regex = new Regex(@"\b(?:" + string.Join("|", s_wellKnown.Select(Regex.Escape)) + @")\b", RegexOptions.IgnoreCase | RegexOptions.Compiled);
        return regex.Count;
    }

    public static int TenNameCount => s_wellKnown.Length;

    /// <summary>The ceiling: a vectorised search for a character that no text holds (U+FFFF, a noncharacter), so every character is read once.</summary>
    public static int MemoryScan(string text) => text.AsSpan().IndexOf('\uFFFF') < 0 ? 0 : 1;
}
