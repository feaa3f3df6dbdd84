using System.Globalization;
using System.Text;
using Citations.Core;
using Newtonsoft.Json;

namespace Citations.CorpusGenerator;

/// <summary>
/// Catalog entries that do not exist, for measuring how extraction's cost grows with the catalog:
/// titles recombined from the words of real titles ("Convention on the" + "Elimination" + "of" +
/// "Persons with Disabilities"), protocols to them, informal names ("the Disabilities Convention"),
/// abbreviations from their initials and translations recombined the same way from real
/// translations. No name equals a real one or another synthetic one; the same seed and catalog give
/// the same file, byte for byte.
/// </summary>
public sealed class SyntheticCatalog
{
    /// <summary>Words after which a title's subject begins ("Convention on the | Rights of the Child"); the article after them stays with the head.</summary>
    private static readonly HashSet<string> s_pivots = new(StringComparer.OrdinalIgnoreCase)
    {
        "on", "for", "against", "concerning", "relating", "governing", "to", "of",
        "sur", "relative", "relatif", "contre", "pour", "concernant", "de",
        "sobre", "relativa", "relativo", "contra", "para", "del",
        "о", "об", "против", "по", "относительно", "для",
    };

    private static readonly HashSet<string> s_articles = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "to", "la", "le", "les", "l'", "au", "aux", "à", "el", "los", "las", "a",
    };

    /// <summary>Words that join a subject to its object inside a title's tail ("Elimination | of | All Forms of Racial Discrimination").</summary>
    private static readonly HashSet<string> s_joiners = new(StringComparer.OrdinalIgnoreCase) { "of", "de", "des", "du", "del" };

    private static readonly string[] s_kinds = ["Convention", "Treaty", "Protocol", "Agreement", "Covenant", "Charter", "Declaration"];

    private readonly Random _random;
    private readonly Dictionary<string, Pools> _pools = new(StringComparer.Ordinal);
    /// <summary>Real names per instrument in each translated language (French about 1, Russian about 0.3).</summary>
    private readonly Dictionary<string, double> _translationRate = new(StringComparer.Ordinal);
    private readonly HashSet<string> _takenNames = new(StringComparer.Ordinal);
    private readonly HashSet<string> _takenAbbreviations = new(StringComparer.Ordinal);
    private readonly string[] _places;

    public SyntheticCatalog(InstrumentCatalog real, int seed)
    {
        _random = new Random(seed);
        var english = new Pools();
        foreach (var instrument in real.Instruments)
        {
            foreach (var name in instrument.Names.Concat(instrument.InformalNames)) _takenNames.Add(Key(name));
            foreach (var name in instrument.Translations.Values.SelectMany(n => n)) _takenNames.Add(Key(name));
            foreach (var abbreviation in instrument.Abbreviations) _takenAbbreviations.Add(abbreviation);
            foreach (var name in instrument.Names) english.Add(name);
            foreach (var (language, names) in instrument.Translations)
            {
                if (!_pools.TryGetValue(language, out var pool)) _pools[language] = pool = new Pools();
                foreach (var name in names) pool.Add(name);
            }
        }

        _pools["en"] = english;
        foreach (var language in _pools.Keys.Where(l => l != "en"))
        {
            _translationRate[language] = real.Instruments.Sum(i => i.Translations.TryGetValue(language, out var names) ? names.Length : 0) / (double)Math.Max(1, real.Count);
        }

        // Place-named treaties ("Ottawa Treaty", "Kyoto Protocol"): real informal names of two words, a place and a kind.
        _places = [.. real.Instruments.SelectMany(i => i.InformalNames)
            .Select(n => n.Split(' '))
            .Where(w => w.Length == 2 && s_kinds.Contains(w[1]) && !s_kinds.Contains(w[0]) && w[0].Length > 3 && char.IsUpper(w[0][0]) && w[0].All(char.IsLetter))
            .Select(w => w[0])
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)];
    }

    /// <summary>Writes <paramref name="count"/> synthetic instruments as a catalog file in the built-in format.</summary>
    public void Write(TextWriter output, int count)
    {
        using var json = new JsonTextWriter(output) { CloseOutput = false, Formatting = Formatting.Indented, Culture = CultureInfo.InvariantCulture };
        json.WriteStartObject();
        json.WritePropertyName("instruments");
        json.WriteStartArray();
        var treaties = new List<(string Id, string Title)>();
        for (var k = 1; k <= count; k++)
        {
            var id = string.Create(CultureInfo.InvariantCulture, $"SYN-{k:D5}");
            var protocol = treaties.Count > 0 && _random.NextDouble() < 0.2;
            var parent = protocol ? treaties[_random.Next(treaties.Count)] : default;
            var title = protocol ? ProtocolTitle(parent.Title) : Title("en");
            var names = new List<string> { title };
            // About as many names per instrument as real entries have (titles and their variants ~2.8, informal ~2, translations ~2).
            for (var variants = _random.Next(1, 4); variants > 0; variants--)
            {
                if (Variant(title) is { } variant) names.Add(variant);
            }

            var informal = Informal(title, protocol).ToList();
            var abbreviation = _random.NextDouble() < 0.25 ? Abbreviation(title) : null;

            json.WriteStartObject();
            Property(json, "id", id);
            Property(json, "title", title);
            Property(json, "kind", protocol ? "protocol" : "treaty");
            Property(json, "adopted", new DateOnly(1945, 1, 1).AddDays(_random.Next(27_000)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            if (protocol) Property(json, "parent", parent.Id);
            Strings(json, "names", names);
            if (informal.Count > 0) Strings(json, "informalNames", informal);
            if (abbreviation is not null) Strings(json, "abbreviations", [abbreviation]);
            var translations = _translationRate.Keys.Order(StringComparer.Ordinal)
                .Select(l => (Language: l, Count: (int)_translationRate[l] + (_random.NextDouble() < _translationRate[l] % 1 ? 1 : 0)))
                .Where(l => l.Count > 0)
                .Select(l => (l.Language, Names: Enumerable.Range(0, l.Count).Select(_ => Title(l.Language)).ToList()))
                .ToList();
            if (translations.Count > 0)
            {
                json.WritePropertyName("translations");
                json.WriteStartObject();
                foreach (var (language, translated) in translations) Strings(json, language, translated);
                json.WriteEndObject();
            }

            json.WriteEndObject();
            if (!protocol) treaties.Add((id, title));
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>A new title in <paramref name="language"/>: the head of one real title, the subject of another, the object of a third.</summary>
    private string Title(string language)
    {
        var pools = _pools[language];
        for (var attempt = 0; ; attempt++)
        {
            var head = Pick(pools.Heads);
            var (subject, joiner) = Pick(pools.Subjects);
            var title = joiner is not null && pools.Objects.Count > 0
                ? $"{head} {subject} {joiner} {Pick(pools.Objects)}"
                : $"{head} {subject}";
            // After many tries (a small pool) a year makes the title new, as real titles of the same name differ ("… of 1936").
            if (attempt > 20) title += string.Create(CultureInfo.InvariantCulture, $" of {_random.Next(1900, 2030)}");
            if (_takenNames.Add(Key(title))) return title;
        }
    }

    /// <summary>The same subject under another real head ("Convention on the X" and "International Convention for the X"), if new.</summary>
    private string? Variant(string title)
    {
        var pools = _pools["en"];
        var head = pools.Heads.FirstOrDefault(h => title.StartsWith(h + " ", StringComparison.Ordinal));
        if (head is null) return null;
        var variant = Pick(pools.Heads) + title[head.Length..];
        return _takenNames.Add(Key(variant)) ? variant : null;
    }

    private string ProtocolTitle(string parentTitle)
    {
        for (var attempt = 0; ; attempt++)
        {
            var prefix = _random.Next(3) switch { 0 => "Optional Protocol to the", 1 => "Protocol to the", _ => "Additional Protocol to the" };
            var title = $"{prefix} {parentTitle}";
            if (attempt > 0 || _random.NextDouble() < 0.5)
            {
                var (subject, joiner) = Pick(_pools["en"].Subjects);
                title += joiner is not null ? $" on the {subject} {joiner} {Pick(_pools["en"].Objects)}" : $" on {subject}";
            }

            if (_takenNames.Add(Key(title))) return title;
        }
    }

    /// <summary>"the Discrimination Convention", "the Kyoto Agreement": the last or a middle word of the title, or a place, and a kind.</summary>
    private IEnumerable<string> Informal(string title, bool protocol)
    {
        var kind = protocol ? "Protocol" : s_kinds.FirstOrDefault(k => title.Contains(k, StringComparison.Ordinal)) ?? "Convention";
        var all = title.Split(' ');
        var words = all.Where(w => w.Length > 3 && char.IsUpper(w[0]) && w.All(char.IsLetter) && !s_kinds.Contains(w)).ToList();
        if (words.Count > 0 && _takenNames.Add(Key($"{words[^1]} {kind}"))) yield return $"{words[^1]} {kind}";
        if (words.Count > 1)
        {
            var word = words[_random.Next(words.Count - 1)];
            if (_takenNames.Add(Key($"{word} {kind}"))) yield return $"{word} {kind}";
        }

        // Two neighbouring words of the title ("the Occupational Safety Convention").
        var pairs = Enumerable.Range(0, all.Length - 1)
            .Where(i => all[i].Length > 2 && all[i + 1].Length > 2 && char.IsUpper(all[i][0]) && char.IsUpper(all[i + 1][0]) && !s_kinds.Contains(all[i]) && !s_kinds.Contains(all[i + 1]))
            .ToList();
        if (pairs.Count > 0)
        {
            var at = pairs[_random.Next(pairs.Count)];
            var pair = $"{all[at]} {all[at + 1]} {kind}";
            if (_takenNames.Add(Key(pair))) yield return pair;
        }

        if (_places.Length > 0 && _random.NextDouble() < 0.8)
        {
            var place = $"{Pick(_places)} {(protocol ? "Protocol" : Pick(s_kinds))}";
            if (_takenNames.Add(Key(place))) yield return place;
        }
    }

    /// <summary>The initials of the title's capitalised words ("CEAFRD"), when three to seven and new.</summary>
    private string? Abbreviation(string title)
    {
        var initials = string.Concat(title.Split(' ').Where(w => w.Length > 0 && char.IsUpper(w[0])).Select(w => w[0]));
        return initials.Length is >= 3 and <= 7 && _takenAbbreviations.Add(initials) ? initials : null;
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    /// <summary>A name as the catalog compares names: its words, lower-cased, apart from punctuation.</summary>
    private static string Key(string name)
    {
        var key = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (char.IsLetterOrDigit(c)) key.Append(char.ToLowerInvariant(c));
            else if (key.Length > 0 && key[^1] != ' ') key.Append(' ');
        }

        return key.ToString().TrimEnd();
    }

    private static void Property(JsonWriter json, string name, string value)
    {
        json.WritePropertyName(name);
        json.WriteValue(value);
    }

    private static void Strings(JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WritePropertyName(name);
        json.WriteStartArray();
        foreach (var value in values) json.WriteValue(value);
        json.WriteEndArray();
    }

    /// <summary>The parts of one language's real titles: heads ("Convention on the"), subjects with the word joining their object, objects.</summary>
    private sealed class Pools
    {
        private readonly HashSet<string> _seen = new(StringComparer.Ordinal);

        public List<string> Heads { get; } = [];

        public List<(string Subject, string? Joiner)> Subjects { get; } = [];

        public List<string> Objects { get; } = [];

        public void Add(string title)
        {
            var words = title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length < 3) return;
            var cut = Array.FindIndex(words, 1, w => s_pivots.Contains(w));
            // A title without a pivot word ("Международный пакт …") is cut after its second word.
            cut = cut < 0 || cut >= words.Length - 1 ? 1 : cut;
            cut++;
            while (cut < words.Length - 1 && s_articles.Contains(words[cut])) cut++;
            var head = string.Join(' ', words[..cut]);
            if (_seen.Add("h:" + head)) Heads.Add(head);
            var tail = words[cut..];
            var join = Array.FindIndex(tail, 1, w => s_joiners.Contains(w));
            if (join > 0 && join < tail.Length - 1)
            {
                var subject = string.Join(' ', tail[..join]);
                if (_seen.Add("s:" + subject + "|" + tail[join])) Subjects.Add((subject, tail[join]));
                var obj = string.Join(' ', tail[(join + 1)..]);
                if (_seen.Add("o:" + obj)) Objects.Add(obj);
            }
            else
            {
                var subject = string.Join(' ', tail);
                if (_seen.Add("s:" + subject)) Subjects.Add((subject, null));
            }
        }
    }
}
