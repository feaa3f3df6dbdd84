namespace Citations.Core.Extraction.Passes;

/// <summary>Titles of instruments the catalog lacks, reported uncatalogued rather than lost (<see cref="UncataloguedTitleFinder"/>).</summary>
internal sealed class UncataloguedTitlePass(ExtractionContext context) : IExtractionPass
{
    public void Run(ExtractionState state)
    {
        var found = UncataloguedTitleFinder.Find(state.Text, state.Mentions, state.Steps, context.Patterns);
        // An ambiguous name inside a longer title ("Geneva Convention on the Continental Shelf") is part of that title.
        foreach (var title in found) state.Mentions.RemoveOverlapping(title.Start, title.End, m => m.InstrumentId is null && m.Start >= title.Start);
        state.Mentions.AddWithoutOverlap(found);
    }
}
