using System.Collections.Concurrent;
using System.Collections.Frozen;

namespace Citations.Core.Extraction.Passes;

/// <summary>
/// "Additional Protocol II of the Tlatelolco Treaty": a protocol's name followed by "of" or "to" and
/// another instrument is that instrument's protocol of the same name, one mention of it alone. And
/// "Additional Protocol I" in a text about the Treaty of Tlatelolco is that treaty's protocol, not the
/// Geneva one.
/// </summary>
internal sealed class NestedProtocolPass(ExtractionContext context) : IExtractionPass
{
    private readonly ProtocolFamilies _families = context.Families;
    private readonly InstrumentCatalog _catalog = context.Catalog;

    /// <summary>
    /// Each parent's children by the first word of each of their names (folded, without "the"), in the order
    /// <see cref="ProtocolFamilies.ChildrenOf"/> gives them: a surface can begin only the names that begin with
    /// its first word, so only those children are asked about.
    /// </summary>
    private readonly FrozenDictionary<string, FrozenDictionary<string, Instrument[]>> _childrenByFirstWord = context.Catalog.Instruments
        .Where(i => i.Parent is not null).Select(i => i.Parent!).Distinct(StringComparer.Ordinal)
        .ToFrozenDictionary(
            parent => parent,
            parent => context.Families.ChildrenOf(parent)
                .SelectMany(c => c.Names.Concat(c.InformalNames).Select(ProtocolFamilies.Words).Where(w => w.Count > 0).Select(w => (First: w[0], Child: c)))
                .GroupBy(p => p.First, StringComparer.Ordinal)
                .ToFrozenDictionary(g => g.Key, g => g.Select(p => p.Child).Distinct().ToArray(), StringComparer.Ordinal),
            StringComparer.Ordinal);
    /// <summary>What may stand between a protocol's name and its parent's ("of", "to the"), looked up by span.</summary>
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _links = context.Patterns.ProtocolLinks.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The words of each protocol's surface seen so far (<see cref="ProtocolFamilies.Words"/>): the same few
    /// spellings of a protocol's names come back in text after text. Bounded, so that odd texts cannot grow it.
    /// </summary>
    private readonly ConcurrentDictionary<string, List<string>> _surfaceWords = new(StringComparer.Ordinal);

    private const int MaxSurfaces = 4096;

    /// <summary>How many surfaces <see cref="_surfaceWords"/> holds, kept apart: the dictionary's own count takes all its locks.</summary>
    private int _surfaceCount;

    /// <summary>The words of a protocol's surface, shared and never changed.</summary>
    private List<string> SurfaceWords(ReadOnlySpan<char> surface)
    {
        if (_surfaceWords.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(surface, out var words)) return words;
        var spelling = surface.ToString();
        words = ProtocolFamilies.Words(spelling);
        if (Volatile.Read(ref _surfaceCount) < MaxSurfaces && _surfaceWords.TryAdd(spelling, words)) Interlocked.Increment(ref _surfaceCount);
        return words;
    }

    public void Run(ExtractionState state)
    {
        JoinNested(state);
        PreferSiblings(state);
    }

    private void JoinNested(ExtractionState state)
    {
        var text = state.Text;
        var mentions = state.Mentions;
        var kept = new List<Mention>(mentions.Count);
        var joinedAny = false;
        var k = 0;
        for (; k + 1 < mentions.Count; k++)
        {
            state.Steps.Add();
            var first = mentions[k];
            var second = mentions[k + 1];
            if (Join(text, first, second) is { } joined)
            {
                kept.Add(joined);
                joinedAny = true;
                // The mention after the pair is not joined to the pair; it may begin a pair of its own with the next.
                k++;
                continue;
            }

            kept.Add(first);
        }

        if (k < mentions.Count) kept.Add(mentions[k]);
        if (joinedAny) mentions.ReplaceAll(kept);
    }

    private Mention? Join(string text, Mention first, Mention second)
    {
        if (second.InstrumentId is null || second.Start < first.End) return null;
        var between = text.AsSpan(first.End, second.Start - first.End).Trim();
        if (!_links.Contains(between)) return null;

        var surface = SurfaceWords(text.AsSpan(first.Start, first.Length));
        var child = _families.ChildrenOf(second.InstrumentId).FirstOrDefault(c => _families.NamesStartWith(c, surface));
        if (child is null) return null;
        // "Protocol on Explosive Remnants of War to the Convention on … Conventional Weapons": the protocol read by its
        // short name, its parent named after it inside its own title, one mention of the protocol (rule 7).
        if (child.Id == first.InstrumentId && first.Kind is not (MentionKind.Title or MentionKind.InformalName)) return null;
        return new Mention { Start = first.Start, End = second.End, Kind = MentionKind.Title, InstrumentId = child.Id, Confidence = Confidence.ProtocolOfNamedParent };
    }

    /// <summary>The first protocol of the named parents, other than <paramref name="id"/>, whose names begin with the surface's words.</summary>
    private Instrument? Sibling(ReadOnlySpan<char> surface, string id, List<string> namedParents)
    {
        var surfaceWords = SurfaceWords(surface);
        if (surfaceWords.Count > 0)
        {
            foreach (var parent in namedParents)
            {
                if (!_childrenByFirstWord.TryGetValue(parent, out var byFirst) || !byFirst.TryGetValue(surfaceWords[0], out var children)) continue;
                foreach (var child in children)
                {
                    if (child.Id != id && _families.NamesStartWith(child, surfaceWords)) return child;
                }
            }

            return null;
        }

        List<string>? words = null;
        foreach (var parent in namedParents)
        {
            foreach (var child in _families.ChildrenOf(parent))
            {
                if (child.Id == id) continue;
                words ??= SurfaceWords(surface);
                if (_families.NamesStartWith(child, words)) return child;
            }
        }

        return null;
    }

    private void PreferSiblings(ExtractionState state)
    {
        // The named instruments that have protocols.
        var named = new HashSet<string>(StringComparer.Ordinal);
        // The named instruments that have protocols, in the order first named: only their protocols can be siblings.
        var namedParents = new List<string>();
        foreach (var mention in state.Mentions)
        {
            state.Steps.Add();
            if (mention.InstrumentId is { } id && namedParents.Count > 0 && _catalog.Find(id) is { Parent: { } parent } && !named.Contains(parent))
            {
                var sibling = Sibling(state.Text.AsSpan(mention.Start, mention.Length), id, namedParents);
                if (sibling is not null)
                {
                    mention.InstrumentId = sibling.Id;
                    mention.Confidence = Confidence.SiblingProtocol;
                }
            }

            // Only parents are asked about, so only they are kept.
            // The parents are the keys of the children's index, as they are of ProtocolFamilies.HasChildren, read without its hashing.
            if (mention.InstrumentId is { } namedId && _childrenByFirstWord.ContainsKey(namedId) && named.Add(namedId)) namedParents.Add(namedId);
        }
    }
}
