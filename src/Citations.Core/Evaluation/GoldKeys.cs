using System.Collections.Immutable;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Citations.Core.Evaluation;

/// <summary>
/// Gold keys are the annotator's names for instruments; the catalog has its own ids. An annotator who never
/// saw the catalog writes HAGUE-SERVICE-1965 where the catalog says HCCH-SERVICE-1965, and a right answer
/// would count as a false hit and a miss. A split's keys.json gives each key a title and aliases: a key that
/// is no catalog id is read as the one catalog instrument that title and those aliases name, and as itself
/// when they name none or several.
/// </summary>
public static class GoldKeys
{
    /// <summary>Gold key → catalog id, for the keys of <paramref name="keysPath"/> that are not catalog ids and name exactly one instrument.</summary>
    /// <exception cref="CitationsException">The file is unreadable or not a JSON object of keys.</exception>
    public static IReadOnlyDictionary<string, string> CatalogIds(string keysPath, InstrumentCatalog catalog)
    {
        JObject root;
        try
        {
            root = JObject.Parse(File.ReadAllText(keysPath));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            throw new CitationsException($"cannot read keys file: {e.Message}", keysPath);
        }
        catch (JsonReaderException e)
        {
            throw new CitationsException($"invalid JSON: {e.Message.Split(" Path", 2)[0]}", keysPath);
        }

        var byName = NameIndex(catalog);
        var map = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in root.Properties())
        {
            if (catalog.FindBySymbol(property.Name) is not null || property.Value is not JObject entry) continue;
            var names = new List<string>();
            if (entry["title"]?.Type == JTokenType.String) names.AddRange(TitleForms((string)entry["title"]!));
            if (entry["aliases"] is JArray aliases) names.AddRange(aliases.Where(a => a.Type == JTokenType.String).Select(a => (string)a!));
            var ids = names.SelectMany(n => byName.GetValueOrDefault(Normalise(n)) ?? []).Distinct(StringComparer.Ordinal).ToList();
            if (ids.Count == 1) map[property.Name] = ids[0];
        }

        return map;
    }

    /// <summary>The gold with its keys read through <paramref name="map"/>; two keys read as one id in a statement become one entry.</summary>
    public static IReadOnlyDictionary<string, ImmutableArray<GoldInstrument>> Rekey(
        IReadOnlyDictionary<string, ImmutableArray<GoldInstrument>> gold, IReadOnlyDictionary<string, string> map)
    {
        if (map.Count == 0) return gold;
        var result = new Dictionary<string, ImmutableArray<GoldInstrument>>(StringComparer.Ordinal);
        foreach (var (statement, entries) in gold)
        {
            result[statement] = [.. entries
                .GroupBy(e => map.GetValueOrDefault(e.Key, e.Key), StringComparer.Ordinal)
                .Select(g => new GoldInstrument(
                    g.Key,
                    [.. g.SelectMany(e => e.Articles).Distinct(StringComparer.Ordinal)],
                    [.. g.SelectMany(e => e.Surfaces).Distinct(StringComparer.Ordinal)]))];
        }

        return result;
    }

    /// <summary>"Convention on Cybercrime (ETS No. 185) (Budapest Convention)": the title, the title without its brackets, and each bracket.</summary>
    private static IEnumerable<string> TitleForms(string title)
    {
        yield return title;
        var rest = title.TrimEnd();
        while (rest.EndsWith(')') && rest.LastIndexOf('(') is var open and > 0)
        {
            yield return rest[(open + 1)..^1];
            rest = rest[..open].TrimEnd();
            yield return rest;
        }
    }

    private static Dictionary<string, List<string>> NameIndex(InstrumentCatalog catalog)
    {
        var index = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var instrument in catalog.Instruments)
        {
            foreach (var name in (string[])[instrument.Title, .. instrument.Names, .. instrument.EarlierTitles, .. instrument.Abbreviations, .. instrument.InformalNames])
            {
                var key = Normalise(name);
                if (!index.TryGetValue(key, out var ids)) index[key] = ids = [];
                if (!ids.Contains(instrument.Id)) ids.Add(instrument.Id);
            }
        }

        return index;
    }

    /// <summary>Case, spacing, curly quotes and a leading "the" do not tell names apart.</summary>
    private static string Normalise(string name)
    {
        var words = name.Replace('’', '\'').Split((char[])[' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries);
        var joined = string.Join(' ', words).ToLowerInvariant();
        return joined.StartsWith("the ", StringComparison.Ordinal) ? joined[4..] : joined;
    }
}
