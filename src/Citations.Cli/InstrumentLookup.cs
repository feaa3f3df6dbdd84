using System.Globalization;
using System.Text;
using Citations.Core;

namespace Citations.Cli;

/// <summary>
/// Finds the instrument a person means on the command line: an id in any case ("iccpr"), an abbreviation
/// ("CERD"), an informal name or title ("genocide convention", "Convention against Torture"), and when
/// nothing fits, the nearest ids to suggest.
/// </summary>
internal sealed class InstrumentLookup
{
    /// <summary>An instrument known by id, with the names it goes by.</summary>
    public sealed record Entry(string Id, IReadOnlyList<string> Names);

    /// <summary>The id found, or null and up to three ids to suggest.</summary>
    public sealed record Match(string? Id, IReadOnlyList<string> Suggestions);

    private readonly List<Entry> _entries;

    public InstrumentLookup(IEnumerable<Entry> entries) =>
        _entries = [.. entries.DistinctBy(e => e.Id, StringComparer.Ordinal)];

    public static InstrumentLookup For(InstrumentCatalog catalog, IEnumerable<string>? moreIds = null) =>
        new(catalog.Instruments.Select(i => new Entry(i.Id,
                [i.Title, .. i.Names, .. i.Abbreviations, .. i.InformalNames, .. i.Translations.Values.SelectMany(v => v)]))
            .Concat((moreIds ?? []).Select(id => new Entry(id, []))));

    public Match Find(string query)
    {
        var wanted = query.Trim();
        if (wanted.Length == 0) return new Match(null, []);

        // In order of how sure a match is; the first step with exactly one instrument wins.
        Func<Entry, bool>[] steps =
        [
            e => e.Id == wanted,
            e => e.Id.Equals(wanted, StringComparison.OrdinalIgnoreCase),
            e => e.Names.Contains(wanted, StringComparer.Ordinal),
            e => e.Names.Any(n => Key(n) == Key(wanted)),
        ];
        foreach (var step in steps)
        {
            var found = _entries.Where(step).Select(e => e.Id).Distinct(StringComparer.Ordinal).ToList();
            if (found.Count == 1) return new Match(found[0], []);
            if (found.Count > 1) return new Match(null, [.. found.Order(StringComparer.Ordinal).Take(3)]);
        }

        return new Match(null, Suggest(wanted));
    }

    /// <summary>The nearest ids by edit distance, and ids whose names contain every word of the query.</summary>
    private List<string> Suggest(string wanted)
    {
        var upper = wanted.ToUpperInvariant();
        var byDistance = _entries
            .Select(e => (e.Id, Distance: Distance(upper, e.Id.ToUpperInvariant())))
            .Where(c => c.Distance <= Math.Max(2, upper.Length / 3))
            .OrderBy(c => c.Distance).ThenBy(c => c.Id, StringComparer.Ordinal)
            .Select(c => c.Id);
        var words = Key(wanted).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        IEnumerable<string> byWords = words.Length == 0
            ? []
            : _entries.Where(e => e.Names.Any(n => words.All(w => (" " + Key(n) + " ").Contains(" " + w + " ", StringComparison.Ordinal))))
                .Select(e => e.Id).Order(StringComparer.Ordinal);
        return [.. byDistance.Concat(byWords).Distinct(StringComparer.Ordinal).Take(3)];
    }

    /// <summary>Lower case, letters and digits only, single spaces, without a leading "the".</summary>
    internal static string Key(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsLetterOrDigit(c)) builder.Append(char.ToLowerInvariant(c));
            else if (builder.Length > 0 && builder[^1] != ' ') builder.Append(' ');
        }

        var key = builder.ToString().Trim();
        return key.StartsWith("the ", StringComparison.Ordinal) ? key[4..] : key;
    }

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    /// <summary>" (did you mean CAT or OPCAT?)" or "", for a message.</summary>
    public static string DidYouMean(IReadOnlyList<string> suggestions) => suggestions.Count switch
    {
        0 => "",
        1 => $" (did you mean {suggestions[0]}?)",
        _ => $" (did you mean {string.Join(", ", suggestions.Take(suggestions.Count - 1))} or {suggestions[^1]}?)",
    };
}
