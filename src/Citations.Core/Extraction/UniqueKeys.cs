using System.Collections.Frozen;

namespace Citations.Core.Extraction;

/// <summary>
/// Keys that lead to one instrument: a reference or name shape two instruments share decides nothing,
/// so it is left out rather than given to either.
/// </summary>
internal static class UniqueKeys
{
    public static FrozenDictionary<string, string> Of(IEnumerable<(string Key, string Id)> pairs) =>
        pairs.GroupBy(p => p.Key, StringComparer.Ordinal)
            .Where(g => g.Select(p => p.Id).Distinct(StringComparer.Ordinal).Count() == 1)
            .ToFrozenDictionary(g => g.Key, g => g.First().Id, StringComparer.Ordinal);
}
