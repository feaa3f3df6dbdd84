namespace Citations.Core.Extraction;

/// <summary>
/// Counts the elementary steps extraction takes on one text (characters scanned, pattern attempts,
/// mentions visited), so that tests can check the work grows in proportion to the text, not faster,
/// without timing anything.
/// </summary>
internal sealed class StepCounter
{
    public long Count { get; private set; }

    public void Add(long steps = 1) => Count += steps;
}
