using System.Collections.Frozen;
using Newtonsoft.Json.Linq;

namespace Citations.Core.Extraction;

/// <summary>
/// The States a text may name as a treaty's parties, in English (Extraction/Data/countries.json): each State's names,
/// former names included ("Kampuchea", "Zaire", "the Soviet Union"), and the adjectives that mean it alone ("Jordanian",
/// "Soviet"). Names are compared word by word, folded; a name in a text begins with a capital.
/// </summary>
internal sealed class Countries
{
    /// <summary>Folded words of a name or adjective, one space between → the State's id.</summary>
    private readonly FrozenDictionary<string, string> _byName;

    private readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <summary>The most words any name has.</summary>
    private readonly int _maxWords;

    public Countries(IEnumerable<(string Id, IEnumerable<string> Names)> countries)
    {
        var byName = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (id, names) in countries)
        {
            foreach (var name in names)
            {
                var words = TextNormalizer.Words(name).ConvertAll(TextNormalizer.Fold);
                if (words.Count == 0) continue;
                if (words[0] == "the") words.RemoveAt(0);
                byName.TryAdd(string.Join(' ', words), id);
                _maxWords = Math.Max(_maxWords, words.Count);
            }
        }

        _byName = byName.ToFrozenDictionary(StringComparer.Ordinal);
        _lookup = _byName.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static Countries BuiltIn => s_builtIn.Value;

    private static readonly Lazy<Countries> s_builtIn = new(Load);

    private static Countries Load()
    {
        using var stream = typeof(Countries).Assembly.GetManifestResourceStream("Citations.Extraction.countries.json")
                           ?? throw new InvalidOperationException("the built-in country names are missing from the assembly");
        using var reader = new StreamReader(stream);
        var root = JObject.Parse(reader.ReadToEnd());
        return new Countries(((JArray)root["countries"]!).OfType<JObject>().Select(c =>
            ((string)c["id"]!, c["names"]!.Values<string>().Concat(c["adjectives"]?.Values<string>() ?? []).OfType<string>())));
    }

    /// <summary>The State a name means, or null: "the Hashemite Kingdom of Jordan" → JOR.</summary>
    public string? Of(string name)
    {
        var words = TextNormalizer.Words(name).ConvertAll(TextNormalizer.Fold);
        if (words.Count > 0 && words[0] == "the") words.RemoveAt(0);
        return _byName.GetValueOrDefault(string.Join(' ', words));
    }

    /// <summary>
    /// The State whose name, or adjective, begins at word <paramref name="first"/> of <paramref name="words"/> (a "the"
    /// before it skipped), the longest that fits, and the index of the word after it; null when none does.
    /// </summary>
    public (string Id, int Next)? At(IReadOnlyList<Word> words, int first)
    {
        if (first < words.Count && words[first].Folded == "the") first++;
        if (first >= words.Count || !char.IsUpper(words[first].Text[0])) return null;
        (string, int)? found = null;
        var key = new System.Text.StringBuilder();
        for (var k = first; k < words.Count && k - first < _maxWords; k++)
        {
            if (k > first)
            {
                // A name does not go on over punctuation: "Jordan, Israel" is two names.
                if (words[k].Gap.AsSpan().IndexOfAny(",;:.()") >= 0) break;
                key.Append(' ');
            }

            key.Append(words[k].Folded);
            if (_lookup.TryGetValue(key.ToString(), out var id)) found = (id, k + 1);
        }

        return found;
    }

    /// <summary>Every State named in a text (a title, a name), in the order named.</summary>
    public List<string> In(string text)
    {
        var words = Word.Read(text, 0, text.Length);
        var found = new List<string>();
        for (var k = 0; k < words.Count; k++)
        {
            if (At(words, k) is not { } country) continue;
            if (!found.Contains(country.Id)) found.Add(country.Id);
            k = country.Next - 1;
        }

        return found;
    }

    /// <summary>A word of a text with its folded form, where it is, and what stood before it since the word before.</summary>
    internal readonly record struct Word(string Text, string Folded, int Start, int End, string Gap)
    {
        /// <summary>The words of text[from..to].</summary>
        public static List<Word> Read(string text, int from, int to)
        {
            var words = new List<Word>();
            var position = from;
            while (position < to)
            {
                var before = position;
                if (TextNormalizer.NextFoldedWord(text, ref position) is not { } folded || position > to) break;
                var start = position - WordLength(text, position);
                words.Add(new Word(text[start..position], folded, start, position, text[before..start]));
            }

            return words;
        }

        private static int WordLength(string text, int end)
        {
            var start = end;
            while (start > 0 && TextNormalizer.IsWordChar(text[start - 1])) start--;
            return end - start;
        }
    }
}
