namespace Citations.Core.Extraction.Passes;

/// <summary>UN resolutions by symbol and by phrase (<see cref="ResolutionMatcher"/>), where no name stands.</summary>
internal sealed class ResolutionPass : IExtractionPass
{
    public void Run(ExtractionState state) => state.Mentions.AddWithoutOverlap(ResolutionMatcher.Find(state.Text, state.Steps));
}
