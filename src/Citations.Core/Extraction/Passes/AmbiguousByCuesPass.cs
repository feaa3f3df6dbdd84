namespace Citations.Core.Extraction.Passes;

/// <summary>
/// Ambiguous names that the words around them decide ("the Montreal Protocol" near "ozone layer"), taken
/// before uncatalogued titles are looked for, so that "the Montreal Protocol on the Ozone Layer" is the
/// catalogued protocol rather than a title of its own. Only where no candidate is named elsewhere in the
/// text: a named candidate decides first (<see cref="AmbiguousNamePass"/>).
/// </summary>
internal sealed class AmbiguousByCuesPass(ExtractionContext context) : IExtractionPass
{
    public void Run(ExtractionState state)
    {
        var mentions = state.Mentions;
        HashSet<string>? named = null;
        foreach (var mention in mentions)
        {
            if (mention.InstrumentId is not null || mention.Candidates.Count == 0) continue;
            named ??= mentions.Where(m => m.InstrumentId is not null).Select(m => m.InstrumentId!).ToHashSet(StringComparer.Ordinal);
            if (mention.Candidates.Any(named.Contains)) continue;
            if (context.Cues.Decide(state.Text, mention.Start, mention.End, mention.Candidates, state.Steps) is not { } cued) continue;
            mention.InstrumentId = cued;
            mention.Confidence = Confidence.AmbiguousByCues;
        }
    }
}
