using System.Collections.Immutable;
using Citations.Core.Extraction.Passes;

namespace Citations.Core.Extraction;

/// <summary>
/// Finds every instrument a statement invokes, by running the passes of <see cref="ExtractionPasses"/>
/// in order over the text. One instance serves any number of statements and threads; the result
/// for a statement depends only on it and the catalog: on its text, and, for a bare article with no
/// instrument named for it, on whether its metadata place it at a UN organ's meeting.
/// </summary>
public sealed class CitationExtractor
{
    private readonly ExtractionContext _context;
    private readonly ImmutableArray<IExtractionPass> _passes;

    public CitationExtractor(InstrumentCatalog catalog)
    {
        _context = new ExtractionContext(catalog);
        _passes = ExtractionPasses.Create(_context);
        _byIdInstance = new Dictionary<string, Instrument>(catalog.Instruments.Length, ReferenceEqualityComparer.Instance);
        foreach (var instrument in catalog.Instruments) _byIdInstance.TryAdd(instrument.Id, instrument);
    }

    /// <summary>
    /// The catalog's instruments by the very string of their id: the passes hand on those strings, and a lookup by
    /// reference hashes no characters. An id spelled anew (a resolution's symbol) is looked up in the catalog.
    /// Never written after construction, so threads share it.
    /// </summary>
    private readonly Dictionary<string, Instrument> _byIdInstance;

    private Instrument? Find(string id) => _byIdInstance.TryGetValue(id, out var instrument) ? instrument : _context.Catalog.Find(id);

    public InstrumentCatalog Catalog => _context.Catalog;

    public ExtractionResult Extract(Statement statement) => new(statement, Extract(statement.Text, new StepCounter(), statement.Metadata));

    /// <summary>The citations of a text, in text order. Never throws on text.</summary>
    public ImmutableArray<Citation> Extract(string text) => Extract(text, new StepCounter());

    /// <summary>
    /// Every name the passes recognise, with the catalog entries that are not instruments (<see
    /// cref="Instrument.NotAnInstrument"/>), which <see cref="Extract(string)"/> leaves out.
    /// </summary>
    internal ImmutableArray<Citation> Recognise(string text) => Extract(text, new StepCounter(), reportAll: true);

    /// <summary>As <see cref="Extract(string)"/>, counting the steps the passes take in <paramref name="steps"/>.</summary>
    internal ImmutableArray<Citation> Extract(string text, StepCounter steps, StatementMetadata? metadata = null, bool reportAll = false)
    {
        if (string.IsNullOrEmpty(text)) return [];
        var state = new ExtractionState(text, steps) { Metadata = metadata ?? StatementMetadata.Empty };
        foreach (var pass in _passes) pass.Run(state);
        var citations = ImmutableArray.CreateBuilder<Citation>(state.Mentions.Count);
        for (var k = 0; k < state.Mentions.Count; k++)
        {
            var mention = state.Mentions[k];
            var instrument = mention.Kind == MentionKind.UncataloguedTitle ? null : Find(mention.InstrumentId!);
            // Recognised so that its names and the anaphors after them are read right, but not an instrument.
            if (instrument?.NotAnInstrument is not null && !reportAll) continue;
            citations.Add(ToCitation(text, mention, instrument));
        }

        return citations.DrainToImmutable();
    }

    private static Citation ToCitation(string text, Mention mention, Instrument? instrument)
    {
        return new Citation(
            mention.InstrumentId!,
            instrument?.Title ?? mention.Title ?? mention.InstrumentId!,
            instrument?.Kind ?? mention.KindOfInstrument ?? InstrumentKind.Treaty,
            instrument is not null,
            text[mention.Start..mention.End],
            mention.Start,
            mention.Length,
            mention.Provisions.Count switch { 0 => [], 1 => [mention.Provisions[0]], _ => [.. mention.Provisions.Distinct(StringComparer.Ordinal)] },
            mention.Confidence.Value,
            mention.Kind)
        {
            Parent = mention.Parent,
        };
    }
}
