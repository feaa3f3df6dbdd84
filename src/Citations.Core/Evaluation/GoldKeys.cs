using System.Collections.Immutable;
using Citations.Core.Extraction;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Citations.Core.Evaluation;

/// <summary>
/// An annotator who never saw the catalog names instruments with keys of their own ("KIGALI") and
/// describes each key in a keys file (<c>{"KEY": {"title", "adopted", "aliases"}}</c>). A key that is
/// not a catalog id is read as the catalog instrument its title or aliases name, when exactly one
/// instrument fits and the adoption years agree; otherwise it stays as written and scores as it is.
/// </summary>
public static class GoldKeys
{
    /// <summary>Years may differ by one: a treaty is dated by adoption in one source and by signature in another.</summary>
    private const int YearTolerance = 1;

    /// <summary>Gold key → catalog id, for the keys of <paramref name="keysPath"/> that name one catalog instrument.</summary>
    /// <exception cref="CitationsException">The keys file is unreadable or malformed (file and line given).</exception>
    public static ImmutableSortedDictionary<string, string> Map(string keysPath, InstrumentCatalog catalog)
    {
        var keys = Read(keysPath);
        var byName = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var instrument in catalog.Instruments)
        {
            foreach (var name in instrument.Names.Concat(instrument.InformalNames).Concat(instrument.Abbreviations).Append(instrument.Title))
            {
                var folded = Fold(name);
                if (folded.Length == 0) continue;
                if (!byName.TryGetValue(folded, out var ids)) byName[folded] = ids = new HashSet<string>(StringComparer.Ordinal);
                ids.Add(instrument.Id);
            }
        }

        var result = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var (key, description) in keys)
        {
            // Ids the extractor gives as they are (catalog ids, resolution symbols) need no reading.
            if (catalog.Find(key) is not null || key.Contains('/', StringComparison.Ordinal)) continue;
            var target = Unique(byName, TitleForms(description.Title)) ?? Unique(byName, description.Aliases);
            if (target is null || keys.ContainsKey(target)) continue;
            if (!YearsAgree(description.Adopted, catalog.Find(target)!.Adopted)) continue;
            result[key] = target;
        }

        return result.ToImmutable();
    }

    /// <summary>The gold with every mapped key replaced by its catalog id; two keys read as one id in a statement become one entry.</summary>
    public static IReadOnlyDictionary<string, ImmutableArray<GoldInstrument>> Apply(
        IReadOnlyDictionary<string, ImmutableArray<GoldInstrument>> gold, IReadOnlyDictionary<string, string> map) =>
        gold.ToDictionary(
            g => g.Key,
            g => g.Value
                .GroupBy(i => map.GetValueOrDefault(i.Key, i.Key), StringComparer.Ordinal)
                .Select(same => new GoldInstrument(
                    same.Key,
                    [.. same.SelectMany(i => i.Articles).Distinct(StringComparer.Ordinal)],
                    [.. same.SelectMany(i => i.Surfaces).Distinct(StringComparer.Ordinal)]))
                .ToImmutableArray(),
            StringComparer.Ordinal);

    private sealed record KeyDescription(string? Title, string? Adopted, ImmutableArray<string> Aliases);

    private static Dictionary<string, KeyDescription> Read(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            throw new CitationsException($"cannot read keys file: {e.Message}", path);
        }

        JObject root;
        try
        {
            root = JObject.Parse(text);
        }
        catch (JsonReaderException e)
        {
            throw new CitationsException($"invalid JSON: {e.Message.Split(" Path", 2)[0]}", path, e.LineNumber);
        }

        var result = new Dictionary<string, KeyDescription>(StringComparer.Ordinal);
        foreach (var property in root.Properties())
        {
            var line = ((IJsonLineInfo)property).LineNumber;
            if (property.Value is not JObject entry)
            {
                throw new CitationsException($"key \"{property.Name}\" must map to an object with \"title\", \"adopted\" and \"aliases\"", path, line);
            }

            var aliases = entry["aliases"] switch
            {
                null => [],
                JArray array when array.All(a => a.Type == JTokenType.String) => array.Select(a => (string)a!).ToImmutableArray(),
                _ => throw new CitationsException($"\"aliases\" of key \"{property.Name}\" must be an array of strings", path, line),
            };
            result[property.Name] = new KeyDescription(OptionalString(entry, "title", property.Name, path, line), OptionalString(entry, "adopted", property.Name, path, line), aliases);
        }

        return result;
    }

    private static string? OptionalString(JObject entry, string field, string key, string path, int line) => entry[field] switch
    {
        null => null,
        { Type: JTokenType.String } token => (string)token!,
        { Type: JTokenType.Null } => null,
        _ => throw new CitationsException($"\"{field}\" of key \"{key}\" must be a string", path, line),
    };

    /// <summary>A title as written and without its bracketed additions ("Convention on Cybercrime (ETS No. 185)").</summary>
    private static IEnumerable<string> TitleForms(string? title)
    {
        if (string.IsNullOrWhiteSpace(title)) yield break;
        yield return title;
        var open = title.IndexOf('(', StringComparison.Ordinal);
        if (open > 0) yield return title[..open];
    }

    /// <summary>The one catalog id all the given names lead to, or null when they lead to none or to several.</summary>
    private static string? Unique(Dictionary<string, HashSet<string>> byName, IEnumerable<string> names)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            if (byName.TryGetValue(Fold(name), out var found)) ids.UnionWith(found);
        }

        return ids.Count == 1 ? ids.First() : null;
    }

    private static bool YearsAgree(string? gold, string? catalog) =>
        Year(gold) is not { } a || Year(catalog) is not { } b || Math.Abs(a - b) <= YearTolerance;

    private static int? Year(string? date) =>
        date is { Length: >= 4 } && int.TryParse(date.AsSpan(0, 4), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year) ? year : null;

    /// <summary>Words folded as the extractor folds them, without a leading "the".</summary>
    private static string Fold(string name)
    {
        var words = TextNormalizer.Words(name).Select(TextNormalizer.Fold).ToList();
        if (words.Count > 1 && words[0] == "the") words.RemoveAt(0);
        return string.Join(' ', words);
    }
}
