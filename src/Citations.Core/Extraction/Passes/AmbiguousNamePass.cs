namespace Citations.Core.Extraction.Passes;

/// <summary>
/// A name several instruments answer to ("the Hague Convention") takes the one candidate named
/// elsewhere in the statement, else the one candidate whose context words occur around it
/// ("custody", "wrongful removal": the 1980 Child Abduction Convention, <see cref="ContextCues"/>);
/// with none or several it is dropped, never guessed.
/// </summary>
internal sealed class AmbiguousNamePass(ExtractionContext context) : IExtractionPass
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
            else if (fitting.Count == 0 && context.Cues.Decide(state.Text, mention.Start, mention.End, mention.Candidates, state.Steps) is { } cued)
            {
                mention.InstrumentId = cued;
                mention.Confidence = Confidence.AmbiguousByCues;
            }
        }

        mentions.RemoveAll(m => m.InstrumentId is null);
    }
}
