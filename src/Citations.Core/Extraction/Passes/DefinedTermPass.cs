namespace Citations.Core.Extraction.Passes;

/// <summary>Terms a text defines right after a name — (the "Treaty") — and their later uses (<see cref="DefinedTermFinder"/>).</summary>
internal sealed class DefinedTermPass : IExtractionPass
{
    public void Run(ExtractionState state) => state.Mentions.AddWithoutOverlap(DefinedTermFinder.Find(state.Text, state.Mentions, state.Steps));
}
