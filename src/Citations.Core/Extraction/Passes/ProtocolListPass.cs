using System.Text.RegularExpressions;

namespace Citations.Core.Extraction.Passes;

/// <summary>
/// "the Geneva Conventions and their Additional Protocols", "Protocols I and II", "the two Protocols additional
/// to the Geneva Conventions": one phrase, several protocols of the instrument named with it. Without numbers, "Additional Protocols" are the first
/// generation of additional protocols (for the Geneva Conventions, those of 1977).
/// </summary>
internal sealed partial class ProtocolListPass(ExtractionContext context) : IExtractionPass
{
    private readonly ProtocolFamilies _families = context.Families;

    public void Run(ExtractionState state)
    {
        var text = state.Text;
        var mentions = state.Mentions;
        // The last named mention with protocols ending at or before scannedTo; mentions never overlap
        // here except for equal spans, so their ends rise with their starts and a later search can stop there.
        Mention? lastFamily = null;
        var scannedTo = int.MinValue;
        // What the lists add goes into the set at the end, in one merge; until then it is asked here.
        var pending = new List<Mention>();
        var pendingIndex = new MentionIndex(pending);
        // The last protocol added that has protocols of its own: a family named later than any in the set.
        Mention? pendingFamily = null;
        foreach (var match in s_protocolList.Matches(text, state.Steps))
        {
            var start = match.Index;
            var end = match.Index + match.Length;
            if (mentions.FirstOverlapping(start, end, m => m.InstrumentId is not null) is not null || pendingIndex.Overlaps(start, end)) continue;

            // The family: the instrument named right after ("… to the Treaty of Tlatelolco"), else the nearest before.
            Mention? after = null;
            for (var k = mentions.FirstStartingAtOrAfter(end); k < mentions.Count && after is null; k++)
            {
                state.Steps.Add();
                if (mentions[k].InstrumentId is not null) after = mentions[k];
            }

            var named = after is not null && OfOrTo().IsMatch(text.AsSpan(end, after.Start - end));
            // Without "the", "their" or a number, "Additional Protocols" is a list's only when its parent is named after it.
            if (!named && !match.Groups["det"].Success && match.Groups["ord"].Captures.Count == 0) continue;
            string? family;
            if (named)
            {
                family = after!.InstrumentId;
            }
            else
            {
                Mention? nearest = null;
                for (var k = mentions.FirstStartingAtOrAfter(start) - 1; k >= 0 && nearest is null; k--)
                {
                    state.Steps.Add();
                    var m = mentions[k];
                    if (m.End <= scannedTo) break;
                    if (m.End <= start && m.InstrumentId is not null && _families.ProtocolsOf(m.InstrumentId).Any()) nearest = m;
                }

                lastFamily = nearest ?? lastFamily;
                scannedTo = start;
                family = (pendingFamily ?? lastFamily)?.InstrumentId;
            }

            if (family is null) continue;
            var children = _families.ProtocolsOf(family).ToList();
            List<Instrument> chosen;
            var ordinals = match.Groups["ord"].Captures.Select(c => TextNormalizer.Fold(c.Value)).ToList();
            if (ordinals.Count > 0)
            {
                chosen = [.. ordinals.Select(o => children.FirstOrDefault(c => c.Names.Concat(c.InformalNames).Any(n => EndsWithOrdinal(n, o)))).OfType<Instrument>()];
                if (chosen.Count != ordinals.Count) continue;
            }
            else
            {
                var additional = children.Where(c => c.Names.Concat(c.InformalNames).Any(n => TextNormalizer.Fold(n).Contains("additional protocol", StringComparison.Ordinal))).ToList();
                if (additional.Count == 0) continue;
                var firstYear = additional.Min(c => c.Adopted[..4])!;
                chosen = [.. additional.Where(c => c.Adopted.StartsWith(firstYear, StringComparison.Ordinal))];
            }

            // "Additional Protocols I and II to the Treaty of Tlatelolco" names the treaty only inside the protocols' titles.
            if (named) end = after!.End;
            mentions.RemoveOverlapping(start, end);
            foreach (var protocol in chosen)
            {
                var mention = new Mention { Start = start, End = end, Kind = MentionKind.InformalName, InstrumentId = protocol.Id, Confidence = Confidence.ProtocolOfList };
                pendingIndex.Add(mention);
                if (_families.ProtocolsOf(protocol.Id).Any()) pendingFamily = mention;
            }
        }

        mentions.AddRange(pending);
    }

    private static bool EndsWithOrdinal(string name, string ordinal)
    {
        var words = ProtocolFamilies.Words(name);
        for (var k = 1; k < words.Count; k++)
        {
            if (words[k] == ordinal && words[k - 1] == "protocol") return true;
        }

        return false;
    }

    /// <summary>A list holds "Protocols" after at most "the two 1977 Additional", or before "additional to".</summary>
    private static readonly TriggeredPattern s_protocolList = new(ProtocolList(), ["Protocols"], StringComparison.Ordinal, wordsBefore: 4, extraPrefixChars: "");

    [GeneratedRegex(@"\G(?<![\w-])(?:(?:(?<det>[Tt]heir|[Ii]ts|[Tt]he(?:\s+two)?|[Bb]oth)\s+)?(?:(?:19|20)\d\d\s+)?(?:Additional\s+Protocols|Protocols\s+additional(?=\s+to\b))(?:\s+(?<ord>I{1,3})(?:\s*(?:,|and)\s*(?<ord>I{1,3}))*)?|(?:Additional\s+)?Protocols\s+(?<ord>I{1,3})(?:\s*(?:,|and)\s*(?<ord>I{1,3}))+)(?![\w-])")]
    private static partial Regex ProtocolList();

    [GeneratedRegex(@"^\s*(?:thereto|to|of)\s+(?:the\s+)?$")]
    private static partial Regex OfOrTo();
}
