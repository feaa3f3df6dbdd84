using System.Collections.Frozen;

namespace Citations.Core.Extraction;

/// <summary>What a name in the index stands for.</summary>
/// <param name="InstrumentId">The instrument, or null for an ambiguous name.</param>
/// <param name="Candidates">For an ambiguous name, the instruments it may denote.</param>
/// <param name="ExactWords">For acronyms: the words as they must appear, case and all.</param>
internal sealed record NameEntry(
    string? InstrumentId,
    IReadOnlyList<string> Candidates,
    MentionKind Kind,
    string[]? ExactWords);

/// <summary>
/// Every catalog name as a path of word ids in a trie, so that one left-to-right walk over a
/// text's words finds all names at once, longest first. "the" is left out of names and skipped in
/// texts, which makes "Convention on the Rights and Duties of the States" meet
/// "Convention on Rights and Duties of States".
/// </summary>
internal sealed class NameIndex
{
    private readonly Dictionary<string, int> _vocabulary = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly List<Dictionary<int, int>?> _children = [null];
    private readonly List<List<NameEntry>?> _entries = [null];

    public const int Root = 0;

    public NameIndex(InstrumentCatalog catalog)
    {
        _lookup = _vocabulary.GetAlternateLookup<ReadOnlySpan<char>>();
        The = Intern("the");
        foreach (var instrument in catalog.Instruments)
        {
            foreach (var name in instrument.Names) Add(name, new NameEntry(instrument.Id, [], MentionKind.Title, null));
            foreach (var name in instrument.InformalNames) Add(name, new NameEntry(instrument.Id, [], MentionKind.InformalName, null));
            foreach (var names in instrument.Translations.Values)
            {
                foreach (var name in names) Add(name, new NameEntry(instrument.Id, [], MentionKind.Translation, null));
            }

            foreach (var name in instrument.Abbreviations)
            {
                Add(name, new NameEntry(instrument.Id, [], MentionKind.Abbreviation, [.. TextNormalizer.Words(name)]));
            }
        }

        foreach (var ambiguous in catalog.Ambiguous)
        {
            Add(ambiguous.Name, new NameEntry(null, ambiguous.Instruments, MentionKind.InformalName, null));
        }
    }

    /// <summary>The word id of "the", which names and texts may add or drop freely.</summary>
    public int The { get; }

    public int WordId(ReadOnlySpan<char> folded) => _lookup.TryGetValue(folded, out var id) ? id : -1;

    public int Next(int node, int word) =>
        word >= 0 && _children[node] is { } children && children.TryGetValue(word, out var next) ? next : -1;

    public IReadOnlyList<NameEntry>? EntriesAt(int node) => _entries[node];

    private int Intern(string folded)
    {
        if (!_vocabulary.TryGetValue(folded, out var id))
        {
            id = _vocabulary.Count;
            _vocabulary[folded] = id;
        }

        return id;
    }

    private void Add(string name, NameEntry entry)
    {
        var node = Root;
        var any = false;
        foreach (var word in TextNormalizer.Words(name))
        {
            var folded = TextNormalizer.Fold(word);
            if (folded == "the" || folded.Length == 0) continue;
            var id = Intern(folded);
            var children = _children[node] ??= [];
            if (!children.TryGetValue(id, out var next))
            {
                next = _children.Count;
                _children.Add(null);
                _entries.Add(null);
                children[id] = next;
            }

            node = next;
            any = true;
        }

        if (!any) return;
        var entries = _entries[node] ??= [];
        // Titles before informal names before acronyms: the first entry that fits is taken.
        if (!entries.Any(e => e.InstrumentId == entry.InstrumentId && e.Kind == entry.Kind && e.InstrumentId is not null))
        {
            entries.Add(entry);
        }
    }
}
