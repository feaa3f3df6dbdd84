namespace Citations.Core.Extraction.Passes;

/// <summary>Titles of instruments the catalog lacks, reported uncatalogued rather than lost (<see cref="UncataloguedTitleFinder"/>).</summary>
internal sealed class UncataloguedTitlePass : IExtractionPass
{
    public void Run(ExtractionState state) => state.Mentions.AddWithoutOverlap(UncataloguedTitleFinder.Find(state.Text, state.Mentions, state.Steps));
}
