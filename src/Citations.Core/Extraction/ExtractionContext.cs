using System.Collections.Frozen;

namespace Citations.Core.Extraction;

/// <summary>
/// What the passes read besides the text, worked out once per catalog: the catalog itself, the
/// language data, the name index and the catalog's protocol families.
/// </summary>
internal sealed class ExtractionContext
{
    public ExtractionContext(InstrumentCatalog catalog, LanguagePatterns? patterns = null)
    {
        Catalog = catalog;
        Patterns = patterns ?? LanguagePatterns.BuiltIn;
        Names = new NameIndex(catalog, Patterns.RegionalQualifiers);
        ShortForms = new ShortFormResolver(catalog, Patterns);
        Families = new ProtocolFamilies(catalog);
        Approximate = new ApproximateTitleMatcher(catalog);
        Cues = ContextCues.BuiltIn(catalog);
        InternationalCovenants = [.. catalog.Instruments.Where(i => i.Title.StartsWith("International Covenant ", StringComparison.Ordinal)).Select(i => i.Id)];
    }

    public InstrumentCatalog Catalog { get; }

    /// <summary>The language data and the patterns built from it.</summary>
    public LanguagePatterns Patterns { get; }

    public NameIndex Names { get; }

    public ShortFormResolver ShortForms { get; }

    public ProtocolFamilies Families { get; }

    public ApproximateTitleMatcher Approximate { get; }

    public ContextCues Cues { get; }

    /// <summary>The catalog's International Covenants (of 1966: the ICCPR and the ICESCR), which "the two Covenants" and "both Covenants" mean when none is named.</summary>
    public string[] InternationalCovenants { get; }
}

/// <summary>Protocols and their parents, and the words of every name, for the passes that work out which protocol a text means.</summary>
internal sealed class ProtocolFamilies
{
    private readonly InstrumentCatalog _catalog;
    private readonly ILookup<string, Instrument> _children;
    /// <summary>Each instrument's names and informal names as folded words without "the", worked out once.</summary>
    private readonly FrozenDictionary<string, List<string>[]> _nameWords;

    public ProtocolFamilies(InstrumentCatalog catalog)
    {
        _catalog = catalog;
        _children = catalog.Instruments.Where(i => i.Parent is not null).ToLookup(i => i.Parent!, StringComparer.Ordinal);
        _nameWords = catalog.Instruments.ToFrozenDictionary(i => i.Id, i => i.Names.Concat(i.InformalNames).Select(Words).ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The instruments whose parent is <paramref name="id"/>.</summary>
    public IEnumerable<Instrument> ChildrenOf(string id) => _children[id];

    public bool HasChildren(string id) => _children.Contains(id);

    /// <summary>Protocols of an instrument, and of the collection it belongs to (the Geneva Conventions' protocols for GC-IV).</summary>
    public IEnumerable<Instrument> ProtocolsOf(string id)
    {
        var own = _children[id];
        var collections = _catalog.Instruments.Where(c => c.Members.Contains(id, StringComparer.Ordinal)).SelectMany(c => _children[c.Id]);
        return own.Concat(collections).Where(c => c.Kind == InstrumentKind.Protocol);
    }

    /// <summary>Whether some name of the instrument begins with these words and goes on past them.</summary>
    public bool NamesStartWith(Instrument instrument, List<string> words)
    {
        foreach (var nameWords in _nameWords[instrument.Id])
        {
            if (nameWords.Count <= words.Count) continue;
            var k = 0;
            while (k < words.Count && string.Equals(nameWords[k], words[k], StringComparison.Ordinal)) k++;
            if (k == words.Count) return true;
        }

        return false;
    }

    /// <summary>The folded words of a text, without "the".</summary>
    public static List<string> Words(string text) =>
        [.. TextNormalizer.Words(text).Select(TextNormalizer.Fold).Where(w => w != "the")];
}
