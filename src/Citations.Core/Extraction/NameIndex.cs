using System.Collections.Frozen;
using System.Text.RegularExpressions;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

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
internal sealed partial class NameIndex
{
    private readonly FoldedWordTable _vocabulary = new();
    /// <summary>The trie's edges while it is built: (node, word id) to child node.</summary>
    private readonly Dictionary<(int Node, int Word), int> _building = [];
    private readonly List<List<NameEntry>?> _buildingEntries = [null];
    /// <summary>The root's children by word id: most words of a text are looked up here and go no further.</summary>
    private readonly int[] _rootChildren;
    /// <summary>The edges of the other nodes that have several children, in an open-addressing table at most half full, keyed by node and word id; a child of 0 (the root) marks an empty slot.</summary>
    private readonly Edge[] _edges;
    private readonly int _edgeShift;
    private readonly NameEntry[]?[] _entries;
    /// <summary>What the walk reads of each node at each word, side by side so that one read of memory brings both (see <see cref="NodeLinks"/>).</summary>
    private readonly NodeLinks[] _nodes;
    /// <summary>
    /// Two bits per slot, the slot a word's <see cref="WordHash"/>: the low bit set when some name's first word
    /// falls in the slot, the high bit when some name of one word (most acronyms) does, so that no second word need follow.
    /// </summary>
    private readonly ulong[] _firstWords;
    /// <summary>How far <see cref="WordHash"/> is shifted down to give a slot of <see cref="_firstWords"/>.</summary>
    private readonly int _shapeShift;
    /// <summary>A bit per <see cref="PairHash"/> of a name's first two words (without "the").</summary>
    private readonly ulong[] _firstPairs;
    private readonly int _pairShift;

    public const int Root = 0;

    /// <summary>
    /// "Egypt-Israel Peace Treaty" is written "Israel-Egypt peace treaty" as often: a name that opens with two parties
    /// joined by a hyphen or dash, right before what it is ("Peace Treaty", "Agreement"), with the parties the other way
    /// round; null for any other name ("Inter-American Convention", "Anti-Ballistic Missile Treaty").
    /// </summary>
    internal static string? PartiesSwapped(string name)
    {
        var match = PartiesFirst().Match(name);
        if (!match.Success || s_prefixes.Contains(match.Groups["a"].Value)) return null;
        return match.Groups["b"].Value + match.Groups["dash"].Value + match.Groups["a"].Value + " " + match.Groups["rest"].Value;
    }

    /// <summary>
    /// Names written without the qualifier they open with: "Act on Peace and Co-operation in Central America" for the
    /// Contadora Act, "Convention on the Law of Treaties" for the Vienna Convention. One instrument's shortened name is
    /// an informal name of it; a shortened name several instruments share, or one whose dropped word is regional
    /// ("Convention on Human Rights" from the European and the American Conventions), is ambiguous among them and left to
    /// the text to decide. A shortened name that is some instrument's own name is left as it is.
    /// </summary>
    private void AddWithoutQualifiers(InstrumentCatalog catalog, IReadOnlySet<string> regionalQualifiers)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var instrument in catalog.Instruments)
        {
            foreach (var name in instrument.Names.Concat(instrument.InformalNames)) names.Add(FoldedKey(name));
        }

        foreach (var ambiguous in catalog.Ambiguous) names.Add(FoldedKey(ambiguous.Name));
        var shortened = new Dictionary<string, (string Name, HashSet<string> Ids, bool Regional)>(StringComparer.Ordinal);
        foreach (var instrument in catalog.Instruments)
        {
            foreach (var name in instrument.Names.Concat(instrument.InformalNames))
            {
                if (WithoutQualifier(name) is not { } match || NamesParties(match.Qualifier)) continue;
                var key = FoldedKey(match.Shortened);
                if (names.Contains(key)) continue;
                var regional = TextNormalizer.Words(match.Qualifier).Exists(regionalQualifiers.Contains) || regionalQualifiers.Contains(match.Qualifier);
                if (!shortened.TryGetValue(key, out var entry)) shortened[key] = entry = (match.Shortened, new HashSet<string>(StringComparer.Ordinal), false);
                entry.Ids.Add(instrument.Id);
                if (regional) shortened[key] = entry with { Regional = true };
            }
        }

        foreach (var (name, ids, regional) in shortened.Values)
        {
            var entry = ids.Count == 1 && !regional
                ? new NameEntry(ids.First(), [], MentionKind.InformalName, null)
                : new NameEntry(null, [.. ids.Order(StringComparer.Ordinal)], MentionKind.InformalName, null);
            Add(name, entry);
        }
    }

    internal static string FoldedKey(string name) => string.Join(' ', ProtocolFamilies.Words(name));

    /// <summary>
    /// A name's opening qualifier (one or two capitalised words: "Vienna", "United Nations", "Inter-American") and the
    /// rest, when the rest is a head noun, a linking word and at least <see cref="LeastTailWords"/> capitalised words; null
    /// for any other name. Fewer words name a subject, not an instrument: "Convention on Small Arms" is the Kinshasa
    /// Convention's and ECOWAS's alike, "agreement on climate change" any such agreement.
    /// </summary>
    internal static (string Qualifier, string Shortened)? WithoutQualifier(string name, int leastTailWords = LeastTailWords)
    {
        var match = QualifiedName().Match(name);
        if (!match.Success) return null;
        var tail = TextNormalizer.Words(match.Groups["tail"].Value).Count(w => char.IsUpper(w[0]) && !s_smallWords.Contains(w));
        return tail >= leastTailWords ? (match.Groups["qualifier"].Value, match.Groups["rest"].Value) : null;
    }

    private const int LeastTailWords = 3;

    private static readonly FrozenSet<string> s_smallWords = new[] { "The", "And", "Of", "On", "For", "In", "To" }.ToFrozenSet(StringComparer.Ordinal);

    [GeneratedRegex(@"^(?<qualifier>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)\s+(?<rest>(?:Convention|Covenant|Treaty|Declaration|Charter|Statute|Act|Protocol|Agreement|Pact)\s+(?:on|of|for|against|relating\s+to|concerning|relative\s+to|between|in)\s+(?<tail>.+))$")]
    private static partial Regex QualifiedName();

    /// <summary>
    /// A name in the other spelling of English: "Program of Action on the Establishment of a New International Economic
    /// Order" for the catalog's "Programme …", "International Labor Organization" for "Labour". One variant all in
    /// American spelling and one all in British, when they differ from the name.
    /// </summary>
    internal static IEnumerable<string> OtherSpellings(string name)
    {
        foreach (var table in s_spellings)
        {
            var respelt = SpellingWord().Replace(name, m => table.TryGetValue(m.Value.ToLowerInvariant(), out var other) ? MatchCase(m.Value, other) : m.Value);
            if (!string.Equals(respelt, name, StringComparison.Ordinal)) yield return respelt;
        }
    }

    private static string MatchCase(string written, string other) =>
        char.IsUpper(written[0]) ? char.ToUpperInvariant(other[0]) + other[1..] : other;

    /// <summary>British → American, then American → British.</summary>
    private static readonly FrozenDictionary<string, string>[] s_spellings = Spellings();

    private static FrozenDictionary<string, string>[] Spellings()
    {
        (string British, string American)[] pairs =
        [
            ("programme", "program"), ("programmes", "programs"), ("labour", "labor"), ("organisation", "organization"),
            ("organisations", "organizations"), ("defence", "defense"), ("centre", "center"), ("harbour", "harbor"),
            ("neighbourly", "neighborly"), ("neighbouring", "neighboring"), ("favour", "favor"),
        ];
        return [pairs.ToFrozenDictionary(p => p.British, p => p.American, StringComparer.Ordinal), pairs.ToFrozenDictionary(p => p.American, p => p.British, StringComparer.Ordinal)];
    }

    [GeneratedRegex(@"\b\p{L}+\b")]
    private static partial Regex SpellingWord();

    /// <summary>
    /// Whether a qualifier is the two parties of a bilateral treaty ("Vietnamese-Kampuchean", "US-Japan"): without them
    /// the name is the title many such treaties share ("Treaty of Peace, Friendship and Co-operation"), no name of this one.
    /// </summary>
    internal static bool NamesParties(string qualifier) =>
        PartiesQualifier().Match(qualifier) is { Success: true } parties && !s_prefixes.Contains(parties.Groups["a"].Value);

    [GeneratedRegex(@"^(?<a>\p{Lu}[\p{L}.]+)[-–]\p{Lu}[\p{L}.]+$")]
    private static partial Regex PartiesQualifier();

    /// <summary>Capitalised prefixes that open compound words, not parties.</summary>
    private static readonly FrozenSet<string> s_prefixes = new[] { "Inter", "Non", "Anti", "Pan", "Trans", "Sub", "Co", "Intra", "Post", "Pre" }.ToFrozenSet(StringComparer.Ordinal);

    [GeneratedRegex(@"^(?<a>\p{Lu}\p{Ll}+)(?<dash>[-–])(?<b>\p{Lu}\p{Ll}+)\s+(?<rest>(?:(?:Peace|Border|Boundary|Armistice|Ceasefire|Friendship)\s+)?(?:Treaty|Agreement|Accords?|Declaration|Convention|Protocol|Pact)\b.*)$")]
    private static partial Regex PartiesFirst();

    /// <param name="catalog">The instruments whose names are indexed.</param>
    /// <param name="regionalQualifiers">
    /// Words that make a name another instrument ("European", "American"): a name without such a word is not read as
    /// the one instrument that has it (<see cref="WithoutQualifier"/>). Default: the built-in languages' list.
    /// </param>
    public NameIndex(InstrumentCatalog catalog, IReadOnlySet<string>? regionalQualifiers = null)
    {
        regionalQualifiers ??= LanguagePatterns.BuiltIn.RegionalQualifiers;
        The = Intern("the");
        foreach (var instrument in catalog.Instruments)
        {
            foreach (var name in instrument.Names) Add(name, new NameEntry(instrument.Id, [], MentionKind.Title, null));
            foreach (var name in instrument.InformalNames) Add(name, new NameEntry(instrument.Id, [], MentionKind.InformalName, null));
            foreach (var name in instrument.Names.Concat(instrument.InformalNames))
            {
                if (PartiesSwapped(name) is { } swapped) Add(swapped, new NameEntry(instrument.Id, [], MentionKind.InformalName, null));
                foreach (var respelt in OtherSpellings(name)) Add(respelt, new NameEntry(instrument.Id, [], MentionKind.InformalName, null));
            }
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

        AddWithoutQualifiers(catalog, regionalQualifiers);

        _entries = new NameEntry[]?[_buildingEntries.Count];
        for (var node = 0; node < _entries.Length; node++) _entries[node] = _buildingEntries[node]?.ToArray();
        var asciiWord = new bool[_vocabulary.Count];
        for (var id = 0; id < asciiWord.Length; id++) asciiWord[id] = IsAscii(_vocabulary[id]);
        _nodes = new NodeLinks[_entries.Length];
        Array.Fill(_nodes, new NodeLinks(1UL << FollowerBit("the"), NoChild));
        foreach (var ((node, word), child) in _building)
        {
            ref var links = ref _nodes[node];
            links = new NodeLinks(
                asciiWord[word] ? links.Followers | (1UL << FollowerBit(_vocabulary[word])) : links.Followers,
                links.OnlyChild == NoChild ? ((ulong)(uint)word << 32) | (uint)child : ManyChildren);
        }

        // Only the edges of nodes with several children go in the edge table, which stays small enough to be cached.
        _rootChildren = new int[_vocabulary.Count];
        Array.Fill(_rootChildren, -1);
        var tabled = _building.Keys.Count(edge => edge.Node != Root && _nodes[edge.Node].OnlyChild == ManyChildren);
        var capacity = 16;
        while (capacity < tabled * 2) capacity *= 2;
        _edgeShift = 64 - System.Numerics.BitOperations.Log2((uint)capacity);
        _edges = new Edge[capacity];
        // Per node: the word leading to it from the root, or -1 for a node further down.
        var firstWordOf = new int[_buildingEntries.Count];
        Array.Fill(firstWordOf, -1);
        foreach (var ((node, word), child) in _building)
        {
            if (node == Root)
            {
                _rootChildren[word] = child;
                firstWordOf[child] = word;
                continue;
            }

            if (_nodes[node].OnlyChild != ManyChildren) continue;
            var slot = Slot(node, word);
            while (_edges[slot].Child != Root) slot = (slot + 1) & (capacity - 1);
            _edges[slot] = new Edge(node, word, child);
        }

        // The first words and first pairs of words, in tables sized to about 64 bits per entry: few enough
        // bits set that a word of no name rarely passes, and small enough to stay in the processor's cache.
        var firstWords = 0;
        for (var id = 0; id < _vocabulary.Count; id++)
        {
            if (_rootChildren[id] >= 0) firstWords++;
        }

        // Each text word is looked up here, so the table is kept within the processor's first cache (32 KB)
        // unless the catalog has so many first words that it would fill more than a sixteenth.
        _shapeShift = 64 - Math.Max(Math.Min(TableBits(firstWords, 256), 17), TableBits(firstWords, 16));
        _firstWords = new ulong[Math.Max(1, (1 << (64 - _shapeShift)) / 32)];
        var pairs = 0;
        foreach (var (node, _) in _building.Keys)
        {
            if (node != Root && firstWordOf[node] >= 0) pairs++;
        }

        _pairShift = 64 - TableBits(pairs, 64);
        _firstPairs = new ulong[Math.Max(1, (1 << (64 - _pairShift)) / 64)];
        for (var id = 0; id < _vocabulary.Count; id++)
        {
            if (_rootChildren[id] < 0 || !asciiWord[id]) continue;
            var slot = (int)(WordHash(_vocabulary[id]) >> _shapeShift);
            _firstWords[slot >> 5] |= (_entries[_rootChildren[id]] is null ? 1UL : 3UL) << ((slot & 31) * 2);
        }

        foreach (var (node, word) in _building.Keys)
        {
            if (node == Root || firstWordOf[node] < 0) continue;
            if (!asciiWord[firstWordOf[node]] || !asciiWord[word]) continue;
            var pair = (int)(PairHash(WordHash(_vocabulary[firstWordOf[node]]), WordHash(_vocabulary[word])) >> _pairShift);
            _firstPairs[pair >> 6] |= 1UL << pair;
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
    public bool MayBeginName(ReadOnlySpan<char> asciiWord) => FirstWordKind(asciiWord) != 0;

    /// <summary>
    /// Whether an ASCII word that <see cref="MayBeginName"/> admits may also be a whole name by itself
    /// ("ICCPR", "Charter"): false means that only a name of two words or more begins with it.
    /// </summary>
    public bool MayBeWholeName(ReadOnlySpan<char> asciiWord) => FirstWordKind(asciiWord) == WholeName;

    /// <summary>
    /// What an ASCII word may be in a name, from its slot alone: 0 when no name begins with it (see
    /// <see cref="MayBeginName"/>), <see cref="FirstWord"/> when only names of two words or more may,
    /// <see cref="WholeName"/> when it may also be a name by itself.
    /// </summary>
    public int FirstWordKind(ReadOnlySpan<char> asciiWord) => FirstWordKind(WordHash(asciiWord));

    /// <summary>As <see cref="FirstWordKind(ReadOnlySpan{char})"/>, from the word's <see cref="WordHash"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int FirstWordKind(ulong wordHash) => FirstWords.KindOf(wordHash);

    /// <summary>The table <see cref="FirstWordKind(ulong)"/> reads, for a loop over a text's words to hold on to.</summary>
    public FirstWordTable FirstWords => new(_firstWords, _shapeShift);

    /// <summary>Two bits per slot of a word's <see cref="WordHash"/>: see <see cref="_firstWords"/>.</summary>
    internal readonly struct FirstWordTable(ulong[] slots, int shift)
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public int KindOf(ulong wordHash)
        {
            var slot = (int)(wordHash >> shift);
            return (int)(slots[slot >> 5] >> ((slot & 31) * 2)) & 3;
        }
    }

    public const int FirstWord = 1;
    public const int WholeName = 3;

    /// <summary>
    /// Whether two ASCII words of a text may be the first two words of a name ("United Nations",
    /// "Optional Protocol"): false means no name begins with the one followed by the other. Together
    /// with <see cref="MayBeWholeName"/> this turns down most words that begin a name only elsewhere
    /// ("a" before anything but "World"), without folding or looking up either word.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MayBeginWith(ReadOnlySpan<char> asciiFirst, ReadOnlySpan<char> asciiSecond) => MayBeginWith(WordHash(asciiFirst), asciiSecond);

    /// <summary>As <see cref="MayBeginWith(ReadOnlySpan{char}, ReadOnlySpan{char})"/>, from the first word's <see cref="WordHash"/>.</summary>
    public bool MayBeginWith(ulong firstHash, ReadOnlySpan<char> asciiSecond)
    {
        var pair = (int)(PairHash(firstHash, WordHash(asciiSecond)) >> _pairShift);
        return (_firstPairs[pair >> 6] & (1UL << pair)) != 0;
    }

    /// <summary>
    /// A hash of a word's length and its first three and last letters, in any case: ASCII letters are
    /// lower-cased by setting bit 5, which leaves digits as they are. The tables take its top bits.
    /// Worked out without a branch on the word's length, since the length of a text's next word is
    /// anyone's guess: the letters a short word lacks are read as its first one, then masked out.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong WordHash(ReadOnlySpan<char> word)
    {
        ref var first = ref MemoryMarshal.GetReference(word);
        var length = word.Length;
        var last = length - 1;
        // All ones when the word has a second (third) letter, else zero.
        var hasSecond = 0UL - ((uint)(1 - length) >> 31);
        var hasThird = 0UL - ((uint)(2 - length) >> 31);
        var packed = ((ulong)first | 0x20)
                     | ((((ulong)Unsafe.Add(ref first, (int)(hasSecond & 1)) | 0x20) & hasSecond) << 16)
                     | ((((ulong)Unsafe.Add(ref first, (int)(hasThird & 2)) | 0x20) & hasThird) << 32)
                     | (((ulong)Unsafe.Add(ref first, last) | 0x20) << 48)
                     | ((ulong)(length & 0x1FF) << 7);
        return packed * 0x9E3779B97F4A7C15UL;
    }

    private static ulong PairHash(ulong first, ulong second) => ((first * 0xD6E8FEB86659FD93UL) ^ second) * 0x9E3779B97F4A7C15UL;

    /// <summary>Bits for a table of at least <paramref name="perEntry"/> per entry, 4096 at least.</summary>
    private static int TableBits(int entries, int perEntry)
    {
        var bits = 12;
        while (bits < 26 && (1L << bits) < entries * (long)perEntry) bits++;
        return bits;
    }

    private static bool IsAscii(string word)
    {
        foreach (var c in word)
        {
            if (c >= 128) return false;
        }

        return true;
    }

    /// <summary>
    /// Whether an ASCII word of a text may lead on from <paramref name="node"/> (be one of its children,
    /// or "the"): false means it is neither, so the walk need not look it up.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MayFollow(int node, ReadOnlySpan<char> asciiWord) => (_nodes[node].Followers & (1UL << FollowerBit(asciiWord))) != 0;

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
        var only = _nodes[node].OnlyChild;
        if (only != ManyChildren) return (int)(only >> 32) == word ? (int)(uint)only : -1;
        for (var slot = Slot(node, word); _edges[slot].Child != Root; slot = (slot + 1) & (_edges.Length - 1))
        {
            if (_edges[slot].Node == node && _edges[slot].Word == word) return _edges[slot].Child;
        }

        return -1;
    }

    /// <summary>
    /// Where an ASCII word of a text leads from <paramref name="node"/> (not the root) when the node has one child or
    /// none, as most have: the word is compared with the child's, not looked up, and <paramref name="next"/> is the
    /// child or -1, as <see cref="Next"/> would give. False, and nothing worked out, when the node has several children.
    /// </summary>
    public bool TryOnlyChild(int node, ReadOnlySpan<char> asciiWord, out int next)
    {
        var only = _nodes[node].OnlyChild;
        next = -1;
        if (only == ManyChildren) return false;
        if (only != NoChild && _vocabulary.IsWordInText((int)(only >> 32), asciiWord)) next = (int)(uint)only;
        return true;
    }

    public NameEntry[]? EntriesAt(int node) => _entries[node];

    private int Slot(int node, int word) => (int)(((((ulong)(uint)node << 32) | (uint)word) * 0x9E3779B97F4A7C15UL) >> _edgeShift);

    private readonly record struct Edge(int Node, int Word, int Child);

    /// <param name="Followers">
    /// A bit per <see cref="FollowerBit"/> of the ASCII words that lead on from the node, and of "the", which may
    /// stand anywhere in a name: a word whose bit is clear leads nowhere, and is not looked up.
    /// </param>
    /// <param name="OnlyChild">
    /// The node's one child, its word id in the high 32 bits and its node in the low, as most nodes past a name's
    /// first word have; <see cref="NoChild"/> or <see cref="ManyChildren"/> (then the edge table has them) otherwise.
    /// </param>
    private readonly record struct NodeLinks(ulong Followers, ulong OnlyChild);

    /// <summary>No word id is -1, so this child leads nowhere from any word.</summary>
    private const ulong NoChild = ulong.MaxValue;
    private const ulong ManyChildren = ulong.MaxValue - 1;

    private int Intern(string folded) => _vocabulary.Intern(folded);

    private void Add(string name, NameEntry entry)
    {
        var node = Root;
        var any = false;
        Span<char> buffer = stackalloc char[LongestWord];
        // The words of the name (TextNormalizer.Words), folded into the buffer rather than into new strings.
        for (var i = 0; i < name.Length;)
        {
            if (!TextNormalizer.IsWordChar(name[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < name.Length && TextNormalizer.IsWordChar(name[i])) i++;
            var word = name.AsSpan(start, i - start);
            ReadOnlySpan<char> folded = word.Length <= buffer.Length ? buffer[..TextNormalizer.Fold(word, buffer)] : TextNormalizer.Fold(word.ToString());
            if (folded.Length == 0 || folded.SequenceEqual("the")) continue;
            var id = _vocabulary.Intern(folded);
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
        foreach (var e in entries)
        {
            if (e.InstrumentId == entry.InstrumentId && e.Kind == entry.Kind && e.Literal == entry.Literal && e.InstrumentId is not null) return;
        }

        entries.Add(entry);
    }

    /// <summary>Words up to this long are folded on the stack while the index is built; longer ones (none in practice) as strings.</summary>
    private const int LongestWord = 128;
}
