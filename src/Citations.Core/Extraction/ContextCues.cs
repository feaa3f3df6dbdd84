using System.Collections.Frozen;
using Newtonsoft.Json.Linq;

namespace Citations.Core.Extraction;

/// <summary>
/// Words that tell which of several instruments an ambiguous name means: "consular notification"
/// near "the Vienna Convention" is the Vienna Convention on Consular Relations, "custody" near "the
/// Hague Convention" the 1980 Child Abduction Convention. Data (Extraction/Data/context-cues.json),
/// matched case-insensitively as whole words in a window around the name.
/// </summary>
internal sealed class ContextCues
{
    /// <summary>How far either side of a name its cues are looked for in a long text: about a paragraph.</summary>
    internal const int Window = 600;

    /// <summary>A text this short (a press release, a court's summary) is about one thing: its cues count anywhere in it.</summary>
    internal const int ShortText = 4000;

    private readonly FrozenDictionary<string, string[]> _cues;

    public ContextCues(IReadOnlyDictionary<string, string[]> cues) =>
        _cues = cues.ToFrozenDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);

    public static ContextCues BuiltIn(InstrumentCatalog catalog)
    {
        using var stream = typeof(ContextCues).Assembly.GetManifestResourceStream("Citations.Extraction.context-cues.json")
                           ?? throw new InvalidOperationException("the built-in context cues are missing from the assembly");
        using var reader = new StreamReader(stream);
        var root = JObject.Parse(reader.ReadToEnd());
        var cues = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var property in ((JObject)root["cues"]!).Properties())
        {
            if (catalog.Contains(property.Name)) cues[property.Name] = [.. property.Value.Values<string>().OfType<string>()];
        }

        return new ContextCues(cues);
    }

    /// <summary>The instruments in cue data, for checks of the data against the catalog.</summary>
    internal IEnumerable<string> Instruments => _cues.Keys;

    /// <summary>
    /// Of <paramref name="candidates"/>, the one whose cues, and no other candidate's, occur within the
    /// window around [start, end); null when none or several do.
    /// </summary>
    public string? Decide(string text, int start, int end, IReadOnlyList<string> candidates, StepCounter steps)
    {
        var from = text.Length <= ShortText ? 0 : Math.Max(0, start - Window);
        var to = text.Length <= ShortText ? text.Length : Math.Min(text.Length, end + Window);
        string? chosen = null;
        foreach (var candidate in candidates)
        {
            if (!_cues.TryGetValue(candidate, out var words)) continue;
            steps.Add(words.Length);
            // The name's own words are not its context ("nuclear test-ban treaty" says nothing of which one).
            if (!words.Any(w => Occurs(text, from, start, w) || Occurs(text, end, to, w))) continue;
            if (chosen is not null) return null;
            chosen = candidate;
        }

        return chosen;
    }

    private static bool Occurs(string text, int from, int to, string word)
    {
        var span = text.AsSpan(from, to - from);
        var offset = 0;
        while (offset < span.Length)
        {
            var at = span[offset..].IndexOf(word, StringComparison.OrdinalIgnoreCase);
            if (at < 0) return false;
            var i = from + offset + at;
            var j = i + word.Length;
            if ((i == 0 || !TextNormalizer.IsWordChar(text[i - 1])) && (j >= text.Length || !TextNormalizer.IsWordChar(text[j]))) return true;
            offset += at + 1;
        }

        return false;
    }
}
