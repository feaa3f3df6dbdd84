namespace Citations.Core.Extraction.Passes;

/// <summary>
/// A name several instruments answer to ("the Hague Convention") takes the one candidate named
/// elsewhere in the statement; with none or several named it is dropped, never guessed.
/// </summary>
internal sealed class AmbiguousNamePass : IExtractionPass
{
    public void Run(ExtractionState state)
    {
        var mentions = state.Mentions;
        var named = mentions.Where(m => m.InstrumentId is not null).Select(m => m.InstrumentId!).ToHashSet(StringComparer.Ordinal);
        foreach (var mention in mentions.Where(m => m.InstrumentId is null && m.Candidates.Count > 0))
        {
            var fitting = mention.Candidates.Where(named.Contains).ToList();
            if (fitting.Count == 1)
            {
                mention.InstrumentId = fitting[0];
                mention.Confidence = Confidence.AmbiguousByContext;
            }
        }

        mentions.RemoveAll(m => m.InstrumentId is null);
    }
}
