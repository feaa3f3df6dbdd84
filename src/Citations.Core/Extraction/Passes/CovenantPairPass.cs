using System.Text.RegularExpressions;

namespace Citations.Core.Extraction.Passes;

/// <summary>
/// "the two International Covenants", "those Covenants", "both Covenants": the covenants named before,
/// or, with "International" and nothing named, the two International Covenants of 1966 together.
/// </summary>
internal sealed partial class CovenantPairPass(ExtractionContext context) : IExtractionPass
{
    private readonly ShortFormResolver _shortForms = context.ShortForms;
    private readonly string[] _internationalCovenants =
        [.. context.Catalog.Instruments.Where(i => i.Title.StartsWith("International Covenant ", StringComparison.Ordinal)).Select(i => i.Id)];

    public void Run(ExtractionState state)
    {
        var text = state.Text;
        if (text.IndexOf("Covenants", StringComparison.Ordinal) < 0) return;
        var mentions = state.Mentions;
        var found = new List<Mention>();
        // The covenants named before the current match, in the order first named; mentions do not
        // overlap here, so walking them in order visits them by end as well.
        var named = new List<string>();
        var next = 0;
        foreach (Match match in CovenantPair().Matches(text))
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

            IReadOnlyList<string> chosen = named.Count < 2 && match.Groups["international"].Success ? _internationalCovenants : named;
            if (chosen.Count < 2) continue;
            found.AddRange(chosen.Select(id => new Mention { Start = start, End = end, Kind = MentionKind.ShortForm, InstrumentId = id, Confidence = Confidence.CovenantPair }));
        }

        mentions.AddRange(found);
    }

    [GeneratedRegex(@"(?<![\w-])(?:[Tt]he|[Tt]hose|[Tt]hese|[Bb]oth)(?:\s+two)?\s+(?:(?<international>International)\s+)?Covenants(?:\s+on\s+Human\s+Rights)?(?![\w-])")]
    private static partial Regex CovenantPair();
}
