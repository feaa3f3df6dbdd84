namespace Citations.Core.Extraction;

/// <summary>What a name in the index stands for.</summary>
/// <param name="InstrumentId">The instrument, or null for an ambiguous name.</param>
/// <param name="Candidates">For an ambiguous name, the instruments it may denote.</param>
/// <param name="ExactWords">For acronyms: the words as they must appear, case and all.</param>
/// <param name="Literal">For acronyms: the acronym as the catalog writes it, punctuation and all ("U.S.C.", "C++", "SALT-II").</param>
internal sealed record NameEntry(
    string? InstrumentId,
    IReadOnlyList<string> Candidates,
    MentionKind Kind,
    string[]? ExactWords,
    string? Literal = null);

/// <summary>
/// Every catalog name as a path of word ids in a trie, so that one left-to-right walk over a
/// text's words finds all names at once, longest first. "the" is left out of names and skipped in
/// texts, which makes "Convention on the Rights and Duties of the States" meet
/// "Convention on Rights and Duties of States".
/// </summary>
internal sealed class NameIndex
{
    private readonly FoldedWordTable _vocabulary = new();
    /// <summary>The trie's edges while it is built: (node, word id) to child node.</summary>
    private readonly Dictionary<(int Node, int Word), int> _building = [];
    private readonly List<List<NameEntry>?> _buildingEntries = [null];
    /// <summary>The root's children by word id: most words of a text are looked up here and go no further.</summary>
    private readonly int[] _rootChildren;
    /// <summary>The other edges, in an open-addressing table at most half full, keyed by node and word id; a child of 0 (the root) marks an empty slot.</summary>
    private readonly Edge[] _edges;
    private readonly int _edgeShift;
    private readonly NameEntry[]?[] _entries;
    /// <summary>
    /// Per node, a bit per <see cref="FollowerBit"/> of the ASCII words that lead on from it, and of "the",
    /// which may stand anywhere in a name: a word whose bit is clear leads nowhere, and is not looked up.
    /// </summary>
    private readonly ulong[] _followers;
    /// <summary>A bit per <see cref="Shape"/>: set when some name's first word has it.</summary>
    private readonly ulong[] _firstWordShapes = new ulong[(1 << 20) / 64];

    public const int Root = 0;

    public NameIndex(InstrumentCatalog catalog)
    {
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
                Add(name, new NameEntry(instrument.Id, [], MentionKind.Abbreviation, [.. TextNormalizer.Words(name)], name.Trim()));
            }
        }

        foreach (var ambiguous in catalog.Ambiguous)
        {
            Add(ambiguous.Name, new NameEntry(null, ambiguous.Instruments, MentionKind.InformalName, null));
        }

        _rootChildren = new int[_vocabulary.Count];
        Array.Fill(_rootChildren, -1);
        var inner = _building.Count(e => e.Key.Node != Root);
        var capacity = 16;
        while (capacity < inner * 2) capacity *= 2;
        _edgeShift = 64 - System.Numerics.BitOperations.Log2((uint)capacity);
        _edges = new Edge[capacity];
        foreach (var ((node, word), child) in _building)
        {
            if (node == Root)
            {
                _rootChildren[word] = child;
                continue;
            }

            var slot = Slot(node, word);
            while (_edges[slot].Child != Root) slot = (slot + 1) & (capacity - 1);
            _edges[slot] = new Edge(node, word, child);
        }

        _entries = [.. _buildingEntries.Select(e => e?.ToArray())];
        _followers = new ulong[_entries.Length];
        Array.Fill(_followers, 1UL << FollowerBit("the"));
        foreach (var (node, word) in _building.Keys)
        {
            if (!_vocabulary[word].Any(c => c >= 128)) _followers[node] |= 1UL << FollowerBit(_vocabulary[word]);
        }

        for (var id = 0; id < _vocabulary.Count; id++)
        {
            if (_rootChildren[id] < 0 || _vocabulary[id].Any(c => c >= 128)) continue;
            var shape = Shape(_vocabulary[id]);
            _firstWordShapes[shape >> 6] |= 1UL << shape;
        }

        _building.Clear();
        _building.TrimExcess();
        _buildingEntries.Clear();
        _buildingEntries.TrimExcess();
    }

    /// <summary>
    /// Whether an ASCII word may begin a name: its length, first three letters and last letter, in
    /// any case, hash to those of a name's first word. A word of ASCII letters and digits folds to
    /// itself in lower case, so a word failing this is no name's first word, and is neither folded
    /// nor looked up.
    /// </summary>
    public bool MayBeginName(ReadOnlySpan<char> asciiWord)
    {
        var shape = Shape(asciiWord);
        return (_firstWordShapes[shape >> 6] & (1UL << shape)) != 0;
    }

    /// <summary>A hash in 20 bits; ASCII letters lower-cased by setting bit 5, which leaves digits as they are.</summary>
    private static int Shape(ReadOnlySpan<char> word)
    {
        var hash = (uint)word.Length;
        hash = (hash * 31) + (word[0] | 0x20u);
        hash = (hash * 31) + (word.Length > 1 ? word[1] | 0x20u : 0);
        hash = (hash * 31) + (word.Length > 2 ? word[2] | 0x20u : 0);
        hash = (hash * 31) + (word[^1] | 0x20u);
        return (int)((hash * 2654435761u) >> 12);
    }

    /// <summary>
    /// Whether an ASCII word of a text may lead on from <paramref name="node"/> (be one of its children,
    /// or "the"): false means it is neither, so the walk need not look it up.
    /// </summary>
    public bool MayFollow(int node, ReadOnlySpan<char> asciiWord) => (_followers[node] & (1UL << FollowerBit(asciiWord))) != 0;

    /// <summary>Six bits from a word's length and its first, second and last letters, in any case.</summary>
    private static int FollowerBit(ReadOnlySpan<char> word)
    {
        var hash = ((uint)word.Length * 0x9E3779B1u) ^ ((word[0] | 0x20u) * 0x85EBCA77u) ^ ((word.Length > 1 ? word[1] | 0x20u : 0) * 0xC2B2AE3Du) ^ ((word[^1] | 0x20u) * 0x27D4EB2Fu);
        return (int)(hash >> 26);
    }

    /// <summary>The word id of "the", which names and texts may add or drop freely.</summary>
    public int The { get; }

    public int WordId(ReadOnlySpan<char> folded) => _vocabulary.Find(folded);

    /// <summary>The id of a word as it stands in a text; <paramref name="buffer"/> (as long as the word) holds its folded form if it is not all ASCII.</summary>
    public int WordId(ReadOnlySpan<char> word, Span<char> buffer) => _vocabulary.FindInText(word, buffer);

    public int Next(int node, int word)
    {
        if (word < 0) return -1;
        if (node == Root) return _rootChildren[word];
        for (var slot = Slot(node, word); _edges[slot].Child != Root; slot = (slot + 1) & (_edges.Length - 1))
        {
            if (_edges[slot].Node == node && _edges[slot].Word == word) return _edges[slot].Child;
        }

        return -1;
    }

    public NameEntry[]? EntriesAt(int node) => _entries[node];

    private int Slot(int node, int word) => (int)(((((ulong)(uint)node << 32) | (uint)word) * 0x9E3779B97F4A7C15UL) >> _edgeShift);

    private readonly record struct Edge(int Node, int Word, int Child);

    private int Intern(string folded) => _vocabulary.Intern(folded);

    private void Add(string name, NameEntry entry)
    {
        var node = Root;
        var any = false;
        foreach (var word in TextNormalizer.Words(name))
        {
            var folded = TextNormalizer.Fold(word);
            if (folded == "the" || folded.Length == 0) continue;
            var id = Intern(folded);
            if (!_building.TryGetValue((node, id), out var next))
            {
                next = _buildingEntries.Count;
                _buildingEntries.Add(null);
                _building[(node, id)] = next;
            }

            node = next;
            any = true;
        }

        if (!any) return;
        var entries = _buildingEntries[node] ??= [];
        // Titles before informal names before acronyms: the first entry that fits is taken. Acronyms that
        // differ only in punctuation ("SALT II", "SALT-II") are entries of their own, each matched as written.
        if (!entries.Any(e => e.InstrumentId == entry.InstrumentId && e.Kind == entry.Kind && e.Literal == entry.Literal && e.InstrumentId is not null))
        {
            entries.Add(entry);
        }
    }
}
