namespace Citations.Core.Extraction.Passes;

/// <summary>Catalog names, informal names, translations and acronyms, in one walk over the text (<see cref="CatalogMatcher"/>).</summary>
internal sealed class CatalogNamePass(ExtractionContext context) : IExtractionPass
{
    public void Run(ExtractionState state) => state.Mentions.AddRange(CatalogMatcher.Find(state.Text, state.Words, context.Names, state.Steps, context.Patterns));
}
