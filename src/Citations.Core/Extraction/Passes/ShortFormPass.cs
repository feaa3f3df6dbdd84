namespace Citations.Core.Extraction.Passes;

/// <summary>Anaphors — "the Covenant", "la Convention", "its 1967 Protocol" — resolved to an instrument named before them (<see cref="ShortFormResolver"/>).</summary>
internal sealed class ShortFormPass(ExtractionContext context) : IExtractionPass
{
    public void Run(ExtractionState state) => state.Mentions.AddWithoutOverlap(context.ShortForms.Resolve(state.Text, state.Mentions, state.Steps));
}
