using System.Collections.Frozen;

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
    private readonly Dictionary<string, int> _vocabulary = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly List<Dictionary<int, int>?> _children = [null];
    /// <summary>The root's children by word id: most words of a text are looked up here and go no further.</summary>
    private readonly int[] _rootChildren;
    private readonly int _longestWord;
    private readonly List<List<NameEntry>?> _entries = [null];
    /// <summary>A bit per <see cref="Shape"/>: set when some name's first word has it.</summary>
    private readonly ulong[] _firstWordShapes = new ulong[(1 << 20) / 64];

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
                Add(name, new NameEntry(instrument.Id, [], MentionKind.Abbreviation, [.. TextNormalizer.Words(name)], name.Trim()));
            }
        }

        foreach (var ambiguous in catalog.Ambiguous)
        {
            Add(ambiguous.Name, new NameEntry(null, ambiguous.Instruments, MentionKind.InformalName, null));
        }

        _rootChildren = new int[_vocabulary.Count];
        Array.Fill(_rootChildren, -1);
        foreach (var (word, next) in _children[Root] ?? []) _rootChildren[word] = next;
        _longestWord = _vocabulary.Keys.Max(k => k.Length);
        var words = _vocabulary.ToDictionary(p => p.Value, p => p.Key);
        foreach (var id in (_children[Root] ?? []).Keys)
        {
            if (words[id].Any(c => c >= 128)) continue;
            var shape = Shape(words[id]);
            _firstWordShapes[shape >> 6] |= 1UL << shape;
        }
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

    /// <summary>The word id of "the", which names and texts may add or drop freely.</summary>
    public int The { get; }

    public int WordId(ReadOnlySpan<char> folded) => _lookup.TryGetValue(folded, out var id) ? id : -1;

    /// <summary>The id of a word as it stands in a text, folded into <paramref name="buffer"/> first.</summary>
    public int WordId(ReadOnlySpan<char> word, Span<char> buffer)
    {
        var length = TextNormalizer.Fold(word, buffer);
        return length > _longestWord ? -1 : WordId(buffer[..length]);
    }

    public int Next(int node, int word)
    {
        if (word < 0) return -1;
        if (node == Root) return _rootChildren[word];
        return _children[node] is { } children && children.TryGetValue(word, out var next) ? next : -1;
    }

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
        // Titles before informal names before acronyms: the first entry that fits is taken. Acronyms that
        // differ only in punctuation ("SALT II", "SALT-II") are entries of their own, each matched as written.
        if (!entries.Any(e => e.InstrumentId == entry.InstrumentId && e.Kind == entry.Kind && e.Literal == entry.Literal && e.InstrumentId is not null))
        {
            entries.Add(entry);
        }
    }
}
