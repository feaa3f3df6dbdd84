using System.Text.RegularExpressions;

namespace Citations.Core.Extraction.Passes;

/// <summary>
/// "the two International Covenants", "those Covenants", "both Covenants": the covenants named before,
/// or, with "International" or "on Human Rights" and nothing named, the two International Covenants of 1966
/// together ("the two Covenants on Human Rights", "both Covenants of Human Rights", "the international covenants on
/// human rights"). A pair found here is named for the pairs after it ("the International Covenants on Human Rights.
/// Those Covenants …").
/// </summary>
internal sealed partial class CovenantPairPass(ExtractionContext context) : IExtractionPass
{
    private readonly ShortFormResolver _shortForms = context.ShortForms;
    private readonly string[] _internationalCovenants = context.InternationalCovenants;

    public void Run(ExtractionState state)
    {
        var text = state.Text;
        var mentions = state.Mentions;
        var found = new List<Mention>();
        // The covenants named before the current match, in the order first named; mentions do not
        // overlap here, so walking them in order visits them by end as well.
        var named = new List<string>();
        var next = 0;
        foreach (var match in s_covenantPair.Matches(text, state.Steps))
        {
            state.Steps.Add(match.Length);
            var start = match.Index;
            var end = match.Index + match.Length;
            if (mentions.Overlaps(start, end)) continue;
            for (; next < mentions.Count && mentions[next].End <= start; next++)
            {
                state.Steps.Add();
                if (mentions[next].InstrumentId is { } id && _shortForms.Fits(id, "Covenant") && !named.Contains(id, StringComparer.Ordinal)) named.Add(id);
            }

            var international = match.Groups["international"].Success;
            var onHumanRights = match.Groups["humanRights"].Success;
            // "the covenants" in lower case is a generic word unless "international … on human rights" pins it down.
            if (char.IsLower(match.Groups["head"].Value[0]) && !(international && onHumanRights)) continue;
            IReadOnlyList<string> chosen = named.Count < 2 && (international || onHumanRights || AboutHumanRights(text, start, end)) ? _internationalCovenants : named;
            if (chosen.Count < 2) continue;
            found.AddRange(chosen.Select(id => new Mention { Start = start, End = end, Kind = MentionKind.ShortForm, InstrumentId = id, Confidence = Confidence.CovenantPair }));
            foreach (var id in chosen)
            {
                if (!named.Contains(id, StringComparer.Ordinal)) named.Add(id);
            }
        }

        mentions.AddRange(found);
    }

    /// <summary>
    /// Whether "human rights" is written within <see cref="CueReach"/> characters of the phrase, in its paragraph:
    /// "the Universal Declaration of Human Rights and the adoption of the Covenants" are the International Covenants.
    /// </summary>
    private static bool AboutHumanRights(string text, int start, int end)
    {
        var from = Math.Max(0, start - CueReach);
        var to = Math.Min(text.Length, end + CueReach);
        var paragraphStart = text.LastIndexOf('\n', start - 1 < 0 ? 0 : start - 1, start - from);
        if (paragraphStart >= 0) from = paragraphStart;
        var paragraphEnd = text.IndexOf('\n', end, to - end);
        if (paragraphEnd >= 0) to = paragraphEnd;
        return HumanRights().IsMatch(text.AsSpan(from, to - from));
    }

    /// <summary>How far from "the Covenants" the words "human rights" count: a sentence or two.</summary>
    private const int CueReach = 300;

    [GeneratedRegex(@"\b[Hh]uman\s+[Rr]ights\b")]
    private static partial Regex HumanRights();

    /// <summary>A pair holds "Covenants" after at most "the two International".</summary>
    private static readonly TriggeredPattern s_covenantPair = new(CovenantPair(), ["Covenants", "covenants"], StringComparison.Ordinal, wordsBefore: 3, extraPrefixChars: "");

    [GeneratedRegex(@"\G(?<![\w-])(?:[Tt]he|[Tt]hose|[Tt]hese|[Bb]oth)(?:\s+two)?\s+(?:(?<international>[Ii]nternational)\s+)?(?<head>[Cc]ovenants)(?<humanRights>\s+(?:on|of)\s+[Hh]uman\s+[Rr]ights)?(?![\w-])")]
    private static partial Regex CovenantPair();
}
