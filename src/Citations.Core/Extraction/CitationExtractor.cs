using System.Collections.Immutable;
using Citations.Core.Extraction.Passes;

namespace Citations.Core.Extraction;

/// <summary>
/// Finds every instrument a statement invokes, by running the passes of <see cref="ExtractionPasses"/>
/// in order over the text. One instance serves any number of statements and threads; the result
/// for a text depends only on the text and the catalog.
/// </summary>
public sealed class CitationExtractor
{
    private readonly ExtractionContext _context;
    private readonly ImmutableArray<IExtractionPass> _passes;

    public CitationExtractor(InstrumentCatalog catalog)
    {
        _context = new ExtractionContext(catalog);
        _passes = ExtractionPasses.Create(_context);
    }

    public InstrumentCatalog Catalog => _context.Catalog;

    public ExtractionResult Extract(Statement statement) => new(statement, Extract(statement.Text));

    /// <summary>The citations of a text, in text order. Never throws on text.</summary>
    public ImmutableArray<Citation> Extract(string text) => Extract(text, new StepCounter());

    /// <summary>As <see cref="Extract(string)"/>, counting the steps the passes take in <paramref name="steps"/>.</summary>
    internal ImmutableArray<Citation> Extract(string text, StepCounter steps)
    {
        if (string.IsNullOrEmpty(text)) return [];
        var state = new ExtractionState(text, steps);
        foreach (var pass in _passes) pass.Run(state);
        return [.. state.Mentions.Select(m => ToCitation(text, m))];
    }

    private Citation ToCitation(string text, Mention mention)
    {
        var instrument = mention.Kind == MentionKind.UncataloguedTitle ? null : _context.Catalog.Find(mention.InstrumentId!);
        return new Citation(
            mention.InstrumentId!,
            instrument?.Title ?? mention.Title ?? mention.InstrumentId!,
            instrument?.Kind ?? mention.KindOfInstrument ?? InstrumentKind.Treaty,
            instrument is not null,
            text[mention.Start..mention.End],
            mention.Start,
            mention.Length,
            mention.Provisions.Count == 0 ? [] : [.. mention.Provisions.Distinct(StringComparer.Ordinal)],
            mention.Confidence.Value,
            mention.Kind)
        {
            Parent = mention.Parent,
        };
    }
}
