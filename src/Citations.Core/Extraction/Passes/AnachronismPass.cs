namespace Citations.Core.Extraction.Passes;

/// <summary>
/// A statement does not cite an instrument adopted long after it was made: "the Paris Agreement" in a 1973 speech is
/// the Viet-Nam agreement, not the 2015 climate agreement, and "the agreement on safeguards" in 1963 is no WTO
/// agreement. A name may be used while its instrument is being negotiated (RULES.md rule 6: the BBNJ agreement, the
/// Arms Trade Treaty), so only a mention more than <see cref="NegotiationYears"/> years before the adoption is dropped.
/// Statements without a date keep every mention. Runs right after the names are read, so that no short form binds to
/// such a mention, and again before the pinpoints, for what the later passes found.
/// </summary>
internal sealed class AnachronismPass(ExtractionContext context) : IExtractionPass
{
    /// <summary>How long before its adoption an instrument may already be named while it is negotiated.</summary>
    internal const int NegotiationYears = 15;

    public void Run(ExtractionState state)
    {
        if (AmbiguousNamePass.StatementYear(state.Metadata.Date) is not { } year || state.Mentions.Count == 0) return;
        state.Mentions.RemoveAll(mention =>
        {
            state.Steps.Add();
            return mention.InstrumentId is { } id && context.Catalog.Find(id)?.AdoptionYear is { } adopted && year < adopted - NegotiationYears;
        });
    }
}
